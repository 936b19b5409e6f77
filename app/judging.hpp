#pragma once

#include "app/corrections.hpp"
#include "engine/verdict.hpp"
#include "rules/catalog.hpp"
#include "rules/confidence.hpp"
#include "rules/statement.hpp"
#include "store/database.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

// Judging as of a date, as every command that shows verdicts does it (audit, check, report, explain): the
// policy, which goals a listing shows, the reasons, the run record.
namespace luoshi::app {

// 左右's tolerances from the flags or the project file: finite and not negative, else why not.
std::variant<engine::policy, std::string> make_policy(double rate_tolerance, double amount_tolerance);

// The year a goal belongs to: the year of the report that states it, else its deadline's.
int year_of(rules::statement const& g);

// Whether a goal had been stated by a date: a report dated later had not said it yet.
bool stated_by(rules::statement const& goal, rules::date as_of);

// The figures a verdict rests on, with their part in it (used, earlier level, part of the sum, latest,
// conflict): the contract's `evidence`.
std::vector<std::pair<std::size_t, std::string_view>> evidence_of(engine::verdict const& v);

// The reading a verdict rests on: the figure used, or a pending goal's latest; none when there is none.
std::optional<engine::reading> actual_of(engine::verdict const& v);

// Which goals a listing shows; unset fields take all.
struct filter {
    std::optional<std::string> region;
    std::optional<int> year;
    std::optional<std::string> metric;                          // canonical name
    std::optional<std::string> verdict;                         // met, missed, pending
    rules::confidence min_confidence = rules::confidence::low;  // low: every goal
    bool headline = false;  // only the goals of the passages listing the main targets
};

struct judged_row {
    std::size_t goal = 0;  // index into judgement::goals and ::verdicts
    int year = 0;
    std::string reason;  // built once, for every format and the run record
    rules::confidence_reading confidence;
};

struct judgement {
    std::vector<rules::statement> goals, figures;
    std::vector<engine::verdict> verdicts;          // one per goal
    std::vector<std::optional<applied>> corrected;  // one per goal: what a correction changed, if any
    std::size_t rejected = 0;                       // goals a correction rejects: judged no more, not listed
    // The goals stated by the as-of date that pass the filter, by region and then year, the headline targets
    // first in each (stable).
    std::vector<judged_row> rows;
};

// Judges every goal against the figures as of a date, the reviewer's corrections applied first, and lists
// the goals to show (rejected goals are not).
judgement judge_as_of(std::vector<rules::statement> goals, std::vector<rules::statement> figures,
                      rules::catalog const& catalog, engine::policy const& policy, rules::date as_of,
                      filter const& which, corrections const& fixes = {});

// One goal's verdict with its correction applied: judged against the figure the reviewer chose, if any.
engine::verdict judge_one(rules::statement const& goal, std::vector<rules::statement> const& figures,
                          std::optional<applied> const& fix, rules::catalog const& catalog,
                          engine::policy const& policy, rules::date as_of);

// The run record: a row per goal shown, with the ids of the figures its verdict rests on.
std::vector<store::verdict_row> run_rows(judgement const& j);

}  // namespace luoshi::app
