#pragma once

#include <string_view>

// The words the rules of lowering (dsl/lower/) and of the report reader (dsl/report/) look for, beyond the
// keywords: each list is a table of rows (word, a phrase where it matters), and its comment says the role the
// words play. A new word of a known role is a row here, not code.
namespace luoshi::dsl::words {

struct entry {
    std::string_view text;
    std::string_view example;  // a phrase where the word does what the list says ("" where the list's serves)
};

template <std::size_t N>
constexpr bool is_one_of(std::string_view w, entry const (&list)[N]) {
    for (auto const& e : list)
        if (w == e.text) return true;
    return false;
}

template <std::size_t N>
constexpr bool starts_with_one_of(std::string_view w, entry const (&list)[N]) {
    for (auto const& e : list)
        if (w.substr(0, e.text.size()) == e.text) return true;
    return false;
}

template <std::size_t N>
constexpr bool ends_with_one_of(std::string_view w, entry const (&list)[N]) {
    for (auto const& e : list)
        if (w.size() >= e.text.size() && w.substr(w.size() - e.text.size()) == e.text) return true;
    return false;
}

template <std::size_t N>
constexpr bool contains_one_of(std::string_view w, entry const (&list)[N]) {
    for (auto const& e : list)
        if (w.find(e.text) != std::string_view::npos) return true;
    return false;
}

// ── Amounts that are not amounts (dsl/lower/amount_filter.cpp) ──

// Before a quantity: the span of years after it is a time that frames the clause, not its amount
inline constexpr entry years_ahead_leads[] = {
    {"今后", "今后五年城镇新增就业4500万人"},
    {"未来", "未来三年建成保障房2万套"},
    {"过去", "过去五年经济年均增长7.8%"},
    {"这", "这五年"},
    {"今", "今五年"},
    {"后", "后三年"},
};

// Before a count of years: a streak or an approximate span, not a span that frames an amount
inline constexpr entry years_streak_words[] = {{"连续", "连续三年增长10%以上"}, {"近", "近五年来"}};

// Before a Chinese numeral: "several", no amount to check
inline constexpr entry rough_count_words[] = {{"数", "数百名代表"}};

// Before one unit of time: a demonstrative, so the pair names a time, not an amount
inline constexpr entry one_time_demonstratives[] = {
    {"这", "这一年"}, {"那", "那一天"}, {"每", "每一天"}, {"同", "同一年"}, {"过去", "过去一年"},
};

// After a span of time: it qualifies what follows (两周内, 24小时带班)
inline constexpr entry span_closers[] = {{"内", "两周内办结"}};

// Words before 年 that measure something in years, so the years are an amount
inline constexpr entry measured_in_years[] = {
    {"年限", "受教育年限从10.23年提高到10.8年"},
    {"寿命", "人均预期寿命提高1岁"},
    {"年龄", "平均年龄"},
    {"工龄", ""},
    {"期限", ""},
    {"周期", "建设周期缩短到一年半"},
    {"工期", "工期一年"},
    {"时限", "办理时限压缩到3年"},
    {"时间", ""},
};

// Before 的 and a noun: the amount is the worth of what was given, not a description of it
inline constexpr entry worth_words[] = {{"价值", "价值70余万元的慰问金"}};

// Before an amount: a standard it is compared with, not a figure
inline constexpr entry standard_words[] = {{"标准", "远超国家标准11.5平方米"}};

// Right after an amount: a condition, not a target
inline constexpr entry condition_words[] = {{"才能", "支持率90%以上才能实施"}, {"才可", ""}, {"方可", ""}};

// After a number: a document or a road number (12号文件, 910#道路)
inline constexpr entry number_marks[] = {{"#", "910#道路"}, {"＃", ""}};
inline constexpr entry number_suffixes[] = {{"号", "12号文件"}};

// After a bare number: it numbers a list item (1、 2. 3）)
inline constexpr entry list_number_points[] = {{".", "1.加快"}, {"．", ""}};
inline constexpr entry list_number_brackets[] = {{"）", "(二）"}, {")", ""}};

// ── The metric's words (dsl/lower/metric_span.cpp) ──

// Words that join the items of a list: the verb before the first carries on to the next
inline constexpr entry list_connectors[] = {{"和", "下降40%和20%"}, {"及", ""}, {"与", ""}, {"以及", ""}};

// The metrics listed before 分别, split on these
inline constexpr entry respectively_separators[] = {
    {"、", "城镇、农村居民人均可支配收入分别增长4.5%、5.5%"}, {"和", ""}, {"及", ""}, {"与", ""}};

// A particle in the verb group: 增长了8%
inline constexpr entry verb_particles[] = {{"了", "增长了8%"}};

// After a count of years that heads a clause: the word that closes the span (五年内, 两年来)
inline constexpr entry years_span_closers[] = {
    {"内", "五年内"}, {"来", "两年来"}, {"中", "五年中"}, {"间", "三年间"}};

// The words that open such a span before the metric (今后三年各级政府拟投入…), and the first character of
// each, where the tokenizer may have split them (今 + 后)
inline constexpr entry years_span_leads[] = {{"今后", "今后三年各级政府拟投入"}, {"未来", ""}, {"过去", ""}};
inline constexpr entry years_span_openers[] = {{"今", "今后"}, {"未", "未来"}, {"过", "过去"}};

// A bare investment after a clause about projects is the investment of those projects
inline constexpr entry project_money[] = {{"投资", "实施重大项目100个，完成投资240亿元"}, {"资金", ""}};
inline constexpr entry projects[] = {{"项目", ""}};

// A metric ending in these is the growth of the metric before them when the catalog knows that one
inline constexpr entry growth_rate_suffixes[] = {{"增长率", "GDP增长率8%"}, {"增速", "工业增速10%"}};

// A metric ending in these is a share or a rate: a percentage of it is its level
inline constexpr entry rate_endings[] = {
    {"率", "城镇化率达到60%"},   {"比重", "服务业比重达到45%"}, {"占比", ""}, {"比例", ""},
    {"覆盖面", "医保覆盖面95%"},
};

// ── The measure (dsl/lower/measure.cpp) ──

// A percentage of these, after 的, is progress toward a target, not a share
inline constexpr entry progress_in_metric[] = {
    {"目标", "占全年目标任务的70.7%"},
    {"任务", ""},
    {"工程量", "完成总工程量的60%"},
    {"计划", ""},
    {"工程", ""},
    {"总量", ""},
};
inline constexpr entry progress_before_amount[] = {
    {"目标任务", "占全年目标任务的70.7%"},
    {"工程量", "完成总工程量的60%"},
    {"任务的", ""},
    {"计划的", ""},
    {"整体工程", ""},
};

// In the metric of a progress figure: where the words of what progresses end
inline constexpr entry progress_cuts[] = {{"已", "拆迁已完成"}, {"完成", "拆迁完成"}};

// Words of the figure cue that make a verb of the level: 达到了, 实现了
inline constexpr entry level_figure_cues[] = {{"达到了", "人均收入达到了3万元"}, {"实现了", ""}};

// ── Milestones (dsl/lower/milestone.cpp) ──

// A clause that ends in one of these is an event: 2016年全面完成安置
inline constexpr entry closing_events[] = {
    {"完成", "2016年全面完成安置"}, {"建成", "年底建成"}, {"安置", "全部安置"}};

// Event words that say a completion
inline constexpr entry completions[] = {
    {"建成", "蓝天广场建成"}, {"竣工", "一期竣工"}, {"完工", ""},     {"投用", ""}, {"开业", ""},
    {"通车", "大桥通车"},     {"投入使用", ""},     {"建成投用", ""},
};

// Before the event: not done yet
inline constexpr entry not_yet_words[] = {{"即将", "即将完工"}, {"正在", "正在建设"}};

// Before the event: wished for, with no date to hold it to
inline constexpr entry soon_words[] = {{"早日", "早日启动"}, {"尽快", "尽快完工"}, {"尽早", ""}};

// Figure cues that say a milestone was put off
inline constexpr entry delays[] = {{"推迟", "居民回迁推迟到2016年3月"}, {"延期", ""}, {"延迟", ""}};

// In a milestone's sentence: the event has not happened, or stopped (尚未回迁, 暂停开工); 未 right before the
// event says so too (未开工)
inline constexpr entry not_done_words[] = {
    {"尚未", "尚未回迁"}, {"未能", "未能如期开业"}, {"未按期", ""}, {"未如期", ""}, {"没有", ""},
    {"暂停", "暂停开工"}, {"停止", "停止营业"},     {"停工", ""},   {"搁置", ""},
};

// Words at the front of a milestone's subject that are not its name (verbs, leads), in the order tried
inline constexpr entry subject_front[] = {
    {"实现", ""}, {"完成", ""}, {"加快", ""}, {"推进", ""}, {"督促", ""}, {"抓紧", ""}, {"加强", ""},
    {"做好", ""}, {"其中", ""}, {"全区", ""}, {"力争", ""}, {"确保", ""}, {"争取", ""}, {"推动", ""},
};

// ... and at its end (adverbs and work words: 已顺利, 招商工作), in the order tried
inline constexpr entry subject_back[] = {
    {"已顺利", ""},   {"已经", ""},         {"已", ""},
    {"顺利", ""},     {"全部", ""},         {"全面", ""},
    {"基本", ""},     {"正式", ""},         {"也", ""},
    {"于", ""},       {"并", ""},           {"以及", ""},
    {"均", ""},       {"即将", ""},         {"将", ""},
    {"实现", ""},     {"完成", ""},         {"目标", ""},
    {"工作早日", ""}, {"早日", ""},         {"招商工作", "加快蓝天佳园招商工作，力争6月份开门营业"},
    {"建设进度", ""}, {"改造建设进度", ""}, {"工程进度", ""},
    {"有序", ""},     {"陆续", ""},         {"适时", ""},
};

// A change stated without a number, after these: 去年我国进出口总额出现下降
inline constexpr entry bare_change_cues[] = {
    {"出现", "进出口总额出现下降"}, {"有所", "有所回落"}, {"略有", "略有下降"}, {"同比", "同比下降"}};

// Leading region words of such a change's metric
inline constexpr entry region_leads[] = {
    {"我国", "我国进出口总额出现下降"}, {"全国", ""}, {"全区", ""}, {"全市", ""}, {"全省", ""}, {"全县", ""}};

// ── Times and plans (dsl/lower/clause_context.cpp) ──

// A plan name followed by these is the plan as a document, not a time
inline constexpr entry plan_documents[] = {{"规划", "编制“十三五”规划"}, {"计划", ""}};

// After 五年 / 三年 before its amount: the span looks back (近两年来)
inline constexpr entry looking_back[] = {{"来", "两年来新增就业1.2万人"}};

// ── The shape of a report (dsl/report/) ──

// A line that ends in one of these ends a sentence (a line broken by page layout does not)
inline constexpr entry sentence_ends[] = {
    {"。", ""}, {"！", ""}, {"？", ""}, {"；", ""}, {"：", ""}, {"!", ""},  {"?", ""},
    {";", ""},  {":", ""},  {"…", ""},  {"”", ""},  {"」", ""}, {"）", ""}, {")", ""},
};

// Punctuation inside a line that makes it a sentence, not a heading
inline constexpr entry inner_punctuation[] = {{"，", ""}, {"。", ""}, {"；", ""},
                                              {"、", ""}, {",", ""},  {";", ""}};

// The numerals of a heading's number (一、 （二） 3.) and what follows them
inline constexpr entry heading_numerals[] = {{"一", ""}, {"二", ""}, {"三", ""}, {"四", ""}, {"五", ""},
                                             {"六", ""}, {"七", ""}, {"八", ""}, {"九", ""}, {"十", ""}};
inline constexpr entry heading_number_ends[] = {
    {"、", "一、"}, {"）", "（二）"}, {")", ""}, {".", "3."}, {"．", ""}};

// Lines that start so are bylines, dates of publication and page furniture, not sentences of the report
inline constexpr entry meta_starts[] = {
    {"发布时间", ""}, {"发布日期", ""}, {"来源", ""},   {"作者", ""}, {"记者", ""}, {"编辑", ""},
    {"责任编辑", ""}, {"浏览次数", ""}, {"点击", ""},   {"【", ""},   {"[", ""},    {"打印", ""},
    {"关闭", ""},     {"字号", ""},     {"分享", ""},   {"图片", ""}, {"图为", ""}, {"摄影", ""},
    {"信息来源", ""}, {"发布机构", ""}, {"索引号", ""},
};

// Words of a heading or lead sentence that open a review of results
inline constexpr entry review_words[] = {
    {"工作回顾", "一、2014年工作回顾"},
    {"回顾", ""},
    {"过去一年", ""},
    {"过去的一年", ""},
    {"一年来", ""},
    {"过去五年", ""},
    {"主要成绩", ""},
    {"取得的成绩", ""},
    {"成绩单", ""},
    {"已经过去", "2014年已经过去"},
    {"刚刚过去", ""},
};

// ... and of plans: goals follow
inline constexpr entry plan_words[] = {
    {"工作安排", "二、2015年工作安排"},
    {"工作打算", ""},
    {"工作思路", ""},
    {"目标任务", ""},
    {"主要预期目标", ""},
    {"主要目标", ""},
    {"下一步", ""},
    {"今后", ""},
    {"重点工作", ""},
    {"总体要求", ""},
    {"工作部署", ""},
    {"主要任务", ""},
    {"将着力", ""},
    {"工作任务", ""},
    {"发展目标", ""},
    {"要着力", ""},
    {"已经到来", ""},
    {"新的一年", ""},
    {"展望", ""},
};

// A review of these spans five years, not one
inline constexpr entry five_year_reviews[] = {{"过去五年", ""}, {"过去的五年", ""}, {"五年来", ""}};

// At the start of a sentence inside a paragraph of goals: the rest of the paragraph is results
inline constexpr entry review_openers[] = {
    {"过去一年", "过去一年，我们的各项工作取得了很大成绩"}, {"过去的一年", ""}, {"一年来", ""}, {"去年", ""}};

// At the start of a line: it may open a section (looked at closer)
inline constexpr entry opener_starts[] = {
    {"过去", ""}, {"一年来", ""}, {"去年", ""},     {"今年", ""},
    {"回顾", ""}, {"展望", ""},   {"新的一年", ""}, {"主要预期目标", ""},
};

// The words with which a report opens a part of itself, as opposed to a paragraph's passing 下一步将
inline constexpr entry report_section_openers[] = {
    {"已经过去", ""}, {"刚刚过去", ""}, {"工作回顾", ""}, {"过去一年", ""},     {"过去的一年", ""},
    {"一年来", ""},   {"过去五年", ""}, {"已经到来", ""}, {"主要预期目标", ""}, {"工作安排", ""},
    {"工作打算", ""}, {"新的一年", ""}, {"展望", ""},
};

// The labels of a report's own date near its top (发布时间：2015-01-13)
inline constexpr entry date_labels[] = {{"发布时间", ""}, {"发布日期", ""}, {"日期", ""}, {"时间", ""}};

}  // namespace luoshi::dsl::words
