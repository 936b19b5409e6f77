// Which quantities of a clause are amounts it states. A quantity is an amount unless one of the rules below
// says what else it is — a rank, an age band, a span of time, a name in quotes, a description of a noun, a
// code — each a row with its example, tried in order; the first that applies decides, and most say why in a
// note. A bare number (no unit, no %) is an amount only right after a verb or as a count at a clause's end.
//   引进投资10亿元以上项目5个: 10亿元 qualifies what 5个 counts; 5个 is the amount.
#include "common/text.hpp"
#include "dsl/lexicon/words.hpp"
#include "dsl/lower/clause.hpp"

#include <algorithm>

namespace luoshi::dsl::lower {

namespace {

using namespace std::string_view_literals;

// What the rules look at of the quantity at token i.
struct quantity_facts {
    quantity_reading const& r;
    unit_kind ukind;
    bool chinese_only;  // written in Chinese numerals only
    bool pct;           // a percentage, a change in points or a fraction
};

using why_not = char const* (*)(clause const&, std::size_t, quantity_facts const&);

// The kind of the unit of the quantity at i (other when it has none)
unit_kind unit_kind_at(clause const& c, std::size_t i) {
    auto const& a = c.reading(i).first;
    return a.unit_index >= 0 ? units[static_cast<std::size_t>(a.unit_index)].kind : unit_kind::other;
}

struct amount_rule {
    std::string_view example;      // a phrase where the quantity is no amount
    why_not test;                  // why the quantity at i is not an amount, or nullptr
    bool noted = true;             // say why in a note; quantities plainly part of something else go silently
    std::string_view prefix = "";  // the note names the quantity after this: 第
};

bool text_follows(clause const& c, std::size_t i) {
    return i + 1 < c.e && (c.t(i + 1).kind == tk::other || c.kw(i + 1, role::of)) && !c.t(i + 1).punct;
}

// A verb of a level, an increase, a growth or a decline before token i in the clause.
bool verb_before(clause const& c, std::size_t i) {
    for (std::size_t j = c.b; j < i; ++j)
        if (c.kw(j, role::increase) || c.kw(j, role::level) || c.kw(j, role::growth) ||
            c.kw(j, role::decline))
            return true;
    return false;
}

char const* rank_after_ordinal(clause const& c, std::size_t i, quantity_facts const&) {
    return c.previous_is(i, role::ordinal) ? "is a rank, not an amount" : nullptr;
}

// 60周岁以上企业退休人员 is a band of people; 人均预期寿命达到78岁 is a target
char const* age_band(clause const& c, std::size_t i, quantity_facts const& f) {
    return f.ukind == unit_kind::age && (c.next_is_suffix(i) || text_follows(c, i))
               ? "is an age band, not a target"
               : nullptr;
}

// 连续三年, 近两年来
char const* streak_of_time(clause const& c, std::size_t i, quantity_facts const& f) {
    bool const streak = c.previous_is_word(i, "连续") ||
                        (i + 1 < c.e && words::starts_with_one_of(c.bytes(i + 1), words::looking_back));
    return f.ukind == unit_kind::time && !f.r.second && streak ? "is a span of time, not an amount" : nullptr;
}

// An amount with 以上/以下 followed by the words of what is counted and then the count itself.
char const* qualifies_a_count(clause const& c, std::size_t i, quantity_facts const& f) {
    std::size_t j = i + 1;
    while (j < c.e && c.blank(j)) ++j;
    if (!(j < c.e && (c.kw(j, role::suffix_at_least) || c.kw(j, role::suffix_at_most)))) return nullptr;
    // 营收1亿元以上企业有研发机构: a sum with its bound right before a noun names a class of firms or
    // projects
    if (f.ukind == unit_kind::currency && j + 1 < c.e && c.text_at(j + 1))
        return "names a class of what follows";
    bool words = false;
    for (++j; j < c.e; ++j) {
        auto const& x = c.t(j);
        if (x.kind == tk::quantity) return words ? "qualifies what the amount after it counts" : nullptr;
        if (x.kind == tk::other && !x.punct) {
            words = true;
            continue;
        }
        if (x.is(role::word) || x.is(role::of) || x.is(role::share)) {
            words = true;
            continue;
        }
        return nullptr;
    }
    return nullptr;
}

char const* describes_milestone_subject(clause const& c, std::size_t i, quantity_facts const&) {
    return c.s.attributive[i] ? "describes the subject of the milestone after it" : nullptr;
}

// “8个100%”, “四个500强”, “12349”
char const* in_quotes(clause const& c, std::size_t i, quantity_facts const&) {
    return c.inside_quotes(i) ? "is inside quotes: a name or a slogan, not an amount" : nullptr;
}

// 86台县域“发动机”高速运转, 14列市州“动车组”节节发力: what is counted is a figure of speech in quotes — the
// counties as engines — and the count is of the places, not a target
char const* counts_a_metaphor(clause const& c, std::size_t i, quantity_facts const& f) {
    if (f.ukind != unit_kind::count) return nullptr;
    auto const after = c.s.bytes(c.t(i).end, c.t(c.e - 1).end);
    for (auto const& m : words::metaphors)
        if (after.find("“" + std::string(m.text) + "”") != std::string_view::npos)
            return "counts places named by a figure of speech, not a target";
    return nullptr;
}

// 完成日处理5万吨水厂改扩建: a capacity before the name of what has it describes the project, whose
// completion is the point
char const* capacity_of_a_thing(clause const& c, std::size_t i, quantity_facts const&) {
    return c.previous_text_ends_with_one_of(i, words::capacity_words) && text_follows(c, i)
               ? "is the capacity of what follows, not an amount"
               : nullptr;
}

// 开工建设兰州石化120万吨乙烯改造项目: a measure of weight, energy or length between a name (the owner) and
// the head of a project's name (项目, 工程), under a verb that starts or completes projects, is the size in
// that name; the project's start or completion is the point. A sum over many (…等540万千瓦…项目) is an
// amount.
char const* size_in_a_project_name(clause const& c, std::size_t i, quantity_facts const& f) {
    bool const measure =
        f.ukind == unit_kind::weight || f.ukind == unit_kind::energy || f.ukind == unit_kind::length;
    if (!measure || f.pct || f.r.second || c.next_is_suffix(i) || !(i > c.b && c.text_at(i - 1)))
        return nullptr;
    auto const before = c.s.bytes(c.first_meaningful(c.b), c.t(i).begin);
    if (before.find("等") != std::string_view::npos ||
        !words::starts_with_one_of(before, words::project_verbs))
        return nullptr;
    for (std::size_t j = i + 1; j < c.e; ++j)
        if (c.t(j).kind == tk::quantity || (c.keyword(j) && !c.kw(j, role::word) && !c.kw(j, role::increase)))
            return nullptr;
    auto const after = trim_text(c.s.bytes(c.t(i).end, c.t(c.e - 1).end));
    return words::ends_with_one_of(after, words::sized_project_heads)
               ? "is the size in a project's name, not an amount"
               : nullptr;
}

char const* rough_count(clause const& c, std::size_t i, quantity_facts const& f) {
    return c.previous_text_ends_with_one_of(i, words::rough_count_words) &&
                   (f.r.first.num.flags & ast::chinese)
               ? "is a rough count, not an amount"
               : nullptr;
}

// 这一年, 每一天
char const* one_time(clause const& c, std::size_t i, quantity_facts const& f) {
    if (f.ukind != unit_kind::time || f.r.first.value != 1) return nullptr;
    return c.previous_text_ends_with_one_of(i, words::one_time_demonstratives) ? "names a time, not an amount"
                                                                               : nullptr;
}

// 两项改革, 三类楼院, 九类人员: a small number in Chinese before a noun names a category (but 办好十件实事
// counts things to do, and 新建三个 after a verb is an amount)
char const* category(clause const& c, std::size_t i, quantity_facts const& f) {
    bool const after_verb = i > c.b && c.kw(i - 1, role::increase);
    bool const items = f.r.first.unit == "件"sv;
    // 五个“必须统筹好”科学方法论: a quoted slogan counted names it too
    bool const quote_follows = i + 1 < c.e && c.bytes(i + 1) == "“";
    return f.chinese_only && f.r.first.value <= 10 && f.ukind == unit_kind::count &&
                   (c.word_follows(i) || quote_follows) && !after_verb && !items &&
                   !c.previous_text_ends_with(i, "等")
               ? "names a category, not an amount"
               : nullptr;
}

// 前三名
char const* rank_before(clause const& c, std::size_t i, quantity_facts const& f) {
    return c.previous_text_ends_with(i, "前") && f.ukind == unit_kind::people ? "is a rank, not an amount"
                                                                              : nullptr;
}

// 24小时带班, 两周内, 70周年纪念日, 70年代: a span of time that qualifies something
char const* time_qualifier(clause const& c, std::size_t i, quantity_facts const& f) {
    if (f.ukind != unit_kind::time || f.r.second || i + 1 >= c.e) return nullptr;
    bool const qualifies = c.text_at(i + 1) || words::is_one_of(c.bytes(i + 1), words::span_closers) ||
                           c.kw(i + 1, role::word) || c.kw(i + 1, role::of);
    return qualifies && !c.next_is_suffix(i) ? "is a span of time, not an amount" : nullptr;
}

// 新中国成立75周年, 建党80周年: an anniversary counts years since, no amount of anything
char const* anniversary(clause const&, std::size_t, quantity_facts const& f) {
    return f.r.first.unit == "周年"sv ? "is an anniversary, not an amount" : nullptr;
}

// 大干三个月, 奋战100天: a span of time right after the words of a doing, closing its clause, with no verb
// of a measure before it, is how long the doing lasts (a time to reach says so: 办结时限压缩至3天, 不超过5天)
char const* length_of_doing(clause const& c, std::size_t i, quantity_facts const& f) {
    if (f.ukind != unit_kind::time || f.r.second || !(i > c.b && c.text_at(i - 1)) || c.next_is_suffix(i))
        return nullptr;
    for (std::size_t j = c.b; j < i; ++j)
        if (c.keyword(j) && (is_verb(c.t(j).role) || c.t(j).role == role::of)) return nullptr;
    std::size_t k = i + 1;
    while (k < c.e && c.blank(k)) ++k;
    return k == c.e ? "is how long the doing lasts, not an amount" : nullptr;
}

// 千万吨炼化基地, 千亩高产片, 百万吨化工新材料基地: a magnitude written alone (no digit before it) right
// before a noun is the size class in a thing's name, not an amount (but 新建1000个, 一千亩 and a count,
// 千场会议, are)
char const* size_class(clause const& c, std::size_t i, quantity_facts const& f) {
    auto const w = c.bytes(i);
    // 30万吨级进港航道, 百万千瓦级电站: a measure with 级 after it is the class of what follows
    if (f.ukind != unit_kind::count && i + 1 < c.e && c.t(i + 1).kind == tk::other &&
        common::starts_with(c.bytes(i + 1), "级") && text_follows(c, i))
        return "is the size class in a name, not an amount";
    bool const measure = f.ukind != unit_kind::count && f.ukind != unit_kind::people &&
                         f.ukind != unit_kind::households;  // 千场会议, 千名科学家 count them
    bool const magnitude = f.chinese_only && !f.r.second && f.r.first.value >= 100 &&
                           words::starts_with_one_of(w, words::magnitudes) && text_follows(c, i);
    if (!magnitude) return nullptr;
    if (measure) return "is the size class in a name, not an amount";
    // 千家企业节能行动, 百县千村示范工程: a bare magnitude of things in the name of a campaign or programme
    // (its words run to the campaign's head before any break) names it
    std::size_t j = i + 1;
    while (j < c.e && (c.text_at(j) || c.kw(j, role::word))) ++j;
    if (j == i + 1) return nullptr;  // (千家的…: no words right after it)
    auto name = c.s.bytes(c.t(i + 1).begin, c.t(j - 1).end);
    name = name.substr(0, std::min(name.find("和"), name.size()));  // …行动和节能产品惠民工程: up to a joiner
    return words::ends_with_one_of(name, words::campaign_heads) ? "is part of a campaign's name" : nullptr;
}

// 在14个市州城区增补学位2万个: a count after 在 says where the doing is when the clause states how much after
// it; alone it is the count (在500个行政村实施全民健身提升工程)
char const* place_of_doing(clause const& c, std::size_t i, quantity_facts const& f) {
    if (!(f.ukind == unit_kind::count && c.previous_text_ends_with(i, "在") && text_follows(c, i)))
        return nullptr;
    for (std::size_t j = i + 1; j < c.e; ++j)
        if (c.t(j).kind == tk::quantity && c.reading(j).first.unit_index >= 0)
            return "says where, not an amount";
    return nullptr;
}

// 做优做强5个国家先进制造业集群: a count right after a verb that makes stronger what is there counts the set
// worked on, not a number to reach (a bound makes it one: 做强10家以上)
char const* set_worked_on(clause const& c, std::size_t i, quantity_facts const& f) {
    if (f.ukind != unit_kind::count || c.next_is_suffix(i)) return nullptr;
    bool const verb = verb_before(c, i);  // a verb of a measure before the count (inside the names, 等 aside)
    // right after the verb, or after the examples it names (做强生物医药等3个…集群), also under a verb of
    // working on what is there (加快南阳等4个…城市建设) when nothing made or completed comes between
    std::string_view const before = c.s.bytes(c.t(c.b).begin, c.t(i).begin);
    // right after the verbs of working on (加快建成A、B等5个项目), not inside the names
    // (加快推进中科院棚户区改造等5个 项目: 改造 names a project)
    auto const makes_or_completes = [&] {
        auto const rest = words::without_leading(before, words::working_on_verbs);
        for (auto const& k : keywords)
            if ((k.role == role::event || k.role == role::increase) && common::starts_with(rest, k.text))
                return true;
        return false;
    };
    bool const examples =
        before.size() > 3 && common::ends_with(before, "等") &&
        ((words::starts_with_one_of(before, words::strengthening_verbs) && !verb) ||
         (words::starts_with_one_of(before, words::working_on_verbs) && !makes_or_completes()));
    // or as a later item of the list it opens (围绕22个产业、189条产业链; 壮大6大特色产业集群和18条…产业链)
    bool const list_item = (c.previous_is(i, role::list_break) || c.previous_text_ends_with(i, "和")) &&
                           words::starts_with_one_of(before, words::strengthening_verbs) &&
                           !c.has_any_verb(c.b, i);
    // or, in a part of targets, of what the state has designated (优化3家国家大学科技园), under no verb that
    // makes or wins one
    std::size_t k = i + 1;
    while (k < c.e && c.blank(k)) ++k;
    bool const designated = !verb && kind_by_scope(c.s.ctx.scope) == statement_kind::goal && k < c.e &&
                            c.text_at(k) &&
                            words::starts_with_one_of(c.bytes(k), words::designated_by_the_state) &&
                            !words::starts_with_one_of(c.bytes(k), words::countries) &&
                            !words::contains_one_of(before, words::doing_before_a_count) &&
                            !words::contains_one_of(before, words::winning_verbs) && !c.has(role::event) &&
                            !words::contains_one_of(c.s.bytes(c.t(k).begin, c.t(c.e - 1).end),
                                                    words::doing_before_a_count);  // …专科和…医院建设
    return (!verb && words::ends_with_one_of(before, words::strengthening_verbs)) || examples || list_item ||
                   designated
               ? "counts the set worked on, not a target"
               : nullptr;
}

// 重点做好以下10个方面工作, 设置了29项指标, 附件1, 今年重点抓好三件事, 全力抓好七项重点工作: a count of the
// parts of a text (its aspects, its indicators, an annex, the matters it lists next) says how the text is
// built, not an amount of the world
char const* part_of_a_text(clause const& c, std::size_t i, quantity_facts const&) {
    auto const after = c.s.bytes(c.t(i).end, c.t(c.e - 1).end);  // words may be split: 主要 | 指标
    std::string_view rest = after;
    while (!rest.empty() &&
           (rest.back() == ' ' || common::ends_with(rest, "。") || common::ends_with(rest, "：")))
        rest.remove_suffix(rest.back() == ' ' ? 1 : 3);
    bool const counts_parts =
        words::starts_with_one_of(after, words::text_parts) ||
        words::is_one_of(rest, words::matters_listed) ||
        (common::starts_with(rest, "重点") && words::is_one_of(rest.substr(6), words::matters_listed));
    bool const numbers_annex = c.previous_text_ends_with_one_of(i, words::annex_words);
    return counts_parts || numbers_annex ? "counts or numbers the parts of a text, not an amount" : nullptr;
}

// 落实民间投资新36条: a policy named by the count of its articles, after 新, is a name
char const* articles_name_a_policy(clause const& c, std::size_t i, quantity_facts const& f) {
    return f.r.first.unit_text == "条"sv && c.previous_text_ends_with(i, "新")
               ? "names a policy by its articles"
               : nullptr;
}

// 关键的一年, 今后五年, 过去二十多年, ２００２年: years as a span or a date, unless the words before them
// measure something in years (受教育年限从10.23年提高到10.8年, 建设周期缩短到一年半)
char const* years(clause const& c, std::size_t i, quantity_facts const& f) {
    if (f.r.first.unit == "世纪"sv) return "is a century, a date, not an amount";  // 关系到21世纪初
    if (f.r.first.unit != "年"sv) return nullptr;
    std::string_view const before = c.s.bytes(c.t(c.b).begin, c.t(i).begin);
    return words::contains_one_of(before, words::measured_in_years)
               ? nullptr
               : "is a span of years or a year, not an amount";
}

// 投资68亿元的…项目, 占地227亩的…项目, 5.5%左右的预期增长目标与…衔接: an amount that describes a noun (but
// 价值70余万元的慰问金 is the worth of what was given)
char const* describes_noun(clause const& c, std::size_t i, quantity_facts const& f) {
    std::size_t const of = i + 1 < c.e && c.kw(i + 1, role::suffix_about) ? i + 2 : i + 1;
    bool const noun_after_of =
        of + 1 < c.e && (c.text_at(of + 1) || c.kw(of + 1, role::word) ||
                         (c.t(of + 1).kind == tk::quantity && is_bare(c.reading(of + 1).first)));
    bool const worth = c.previous_text_ends_with_one_of(i, words::worth_words);
    // a rate before 的 names a noun only when it is what a target is: 5.5%左右的预期增长目标
    bool const a_target =
        f.pct && of + 1 < c.e &&
        words::starts_with_one_of(c.s.bytes(c.t(of + 1).begin, c.t(c.e - 1).end), words::targets_named);
    return ((!f.pct && noun_after_of) || a_target) && of < c.e && c.kw(of, role::of) && !verb_before(c, i) &&
                   !worth
               ? "describes the noun after it, not an amount reached"
               : nullptr;
}

// 争取…让出占地面积9亩，建筑面积14700平方米，涉及拆迁5栋楼162户…的…工程全面开工: in a sentence that looks
// ahead (a part of targets, 确保, 力争, 计划), an amount after words that measure a thing (and the amounts
// after it in the clause), with no verb of doing before them, describes the thing promised, and is no target
// of its own. Looking back, such amounts are what was there (拆迁涉及公共单位17家, 总建筑面积约90万平方米:
// figures).
char const* attribute_of_a_thing(clause const& c, std::size_t i, quantity_facts const&) {
    auto const& s = c.s;
    auto const k = s.ctx.scope.kind;
    bool const ahead = k == rules::scope_kind::year_targets || k == rules::scope_kind::plan_targets ||
                       s.strength != rules::strength::none || s.goal_cue ||
                       s.ctx.kind == rules::statement_kind::goal;
    if (!ahead || verb_before(c, i)) return nullptr;
    for (std::size_t j = i; j-- > c.b;)
        if (c.t(j).kind == tk::other && words::contains_one_of(c.bytes(j), words::attributes_of_a_thing))
            return "measures the thing it describes, not an amount reached";
    return nullptr;
}

// 7%左右的速度: an amount with its qualifier, then 的 and a noun (三分之二以上的社区 is a share of the
// noun, which is the point)
char const* qualified_describes_noun(clause const& c, std::size_t i, quantity_facts const& f) {
    std::size_t j = i + 1;
    while (j < c.e && (c.blank(j) || c.kw(j, role::suffix_about) || c.kw(j, role::suffix_at_least) ||
                       c.kw(j, role::suffix_at_most)))
        ++j;
    return j > i + 1 && j < c.e && c.kw(j, role::of) && j + 1 < c.e && c.text_at(j + 1) &&
                   !verb_before(c, i) && f.r.first.mark != ast::mark::fraction
               ? "describes the noun after it, not an amount reached"
               : nullptr;
}

// 每一名干部, 每一个项目: 每 before 一 says "every", not one
char const* every_one(clause const& c, std::size_t i, quantity_facts const& f) {
    return f.chinese_only && f.r.first.value == 1 && c.previous_text_ends_with(i, "每")
               ? "says every (每一), not an amount"
               : nullptr;
}

// 确保早一天开工, 保交房项目提前3个月: how much earlier or later a thing is done, not an amount
char const* earlier_or_later(clause const& c, std::size_t i, quantity_facts const& f) {
    return f.ukind == unit_kind::time && c.previous_text_ends_with_one_of(i, words::earlier_or_later)
               ? "says how much earlier or later, not an amount"
               : nullptr;
}

// 我区有20个对外开放口岸，要着力提升口岸功能; 全区有280万农牧民在城镇转移就业，要…: in a part that plans,
// what there is now (有 and an amount, with no cue or time of the sentence) is the ground a task stands on,
// not a target (确保…至少有一人就业 has its cue; 到2030年有50家 its time); so is what a sentence says that
// opens by the region naming itself (我区每年接待游客近3亿人次，…要开发…)
char const* what_there_is(clause const& c, std::size_t i, quantity_facts const&) {
    if (kind_by_scope(c.s.ctx.scope) != statement_kind::goal || c.s.own_cue() || c.s.period_from_time)
        return nullptr;
    if (c.s.self_opened) return "tells how things are (the region names itself: 我区…), not a target";
    // 有 right before the amount, or before the list of amounts it opens (还有63万失能老人、158万残疾人)
    for (std::size_t j = i; j > c.b;) {
        --j;
        if (c.text_at(j)) {
            auto const w = c.bytes(j);
            return common::ends_with(w, "有") && !words::ends_with_one_of(w, words::having_not)
                       ? "says what there is, not a target"
                       : nullptr;
        }
        // 、 after the item before: its words, then its amount
        if (!c.kw(j, role::list_break)) return nullptr;
        std::size_t k = j;
        while (k > c.b && c.t(k - 1).kind != tk::quantity && !c.t(k - 1).punct &&
               !(c.keyword(k - 1) && is_verb(c.t(k - 1).role)))
            --k;
        if (k == j || k == c.b || c.t(k - 1).kind != tk::quantity) return nullptr;
        j = k - 1;
    }
    return nullptr;
}

// 对已经谋划的近1400个重点工业项目，要一个一个盯前期: in a part that plans, an amount after 已 (已经) + a
// verb + 的 counts what has been done already, the ground of a task, not a target; so does one after a plan,
// a verb and 的 (“十四五”批复的6个沙戈荒大基地)
char const* done_already(clause const& c, std::size_t i, quantity_facts const& f) {
    if (kind_by_scope(c.s.ctx.scope) != statement_kind::goal || i == c.b || f.pct || !c.word_follows(i))
        return nullptr;
    std::size_t j = i;  // 的近1400个: a word of about between
    while (j > c.b && (c.blank(j - 1) || c.kw(j - 1, role::vague_less) || c.kw(j - 1, role::compare_about)))
        --j;
    if (j == c.b || !(c.kw(j - 1, role::of) || c.previous_text_ends_with(j, "的"))) return nullptr;
    auto const before = c.s.bytes(c.t(c.b).begin, c.t(j - 1).begin);
    // 加快建设“十四五”批复的6个沙戈荒大基地: done in a plan's years, as 已 says
    bool dated_by_plan = false;
    for (std::size_t k = c.b; k + 1 < j; ++k) dated_by_plan = dated_by_plan || c.t(k).kind == tk::plan;
    return dated_by_plan || words::contains_one_of(before, words::done_already_words)
               ? "counts what is done already, not a target"
               : nullptr;
}

// 推动肉羊、玉米2个千亿级产业链提质增效, 建设好A、B、C、D4个国家区域医疗中心: in a part that plans, a count
// right after a list of names, as many as it counts, before the noun it counts, numbers the names listed;
// the goal is what is done to each, not a count to reach (在A、B、C建设3个社区托老站 has a verb between: the
// list says where; 等3个 lists examples of more; 新增A、B2家5A级景区 counts what is added, and looking back
// 入选的A、B2个县 is a result)
char const* counts_the_names_before(clause const& c, std::size_t i, quantity_facts const& f) {
    double const n = f.r.first.value;
    if (f.ukind != unit_kind::count || f.r.second || n < 2 || n > 20 || i == c.b || !c.text_at(i - 1) ||
        !c.word_follows(i) || verb_before(c, i) || kind_by_scope(c.s.ctx.scope) != statement_kind::goal)
        return nullptr;
    std::size_t items = 1;
    std::size_t j = i;
    while (j > c.b) {
        --j;
        if (c.kw(j, role::list_break))
            ++items;
        else if (c.t(j).kind == tk::quantity || c.t(j).punct)
            break;
    }
    std::size_t last = i - 1;
    while (last > c.b && !c.kw(last - 1, role::list_break)) --last;
    std::string_view const last_item = c.s.bytes(c.t(last).begin, c.t(i - 1).end);
    bool const verb_after = words::ends_with_one_of(last_item, words::doing_before_a_count);
    return items >= 2 && static_cast<double>(items) == n && !common::ends_with(last_item, "等") && !verb_after
               ? "numbers the names listed before it, not an amount"
               : nullptr;
}

// 关停淘汰10万千瓦及以下燃煤机组, 35蒸吨及以上锅炉: 及以下 / 及以上 before a noun bound the size of what is
// named, a class of it, not an amount reached
char const* class_bound(clause const& c, std::size_t i, quantity_facts const&) {
    auto const after = c.s.bytes(c.t(i).end, c.t(c.e - 1).end);
    for (auto const& b : words::class_bounds)
        if (common::starts_with(after, b.text)) {
            auto const rest = after.substr(b.text.size());
            return !rest.empty() && !words::starts_with_one_of(rest, words::inner_punctuation)
                       ? "bounds the size of what is named, not an amount"
                       : nullptr;
        }
    return nullptr;
}

// 成熟一家、批准一家
char const* one_at_a_time(clause const& c, std::size_t i, quantity_facts const& f) {
    return f.chinese_only && f.r.first.value == 1 && f.ukind == unit_kind::count &&
                   !(i > c.b && c.kw(i - 1, role::increase))
               ? "means one at a time, not a count"
               : nullptr;
}

// 50公里绿道试点等项目: the words right after the amount, up to the next punctuation or number, hold the 等
// that closes a list of examples (the words may be split where a keyword could start: 绿道 | 试点等项目)
char const* example_name(clause const& c, std::size_t i, quantity_facts const& f) {
    // 完成31万平方米小梁薄板房屋等不成套旧住房改造: right after a verb of doing, the amount is the work done
    // to all the list names
    if (f.pct || (i > c.b && c.kw(i - 1, role::increase))) return nullptr;
    // (…、平板玻璃3500万标准箱等落后产能: 等 right after the amount closes a list of amounts)
    if (i + 1 < c.e && c.closes_a_list(i + 1)) return nullptr;
    for (std::size_t j = i + 1; j < c.e && j <= i + 3 && c.text_at(j); ++j)
        if (c.bytes(j).find("等") != std::string_view::npos)
            return "is part of an example's name, not an amount";
    return nullptr;
}

// 全区30个行政村已累计有17个村: the whole, then the part that counts
char const* whole_before_part(clause const& c, std::size_t i, quantity_facts const& f) {
    if (!(i > c.b && c.kw(i - 1, role::region) && f.ukind == unit_kind::count && c.text_at(i + 1)))
        return nullptr;
    for (std::size_t j = i + 1; j < c.e; ++j)
        if (c.t(j).kind == tk::quantity && c.reading(j).first.unit == f.r.first.unit && !c.inside_quotes(j))
            return "is the whole, not the figure";
    return nullptr;
}

// 远超…标准11.5平方米
char const* standard(clause const& c, std::size_t i, quantity_facts const&) {
    if (!c.previous_text_ends_with_one_of(i, words::standard_words)) return nullptr;
    if (c.s.out.statements.size() > c.s.sentence_first) return "is a standard to compare with, not a figure";
    for (std::size_t j = c.b; j < i; ++j)
        if (c.t(j).kind == tk::quantity) return "is a standard to compare with, not a figure";
    return nullptr;
}

// 按照上级60%人员下沉社区的要求: an amount inside 按照…要求 is the rule followed, not a target of the text's
// own
char const* rule_followed(clause const& c, std::size_t i, quantity_facts const&) {
    if (i == c.b || i + 1 >= c.e) return nullptr;
    auto const before = c.s.bytes(c.t(c.b).begin, c.t(i).begin),
               after = c.s.bytes(c.t(i).end, c.t(c.e - 1).end);
    return words::contains_one_of(before, words::rule_openers) &&
                   words::contains_one_of(after, words::rule_closers)
               ? "is the rule followed, not a target"
               : nullptr;
}

// 支持率90%以上才能实施
char const* condition(clause const& c, std::size_t i, quantity_facts const&) {
    for (std::size_t j = i + 1; j < c.e && j <= i + 3; ++j)
        if (words::starts_with_one_of(c.bytes(j), words::condition_words))
            return "is a condition, not a target";
    return nullptr;
}

// 城乡二元结构: a small number in Chinese numerals and 元 inside a word is no sum of money
char const* part_of_a_word(clause const& c, std::size_t i, quantity_facts const& f) {
    return f.chinese_only && f.r.first.unit_text == "元" && f.r.first.value < 10 && c.word_follows(i) &&
                   c.text_at(i + 1)
               ? "is part of a word"
               : nullptr;
}

// A part of targets, or a phrase read as a goal (`parse --kind goal`): looking back, the rules below leave a
// description a figure (个别村庄货币补偿比例高达92%; 2002年高等学校在校生1600万人，是1997年的2.3倍)
bool in_part_of_targets(clause const& c) {
    return kind_by_scope(c.s.ctx.scope) == statement_kind::goal || c.s.ctx.kind == statement_kind::goal;
}

// 把13亿中国人的饭碗牢牢端在自己手中: in a part of targets, a count of a whole people (a billion and
// more) says how many there are (looking back, 我国有13亿人口 is a figure)
char const* whole_people(clause const& c, std::size_t i, quantity_facts const& f) {
    auto const& a = f.r.first;
    if (!in_part_of_targets(c) || a.value < 1e9 || !(a.unit.empty() || a.unit == "人") || i + 1 >= c.e)
        return nullptr;
    auto const next = c.s.text.substr(c.t(i + 1).begin);  // (中国 may be a token of its own)
    bool const people = a.unit == "人" ? words::starts_with_one_of(next, words::rest_of_a_people)
                                       : words::starts_with_one_of(next, words::whole_peoples);
    return people ? "counts a whole people, no amount" : nullptr;
}

// 国家已设立400亿元新兴产业创业投资引导基金，要整合筹措更多资金: in a part of targets, an amount right after
// 已 and its verb is what was done already, told as the ground of the task (not 已建成的规划路, a description
// the filter of 的 reads)
char const* told_as_done(clause const& c, std::size_t i, quantity_facts const&) {
    if (!in_part_of_targets(c) || i < c.b + 2) return nullptr;
    if (!(c.keyword(i - 1) && is_verb(c.t(i - 1).role))) return nullptr;
    auto const before = c.s.bytes(c.t(c.b).begin, c.t(i - 1).begin);
    return words::ending_one_of(before, words::done_marks) ? "was done already, not a target" : nullptr;
}

// 用好1800亿元引导基金, 盘活存量资金3000亿元: after a verb of using, the amount is the size of what is used
char const* size_of_what_is_used(clause const& c, std::size_t i, quantity_facts const&) {
    if (c.previous_text_ends_with_one_of(i, words::verbs_of_using)) return "is the size of what is used";
    // 把中央财政的400亿元补贴资金用好用活: what 把 puts first, then the verb of using
    bool const put_first = c.s.bytes(c.t(c.b).begin, c.t(i).begin).find("把") != std::string_view::npos;
    return put_first && words::contains_one_of(c.s.bytes(c.t(i).end, c.t(c.e - 1).end), words::verbs_of_using)
               ? "is the size of what is used"
               : nullptr;
}

// 今年高校毕业生将高达765万人: in a part of targets, how large a thing will be, said with weight, is what the
// year brings, not what the government sets out to reach
char const* size_stressed(clause const& c, std::size_t i, quantity_facts const&) {
    if (!in_part_of_targets(c)) return nullptr;
    auto const before = c.s.bytes(c.t(c.b).begin, c.t(i).begin);
    return words::ends_with_one_of(before, words::sizes_stressed) ? "tells how large a thing is, not a target"
                                                                  : nullptr;
}

// 9亿多劳动力、1亿多…人才，是我们最大的资源和优势: in a part of targets, amounts with no verb before them, in
// a clause the next one says something of (，是…), are what the sentence describes, not targets
char const* subject_described(clause const& c, std::size_t i, quantity_facts const&) {
    if (!in_part_of_targets(c) || verb_before(c, i) || c.e + 1 >= c.s.ast.tokens.size() ||
        !c.t(c.e).is(role::clause_break))
        return nullptr;
    // the words of its own item of the list (…劳动力、) have no verb
    for (std::size_t j = i + 1; j < c.e && !c.kw(j, role::list_break); ++j)
        if (c.keyword(j) && is_verb(c.t(j).role)) return nullptr;
    std::size_t k = c.e + 1;
    while (k < c.s.ast.tokens.size() && c.s.token(k).kind == tk::other && c.s.token(k).space) ++k;
    if (k >= c.s.ast.tokens.size()) return nullptr;
    // (…749万人，为历史最高: a record said of it)
    bool const described =
        c.s.bytes(c.s.token(k)) == "是" ||
        words::starts_with_one_of(c.s.text.substr(c.s.token(k).begin), words::records_said);
    return described ? "is what the sentence describes" : nullptr;
}

// “牛羊菜果薯药粮种”8个产业集群全产业链产值突破6100亿元: in a part of targets, a count before any verb, whose
// noun the clause goes on to measure with a verb and an amount of its own, says which things are measured,
// not a number to reach (in a review 1299个重大项目完成投资1.4万亿元 tells both)
char const* count_in_the_subject(clause const& c, std::size_t i, quantity_facts const& f) {
    if (f.ukind != unit_kind::count || c.next_is_suffix(i) || verb_before(c, i) || !text_follows(c, i) ||
        kind_by_scope(c.s.ctx.scope) != statement_kind::goal)
        return nullptr;
    bool verb = false;
    for (std::size_t j = i + 1; j < c.e; ++j) {
        if (c.kw(j, role::list_break)) return nullptr;
        if (c.keyword(j) && (c.t(j).role == role::level || c.t(j).role == role::growth ||
                             c.t(j).role == role::increase || c.t(j).role == role::compare_more_than))
            verb = true;
        if (c.t(j).kind == tk::quantity) return verb ? "counts the things measured, not an amount" : nullptr;
    }
    return nullptr;
}

// 培育一批产值超500亿、1000亿优势特色产业集群: after 一批 (a number unstated) a measure is the class of the
// things the batch counts, not an amount to reach (a count is the batch's size: 新一批22项, 第一批48个)
char const* class_of_a_batch(clause const& c, std::size_t i, quantity_facts const& f) {
    if (f.ukind == unit_kind::count) return nullptr;
    // 64个预增产值过10亿元、2334个过2000万元的工业新增长点: a measure over which things counted before it
    // in the clause qualify is their class too
    if (c.previous_text_ends_with(i, "过"))
        for (std::size_t j = c.b; j < i; ++j)
            if (c.t(j).kind == tk::quantity && unit_kind_at(c, j) == unit_kind::count)
                return "is the class of the things counted, not an amount";
    auto const before = c.s.bytes(c.t(c.b).begin, c.t(i).begin);
    auto const at = before.find("一批");
    if (at == std::string_view::npos) return nullptr;
    auto const head = before.substr(0, at);
    bool const numbered = words::ends_with_one_of(head, words::batch_numbers);  // 新一批, 第一批, 三个一批
    return numbered ? nullptr : "is the class of a batch of things, not an amount";
}

// (2010-2015)
char const* span_of_years(clause const&, std::size_t, quantity_facts const& f) {
    auto const& a = f.r.first;
    return f.r.second && a.unit.empty() && !(a.num.flags & ast::decimal) && a.value >= 1900 &&
                   a.value <= 2100 && f.r.second->value >= 1900 && f.r.second->value <= 2100
               ? "is a span of years, not a range of amounts"
               : nullptr;
}

// 三年行动计划: the years of the program, read as its period
char const* program_years(clause const& c, std::size_t i, quantity_facts const&) {
    return i + 1 < c.e && c.kw(i + 1, role::plan_program) ? "is the length of a program" : nullptr;
}

// 五年城镇新增就业4500万人: the span, read as the period
char const* years_ahead(clause const& c, std::size_t i, quantity_facts const&) {
    return years_ahead_of_amount(c, i) ? "is the span the amount after it covers" : nullptr;
}

char const* code(clause const&, std::size_t, quantity_facts const& f) {
    return f.r.first.num.flags & (ast::leading_zero | ast::long_digits)
               ? "reads as a code or a phone number, not an amount"
               : nullptr;
}

// 910#道路, 12号文件
char const* numbered(clause const& c, std::size_t i, quantity_facts const&) {
    if (!(i + 1 < c.e && c.t(i + 1).kind == tk::other)) return nullptr;
    auto const next = c.bytes(i + 1);
    return words::is_one_of(next, words::number_marks) ||
                   words::starts_with_one_of(next, words::number_suffixes)
               ? "numbers a thing"
               : nullptr;
}

// 每千人5批次: what the next amount is counted per (the tokenizer gave it to that amount's unit)
char const* counted_per(clause const& c, std::size_t i, quantity_facts const&) {
    return c.s.ast.quantities[c.t(i).index].per_of_next ? "is what the next amount is counted per" : nullptr;
}

// 最低收购价平均每50公斤分别提高7.4元和16元: an amount after 每, with amounts after it in its clause, is what
// they are counted per
char const* per_amount_ahead(clause const& c, std::size_t i, quantity_facts const&) {
    if (!(c.previous_is_word(i, "每") || c.previous_text_ends_with(i, "每"))) return nullptr;
    for (std::size_t j = i + 1; j < c.e; ++j)
        if (c.t(j).kind == tk::quantity && c.reading(j).first.unit_index >= 0)
            return "is what the amounts after it are counted per";
    return nullptr;
}

// 支持每个行政村设立一个卫生室: one of a thing for each of another is a rule of provision, not an amount
char const* one_for_each(clause const& c, std::size_t i, quantity_facts const& f) {
    if (f.r.first.value != 1 || f.ukind != unit_kind::count) return nullptr;
    return words::contains_one_of(c.s.bytes(c.t(c.b).begin, c.t(i).begin), words::each_words)
               ? "is one for each, not an amount"
               : nullptr;
}

// 省委十二届十一次全会: the term and the session of a meeting are its number, not amounts
char const* numbers_a_meeting(clause const& c, std::size_t i, quantity_facts const& f) {
    std::string_view const unit = f.r.first.unit_text;
    if (words::is_one_of(unit, words::term_units)) return "numbers a meeting";
    // 十一届九次、十次全会: the sessions of a list, then the meeting
    std::size_t j = i + 1;
    while (j + 1 < c.e && c.kw(j, role::list_break) && c.t(j + 1).kind == tk::quantity &&
           words::is_one_of(c.reading(j + 1).first.unit_text, words::meeting_units))
        j += 2;
    bool const meeting_next =
        j < c.e && c.t(j).kind == tk::other && words::starts_with_one_of(c.bytes(j), words::meetings);
    return words::is_one_of(unit, words::meeting_units) && meeting_next ? "numbers a meeting" : nullptr;
}

// 由12464元增长到16081元: the first amount is where it started, with no year of its own (由2010年的162.4亿元
// has one: a figure of that year, read as a baseline)
char const* starting_value(clause const& c, std::size_t i, quantity_facts const&) {
    if (!starts_a_change(c, i) || baseline_time(c, i)) return nullptr;
    return "is where the change started";
}

// 跨上3万亿元台阶, 连续迈上3万亿、4万亿两个台阶: a step climbed is a figure of speech for a level passed, and
// the steps of a list are counted by the words after them, not stated as amounts
char const* step_of_a_staircase(clause const& c, std::size_t i, quantity_facts const&) {
    std::size_t j = i + 1;
    while (j < c.e && (c.blank(j) || c.kw(j, role::list_break) || c.t(j).kind == tk::quantity)) ++j;
    // 台阶, 新台阶
    if (j >= c.e || c.t(j).kind != tk::other) return nullptr;
    bool const step = c.bytes(j).substr(0, 9).find("台阶") <= 3;
    // 4个千亿台阶: the amount before took 台 for its unit
    auto const took_tai = [&](std::size_t q) {
        std::string_view const u = c.reading(q).first.unit_text;
        return common::ends_with(u, "台");
    };
    bool const split = c.t(j - 1).kind == tk::quantity && c.bytes(j).substr(0, 3) == "阶" && took_tai(j - 1);
    return step || split ? "is a step (台阶) passed, not an amount" : nullptr;
}

// 四、加强政府自身建设, 名词解释, the preamble: a part of no time (DESIGN: scope other) states neither a goal
// nor a result unless the sentence says which by its own words — a strength (确保), a cue (已, 计划, 预计) or
// a time (2026年, 年底); a strength quoted after a verb of saying (全会提出，要实施…) is not its own. A
// glossary's 包括…等6个 and a closing's figures of speech are not statements
char const* in_part_of_no_time(clause const& c, std::size_t, quantity_facts const&) {
    auto const& s = c.s;
    if (s.ctx.scope.kind != rules::scope_kind::other || s.ctx.kind) return nullptr;
    bool const its_own = s.own_cue() || s.period_from_time;
    return its_own ? nullptr
                   : "is in a part of no time (the government's own conduct, a glossary, the preamble) "
                     "and says nothing of its own time";
}

constexpr amount_rule rules[] = {
    {"第一批", rank_after_ordinal, true, "第"},
    {"60周岁以上企业退休人员", age_band},
    {"连续三年", streak_of_time},
    {"引进投资10亿元以上项目5个", qualifies_a_count, false},
    {"占地9亩的惠众西城一品二期工程全面开工", describes_milestone_subject},
    {"“8个100%”", in_quotes},
    {"86台县域“发动机”高速运转", counts_a_metaphor},
    {"完成日处理5万吨水厂改扩建", capacity_of_a_thing},
    {"开工建设兰州石化120万吨乙烯改造项目", size_in_a_project_name},
    {"数百名代表", rough_count},
    {"这一年", one_time},
    {"两项改革", category},
    {"前三名", rank_before},
    {"24小时带班", time_qualifier},
    {"新中国成立75周年", anniversary},
    {"大干三个月", length_of_doing},
    {"连续迈上3万亿、4万亿两个台阶", step_of_a_staircase},
    {"千万吨炼化基地", size_class},
    {"在14个市州城区", place_of_doing},
    {"做优做强5个国家先进制造业集群", set_worked_on},
    {"重点做好以下10个方面工作", part_of_a_text},
    {"民间投资新36条", articles_name_a_policy},
    {"今后五年", years},
    {"投资68亿元的项目", describes_noun},
    {"7%左右的速度", qualified_describes_noun},
    {"成熟一家、批准一家", one_at_a_time},
    {"关停淘汰10万千瓦及以下燃煤机组", class_bound},
    {"让每一名干部都成为…", every_one},
    {"确保早一天开工", earlier_or_later},
    {"我区有20个对外开放口岸，要…", what_there_is},
    {"对已经谋划的近1400个重点工业项目", done_already},
    {"推动肉羊、玉米2个千亿级产业链提质增效", counts_the_names_before},
    {"50公里绿道试点等项目", example_name},
    {"占地面积9亩", attribute_of_a_thing},
    {"全区30个行政村已累计有17个村", whole_before_part},
    {"远超国家标准11.5平方米", standard},
    {"支持率90%以上才能实施", condition},
    {"城乡二元结构", part_of_a_word},
    {"把13亿中国人的饭碗牢牢端在自己手中", whole_people},
    {"用好1800亿元引导基金", size_of_what_is_used},
    {"国家已设立400亿元新兴产业创业投资引导基金", told_as_done},
    {"今年高校毕业生将高达765万人", size_stressed},
    {"9亿多劳动力、1亿多人才，是我们最大的资源", subject_described},
    {"培育一批产值超500亿元的产业集群", class_of_a_batch},
    {"8个产业集群全产业链产值突破6100亿元", count_in_the_subject},
    {"按照上级60%人员下沉社区的要求", rule_followed},
    {"(2010-2015)", span_of_years},
    {"三年行动计划", program_years, false},
    {"五年城镇新增就业4500万人", years_ahead, false},
    {"0371-12345678", code},
    {"12号文件", numbered, false},
    {"省委十二届十一次全会", numbers_a_meeting, false},
    {"食品抽检每千人5批次", counted_per, false},
    {"支持每个行政村设立一个卫生室", one_for_each},
    {"最低收购价平均每50公斤分别提高7.4元", per_amount_ahead},
    {"由12464元增长到16081元", starting_value, false},
    {"名词解释：…包括都江堰灌区等6个", in_part_of_no_time},
};

quantity_facts facts_of(clause const& c, std::size_t i) {
    auto const& r = c.reading(i);
    auto const& a = r.first;
    auto const ukind = unit_kind_at(c, i);
    bool const chinese_only = (a.num.flags & ast::chinese) && !(a.num.flags & ast::arabic);
    bool const pct = a.unit == "%"sv || a.unit == "pp"sv || a.mark == ast::mark::fraction;
    return {r, ukind, chinese_only, pct};
}

// Whether a rule says the quantity is no amount (noting why when the rule says so).
bool ruled_out(clause const& c, std::size_t i) {
    auto const f = facts_of(c, i);
    for (auto const& rule : rules) {
        char const* why = rule.test(c, i, f);
        if (!why) continue;
        if (rule.noted) {
            std::string note(rule.prefix);
            note += c.bytes(i);
            note += ' ';
            note += why;
            c.s.note(c.t(i).begin, std::move(note));
        }
        return true;
    }
    return false;
}

// A bare number counts right after a verb (指数达到102), or as a count at the end of a clause after the
// words of what it counts (问题1609, 办结1592); not a year, and not before other amounts of the clause.
void add_bare_numbers(clause const& c, std::vector<std::size_t> const& bare, std::vector<std::size_t>& out) {
    for (auto i : bare) {
        auto const& a = c.reading(i).first;
        bool const year_like =
            !(a.num.flags & ast::decimal) && a.num.scale == 1 && a.value >= 1900 && a.value <= 2100;
        bool const after_verb = i > c.b && c.keyword(i - 1) && is_verb(c.t(i - 1).role);
        bool const after_words = i > c.b && c.t(i - 1).kind == tk::other && !c.t(i - 1).punct;
        bool const at_end = i + 1 == c.e;
        // 15万中小学生: an amount of people written before the noun, with no other amount around
        bool const before_noun = a.num.scale > 1 && i + 1 < c.e && c.t(i + 1).kind == tk::other &&
                                 !c.t(i + 1).punct && out.empty() && bare.size() == 1;
        // 承办好2026智慧农业博览会: a year right before a name is part of the name
        bool const names_a_year = year_like && c.word_follows(i);
        if (after_verb && out.empty() && !names_a_year)
            out.push_back(i);
        else if (!year_like && ((after_words && at_end) || before_noun))
            out.push_back(i);
    }
}

}  // namespace

std::vector<std::size_t> amounts(clause const& c) {
    std::vector<std::size_t> out, bare;
    for (std::size_t i : c.quantities) {
        if (ruled_out(c, i)) continue;
        auto const& r = c.reading(i);
        if (is_bare(r.first) && !r.second && r.ratio.empty()) {
            // A bare number is a list number (1、), part of a word (十八大), or, rarely, a value
            bool const list_number =
                i + 1 < c.e && (c.kw(i + 1, role::list_break) ||
                                words::is_one_of(c.bytes(i + 1), words::list_number_points));
            if (!list_number && (r.first.num.flags & ast::arabic)) bare.push_back(i);
            continue;
        }
        out.push_back(i);
    }
    add_bare_numbers(c, bare, out);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace luoshi::dsl::lower
