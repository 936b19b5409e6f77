#include "rules/identity.hpp"

#include "rules/names.hpp"

#include <cstdint>
#include <cstdio>
#include <string_view>

namespace luoshi::rules {

namespace {

// FNV-1a, 64 bits, over fields each closed by a byte no UTF-8 text holds
struct hasher {
    std::uint64_t h = 1469598103934665603ull;
    void operator()(std::string_view bytes) {
        for (char c : bytes) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ull;
        }
        h ^= 0xff;
        h *= 1099511628211ull;
    }
    std::string id(statement_kind kind) const {
        char buf[24];
        std::snprintf(buf, sizeof buf, "%c%012llx", kind == statement_kind::goal ? 'g' : 'f',
                      static_cast<unsigned long long>(h >> 16));
        return buf;
    }
};

std::string number(std::optional<double> v) {
    if (!v) return "-";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", *v);
    return buf;
}

std::string day(std::optional<date> const& d) { return d ? iso_date(*d) : "-"; }

}  // namespace

std::string content_id(statement const& s) {
    hasher mix;
    mix(s.src.report);
    mix(s.region);
    mix(day(s.reported));
    mix(name(s.kind));
    mix(s.metric);
    mix(name(s.measure));
    mix(name(s.comparator));
    mix(number(s.value));
    mix(number(s.low));
    mix(number(s.high));
    mix(s.unit);
    mix(std::to_string(s.direction));
    mix(day(s.deadline));
    mix(day(s.period ? std::optional<date>(s.period->begin) : std::nullopt));
    mix(day(s.period ? std::optional<date>(s.period->end) : std::nullopt));
    mix(day(s.as_of));
    mix(name(s.status));
    mix(s.subject);
    mix(s.event);
    if (!s.relative_to.empty()) mix(s.relative_to);  // a field added later: the ids of the others stay
    return mix.id(s.kind);
}

std::string stable_id(statement const& s) {
    if (!s.id.empty()) return s.id;
    hasher mix;
    mix(s.src.digest.empty() ? s.src.report : s.src.digest);
    mix(std::to_string(s.src.start));
    mix(s.src.text);
    mix(name(s.kind));
    mix(s.metric_text);
    return mix.id(s.kind);
}

}  // namespace luoshi::rules
