// Rule files as rule objects: a phrase and the same goal written field by field load alike; what `rules`
// writes loads back to the same goals; the store takes a valid file whole and an invalid one not at all.
#include "rules/names.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "rules/yaml/load.hpp"
#include "store/store_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace luoshi {

namespace {

using rules::statement;

std::string opt(std::optional<double> v) { return v ? fmt::format("{}", *v) : "-"; }
std::string opt(std::optional<rules::date> const& d) { return d ? rules::iso_date(*d) : "-"; }

// Everything a rule object says, apart from where it was read: what the judge and the store see.
std::string meaning(statement const& s) {
    return fmt::format(
        "kind={} region={} metric={} measure={} comparator={} value={} low={} high={} unit={} vague={} "
        "direction={} deadline={} period={}..{} as_of={} reported={} strength={} status={} subject={} "
        "event={} "
        "tolerance={} polarity={}",
        rules::name(s.kind), s.region, s.metric, rules::name(s.measure), rules::name(s.comparator),
        opt(s.value), opt(s.low), opt(s.high), s.unit, rules::name(s.vague), s.direction, opt(s.deadline),
        s.period ? rules::iso_date(s.period->begin) : "-", s.period ? rules::iso_date(s.period->end) : "-",
        opt(s.as_of), opt(s.reported), rules::name(s.strength), rules::name(s.status), s.subject, s.event,
        opt(s.tolerance), s.polarity ? std::string(rules::name(*s.polarity)) : "-");
}

rules::yaml::rule_file load(std::string const& text, std::string const& path = "goals.yaml") {
    rules::yaml::file_context ctx;
    ctx.path = path;
    ctx.catalog = &rules::yaml::builtin_catalog();
    return rules::yaml::load_rules(text, ctx);
}

std::string errors_of(rules::yaml::rule_file const& f) {
    std::string out;
    for (auto const& d : f.diagnostics) out += fmt::format("@{}: {}\n", d.offset, d.message);
    return out;
}

}  // namespace

