// Headline targets: the goals of the passage that lists a report's main targets (主要预期目标是：…), tagged
// by the reader. Our own phrasings as a table; the ten provincial reports of 2026 in ../shared/ measured
// against targets-2026.yaml (precision and recall printed).
#include "dsl/report.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace luoshi {

namespace {

// The goals of a report as tagged: "text*" for a headline goal, "text" for another.
std::vector<std::string> tagged(std::string const& text) {
    dsl::report_context ctx;
    ctx.date = rules::date(2015, 1, 20);
    ctx.region = "示例区";
    auto const r = dsl::read_report(text, ctx);
    std::vector<std::string> out;
    for (auto const& s : r.statements)
        if (s.kind == rules::statement_kind::goal) out.push_back(s.src.text + (s.headline ? "*" : ""));
    return out;
}

struct headline_case {
    char const* why;
    char const* text;
    std::vector<std::string> goals;  // * marks a headline goal
};

std::vector<headline_case> const cases{
    {"a lead that names the main targets, with the list after its colon",
     "二、2015年工作安排\n\n今年全区经济社会发展的主要预期目标是：地区生产总值增长8%"
     "以上，城镇登记失业率控制在4%以内。"
     "新建公厕45座以上。\n\n全年新增城镇就业3万人以上。\n",
     {"地区生产总值增长8%以上*", "城镇登记失业率控制在4%以内*", "新建公厕45座以上*",
      "全年新增城镇就业3万人以上"}},
    {"the name alone at the end of its paragraph: the list is the next paragraph",
     "二、2015年工作安排\n\n今年经济社会发展的主要预期目标是：\n\n地区生产总值增长8%"
     "左右；城镇登记失业率控制在4%以内。\n\n"
     "提出地区生产总值增长8%左右，主要是强调好字当头。\n",
     {"地区生产总值增长8%左右*", "城镇登记失业率控制在4%以内*", "提出地区生产总值增长8%左右"}},
    {"a goal stated again in the same terms is one goal, kept where first stated",
     "二、2015年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n\n"
     "地区生产总值增长8%左右，主要是强调好字当头。\n",
     {"地区生产总值增长8%左右*"}},
    {"a target stated again as 目标设定为 (定为, 确定为) is the same goal, kept once",
     "二、2015年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n\n"
     "地区生产总值增长目标设定为8%左右，是一个积极进取的目标。\n",
     {"地区生产总值增长8%左右*"}},
    {"a goal a heading states and a paragraph restates is cited from the paragraph",
     "2015年力争地区生产总值增长8%\n\n二、2015年工作安排\n\n全年地区生产总值增长8%，新建公厕45座以上。\n",
     {"全年地区生产总值增长8%", "新建公厕45座以上"}},
    {"a heading that is the name heads every paragraph under it",
     "二、2015年主要预期目标\n\n地区生产总值增长8%以上。\n\n进出口总额增长6%左右。\n\n三、2015年重点工作\n\n"
     "新建公厕45座以上。\n",
     {"地区生产总值增长8%以上*", "进出口总额增长6%左右*", "新建公厕45座以上"}},
    {"a heading that names the targets among other things heads nothing",
     "二、主要预期目标和宏观政策\n\n财政赤字控制在8亿元以内。\n",
     {"财政赤字控制在8亿元以内"}},
    {"the targets named without introducing a list (提出这些预期目标，是…) open no passage",
     "二、2015年工作安排\n\n提出这些预期目标，是综合考虑的结果，地区生产总值增长8%以上。\n",
     {"地区生产总值增长8%以上"}},
    {"a plan's main targets (十五五…的主要目标是：) are its headline targets",
     "二、“十五五”时期主要目标任务\n\n“十五五”时期全区发展的主要目标是：地区生产总值年均增长6%"
     "以上。\n\n新建公厕45座以上。\n",
     {"地区生产总值年均增长6%以上*", "新建公厕45座以上"}},
};

}  // namespace

