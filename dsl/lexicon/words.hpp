#pragma once

#include "common/text.hpp"

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
        if (common::starts_with(w, e.text)) return true;
    return false;
}

template <std::size_t N>
constexpr bool ends_with_one_of(std::string_view w, entry const (&list)[N]) {
    for (auto const& e : list)
        if (common::ends_with(w, e.text)) return true;
    return false;
}

// The word with the entries of the list taken from its front (or its end), again and again, never the whole
// of it: 用于支持老旧小区改造 → 老旧小区改造; …平均每 → …
template <std::size_t N>
constexpr std::string_view without_repeated(std::string_view w, entry const (&list)[N], bool front) {
    for (bool cut = true; cut;) {
        cut = false;
        for (auto const& e : list)
            if (w.size() > e.text.size() &&
                (front ? common::starts_with(w, e.text) : common::ends_with(w, e.text))) {
                front ? w.remove_prefix(e.text.size()) : w.remove_suffix(e.text.size());
                cut = true;
            }
    }
    return w;
}
template <std::size_t N>
constexpr std::string_view without_leading(std::string_view w, entry const (&list)[N]) {
    return without_repeated(w, list, true);
}
template <std::size_t N>
constexpr std::string_view without_trailing(std::string_view w, entry const (&list)[N]) {
    return without_repeated(w, list, false);
}

// The entry a word ends with, if any
template <std::size_t N>
constexpr entry const* ending_one_of(std::string_view w, entry const (&list)[N]) {
    for (auto const& e : list)
        if (common::ends_with(w, e.text)) return &e;
    return nullptr;
}

// The entry a word starts with, if any
template <std::size_t N>
constexpr entry const* starting_one_of(std::string_view w, entry const (&list)[N]) {
    for (auto const& e : list)
        if (common::starts_with(w, e.text)) return &e;
    return nullptr;
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
    {"明", "今明两年企业退休人员基本养老金每年提高10%左右 (今 | 明: two tokens)"},
    {"未来", "未来三年建成保障房2万套"},
    {"过去", "过去五年经济年均增长7.8%"},
    {"这", "这五年"},
    {"今", "今五年"},
    {"后", "后三年"},
    {"用", "用两年时间将筹资标准提高到50元"},
};

// Before a count of years: a streak or an approximate span, not a span that frames an amount
inline constexpr entry years_streak_words[] = {{"连续", "连续三年增长10%以上"}, {"近", "近五年来"}};

// Before a Chinese numeral: "several", no amount to check
inline constexpr entry rough_count_words[] = {{"数", "数百名代表"}};

// Before one unit of time: a demonstrative, so the pair names a time, not an amount
inline constexpr entry one_time_demonstratives[] = {
    {"这", "这一年"}, {"那", "那一天"}, {"每", "每一天"}, {"同", "同一年"}, {"过去", "过去一年"},
};

// A horizon with no end named: the goals of its sentence have no deadline (今后一个时期，…促进约1亿农业转移
// 人口落户城镇 is no goal of the report's year)
inline constexpr entry open_horizons[] = {{"今后一个时期", "今后一个时期，着重解决好现有“三个1亿人”问题"},
                                          {"今后一段时期", ""},
                                          {"今后一段时间", ""}};

// After an amount's name: the word that says it is a sum, no part of the name (财政赤字合计9500亿元)
inline constexpr entry sum_words[] = {{"合计", "财政赤字合计9500亿元"}, {"总计", ""}, {"共计", ""}};

// After a date opened by 从 or 自: the day things start (从5月1日起, 自7月1日开始), not a deadline
inline constexpr entry start_closers[] = {{"起", "从5月1日起，将试点范围扩大到建筑业"}, {"开始", ""}};

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

// 按照 … 要求 around an amount: the rule followed, cited (按照上级60%人员下沉社区的要求)
inline constexpr entry rule_openers[] = {
    {"按照", "按照上级60%人员下沉社区的要求"}, {"依照", ""}, {"根据", ""}};
inline constexpr entry rule_closers[] = {{"要求", ""}, {"规定", ""}};

// Right before an amount: a verb of using what there is (a fund, a quota), whose amount is the size of what
// is used, not an amount to reach
inline constexpr entry verbs_of_using[] = {
    {"用好", "用好1800亿元引导基金"}, {"管好", ""},   {"用足", ""},
    {"盘活", "盘活存量资金3000亿元"}, {"运用好", ""}, {"使用好", ""},
};

// Right before a clause's verb: it was done already (国家已设立400亿元…基金)
inline constexpr entry done_marks[] = {{"已经", ""}, {"已", "国家已设立400亿元新兴产业创业投资引导基金"}};

// Opening the clause after amounts: a record said of them (今年高校毕业生749万人，为历史最高)
inline constexpr entry records_said[] = {{"为历史", "今年高校毕业生749万人，为历史最高"}, {"创历史", ""}};

// Right before an amount: how large a thing is, said with weight (高达, 多达), not a level set
inline constexpr entry sizes_stressed[] = {{"高达", "今年高校毕业生将高达765万人"}, {"多达", ""}};

// Right after an amount: a condition, not a target
inline constexpr entry condition_words[] = {{"才能", "支持率90%以上才能实施"},
                                            {"才可", ""},
                                            {"方可", ""},
                                            {"就能", "有6.5%－7%的增速就能够实现比较充分的就业"},
                                            {"就可以", ""}};

// After a number: a document or a road number (12号文件, 910#道路)
inline constexpr entry number_marks[] = {{"#", "910#道路"}, {"＃", ""}};
inline constexpr entry number_suffixes[] = {{"号", "12号文件"}};
// 省委十二届十一次全会: a term (届) and the plenary of it (次 before a meeting) number a meeting
inline constexpr entry term_units[] = {{"届", "十二届"}};
inline constexpr entry meeting_units[] = {{"次", "十一次全会"}};
inline constexpr entry meetings[] = {
    {"全会", "十一次全会"}, {"全体会议", ""}, {"会议", ""}, {"代表大会", ""}, {"党代会", ""}};

// After a bare number: it numbers a list item (1、 2. 3）)
inline constexpr entry list_number_points[] = {{".", "1.加快"}, {"．", ""}};
inline constexpr entry list_number_brackets[] = {{"）", "(二）"}, {")", ""}};

// ── The metric's words (dsl/lower/metric_span.cpp) ──

// Words that join the items of a list: the verb before the first carries on to the next
inline constexpr entry list_connectors[] = {{"和", "下降40%和20%"}, {"及", ""}, {"与", ""}, {"以及", ""}};

// The metrics listed before 分别, split on these
inline constexpr entry respectively_separators[] = {
    {"、", "城镇、农村居民人均可支配收入分别增长4.5%、5.5%"}, {"和", ""}, {"及", ""}, {"与", ""}};

// Verbs that make stronger what is there (industries, clusters): a count right after one counts the set
// worked on (dsl/lower/amount_filter.cpp). 支持 and 提升 are not here: 支持533个县级图书馆 and
// 提升40所普通高中办学能力 count what was done
inline constexpr entry strengthening_verbs[] = {
    {"做强", "做优做强5个国家先进制造业集群"},
    {"聚焦", "聚焦28条重点产业链"},
    {"围绕", "围绕乳制品、牛羊肉等10个品类"},
    {"做优", ""},
    {"做大", ""},
    {"做精", ""},
    {"壮大", ""},
    {"抓实", "盯紧抓实64个预增产值过10亿元的工业新增长点"},
    {"盯紧", ""},
};

// Verbs of working on what is there (speeding it up, pushing it on, backing it): a count after names and 等
// under one says how many the names stand for, the set worked on, not a number to reach
// (dsl/lower/amount_filter.cpp). A verb that makes or completes (建成, 新建, 开工) before the count makes it
// a target again: 加快建成A、B等5个项目
inline constexpr entry working_on_verbs[] = {
    {"加快", "加快南阳等4个国家现代流通战略支点城市建设"},
    {"推进", "推进郑州、洛阳等5个城市更新试点"},
    {"推动", "推动钢铁、煤炭等10个传统产业提质升级"},
    {"支持", "支持巩义、永城、林州等10个有条件的县（市）发展成为中等城市"},
    {"配合", "配合市上轨道交通等19个重点市政项目"},
};

// What the state designates: a count of such things (国家先进制造业集群, 国家级新型城镇化试点) under a verb
// that neither makes nor wins them (加快发展, 优化, 支持, 推动) is the set there is, not a number to reach
// (dsl/lower/amount_filter.cpp); made, won or added (建设, 获批, 新增) it is one
inline constexpr entry designated_by_the_state[] = {{"国家级", "支持3个国家级保种场"},
                                                    {"国家", "加快发展5个国家先进制造业集群"}};
// ... but not countries (与54个国家和地区开展科技合作)
inline constexpr entry countries[] = {{"国家和", "180个国家和地区"}, {"国家及", ""}, {"国家与", ""}};
// ... and not under a verb that wins a designation
inline constexpr entry winning_verbs[] = {{"获批", "争取获批1—2个国家级现代农业产业园"},
                                          {"争取", ""},
                                          {"争创", ""},
                                          {"申建", ""},
                                          {"创建", ""},
                                          {"落户", ""}};

// Before a span of time: how much earlier or later a thing is done (dsl/lower/amount_filter.cpp)
inline constexpr entry earlier_or_later[] = {
    {"早", "确保早一天开工"}, {"晚", ""}, {"提前", "保交房项目提前3个月"}, {"推迟", ""}, {"延后", ""}};
// The last character of a span of time written out (一天, 3个月): dsl/lower/milestone.cpp
inline constexpr entry time_span_ends[] = {
    {"天", "早一天开工"}, {"日", ""}, {"周", ""}, {"月", "提前3个月交付"}, {"年", ""}};
