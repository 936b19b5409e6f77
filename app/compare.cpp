#include "app/compare.hpp"

#include <map>
#include <tuple>

namespace luoshi::app {

namespace {

// Which of two goals of one region and year stands for them: a headline target, a goal due at the year's end
// (not a plan's), the one read first.
bool better(rules::statement const& a, rules::statement const& b, int year) {
    auto const rank = [&](rules::statement const& g) {
        bool const this_year = g.deadline && g.deadline->year() == year;
        return std::tuple{g.headline ? 0 : 1, this_year ? 0 : 1};
    };
    return rank(a) < rank(b);
}

}  // namespace

std::vector<compare_row> compare(judgement const& j, compare_query const& q) {
    std::map<std::pair<std::string, int>, compare_row> rows;
    for (auto const& r : j.rows) {
        auto const& g = j.goals[r.goal];
        if (g.metric != q.metric) continue;
        if (q.year && r.year != *q.year) continue;
        if (q.measure && g.measure != *q.measure) continue;
        if (q.headline && !g.headline) continue;
        auto const key = std::pair{g.region, r.year};
        auto const it = rows.find(key);
        if (it == rows.end()) {
            rows.emplace(key, compare_row{g.region, r.year, r.goal, 0});
            continue;
        }
        ++it->second.others;
        if (better(g, j.goals[it->second.goal], r.year)) it->second.goal = r.goal;
    }
    std::vector<compare_row> out;
    out.reserve(rows.size());
    for (auto& [key, row] : rows) out.push_back(row);
    return out;
}

}  // namespace luoshi::app