TEST_SUITE("dsl") {
    TEST_CASE("headline targets: the goals of the passage listing the main targets, and no others") {
        for (auto const& c : cases) {
            std::string got, want;
            for (auto const& g : tagged(c.text)) got += g + " | ";
            for (auto const& g : c.goals) want += g + " | ";
            INFO(std::string(c.why));
            CHECK(got == want);
        }
    }

    TEST_CASE("headline targets of ten provinces' 2026 reports against targets-2026.yaml") {
        auto const shared = test::shared_dir();
        auto const base = shared ? *shared / "corpus" / "provinces" : std::filesystem::path();
        if (!shared || !std::filesystem::exists(base / "targets-2026.yaml")) {
            MESSAGE("SKIPPED: no ../shared/corpus/provinces/targets-2026.yaml beside the checkout");
            return;
        }
        auto const list = YAML::LoadFile((base / "targets-2026.yaml").string());
        auto const catalog = rules::yaml::builtin_catalog();
        std::map<std::string, rules::date> dates;
        for (auto const& row : test::split(test::read_file(base / "2026" / "index.csv"), "\n")) {
            auto const cells = test::split(row, ",");
            if (cells.size() < 3 || cells[0] == "file") continue;
            dates.emplace(cells[0],
                          rules::date(static_cast<unsigned short>(std::stoi(cells[2].substr(0, 4))),
                                      static_cast<unsigned short>(std::stoi(cells[2].substr(5, 2))),
                                      static_cast<unsigned short>(std::stoi(cells[2].substr(8, 2)))));
        }
        struct target {
            std::string id, file, phrase;
            int line = 0, deadline_year = 0;
        };
        std::vector<target> targets;
        for (auto const& t : list)
            if (t["kind"].as<std::string>() == "target")
                targets.push_back({t["id"].as<std::string>(), t["file"].as<std::string>(),
                                   t["phrase"].as<std::string>(), t["line"].as<int>(),
                                   std::stoi(t["deadline"].as<std::string>().substr(0, 4))});
        std::set<std::string> found;
        std::size_t tagged_goals = 0, matched = 0, in_year_passage = 0, year_matched = 0;
        for (auto const& [file, date] : dates) {
            auto const text = test::read_file(base / "2026" / file);
            dsl::report_context ctx;
            ctx.date = date;
            ctx.catalog = &catalog;
            ctx.report = file;
            for (auto const& s : dsl::read_report(text, ctx).statements) {
                if (s.kind != rules::statement_kind::goal || !s.headline) continue;
                ++tagged_goals;
                int const line = 1 + static_cast<int>(std::count(
                                         text.begin(), text.begin() + static_cast<long>(s.src.start), '\n'));
                // the list holds numeric targets only: 粮食产量只增不减 and 居民收入增长与经济增长同步 are
                // headline targets with no number of their own, never in it
                bool const numeric = s.value || (s.low && s.high);
                bool const year = numeric && s.deadline && s.deadline->year() == 2026;
                in_year_passage += year;
                bool hit = false;
                for (auto const& t : targets)
                    if (t.file == file && t.line == line &&
                        (t.phrase.find(s.src.text) != std::string::npos ||
                         s.src.text.find(t.phrase) != std::string::npos)) {
                        found.insert(t.id);
                        hit = true;
                    }
                matched += hit;
                year_matched += hit && year;
                if (!hit) MESSAGE("tagged, not in the list: " << file << ":" << line << " " << s.src.text);
            }
        }
        std::size_t year_targets = 0, year_found = 0, plan_targets = 0, plan_found = 0;
        for (auto const& t : targets) {
            bool const hit = found.count(t.id) != 0;
            (t.deadline_year == 2026 ? year_targets : plan_targets) += 1;
            (t.deadline_year == 2026 ? year_found : plan_found) += hit;
            if (!hit) MESSAGE("in the list, not tagged: " << t.id << " " << t.phrase);
        }
        MESSAGE("headline tagging, the year's main targets: recall "
                << year_found << "/" << year_targets << ", precision " << year_matched << "/"
                << in_year_passage << "; plans' GDP targets: recall " << plan_found << "/" << plan_targets
                << "; all tagged goals in the list: " << matched << "/" << tagged_goals);
        // every numeric target of the year's passage, and nearly no other number there
        CHECK(year_found == year_targets);
        CHECK(year_matched * 100 >= in_year_passage * 95);
        CHECK(plan_found >= 1);
    }
}

}  // namespace luoshi