// The report's region naming itself at the start of a sentence (dsl/lower/amount_filter.cpp)
inline constexpr entry region_naming_itself[] = {{"我区", "我区每年接待游客近3亿人次"},
                                                 {"我省", ""},
                                                 {"我市", ""},
                                                 {"我县", ""},
                                                 {"我国", "我国有14亿多人口"}};
// Before a verb and 的, what is done already (dsl/lower/amount_filter.cpp)
inline constexpr entry done_already_words[] = {{"已经", "对已经谋划的近1400个重点工业项目"}, {"已", ""}};
// A goal's cue only where the part of the report does not say which (dsl/lower/clause_context.cpp)
inline constexpr entry allocation_cues[] = {{"安排", "中央财政安排51亿元，用于支持地方加强公共卫生服务"},
                                            {"新安排", "保障性安居工程新安排740万套"}};
// 有 that denies having (没有): not a statement of what there is
inline constexpr entry having_not[] = {{"没有", ""}, {"未有", ""}};
// A verb of doing that ends the words before a count: the list before it says where or for whom, and the
// count is what is done (在A、B、C建设3个社区托老站)
inline constexpr entry doing_before_a_count[] = {{"建设", "在A、B、C建设3个社区托老站"},
                                                 {"新建", ""},
                                                 {"建成", ""},
                                                 {"打造", ""},
                                                 {"培育", ""},
                                                 {"建立", ""},
                                                 {"设立", ""},
                                                 {"实施", ""},
                                                 {"改造", ""},
                                                 {"新增", ""},
                                                 {"开工", ""},
                                                 {"引进", ""}};

// After an amount and before a noun: the class of things of that size (dsl/lower/amount_filter.cpp)
inline constexpr entry class_bounds[] = {{"及以下", "关停淘汰10万千瓦及以下燃煤机组"}, {"及以上", ""}};

// The parts of a text counted or numbered: 以下10个方面工作, 23个主要指标, 附件1
// (dsl/lower/amount_filter.cpp)
inline constexpr entry text_parts[] = {
    {"方面", "重点做好以下10个方面工作"}, {"主要指标", "五大类23个主要指标"}, {"指标", "设置了29项指标"}};
// The matters a text goes on to list, when the count's noun is all that is left of the clause:
// 今年重点抓好三件事。 一是…
inline constexpr entry matters_listed[] = {{"事", "今年重点抓好三件事"},
                                           {"大事", ""},
                                           {"工作", "今年要集中力量抓好三项工作"},
                                           {"环节", "着重抓好四个环节"}};
inline constexpr entry annex_words[] = {{"附件", "附件1"}, {"附表", ""}, {"注释", ""}};

// A number that starts with one of these has no digit before its magnitude (千亩, 百万吨): a size class when
// a noun follows (dsl/lower/amount_filter.cpp)
inline constexpr entry magnitudes[] = {
    {"百", "百万吨化工新材料基地"}, {"千", "千亩高产片"}, {"万", "万亩示范区"}, {"亿", ""}};

// Words that end the list before 分别 and are no part of its names: 年均, 平均每50公斤
inline constexpr entry list_tail_words[] = {
    {"年均", "装备制造产业增加值年均分别增长"}, {"平均", ""}, {"每", ""}};

// Who or when an amount is per, between the verb and the amount: 提高到每人每年240元 (longest first)
inline constexpr entry per_words[] = {{"每人每年", "补助标准提高到每人每年240元"},
                                      {"每人每月", ""},
                                      {"每人", ""},
                                      {"人均每年", "人均每年增长10%左右"},
                                      {"人均", "新标准提高到人均1196元"}};

// 分别 after a list: what the first item is counted per, written once at the list's head, holds for every
// item that names no statistic of its own (单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%:
// three intensities, not total emissions)
inline constexpr entry per_unit_heads[] = {
    {"单位国内生产总值", "单位国内生产总值能耗和二氧化碳排放分别降低16%和17%"},
    {"单位地区生产总值", ""},
    {"单位生产总值", ""},
    {"单位GDP", ""},
    {"万元国内生产总值", ""},
    {"万元地区生产总值", ""},
    {"万元生产总值", ""},
    {"万元GDP", ""},
};

// 分别 after a list: the last item's name ends with the words all items share, from the first of these on
// (原煤、原油、天然气产量 → 原煤产量; 城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入)
inline constexpr entry shared_heads[] = {
    {"参保率", "城镇职工基本医疗保险、城镇居民基本医疗保险和新型农村合作医疗参保率"},
    {"居民", "城镇、农村居民人均可支配收入"},
    {"人均", ""},
    {"增加值", "文化及相关产业、旅游及相关产业增加值占比"},
    {"产量", "原煤、原油、天然气产量"},
    {"进出口", "对东盟、共建一带一路国家进出口总额"},
    {"出口", ""},
    {"进口", ""},
    {"产值", ""},
    {"比重", ""},
    {"占比", ""},
    {"收入", ""},
    {"总额", ""},
    {"总量", ""},
    {"播种面积", "林下经济面积、产值; 粮食播种面积: 粮食's"},
    {"面积", ""},
    {"人数", ""},
    {"投资", ""},
    {"利润", ""},
    {"价格", ""},
    {"指数", ""},
    {"覆盖率", ""},
    {"达标率", ""},
    {"普及率", ""},
    {"率", ""},
};

// A word before 分别 that names two items in one: 城乡居民人均可支配收入分别增长5%、6.5% is of 城镇 and 农村
struct compound_entry {
    std::string_view text, first, second;
};
inline constexpr compound_entry compounds[] = {{"城乡", "城镇", "农村"}};

// Adverbs between a metric's name and its verb: 比率再降低0.5个百分点, 粮食产量继续保持500亿斤以上
inline constexpr entry adverbs_before_a_verb[] = {{"再", "比率再降低0.5个百分点"},
                                                  {"还", ""},
                                                  {"也", ""},
                                                  {"进一步", ""},
                                                  {"继续", "粮食产量继续保持500亿斤以上"},
                                                  {"持续", "城镇调查失业率持续控制在5.5%以内"},
                                                  {"始终", ""},
                                                  {"仍", ""},
                                                  {"原则上", "公务接待费等支出原则上零增长"}};

// Adverbs that, with those before a verb, name nothing alone: words before an amount made only of them leave
// the amount's metric to the clause before (继续推进保障性安居工程建设，基本建成500万套) or to the words
// before a time (企业退休人员基本养老金今年再提高10%)
inline constexpr entry adverbs_alone[] = {
    {"基本", "基本建成500万套"}, {"先", "今年拟先增加50亿元"}, {"拟", ""}, {"都", ""}, {"均", ""}};

// A total of nothing named: the total of what the clause before counted
// (建设筹措保障性租赁住房7万套，实现“十四五” 末总量达到60万套: the housing's total;
// dsl/lower/metric_span.cpp)
inline constexpr entry bare_totals[] = {
    {"总量", "实现“十四五”末总量达到60万套"}, {"总数", ""}, {"总规模", ""}};

// Adverbs between a counted noun and the cue after it: …示范点建设也将梯次推进
inline constexpr entry adverbs_before_a_cue[] = {
    {"也", "示范点建设也将梯次推进"}, {"还", ""}, {"都", ""}, {"均", ""}};

// A particle in the verb group: 增长了8%
inline constexpr entry verb_particles[] = {{"了", "增长了8%"}};

// After a count of years that heads a clause: the word that closes the span (五年内, 两年来)
inline constexpr entry years_span_closers[] = {
    {"内", "五年内"}, {"来", "两年来"},       {"中", "五年中"},
    {"间", "三年间"}, {"时间", "用两年时间"}, {"累计", "五年累计，共淘汰落后炼铁产能1.17亿吨"}};

// ... and those of them that may open the token of the words after the span (三年内参保率; not 中, which
// opens 中央: 五年中央财政用于科技的投入)
inline constexpr entry span_closers_in_a_token[] = {{"内", "三年内参保率均提高到90%以上"}, {"来", ""}};

// The words that open such a span before the metric (今后三年各级政府拟投入…), and the first character of
// each, where the tokenizer may have split them (今 + 后)
inline constexpr entry years_span_leads[] = {{"今后", "今后三年各级政府拟投入"},
                                             {"未来", ""},
                                             {"过去", ""},
                                             {"用", "用两年时间将筹资标准提高到50元"},
                                             {"今明", "今明两年企业退休人员基本养老金每年提高10%左右"}};
inline constexpr entry years_span_openers[] = {{"今", "今后"}, {"未", "未来"}, {"过", "过去"}, {"用", "用"}};

// A bare investment after a clause about projects is the investment of those projects
inline constexpr entry project_money[] = {{"投资", "实施重大项目100个，完成投资240亿元"}, {"资金", ""}};
inline constexpr entry projects[] = {{"项目", ""}};
// Heads that name no kind of thing alone: which projects, which matters, the words before them say
// (实施“三化”改造 项目300个, 实施卫生健康为民服务15项实事; dsl/lower/metric_span.cpp)
inline constexpr entry generic_heads[] = {{"项目", "实施“三化”改造项目300个"},
                                          {"实事", "实施卫生健康为民服务15项实事"}};
// After a list of statistics and before its verb: each of them (…和新型农村合作医疗参保率均达到90%以上,
// 二氧化硫、化学需氧量排放量都要减少2%)
inline constexpr entry each_of_a_list[] = {{"均", "三项医保参保率均达到90%以上"},
                                           {"都", "二氧化硫、化学需氧量排放量都要减少2%"}};

// After a count of people: the whole people, counted to say how many there are (把13亿中国人的饭碗牢牢端在
// 自己手中, 充分释放十几亿人口蕴藏的巨大消费潜力), no amount to reach
inline constexpr entry whole_peoples[] = {
    {"中国人", "解决13亿中国人的吃饭问题"}, {"人民", ""}, {"人口", "十几亿人口"}};
// ... and what follows the count when its unit took the 人 of 人口 (十几亿人 | 口)
inline constexpr entry rest_of_a_people[] = {{"口", "充分释放十几亿人口蕴藏的巨大消费潜力"}};

