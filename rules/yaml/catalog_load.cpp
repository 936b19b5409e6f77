#include "rules/yaml/catalog_load.hpp"

#include "dsl/units.hpp"
#include "rules/names.hpp"
#include "rules/yaml/entry.hpp"
#include "rules/yaml/repeated_keys.hpp"

#include <yaml-cpp/yaml.h>

namespace luoshi::rules::yaml {

namespace {

std::size_t at(YAML::Node const& n) { return static_cast<std::size_t>(std::max(0, n.Mark().pos)); }

}  // namespace

std::vector<load_diagnostic> load_catalog(std::string_view yaml_text, catalog& into) {
    std::vector<load_diagnostic> errors;
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml_text));
    } catch (YAML::Exception const& e) {
        errors.push_back({static_cast<std::size_t>(std::max(0, e.mark.pos)), "invalid YAML: " + e.msg});
        return errors;
    }
    for (auto const& k : detail::repeated_keys(root, yaml_text)) errors.push_back({k.offset, k.message});
    if (!errors.empty()) return errors;
    if (!root.IsMap()) {
        errors.push_back({root ? at(root) : 0, "a catalog is a mapping with a list under `metrics:`"});
        return errors;
    }
    auto const metrics = root["metrics"];
    if (!metrics || !metrics.IsSequence()) {
        errors.push_back({root ? at(root) : 0, "a catalog needs a list under `metrics:`"});
        return errors;
    }
    std::vector<metric_def> defs;
    for (auto const& m : metrics) {
        if (!m.IsMap()) {
            errors.push_back({at(m), "each metric is a mapping with name, aliases, polarity and kind"});
            continue;
        }
        metric_def d;
        bool has_polarity = false, has_kind = false;
        for (auto const& kv : m) {
            auto const key = kv.first.IsScalar() ? kv.first.Scalar() : std::string("(not a word)");
            auto const& v = kv.second;
            if (key == "name" && v.IsScalar())
                d.name = v.Scalar();
            else if (key == "id" && v.IsScalar())
                d.id = v.Scalar();
            else if (key == "aliases" && v.IsSequence()) {
                for (auto const& a : v) {
                    if (a.IsScalar())
                        d.aliases.push_back(a.Scalar());
                    else
                        errors.push_back({at(a), "an alias is a plain string"});
                }
            } else if (key == "units" && v.IsSequence()) {
                for (auto const& u : v) {
                    auto const unit = u.IsScalar() ? dsl::read_unit(u.Scalar()) : std::nullopt;
                    if (unit && !unit->unit.empty())
                        d.units.push_back(unit->unit);
                    else
                        errors.push_back({at(u), "not a unit the grammar reads: " +
                                                     (u.IsScalar() ? u.Scalar() : std::string("a list"))});
                }
            } else if (key == "parts" && v.IsSequence()) {
                // parts: [[城镇居民人均可支配收入], [农村居民人均可支配收入, 农村居民人均纯收入]]
                for (auto const& part : v) {
                    std::vector<std::string> names;
                    if (part.IsScalar()) names.push_back(part.Scalar());
                    if (part.IsSequence())
                        for (auto const& n : part)
                            if (n.IsScalar()) names.push_back(n.Scalar());
                    if (names.empty() || (part.IsSequence() && names.size() != part.size()))
                        errors.push_back(
                            {at(part), "a part is a statistic's name, or a list of the names it had"});
                    else
                        d.parts.push_back(std::move(names));
                }
            } else if (key == "polarity" && v.IsScalar()) {
                has_polarity = true;
                if (auto const p = parse_polarity(v.Scalar()))
                    d.polarity = *p;
                else
                    errors.push_back({at(v), "polarity is higher, lower or neutral, not " + v.Scalar()});
            } else if (key == "kind" && v.IsScalar()) {
                has_kind = true;
                auto const k = v.Scalar();
                if (k == "flow")
                    d.kind = metric_kind::flow;
                else if (k == "stock")
                    d.kind = metric_kind::stock;
                else if (k == "rate")
                    d.kind = metric_kind::rate;
                else
                    errors.push_back({at(v), "kind is flow, stock or rate, not " + k});
            } else {
                static std::vector<std::string> const keys{"name", "id",    "aliases", "polarity",
                                                           "kind", "units", "parts"};
                std::string msg = "unknown or malformed key `" + key +
                                  "` (a metric has name, id, aliases, polarity, kind, units, parts)";
                if (auto const near = detail::closest_word(key, keys))
                    msg += "; did you mean `" + *near + "`?";
                errors.push_back({at(kv.first), msg});
            }
        }
        if (d.name.empty()) errors.push_back({at(m), "a metric needs a `name`"});
        // an entry that extends a known metric with aliases keeps the polarity and kind it does not restate
        for (auto const& known : into.metrics())
            if (known.name == d.name) {
                if (!has_polarity) d.polarity = known.polarity;
                if (!has_kind) d.kind = known.kind;
            }
        defs.push_back(std::move(d));
    }
    if (errors.empty())
        for (auto& d : defs) into.add(std::move(d));
    return errors;
}

}  // namespace luoshi::rules::yaml
