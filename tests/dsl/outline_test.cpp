// The outline of a report and the time each part speaks of, case by case (tests/data/outline-cases.txt: short
// reports of our own and what the reader must make of them), and what a report says of itself (title, region,
// date and where each came from).
#include "common/utf8.hpp"
#include "dsl/lexicon/words.hpp"
#include "dsl/report.hpp"
#include "dsl/report/scope.hpp"
#include "rules/names.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <boost/date_time/gregorian/gregorian.hpp>

#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace luoshi {

namespace {

struct expectation {
    int line = 0;
    std::vector<std::string> cells;
};

struct outline_case {
    std::string name;
    int line = 0;
    std::optional<rules::date> date;
    std::string text;
    std::vector<expectation> expect;
};

std::vector<outline_case> load_cases() {
    std::istringstream in(test::read_file(test::source_dir() / "tests/data/outline-cases.txt"));
    std::vector<outline_case> out;
    std::string line;
    int n = 0;
    bool expecting = false;
    while (std::getline(in, line)) {
        ++n;
        if (line.rfind("=== ", 0) == 0) {
            auto const parts = test::split(line.substr(4), " | date ");
            REQUIRE_MESSAGE(parts.size() == 2, "outline-cases.txt:", n, ": expected `=== name | date D`");
            outline_case c;
            c.name = test::trim(parts[0]);
            c.line = n;
            if (test::trim(parts[1]) != "none")
                c.date = boost::gregorian::from_simple_string(test::trim(parts[1]));
            out.push_back(std::move(c));
            expecting = false;
            continue;
        }
        if (out.empty() || (line.empty() && !expecting) || (line.rfind('#', 0) == 0 && out.empty())) continue;
        if (line == "--- expect") {
            expecting = true;
            continue;
        }
        if (expecting) {
            if (!line.empty()) out.back().expect.push_back({n, test::split(line, "\t")});
        } else {
            out.back().text += line + "\n";
        }
    }
    return out;
}

std::string scope_words(rules::time_scope const& s) {
    std::string out(rules::name(s.kind));
    if (s.kind == rules::scope_kind::vision || !s.from || !s.to) return out;
    return out + (s.from == s.to ? fmt::format(" {}", s.from) : fmt::format(" {}-{}", s.from, s.to));
}

}  // namespace

TEST_SUITE("dsl") {
    TEST_CASE("outline: every case's parts get the time scope the case expects") {
        auto const cases = load_cases();
        REQUIRE(cases.size() >= 6);
        std::size_t checked = 0;
        for (auto const& c : cases) {
            CAPTURE(c.name);
            dsl::report_context ctx;
            ctx.date = c.date;
            ctx.catalog = &rules::yaml::builtin_catalog();
            auto const r = dsl::read_report(c.text, ctx);
            for (auto const& e : c.expect) {
                std::string const where = fmt::format("outline-cases.txt:{}", e.line);
                CAPTURE(where);
                ++checked;
                if (e.cells.at(0) == "meta") {
                    REQUIRE(e.cells.size() == 4);
                    auto const& what = e.cells[1];
                    std::string got, source;
                    if (what == "title") got = r.title;
                    if (what == "region") got = r.region, source = r.region_source;
                    if (what == "date") {
                        got = r.date ? boost::gregorian::to_iso_extended_string(*r.date) : "";
                        source = r.date_source;
                    }
                    CHECK(got == (e.cells[2] == "-" ? "" : e.cells[2]));
                    if (e.cells[3] != "-") CHECK(source == e.cells[3]);
                    continue;
                }
                REQUIRE(e.cells.size() == 2);
                std::optional<std::size_t> node;
                for (std::size_t i = 0; i < r.outline.nodes.size() && !node; ++i)
                    if (r.outline.nodes[i].heading.rfind(e.cells[0], 0) == 0) node = i;
                CHECK_MESSAGE(node, "no part's heading or lead starts with ", e.cells[0]);
                if (!node) continue;
                auto const& x = r.outline.nodes[*node];
                CAPTURE(x.why);
                CHECK(scope_words(x.scope) == e.cells[1]);
            }
        }
        MESSAGE("outline cases: ", cases.size(), " reports, ", checked, " expectations");
    }

    TEST_CASE(
        "outline: a paragraph's lead is cut before a whole character, whatever mix of bytes precedes it") {
        // a lead is at most 180 bytes; ASCII letters before the Chinese move the cut into every byte of a
        // character in turn (the sanitizer once caught the scanner reading past a lead cut mid-character)
        for (int shift = 0; shift < 3; ++shift) {
            std::string para = std::string(static_cast<std::size_t>(shift), 'A');
            for (int i = 0; i < 70; ++i) para += "建";
            para += "。\n";
            dsl::report_context ctx;
            ctx.date = boost::gregorian::date(2026, 1, 20);
            auto const r = dsl::read_report("政府工作报告\n" + para, ctx);
            bool seen = false;
            for (auto const& n : r.outline.nodes) {
                CHECK_FALSE(common::first_invalid_utf8(n.heading));
                seen = seen || n.type == dsl::outline_node::kind::paragraph;
            }
            CHECK(seen);
        }
    }

    TEST_CASE(
        "outline: inside a paragraph only a time that is its own clause frames the sentences after it") {
        // a paragraph of the five years reviewed: 2025年林下经济… is that sentence's year; what follows is
        // still the five years' (read on 海南 2026, where 建成500个和美乡村 had been taken for 2025's);
        // 2025年，… frames
        dsl::report_context ctx;
        ctx.date = boost::gregorian::date(2026, 1, 27);
        auto const r = dsl::read_report(
            "政府工作报告\n一、2025年和“十四五”时期工作回顾\n五年来，我们攻坚克难。\n"
            "乡村振兴扎实推进。2025年林下经济总面积200万亩。建成400个和美乡村。\n"
            "乡村振兴扎实推进。2025年，新建农村公路3000公里。建成200个美丽乡村。\n",
            ctx);
        std::map<std::string, std::string> period;
        for (auto const& st : r.statements)
            if (st.period)
                period[st.src.text] = fmt::format("{}/{}", st.period->begin.year(), st.period->end.year());
        CHECK(period["建成400个和美乡村"] == "2021/2025");
        CHECK(period["建成200个美丽乡村"] == "2025/2025");
    }

    TEST_CASE(
        "outline: a part's lean counts each content word wherever it stands, as a search for it would") {
        // every word next to every other, so that one word beginning or overlapping another would show
        std::string text;
        for (auto const& a : dsl::words::content_words)
            for (auto const& b : dsl::words::content_words)
                text += std::string(a.text) + std::string(b.text) + "，";
        int searched = 0;
        for (auto const& w : dsl::words::content_words)
            for (auto at = text.find(w.text); at != std::string::npos;
                 at = text.find(w.text, at + w.text.size()))
                searched += w.weight;
        CHECK(dsl::report::content_lean(text) == searched);
        CHECK(dsl::report::content_lean("今年确保完成了圆满完成") == -2 - 2 + 1 + 1 + 2 + 1);
    }
}

}  // namespace luoshi
