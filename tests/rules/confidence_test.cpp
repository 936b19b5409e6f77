#include "rules/confidence.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace luoshi;

TEST_SUITE("rules") {
    TEST_CASE("a statement's confidence follows from its metric, its part of the report and its origin") {
        auto const& c = rules::yaml::builtin_catalog();
        using rules::confidence;
        using rules::scope_kind;
        struct row {
            char const* metric;
            rules::statement_kind kind;
            scope_kind scope;
            bool inferred;
            char const* report;
            confidence want;
        };
        auto const goal = rules::statement_kind::goal;
        auto const figure = rules::statement_kind::figure;
        row const rows[] = {
            // a catalog statistic in a part of its kind
            {"地区生产总值", goal, scope_kind::year_targets, false, "r.txt", confidence::high},
            {"城镇调查失业率", goal, scope_kind::plan_targets, false, "r.txt", confidence::high},
            {"地区生产总值", figure, scope_kind::review_year, false, "r.txt", confidence::high},
            // a part told only by its content, a goal among results, a metric in its own words
            {"地区生产总值", goal, scope_kind::year_targets, true, "r.txt", confidence::medium},
            {"地区生产总值", goal, scope_kind::review_year, false, "r.txt", confidence::medium},
            {"背街小巷改造", goal, scope_kind::year_targets, false, "r.txt", confidence::medium},
            // a part whose time could not be told; words that name no metric
            {"地区生产总值", goal, scope_kind::unknown, false, "r.txt", confidence::low},
            {"推进", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"创建", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"按照上级下达的", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"沙洼河等", goal, scope_kind::year_targets, false, "r.txt", confidence::medium},
            {"楼", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            // a measure of a thing that names no thing (whose investment?); with the thing named it is a name
            {"投资", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"完成投资", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"达标率", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"中央财政补助资金", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"中央财政保障性安居工程补助资金", goal, scope_kind::year_targets, false, "r.txt",
             confidence::medium},
            {"争取资金", goal, scope_kind::year_targets, false, "r.txt", confidence::medium},
            {"电子商务交易额", goal, scope_kind::year_targets, false, "r.txt", confidence::high},
            {"固定资产投资", goal, scope_kind::year_targets, false, "r.txt", confidence::high},
            {"中央财政", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"中央财政将安排", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"中央财政赤字", goal, scope_kind::year_targets, false, "r.txt", confidence::high},
            {"高质量", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            {"", goal, scope_kind::year_targets, false, "r.txt", confidence::low},
            // written by hand: no outline, and none needed
            {"地区生产总值", goal, scope_kind::unknown, false, "rules/duban.yaml", confidence::high},
            {"夜间经济营业额", goal, scope_kind::unknown, false, "rules/duban.yaml", confidence::medium},
            {"推进", goal, scope_kind::unknown, false, "rules/duban.yaml", confidence::low},
        };
        for (auto const& r : rows) {
            CAPTURE(r.metric);
            CAPTURE(r.report);
            rules::statement s;
            s.kind = r.kind;
            s.metric = r.metric;
            s.scope.kind = r.scope;
            s.scope.inferred = r.inferred;
            s.src.report = r.report;
            auto const got = rules::confidence_of(s, c);
            CAPTURE(got.why);
            CHECK(rules::name(got.level) == rules::name(r.want));
            CHECK_FALSE(got.why.empty());
        }
    }

    TEST_CASE("a milestone names its subject and event, not a metric") {
        rules::statement s;
        s.measure = rules::measure::milestone;
        s.metric = "";
        CHECK_FALSE(rules::names_no_metric(s));
    }
}
