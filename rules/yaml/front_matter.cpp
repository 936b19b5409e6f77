#include "rules/yaml/entry.hpp"
#include "rules/yaml/load.hpp"
#include "rules/yaml/repeated_keys.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace luoshi::rules::yaml {

namespace {

std::size_t at(YAML::Mark const& m) { return static_cast<std::size_t>(std::max(0, m.pos)); }

// The offset of the line that closes front matter opened at the top (`---` or `...` alone on a line), and
// of the line after it; nothing when no line closes it.
std::optional<std::pair<std::size_t, std::size_t>> closing_line(std::string_view text) {
    for (std::size_t line = text.find('\n') + 1; line > 0 && line < text.size();) {
        std::size_t const eol = std::min(text.find('\n', line), text.size());
        std::string_view l = text.substr(line, eol - line);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        if (l == "---" || l == "...") return std::pair{line, std::min(eol + 1, text.size())};
        line = eol + 1;
    }
    return std::nullopt;
}

}  // namespace

front_matter load_front_matter(std::string_view utf8) {
    front_matter out;
    if (utf8.rfind("---\n", 0) != 0 && utf8.rfind("---\r\n", 0) != 0) return out;
    auto const close = closing_line(utf8);
    if (!close) return out;
    out.body = close->second;
    detail::sink s{out.diagnostics};
    // the YAML between the lines, with the opening line blanked, so that every mark is an offset into the
    // text
    std::string yaml(utf8.substr(0, close->first));
    yaml.replace(0, 3, "   ");
    YAML::Node root;
    try {
        root = YAML::Load(yaml);
    } catch (YAML::Exception const& e) {
        s.error(at(e.mark), "invalid YAML in the front matter: " + e.msg);
        return out;
    }
    if (root.IsNull()) return out;
    if (!root.IsMap()) {
        s.error(at(root.Mark()), "front matter is a mapping (region, date, title)");
        return out;
    }
    for (auto const& k : detail::repeated_keys(root, utf8)) s.error(k.offset, k.message);
    try {
        for (auto const& kv : root) {
            std::string const key = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
            if (key != "region" && key != "date" && key != "title") continue;
            auto const& v = kv.second;
            if (!v.IsScalar() || v.Scalar().empty()) {
                s.error(at((v.IsNull() ? kv.first : v).Mark()),
                        fmt::format("`{}` in the front matter is one value, not {}", key,
                                    v.IsNull()       ? "nothing"
                                    : v.IsSequence() ? "a list"
                                                     : "a mapping"));
                continue;
            }
            if (key == "region") out.region = v.Scalar();
            if (key == "title") out.title = v.Scalar();
            if (key == "date")
                out.date =
                    detail::day(detail::field{v.Scalar(), at(v.Mark()), at(kv.first.Mark())}, s, false);
        }
    } catch (YAML::Exception const& e) {
        s.error(at(e.mark), "cannot read the front matter: " + e.msg);
    }
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](diagnostic const& a, diagnostic const& b) { return a.offset < b.offset; });
    return out;
}

}  // namespace luoshi::rules::yaml