// Before a percentage and 的 + a noun: the share of that noun reached (4G网络覆盖90%的行政村)
inline constexpr entry verbs_of_reaching[] = {
    {"覆盖", "高铁营业里程达到3万公里、覆盖80%以上的大城市"}, {"惠及", "惠及90%的农村人口"}, {"通达", ""}};

// Right after an amount: a conjunction that opens a second predicate, so what follows is no noun the amount
// counts (继续代地方发债2000亿元并纳入地方预算)
inline constexpr entry predicate_conjunctions[] = {{"并", "代地方发债2000亿元并纳入地方预算"}, {"且", ""}};

// ... but not these words that open with 并 (设立100亿元并购基金, 并网发电)
inline constexpr entry words_opening_with_bing[] = {
    {"并购", "设立100亿元并购基金"}, {"并网", "新增并网装机"}, {"并表", ""}, {"并联", ""}, {"并行", ""}};

// Words that open with 等 and close no list (新建1000公里等级公路, 等待)
inline constexpr entry words_opening_with_deng[] = {
    {"等级", "新建1000公里等级公路"}, {"等待", ""}, {"等候", ""}, {"等同", ""}, {"等于", ""}, {"等额", ""}};

// Heads of housing a work provides: after a verb of that work they are no object of it but the thing named
// with it (棚户区改造住房1000万套 is housing of the renovation, not 住房)
inline constexpr entry housing_heads[] = {
    {"住房", "开工建设保障性住房、棚户区改造住房1000万套"}, {"用房", ""}, {"安置房", ""}};

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

// Right before an amount, these name it as the target, whatever the part of the report
// (占目标任务2580人的108%)
inline constexpr entry target_nouns[] = {{"目标任务", "占目标任务2580人的108%"}, {"目标", "年度目标5亿元"}};

// Words of the figure cue that make a verb of the level: 达到了, 实现了
inline constexpr entry level_figure_cues[] = {{"达到了", "人均收入达到了3万元"}, {"实现了", ""}};

// ── Milestones (dsl/lower/milestone.cpp) ──

// A clause that ends in one of these is an event: 2016年全面完成安置
inline constexpr entry closing_events[] = {
    {"完成", "2016年全面完成安置"}, {"建成", "年底建成"}, {"安置", "全部安置"}};

// Events that take no object: before the head of a name they are part of it (园区运营模式, 入住率, 开工率,
// 通车里程; but 通车运行 and 挂牌运行 are events), and 运营 on its own is the running of a thing
// (知识产权运营, 提升项目运营) unless a verb of opening comes right before it (开港运营, 贯通运营; 投入运营,
// 建成运营 and 正式运营 are keywords of their own)
inline constexpr entry events_without_object[] = {
    {"运营", "园区运营模式改革"},
    {"营业", ""},
    {"开业", ""},
    {"开园", ""},
    {"开馆", ""},
    {"竣工", ""},
    {"完工", ""},
    {"投用", ""},
    {"投入使用", ""},
    {"投产", ""},
    {"通车", "通车里程"},
    {"入驻", ""},
    {"入住", "入住率"},
    {"回迁", ""},
    {"挂牌", "企业挂牌上市计划"},
    {"开工", "开工率"},
    {"搬迁", "避险搬迁一期工程总结评估"},
};
// The head of a noun phrase an event word sits in, at the phrase's end: work, a plan or a place, not a thing
// that happens (避险搬迁一期工程总结评估, 企业挂牌上市“玉如意计划”, 搬迁集中安置点)
inline constexpr entry work_heads[] = {
    {"评估", "避险搬迁一期工程总结评估"},
    {"计划", "企业挂牌上市“玉如意计划”"},
    {"工作", ""},
    {"行动", ""},
    {"方案", ""},
    {"政策", ""},
    {"安置点", "搬迁集中安置点"},
    {"机制", ""},
    {"模式", ""},
};
inline constexpr entry running_not_start[] = {{"运营", "提升政府投资效益和项目运营"}};
inline constexpr entry name_heads[] = {
    {"率", "入住率"},     {"里程", "通车里程"}, {"总里程", "通车总里程突破1万公里"},
    {"模式", "运营模式"}, {"机制", ""},         {"体制", ""},
    {"质效", ""},         {"效率", ""},         {"效益", ""},
    {"管理", ""},         {"主体", ""},         {"平台", ""},
    {"公司", ""},         {"资金", ""},         {"成本", ""},
    {"收入", ""},         {"规模", ""},         {"能力", ""},
    {"水平", ""},         {"额", "营业额"},     {"面积", "营业面积"},
    {"时间", "营业时间"},
};
// ... and the one-character heads that make any event word the start of a name (先行启动区, 建成区, 开工率)
inline constexpr entry heads_after_any_event[] = {{"区", "推动先行启动区开展压力测试"}, {"率", "开工率"}};
inline constexpr entry openings_before_running[] = {{"开港", "周口港中心作业区开港运营"},
                                                    {"贯通", "贯通运营"},
                                                    {"开通", ""},
                                                    {"通车", ""},
                                                    {"开业", ""},
                                                    {"建成", ""},
                                                    {"投产", ""},
                                                    {"竣工", ""}};

// The measurements of a thing, not something done to it: 占地面积9亩，建筑面积14700平方米，涉及拆迁5栋楼162户
// 的…工程全面开工 describes the project whose start is the point (with a verb before them,
// 完成建筑面积10万平方米 is a result)
inline constexpr entry attributes_of_a_thing[] = {
    {"占地", "占地40亩"}, {"建筑面积", "建筑面积14700平方米"}, {"用地面积", ""},
    {"规划面积", ""},     {"全长", "全长12公里的东环路"},      {"涉及", "涉及拆迁5栋楼162户"},
};

// A project promised by its verb, first or last, with no amount: 建成人防应急指挥中心, 开工建设牡敦高铁,
// 完成北环路、雁白大桥建设, 北外环道路开工建设 — the verb, and the heads a project's name ends with
// The heads of a project's name that a size may stand in (兰州石化120万吨乙烯改造项目;
// dsl/lower/amount_filter.cpp)
inline constexpr entry sized_project_heads[] = {{"项目", "开工建设兰州石化120万吨乙烯改造项目"},
                                                {"工程", ""}};
inline constexpr entry project_verbs[] = {
    {"建成", "建成人防应急指挥中心"},
    {"完成", "完成北环路、雁白大桥建设"},
    {"开工建设", "开工建设牡敦高铁"},
    {"新开工", ""},
    {"新建", "新建创意设计专业孵化器"},
    {"成立", "成立现代服务业办公室"},
    {"维修加固", "维修加固杨家湾吊桥"},
    {"组建", "组建运营甘肃农商银行"},
    {"核准", "争取后安、公婆泉、钱阳山等煤矿项目核准"},
};
inline constexpr entry project_heads[] = {
    {"工程", ""},
    {"项目", ""},
    {"中心", "人防应急指挥中心"},
    {"大桥", ""},
    {"桥", "维修加固杨家湾吊桥"},
    {"煤矿", "开工建设安家庄、唐家河、新柏煤矿"},
    {"孵化器", "新建创意设计专业孵化器"},
    {"办公室", "成立现代服务业办公室"},
    {"委员会", "成立政府法律专家咨询委员会"},
    {"大厅", "建成“网上信访大厅”"},
    {"园区", "建成九州“主食厨房”食品安全示范园区"},
    {"公路", ""},
    {"道路", ""},
    {"高铁", ""},
    {"铁路", ""},
    {"学校", ""},
    {"医院", ""},
    {"大楼", ""},
    {"馆", ""},
    {"厂", ""},
    {"小区", ""},
    {"建设", "雁白大桥建设"},
    {"改造", ""},
    {"改扩建", ""},
    {"隧道", ""},
    {"机场", ""},
    {"码头", ""},
    {"水库", ""},
    {"管网", ""},
    {"公园", ""},
    {"广场", ""},
    {"住院部", ""},
    {"安置房", ""},
    {"综合体", ""},
    {"集团", "组建省种业集团"},
    {"银行", "组建运营甘肃农商银行"},
    {"研究院", ""},
    {"实验室", ""},
    {"基地", "高水平建成全国区域性科技创新及转化基地"},
    {"目的地", "基本建成全国重要的文化传承创新基地和优秀旅游目的地"},
    {"灌区", "建成驮英水库及灌区"},
    {"口岸", "全面建成友谊关智慧口岸"},
    {"泊位", ""},
    {"泊位群", "开工建设六横佛渡千万级集装箱泊位群"},
    {"期", "建成凤凰机场三期"},
    {"高速", "建成白永、呼凉高速"},
    {"段", "开工建设海乌段、乌巴段"},
    {"网架", "全面建成“四横六纵”主干网架"},
    {"林带", "实现沙漠锁边林带合龙"},
    {"枢纽", ""},
    {"航道", ""},
    {"管道", ""},
    {"电站", ""},
    {"线", "开工建设嘉闵线北延伸轨道交通线"},
    {"校区", "全面建成海南师范大学桂林洋校区"},
    {"院区", "建成中山医院国家医学中心青浦院区"},
    {"剧院", "建成开放上海大歌剧院"},
    {"设施", "建成白龙港三期污水处理设施"},
    {"平台", "建成城市信息模型基础平台"},
    {"机组", "实现昌江核电二期三号机组并网发电"},
};

// An event held (办好第十七届省运会, 召开全省服务业发展大会) and a document issued
// (制定实施县域经济发展意见): a milestone when the verb pairs with the head of such a name (办好农村寄宿学校
// runs a school well: no event)
// How a thing is done, before the verb of a milestone: 高水平办好兰洽会
inline constexpr entry manner_words[] = {{"高水平", "高水平办好兰洽会、文博会"},
                                         {"全面", "全面完成洛河流域保护和修复工程"},
                                         {"高质量", ""},
                                         {"高标准", ""},
                                         {"务实", ""},
                                         {"精心", ""},
                                         {"全力", ""},
                                         {"积极", "积极申建中国（甘肃）自由贸易试验区"},
                                         {"基本", "基本建成全国重要的文化传承创新基地"},
                                         {"加力", "加力创建西南岩溶国家公园和南宁国家植物园"},
                                         {"科学", "科学编制“十五五”规划"},
                                         {"分区分类", "分区分类建设高标准农田980万亩以上"},
                                         {"集中连片", ""}};
