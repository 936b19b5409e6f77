#include "rules/confidence.hpp"

#include "common/text.hpp"

#include <array>

namespace luoshi::rules {
namespace {

// Words that name no statistic on their own: the verb of a task, or a function word the reader left in front
// of an amount. A metric made only of these is no metric (推进5个, 创建40家, 按照上级下达的3000万元).
struct not_a_name {
    std::string_view text;
    char const* example;
};
constexpr not_a_name not_names[] = {
    {"推进", "推进5个"},
    {"推动", ""},
    {"创建", "创建40家"},
    {"支持", "支持3个"},
    {"启动", "启动3个"},
    {"建设", ""},
    {"新建", ""},
    {"实施", ""},
    {"完成", ""},
    {"实现", ""},
    {"达到", ""},
    {"开展", ""},
    {"办好", "办好10件实事"},
    {"大干", "大干100天"},
    {"壮大", ""},
    {"筹措", "筹措资金"},
    {"解决", ""},
    {"促进", ""},
    {"颁布", ""},
    {"关停", ""},
    {"上线", ""},
    {"竣工", ""},
    {"加快", ""},
    {"提高", ""},
    {"按照上级", "按照上级下达的3000万元"},
    {"下达", ""},
    {"的", ""},
    {"等", "沙洼河等"},
    {"项目", "加快推进中科院棚户区改造等5个项目: which projects, the words do not say"},
    // a measure of a thing with no thing named: whose investment, funds, trade (我区计划投资300万元)
    {"投资", "我区计划投资300万元"},
    {"资金", ""},
    // whose subsidy, for what: 中央财政预算拟安排补助资金1030亿元 (the words do not say)
    {"补助", "中央财政补助资金"},
    {"补贴", ""},
    {"专项", ""},
    {"预算", ""},
    {"交易额", ""},
    {"达标率", "达标率实现90%以上"},
    {"总量", ""},
    {"总额", ""},
    {"金额", ""},
    {"规模", ""},
    // who pays, with no what for: 中央财政还将安排150亿元 (an allocation to some program the words do not
    // name)
    {"中央财政", "今年中央财政将安排832亿元"},
    {"地方财政", ""},
    {"各级财政", ""},
    {"财政", ""},
    {"中央政府", "中央政府拟新增1.18万亿元"},
    {"各级政府", "三年各级政府拟投入8500亿元"},
    {"地方政府", ""},
    {"政府", ""},
    {"安排", ""},
    {"将", ""},
    // how it is done, with no what: 高质量完成40期…任务
    {"高质量", "高质量完成40期国家援外培训任务"},
    {"高水平", ""},
    {"新", "新增"},
    {"此", ""},
    {"分别", ""},
    {"基本", ""},
    {"先", ""},
    {"再", ""},
    {"把", ""},
    {"其中", ""},
    {"共", ""},
    {"累计", ""},
    {"全年", ""},
    {"为", ""},
    {"和", ""},
    {"、", ""},
    {"，", ""},
    {" ", ""},
};

using common::ends_with;

std::size_t characters(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool written_by_hand(statement const& s) {
    std::string_view const r = s.src.report;
    return ends_with(r, ".yaml") || ends_with(r, ".yml") || ends_with(r, ".csv");
}

}  // namespace

bool names_no_metric(statement const& s) {
    if (s.measure == measure::milestone) return false;  // a milestone is of its subject and event
    std::string_view m = s.metric;
    if (characters(m) <= 1) return true;
    while (!m.empty()) {
        std::size_t cut = 0;
        for (auto const& w : not_names)
            if (w.text.size() > cut && ends_with(m, w.text)) cut = w.text.size();
        if (cut == 0) return false;
        m.remove_suffix(cut);
    }
    return true;
}

confidence_reading confidence_of(statement const& s, catalog const& c) {
    if (names_no_metric(s)) return {confidence::low, "no metric named: not judged"};
    if (written_by_hand(s))
        return {c.find(s.metric) || s.measure == measure::milestone ? confidence::high : confidence::medium,
                "written by hand"};
    auto const k = s.scope.kind;
    if (k == scope_kind::unknown)
        return {confidence::low, "the part of the report it is in could not be told"};
    bool const goal = s.kind == statement_kind::goal;
    bool const fits =
        goal ? (k == scope_kind::year_targets || k == scope_kind::plan_targets || k == scope_kind::vision)
             : (k == scope_kind::review_year || k == scope_kind::review_plan);
    bool const known = c.find(s.metric) != nullptr || s.measure == measure::milestone;
    if (known && fits && !s.scope.inferred)
        return {confidence::high, "a catalog statistic in a part of its kind"};
    if (!known) return {confidence::medium, "a metric in its own words, not in the catalog"};
    if (s.scope.inferred) return {confidence::medium, "the part's time told by its content"};
    return {confidence::medium,
            goal ? "a goal outside the parts of targets" : "a figure outside the reviews"};
}

}  // namespace luoshi::rules
