#include "rules/catalog.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <doctest/doctest.h>

#include <string>

using luoshi::rules::catalog;

TEST_SUITE("rules") {
    TEST_CASE("a metric is found by the longest alias that ends its words") {
        auto const& c = luoshi::rules::yaml::builtin_catalog();
        struct row {
            char const* words;
            char const* metric;  // "" for none
        };
        row const rows[] = {
            {"全年实现地区生产总值", "地区生产总值"},
            {"国内生产总值", "地区生产总值"},
            {"GDP", "地区生产总值"},
            {"单位国内生产总值能耗", "单位国内生产总值能耗"},
            {"人均国内生产总值", "人均地区生产总值"},
            {"城镇新增就业", "城镇新增就业"},
            {"城镇居民登记失业率", "城镇登记失业率"},
            {"三产增加值占GDP的比重", "服务业比重"},
            {"文化产业占GDP的比重", ""},
            {"蓝天广场", ""},
        };
        for (auto const& r : rows) {
            CAPTURE(r.words);
            auto const* def = c.find(r.words);
            if (std::string(r.metric).empty()) {
                CHECK(def == nullptr);
            } else {
                REQUIRE(def != nullptr);
                CHECK(def->name == r.metric);
            }
        }
    }

    TEST_CASE("a copy of a catalog is whole on its own and can be extended without touching the original") {
        catalog original;
        original.add({"地区生产总值",
                      "gdp",
                      {"GDP", "生产总值"},
                      luoshi::rules::polarity::higher_is_better,
                      luoshi::rules::metric_kind::flow});
        catalog copy = original;
        copy.add({"地区生产总值",
                  "",
                  {"经济总量"},
                  luoshi::rules::polarity::higher_is_better,
                  luoshi::rules::metric_kind::flow});
        original = catalog{};  // the copy must not lean on the original's storage
        REQUIRE(copy.find("GDP") != nullptr);
        CHECK(copy.find("经济总量") != nullptr);
        CHECK(copy.find("全区生产总值") != nullptr);
        CHECK(original.find("GDP") == nullptr);
    }

    TEST_CASE("a user catalog with errors reports each with its place and adds nothing") {
        catalog c;
        std::string const text = "metrics:\n  - name: 养老床位\n    polarity: upward\n    colour: red\n";
        auto const errors = luoshi::rules::yaml::load_catalog(text, c);
        REQUIRE(errors.size() == 2);
        CHECK(errors[0].offset == text.find("upward"));
        CHECK(errors[1].offset == text.find("colour"));
        CHECK(c.metrics().empty());
    }
}
