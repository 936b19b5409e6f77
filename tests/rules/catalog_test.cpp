#include "rules/catalog.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <fstream>
#include <iterator>
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
            // words before a name: the territory, the time, all kinds, the clause's verb leave it the same
            {"全省地区生产总值", "地区生产总值"},
            {"２００１年国内生产总值", "地区生产总值"},
            {"前四年累计单位国内生产总值能耗", "单位国内生产总值能耗"},
            {"提出居民消费价格", "居民消费价格"},
            {"也要再减少农村贫困人口", "农村贫困人口"},
            {"各类保障性住房", "保障性住房"},
            {"全体居民人均可支配收入", "居民人均可支配收入"},
            {"社会消费品零售总额、固定资产投资", "固定资产投资"},
            {"国家财政收入", "一般公共预算收入"},
            {"现有五保老人", "五保供养对象"},
            {"兰州新区引进项目", ""},
            // any other word narrows it: another statistic, in its own words
            {"城镇调查失业率", "城镇调查失业率"},
            {"主要发达经济体失业率", ""},
            {"规上装备工业增加值", ""},
            {"海洋生产总值", ""},
            {"泸州经济总量", ""},
            {"对东盟出口", ""},
            {"技术合同成交额", ""},
            {"农牧户发展庭院经济", ""},
            {"家庭养老床位", ""},
            {"城镇居民收入", ""},
            {"服务进出口总额", ""},
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

    TEST_CASE("the catalog's alias decisions: which names are one statistic and which are two") {
        // each decision and its reason is written beside the entry in rules/metrics.yaml
        auto const& c = luoshi::rules::yaml::builtin_catalog();
        struct row {
            char const* a;
            char const* b;
            bool same;
        };
        row const rows[] = {
            {"地区生产总值", "GDP", true},
            {"地区生产总值", "国内生产总值", true},
            {"地区生产总值", "经济总量", true},
            {"一般公共预算收入", "地方一般公共预算收入", true},
            {"一般公共预算收入", "公共财政预算收入", true},  // the name before the 2014 budget law
            {"城镇新增就业", "新增城镇就业", true},
            {"规模以上工业增加值", "规上工业增加值", true},
            {"工业增加值", "全部工业增加值", true},
            {"农村居民人均纯收入", "农民人均纯收入", true},
            {"进出口总额", "货物进出口总额", true},
            {"城镇调查失业率", "城镇登记失业率", false},  // two surveys
            {"城镇化率", "常住人口城镇化率", true},
            {"城镇化率", "户籍人口城镇化率", false},  // residents against those registered in towns
            {"单位国内生产总值二氧化碳排放", "碳排放强度", true},
            {"单位国内生产总值二氧化碳排放", "单位地区生产总值二氧化碳排放量", true},
            {"单位国内生产总值二氧化碳排放", "二氧化碳排放量", false},  // per unit of GDP, not the total
            {"单位国内生产总值用水量", "万元GDP用水量", true},
            {"地方政府债券", "代发地方债", true},
            {"地方政府债券", "地方专项债券", false},      // two quotas: general and special bonds
            {"地方政府专项债券", "专项债券", false},      // a province's own, in its words
            {"规模以上工业增加值", "工业增加值", false},  // the larger firms only
            {"工业增加值", "第二产业增加值", false},      // the secondary sector adds construction
            {"农村居民人均可支配收入", "农村居民人均纯收入", false},  // defined otherwise since 2014
            {"居民人均可支配收入", "农村居民人均纯收入", false},
            {"居民人均可支配收入", "城镇居民人均可支配收入", false},
            {"城乡居民收入", "农村居民收入", false},
            {"进出口总额", "服务进出口总额", false},
            {"出口总额", "对东盟出口", false},
            {"地区生产总值", "海洋生产总值", false},
            {"新增学位", "公办幼儿园学位", false},
            {"研究与试验发展经费投入强度", "研发投入强度", true},
            {"研发投入强度", "研发经费投入强度", true},
            {"研发投入强度", "研发投入", false},  // the share of GDP, not the spending
            {"电子商务交易额", "电商交易额", true},
            {"电子商务交易额", "会展经济交易额", false},  // a trade fair's sales, not e-commerce
            {"电子商务交易额", "交易额", false},          // a bare 交易额 names no statistic
            {"造林", "植树造林", true},
            {"造林", "营造林", false},                       // adds tending and renewal of forest
            {"居民人均可支配收入", "居民可支配收入", true},  // published per head only
        };
        for (auto const& r : rows) {
            CAPTURE(r.a);
            CAPTURE(r.b);
            auto const* a = c.find(r.a);
            auto const* b = c.find(r.b);
            if (r.same) {
                REQUIRE(a != nullptr);
                CHECK(a == b);
            } else {
                CHECK((a == nullptr || a != b));
            }
        }
    }

    TEST_CASE("the built-in catalog, compiled at build time, is the one rules/metrics.yaml loads to") {
        std::ifstream in("rules/metrics.yaml", std::ios::binary);
        REQUIRE(in);
        std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        catalog loaded;
        REQUIRE(luoshi::rules::yaml::load_catalog(text, loaded).empty());
        auto const& built_in = luoshi::rules::yaml::builtin_catalog();
        REQUIRE(built_in.metrics().size() == loaded.metrics().size());
        for (std::size_t i = 0; i < loaded.metrics().size(); ++i) {
            auto const &a = built_in.metrics()[i], &b = loaded.metrics()[i];
            CHECK(a.name == b.name);
            CHECK(a.id == b.id);
            CHECK(a.aliases == b.aliases);
            CHECK(a.polarity == b.polarity);
            CHECK(a.kind == b.kind);
            CHECK(a.units == b.units);
            CHECK(a.parts == b.parts);
            for (auto const& alias : b.aliases) {
                auto const *x = built_in.find(alias), *y = loaded.find(alias);
                REQUIRE((x == nullptr) == (y == nullptr));
                if (x) CHECK(x->name == y->name);
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
                      {},
                      {}});
        catalog copy = original;
        copy.add({"地区生产总值",
                  "",
                  {"经济总量"},
                  luoshi::rules::polarity::higher_is_better,
                  luoshi::rules::metric_kind::flow,
                  {},
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
    TEST_CASE(
        "the metric found is the one of the longest alias the words end with after words that leave it "
        "the same, as a scan of all says") {
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
                    text.compare(text.size() - alias.size(), alias.size(), alias) == 0 &&
                    luoshi::rules::leaves_the_name(
                        std::string_view(text).substr(0, text.size() - alias.size())))
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