inline constexpr entry holding_verbs[] = {{"举办", ""},
                                          {"办好", "办好第十七届省运会"},
                                          {"召开", "召开全省服务业发展大会"},
                                          {"承办", ""},
                                          {"合办", "合办“百业千企AI转型联合大赛”"},
                                          {"承办好", ""},
                                          {"做好", "做好第四次全国农业普查"},
                                          {"抓好", "抓好第四次全国文物普查"},
                                          {"筹办", ""},
                                          {"筹办好", "筹办好第四届国际医学创新合作论坛"}};
inline constexpr entry event_heads[] = {
    {"大会", "召开全省服务业发展大会"},
    {"运动会", ""},
    {"省运会", ""},
    {"博览会", ""},
    {"论坛", ""},
    {"赛事", ""},
    {"消费节", ""},
    {"艺术节", ""},
    {"文化节", ""},
    {"旅游节", ""},
    {"博会", "高水平办好兰洽会、文博会"},
    {"洽会", ""},
    {"交易会", ""},
    {"大典", "办好公祭伏羲大典"},
    {"马拉松", "办好省第十六届运动会、兰州国际马拉松"},
    {"纪念活动", ""},
    {"峰会", ""},
    {"世界杯", ""},
    {"锦标赛", ""},
    {"普查", "做好第四次全国农业普查"},
    {"主场活动", "办好“中国航天日”主场活动"},
    {"赛", "举办“三月三”国际民歌邀请赛"},
    {"展会", "办好世界互联网大会乌镇峰会…等展会"},
    {"视听周", "办好中国—东盟视听周"},
    {"年会", "办好博鳌亚洲论坛2025年年会"},
    {"电影节", "持续办好海南岛国际电影节"},
    {"购物节", "办好“五五购物节”"},
    {"运会", "办好第十五届省运会暨第九届残运会"},
    {"奥会", "办好自治区第十六届运动会、第七届残特奥会"},
    {"主会场活动", "承办好“5·18国际博物馆日”中国主会场活动"},
    // the last word of a gathering's name, whatever comes before it: a meeting or fair (…会), a festival
    // (…节), a season or week of events (…季, …周)
    {"换届选举", "依法有序开展村（社区）换届选举"},
    {"会", "高水平举办…等重大节会"},
    {"节", "举办世界华人炎帝故里寻根节"},
    {"艺术季", "举办长江文化艺术季"},
    {"活动周", ""},
};
// Words that end like a gathering's name and are none: a step of work, a season, a holiday (抓好几个环节,
// 开展春节等节假日…活动); and the government's own working meetings, its conduct, no event for the public
// (召开一季度经济运行分析会)
inline constexpr entry not_gatherings[] = {{"环节", "抓好几个环节"},
                                           {"细节", ""},
                                           {"季节", ""},
                                           {"关节", ""},
                                           {"春节", "开展春节等节假日…活动"},
                                           {"机会", ""},
                                           {"社会", ""},
                                           {"委员会", ""},
                                           {"分析会", "召开一季度经济运行分析会"},
                                           {"调度会", ""},
                                           {"座谈会", ""},
                                           {"推进会", ""},
                                           {"例会", ""},
                                           {"工作会", ""},
                                           {"常务会", ""},
                                           {"务虚会", ""}};
inline constexpr entry issuing_verbs[] = {
    {"制定", "制定实施县域经济发展意见"},
    {"出台", ""},
    {"印发", ""},
    {"编制", "编制实施“九五”普法规划"},
    {"编制好", "编制好新一轮发展规划"},
    {"编纂", "编纂《河西走廊通史》"},
    {"发布", "发布新一批“上海标准”"},
    {"修订", "修订“零关税”进口交通工具及游艇管理办法"},
    {"公布", "公布“权力清单”和“负面清单”"},
    {"批准实施", "力争批准实施《九州经济开发区发展规划》"},
};
inline constexpr entry document_heads[] = {
    {"规划", ""},
    {"方案", ""},
    {"意见", "制定实施县域经济发展意见"},
    {"办法", ""},
    {"条例", ""},
    {"措施", "出台“十五五”支持稀土产业高质量发展的政策措施"},
    {"计划", "出台民营经济高质量发展三年行动计划"},
    {"》", "编纂《河西走廊通史》"},
    {"法规", "配合市人大及其常委会出台新一批浦东新区法规"},
    {"清单", "出台实施自贸港数据出境管理清单"},
    {"目录", ""},
    {"标准", "发布新一批“上海标准”"},
};
// A campaign carried out or completed (完成第三轮清洁空气行动计划, 实施邮轮旅游高质量发展行动): the verb, and
// the heads of such a program's name
inline constexpr entry campaign_verbs[] = {{"完成", "完成第三轮清洁空气行动计划"}};
inline constexpr entry campaign_heads[] = {{"行动", "实施邮轮旅游高质量发展行动"},
                                           {"行动计划", "完成第三轮清洁空气行动计划"},
                                           {"任务", "完成第四次全国文物普查任务"},
                                           {"改革", "完成集体林权制度改革"},
                                           {"整治", "全面完成重要干支流入河排污口清理整治"},
                                           {"调查", "完成全国残疾人基本服务状况和需求专项调查"},
                                           {"普查", ""},
                                           {"评估", "完成区域文化资源分类分级评估"},
                                           {"征地拆迁", "完成兰钢小区、一只船片区项目征地拆迁"},
                                           {"铺设", "完成605#、606#道路给水管网铺设"},
                                           {"地勘工作", "完成九州区域未利用地地勘工作"}};
// A pilot started (开展证照分离试点, 在全国开展消费金融公司试点): its verb is a keyword (role::pilot_start),
// and the heads of a pilot's name
inline constexpr entry pilot_heads[] = {{"试点", "开展服务贸易创新发展试点"}, {"试点工作", ""}};
// A designation sought (创建国家未来产业先导区, 申建自由贸易试验区): the verb, and the heads of a title a
// place or a body is given
inline constexpr entry designation_verbs[] = {{"创建", "创建国家未来产业先导区"},
                                              {"申建", "积极申建中国（甘肃）自由贸易试验区"},
                                              {"争创", ""},
                                              {"设立", "争取设立成都国家植物园"}};
inline constexpr entry designation_heads[] = {
    {"先导区", "创建国家未来产业先导区"},
    {"试验区", "申建中国（甘肃）自由贸易试验区"},
    {"示范区", "创建国家文物保护利用示范区"},
    {"景区", "创建国家5A级景区"},
    {"度假区", "创建国家级旅游度假区"},
    {"高新区", "创建国家级高新区"},
    {"枢纽", "创建商贸服务型国家物流枢纽"},
    {"创新中心", "创建国家重离子装备制造及应用制造业创新中心"},
    {"文明城市", ""},
    {"卫生城市", ""},
    {"森林城市", ""},
    {"园林城市", ""},
    {"保税区", "设立科创综合保税区"},
    {"合作区", ""},
    {"植物园", "争取设立成都国家植物园"},
    {"国家公园", "加力创建西南岩溶国家公园"},
    {"基金", "设立稀土产业基金"},
    {"经开区", "推动武威工业园区创建国家经开区"},
};
// Before a place that seeks a designation: pushed or helped to (推动武威工业园区创建国家经开区)
inline constexpr entry pushing_verbs[] = {
    {"推动", "推动武威工业园区创建国家经开区"},
    {"支持", ""},
    {"鼓励", ""},
    {"配合", "配合市人大及其常委会出台新一批浦东新区法规"},
};

// A state an event reaches, rather than a thing that happens once (dsl/lower/milestone.cpp) ...
inline constexpr entry states_reached[] = {{"全覆盖", "推动规上工业企业研发活动全覆盖"}};
// ... and the verbs that push toward it without promising it by a date
inline constexpr entry pushing_toward[] = {{"推动", "推动规上工业企业研发活动全覆盖"},
                                           {"推进", "推进市场准入效能评估全覆盖"},
                                           {"促进", ""},
                                           {"加快", ""},
                                           {"逐步", ""}};

// Event words that say a completion
inline constexpr entry completions[] = {
    {"建成", "蓝天广场建成"}, {"竣工", "一期竣工"}, {"完工", ""},     {"投用", ""}, {"开业", ""},
    {"通车", "大桥通车"},     {"投入使用", ""},     {"建成投用", ""},
};

// Before the event: not done yet
inline constexpr entry not_yet_words[] = {{"即将", "即将完工"}, {"正在", "正在建设"}};

// Before the event: wished for, with no date to hold it to
inline constexpr entry soon_words[] = {{"早日", "早日启动"}, {"尽快", "尽快完工"}, {"尽早", ""}};

// Before a program's name (三年行动计划): the program is started or written, not carried out
inline constexpr entry program_starts[] = {
    {"启动", "启动第二期学前教育三年行动计划"},
    {"制定", ""},
    {"编制", ""},
    {"出台", ""},
    {"印发", ""},
    {"完成", "完成美丽上海建设三年行动计划"},
    // ... or one under way since an earlier year, whose current year the amounts are
    // (深入实施…三年行动计划，引进 精深加工项目200个以上: this year's)
    {"深入实施", "深入实施农产品加工业高质量发展三年行动计划"},
    {"持续实施", ""},
    {"继续实施", ""},
};

// A word ending in 了 tells a thing done (确定了, 建成了): a result, as 已 does — except these, where 了 is
// no aspect
inline constexpr entry le_not_done[] = {{"为了", "为了群众"}, {"除了", ""}, {"不了", "少不了"}, {"罢了", ""}};

