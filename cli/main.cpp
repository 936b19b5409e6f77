#include "cli/commands.hpp"
#include "rules/yaml/load.hpp"

#include <CLI/CLI.hpp>
#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/format.h>

#include <unistd.h>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <tuple>

namespace {

// The known word a typo stands for: a word or two off (rules/yaml's closest), two letters swapped (audti), or
// the one word it begins (aud).
std::optional<std::string> meant(std::string const& word, std::vector<std::string> const& known) {
    if (auto const close = luoshi::rules::yaml::closest(word, known)) return close;
    std::optional<std::string> begun;
    for (auto const& k : known) {
        if (k.size() == word.size())
            for (std::size_t i = 0; i + 1 < word.size(); ++i) {
                std::string swapped = word;
                std::swap(swapped[i], swapped[i + 1]);
                if (swapped == k) return k;
            }
        if (word.size() >= 2 && k.size() > word.size() && k.compare(0, word.size(), word) == 0)
            begun = begun ? std::optional<std::string>("") : k;
    }
    return begun && !begun->empty() ? begun : std::nullopt;
}

// An unknown flag or subcommand named, with the closest known one: `--asof` → did you mean `--as-of`?
bool suggest(CLI::App& app, int argc, char** argv) {
    std::vector<CLI::App*> const used = app.get_subcommands();
    std::vector<std::string> commands;
    for (auto const* c : app.get_subcommands({})) commands.push_back(c->get_name());
    // the first word is the command (`luoshi injest reports` would otherwise run into the command `reports`)
    for (int i = 1; i < argc; ++i) {
        std::string const word = argv[i];
        if (word.empty() || word[0] == '-') continue;
        if (std::find(commands.begin(), commands.end(), word) != commands.end()) break;
        auto const close = meant(word, commands);
        fmt::print(stderr, "error: unknown command `{}`{}\n", word,
                   close ? "; did you mean `" + *close + "`?" : " (`luoshi --help` lists them)");
        return true;
    }
    if (used.empty()) return false;
    CLI::App* const sub = used.front();
    std::vector<std::string> flags;
    for (auto const* opt : sub->get_options()) {
        for (auto const& n : opt->get_lnames()) flags.push_back("--" + n);
        for (auto const& n : opt->get_snames()) flags.push_back("-" + n);
    }
    bool found = false;
    for (int i = 1; i < argc; ++i) {
        std::string word = argv[i];
        if (word.size() < 2 || word[0] != '-' || word == "--") continue;
        if (word[1] != '-' && std::isdigit(static_cast<unsigned char>(word[1]))) continue;  // -3.1, a value
        word = word.substr(0, word.find('='));
        if (std::find(flags.begin(), flags.end(), word) != flags.end()) continue;
        auto const close = meant(word, flags);
        fmt::print(stderr, "error: `luoshi {}` has no flag {}{}\n", sub->get_name(), word,
                   close ? "; did you mean " + *close + "?"
                         : " (`luoshi " + sub->get_name() + " --help` lists them)");
        found = true;
    }
    return found;
}

int run(int argc, char** argv) {
    CLI::App app{
        "luoshi (落实): tracks the goals in Chinese government reports and says whether they were met."};
    app.require_subcommand(1);
    app.set_version_flag("--version", "luoshi 0.1.0");

    // the options several commands share, said once
    auto db_option = [](CLI::App* c, std::string& db) {
        c->add_option("--db", db, "The store (default luoshi.db in the working directory)");
    };
    auto catalog_option = [](CLI::App* c, std::vector<std::string>& catalog) {
        c->add_option("--catalog", catalog, "A metric catalog of your own (YAML), added to the built-in one")
            ->allow_extra_args(
                false);  // one file an occurrence: `--catalog m.yaml REPORT` leaves REPORT an input
    };
    auto tolerance_options = [](CLI::App* c, double& rate, double& amount) {
        c->add_option("--rate-tolerance", rate,
                      "左右 on a rate: ± this many percentage points (default 0.5)");
        c->add_option("--amount-tolerance", amount,
                      "左右 on an amount: ± this fraction of the target (default 0.05)");
    };
    auto confidence_option = [](CLI::App* c, luoshi::rules::confidence& level) {
        std::map<std::string, luoshi::rules::confidence> const levels{
            {"low", luoshi::rules::confidence::low},
            {"medium", luoshi::rules::confidence::medium},
            {"high", luoshi::rules::confidence::high}};
        c->add_option(
             "--min-confidence", level,
             "Only the goals read at least this well: low (all, the default), medium, high (a catalog "
             "statistic in a part of targets, or written by hand)")
            ->transform(CLI::CheckedTransformer(levels, CLI::ignore_case));
    };

    auto corrections_option = [](CLI::App* c, std::string& path) {
        c->add_option(
            "--corrections", path,
            "The reviewers' corrections (default corrections.yaml beside luoshi.yaml), applied before "
            "judging");
    };

    luoshi::cli::parse_options po;
    po.today = boost::gregorian::to_iso_extended_string(boost::gregorian::day_clock::local_day());
    std::string fmt_name = "table";
    auto* parse = app.add_subcommand("parse", "Read one phrase and print the goal or figure it states");
    parse->add_option("phrase", po.phrase, "The phrase, e.g. 地区生产总值增长8%以上")->required();
    parse->add_option("--date", po.date,
                      "The report's date (YYYY-MM-DD): resolves 年底, 明年, 6月份; default today");
    parse->add_option("--kind", po.kind, "Read it as a goal or a figure, whatever its cues say")
        ->check(CLI::IsMember({"goal", "figure"}));
    parse->add_option("--format", fmt_name, "table or json")->check(CLI::IsMember({"table", "json"}));
    catalog_option(parse, po.catalogs);

    luoshi::cli::extract_options eo;
    std::string extract_format = "table";
    auto* extract =
        app.add_subcommand("extract", "Find every goal and result in whole reports; stores nothing");
    extract
        ->add_option(
            "files", eo.files,
            "Reports (.txt, .md; UTF-8 or GB18030), rule files (.yaml, .yml) and figure tables (.csv)")
        ->required()
        ->check(CLI::ExistingFile);
    extract->add_option("--region", eo.region, "The reports' region (otherwise front matter or index.csv)");
    extract->add_option("--date", eo.date,
                        "The reports' date, YYYY-MM-DD (otherwise front matter, index.csv, the text)");
    catalog_option(extract, eo.catalogs);
    extract->add_option("--format", extract_format, "table or json")->check(CLI::IsMember({"table", "json"}));

    luoshi::cli::outline_options oo;
    std::string outline_format = "table";
    auto* outline = app.add_subcommand(
        "outline",
        "The outline of whole reports: title, byline, headings, paragraphs and the time each speaks of");
    outline->add_option("files", oo.files, "Reports (.txt, .md)")->required()->check(CLI::ExistingFile);
    outline->add_option("--region", oo.region,
                        "The reports' region (otherwise front matter, index.csv, the text)");
    outline->add_option(
        "--date", oo.date,
        "The reports' date, YYYY-MM-DD (otherwise front matter, index.csv, the text): it tells "
        "which years are past");
    outline->add_option("--format", outline_format, "table or json")->check(CLI::IsMember({"table", "json"}));

    luoshi::cli::audit_options ao;
    ao.as_of = po.today;
    std::string audit_format = "table";
    auto* audit = app.add_subcommand(
        "audit", "Judge every goal of the reports against their figures: met, missed or pending, and why");
    audit
        ->add_option(
            "files", ao.files,
            "Reports, rule files (.yaml) and figure tables (.csv) to judge directly, without the store; "
            "none: everything in the store")
        ->check(CLI::ExistingFile);
    db_option(audit, ao.db);
    audit->add_option("--as-of", ao.as_of, "Judge as of this date, YYYY-MM-DD (default today)");
    audit->add_option("--date", ao.date,
                      "The reports' date when front matter, index.csv and the text give none, YYYY-MM-DD");
    audit->add_option("--region", ao.region, "Only the goals of this region");
    audit->add_option("--year", ao.year, "Only the goals stated in this year");
    audit->add_option("--metric", ao.metric, "Only the goals of this metric (name or alias: GDP)");
    audit->add_option("--verdict", ao.verdict, "Only met, missed or pending goals")
        ->check(CLI::IsMember({"met", "missed", "pending"}));
    audit->add_flag("--headline", ao.headline,
                    "Only the headline targets: the goals of the passages listing a report's main targets");
    audit->add_flag("--bom", ao.bom,
                    "csv: begin with a byte order mark, so that Excel reads the Chinese right");
    corrections_option(audit, ao.corrections);
    confidence_option(audit, ao.min_confidence);
    tolerance_options(audit, ao.rate_tolerance, ao.amount_tolerance);
    catalog_option(audit, ao.catalogs);
    audit->footer(
        "Exit codes: 0 whatever the verdicts (a missed goal is a result, not an error); 2 a bad flag, or a "
        "report "
        "that cannot be read (named on stderr; the others are still audited).");
    audit->add_option("--format", audit_format, "table, json, csv or markdown")
        ->check(CLI::IsMember({"table", "json", "csv", "markdown"}));

    luoshi::cli::ingest_options io;
    auto* ingest = app.add_subcommand(
        "ingest",
        "Read reports, rule files and figure tables (files, and folders recursively) into the store, each "
        "in one transaction");
    ingest
        ->add_option("paths", io.paths,
                     "Reports (.txt, .md; UTF-8 or GB18030), rule files (.yaml, .yml), figure tables (.csv), "
                     "and folders of them")
        ->required();
    db_option(ingest, io.db);
    ingest->add_option("--region", io.region, "The reports' region (otherwise front matter or index.csv)");
    ingest->add_option("--date", io.date,
                       "The reports' date, YYYY-MM-DD (otherwise front matter, index.csv, the text)");
    catalog_option(ingest, io.catalogs);
    ingest->add_flag("--replace", io.replace,
                     "Store a report again when the same bytes are stored with another region or date");
    ingest->footer(
        "A file whose bytes are stored already is skipped; a file at a stored path with other bytes replaces "
        "the "
        "old version. A rule file or figure table with any error is not stored at all (its errors are "
        "printed "
        "file:line:col, as `luoshi lint` prints them). Exit codes: 0 every input stored or skipped; 2 an "
        "input "
        "could not be read, validated or stored (each named on stderr; the others are stored).");

    luoshi::cli::reports_options ro;
    std::string reports_format = "table";
    auto* reports = app.add_subcommand("reports", "What the store holds: region, date, title, counts");
    db_option(reports, ro.db);
    reports->add_option("--format", reports_format, "table or json")->check(CLI::IsMember({"table", "json"}));

    luoshi::cli::explain_options xo;
    xo.as_of = po.today;
    std::string explain_format = "table";
    auto* explain = app.add_subcommand(
        "explain", "One goal: its sentence, every figure of its metric and what was made of it, the verdict");
    explain
        ->add_option("goal", xo.goal_id,
                     "The goal's id (g…, as `audit --format json` or `--format csv` lists)")
        ->required();
    db_option(explain, xo.db);
    explain->add_option("--as-of", xo.as_of, "Judge as of this date, YYYY-MM-DD (default today)");
    tolerance_options(explain, xo.rate_tolerance, xo.amount_tolerance);
    corrections_option(explain, xo.corrections);
    catalog_option(explain, xo.catalogs);
    explain->add_option("--format", explain_format, "table or json")->check(CLI::IsMember({"table", "json"}));

    luoshi::cli::lint_options lo;
    std::string lint_format = "table";
    auto* lint = app.add_subcommand(
        "lint",
        "Check rule files (.yaml), figure tables (.csv), metric catalogs and luoshi.yaml; store nothing");
    lint->add_option("files", lo.files, "Files, and folders of them (walked recursively)")->required();
    lint->add_option("--region", lo.region, "The region of entries that name none, as ingest would use it");
    lint->add_option("--date", lo.date, "The date stated for entries that give none, YYYY-MM-DD");
    catalog_option(lint, lo.catalogs);
    db_option(lint, lo.db);
    lint->add_option("--format", lint_format, "table (file:line:col messages) or json")
        ->check(CLI::IsMember({"table", "json"}));
    lint->footer("Exit codes: 0 no errors (warnings are fine); 2 a file has an error, or cannot be read.");

    luoshi::cli::rules_options rules_o;
    auto* rules = app.add_subcommand(
        "rules", "The goals as stored, as a rule file that `ingest` reads back to the same goals");
    db_option(rules, rules_o.db);
    rules->add_option("--region", rules_o.region, "Only the goals of this region");
    rules->add_option("--year", rules_o.year, "Only the goals stated in this year");
    rules->add_flag("--figures", rules_o.figures, "The figures too");
    rules->add_option("--format", rules_o.format, "yaml (default) or json")
        ->check(CLI::IsMember({"yaml", "json"}));
    rules->add_option("-o,--output", rules_o.output, "Write to this file instead of stdout");
    catalog_option(rules, rules_o.catalogs);

    luoshi::cli::check_options co;
    co.as_of = po.today;
    std::string check_format = "table";
    auto* check = app.add_subcommand(
        "check",
        "CI on a data drop: ingest it whole or not at all, audit, compare with the baseline, exit code");
    check
        ->add_option("drop", co.drops, "The drop: reports, rule files (.yaml), figure tables (.csv), folders")
        ->required();
    db_option(check, co.db);
    check->add_option("--region", co.region,
                      "Only this region's goals (and the region of inputs naming none)");
    check->add_option("--date", co.date,
                      "The inputs' date when front matter, index.csv and the text give none");
    check->add_option("--as-of", co.as_of, "Judge as of this date, YYYY-MM-DD (default today)");
    check->add_option(
        "--baseline", co.baseline,
        "The verdicts to compare with: a JSON file kept in your repository (absent: every goal is new)");
    check
        ->add_option("--fail-on", co.fail_on,
                     "What makes the check fail (exit 1), one or more of: missed (a goal newly missed; the "
                     "default), changed (any change against the baseline), error (warnings in the inputs, or "
                     "figures that disagree)")
        ->delimiter(',')
        ->allow_extra_args(false)  // one value an occurrence: `--fail-on missed DROP` leaves DROP a drop
        ->take_all()
        ->check(CLI::IsMember({"missed", "changed", "error"}));
    check->add_option("--junit", co.junit,
                      "Write JUnit XML: a test case per goal, missed fails, pending is skipped");
    check->add_option("--summary", co.summary,
                      "Append a Markdown summary (a table of changes and counts), e.g. $GITHUB_STEP_SUMMARY");
    check->add_option("--format", check_format, "table, json or markdown")
        ->check(CLI::IsMember({"table", "json", "markdown"}));
    check->add_flag(
        "--update-baseline", co.update_baseline,
        "Rewrite the baseline with this check's verdicts (the exit code still follows --fail-on)");
    confidence_option(check, co.min_confidence);
    tolerance_options(check, co.rate_tolerance, co.amount_tolerance);
    corrections_option(check, co.corrections);
    catalog_option(check, co.catalogs);
    check->footer(
        "Exit codes: 0 nothing --fail-on names happened; 1 it did; 2 an input of the drop could not be read "
        "or "
        "validated (nothing of the drop is stored and the baseline is not touched), or bad usage.");

    luoshi::cli::history_options ho;
    std::string history_format = "table";
    auto* history =
        app.add_subcommand("history", "How a goal's verdict moved across the runs and drops that judged it");
    history->add_option("goal", ho.goal_id, "The goal's id")->required();
    db_option(history, ho.db);
    history->add_option("--format", history_format, "table or json")->check(CLI::IsMember({"table", "json"}));

    luoshi::cli::report_options rpo;
    rpo.as_of = po.today;
    auto* report = app.add_subcommand(
        "report", "One self-contained HTML page of the goals and their verdicts, to look at or send on");
    report->add_option("--html", rpo.html, "The page to write, e.g. report.html")->required();
    db_option(report, rpo.db);
    report->add_option("--as-of", rpo.as_of, "Judge as of this date, YYYY-MM-DD (default today)");
    report->add_option("--region", rpo.region, "Only the goals of this region");
    report->add_option("--year", rpo.year, "Only the goals stated in this year");
    report->add_flag("--headline", rpo.headline, "Only the headline targets");
    confidence_option(report, rpo.min_confidence);
    tolerance_options(report, rpo.rate_tolerance, rpo.amount_tolerance);
    catalog_option(report, rpo.catalogs);
    corrections_option(report, rpo.corrections);

    luoshi::cli::compare_options cmo;
    cmo.as_of = po.today;
    std::string compare_format = "table";
    auto* compare = app.add_subcommand(
        "compare", "One target across regions: each region's goal of a metric, the actual and the verdict");
    compare->add_option("--metric", cmo.metric, "The metric (name or alias: GDP, 地区生产总值)")->required();
    compare->add_option("--year", cmo.year, "Only the goals stated in this year");
    compare->add_option("--measure", cmo.measure,
                        "Only goals of this measure (growth, level, increase, share, …)");
    compare->add_flag("--headline", cmo.headline, "Only the headline targets");
    db_option(compare, cmo.db);
    compare->add_option("--as-of", cmo.as_of, "Judge as of this date, YYYY-MM-DD (default today)");
    compare->add_option("--format", compare_format, "table, json, csv or markdown")
        ->check(CLI::IsMember({"table", "json", "csv", "markdown"}));
    compare->add_flag("--bom", cmo.bom,
                      "csv: begin with a byte order mark, so that Excel reads the Chinese right");
    tolerance_options(compare, cmo.rate_tolerance, cmo.amount_tolerance);
    catalog_option(compare, cmo.catalogs);
    corrections_option(compare, cmo.corrections);

    luoshi::cli::correct_options cro;
    auto* correct = app.add_subcommand(
        "correct", "Record a reviewer's correction of one goal, by its id, in corrections.yaml (to commit)");
    correct->add_option("goal", cro.goal_id, "The goal's id (g…, as audit --format csv and explain show it)")
        ->required();
    correct->add_flag("--reject", cro.reject, "Not a goal: audits leave it out");
    correct->add_option("--why", cro.why, "Why: kept beside the correction and shown with the verdict");
    correct->add_option("--note", cro.note, "A note shown with the verdict");
    correct->add_option("--metric", cro.metric, "The metric it is of");
    correct->add_option("--region", cro.region, "The region it is of");
    correct->add_option("--comparator", cro.comparator, "One of >=, >, <=, <, =, about, range");
    correct->add_option("--value", cro.value, "The target, in the goal's base unit (5 for 5%)");
    correct->add_option("--low", cro.low, "A range's low end");
    correct->add_option("--high", cro.high, "A range's high end");
    correct->add_option("--deadline", cro.deadline, "The deadline, YYYY-MM-DD");
    correct->add_option("--figure", cro.figure, "The id of the figure to judge it by (f…, as explain lists)");
    correct->add_flag("--undo", cro.undo, "Remove the goal's correction");
    db_option(correct, cro.db);
    correct->add_option("--file", cro.file,
                        "The corrections file (default corrections.yaml beside luoshi.yaml)");

    try {
        app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        // an unknown flag or command said first, and alone: what CLI11 makes of it is only confusing then
        if (e.get_exit_code() != 0 && suggest(app, argc, argv)) return 2;
        int const code = app.exit(e);
        return code == 0 ? 0 : 2;  // usage errors are exit 2 (DESIGN.md)
    }
    // luoshi.yaml in the working directory: its catalogs come first, its tolerances and store apply unless a
    // flag says otherwise
    auto const project = luoshi::cli::read_project();
    if (!project) return 2;
    auto const with_project = [&](std::vector<std::string>& catalogs) {
        catalogs.insert(catalogs.begin(), project->catalogs.begin(), project->catalogs.end());
    };
    for (auto* c : {&po.catalogs, &eo.catalogs, &ao.catalogs, &io.catalogs, &xo.catalogs, &lo.catalogs,
                    &rules_o.catalogs, &co.catalogs, &rpo.catalogs, &cmo.catalogs})
        with_project(*c);
    auto const project_db = [&](CLI::App* c, std::string& db) {
        if (project->db && c->count("--db") == 0) db = *project->db;
    };
    project_db(audit, ao.db);
    project_db(ingest, io.db);
    project_db(reports, ro.db);
    project_db(explain, xo.db);
    project_db(rules, rules_o.db);
    project_db(check, co.db);
    project_db(history, ho.db);
    project_db(report, rpo.db);
    project_db(compare, cmo.db);
    project_db(lint, lo.db);
    project_db(correct, cro.db);
    auto const project_corrections = [&](CLI::App* c, char const* flag, std::string& path) {
        if (c->count(flag) == 0) path = project->corrections;
    };
    project_corrections(audit, "--corrections", ao.corrections);
    project_corrections(explain, "--corrections", xo.corrections);
    project_corrections(check, "--corrections", co.corrections);
    project_corrections(report, "--corrections", rpo.corrections);
    project_corrections(compare, "--corrections", cmo.corrections);
    project_corrections(correct, "--file", cro.file);
    for (auto [c, rate, amount] : {std::tuple{audit, &ao.rate_tolerance, &ao.amount_tolerance},
                                   std::tuple{explain, &xo.rate_tolerance, &xo.amount_tolerance},
                                   std::tuple{check, &co.rate_tolerance, &co.amount_tolerance},
                                   std::tuple{report, &rpo.rate_tolerance, &rpo.amount_tolerance},
                                   std::tuple{compare, &cmo.rate_tolerance, &cmo.amount_tolerance}}) {
        if (project->rate_tolerance && c->count("--rate-tolerance") == 0) *rate = *project->rate_tolerance;
        if (project->amount_tolerance && c->count("--amount-tolerance") == 0)
            *amount = *project->amount_tolerance;
    }
    if (*lint) {
        lo.format = lint_format == "json" ? luoshi::cli::format::json : luoshi::cli::format::table;
        return luoshi::cli::run_lint(lo);
    }
    if (*rules) return luoshi::cli::run_rules(rules_o);
    if (*check) {
        using luoshi::cli::format;
        co.format = check_format == "json"       ? format::json
                    : check_format == "markdown" ? format::markdown
                                                 : format::table;
        return luoshi::cli::run_check(co);
    }
    if (*report) return luoshi::cli::run_report(rpo);
    if (*correct) return luoshi::cli::run_correct(cro);
    if (*compare) {
        using luoshi::cli::format;
        cmo.format = compare_format == "json"       ? format::json
                     : compare_format == "csv"      ? format::csv
                     : compare_format == "markdown" ? format::markdown
                                                    : format::table;
        return luoshi::cli::run_compare(cmo);
    }
    if (*history) {
        ho.format = history_format == "json" ? luoshi::cli::format::json : luoshi::cli::format::table;
        return luoshi::cli::run_history(ho);
    }
    if (*outline) {
        oo.format = outline_format == "json" ? luoshi::cli::format::json : luoshi::cli::format::table;
        return luoshi::cli::run_outline(oo);
    }
    if (*extract) {
        eo.format = extract_format == "json" ? luoshi::cli::format::json : luoshi::cli::format::table;
        return luoshi::cli::run_extract(eo);
    }
    if (*audit) {
        using luoshi::cli::format;
        ao.format = audit_format == "json"       ? format::json
                    : audit_format == "csv"      ? format::csv
                    : audit_format == "markdown" ? format::markdown
                                                 : format::table;
        ao.color = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
        return luoshi::cli::run_audit(ao);
    }
    if (*ingest) {
        io.progress = isatty(STDERR_FILENO) != 0;
        return luoshi::cli::run_ingest(io);
    }
    if (*reports) {
        ro.format = reports_format == "json" ? luoshi::cli::format::json : luoshi::cli::format::table;
        return luoshi::cli::run_reports(ro);
    }
    if (*explain) {
        xo.format = explain_format == "json" ? luoshi::cli::format::json : luoshi::cli::format::table;
        return luoshi::cli::run_explain(xo);
    }
    if (*parse) {
        po.format = fmt_name == "json" ? luoshi::cli::format::json : luoshi::cli::format::table;
        return luoshi::cli::run_parse(po);
    }
    return 2;
}

}  // namespace

// Every command's output is checked: a write that failed (a full disk, a closed file) is an error with exit
// 2, never an exit 0 with the output lost; and no exception ends the process as an abort.
int main(int argc, char** argv) {
    int code = 2;
    int write_error = 0;  // errno of a failed write to stdout
    try {
        code = run(argc, argv);
    } catch (std::exception const& e) {
        auto const* system = dynamic_cast<std::system_error const*>(&e);
        if (!std::ferror(stdout)) {
            std::fflush(stdout);
            std::fputs(("error: " + std::string(e.what()) + "\n").c_str(), stderr);
            return 2;
        }
        write_error = system ? system->code().value() : 0;
    }
    errno = 0;
    bool const flushed = std::fflush(stdout) == 0;
    if (!flushed && write_error == 0) write_error = errno;
    if (!flushed || std::ferror(stdout)) {
        std::string const why = std::strerror(write_error ? write_error : EIO);
        std::fputs(("error: cannot write the output: " + why + "\n").c_str(), stderr);
        return 2;
    }
    return code;
}
