#include "rules/catalog.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

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
                      luoshi::rules::metric_kind::flow,
                      {}});
        catalog copy = original;
        copy.add({"地区生产总值",
                  "",
                  {"经济总量"},
                  luoshi::rules::polarity::higher_is_better,
                  luoshi::rules::metric_kind::flow,
                  {}});
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

TEST_SUITE("rules") {
    TEST_CASE("the metric found is the one of the longest alias the words end with, as a scan of all says") {
        auto const& c = luoshi::rules::yaml::builtin_catalog();
        // by brute force: every name and alias, a later definition taking over a repeated one
        std::map<std::string, std::size_t> owner;
        std::vector<std::string> all;
        for (std::size_t i = 0; i < c.metrics().size(); ++i) {
            auto const& d = c.metrics()[i];
            owner[d.name] = i;
            for (auto const& a : d.aliases) owner[a] = i;
        }
        for (auto const& [a, i] : owner) all.push_back(a);
        std::vector<std::string> const before = {"",     "全年", "实现",     "城镇", "GDP",
                                                 "增长", "了",   "居民人均", "x"};
        std::mt19937 random(11);
        int checked = 0, disagreements = 0;
        for (int n = 0; n < 20000; ++n) {
            std::string text = before[random() % before.size()];
            std::string const& a = all[random() % all.size()];
            // a whole alias, or the alias cut after some of its characters
            std::size_t cut = a.size();
            if (random() % 3 == 0) {
                cut = random() % (a.size() + 1);
                while (cut < a.size() && (static_cast<unsigned char>(a[cut]) & 0xC0) == 0x80) ++cut;
            }
            text += a.substr(0, cut);
            if (text.empty() || text.find("占") != std::string::npos) continue;  // 占…比重 has its own rule
            std::optional<std::size_t> expected;
            std::size_t best = 0;
            for (auto const& [alias, i] : owner)
                if (!alias.empty() && alias.size() > best && alias.size() <= text.size() &&
                    text.compare(text.size() - alias.size(), alias.size(), alias) == 0)
                    best = alias.size(), expected = i;
            auto const* def = c.find(text);
            std::optional<std::size_t> const got =
                def ? std::optional<std::size_t>(static_cast<std::size_t>(def - c.metrics().data()))
                    : std::nullopt;
            ++checked;
            if (got != expected) {
                CAPTURE(text);
                ++disagreements;
            }
        }
        CHECK(checked > 10000);
        CHECK(disagreements == 0);
    }
}
