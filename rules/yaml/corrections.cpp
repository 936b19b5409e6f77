#include "rules/yaml/corrections.hpp"

#include "rules/names.hpp"
#include "rules/yaml/entry.hpp"
#include "rules/yaml/repeated_keys.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>

namespace luoshi::rules::yaml {

namespace {

using detail::sink;

std::size_t at(YAML::Mark const& m) { return static_cast<std::size_t>(std::max(0, m.pos)); }
std::size_t at(YAML::Node const& n) { return at(n.Mark()); }

std::vector<std::string> const keys{"reject", "why", "note", "metric",   "region", "comparator",
                                    "value",  "low", "high", "deadline", "figure"};

// A value of one correction, read and checked; false when it is wrong (the error is recorded).
void read_field(correction& c, std::string const& key, YAML::Node const& v, std::size_t key_at, sink& s) {
    if (!v.IsScalar()) {
        s.error(v.IsNull() ? key_at : at(v), fmt::format("`{}` is a single value", key));
        return;
    }
    std::string const text = v.Scalar();
    detail::field const f{text, at(v), key_at};
    if (key == "reject") {
        if (text == "true" || text == "yes")
            c.reject = true;
        else if (text != "false" && text != "no")
            s.error(f.offset, fmt::format("reject is true or false, not {}", text));
    } else if (key == "why") {
        c.why = text;
    } else if (key == "note") {
        c.note = text;
    } else if (key == "metric") {
        if (text.empty()) s.error(f.offset, "`metric` names a metric: 地区生产总值");
        c.metric = text;
    } else if (key == "region") {
        if (text.empty()) s.error(f.offset, "`region` names a region: 示例区");
        c.region = text;
    } else if (key == "figure") {
        if (text.empty()) s.error(f.offset, "`figure` is the id of a figure (f…), as `luoshi explain` lists");
        c.figure = text;
    } else if (key == "comparator") {
        if (auto const cmp = parse_comparator(text))
            c.comparator = *cmp;
        else
            s.error(
                f.offset,
                fmt::format("unknown comparator `{}`: one of >=, >, <=, <, =, about, range (quote the signs: "
                            "comparator: \">=\")",
                            text));
    } else if (key == "value" || key == "low" || key == "high") {
        auto const n = detail::number(text);
        if (!n)
            s.error(f.offset,
                    fmt::format("`{}` is a number in the goal's base unit (8 for 8%), not `{}`", key, text));
        else
            (key == "value" ? c.value : key == "low" ? c.low : c.high) = *n;
    } else if (key == "deadline") {
        c.deadline = detail::day(f, s, true);
    }
}

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char ch : text) {
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(ch) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(ch));
                    out += buf;
                } else {
                    out += ch;
                }
        }
    }
    return out + "\"";
}

std::string number_text(double v) { return fmt::format("{}", v); }

}  // namespace

corrections_file load_corrections(std::string_view utf8) {
    corrections_file out;
    sink s{out.diagnostics};
    auto const parsed = detail::keyed_root(utf8, out.diagnostics);
    if (!parsed) return out;
    YAML::Node const root = *parsed;
    if (!root.IsMap()) {
        s.error(at(root),
                "a corrections file is a mapping of goal ids to corrections (g1a2b3c4d5e6f: {reject: "
                "true, why: …})");
        return out;
    }
    try {
        for (auto const& kv : root) {
            correction c;
            c.goal = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
            c.offset = at(kv.first);
            if (c.goal.empty()) {
                s.error(c.offset, "each correction is under its goal's id");
                continue;
            }
            auto const& body = kv.second;
            if (!body.IsMap()) {
                s.error(
                    body.IsNull() ? c.offset : at(body),
                    fmt::format("the correction of {} is a mapping (reject, why, metric, value, comparator, "
                                "deadline, region, figure, note)",
                                c.goal));
                continue;
            }
            bool changes = false;
            for (auto const& f : body) {
                std::string const key = f.first.IsScalar() ? f.first.Scalar() : std::string();
                if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                    s.error(at(f.first), detail::unknown_key(key, keys, "a correction"));
                    continue;
                }
                read_field(c, key, f.second, at(f.first), s);
                changes |= key != "why" && key != "note" && key != "reject";
            }
            if (c.reject && changes)
                s.error(c.offset, fmt::format("{} is rejected and corrected at once: a rejected goal is not "
                                              "judged (drop `reject` or the fields)",
                                              c.goal));
            if (!c.reject && !changes && c.note.empty())
                s.error(c.offset, fmt::format("the correction of {} changes nothing: give reject, a field, "
                                              "figure or note",
                                              c.goal));
            if (c.low && c.high && *c.high < *c.low)
                s.error(c.offset, "a range's high end is below its low end");
            out.items.push_back(std::move(c));
        }
    } catch (YAML::Exception const& e) {
        s.error(at(e.mark), "cannot read this YAML: " + e.msg);
    }
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](auto const& a, auto const& b) { return a.offset < b.offset; });
    return out;
}

std::string write_corrections(std::vector<correction> const& items) {
    std::vector<correction const*> sorted;
    for (auto const& c : items) sorted.push_back(&c);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](correction const* a, correction const* b) { return a->goal < b->goal; });
    std::string out =
        "# luoshi corrections: what reviewers decided about goals the reader got wrong, by goal id.\n"
        "# Written by `luoshi correct`; audit, explain, report, check and compare apply it. Commit it.\n";
    for (auto const* c : sorted) {
        out += quoted(c->goal) + ":\n";
        auto line = [&](std::string_view key, std::string const& value) {
            out += fmt::format("  {}: {}\n", key, value);
        };
        if (c->reject) line("reject", "true");
        if (c->metric) line("metric", quoted(*c->metric));
        if (c->region) line("region", quoted(*c->region));
        if (c->comparator) line("comparator", quoted(name(*c->comparator)));
        if (c->value) line("value", number_text(*c->value));
        if (c->low) line("low", number_text(*c->low));
        if (c->high) line("high", number_text(*c->high));
        if (c->deadline) line("deadline", iso_date(*c->deadline));
        if (c->figure) line("figure", quoted(*c->figure));
        if (!c->why.empty()) line("why", quoted(c->why));
        if (!c->note.empty()) line("note", quoted(c->note));
    }
    return out;
}

}  // namespace luoshi::rules::yaml
