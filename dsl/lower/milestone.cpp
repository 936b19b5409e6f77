// A clause with no amount can still state something:
//   a milestone — an event of a named subject by a time: 确保2015年10月实现居民回迁,
//   力争6月份蓝天广场开门营业; a direction — 城镇登记失业人数只增不减 (a goal that the metric only moves one
//   way); a change with no number — 去年我国进出口总额出现下降 (a figure: the sign alone).
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "dsl/lower/clause.hpp"
#include "dsl/time.hpp"

#include <algorithm>

namespace luoshi::dsl::lower {

void add_plain(clause const& c, statement& st, std::size_t last) {
    st.src.start = c.first_meaningful(c.b);
    st.src.end = c.t(last).end;
    st.src.text = std::string(c.s.bytes(st.src.start, st.src.end));
    c.s.out.statements.push_back(std::move(st));
}

bool leading_word(clause const& c, std::size_t i) {
    return c.t(i).kind == tk::time || c.blank(i) ||
           (c.keyword(i) && (is_lead(c.t(i).role) || c.t(i).role == role::strength_binding ||
                             c.t(i).role == role::strength_aspiration));
}

std::optional<std::size_t> streak_of_years(clause const& c) {
    for (std::size_t i = c.b + 1; i < c.e; ++i)
        if (c.t(i).kind == tk::quantity && c.reading(i).first.unit == "年" &&
            (c.previous_is_word(i, "连续") || c.previous_text_ends_with(i, "连续")))
            return c.previous_is_word(i, "连续") ? i - 1 : i;
    return std::nullopt;
}

// A clause with no amount (a direction, a comparison with another statistic) states a goal unless the part of
// the report or the clause's cue says it is a result, or a streak of years tells a record kept (“三公”经费
// 连续13年只减不增)
statement_kind kind_without_amount(clause const& c) {
    auto const& s = c.s;
    if (s.ctx.kind) return *s.ctx.kind;
    if (streak_of_years(c)) return statement_kind::figure;
    if (s.figure_cue && !s.goal_cue && s.strength == rules::strength::none) return statement_kind::figure;
    auto const by_scope = kind_by_scope(s.ctx.scope);
    return by_scope ? scope_kind_of_clause(s, *by_scope) : statement_kind::goal;
}

namespace {

// 城镇登记失业人数只增不减: the words before the direction name the metric (else the clause before's)
bool read_direction(clause const& c) {
    std::optional<std::size_t> at;
    if (c.has(role::direction_up) || c.has(role::direction_down))
        for (std::size_t i = c.b; i < c.e; ++i)
            if (c.kw(i, role::direction_up) || c.kw(i, role::direction_down)) at = i;
    if (!at) return false;
    auto const& s = c.s;
    statement st;
    std::size_t rb = c.b;
    while (rb < *at && leading_word(c, rb)) ++rb;
    std::size_t re = *at;  // the streak is no part of the name
    if (auto const streak = streak_of_years(c); streak && *streak > rb && *streak < re) re = *streak;
    // (an adverb before the direction, a verb that opens the words, are no part of the name:
    // …等支出原则上零增长, 促进重点区域煤炭消费零增长)
    std::string_view named = rb < re ? s.bytes(c.t(rb).begin, c.t(re - 1).end) : std::string_view{};
    named = words::without_trailing(named, words::adverbs_before_a_verb);
    named = without_opening_verb(named);
    st.metric_text = named.empty() ? s.metric_text : without_unmatched_quotes(trim_text(named));
    st.metric = canonical(s, st.metric_text);
    st.comparator = comparator::direction;
    st.direction = c.kw(*at, role::direction_up) ? 1 : -1;
    st.kind = kind_without_amount(c);
    st.strength = s.strength;
    apply_time(s, st);
    add_plain(c, st, *at);
    return true;
}

// 去年我国进出口总额出现下降: a change of a known metric stated without a number still has a sign. Only after
// 出现 / 有所 / 略有 / 同比, and only as a figure: 推动经济增长 states nothing.
bool read_bare_change(clause const& c) {
    auto const& s = c.s;
    std::size_t last = c.e;
    while (last > c.b && (c.blank(last - 1) || (c.t(last - 1).kind == tk::other && c.t(last - 1).punct)))
        --last;
    if (last <= c.b + 1) return false;
    std::size_t const verb = last - 1;
    bool const down = c.kw(verb, role::decline), up = c.kw(verb, role::growth);
    if (!down && !up) return false;
    auto const before = s.bytes(c.t(c.b).begin, c.t(verb).begin);
    std::string_view cue;
    for (auto const& w : words::bare_change_cues)
        if (before.size() >= w.text.size() && before.substr(before.size() - w.text.size()) == w.text)
            cue = w.text;
    if (cue.empty() || !s.ctx.catalog) return false;
    std::size_t rb = c.b;
    while (rb < verb && (c.t(rb).kind == tk::time || c.blank(rb) ||
                         (c.keyword(rb) && (is_lead(c.t(rb).role) || c.t(rb).role == role::estimate_cue))))
        ++rb;
    if (rb >= verb) return false;
    auto text = s.bytes(c.t(rb).begin, c.t(verb).begin);
    text.remove_suffix(cue.size());
    std::string metric_text = trim_text(text);
    for (auto const& lead : words::region_leads)
        if (metric_text.size() > lead.text.size() && metric_text.compare(0, lead.text.size(), lead.text) == 0)
            metric_text.erase(0, lead.text.size());
    auto const* def = s.ctx.catalog->find(metric_text);
    if (!def) return false;
    statement st;
    st.kind = decide_kind(c, {});
    if (st.kind != statement_kind::figure) return false;
    st.metric_text = metric_text;
    st.metric = def->name;
    st.measure = measure::growth;
    st.comparator = comparator::direction;
    st.direction = down ? -1 : 1;
    st.unit = "%";
    apply_time(s, st);
    add_plain(c, st, verb);
    return true;
}

}  // namespace

// An event word that is part of a name or the running of a thing, not something that happens: 园区运营模式,
// 入住率 (an event with no object before the head of a name, or inside a noun phrase of work:
// …搬迁…总结评估), 知识产权运营 (运营 with no verb of opening), 用水、用电、通车 (an item of a list of
// services)
bool names_a_thing(clause const& c, std::size_t i) {
    auto const w = c.bytes(i);
    // 重大水利工程已开工的57个项目: what is done already, before 的, describes the noun after it
    if (i + 1 < c.e && c.kw(i + 1, role::of) && i > c.b &&
        (c.kw(i - 1, role::figure_cue) || words::ends_with_one_of(c.bytes(i - 1), words::done_already_words)))
        return true;
    // 统筹抓好用水、用电、通车, 解决好通路、通水: an event word that is a whole item of a list names a
    // service (建成信阳五岳、开工济源电站: an event with its object after it is the next item's verb)
    if (c.previous_is(i, role::list_break) &&
        (i + 1 == c.e || c.kw(i + 1, role::list_break) || c.t(i + 1).punct))
        return true;
    // 推动先行启动区开展压力测试: 区 or 率 right after any event word ends a name
    if (i + 1 < c.e && c.t(i + 1).kind == tk::other &&
        words::starts_with_one_of(c.s.bytes(c.t(i + 1).begin, c.t(c.e - 1).end),
                                  words::heads_after_any_event))
        return true;
    if (words::is_one_of(w, words::events_without_object) && i + 1 < c.e &&
        (c.text_at(i + 1) || c.kw(i + 1, role::word) || c.t(i + 1).kind == tk::quantity)) {
        // (the words after may come split where a keyword could start: 营业|收|入)
        if (words::starts_with_one_of(c.s.bytes(c.t(i + 1).begin, c.t(c.e - 1).end), words::name_heads))
            return true;
        // 避险搬迁一期工程总结评估, 企业挂牌上市“玉如意计划”: words after the event that end in a head of
        // work, a plan or a place make it part of that noun phrase (not 通车改变…历史, 开工三亚国际邮轮港)
        std::size_t last = c.e;
        while (last > i + 1 &&
               (c.blank(last - 1) || (c.t(last - 1).kind == tk::other && c.t(last - 1).punct)))
            --last;
        if (words::ends_with_one_of(c.s.bytes(c.t(i + 1).begin, c.t(last - 1).end), words::work_heads))
            return true;
    }
    return words::is_one_of(w, words::running_not_start) &&
           !(i > c.b && words::ends_with_one_of(c.bytes(i - 1), words::openings_before_running));
}

namespace {

// 寻根节, 汉交会, 长江文化艺术季: a name that ends as a gathering's does (event_heads), and is not a step of
// work, a season, a holiday or the government's own meeting that ends the same way (环节, 春节, 分析会)
bool names_a_gathering(std::string_view name) {
    return words::ends_with_one_of(name, words::event_heads) &&
           !words::ends_with_one_of(name, words::not_gatherings);
}

// 建成人防应急指挥中心, 完成北环路、雁白大桥建设 (the verb first), 北外环道路开工建设 (the verb last): a
// project named by its verb and the head of its name, in a clause with no amount (a number in a name,
// 南三高速, and a capacity before it, 日处理5万吨水厂, are none)
std::optional<std::size_t> project_verb(clause const& c) {
    std::size_t first = c.b, last = c.e;
    // how it is done, in text tokens up to the verb (基本 comes as 基|本)
    auto const after_manner = [&](std::size_t i) {
        std::size_t const j = c.words_end(i);
        return j > i && words::is_one_of(c.s.bytes(c.t(i).begin, c.t(j - 1).end), words::manner_words) ? j
                                                                                                       : i;
    };
    for (;;) {
        if (first < c.e && (c.blank(first) || c.t(first).kind == tk::time || c.t(first).kind == tk::plan ||
                            c.t(first).punct || c.kw(first, role::strength_binding) ||
                            c.kw(first, role::strength_aspiration) || c.kw(first, role::goal_cue))) {
            ++first;
        } else if (std::size_t const j = first < c.e ? after_manner(first) : first; j > first) {
            first = j;
        } else if (first + 1 < c.e && years_ahead_of_amount(c, first)) {
            first = end_of_years_span(c, first);  // 两年内建成…: the span within which, its time
        } else {
            break;
        }
    }
    // (a book's title closes the name: 编纂《河西走廊通史》)
    while (last > first && (c.blank(last - 1) || (c.t(last - 1).kind == tk::other && c.t(last - 1).punct &&
                                                  c.bytes(last - 1) != "》")))
        --last;
    if (last < first + 2) return std::nullopt;
    // the verb and the head of the name pair up: a project built, an event held, a document issued, a
    // designation sought
    auto const pairs = [&](std::size_t verb, std::size_t from, std::size_t to) {
        auto const v = c.bytes(verb);
        if (c.kw(verb, role::pilot_start))
            return words::ends_with_one_of(c.s.bytes(c.t(from).begin, c.t(to - 1).end), words::pilot_heads);
        if (!c.kw(verb, role::increase)) return false;
        auto name = c.s.bytes(c.t(from).begin, c.t(to - 1).end);
        // …、汉交会等重大活动: the kind after 等 closes a list; the names before it pair with the verb, and a
        // kind of events (活动, 赛事) says by itself that they are held (…、中俄文化大集等活动)
        bool events_listed = false;
        if (auto const etc = name.rfind("等"); etc != std::string_view::npos && etc > 0 &&
                                               words::ends_with_one_of(name, words::kinds_after_a_list)) {
            events_listed = words::ends_with_one_of(name, words::kinds_of_events);
            name = name.substr(0, etc);
        }
        return (words::is_one_of(v, words::project_verbs) &&
                words::ends_with_one_of(name, words::project_heads)) ||
               (words::is_one_of(v, words::holding_verbs) &&
                (names_a_gathering(name) ||
                 (events_listed && !words::ends_with_one_of(name, words::not_gatherings)))) ||
               (words::is_one_of(v, words::issuing_verbs) &&
                words::ends_with_one_of(name, words::document_heads)) ||
               (words::is_one_of(v, words::designation_verbs) &&
                words::ends_with_one_of(name, words::designation_heads)) ||
               (words::is_one_of(v, words::campaign_verbs) &&
                words::ends_with_one_of(name, words::campaign_heads));
    };
    if (pairs(first, first + 1, last)) return first;
    // 在全国开展消费金融公司试点: where the pilot runs, before its verb
    if (c.text_at(first) && common::starts_with(c.bytes(first), "在"))
        for (std::size_t v = first + 1; v + 1 < last; ++v)
            if (c.kw(v, role::pilot_start)) {
                if (pairs(v, v + 1, last)) return v;
                break;
            }
    // 推动出台民营经济促进条例: pushed for, the verb after the push pairs with the name
    if (first + 2 < last && c.text_at(first) && words::is_one_of(c.bytes(first), words::pushing_verbs) &&
        pairs(first + 1, first + 2, last))
        return first + 1;
    // (verb last, the name is the object of no verb of change before it: 减少投资审批、项目核准)
    bool changed = false;
    for (std::size_t j = first; j + 1 < last; ++j) changed = changed || c.kw(j, role::decline);
    if (!changed && pairs(last - 1, first, last - 1)) return last - 1;
    // 推动武威工业园区创建国家经开区: a place pushed to seek a designation, the verb between them
    if (words::starts_with_one_of(c.bytes(first), words::pushing_verbs))
        for (std::size_t v = first + 1; v + 1 < last; ++v)
            if (words::is_one_of(c.bytes(v), words::designation_verbs) && pairs(v, v + 1, last)) return v;
    return std::nullopt;
}

// The event word of the clause: the last event keyword, or a clause that ends in 完成 / 建成 / 安置 (2016年
// 全面完成安置, 也已2014年底全部完成) — not 加大投入, 培育.
std::optional<std::size_t> event_of(clause const& c) {
    std::optional<std::size_t> ev;
    if (c.has(role::event))
        for (std::size_t i = c.b; i < c.e; ++i)
            if (c.kw(i, role::event) && !names_a_thing(c, i) && !c.inside_quotes(i))
                ev = i;  // not “网格全覆盖”
    if (ev) return ev;
    std::size_t last = c.e;
    while (last > c.b && (c.blank(last - 1) || (c.t(last - 1).kind == tk::other && c.t(last - 1).punct)))
        --last;
    if (last > c.b && c.kw(last - 1, role::increase) &&
        words::is_one_of(c.bytes(last - 1), words::closing_events))
        return last - 1;
    return project_verb(c);
}

// 建成投用, 竣工通车, 开业运营: a completion, stated as done (not 即将完工, 正在建设, 将建成)
bool states_completion(clause const& c, std::size_t ev) {
    bool completion = false;
    for (std::size_t j = c.b; j < c.e; ++j)
        if ((c.kw(j, role::event) || c.kw(j, role::increase)) &&
            words::is_one_of(c.bytes(j), words::completions))
            completion = true;
    for (std::size_t j = c.b; j < ev; ++j)
        if (c.kw(j, role::goal_cue) || (c.keyword(j) && words::is_one_of(c.bytes(j), words::not_yet_words)))
            completion = false;
    return completion;
}

bool not_yet(clause const& c, std::size_t ev) {
    for (std::size_t j = c.b; j < ev; ++j)
        if (c.keyword(j) && words::is_one_of(c.bytes(j), words::not_yet_words)) return true;
    return false;
}

// 早日启动, 尽快完工: wished for, with no date to hold it to
bool wished_for(clause const& c, std::size_t ev) {
    for (std::size_t j = c.b; j < ev; ++j)
        if (c.t(j).kind == tk::other && words::ends_with_one_of(c.bytes(j), words::soon_words)) return true;
    return false;
}

// 启用后的社区托老站具有…功能 (after it opens), 为兰大新校区启动做好协调服务 (for its start, a service is
// what is done), 逐年安排搬迁 (a routine), 有序推进…搬迁安置 (a process going on), 鼓励…房票安置 (others are
// encouraged), 强化…就业安置 (an effort strengthened): the event is not promised
bool not_promised(clause const& c, std::size_t ev) {
    std::size_t after = ev + 1;
    while (after < c.e && (c.kw(after, role::event) || c.kw(after, role::increase))) ++after;
    if (after < c.e && c.text_at(after) &&
        words::starts_with_one_of(c.bytes(after), words::after_event_words))
        return true;
    std::size_t first = c.b;
    while (first < ev && (c.blank(first) || c.t(first).kind == tk::time)) ++first;
    bool words_after = false;
    for (std::size_t j = after; j < c.e; ++j) words_after = words_after || c.text_at(j);
    if (c.kw(first, role::level) && c.bytes(first) == "为" && words_after) return true;
    // 强化…就业安置: a verb of strengthening that opens the clause tells an effort going on
    if (first < ev &&
        words::starts_with_one_of(c.s.bytes(c.t(first).begin, c.t(ev).begin), words::effort_verbs))
        return true;
    if (c.previous_text_ends_with_one_of(ev, words::planned_only)) return true;
    // 重点用于职工分流安置: what a sum is for
    if (words::contains_one_of(c.s.bytes(c.t(c.b).begin, c.t(ev).begin), words::purpose_words)) return true;
    // 逐年 may be read as a time and a word: the words before the event as written
    return words::contains_one_of(c.s.bytes(c.t(c.b).begin, c.t(ev).begin), words::ongoing_words);
}

// 居民回迁推迟到2016年3月: a delay is told as a result
bool delayed(clause const& c) {
    for (std::size_t j = c.b; j < c.e; ++j)
        if (c.kw(j, role::figure_cue) && words::starts_with_one_of(c.bytes(j), words::delays)) return true;
    return false;
}

// “十五五”规划, “权力清单”和“负面清单”: a quote that opens the name and closes inside it is part of it, and
// so is one that opens inside it and closes it (trim_text drops quotes at the edges)
std::string with_opening_quote(std::string_view text, std::string s) {
    auto const first_open = s.find("“"), first_close = s.find("”");
    if (first_close != std::string::npos && (first_open == std::string::npos || first_close < first_open) &&
        text.find("“" + s) != std::string_view::npos)
        s.insert(0, "“");
    auto const last_open = s.rfind("“"), last_close = s.rfind("”");
    if (last_open != std::string::npos && (last_close == std::string::npos || last_close < last_open) &&
        text.find(s + "”") != std::string_view::npos)
        s += "”";
    return s;
}

// The name in a milestone's words: verbs and adverbs at the edges (已顺利, 全部, 即将, 加快) are not part of
// it.
std::string subject_words(std::string_view text) {
    std::string s = trim_text(text);
    for (bool changed = true; changed;) {
        changed = false;
        auto const strip_front = [&](auto const& list) {
            for (auto const& w : list)
                if (s.size() >= w.text.size() && s.compare(0, w.text.size(), w.text) == 0) {
                    s.erase(0, w.text.size());
                    changed = true;
                }
        };
        strip_front(words::subject_front);
        for (auto const& w : words::subject_back)
            if (common::ends_with(s, w.text)) {
                s.erase(s.size() - w.text.size());
                changed = true;
            }
        s = trim_text(s);
    }
    return with_opening_quote(text, std::move(s));
}

// 早一天开工, 提前3个月交付: how much sooner or later, before the verb, names nothing
bool sooner_or_later(std::string_view subject) {
    for (auto const& w : words::earlier_or_later)
        if (common::starts_with(subject, w.text)) {
            auto const span = subject.substr(w.text.size(), 12);
            return words::contains_one_of(span, words::time_span_ends);
        }
    return false;
}

// The subject: the words before the event (after a 的, only what follows it: …478人的惠众西城一品二期工程全面
// 开工), without leads, dates and adverbs; else the words after it (启动拆迁工作); else, when the clause is
// dated or a completion, what the clause before was about (加快蓝天佳园招商工作，力争6月份开门营业). Nothing
// when there is no subject and nothing makes the event worth holding to (适时启动).
std::optional<std::string> subject_of(clause const& c, std::size_t eb, std::size_t ee, bool dated,
                                      bool completion) {
    auto const& s = c.s;
    // 在安徽等地开展农村税费改革试点: a pilot is named after its verb; the words before say where it runs
    if (c.kw(eb, role::pilot_start) && ee < c.e)
        return subject_words(s.bytes(c.t(ee).begin, c.t(c.e - 1).end));
    std::size_t from = c.b;
    for (std::size_t j = c.b; j < eb; ++j)
        if (c.kw(j, role::of)) from = j + 1;
    std::optional<std::size_t> sb, se;
    // a plan token that names a document (“十五五”规划) is a noun of the subject; as a time (“十三五”期间) it
    // is not
    auto const names_document = [&](std::size_t j) {
        return c.t(j).kind == tk::plan && words::ends_with_one_of(c.bytes(j), words::plan_documents);
    };
    // 8.实现城乡法律援助服务网络全覆盖: the number of a list item and its mark are no part of the subject
    while (from < eb && (c.blank(from) || (c.t(from).kind == tk::other && c.t(from).punct))) ++from;
    if (from + 1 < eb && c.t(from).kind == tk::quantity && is_list_number(c, from)) from += 2;
    for (std::size_t j = from; j < eb; ++j) {
        // 两年内实现…: a span of years that frames the clause (read as its time), no part of the name
        if (years_ahead_of_amount(c, j)) {
            j = end_of_years_span(c, j) - 1;
            continue;
        }
        if (c.text_at(j) || c.t(j).kind == tk::quantity || c.kw(j, role::word) || names_document(j)) {
            if (!sb) sb = j;
            se = j;
        }
    }
    std::string subject = sb ? subject_words(s.bytes(c.t(*sb).begin, c.t(*se).end)) : std::string();
    // 确保早一天开工: wished for sooner, as 尽快 is, with no date to hold it to
    if (sooner_or_later(subject)) return std::nullopt;
    // 高水平办好兰洽会: how it is done, before the verb, names nothing (高水平研究型医院 after it is a name)
    if (words::is_one_of(subject, words::manner_words)) subject.clear();
    // 恢复和开通更多国际航线: a verb joined to the event by 和 shares its object, after the event
    if (words::ends_with_one_of(subject, words::list_connectors) && ee < c.e) subject.clear();
    if (subject.empty() && ee < c.e) subject = subject_words(s.bytes(c.t(ee).begin, c.t(c.e - 1).end));
    bool const topic = s.topic.second > s.topic.first;
    if (subject.empty() && !dated && !completion && !topic) return std::nullopt;
    if (subject.empty() && topic) subject = subject_words(s.bytes(s.topic.first, s.topic.second));
    return subject;
}

// 尚未回迁, 暂停开工, 未开工: the sentence says the event has not happened, or stopped
bool says_not_done(std::string_view text, std::string_view event) {
    if (words::contains_one_of(text, words::not_done_words)) return true;
    auto const at = text.find(event);
    return at != std::string_view::npos && at >= 3 && text.substr(at - 3, 3) == "未";
}

// names_program: the event starts or writes a program named in the clause (制定新型城镇化三年行动计划), whose
// name (行动计划) is no cue of the sentence's own
statement_kind milestone_kind(clause const& c, bool completion, bool names_program) {
    auto const& s = c.s;
    bool const goal_cue = s.goal_cue && !(names_program && !c.has(role::goal_cue));
    if (s.ctx.kind) return *s.ctx.kind;
    if (delayed(c) || done_with_le(c)) return statement_kind::figure;
    auto const by_scope = kind_by_scope(s.ctx.scope);
    // in a review, only a date of the milestone's own clause makes it a goal
    // (提出到2020年…目标，制定实施…方案: the plan was made)
    if (by_scope == statement_kind::figure && !s.ctx.scope.inferred && !c.timed)
        return statement_kind::figure;
    if (by_scope && !s.ctx.scope.inferred) return scope_kind_of_clause(s, *by_scope);
    if (s.figure_cue && !goal_cue && s.strength == rules::strength::none) return statement_kind::figure;
    if (s.strength != rules::strength::none || goal_cue || future_period(s)) return statement_kind::goal;
    if (by_scope) return scope_kind_of_clause(s, *by_scope);
    // 3月2日，启动征迁工作 said in July: a day gone by tells what happened
    if (s.period_from_time && s.period && s.ctx.reference && s.period->end < *s.ctx.reference)
        return statement_kind::figure;
    return completion ? statement_kind::figure : statement_kind::goal;
}

// 精心编制…“十五五”规划 in a part about the plan years: the plan is written before its years begin, so
// writing it is due by the end of the report's year, whatever part of the report says it (a date of its own
// decides)
void writing_a_plan_is_due_this_year(clause const& c, statement& st) {
    auto const& s = c.s;
    if (st.kind != statement_kind::goal || s.period_deadline || !s.ctx.reference ||
        !words::starts_with_one_of(st.event, words::issuing_verbs))
        return;
    bool plan = false;
    for (std::size_t i = c.b; i < c.e; ++i) plan = plan || c.t(i).kind == tk::plan;
    if (!plan || !st.deadline || st.deadline->year() <= s.ctx.reference->year()) return;
    int const y = s.ctx.reference->year();
    auto const from = safe_date(y, 1, 1), to = safe_date(y, 12, 31);
    if (!from || !to) return;
    st.period = rules::period{*from, *to};
    st.deadline = *to;
}

// 智慧城市项目通过国家验收: passing an inspection is the event from 通过 on (国家 says whose inspection);
// with nothing before 通过 (确保年底前通过国家验收) the subject is what the clause before was about
void passing_an_inspection(phrase_state const& s, std::string& subject, std::string& event) {
    if (!words::is_one_of(event, words::inspections)) return;
    for (auto const& verb : words::passing_verbs) {
        auto const at = subject.find(verb.text);
        if (at == std::string::npos) continue;
        event = subject.substr(at) + event;
        subject = trim_text(subject.substr(0, at));
        if (subject.empty() && s.topic.second > s.topic.first)
            subject = subject_words(s.bytes(s.topic.first, s.topic.second));
        return;
    }
}

// 建成东港机场三期、南湾港区一期; 办好兰洽会、文博会: a subject that lists things each named in full is one
// milestone for each. Items split at 、 outside 《》 “” （）, and only when every one ends as the name of a
// project, an event or a document does (机场三期, 文博会, 《…规划》) — 塔里木河、黑河流域综合治理 and
// 水电、核电项目 share the last one's head, and a list inside a description (扩大内需、促进增长的十项措施)
// is no list of subjects. 等 and the kind after it (等项目, 等重大工程) close the list; the work the last
// item names (北环路、雁白大桥建设) is each item's; an item that is a code alone (910#、915#道路) takes the
// last one's head; an item that opens with a phase (引绰济辽一期、二期工程) is no name by itself.
std::vector<std::string> listed_subjects(std::string const& subject) {
    std::string_view words = subject;
    if (words.find("的") != std::string_view::npos) return {};
    if (auto const etc = words.rfind("等"); etc != std::string_view::npos && etc > 0) {
        auto const kind = words.substr(etc + std::string_view("等").size());
        if (kind.empty() || words::ends_with_one_of(kind, words::project_heads) ||
            words::ends_with_one_of(kind, words::kinds_after_a_list) ||
            words::ends_with_one_of(kind, words::event_heads))
            words = words.substr(0, etc);
    }
    // an item's edges without blanks, its closing bracket kept (渝昆高铁（渝宜段）)
    auto const item_at = [](std::string_view text) {
        std::string item = trim_text(text);
        auto const count = [&](std::string_view b) {
            std::size_t n = 0;
            for (auto p = item.find(b); p != std::string::npos; p = item.find(b, p + b.size())) ++n;
            return n;
        };
        if (count("（") > count("）")) item += "）";
        return item;
    };
    std::vector<std::string> items;
    int depth = 0;
    std::size_t from = 0;
    for (std::size_t p = 0; p <= words.size();) {
        int n = 1;
        if (p < words.size()) common::code_point_at(words.data() + p, n);
        auto const len = static_cast<std::size_t>(n);
        auto const ch = p < words.size() ? words.substr(p, len) : std::string_view{};
        if (ch == "《" || ch == "“" || ch == "（" || ch == "(") ++depth;
        if ((ch == "》" || ch == "”" || ch == "）" || ch == ")") && depth > 0) --depth;
        if (p == words.size() || (depth == 0 && ch == "、")) {
            items.push_back(item_at(words.substr(from, p - from)));
            from = p + len;
        }
        p += len;
    }
    if (items.size() < 2) return {};
    std::string_view work;
    if (auto const* w = words::ending_one_of(items.back(), words::work_shared_by_a_list)) {
        work = w->text;
        items.back().erase(items.back().size() - work.size());
    }
    auto const code = [](std::string const& item) {
        return !item.empty() &&
               std::all_of(item.begin(), item.end(), [](char ch) { return (ch & 0x80) == 0; });
    };
    auto const* head = words::ending_one_of(items.back(), words::project_heads);
    for (auto& item : items) {
        if (code(item) && head) item += head->text;
        std::string_view name = item;  // 沪杭铁路（嘉兴段）: the head is before the part in brackets
        if (common::ends_with(name, "）") && name.rfind("（") != std::string_view::npos)
            name = name.substr(0, name.rfind("（"));
        bool const named = words::ends_with_one_of(name, words::project_heads) ||
                           words::ends_with_one_of(name, words::heads_in_a_list) || names_a_gathering(name) ||
                           words::ends_with_one_of(name, words::document_heads);
        // 引绰济辽一期、二期工程: an item that opens with its phase (二期) takes its name from the first
        if (!named || item.size() < 6 || words::starts_with_one_of(item, words::phase_ordinals)) return {};
        item += work;
    }
    return items;
}

void read_milestone(clause const& c) {
    auto const& s = c.s;
    auto const ev = event_of(c);
    if (!ev) return;
    // A milestone needs a date, a strength word, a word that it is done (已), or a section that makes it one:
    // 即将开工 alone states nothing to hold anyone to
    bool dated = s.period_from_time;
    for (std::size_t i = c.b; i < c.e; ++i) dated = dated || c.t(i).kind == tk::time;
    bool const completion = states_completion(c, *ev);
    if (!dated && s.strength == rules::strength::none && !s.figure_cue && !s.ctx.kind &&
        !kind_by_scope(s.ctx.scope) && !completion)
        return;
    // in a part of no time (a glossary: 谋划一批、开工一批、竣工一批) only the sentence's own words make one
    if (s.ctx.scope.kind == rules::scope_kind::other && !s.ctx.kind && !dated && !s.own_cue()) return;
    // 即将开工, 正在建设: neither done nor promised by a date, whatever part of the report says it
    if (!dated && s.strength == rules::strength::none && !s.ctx.kind && not_yet(c, *ev)) return;
    // 早日启动 is wished for with no date; in a year's work plan the year is its date
    // (…机场改扩建尽早开工建设)
    if (wished_for(c, *ev) && s.ctx.scope.kind != rules::scope_kind::year_targets) return;
    if (not_promised(c, *ev)) return;
    // 推动规上工业企业研发活动全覆盖: pushed toward a state (full coverage), with no 确保 and no date, is a
    // direction of work, no event by the year's end (实现…全覆盖 and 确保…全覆盖 are); a plan's targets
    // (推动…百亿级产业全覆盖 by 2030) are the plan's
    bool const plan =
        s.ctx.scope.kind == rules::scope_kind::plan_targets || s.ctx.scope.kind == rules::scope_kind::vision;
    if (!dated && !plan && s.strength != rules::strength::binding &&
        words::is_one_of(c.bytes(*ev), words::states_reached) &&
        words::starts_with_one_of(s.text.substr(c.first_meaningful(c.b)), words::pushing_toward))
        return;
    // The event: 竣工通车, 开业运营, 搬迁入住, 建成启用, 完成安置 — adjacent event words and the verb before
    // them
    std::size_t eb = *ev, ee = *ev + 1;
    while (eb > c.b && (c.kw(eb - 1, role::event) || c.kw(eb - 1, role::increase))) --eb;
    while (ee < c.e && (c.kw(ee, role::event) || c.kw(ee, role::increase))) ++ee;

    auto subject = subject_of(c, eb, ee, dated, completion);
    if (!subject) return;
    // 精心编制每个新型社区的具体规划: what is done for each of a kind is a routine, not an event by a date
    if (words::starts_with_one_of(*subject, words::each_words)) return;
    // 推动新建项目尽快开工: projects of a kind, none named, are no milestone to hold anyone to
    if (words::is_one_of(*subject, words::unnamed_projects)) return;
    // 创建一批国家技术创新中心: a batch of a number unstated names none of them
    if (words::starts_with_one_of(*subject, words::unstated_numbers)) return;
    // 全力做好村居民征收安置: a subject that opens with a verb of doing a task well (做好, 抓好), after how
    // it is done, is that task going on, no thing an event happens to
    if (words::starts_with_one_of(words::without_leading(*subject, words::manner_words),
                                  words::holding_verbs))
        return;
    // 全面完成今年经济社会发展的各项任务, 确保完成目标任务: all the tasks at once name none of them
    if (words::contains_one_of(*subject, words::all_the_tasks)) return;
    // 督促南陈伍寨二期改造工程进度，确保10月实现居民回迁: the residents are those of the project the clause
    // before works on
    if (words::is_one_of(*subject, words::people_moved) && s.topic.second > s.topic.first) {
        auto const project = subject_words(s.bytes(s.topic.first, s.topic.second));
        if (words::ends_with_one_of(project, words::project_heads) ||
            words::ends_with_one_of(project, words::works_on_a_project))
            subject->insert(0, project);
    }
    statement st;
    st.measure = measure::milestone;
    st.event = std::string(s.bytes(c.t(eb).begin, c.t(ee - 1).end));
    passing_an_inspection(s, *subject, st.event);
    // 启动运行城关区老年大学: a verb right after the event goes on with it, and is no part of the name after
    // it
    if (ee < c.e)
        for (auto const& verb : words::event_continuations)
            if (subject->size() > verb.text.size() && common::starts_with(*subject, verb.text) &&
                common::starts_with(s.bytes(c.t(ee).begin, c.t(c.e - 1).end), verb.text)) {
                st.event += verb.text;
                subject->erase(0, verb.text.size());
                break;
            }
    st.subject = std::move(*subject);
    // ... and the designation it seeks, named after the verb (武威工业园区创建国家经开区)
    std::string sought;
    if (ee < c.e && words::is_one_of(st.event, words::designation_verbs)) {
        sought = trim_text(s.bytes(c.t(ee).begin, c.t(c.e - 1).end));
        if (!words::ends_with_one_of(sought, words::designation_heads) ||
            st.subject.find(sought) != std::string::npos)
            sought.clear();
    }
    bool const sought_after = !sought.empty();
    // what is sought is what happens: 创建国家公园, not 创建 (a later report: 神农架成功创建国家公园); two
    // sought at once are two (争创国家服务贸易创新发展示范区、国家数字贸易示范区)
    std::vector<std::string> designations;
    if (sought_after) {
        designations = split_list(sought, words::respectively_separators, 1);  // at 、
        bool const every = std::all_of(designations.begin(), designations.end(), [](std::string const& one) {
            return words::ends_with_one_of(one, words::designation_heads);
        });
        if (designations.size() < 2 || !every) designations = {sought};
        st.event += designations.front();
        sought.clear();
    }
    st.metric_text = st.subject + st.event + sought;
    st.metric = canonical(s, st.metric_text);
    st.comparator = comparator::equal;
    st.kind = milestone_kind(c, completion,
                             c.has(role::plan_program) && words::is_one_of(st.event, words::program_starts));
    st.strength = st.kind == statement_kind::goal ? s.strength : rules::strength::none;
    apply_time(s, st);
    writing_a_plan_is_due_this_year(c, st);
    if (st.kind == statement_kind::figure)
        st.not_done = says_not_done(s.bytes(c.first_meaningful(c.b), c.t(ee - 1).end), st.event);
    // a subject named after the event (启动盐什公路项目) is part of the statement's source
    std::size_t last = ee - 1;
    if (ee < c.e && !st.subject.empty() &&
        (sought_after ||
         s.bytes(c.t(ee).begin, c.t(c.e - 1).end).find(st.subject) != std::string_view::npos)) {
        last = c.e - 1;
        while (last > ee && (c.blank(last) || (c.t(last).kind == tk::other && c.t(last).punct))) --last;
    }
    auto const verb =
        designations.empty() ? st.event : st.event.substr(0, st.event.size() - designations.front().size());
    if (designations.size() > 1) {
        for (auto const& one : designations) {
            statement each = st;
            each.event = verb + one;
            each.metric_text = each.subject + each.event;
            each.metric = canonical(s, each.metric_text);
            add_plain(c, each, last);
        }
        return;
    }
    auto const items = listed_subjects(st.subject);
    if (items.empty()) add_plain(c, st, last);
    for (auto const& item : items) {
        statement one = st;
        one.subject = item;
        one.metric_text = item + st.event;
        one.metric = canonical(s, one.metric_text);
        add_plain(c, one, last);
    }
}

}  // namespace

void read_without_amount(clause const& c) {
    if (read_direction(c)) return;
    if (read_bare_change(c)) return;
    if (read_relative(c)) return;
    read_milestone(c);
}

}  // namespace luoshi::dsl::lower