// Right after the event: it is a condition for what follows (启用后的社区托老站具有…功能), not promised
inline constexpr entry after_event_words[] = {{"后", "启用后的社区托老站"}, {"以后", ""}, {"之后", ""}};

// Before the event: a routine, a process that goes on, or an encouragement to others — nothing that happens
// by a date (逐年安排搬迁, 有序推进…避险搬迁安置, 鼓励…实行房票安置)
inline constexpr entry ongoing_words[] = {
    {"逐年", "逐年安排搬迁避让过渡用房"},
    {"每年", ""},
    {"有序推进", "有序推进…避险搬迁安置"},
    {"稳步推进", ""},
    {"持续推进", ""},
    {"逐步", ""},
    {"鼓励", "鼓励有条件的地方实行房票安置"},
};
// Before the event: what a sum is for, no event promised
// (中央财政安排1000亿元专项奖补资金，重点用于职工分流安置)
inline constexpr entry purpose_words[] = {{"用于", "重点用于职工分流安置"}};
// ... and the adverbs of focus before it (主要用于, 重点用于)
inline constexpr entry focus_adverbs[] = {{"主要", "主要用于"}, {"重点", "重点用于"}};

// Verbs of strengthening that open a clause: what follows is a continuing effort, no event promised
// (dsl/lower/milestone.cpp); inside a name they are none (全面深化改革系列重点任务启动实施)
inline constexpr entry effort_verbs[] = {{"加强", "加强搬迁群众后续扶持"},
                                         {"强化", "强化退役军人、退出消防员就业安置"},
                                         {"开展", "开展新一轮避险搬迁和工程治理"},
                                         {"完善", ""},
                                         {"深化", ""},
                                         {"健全", ""}};

// Verbs of saying: the words after them are another body's, quoted (省委全会明确提出，要实施…专项). In a part
// of no time (a glossary) a strength or cue among them is not the report's own
inline constexpr entry saying_verbs[] = {
    {"提出", "省委十二届五次全会明确提出，要实施前沿科技攻坚突破行动"},
    {"指出", "会议指出，要加快建设…"},
    {"强调", "讲话强调，要确保…"},
    {"部署", "全会部署，要力争…"},
};

// At the front of a milestone's subject: done for each of a kind, a routine (精心编制每个新型社区的具体规划)
inline constexpr entry each_words[] = {{"每个", "编制每个新型社区的具体规划"},
                                       {"每一个", ""},
                                       {"各个", ""},
                                       {"各市县", "各市县至少建设1家婴幼儿照护服务机构"},
                                       {"各县", ""},
                                       {"各地", ""}};

// A milestone's subject that names only the people who move (居民回迁): they are those of the project the
// clause before works on, when it names one (督促南陈伍寨二期改造工程进度，确保10月实现居民回迁)
inline constexpr entry people_moved[] = {{"居民", "实现居民回迁"}, {"群众", ""}, {"村民", ""}, {"住户", ""}};
// ... a project's name may end in the work done on it (南陈伍寨二期改造)
inline constexpr entry works_on_a_project[] = {{"改造", "南陈伍寨二期改造"}, {"建设", ""}, {"安置", ""}};

// Heads that end a name in a list of subjects, besides those of projects, events and documents (锦江路、
// 西院路; 换热站、调压站) (dsl/lower/milestone.cpp)
inline constexpr entry heads_in_a_list[] = {{"路", "锦江路、西院路、漓江路等道路"},
                                            {"站", "热力换热站、燃气调压站等项目"},
                                            {"桥", ""},
                                            {"港", ""},
                                            {"园", ""}};

// A phase that opens an item of a list, which names the project of the item before (引绰济辽一期、二期工程)
inline constexpr entry phase_ordinals[] = {
    {"一期", ""}, {"二期", "引绰济辽一期、二期工程"}, {"三期", ""}, {"四期", ""}};

// The work the last of a list of named subjects ends with, which is every item's (完成北环路、雁白大桥建设;
// 完成保交楼、保交房任务) (dsl/lower/milestone.cpp)
inline constexpr entry work_shared_by_a_list[] = {
    {"建设", "完成北环路、雁白大桥建设"}, {"改造", ""}, {"改扩建", ""}, {"任务", "完成保交楼、保交房任务"}};

// Right after a milestone's event, a verb that goes on with it (启动运行城关区老年大学: 启动运行)
inline constexpr entry event_continuations[] = {
    {"运行", "启动运行城关区老年大学"}, {"运营", ""}, {"实施", ""}, {"好", "组建运营好省能源发展集团"}};

// A milestone's subject that names no project, only a kind of them (推动新建项目尽快开工)
inline constexpr entry unnamed_projects[] = {{"项目", ""},     {"新建项目", "推动新建项目尽快开工"},
                                             {"重大项目", ""}, {"重点项目", ""},
                                             {"在建项目", ""}, {"续建项目", ""}};

// Right before an event: planned for, not promised (谋划启动甘川新通道建设; but 谋划多年的…工程启动 happened)
inline constexpr entry planned_only[] = {{"谋划", "谋划启动甘川新通道建设"}};

// Before 一批: words that number the batch (第一批, 新一批) or name a programme (“三个一批”); without them,
// 一批 before an amount is a batch of a number unstated, the amount their class
// (培育一批产值超500亿、1000亿优势特色 产业集群; dsl/lower/amount_filter.cpp)
inline constexpr entry batch_numbers[] = {{"第", "第一批48个“公益+”项目"},
                                          {"新", "新一批22项新城功能性导入事项"},
                                          {"个", "实施“三个一批”项目1.68万个"},
                                          {"“", ""}};

// At the front of a milestone's subject: an unstated number of things (一批, 更多), none of them named, so no
// event to hold anyone to (创建一批国家技术创新中心, 恢复和开通更多国际航线)
inline constexpr entry unstated_numbers[] = {{"一批", "创建一批国家技术创新中心"},
                                             {"更多", "开通更多国际航线"},
                                             {"若干", ""},
                                             {"一些", ""},
                                             {"多个", ""}};

// The kind a list of named things closes with after 等, besides the head of a project's name
// (…高速公路等项目, …等重大工程, …等重大平台: project_heads) (dsl/lower/milestone.cpp)
inline constexpr entry kinds_after_a_list[] = {{"活动", "…等重大活动"},
                                               {"赛事", "…等重大赛事"},
                                               {"地标", "殷墟博物馆新馆、大河村遗址博物馆等文化新地标"}};

// ... of which these say the things listed are events held (办好…、中俄文化大集等活动)
inline constexpr entry kinds_of_events[] = {{"活动", "办好第八届省旅游产业发展大会、…中俄文化大集等活动"},
                                            {"赛事", ""}};

// A campaign's name that names no task: all of them, or the targets as a whole (dsl/lower/milestone.cpp)
inline constexpr entry all_the_tasks[] = {{"各项任务", "全面完成今年经济社会发展的各项任务"},
                                          {"各项目标任务", ""},
                                          {"发展目标任务", "确保完成经济社会发展目标任务"},
                                          {"发展任务", "要完成新阶段的发展任务"},
                                          {"规划目标任务", "高质量完成“十四五”规划目标任务"},
                                          {"急难险重", "完成急难险重任务"},
                                          {"年度改革任务", "完成年度改革任务"},
                                          {"各项改革", "完成各项改革"}};

// An inspection passed is a milestone from the verb on: 智慧城市项目通过国家验收 (subject 智慧城市项目, event
// 通过国家验收)
inline constexpr entry inspections[] = {{"验收", "通过国家验收"}};
inline constexpr entry passing_verbs[] = {{"通过", "智慧城市项目通过国家验收"}};

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
    {"并实施", "制定并实施投资体制改革方案"},
    {"和实施", ""},
    {"并", ""},
    {"实现", ""},
    {"完成", ""},
    {"加快", ""},
    {"推进", ""},
    {"督促", ""},
    {"抓紧", ""},
    {"加强", ""},
    {"做好", ""},
    {"其中", ""},
    {"全区", ""},
    {"力争", ""},
    {"确保", ""},
    {"争取", ""},
    {"推动", ""},
    {"抓好", "抓好“十五五”规划编制"},
    {"力促", "力促平凉机场尽早开工"},
    {"全力确保", "全力确保平陆运河建成通航"},
    {"支持", "支持创建成都国家植物园"},
    {"做到", "做到省级环保督察市州全覆盖"},
    {"鼓励", ""},
    {"了", "制定了《关于深化改革严格土地管理的决定》"},
    {"完善", "修订完善《现代服务业发展规划》"},
};

// ... and at its end (adverbs and work words: 已顺利, 招商工作), in the order tried
inline constexpr entry subject_back[] = {
    {"已顺利", ""},
    {"已经", ""},
    {"已", ""},
    {"顺利", ""},
    {"全部", ""},
    {"全面", ""},
    {"基本", ""},
    {"正式", ""},
    {"也", ""},
    {"于", ""},
    {"并", ""},
    {"以及", ""},
    {"均", ""},
    {"即将", ""},
    {"将", ""},
    {"实现", ""},
    {"完成", ""},
    {"目标", ""},
    {"工作早日", ""},
    {"早日", ""},
    {"尽早", "力促平凉机场尽早开工"},
    {"尽快", ""},
    {"招商工作", "加快蓝天佳园招商工作，力争6月份开门营业"},
    {"建设进度", ""},
    {"改造建设进度", ""},
    {"工程进度", ""},
    {"有序", ""},
    {"陆续", ""},
    {"适时", ""},
    {"提前", "南水北调东线一期工程提前通水"},
    {"全线", "实现引绰济辽一期、二期工程全线通水"},
};