TEST_SUITE("rules") {
    TEST_CASE("a goal written as a phrase and written field by field load to the same rule object") {
        std::istringstream in(test::read_file(test::source_dir() / "tests" / "data" / "rule-pairs.tsv"));
        std::string line;
        std::size_t rows = 0, same = 0;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            auto const cells = test::split(line, "\t");
            REQUIRE(cells.size() == 3);
            ++rows;
            // ids, or the second would be refused as the same goal as the first
            std::string fields = cells[2];
            fields.insert(1, "id: fields, ");
            std::string const text =
                fmt::format("region: 示例区\ndate: {}\ngoals:\n  - id: phrase\n    goal: {}\n  - {}\n",
                            cells[0], cells[1], fields);
            CAPTURE(text);
            auto const file = load(text);
            INFO(errors_of(file));
            REQUIRE(file.ok());
            REQUIRE(file.statements.size() == 2);
            CHECK(meaning(file.statements[0]) == meaning(file.statements[1]));
            same += meaning(file.statements[0]) == meaning(file.statements[1]);
        }
        MESSAGE(fmt::format("phrase and fields alike: {}/{} rows", same, rows));
        CHECK(rows >= 15);
    }

    TEST_CASE("what `rules` writes loads back to the same goals, ids and all") {
        std::string const text = R"(region: 示例区
date: 2015-01-20
source: 示例区督查台账
goals:
  - id: gdp
    goal: 地区生产总值增长7.5%左右
    tolerance: 0.3pp
  - goal: 力争6月份开门营业
    subject: 蓝天广场
  - metric: 养老床位
    comparator: ">="
    value: 2000
    unit: 张
    deadline: 2015-12-31
    tolerance: 5%
    polarity: higher
  - goal: 城镇登记失业率控制在4%以内
  - goal: 城镇、农村居民人均可支配收入分别增长8%、9%
  - metric: 耕地保有量
    comparator: direction
    direction: down
    polarity: lower
  - metric: 新增公共停车位
    comparator: range
    low: 1.5
    high: 2
    unit: 千个
figures:
  - metric: 地区生产总值
    measure: growth
    period: 2015
    value: 7.6
    status: estimate
---
region: 东湖区
date: 2016-02-01
goals:
  - goal: 十三五期间地区生产总值年均增长7%以上
  - goal: 确保2016年10月实现居民回迁
)";
        auto const first = load(text);
        INFO(errors_of(first));
        REQUIRE(first.ok());
        REQUIRE(first.statements.size() == 11);
        std::string const written =
            rules::yaml::write_rules(first.statements, rules::yaml::builtin_catalog());
        CAPTURE(written);
        auto const again = load(written, "exported.yaml");
        INFO(errors_of(again));
        REQUIRE(again.ok());
        REQUIRE(again.statements.size() == first.statements.size());
        for (std::size_t i = 0; i < first.statements.size(); ++i) {
            CAPTURE(i);
            CHECK(again.statements[i].id == first.statements[i].id);
            CHECK(meaning(again.statements[i]) == meaning(first.statements[i]));
            CHECK(again.statements[i].unit_text == first.statements[i].unit_text);
        }
        // and the export of the export is the same text, but for the comments quoting where each goal was
        // read
        auto without_comments = [](std::string const& t) {
            std::istringstream in(t);
            std::string out, l;
            while (std::getline(in, l))
                if (l.rfind("  #", 0) != 0) out += l + "\n";
            return out;
        };
        CHECK(without_comments(rules::yaml::write_rules(again.statements, rules::yaml::builtin_catalog())) ==
              without_comments(written));
    }

    TEST_CASE("ids derived from a goal's content stay when other goals of the file change") {
        std::string const a =
            "region: 示例区\ndate: 2015-01-20\ngoals:\n  - goal: 地区生产总值增长8%以上\n"
            "  - goal: 城镇登记失业率控制在4%以内\n";
        std::string const b =
            "# a comment added\nregion: 示例区\ndate: 2015-01-20\ngoals:\n"
            "  - goal: 新增城镇就业1.2万人\n  - goal: 城镇登记失业率控制在4%以内\n"
            "  - goal: 地区生产总值增长8%以上\n";
        auto const fa = load(a), fb = load(b);
        REQUIRE(fa.ok());
        REQUIRE(fb.ok());
        CHECK(fa.statements[0].id == fb.statements[2].id);
        CHECK(fa.statements[1].id == fb.statements[1].id);
        CHECK(fa.statements[0].id != fa.statements[1].id);
        // the same goal in another file is another goal
        CHECK(load(a, "other.yaml").statements[0].id != fa.statements[0].id);
    }

    TEST_CASE("a phrase's source is the phrase's own bytes; a goal written field by field is its entry") {
        std::string const text =
            "region: 示例区\ndate: 2015-01-20\ngoals:\n  - goal: \"地区生产总值增长8%以上\"\n"
            "  - metric: 养老床位\n    comparator: \">=\"\n    value: 2000\n    unit: 张 # 民政局\n";
        auto const f = load(text);
        REQUIRE(f.ok());
        REQUIRE(f.statements.size() == 2);
        auto const& p = f.statements[0];
        CHECK(text.substr(p.src.start, p.src.end - p.src.start) == p.src.text);
        CHECK(p.src.text == "\"地区生产总值增长8%以上\"");
        auto const& s = f.statements[1];
        CHECK(text.substr(s.src.start, s.src.end - s.src.start) == s.src.text);
        CHECK(s.src.text == "metric: 养老床位\n    comparator: \">=\"\n    value: 2000\n    unit: 张");
        CHECK(s.deadline == rules::date(2015, 12, 31));
    }

    TEST_CASE("a figure table's rows become figures in the base unit, each citing its row") {
        std::string const csv =
            "region,metric,measure,period,value,unit,source\n"
            "示例区,地区生产总值,growth,2015,8.3,%,统计公报2015\n"
            "示例区,城镇新增就业,increase,2015-H1,0.36,万人,\"人社局, 半年报\"\n"
            "东湖区,城镇登记失业率,level,2015-Q4,3.6,%,人社局\n";
        rules::yaml::file_context ctx;
        ctx.path = "drop.csv";
        ctx.catalog = &rules::yaml::builtin_catalog();
        auto const f = rules::yaml::load_figures_csv(csv, ctx);
        INFO(errors_of(f));
        REQUIRE(f.ok());
        REQUIRE(f.statements.size() == 3);
        auto const& jobs = f.statements[1];
        CHECK(jobs.kind == rules::statement_kind::figure);
        CHECK(jobs.value == doctest::Approx(3600));
        CHECK(jobs.unit == "人");
        CHECK(jobs.period->begin == rules::date(2015, 1, 1));
        CHECK(jobs.period->end == rules::date(2015, 6, 30));
        CHECK(jobs.src.text == "示例区,城镇新增就业,increase,2015-H1,0.36,万人,\"人社局, 半年报\"");
        CHECK(f.statements[2].period->begin == rules::date(2015, 10, 1));
        CHECK(f.region == "东湖区、示例区");
    }

    TEST_CASE("a period is written as a statistics table writes it, in Chinese too") {
        struct row {
            char const* period;
            rules::date begin, end;
        };
        for (auto const& r :
             {row{"2015", {2015, 1, 1}, {2015, 12, 31}}, row{"2015年", {2015, 1, 1}, {2015, 12, 31}},
              row{"2015-06", {2015, 6, 1}, {2015, 6, 30}}, row{"2015年6月", {2015, 6, 1}, {2015, 6, 30}},
              row{"2015-Q3", {2015, 7, 1}, {2015, 9, 30}}, row{"2015年三季度", {2015, 7, 1}, {2015, 9, 30}},
              row{"2015年第二季度", {2015, 4, 1}, {2015, 6, 30}}, row{"2015-H1", {2015, 1, 1}, {2015, 6, 30}},
              row{"2015上半年", {2015, 1, 1}, {2015, 6, 30}},
              row{"2015年下半年", {2015, 7, 1}, {2015, 12, 31}},
              row{"2015年前三季度", {2015, 1, 1}, {2015, 9, 30}},
              row{"2016-2020", {2016, 1, 1}, {2020, 12, 31}}, row{"十三五", {2016, 1, 1}, {2020, 12, 31}},
              row{"2015-01-01/2015-05-31", {2015, 1, 1}, {2015, 5, 31}}}) {
            CAPTURE(r.period);
            rules::yaml::file_context ctx;
            ctx.path = "t.csv";
            ctx.catalog = &rules::yaml::builtin_catalog();
            auto const f = rules::yaml::load_figures_csv(
                std::string("region,metric,measure,period,value,unit\n示例区,地区生产总值,growth,") +
                    r.period + ",7,%\n",
                ctx);
            INFO(errors_of(f));
            REQUIRE(f.ok());
            REQUIRE(f.statements.size() == 1);
            CHECK(f.statements[0].period->begin == r.begin);
            CHECK(f.statements[0].period->end == r.end);
        }
    }

    TEST_CASE("the store takes a valid rule file whole and a file with any error not at all") {
        test::temp_dir dir;
        auto const db = (dir / "luoshi.db").string();
        test::write_file(dir / "goals.yaml",
                         "region: 示例区\ndate: 2015-01-20\ngoals:\n  - id: gdp\n"
                         "    goal: 地区生产总值增长8%以上\n  - goal: 城镇登记失业率控制在4%以内\n");
        auto const ok = test::run_luoshi({"ingest", "--db", db, "goals.yaml"}, dir.path(), dir.path());
        INFO(ok.err);
        REQUIRE(ok.exit_code == 0);
        CHECK(ok.out.find("2 goals and 0 figures added") != std::string::npos);

        // one good goal and one bad one: nothing of the file is stored, the error names the place
        test::write_file(dir / "more.yaml",
                         "region: 示例区\ndate: 2015-01-20\ngoals:\n"
                         "  - goal: 新增城镇就业1.2万人\n  - goal: 居民收入增长%\n");
        auto const bad = test::run_luoshi({"ingest", "--db", db, "more.yaml"}, dir.path(), dir.path());
        CHECK(bad.exit_code == 2);
        CHECK(bad.err.find("more.yaml:5:17: error: expected 数值") != std::string::npos);
        auto const listed =
            test::run_luoshi({"rules", "--db", db, "--format", "json"}, dir.path(), dir.path());
        REQUIRE(listed.exit_code == 0);
        CHECK(nlohmann::json::parse(listed.out).size() == 2);

        // an id given by hand is one goal in the whole store
        test::write_file(dir / "again.yaml",
                         "region: 东湖区\ndate: 2015-02-01\ngoals:\n  - id: gdp\n"
                         "    goal: 地区生产总值增长7%左右\n");
        auto const taken = test::run_luoshi({"ingest", "--db", db, "again.yaml"}, dir.path(), dir.path());
        CHECK(taken.exit_code == 2);
        CHECK(taken.err.find("the id `gdp` is taken by goals.yaml") != std::string::npos);

        // the same file changed in place: the new version replaces the old, unchanged goals keep their ids
        auto const before = nlohmann::json::parse(listed.out);
        test::write_file(dir / "goals.yaml",
                         "region: 示例区\ndate: 2015-01-20\ngoals:\n  - id: gdp\n"
                         "    goal: 地区生产总值增长8%以上\n  - goal: 城镇登记失业率控制在4%以内\n"
                         "  - goal: 新增城镇就业1.2万人以上\n");
        auto const changed = test::run_luoshi({"ingest", "--db", db, "goals.yaml"}, dir.path(), dir.path());
        INFO(changed.err);
        REQUIRE(changed.exit_code == 0);
        auto const after = nlohmann::json::parse(
            test::run_luoshi({"rules", "--db", db, "--format", "json"}, dir.path()).out);
        REQUIRE(after.size() == 3);
        CHECK(after[0]["id"] == before[0]["id"]);
        CHECK(after[1]["id"] == before[1]["id"]);
    }

    TEST_CASE("exported goals ingested into a new store are the same goals") {
        test::temp_dir dir;
        auto const db = (dir / "a.db").string(), db2 = (dir / "b.db").string();
        auto const reports = (test::source_dir() / "examples" / "reports").string();
        REQUIRE(test::run_luoshi({"ingest", "--db", db, reports}, dir.path()).exit_code == 0);
        auto const out = (dir / "exported.yaml").string();
        auto const exported = test::run_luoshi({"rules", "--db", db, "-o", out}, dir.path(), dir.path());
        INFO(exported.err);
        REQUIRE(exported.exit_code == 0);
        auto const in = test::run_luoshi({"ingest", "--db", db2, out}, dir.path(), dir.path());
        INFO(in.err);
        REQUIRE(in.exit_code == 0);
        auto strip = [](nlohmann::json j) {
            for (auto& g : j) g.erase("source");
            return j;
        };
        auto const a = strip(nlohmann::json::parse(
            test::run_luoshi({"rules", "--db", db, "--format", "json"}, dir.path()).out));
        auto const b = strip(nlohmann::json::parse(
            test::run_luoshi({"rules", "--db", db2, "--format", "json"}, dir.path()).out));
        REQUIRE(a.size() >= 20);
        CHECK(a.size() == b.size());
        for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
            CAPTURE(i);
            CHECK(a[i].dump() == b[i].dump());
        }
        // the same goals are refused in the store they came from: they are stored already
        auto const twice = test::run_luoshi({"ingest", "--db", db, out}, dir.path(), dir.path());
        CHECK(twice.exit_code == 2);
        CHECK(twice.err.find("is taken by") != std::string::npos);
    }

    TEST_CASE(
        "explain finds a goal of a rule file that holds several regions, with its own region's figures") {
        test::temp_dir dir;
        auto const db = (dir / "luoshi.db").string();
        auto const examples = test::source_dir() / "examples";
        auto const in = test::run_luoshi({"ingest", "--db", db, "rules", "figures"}, dir.path(), examples);
        INFO(in.err);
        REQUIRE(in.exit_code == 0);
        auto const r = test::run_luoshi({"explain", "--db", db, "--as-of", "2016-06-30", "donghu-2015-01"},
                                        dir.path(), examples);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        CHECK(r.out.find("goal donghu-2015-01  东湖区城镇登记失业率控制在4%以内") != std::string::npos);
        CHECK(r.out.find("figures of 城镇登记失业率 in 东湖区 (1)") != std::string::npos);
        auto const s = test::run_luoshi({"explain", "--db", db, "--as-of", "2016-06-30", "duban-2015-07"},
                                        dir.path(), examples);
        CHECK(s.out.find("goal duban-2015-07  建筑垃圾产生量 about 50万吨") != std::string::npos);
        CHECK(s.out.find("verdict   met as of 2016-06-30") != std::string::npos);
    }

    TEST_CASE("luoshi.yaml in the working directory adds its catalog and sets the tolerance") {
        test::temp_dir dir;
        test::write_file(dir / "luoshi.yaml", "catalog: local-metrics.yaml\ntolerance:\n  rate: 1pp\n");
        test::write_file(
            dir / "local-metrics.yaml",
            "metrics:\n  - name: 夜间经济营业额\n    aliases: [夜经济营业额]\n    polarity: higher\n"
            "    kind: flow\n    units: [元]\n");
        test::write_file(dir / "goals.yaml",
                         "region: 示例区\ndate: 2015-01-20\ngoals:\n"
                         "  - goal: 夜经济营业额增长10%左右\n  - goal: 地区生产总值增长8%左右\n"
                         "figures:\n  - figure: 2015年夜间经济营业额增长9.2%\n"
                         "  - figure: 2015年地区生产总值增长6.8%\n");
        auto const r = test::run_luoshi({"audit", "--as-of", "2016-06-30", "--format", "json", "goals.yaml"},
                                        dir.path(), dir.path());
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        auto const j = nlohmann::json::parse(r.out);
        REQUIRE(j.size() == 2);
        CHECK(j[0]["metric"] == "夜间经济营业额");
        CHECK(j[0]["verdict"] == "met");     // 9.2 within 10 ± 1
        CHECK(j[1]["verdict"] == "missed");  // 6.8 below 8 − 1
        // a flag still wins over the project file
        auto const strict = test::run_luoshi(
            {"audit", "--as-of", "2016-06-30", "--rate-tolerance", "0.5", "--format", "json", "goals.yaml"},
            dir.path(), dir.path());
        CHECK(nlohmann::json::parse(strict.out)[0]["verdict"] == "missed");  // 9.2 below 10 − 0.5

        // a project file with an error stops every command, naming the place
        test::write_file(dir / "luoshi.yaml", "catalog: local-metrics.yaml\ntolerence:\n  rate: 1pp\n");
        auto const broken =
            test::run_luoshi({"audit", "--as-of", "2016-06-30", "goals.yaml"}, dir.path(), dir.path());
        CHECK(broken.exit_code == 2);
        CHECK(broken.err.find(
                  "luoshi.yaml:2:1: error: unknown key `tolerence` in a project file (catalog, tolerance, "
                  "db); did you mean `tolerance`?") != std::string::npos);
    }

    TEST_CASE("a date is written with a four-digit year and a two-digit month and day") {
        CHECK(rules::iso_date(rules::date(2015, 12, 31)) == "2015-12-31");
        CHECK(rules::iso_date(rules::date(2026, 1, 5)) == "2026-01-05");
        CHECK(rules::iso_date(rules::date(1400, 10, 1)) == "1400-10-01");
        CHECK(rules::iso_date(rules::date(9999, 12, 9)) == "9999-12-09");
    }
}

}  // namespace luoshi
