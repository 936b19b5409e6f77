// Reports written in traditional characters are read as the same report in simplified ones: the same goals
// and figures, with offsets into the file as written and the sentences quoted as written.
#include "common/chinese.hpp"
#include "app/inputs.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace luoshi {

namespace {

namespace fs = std::filesystem;

// traditional ⇥ simplified: the words of goals and figures whose characters differ
struct row {
    char const* traditional;
    char const* simplified;
};

constexpr row conversions[] = {
    {"地區生產總值增長8%以上", "地区生产总值增长8%以上"},
    {"城鎮登記失業率控制在4%以內", "城镇登记失业率控制在4%以内"},
    {"確保2015年10月實現居民回遷", "确保2015年10月实现居民回迁"},
    {"一般公共預算收入增長0.5%", "一般公共预算收入增长0.5%"},
    {"新增城鎮就業1.2萬人以上", "新增城镇就业1.2万人以上"},
    {"全年計劃完成固定資產投資12,500萬元", "全年计划完成固定资产投资12,500万元"},
    {"“十三五”期間，森林覆蓋率提高到23%", "“十三五”期间，森林覆盖率提高到23%"},
};

fs::path temporary_copy(std::string const& name, std::string const& text) {
    auto const dir = fs::temp_directory_path() / ("luoshi-chinese-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto const p = dir / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

app::loaded_report load(fs::path const& p) {
    auto r = app::load_report(p.string(), {}, rules::yaml::builtin_catalog());
    if (auto const* err = std::get_if<app::load_error>(&r)) FAIL(app::describe(*err));
    return std::get<app::loaded_report>(std::move(r));
}

std::size_t characters(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(
        utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool same_period(std::optional<rules::period> const& a, std::optional<rules::period> const& b) {
    if (!a || !b) return !a && !b;
    return a->begin == b->begin && a->end == b->end;
}

// The report as written and in traditional characters give the same statements; each one's offsets point at
// the same sentence in its own file, quoted as it is written there.
void same_reading(std::string const& name, std::string const& simplified) {
    std::string const traditional = common::traditional_chinese(simplified);
    REQUIRE(traditional != simplified);
    auto const ps = temporary_copy("s-" + name, simplified), pt = temporary_copy("t-" + name, traditional);
    auto const a = load(ps), b = load(pt);
    CHECK(!a.simplified);
    REQUIRE(b.simplified);
    REQUIRE(a.reading.statements.size() == b.reading.statements.size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < a.reading.statements.size(); ++i) {
        auto const& x = a.reading.statements[i];
        auto const& y = b.reading.statements[i];
        // a metric's words as OpenCC's round trip leaves them (s2t then t2s turns 批复 into 批覆)
        auto const metric = common::simplified_characters(common::traditional_chinese(x.metric));
        bool const same = x.kind == y.kind && metric == y.metric && x.value == y.value &&
                          x.deadline == y.deadline && same_period(x.period, y.period) &&
                          x.scope.kind == y.scope.kind;
        // the sentence quoted from the traditional file is that file's bytes at the statement's offsets,
        // and it is the simplified sentence, character for character (not always its t2s: s2t writes 批复
        // as 批覆, which t2s keeps)
        bool const quoted = traditional.substr(y.src.start, y.src.end - y.src.start) == y.src.text &&
                            characters(y.src.text) == characters(x.src.text);
        if (!same || !quoted) {
            ++differ;
            if (differ <= 5) MESSAGE(name, ": statement ", i, " differs: ", x.src.text, " / ", y.src.text);
        }
    }
    CHECK_MESSAGE(differ == 0, name, ": ", differ, " of ", a.reading.statements.size(), " statements differ");
    fs::remove(ps);
    fs::remove(pt);
}

}  // namespace

TEST_SUITE("common") {
    TEST_CASE(
        "traditional characters are read as simplified, each character mapped back to the one written") {
        for (auto const& r : conversions) {
            CAPTURE(r.traditional);
            auto const s = common::simplified_chinese(r.traditional);
            REQUIRE(s);
            CHECK(s->utf8 == r.simplified);
            // every character of the simplified text comes from the character at the same place
            std::string_view const t = r.traditional;
            std::size_t ti = 0;
            for (std::size_t si = 0; si < s->utf8.size();) {
                CHECK(s->to_source(si) == ti);
                auto const len = [](unsigned char c) {
                    return c < 0x80 ? 1u : c < 0xE0 ? 2u : c < 0xF0 ? 3u : 4u;
                };
                si += len(static_cast<unsigned char>(s->utf8[si]));
                ti += len(static_cast<unsigned char>(t[ti]));
            }
            CHECK(s->to_source(s->utf8.size()) == t.size());
        }
    }

    TEST_CASE("text in simplified characters is left as it is") {
        for (auto const& r : conversions) CHECK(!common::simplified_chinese(r.simplified));
        CHECK(!common::simplified_chinese("GDP增长8%"));
        CHECK(!common::simplified_chinese(""));
    }

    TEST_CASE("our example reports read the same in traditional characters") {
        for (auto const* name : {"shili-2015.txt", "shili-2016.txt"})
            same_reading(name, test::read_file(test::source_dir() / "examples" / "reports" / name));
    }

    TEST_CASE("shared provincial reports read the same in traditional characters") {
        auto const shared = test::shared_dir();
        if (!shared) {
            MESSAGE(
                "skipped: ../shared/ is absent (a user's clone); the provincial reports live in "
                "../shared/corpus/provinces/");
            return;
        }
        auto const dir = *shared / "corpus" / "provinces" / "2026";
        std::vector<fs::path> files;
        for (auto const& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".txt") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        REQUIRE(files.size() >= 2);
        // two reports are enough to cover the words of a report; each takes OpenCC a fraction of a second
        for (std::size_t i = 0; i < 2; ++i)
            same_reading(files[i].filename().string(), test::read_file(files[i]));
    }
}

}  // namespace luoshi