// What a clause with no amount works on, for the amount of the next clause that names nothing
// (实施新一轮农村公路提升行动，新（改）建6000公里 → 农村公路; 继续实施退耕还林还草，今年拟安排500万亩): the
// words after its verb, without these at the front (verbs, adverbs, 新一轮) ...
inline constexpr entry object_front[] = {
    {"继续", "继续实施退耕还林还草"},
    {"培育发展", "培育发展电子商务产业"},
    {"发展", "加快发展会展经济"},
    {"深入", ""},
    {"加快", ""},
    {"大力", ""},
    {"实施", ""},
    {"加大", "加大保障性安居工程建设力度"},
    {"开展", ""},
    {"推进", ""},
    {"新一轮", "实施新一轮农村公路提升行动"},
    {"全力", ""},
    {"服务", "全力服务企业投资项目，加快推进中科院棚户区改造等5个项目"},
    {"深化", "深化职务科技成果权属改革，形成10个以上典型案例"},
    {"整合", "整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元"},
    {"提高", "今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右"},
    {"完善", ""},
};
// ... and these at the end (the campaign or effort around it), in the order tried
inline constexpr entry object_back[] = {
    {"提升行动", "农村公路提升行动"},
    {"行动", ""},
    {"建设力度", "保障性安居工程建设力度"},
    {"力度", ""},
    {"工作", ""},
    {"制度", "城乡居民基本医保制度"},
};

// Measures that name no statistic by themselves: of what the sentence opened by working on
// (培育发展电子商务产业， …，交易额达到260亿元 → 电子商务交易额)
inline constexpr entry generic_measures[] = {
    {"交易额", "培育发展电子商务产业，…，交易额达到260亿元"},
    {"项目", "深入实施城中村改造工程，…，加快建设滩尖子等6个项目"},
    {"资金", ""},
    {"投资", ""},
    {"达标率", ""},
    {"问题解决率", "开展涉企历史遗留问题攻坚行动，力争问题解决率90%以上"},
    {"解决率", ""},
    {"办结率", ""},
    {"满意率", ""},
    {"覆盖率", ""},
    {"典型案例", "深化职务科技成果权属改革，形成10个以上典型案例"},
    {"财政补助", "整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元"},
    {"补助标准", ""},
};
// Measures that are some body's, and name nobody by themselves (包钢集团要全力突围，…，力争营收达到1200亿元):
// of the name that opened the sentence before its 要 (dsl/lower/metric_span.cpp)
inline constexpr entry owned_measures[] = {
    {"营收", "包钢集团要全力突围，…，力争营收达到1200亿元"},
    {"营业收入", ""},
    {"产值", ""},
    {"全产业链产值", "稀土要锚定…，力争全产业链产值突破1300亿元"},
    {"总装机", ""},
    {"电力总装机", "蒙能集团要当好…，力争电力总装机超过4500万千瓦"},
    {"装机", ""},
    {"利润", ""},
    {"利润总额", ""},
    {"销售收入", ""},
    {"营业额", ""},
};
// After 为 and whom it names, a verb of giving or doing for them: every measure of the sentence is theirs
// (dsl/lower/lower.cpp)
inline constexpr entry verbs_of_giving[] = {{"提供", "为退役军人提供5万个就业岗位，开展就业帮扶1万人"},
                                            {"开展", ""},
                                            {"解决", ""},
                                            {"办理", ""},
                                            {"发放", ""},
                                            {"减免", ""},
                                            {"创造", ""}};
// Verbs of raising or setting aside money, and of spending it on a purpose named after the sum (筹措7亿元实施
// 就业惠民工程: 就业惠民工程资金) (dsl/lower/metric_span.cpp)
inline constexpr entry raising_money_verbs[] = {{"筹措", "筹措890.59亿元实施十大为民办实事工程项目"},
                                                {"筹集", ""},
                                                {"安排", ""},
                                                {"统筹", ""},
                                                {"投入", ""}};
inline constexpr entry spending_verbs[] = {
    {"实施", "筹措7亿元实施就业惠民工程"}, {"用于", "安排5亿元用于老旧小区改造"}, {"支持", ""}};

// How a metric names a share of a whole: after 其中, of the whole the statement before measured
// (…投资完成额增长10%，其中制造业占比70%以上) (dsl/lower/metric_span.cpp)
inline constexpr entry share_of_a_whole[] = {{"占比", "其中制造业占比70%以上"}, {"比重", ""}};

// Right after a number, before the noun it counts: how it compares (1亿左右农业转移人口,
// 1000万以上农村贫困人口)
inline constexpr entry bounds_before_a_noun[] = {{"左右", "实现1亿左右农业转移人口在城镇落户"},
                                                 {"以上", "完成1000万以上农村贫困人口脱贫任务"},
                                                 {"以下", ""},
                                                 {"以内", ""}};

// Heads of nouns of people: a number with no unit right before one counts people (再解决3200万农村人口的饮水
// 安全问题) (dsl/lower/amount_value.cpp)
inline constexpr entry people_heads[] = {{"人口", "再解决6000万农村人口的饮水安全问题"},
                                         {"人员", ""},
                                         {"群众", ""},
                                         {"群体", "为80万重点群体提供就业帮扶"},
                                         {"农民", ""},
                                         {"学生", ""},
                                         {"儿童", ""},
                                         {"教师", "提高1200万中小学教师待遇"},
                                         {"职工", ""},
                                         {"老人", ""},
                                         {"居民", ""},
                                         {"毕业生", ""},
                                         {"青年", ""},
                                         {"妇女", ""},
                                         {"患者", ""}};

// Who opens a sentence with 要 as its actor, not as the owner of its measures
inline constexpr entry actors_not_owners[] = {
    {"我们", "我们要坚持…"}, {"各地", ""},     {"各级", ""}, {"政府", ""},
    {"各部门", ""},          {"各级政府", ""}, {"大家", ""}, {"各级干部", ""}};
// ... and the heads of that work dropped before the measure (城中村改造工程 + 项目 → 城中村改造项目)
inline constexpr entry object_heads_before_a_measure[] = {{"工程", "城中村改造工程"},
                                                          {"产业", "电子商务产业"}};

// Words reports quote as figures of speech for places or bodies (86台县域“发动机”, 14列市州“动车组”): a count
// of them counts the places (dsl/lower/amount_filter.cpp)
inline constexpr entry metaphors[] = {
    {"发动机", "86台县域“发动机”高速运转"},
    {"动车组", "14列市州“动车组”节节发力"},
    {"火车头", ""},
    {"领头雁", ""},
    {"排头兵", ""},
    {"主引擎", ""},
    {"桥头堡", ""},
};

// A capacity, before an amount and the name of what has it (完成日处理5万吨水厂改扩建)
inline constexpr entry capacity_words[] = {{"日处理", "完成日处理5万吨水厂改扩建"},
                                           {"日供水", ""},
                                           {"日处理能力", ""},
                                           {"年处理", ""},
                                           {"年产", ""}};

// Levels of government: 、 between two of them joins them inside a noun (列入国家和省、市重点项目计划)
inline constexpr entry government_levels[] = {
    {"国家", ""}, {"省", "列入国家和省、市重点项目计划"}, {"市", ""}, {"县", ""}};

// After a payer (财政) inside a metric's words: the verb that budgets the sum, no part of its name
// (中央财政预算拟安排补助资金 → 中央财政补助资金, 中央财政将安排科技支出 → 中央财政科技支出); longest first
inline constexpr entry budgeting_verbs[] = {
    {"预算拟安排", "中央财政预算拟安排补助资金1030亿元"},
    {"每年将安排", "地方财政每年将安排支出250多亿元"},
    {"将每年安排", ""},
    {"预算安排", "中央财政预算安排再就业补助资金83亿元"},
    {"拟安排", "中央财政拟安排补贴资金1230亿元"},
    {"将安排", "中央财政将安排科技支出1134亿元"},
    {"安排", "中央财政安排社会保障支出2019亿元"},
};
// A sum's verb that names the sum after a closing quote (拟安排“三农”投入7161亿元: the 投入 is the noun)
inline constexpr entry sums_named_by_a_verb[] = {{"投入", "中央财政拟安排“三农”投入7161亿元"}, {"支出", ""}};
inline constexpr entry payers[] = {{"财政", "中央财政安排扶贫资金122亿元"}};
// Measures of money that name nothing by themselves, and the heads of the programmes an opening clause may
// name for them (农机具购置补贴覆盖到…，中央财政拟安排资金130亿元 → 中央财政农机具购置补贴资金)
inline constexpr entry money_measures[] = {{"资金", ""}, {"投资", ""}, {"投入", ""}};
inline constexpr entry programme_heads[] = {
    {"补贴", "农机具购置补贴"}, {"政策", "实施更加积极的就业政策"}, {"工程", ""}, {"计划", ""}, {"改革", ""}};

// Who pays, at the head of a metric whose measure names nothing by itself (中央财政资金)
inline constexpr entry payers_of_a_sum[] = {
    {"中央财政", "农机具购置补贴覆盖到全国所有农牧业县（场），中央财政拟安排资金130亿元"},
    {"地方财政", ""},
    {"各级财政", ""}};

// At a metric's end, before the year compared with: the word of comparing (…资产总额比2002年增长,
// …电价较上年下降)
inline constexpr entry comparing_words[] = {{"比", "国有企业资产总额比2002年增长60.98%"},
                                            {"较", "工商业电价较上年下降3%"}};
// ... and the years and times compared with, besides a year in digits
inline constexpr entry years_compared_with[] = {
    {"上年", ""}, {"去年", ""}, {"前年", ""}, {"“十", "较“十三五”末"}, {"\"十", ""}};

// In a verb group: a comparison with the year before (比上年增加1304.8亿元: a change in the level; 较上年 is
// not here: its 上年 is read as a time, and the words never reach the verb group)
inline constexpr entry against_year_before[] = {
    {"比上年", "比上年增加1304.8亿元"}, {"比去年", ""}, {"同比", "同比增加3.2万人"}};

