#pragma once

#include "cli/output.hpp"
#include "dsl/parse.hpp"
#include "rules/names.hpp"
#include "support.hpp"

#include "rules/yaml/catalog_load.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

// The expectation language of tests/data/phrases.tsv, shared by the tests that read phrase tables.
namespace luoshi::test {

// The fields of a statement under the names the table uses.
inline std::map<std::string, std::string> fields(rules::statement const& s) {
    std::map<std::string, std::string> f;
    auto num = [](std::optional<double> v) { return v ? cli::format_number(*v) : std::string("null"); };
    f["kind"] = std::string(rules::name(s.kind));
    f["metric"] = s.metric;
    f["metric_text"] = s.metric_text;
    f["measure"] = std::string(rules::name(s.measure));
    f["cmp"] = s.measure == rules::measure::milestone ? "null" : std::string(rules::name(s.comparator));
    f["value"] = num(s.value);
    f["low"] = num(s.low);
    f["high"] = num(s.high);
    f["unit"] = s.unit.empty() ? "null" : s.unit;
    f["unit_text"] = s.unit_text.empty() ? "null" : s.unit_text;
    f["deadline"] = s.deadline ? cli::format_date(*s.deadline) : "null";
    f["period"] =
        s.period ? cli::format_date(s.period->begin) + "/" + cli::format_date(s.period->end) : "null";
    f["as_of"] = s.as_of ? cli::format_date(*s.as_of) : "null";
    f["strength"] = std::string(rules::name(s.strength));
    f["subject"] = s.subject.empty() ? "null" : s.subject;
    f["event"] = s.event.empty() ? "null" : s.event;
    f["status"] = std::string(rules::name(s.status));
    f["vague"] = std::string(rules::name(s.vague));
    f["direction"] = std::to_string(s.direction);
    f["relative_to"] = s.relative_to.empty() ? "null" : s.relative_to;
    f["done"] = s.not_done ? "false" : "true";
    f["text"] = s.src.text;
    std::string parts;
    for (std::size_t i = 0; i < s.parts.size(); ++i) parts += (i ? ":" : "") + cli::format_number(s.parts[i]);
    f["parts"] = parts.empty() ? "null" : parts;
    return f;
}

// The options column: `-`, or a comma list of kind=goal / kind=figure, year=YYYY (a review of that year, as a
// section of results says), scope=KIND:FROM-TO (the part of a report, e.g. scope=plan_targets:2026-2030) and
// estimate (under a lead such as 预计) and glossary (a definition under 名词解释; implies scope other).
inline bool apply_options(std::string const& options, dsl::context& ctx, std::string& error) {
    if (options == "-") return true;
    for (auto const& o : split(options, ",")) {
        if (o == "kind=goal")
            ctx.kind = rules::statement_kind::goal;
        else if (o == "kind=figure")
            ctx.kind = rules::statement_kind::figure;
        else if (o == "estimate")
            ctx.estimate = true;
        else if (o == "glossary")
            ctx.definitions = true, ctx.scope = {rules::scope_kind::other, 0, 0};
        else if (o.rfind("year=", 0) == 0)  // a review of that year
            ctx.scope = {rules::scope_kind::review_year, std::stoi(o.substr(5)), std::stoi(o.substr(5))};
        else if (o.rfind("scope=", 0) == 0) {
            // scope=plan_targets:2026-2030: the part of a report the phrase sits in
            auto const colon = o.find(':'), dash = o.find('-', colon);
            auto const kind = rules::parse_scope_kind(o.substr(6, colon - 6));
            if (!kind || colon == std::string::npos || dash == std::string::npos) {
                error = "bad scope option " + o;
                return false;
            }
            ctx.scope = {*kind, std::stoi(o.substr(colon + 1, dash - colon - 1)),
                         std::stoi(o.substr(dash + 1))};
        } else {
            error = "unknown option " + o;
            return false;
        }
    }
    return true;
}

inline bool same_value(std::string const& want, std::string const& got) {
    if (want == got) return true;
    char* e1 = nullptr;
    char* e2 = nullptr;
    double const a = std::strtod(want.c_str(), &e1), b = std::strtod(got.c_str(), &e2);
    if (*e1 || *e2 || want.empty() || got.empty()) return false;
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

// Checks a parse result against one expectation; returns the mismatches, empty when it holds.
//   none                              nothing stated (a trap)
//   error 数值 @13                     an error whose message ends with 数值, at byte 13
//   goal k=v k=v | figure k=v         the statements in order; only the keys given are checked
inline std::vector<std::string> check(dsl::parse_result const& r, std::string const& expected) {
    std::vector<std::string> miss;
    std::string const exp = trim(expected);
    auto show = [&] {
        std::string s;
        for (auto const& st : r.statements) {
            s += "\n    got " + std::string(rules::name(st.kind));
            for (auto const& [k, v] : fields(st))
                if (k != "kind" && k != "text" && v != "null") s += " " + k + "=" + v;
        }
        for (auto const& d : r.diagnostics) s += fmt::format("\n    diagnostic @{}: {}", d.offset, d.message);
        return s;
    };
    if (exp == "none") {
        if (!r.statements.empty()) miss.push_back("want nothing stated" + show());
        return miss;
    }
    if (exp.rfind("error", 0) == 0) {
        std::istringstream in(exp.substr(5));
        std::string msg, at;
        in >> msg >> at;
        bool found = false;
        for (auto const& d : r.diagnostics) {
            if (d.severity != dsl::severity::error) continue;
            bool msg_ok =
                d.message.size() >= msg.size() && d.message.rfind(msg) == d.message.size() - msg.size();
            bool at_ok = at.empty() || (at[0] == '@' && std::to_string(d.offset) == at.substr(1));
            if (msg_ok && at_ok) found = true;
        }
        if (!found || r.ok()) miss.push_back("want error " + msg + " " + at + show());
        return miss;
    }
    auto const parts = split(exp, " | ");
    if (parts.size() != r.statements.size())
        miss.push_back(fmt::format("want {} statements, got {}", parts.size(), r.statements.size()) + show());
    for (std::size_t i = 0; i < parts.size() && i < r.statements.size(); ++i) {
        auto const got = fields(r.statements[i]);
        std::istringstream in(parts[i]);
        std::string kind;
        in >> kind;
        if (kind != got.at("kind"))
            miss.push_back(fmt::format("#{} kind: want {}, got {}", i + 1, kind, got.at("kind")));
        std::string kv;
        while (in >> kv) {
            auto eq = kv.find('=');
            if (eq == std::string::npos) {
                miss.push_back("bad expectation " + kv);
                continue;
            }
            std::string const k = kv.substr(0, eq), v = kv.substr(eq + 1);
            auto it = got.find(k);
            if (it == got.end()) {
                miss.push_back("unknown key " + k);
                continue;
            }
            if (!same_value(v, it->second))
                miss.push_back(fmt::format("#{} {}: want {}, got {}", i + 1, k, v, it->second));
        }
    }
    if (!miss.empty()) miss.back() += show();
    return miss;
}

// One case of a table: the phrase and how to read it.
struct phrase_case {
    std::string phrase;
    std::string date;      // YYYY-MM-DD or -
    std::string options;   // see apply_options
    std::string expected;  // see check
};

// Turns a row's columns into a case, or says why it cannot.
using case_reader =
    std::function<std::optional<phrase_case>(std::vector<std::string> const&, std::string& error)>;

// Runs every row of a table (`#` lines are comments): each is read, parsed with the built-in catalog and
// checked; every mismatch is reported with the whole of what came back. Returns the rows read.
inline int run_cases(std::string const& name, std::string const& text, std::size_t columns,
                     case_reader const& read) {
    std::istringstream in(text);
    std::string line;
    int lineno = 0, rows = 0, failed = 0;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty() || line[0] == '#') continue;
        auto const cols = split(line, "\t");
        std::string error;
        std::optional<phrase_case> c;
        if (cols.size() != columns)
            error = fmt::format("want {} tab-separated columns, got {}", columns, cols.size());
        else
            c = read(cols, error);
        dsl::context ctx;
        ctx.catalog = &rules::yaml::builtin_catalog();
        if (c && c->date != "-") {
            int y = 0, m = 0, d = 0;
            if (std::sscanf(c->date.c_str(), "%d-%d-%d", &y, &m, &d) == 3)
                ctx.reference = rules::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                            static_cast<unsigned short>(d));
            else
                error = "not a date: " + c->date;
        }
        if (c && error.empty()) apply_options(c->options, ctx, error);
        if (!error.empty() || !c) {
            FAIL_CHECK(name, ":", lineno, ": ", error);
            continue;
        }
        ++rows;
        auto const miss = check(dsl::parse_phrase(c->phrase, ctx), c->expected);
        if (!miss.empty()) {
            ++failed;
            std::string all;
            for (auto const& m : miss) all += "\n  " + m;
            FAIL_CHECK(name, ":", lineno, ": ", c->phrase, all);
        }
    }
    MESSAGE(name, ": ", rows - failed, " of ", rows, " rows hold");
    CHECK(rows > 0);
    return rows;
}

}  // namespace luoshi::test
