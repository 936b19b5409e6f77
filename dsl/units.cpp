#include "dsl/units.hpp"

#include "dsl/lexicon/keywords.hpp"
#include "dsl/lexicon/units.hpp"
#include "dsl/parse.hpp"

namespace luoshi::dsl {

std::optional<unit_reading> read_unit(std::string_view utf8) {
    if (utf8.empty()) return unit_reading{};
    if (utf8 == "pp") return unit_reading{"pp", 1};
    if (utf8.find_first_of("0123456789") != std::string_view::npos) return std::nullopt;
    // the grammar reads "1" and the unit as one quantity, or the text is not a unit
    std::string const probe = "1" + std::string(utf8);
    auto const found = find_quantities(probe);
    if (found.quantities.size() != 1) return std::nullopt;
    auto const& q = found.quantities.front();
    if (q.begin != 0 || q.end != probe.size() || q.low || q.value <= 0) return std::nullopt;
    switch (q.kind) {
        case quantity_kind::percent: return unit_reading{"%", q.value};
        case quantity_kind::points: return unit_reading{"pp", q.value};
        case quantity_kind::number: return unit_reading{q.unit, q.value};
        default: return std::nullopt;
    }
}

std::vector<std::string> unit_words() {
    std::vector<std::string> out{"%", "pp", "个百分点"};
    for (auto const& u : units) out.emplace_back(u.text);
    return out;
}

}  // namespace luoshi::dsl