// A verb of growth that opens the words before an amount: the amount is what the period adds to the noun
// after it (增加深松土地1.5亿亩, as 减少农村贫困人口1000万人 takes away)
inline constexpr entry adding_verbs[] = {{"增加", "增加深松土地1.5亿亩"}};
// ... and with 减少, alone after an amount of the same thing: the change from the year before
// (其中棚户区改造580万套，增加110万套)
inline constexpr entry adding_or_taking[] = {{"增加", "增加110万套"}, {"减少", ""}};

// Verbs, and the marker 把, that open the words before an amount without being part of the metric's name
// (推动文旅产业增加值增长6%, 把新农合和城镇居民医保财政补助标准提高到200元)
inline constexpr entry verbs_before_a_metric[] = {
    {"推动", "推动文旅产业增加值增长6%"},
    {"把", "今年要把新农合和城镇居民医保财政补助标准提高到200元"},
    {"继续", "继续代地方发债2000亿元"},
    {"稳定", "稳定基本医疗保险参保率在97%以上"},
    {"滚动推进", "滚动推进重大项目500个以上"},
    {"推进", ""},
    {"促进", ""},
    {"加快", ""},
};
// Before a count: what there is, not what is done (全国有27个省, 累计有17个村)
inline constexpr entry stock_words[] = {{"有", "全国有27个省"},       {"累计", ""}, {"现", ""}, {"总", ""},
                                        {"守", "严守18亿亩耕地红线"}, {"保持", ""}};
// A verb of making new things that opens a metric's words, before its amount: what is done, the amount added
// (dsl/lower/metric_span.cpp)
inline constexpr entry making_verbs[] = {{"建设", "建设高标准农田300万亩"},
                                         {"建成", ""},
                                         {"推出", "推出人工智能标志性产品30个"},
                                         {"培育", ""},
                                         {"打造", ""},
                                         {"开展", "开展职业技能培训40万人次"},
                                         {"加装", "加装住宅电梯500部"},
                                         {"新认证", "新认证“蒙”字标企业30家以上"},
                                         {"推广", ""}};
// Events that end the words of an amount of things they happen to: the amount is what the period adds
// (dsl/lower/statement.cpp)
inline constexpr entry events_counted[] = {{"竣工", "确保13个以上项目竣工"},
                                           {"开工", ""},
                                           {"开工建设", "15个以上项目开工建设"},
                                           {"投产", ""},
                                           {"入驻", "“四个500强”企业入驻10家以上"},
                                           {"入住", "分配入住3000套"},
                                           {"建成投用", ""},
                                           {"投入使用", ""}};
// Verbs of taking away: part of the metric's name, before the amount or after it, and the amount is what the
// period takes away (dsl/lower/metric_span.cpp)
inline constexpr entry removing_verbs[] = {{"关停", "关停5000万千瓦小火电机组"},
                                           {"淘汰", "今年要淘汰燃煤小锅炉5万台"},
                                           {"关闭", "关闭小煤矿1054处"},
                                           {"拆除", ""},
                                           {"压减", ""},
                                           {"退出", ""}};
// Verbs of work done to a thing, that open a metric's words before its amount (攻克关键技术105项,
// 治理水土流失 面积800平方公里): the amount is the work the period does, and the verb stays in the name, as a
// verb of taking away does. Written after 新 they say the same (新转化项目40个, 新升规工业企业1000户). Not a
// verb of keeping what there is (续建 counts projects already under way, 保持 a level).
// (dsl/lower/metric_span.cpp)
inline constexpr entry doing_verbs[] = {{"攻克", "力争攻克关键技术105项以上"},
                                        {"治理", "治理水土流失面积800平方公里以上"},
                                        {"修复", "修复黄河流域湿地1.1万亩"},
                                        {"整治", ""},
                                        {"改造", ""},
                                        {"植树", "植树造林400万亩以上"},
                                        {"造林", ""},
                                        {"防沙", "防沙治沙1500万亩"},
                                        {"盘活", "盘活闲置农房2万宗"},
                                        {"处置", ""},
                                        {"交付", "全年交付保障性租赁住房15万套"},
                                        {"招引", ""},
                                        {"推介", ""},
                                        {"转化", "转化重大科技成果650项以上"},
                                        {"认定", "认定省级共享农庄5家"},
                                        {"打通", "打通外环绿道断点45处以上"},
                                        {"更新", "更新老龄低产低质胶园7万亩"},
                                        {"腾出", ""},
                                        {"退耕", "今年退耕还林还草1500万亩以上"},
                                        {"提档", "提档升级中小学校食堂800家"},
                                        {"帮扶", "帮扶残疾人就业1万人以上"},
                                        {"升规", "新升规工业企业1000户以上"},
                                        {"入规", ""}};
// After 在, a state, not a place: 在 is part of the name (在建国际海缆, 在校学生, 在园师生)
// (dsl/lower/clause.cpp)
inline constexpr entry states_after_zai[] = {{"建", "在建国际海缆"},
                                             {"校", "在校学生"},
                                             {"园", "在园师生规模"},
                                             {"读", ""},
                                             {"岗", ""},
                                             {"职", ""},
                                             {"册", ""},
                                             {"营", ""},
                                             {"线", "在线监测"},
                                             {"途", ""},
                                             {"库", ""}};

// Things already under way, counted and not added however they are worked on (加快2条在建国际海缆建设)
// (dsl/lower/statement.cpp)
inline constexpr entry under_way[] = {{"在建", "加快2条在建国际海缆建设"}, {"续建", "续建安置房7550套"}};
// ... and names that open with such a verb (建设用地供应5000亩)
inline constexpr entry names_after_a_making_verb[] = {
    {"建设用地", "建设用地供应5000亩"}, {"建设规模", ""}, {"建成区", "建成区人均绿化面积达到17.2平方米"}};

// Right after the verb that leads a metric, a second verb of the same doing (改造提升单村水站300座,
// 新建和改造提升高标准农田78万亩): part of the verb, not of the name
inline constexpr entry verbs_after_a_verb[] = {{"提升", "改造提升单村水站300座以上"},
                                               {"升级", ""},
                                               {"提质", ""},
                                               {"筹措", "建设筹措保障性租赁住房7.2万套"},
                                               {"筹集", ""}};

// A change stated without a number, after these: 去年我国进出口总额出现下降
inline constexpr entry bare_change_cues[] = {
    {"出现", "进出口总额出现下降"}, {"有所", "有所回落"}, {"略有", "略有下降"}, {"同比", "同比下降"}};

// Leading region words of such a change's metric
inline constexpr entry region_leads[] = {
    {"我国", "我国进出口总额出现下降"}, {"全国", ""}, {"全区", ""}, {"全市", ""}, {"全省", ""}, {"全县", ""}};

// ── Comparisons with another statistic (dsl/lower/relative.cpp) ──

// The clause ends by saying the growths go in step: a goal of about the other's growth
inline constexpr entry in_step[] = {{"同步增长", "城乡居民收入与经济同步增长"},
                                    {"同步", "居民收入增长与经济增长同步"}};

// Words of manner before 同步 that leave it a goal of being in step: …与经济增长保持基本同步
inline constexpr entry in_step_manner[] = {{"保持", "居民人均可支配收入增长与经济增长保持同步"},
                                           {"基本", "居民收入增长和经济增长基本同步"},
                                           {"实现", "居民收入增长与经济增长实现同步"}};

// What joins the two statistics that go in step
inline constexpr entry in_step_joiners[] = {{"与", "居民收入增长与经济增长同步"},
                                            {"和", "居民人均可支配收入和经济增长同步"}};

// A growth faster than the other's: more than it
inline constexpr entry faster_than[] = {{"快于", "农村居民人均可支配收入增速快于城镇居民"},
                                        {"高于", "农村居民收入增长高于城镇居民"}};

// A growth no slower than the other's: at least it
inline constexpr entry no_slower_than[] = {{"不低于", "居民收入增长不低于经济增长"},
                                           {"不慢于", "居民收入增速不慢于经济增速"}};

// Words after a statistic's name that say it is its growth that is compared (cut from the name, again and
// again: 实际增长 → 实际 → the name)
inline constexpr entry growth_of_a_name[] = {
    {"增长", "居民收入增长与经济增长同步"}, {"增速", "农村居民人均可支配收入增速快于城镇居民"},
    {"增幅", "居民收入增幅与经济增幅同步"}, {"实际", "城乡居民收入实际增长和经济增长保持同步"},
    {"发展", "居民收入增长和经济发展同步"}, {"提高", "劳动报酬提高与劳动生产率提高同步"}};

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

// ── The time a part of a report speaks of (dsl/report/scope.cpp) ──

// What a word in a heading or a paragraph's lead says of the time of the part it opens (years, 今年, 去年 and
// plan names are read by the grammar as times)
enum class time_word : unsigned char {
    review,       // results of a past time: 工作回顾, 过去一年, 刚刚过去
    since,        // results from a time named up to now: 去年以来, 今年以来
    review_five,  // results of the five years just past: 过去五年, 五年来
    targets,      // goals: 工作安排, 主要预期目标, 新的一年
    work,  // work or tasks, of a time the year named decides: 2025年主要工作 (a review), 2026年主要工作
    targets_five,  // goals of the five years to come: 今后五年
    plan,          // goals of the plan period to come: 规划纲要, 到2030年
    vision,        // the long-range goals: 到2035年, 远景目标
    no_time,  // of no time: the government's own conduct (加强政府自身建设), a glossary (名词解释)
};

struct scope_word {
    std::string_view text;
    time_word role;
    bool opener;  // it opens a part of the report, so the paragraphs after it share its time (过去五年,
                  // 今年是…开局之年), not a remark of one paragraph (下一步将)
    std::string_view example;
};

inline constexpr scope_word scope_words[] = {
    {"工作回顾", time_word::review, true, "一、2025年工作回顾"},
    {"回顾", time_word::review, true, "回顾过去一年"},
    {"过去一年", time_word::review, true, "过去一年，我们主要做了以下工作"},
    {"过去的一年", time_word::review, true, ""},
    {"一年来", time_word::review, true, "一年来，全市经济社会发展稳中有进"},
    {"这一年", time_word::review, true, ""},
    {"刚刚过去", time_word::review, true, "刚刚过去的2025年很不平凡"},
    {"已经过去", time_word::review, true, "2014年已经过去"},
    {"主要成绩", time_word::review, true, ""},
    {"取得的成绩", time_word::review, true, ""},
    {"成绩单", time_word::review, true, ""},
    {"发展成就", time_word::review, true, "“十四五”时期发展成就"},
    {"成就的取得", time_word::review, true, "五年来发展成就的取得"},
    {"历程", time_word::review, true, "五年历程极不寻常"},
    {"圆满完成", time_word::review, true, "主要目标任务圆满完成"},
    {"全面完成", time_word::review, true, "经济社会发展主要目标任务全面完成"},
    {"胜利完成", time_word::review, true, ""},
    {"圆满收官", time_word::review, true, ""},
    {"以来", time_word::since, true, "今年以来，全区完成投资8亿元"},
    {"过去五年", time_word::review_five, true, "过去五年，地区生产总值年均增长5.2%"},
    {"过去的五年", time_word::review_five, true, ""},
    {"五年来", time_word::review_five, true, "五年来，我们坚持…"},
    {"今后五年", time_word::targets_five, true, "今后五年经济社会发展的主要目标是"},
    {"未来五年", time_word::targets_five, true, ""},
    {"工作安排", time_word::targets, true, "三、2026年工作安排"},
    {"工作打算", time_word::targets, true, ""},
    {"工作思路", time_word::targets, true, ""},
    {"目标任务", time_word::work, true, "二、“十五五”时期主要目标任务"},
    {"主要预期目标", time_word::targets, true, "今年主要预期目标是"},
    {"预期目标", time_word::targets, true, ""},
    {"主要目标", time_word::work, true, ""},
    {"下一步", time_word::targets, false, "下一步将加快推进"},
    {"今后", time_word::targets, true, ""},
    {"重点工作", time_word::work, true, "三、2026年重点工作"},
    {"主要工作", time_word::work, true, "三、2026年主要工作"},
    {"主要任务", time_word::work, true, "三、2026年主要任务"},
    {"总体要求", time_word::work, true, ""},
    {"工作部署", time_word::targets, true, ""},
    {"工作任务", time_word::work, true, ""},
    {"发展目标", time_word::work, true, ""},
    {"主要考虑", time_word::targets, true, "二、“十五五”发展的主要考虑"},
    {"已经到来", time_word::targets, true, ""},
    {"新的一年", time_word::targets, true, "新的一年，我们要…"},
    {"展望", time_word::targets, true, ""},
    {"开局之年", time_word::targets, true, ""},
    {"要着力", time_word::targets, false, ""},
    {"将着力", time_word::targets, false, ""},
    {"到2030年", time_word::plan, true, "到2030年，高质量发展取得显著成效"},
    {"到2035年", time_word::vision, true, "到2035年，基本实现社会主义现代化"},
    {"远景目标", time_word::vision, true, ""},
    // the government's own conduct (DESIGN: scope other): what the government asks of itself, whatever the
    // year; its part tells of results in a review and of tasks among the year's, and of no time on its own
    {"自身建设", time_word::no_time, true, "四、加强政府自身建设"},
    {"政府建设", time_word::no_time, true, "（九）推进法治政府建设"},
    {"服务型政府", time_word::no_time, true, "四、努力建设让人民满意的法治型服务型政府"},
    {"政府治理", time_word::no_time, true, "四、深入推进政府治理创新"},
    {"政府履职", time_word::no_time, true, "（十）突出政府履职效能"},
    {"贯穿政府工作", time_word::no_time, true, "四、把坚持党的全面领导贯穿政府工作各方面全过程"},
    // a glossary or the notes after the report: definitions, of no time
    {"名词解释", time_word::no_time, true, "名词解释"},
    {"注释", time_word::no_time, true, "注释"},
};

// A clause that is 在 + these at its end frames what follows (在确保质量的前提下, 在巩固成果的基础上): it
// names no thing worked on, and the clause before still does (dsl/lower/lower.cpp)
inline constexpr entry frame_closers[] = {{"前提下", "在确保质量的前提下"}, {"基础上", ""}, {"情况下", ""}};

// A clause that opens with these leaves a part out of the measures after it
// (扣除房地产开发投资后，固定资产投资 增长2.7%): they are of another statistic than the one named; prices
// left out (扣除价格因素) give the real growth reports state anyway (dsl/lower/lower.cpp)
inline constexpr entry leaving_out[] = {
    {"扣除", "扣除房地产开发投资后，固定资产投资增长2.7%"}, {"剔除", ""}, {"不含", ""}};
inline constexpr entry left_out_closers[] = {{"后", "扣除房地产开发投资后"}, {"因素", "剔除房地产因素"}};
inline constexpr entry prices[] = {{"价格", "扣除价格因素"}};

// The headings of a glossary or of notes after the report: the definitions under them state no goal or result
// of their own unless a clause names its time (dsl/report/report.cpp)
inline constexpr entry glossary_headings[] = {{"名词解释", "名词解释"}, {"注释", "注释"}};

// A paragraph's lead that starts with one of these is a frame for what follows, and a time anywhere in it is
// the paragraph's (根据…第十五个五年规划的建议，…; 在“十四五”规划的开局之年，…); a lead that is a clause of
// its own names a time in its middle only in passing (5.5%左右的预期增长目标与“十五五”发展目标总体衔接)
inline constexpr entry frame_openers[] = {
    {"根据", "根据《…第十五个五年规划的建议》"},
    {"按照", ""},
    {"依据", ""},
    {"依照", ""},
    {"对照", ""},
    {"围绕", ""},
    {"在", "在“十四五”规划开局之年"},
    {"自", "自全市推行网格化管理以来"},
    {"从", ""},
    {"面对", ""},
};

// Nouns that name a target: a rate before 的 and one of them is the target spoken of, no new one
// (5.5%左右的预期增长目标与“十五五”发展目标总体衔接; but 实现5.5%左右的增长目标 states it: a verb before)
inline constexpr entry targets_named[] = {
    {"预期增长目标", "5.5%左右的预期增长目标与“十五五”发展目标总体衔接"},
    {"预期目标", ""},
    {"增长目标", ""},
    {"目标", ""}};

// Verbs of outcome before a word of targets: the targets' outcome is told, a result (———就业超过预期目标)
// (dsl/report/scope.cpp)
inline constexpr entry outcome_verbs[] = {
    {"超过", "就业超过预期目标"}, {"超额完成", ""}, {"完成", ""}, {"实现", ""}, {"好于", ""}, {"达到", ""}};

// At the start of a line: it may open a part of the report even right after a line that stopped without
// punctuation (scraped pages glue a headline to the text before it)
inline constexpr entry opener_starts[] = {
    {"过去", "过去一年"}, {"一年来", ""}, {"去年", ""},     {"今年", ""},
    {"回顾", ""},         {"展望", ""},   {"新的一年", ""}, {"主要预期目标", ""},
};

// Words that open a paragraph before its lead: the lead is the clause after them
inline constexpr entry vocatives[] = {{"各位代表", "各位代表！过去五年…"}, {"同志们", ""}};

// What the paragraphs under a heading with no time words say of their time: a word of results weighs toward a
// review, a word of intent toward targets (weights 1 or 2; measured on the shared section maps, where each
// word is at least twice as common on its side)
struct content_word {
    std::string_view text;
    int weight;  // > 0 results, < 0 intent
};
inline constexpr content_word content_words[] = {
    {"累计", 2},   {"同比", 2},  {"首次", 2},  {"成功", 2},     {"获评", 2},  {"入选", 2},    {"位居", 2},
    {"获批", 2},   {"荣获", 2},  {"跃居", 2},  {"圆满完成", 2}, {"显著", 2},  {"居全国", 2},  {"比上年", 2},
    {"较上年", 2}, {"超过", 2},  {"年均", 2},  {"全面完成", 1}, {"取得", 1},  {"了", 1},      {"举办", 1},
    {"出台", 1},   {"达到", 1},  {"建成", 1},  {"突破", 1},     {"完成", 1},  {"新增", 1},    {"增长", 1},
    {"下降", 1},   {"力争", -2}, {"更大", -2}, {"更好", -2},    {"今年", -2}, {"十五五", -2}, {"确保", -2},
    {"鼓励", -2},  {"构建", -2}, {"办好", -2}, {"今后", -2},    {"打造", -1}, {"未来", -1},   {"左右", -1},
    {"强化", -1},  {"培育", -1}, {"健全", -1}, {"引导", -1},    {"聚焦", -1}, {"要", -1},     {"促进", -1},
    {"完善", -1},  {"做好", -1}, {"推动", -1}, {"支持", -1},    {"大力", -1}, {"抓好", -1},   {"着力", -1},
    {"深化", -1},  {"加强", -1}, {"谋划", -1},
};

// The names of a passage that lists the year's (or a plan's) main targets, said before what they are
// (今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，…): the goals after them are the headline ones
inline constexpr entry headline_names[] = {
    {"主要预期目标", "今年经济社会发展的主要预期目标是："},
    {"预期目标", "今年的预期目标是，新增城镇就业900万人"},
    {"主要目标", "今后五年经济和社会发展的主要目标是："},
    {"奋斗目标", "“十五五”时期海南经济社会发展的奋斗目标是："},
};

// What follows such a name when it introduces the list: 是, 为, a colon
inline constexpr entry headline_joins[] = {{"是", ""}, {"为", ""}, {"：", ""}, {":", ""}};

// The labels of a report's own date near its top (发布时间：2015-01-13)
inline constexpr entry date_labels[] = {{"发布时间", ""}, {"发布日期", ""}, {"日期", ""}, {"时间", ""}};

}  // namespace luoshi::dsl::words
