#include "dsl/lower.hpp"

#include "dsl/detail/utf8.hpp"
#include "dsl/lexicon.hpp"
#include "dsl/time.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <stdexcept>

namespace luoshi::dsl {
namespace {

using namespace std::string_view_literals;
using rules::comparator;
using rules::measure;
using rules::statement;
using rules::statement_kind;

using tk = ast::token_kind;
using tok = ast::token;  // the tokenizer's, read and marked in place

// A break between clauses (，；), a colon, or the end of a sentence (。！？)
bool ends_clause(tok const& x) {
    return x.is(role::clause_break) || x.is(role::colon) || x.is(role::sentence_break);
}

// The pieces of a note, one after another: a report has thousands of notes, and fmt's formatting of a few
// strings cost several times their copying.
std::string joined(std::initializer_list<std::string_view> pieces) {
    std::size_t n = 0;
    for (auto p : pieces) n += p.size();
    std::string out;
    out.reserve(n);
    for (auto p : pieces) out.append(p);
    return out;
}

bool is_verb(role r) {
    switch (r) {
        case role::growth:
        case role::decline:
        case role::average_growth:
        case role::level:
        case role::level_at_most:
        case role::level_after_change:
        case role::increase:
        case role::compare_at_least:
        case role::compare_more_than:
        case role::compare_at_most:
        case role::compare_less_than:
        case role::compare_about:
        case role::vague_less:
        case role::vague_more:
        case role::goal_cue:
        case role::figure_cue:
        case role::estimate_cue:
        case role::until:
        case role::of:
        case role::part_of: return true;
        default: return false;
    }
}

bool is_lead(role r) {
    switch (r) {
        case role::strength_binding:
        case role::strength_aspiration:
        case role::goal_cue:
        case role::figure_cue:
        case role::estimate_cue:
        case role::as_of:
        case role::until:
        case role::of:
        case role::level:
        case role::level_at_most:
        case role::increase:
        case role::colon:
        case role::list_break:
        case role::region: return true;
        default: return false;
    }
}

struct quantity_reading {
    amount_value first;
    std::optional<amount_value> second;
    std::vector<double> ratio;
};

// Token indices of a phrase's quantities, or a part of them: room for all of the phrase's quantities is
// taken from the arena at once, and no list made from them (a clause's candidates) can outgrow it, so adding
// is a store, not a vector's capacity check and growth.
class quantity_list {
public:
    // room entries at data, which the caller took from the arena
    void attach(std::size_t* data, std::size_t room) {
        data_ = data;
        room_ = room;
        size_ = 0;
    }
    void push_back(std::size_t i) {
        if (size_ == room_) throw std::logic_error("quantity_list: more entries than quantities");
        data_[size_++] = i;
    }
    void clear() { size_ = 0; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::size_t operator[](std::size_t k) const { return data_[k]; }
    std::size_t* begin() { return data_; }
    std::size_t* end() { return data_ + size_; }
    std::size_t const* begin() const { return data_; }
    std::size_t const* end() const { return data_ + size_; }

private:
    std::size_t* data_ = nullptr;
    std::size_t room_ = 0, size_ = 0;
};

struct phrase_state {
    phrase_state(std::string_view t, context const& c, ast::phrase& a, arena& work)
        : text(t),
          ctx(c),
          toks(a.tokens),
          ast(a),
          readings(arena_allocator<quantity_reading>(work)),
          metric_text(arena_allocator<char>(work)) {
        // the three lists' room in one piece
        std::size_t const n = a.quantities.size();
        auto* room =
            static_cast<std::size_t*>(work.allocate(3 * n * sizeof(std::size_t), alignof(std::size_t)));
        quantity_toks.attach(room, n);
        cand_buf.attach(room + n, n);
        bare_buf.attach(room + 2 * n, n);
        readings.reserve(n);
    }
    std::string_view text;
    context const& ctx;
    arena_vector<tok>& toks;  // the phrase's own tokens
    ast::phrase const& ast;
    // The quantities read so far (tok::reading points here). Reserved for every quantity of the phrase, so
    // a reading keeps its address while others are added.
    mutable arena_vector<quantity_reading> readings;
    quantity_list quantity_toks;       // the indices of the quantity tokens, in order
    quantity_list cand_buf, bare_buf;  // a clause's candidates (see clause_reader::candidates)
    parse_result out;

    // What earlier clauses of the phrase set and later ones inherit.
    rules::strength strength = rules::strength::none;
    bool goal_cue = false, figure_cue = false, estimate_cue = false;
    std::optional<rules::period> period;
    bool period_is_as_of = false;
    arena_string metric_text;  // in the arena: a copy per statement, and no allocation
    std::optional<measure> inherited_measure;
    double last_sign = 1;
    std::pair<std::size_t, std::size_t> topic;  // the words of the clause before, as bytes
    std::size_t sentence_first = 0;             // index of the first statement of the current sentence
    bool period_relative = false;  // the period came from 全年, 年底, 当年: relative to the report's year
    bool period_from_time = false;  // the period came from a date or a plan name in the text
    bool period_deadline = false;   // ... and names a time by which (年底, 6月前), not a span described
    bool period_until = false;      // ... and runs from the report's year to a later one (到2020年)

    // A sentence's cues, strength and dates do not reach into the next sentence; its metric may.
    void new_sentence() {
        sentence_first = out.statements.size();
        period_from_time = false;
        period_deadline = false;
        period_until = false;
        strength = rules::strength::none;
        period_relative = false;
        goal_cue = figure_cue = estimate_cue = false;
        period.reset();
        period_is_as_of = false;
    }

    // Most sentences of a report state nothing: room for statements is made when the first comes.
    statement& add_statement() {
        // One fits malloc's thread cache (two do not: 2 × 536 bytes is past its 1032-byte limit, and the
        // slow path cost more than the rest of the allocation); a long text (a paragraph read as one phrase)
        // gets room for about one statement per quantity at once, instead of doubling up to hundreds
        if (out.statements.capacity() == 0)
            out.statements.reserve(ast.quantities.size() > 64 ? ast.quantities.size() : 1);
        return out.statements.emplace_back();
    }

    std::string_view bytes(std::size_t b, std::size_t e) const { return text.substr(b, e - b); }
    std::string_view bytes(tok const& t) const { return bytes(t.begin, t.end); }
    void note(std::size_t at, std::string msg) {
        out.diagnostics.push_back({severity::note, at, std::move(msg)});
    }
    void error(std::size_t at, std::string msg) {
        out.diagnostics.push_back({severity::error, at, std::move(msg)});
    }
};

amount_value amount_of(std::string_view text, ast::plain_amount const& a) {
    amount_value v;
    v.num = a.num;
    v.mark = a.kind;
    v.unit_index = a.unit;
    v.begin = a.begin;
    v.end = a.end;
    v.number_end = a.begin + a.num.len;
    v.value = a.num.value;
    switch (a.kind) {
        case ast::mark::percent: v.unit = "%"; break;
        case ast::mark::points: v.unit = "pp"; break;
        case ast::mark::permille:
            v.unit = "%";
            v.value /= 10;
            break;
        case ast::mark::per_ten_thousand:
            v.unit = "%";
            v.value /= 100;
            break;
        case ast::mark::tenths:
            v.unit = "%";
            v.value *= 10;
            break;
        case ast::mark::discount:  // 8折 → 80%, 8.5折 → 85%, 75折 → 75%; 十折 is no discount at all
            if (v.value == 10 && !(a.num.flags & ast::arabic)) {
                v.mark = ast::mark::none;
                break;
            }
            v.unit = "%";
            if (v.value < 10) v.value *= 10;
            break;
        default: break;
    }
    // 一年半, 三斤半: and a half of the unit; 三成半: 35% (a half after a bare number means nothing more)
    if (a.half && (a.unit >= 0 || a.kind == ast::mark::tenths))
        v.value += a.kind == ast::mark::tenths ? 5 : 0.5;
    if (a.unit >= 0) {
        auto const& u = units[static_cast<std::size_t>(a.unit)];
        v.unit = u.base;
        v.value *= u.scale;
    }
    // 1.14万亿 is 1140000000000, not 1140000000000.0002: a multiplied decimal that is a whole number
    // but for the float error is that whole number
    if (a.num.scale > 1) {
        double const r = std::round(v.value);
        if (std::fabs(v.value - r) <= 1e-9 * std::fabs(v.value)) v.value = r;
    }
    std::size_t const ut = a.begin + a.num.digits_len;
    // the unit as written, without spaces and the 余/多 of a vague amount (2.1万余人 → 万人; vague says
    // more_than)
    auto left_out = [](char32_t c) {
        return c == U' ' || c == U'余' || c == U'多' || c == U'几' || c == U'幾';
    };
    bool whole = true;  // mostly nothing to leave out: the unit as written, copied in one piece
    for (std::size_t i = ut; i < a.end && whole;) {
        int len = 0;
        whole = !left_out(detail::peek_valid_utf8(text.data() + i, len));
        i += static_cast<std::size_t>(len);
    }
    if (whole) {
        v.unit_text = text.substr(ut, a.end - ut);
        return v;
    }
    for (std::size_t i = ut; i < a.end;) {
        int len = 0;
        if (!left_out(detail::peek_valid_utf8(text.data() + i, len)))
            v.unit_text.append(text.substr(i, static_cast<std::size_t>(len)));
        i += static_cast<std::size_t>(len);
    }
    return v;
}

struct amount_visitor {
    std::string_view text;
    amount_value operator()(ast::plain_amount const& a) const { return amount_of(text, a); }
    amount_value operator()(ast::percent_of const& a) const {
        ast::plain_amount p;
        p.num = a.num;
        p.kind = a.kind;
        p.begin = a.begin;
        p.end = a.end;
        auto v = amount_of(text, p);
        v.unit_text = std::string(text.substr(a.begin, a.end - a.begin));
        v.number_end = a.end;
        return v;
    }
    amount_value fraction(ast::numeral const& n, ast::numeral const& d, std::size_t b, std::size_t e) const {
        amount_value v;
        v.num = n;
        v.mark = ast::mark::fraction;
        v.begin = b;
        v.end = e;
        v.number_end = e;
        v.value = d.value != 0 ? n.value / d.value : 0;
        v.unit_text = std::string(text.substr(b, e - b));
        return v;
    }
    amount_value operator()(ast::fraction_cn const& f) const {
        auto v = fraction(f.numerator, f.denominator, f.begin, f.end);
        // 百万分之五, 千万分之六: a denominator that is a bare power of ten reads as a percentage
        if ((f.denominator.flags & ast::leading_unit) && !(f.denominator.flags & ast::arabic)) {
            v.mark = ast::mark::percent;
            v.unit = "%";
            v.value *= 100;
        }
        return v;
    }
    amount_value mixed(ast::numeral const& w, ast::numeral const& n, ast::numeral const& d, std::size_t b,
                       std::size_t e) const {
        auto v = fraction(n, d, b, e);
        double const whole = w.value;
        v.value = whole < 0 ? whole - std::fabs(v.value) : whole + std::fabs(v.value);
        v.num = w;
        v.mark = ast::mark::none;
        v.unit_text.clear();
        return v;
    }
    amount_value operator()(ast::discount_pair const& d) const {
        amount_value v;
        v.mark = ast::mark::discount;
        v.unit = "%";
        v.value = d.tens * 10 + d.ones;
        v.num.value = v.value;
        v.begin = d.begin;
        v.end = d.end;
        v.number_end = d.end;
        v.unit_text = "折";
        return v;
    }
    amount_value operator()(ast::mixed_cn const& m) const {
        return mixed(m.whole, m.numerator, m.denominator, m.begin, m.end);
    }
    amount_value operator()(ast::mixed_slash const& m) const {
        return mixed(m.whole, m.numerator, m.denominator, m.begin, m.end);
    }
    amount_value operator()(ast::fraction_slash const& f) const {
        return fraction(f.numerator, f.denominator, f.begin, f.end);
    }
};

}  // namespace

amount_value value_of(std::string_view text, ast::amount const& a) {
    // most amounts are plain: read without the visitor's copy of the result
    if (auto const* plain = boost::get<ast::plain_amount>(&a)) return amount_of(text, *plain);
    return boost::apply_visitor(amount_visitor{text}, a);
}

namespace {

// Into r, a fresh entry of the phrase's list of readings: built in place, not moved there.
void read_quantity(std::string_view text, ast::quantity const& q, quantity_reading& r) {
    r.first = value_of(text, q.first);
    if (q.second) {
        r.second = value_of(text, *q.second);
        // The unit is written once for both bounds: 6.5-7%, 3-5万元.
        auto& lo = r.first;
        auto const& hi = *r.second;
        if (lo.unit.empty() && lo.mark == ast::mark::none && lo.unit_index < 0) {
            double const mult = hi.num.scale > 1 && lo.num.scale == 1 ? hi.num.scale : 1;
            amount_value tmp = hi;
            tmp.value = lo.num.value * mult;
            if (hi.unit_index >= 0) tmp.value *= units[static_cast<std::size_t>(hi.unit_index)].scale;
            if (hi.mark == ast::mark::tenths || (hi.mark == ast::mark::discount && lo.num.value < 10))
                tmp.value *= 10;
            if (hi.mark == ast::mark::permille) tmp.value /= 10;
            tmp.begin = lo.begin;
            tmp.end = lo.end;
            tmp.number_end = lo.number_end;
            tmp.num = lo.num;
            lo = tmp;
        }
    }
    if (!q.ratio.empty()) {
        r.ratio.push_back(r.first.num.value);
        for (auto const& n : q.ratio) r.ratio.push_back(n.value);
    }
}

bool is_bare(amount_value const& a) { return a.unit_index < 0 && a.mark == ast::mark::none; }

bool is_edge_junk(char32_t c) {
    switch (c) {
        case U' ':
        case U'\u3000':
        case U'“':
        case U'”':
        case U'"':
        case U'（':
        case U'）':
        case U'(':
        case U')':
        case U'的':
        case U'，':
        case U'、':
        case U'：':
        case U'在':
        case U'由':
        case U'均':
        case U'\n': return true;
        default: return false;
    }
}

// Drops quotes, brackets, spaces, 的 and list punctuation from both ends of a metric's words.
std::string trim_text(std::string_view s) {
    while (!s.empty()) {
        int len = 0;
        if (!is_edge_junk(detail::peek_valid_utf8(s.data(), len))) break;
        s.remove_prefix(static_cast<std::size_t>(len));
    }
    while (!s.empty()) {
        std::size_t b = s.size() - 1;
        while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
        int len = 0;
        if (!is_edge_junk(detail::peek_valid_utf8(s.data() + b, len))) break;
        s.remove_suffix(s.size() - b);
    }
    if (s.find('\n') == std::string_view::npos) return std::string(s);
    // A name broken by page layout (广义货币M / 2 / 增长) is one name: the break and the indent around it go
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\n') {
            out += s[i];
            continue;
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t' || out.back() == '\r'))
            out.pop_back();
        while (i + 1 < s.size() &&
               (s[i + 1] == ' ' || s[i + 1] == '\t' || s[i + 1] == '\r' || s[i + 1] == '\n'))
            ++i;
    }
    return out;
}

class clause_reader {
public:
    // roles: a bit for the role of each keyword in [b, e); [qb, qe): where its quantities are in
    // s.quantity_toks; timed: whether it has a date or a plan. lower() gathers them as it reads the tokens.
    clause_reader(phrase_state& s, std::size_t b, std::size_t e, std::uint64_t roles, std::size_t qb,
                  std::size_t qe, bool timed)
        : s_(s), b_(b), e_(e), roles_(roles), qb_(qb), qe_(qe), timed_(timed) {}

    void read() {
        scan_leads();
        auto const& cands = candidates();
        if (cands.empty()) {
            read_without_quantity();
        } else {
            std::size_t const first_statement = s_.out.statements.size();
            std::size_t left = b_;
            for (std::size_t k = 0; k < cands.size(); ++k) {
                std::size_t next = k + 1 < cands.size() ? cands[k + 1] : e_;
                left = read_candidate(cands[k], left, next);
            }
            distribute_respectively(first_statement);
        }
        remember_topic();
    }

    // 城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右: the metrics listed before 分别 go, in order, with
    // the amounts after it; a short first item takes the rest of the last one's name (城镇 →
    // 城镇居民人均可支配收入), and a 左右 written once after the last amount holds for all.
    void distribute_respectively(std::size_t first_statement) {
        if (!has(role::respectively)) return;
        std::optional<std::size_t> at;
        for (std::size_t i = b_; i < e_; ++i)
            if (kw(i, role::respectively)) {
                at = i;
                break;
            }
        auto& out = s_.out.statements;
        std::size_t const n = out.size() - first_statement;
        if (!at || n < 2) return;
        // the words before 分别, after the clause's leads
        std::size_t rb = b_;
        while (rb < *at &&
               (blank(rb) || t(rb).kind == tk::time ||
                (t(rb).kind == tk::keyword && t(rb).role != role::word && t(rb).role != role::list_break)))
            ++rb;
        std::size_t re = *at;
        while (re > rb && (blank(re - 1) || (t(re - 1).kind == tk::keyword && t(re - 1).role != role::word)))
            --re;
        if (rb >= re) return;
        std::string const words = trim_text(s_.bytes(t(rb).begin, t(re - 1).end));
        std::vector<std::string> parts;
        std::size_t p = 0;
        for (;;) {
            std::size_t cut = std::string::npos, len = 0;
            for (std::string_view sep : {"、", "和", "及", "与"}) {
                auto const f = words.find(sep, p);
                if (f != std::string::npos && f < cut) cut = f, len = sep.size();
            }
            parts.push_back(
                trim_text(std::string_view(words).substr(p, cut == std::string::npos ? cut : cut - p)));
            if (cut == std::string::npos) break;
            p = cut + len;
        }
        if (parts.size() != n) return;
        auto const& last = parts.back();
        for (std::size_t k = 0; k + 1 < parts.size(); ++k)
            if (parts[k].size() < last.size() && parts[k].size() <= 9)
                parts[k] += last.substr(parts[k].size());
        auto const shared = out.back().comparator;
        for (std::size_t k = 0; k < n; ++k) {
            auto& st = out[first_statement + k];
            st.metric_text = parts[k];
            st.metric = canonical(parts[k]);
            if (shared == comparator::about && st.comparator != comparator::about &&
                st.kind == statement_kind::goal)
                st.comparator = comparator::about;
        }
    }

    // What the clause is about, for a milestone in the next one that names no subject of its own: kept as a
    // span, and put into words only when such a milestone needs it.
    void remember_topic() {
        // the first and the last word of text, each looked for from its end of the clause
        std::size_t first = b_;
        while (first < e_ && !text_at(first)) ++first;
        if (first == e_) {
            s_.topic = {0, 0};
            return;
        }
        std::size_t last = e_ - 1;
        while (!text_at(last)) --last;
        s_.topic = {t(first).begin, t(last).end};
    }

private:
    phrase_state& s_;
    std::size_t b_, e_;        // token indices [b_, e_)
    std::uint64_t roles_ = 0;  // bit r: a keyword of role r is in the clause
    std::size_t qb_, qe_;      // its quantity tokens: s_.quantity_toks[qb_, qe_)
    bool timed_;               // a date or a plan among its tokens
    static_assert(static_cast<unsigned>(role::respectively) < 64,
                  "roles (respectively is the last) fit the mask");

    tok const& t(std::size_t i) const { return s_.toks[i]; }
    bool kw(std::size_t i, role r) const { return t(i).is(r); }
    // whether a keyword of role r is in the clause
    bool has(role r) const { return (roles_ >> static_cast<unsigned>(r) & 1u) != 0; }
    bool blank(std::size_t i) const { return t(i).kind == tk::other && t(i).space; }
    ast::quantity const& qty(std::size_t i) const { return s_.ast.quantities[t(i).index]; }
    // Each quantity is read once (value, unit, unit as written) however often the clause looks at it.
    quantity_reading const& reading(std::size_t i) const {
        auto& at = t(i).reading;
        if (at == 0) {
            read_quantity(s_.text, qty(i), s_.readings.emplace_back());
            at = static_cast<std::uint32_t>(s_.readings.size());
        }
        return s_.readings[at - 1];
    }

    void scan_leads() {
        // A clause's own cue replaces the opposite one carried from the clause before:
        // 截至目前…已…，力争年底…
        bool const own_goal =
            has(role::strength_binding) || has(role::strength_aspiration) || has(role::goal_cue);
        bool const own_figure = has(role::figure_cue);
        if (own_goal && !own_figure) s_.figure_cue = false;
        if (own_figure && !own_goal) {
            s_.goal_cue = false;
            s_.strength = rules::strength::none;
        }
        // Only cue keywords, dates, plans and quantities below do anything: most clauses of a report have
        // none of them
        if (!timed_ && qb_ == qe_ && !has(role::strength_binding) && !has(role::strength_aspiration) &&
            !has(role::goal_cue) && !has(role::figure_cue) && !has(role::estimate_cue) &&
            !has(role::plan_program))
            return;
        bool own_strength = false;
        bool const from_clause =
            has(role::level_after_change);  // 由2006年的…变为…: the year belongs to where it started
        bool seen_from = false;
        for (std::size_t i = b_; i < e_; ++i) {
            auto const& x = t(i);
            if (x.kind == tk::other) continue;
            if (x.is(role::from)) seen_from = true;
            if (x.is(role::level_after_change)) seen_from = false;
            if (x.kind == tk::keyword) {
                switch (x.role) {
                    // The clause's own word wins over one carried from the clause before (确保…，争取…)
                    case role::strength_binding:
                        s_.strength = rules::strength::binding;
                        own_strength = true;
                        break;
                    case role::strength_aspiration:
                        if (!own_strength || s_.strength == rules::strength::none)
                            s_.strength = rules::strength::aspirational;
                        own_strength = true;
                        break;
                    case role::goal_cue: s_.goal_cue = true; break;
                    case role::figure_cue: s_.figure_cue = true; break;
                    case role::estimate_cue: s_.estimate_cue = true; break;
                    case role::plan_program: s_.goal_cue = true; break;
                    default: break;
                }
            } else if (x.kind == tk::time) {
                if (from_clause && seen_from) continue;
                auto const& te = s_.ast.times[x.index];
                // in a review, 5月28日 and 年底 are of the year reviewed
                auto reference = s_.ctx.reference;
                if (s_.ctx.default_kind == statement_kind::figure && s_.ctx.figure_year && !te.year)
                    if (auto d = safe_date(*s_.ctx.figure_year, 12, 31)) reference = d;
                auto r = resolve(te, reference);
                if (!r.error.empty()) {
                    s_.error(x.begin, r.error);
                    continue;
                }
                if (!r.period) continue;
                s_.period = r.period;
                s_.period_relative = !te.year;
                s_.period_from_time = true;
                // 年底, 年内, 6月前, 下半年: a time by which something is to be done
                s_.period_deadline = te.month.has_value() || (te.part && *te.part != ast::time_part::whole &&
                                                              *te.part != ast::time_part::start);
                s_.period_is_as_of = i > b_ && previous_is(i, role::as_of);
                s_.period_until = false;
                // 到2020年新建改建道路40公里, stated in 2016: the work runs from the report's year to 2020
                if (i > b_ && previous_is(i, role::until) && s_.ctx.reference && te.year &&
                    s_.period->begin.year() > s_.ctx.reference->year())
                    if (auto from = safe_date(s_.ctx.reference->year(), 1, 1)) {
                        s_.period = rules::period{*from, s_.period->end};
                        s_.period_deadline = true;  // a time by which
                        s_.period_until = true;
                    }
            } else if (x.kind == tk::plan) {
                // 编制“十三五”规划: the plan as a document, not a time
                auto const written = s_.bytes(x);
                if (written.size() >= 6 && (written.substr(written.size() - 6) == "规划" ||
                                            written.substr(written.size() - 6) == "计划"))
                    continue;
                s_.period = resolve(s_.ast.plans[x.index]);
                s_.period_deadline = false;
                s_.period_relative = false;
                s_.period_until = false;
                s_.period_from_time = true;
                s_.period_is_as_of = false;
            } else if (x.kind == tk::quantity && i + 1 < e_ && kw(i + 1, role::plan_program)) {
                // 三年行动计划: the program runs from the report's year
                auto const& r = reading(i);
                if (s_.ctx.reference && r.first.unit == "年"sv && r.first.value >= 1 && r.first.value <= 10) {
                    int const y = s_.ctx.reference->year();
                    int const n = static_cast<int>(r.first.value);
                    auto const from = safe_date(y, 1, 1), to = safe_date(y + n - 1, 12, 31);
                    if (from && to) s_.period = rules::period{*from, *to};
                }
            } else if (x.kind == tk::quantity && years_ahead_of_amount(i)) {
                // 五年城镇新增就业4500万人: the amount after it is for N years, from the report's year on (in
                // a review, or after 过去 / before 来: the N years up to the year reviewed)
                int const n = static_cast<int>(reading(i).first.value);
                auto const& ref = s_.ctx.reference;
                bool const past = s_.ctx.default_kind == statement_kind::figure ||
                                  s_.ctx.kind == statement_kind::figure ||
                                  previous_text_ends_with(i, "过去") ||
                                  (i + 1 < e_ && s_.bytes(t(i + 1)).substr(0, 3) == "来");
                int const last = past ? s_.ctx.figure_year.value_or(ref->year() - 1) : ref->year() + n - 1;
                auto const from = safe_date(last - n + 1, 1, 1), to = safe_date(last, 12, 31);
                if (from && to) {
                    s_.period = rules::period{*from, *to};
                    s_.period_from_time = true;
                    s_.period_relative = false;
                    s_.period_deadline = !past;
                    s_.period_until = !past;
                    s_.period_is_as_of = false;
                }
            }
        }
    }

    // 五年 / 三年 heading a clause whose amount comes later: a count of years that spans the amount, not an
    // amount itself (连续三年 is not: it counts a streak).
    bool years_ahead_of_amount(std::size_t i) const {
        if (t(i).kind != tk::quantity || !s_.ctx.reference) return false;
        auto const& r = reading(i);
        if (r.second || r.first.unit != "年"sv || r.first.value < 2 || r.first.value > 10 ||
            r.first.value != static_cast<double>(static_cast<int>(r.first.value)))
            return false;
        if (previous_text_ends_with(i, "连续") || previous_text_ends_with(i, "近")) return false;
        // only leading words before it: the clause's start, a time, a strength, 今后 / 未来 / 过去
        for (std::size_t j = b_; j < i; ++j) {
            if (blank(j) || t(j).kind == tk::time || kw(j, role::strength_binding) ||
                kw(j, role::strength_aspiration))
                continue;
            if (t(j).kind == tk::other) {
                auto const w = s_.bytes(t(j));
                if (t(j).punct || w == "今后" || w == "未来" || w == "过去" || w == "这" || w == "今" ||
                    w == "后")
                    continue;
            }
            return false;
        }
        // and an amount of its own later in the clause
        for (std::size_t j = i + 1; j < e_; ++j)
            if (t(j).kind == tk::quantity) return reading(j).first.unit != "年"sv;
        return false;
    }

    bool inside_quotes(std::size_t i) const {
        // “8个100%”, “四个500强”, “12349”: a slogan or a name in quotes
        bool open = false;
        for (std::size_t j = b_; j < i; ++j) {
            if (t(j).kind != tk::other) continue;
            auto const x = s_.bytes(t(j));
            if (x == "“" || x == "「") open = true;
            if (x == "”" || x == "」") open = false;
        }
        return open;  // the quote may close after a comma: “安全服务360，人文关怀你我他”
    }

    bool previous_text_ends_with(std::size_t i, std::string_view w) const {
        if (i == b_ || t(i - 1).kind != tk::other) return false;
        auto const x = s_.bytes(t(i - 1));
        return x.size() >= w.size() && x.substr(x.size() - w.size()) == w;
    }

    // A word (text, a keyword of a word, a number) right after token i: not punctuation, a break or 以上.
    bool word_follows(std::size_t i) const {
        if (i + 1 >= e_) return false;
        auto const& x = t(i + 1);
        if (x.kind == tk::other) return !x.punct;
        if (x.kind == tk::quantity) return true;
        if (x.kind != tk::keyword) return false;
        switch (x.role) {
            case role::clause_break:
            case role::sentence_break:
            case role::list_break:
            case role::colon:
            case role::suffix_at_least:
            case role::suffix_at_most:
            case role::suffix_about:
            case role::of: return false;
            default: return true;
        }
    }

    bool text_at(std::size_t i) const { return i < e_ && t(i).kind == tk::other && !t(i).punct; }

    // Why a quantity of a clause is not one of its amounts, or nullptr when it is.
    char const* not_an_amount(std::size_t i, quantity_reading const& r, unit_kind ukind) const {
        auto const& a = r.first;
        bool const chinese_only = (a.num.flags & ast::chinese) && !(a.num.flags & ast::arabic);
        if (inside_quotes(i)) return "is inside quotes: a name or a slogan, not an amount";
        // 数百名代表, 数十家: "several hundred" is no amount to check
        if (previous_text_ends_with(i, "数") && (a.num.flags & ast::chinese))
            return "is a rough count, not an amount";
        // 这一年, 每一天: a demonstrative with one unit of time
        if (ukind == unit_kind::time && a.value == 1 &&
            (previous_text_ends_with(i, "这") || previous_text_ends_with(i, "那") ||
             previous_text_ends_with(i, "每") || previous_text_ends_with(i, "同") ||
             previous_text_ends_with(i, "过去")))
            return "names a time, not an amount";
        // 两项改革, 三类楼院, 一只船片区, 九类人员: a small number in Chinese before a noun names a category
        bool const after_verb = i > b_ && t(i - 1).kind == tk::keyword && t(i - 1).role == role::increase;
        bool const items = a.unit == "件"sv;  // 办好十件实事: a count of things to do
        if (chinese_only && a.value <= 10 && ukind == unit_kind::count && word_follows(i) && !after_verb &&
            !items && !previous_text_ends_with(i, "等"))
            return "names a category, not an amount";
        // 前三名: a rank
        if (previous_text_ends_with(i, "前") && ukind == unit_kind::people) return "is a rank, not an amount";
        // 24小时带班, 两周内, 70周年纪念日, 70年代: a span of time that qualifies something
        if (ukind == unit_kind::time && !r.second && i + 1 < e_ &&
            (text_at(i + 1) || s_.bytes(t(i + 1)) == "内" || kw(i + 1, role::word) || kw(i + 1, role::of)) &&
            !next_is_suffix(i))
            return "is a span of time, not an amount";
        // 关键的一年, 今后五年, 用两到三年, 过去二十多年, ２００２年: years as a span or a date, not an
        // amount, unless the words before them measure something in years (受教育年限从10.23年提高到10.8年,
        // 建设周期缩短到一年半)
        if (a.unit == "年"sv) {
            std::string_view const before = s_.bytes(t(b_).begin, t(i).begin);
            bool measured_in_years = false;
            for (std::string_view w :
                 {"年限", "寿命", "年龄", "工龄", "期限", "周期", "工期", "时限", "时间"})
                measured_in_years = measured_in_years || before.find(w) != std::string_view::npos;
            if (!measured_in_years) return "is a span of years or a year, not an amount";
        }
        bool const pct = a.unit == "%"sv || a.unit == "pp"sv || a.mark == ast::mark::fraction;
        bool verb_before = false;
        for (std::size_t j = b_; j < i; ++j)
            if (t(j).kind == tk::keyword && (t(j).role == role::increase || t(j).role == role::level ||
                                             t(j).role == role::growth || t(j).role == role::decline))
                verb_before = true;
        // 投资68亿元的…项目, 占地227亩的…项目: an amount that describes a noun (but 价值70余万元的慰问金 is
        // the worth of what was given)
        bool const noun_after_of =
            i + 2 < e_ && (text_at(i + 2) || kw(i + 2, role::word) ||
                           (t(i + 2).kind == tk::quantity && is_bare(reading(i + 2).first)));
        if (!pct && i + 1 < e_ && kw(i + 1, role::of) && noun_after_of && !verb_before &&
            !previous_text_ends_with(i, "价值"))
            return "describes the noun after it, not an amount reached";
        // 7%左右的速度: an amount with its qualifier, then 的 and a noun
        {
            std::size_t j = i + 1;
            while (j < e_ && (blank(j) || kw(j, role::suffix_about) || kw(j, role::suffix_at_least) ||
                              kw(j, role::suffix_at_most)))
                ++j;
            // (三分之二以上的社区…: a share of the noun, which is the point)
            if (j > i + 1 && j < e_ && kw(j, role::of) && j + 1 < e_ && text_at(j + 1) && !verb_before &&
                a.mark != ast::mark::fraction)
                return "describes the noun after it, not an amount reached";
        }
        // 成熟一家、批准一家: one at a time, not a count
        if (chinese_only && a.value == 1 && ukind == unit_kind::count &&
            !(i > b_ && kw(i - 1, role::increase)))
            return "means one at a time, not a count";
        // 50公里绿道试点等项目: part of the name of an example
        if (!pct && text_at(i + 1) && s_.bytes(t(i + 1)).find("等") != std::string_view::npos)
            return "is part of an example's name, not an amount";
        // 全区30个行政村已累计有17个村: the whole, then the part that counts
        if (i > b_ && kw(i - 1, role::region) && ukind == unit_kind::count && text_at(i + 1)) {
            for (std::size_t j = i + 1; j < e_; ++j)
                if (t(j).kind == tk::quantity && reading(j).first.unit == a.unit && !inside_quotes(j))
                    return "is the whole, not the figure";
        }
        // 远超…标准11.5平方米: a standard to compare with
        if (previous_text_ends_with(i, "标准")) {
            if (s_.out.statements.size() > s_.sentence_first)
                return "is a standard to compare with, not a figure";
            for (std::size_t j = b_; j < i; ++j)
                if (t(j).kind == tk::quantity) return "is a standard to compare with, not a figure";
        }
        // 支持率90%以上才能实施: a condition
        for (std::size_t j = i + 1; j < e_ && j <= i + 3; ++j) {
            auto const x = s_.bytes(t(j));
            if (x.rfind("才能", 0) == 0 || x.rfind("才可", 0) == 0 || x.rfind("方可", 0) == 0)
                return "is a condition, not a target";
        }
        // (2010-2015): a span of years
        if (r.second && a.unit.empty() && !(a.num.flags & ast::decimal) && a.value >= 1900 &&
            a.value <= 2100 && r.second->value >= 1900 && r.second->value <= 2100)
            return "is a span of years, not a range of amounts";
        return nullptr;
    }

    bool next_is_suffix(std::size_t i) const {
        std::size_t j = i + 1;
        while (j < e_ && blank(j)) ++j;
        return j < e_ && t(j).kind == tk::keyword &&
               (t(j).role == role::suffix_at_least || t(j).role == role::suffix_at_most);
    }

    bool previous_is_word(std::size_t i, std::string_view w) const {
        return i > b_ && s_.bytes(t(i - 1)) == w;
    }

    // An amount with 以上/以下 followed by the words of what is counted and then the count itself.
    bool is_qualifier(std::size_t i) const {
        std::size_t j = i + 1;
        while (j < e_ && blank(j)) ++j;
        if (!(j < e_ && t(j).kind == tk::keyword &&
              (t(j).role == role::suffix_at_least || t(j).role == role::suffix_at_most)))
            return false;
        ++j;
        bool words = false;
        for (; j < e_; ++j) {
            auto const& x = t(j);
            if (x.kind == tk::quantity) return words;
            if (x.kind == tk::other && !x.punct) {
                words = true;
                continue;
            }
            if (x.kind == tk::keyword &&
                (x.role == role::word || x.role == role::of || x.role == role::share)) {
                words = true;
                continue;
            }
            return false;
        }
        return false;
    }

    bool previous_is(std::size_t i, role r) const {
        std::size_t j = i;
        while (j > b_) {
            --j;
            if (blank(j)) continue;
            return kw(j, r);
        }
        return false;
    }

    quantity_list const& candidates() {
        // buffers kept in the phrase state: a clause allocates nothing to list its quantities
        auto& out = s_.cand_buf;
        auto& bare = s_.bare_buf;
        out.clear();
        bare.clear();
        for (std::size_t k = qb_; k < qe_; ++k) {
            std::size_t const i = s_.quantity_toks[k];
            auto const& r = reading(i);
            auto const& a = r.first;
            std::string_view const written = s_.bytes(t(i));
            if (previous_is(i, role::ordinal)) {
                s_.note(t(i).begin, joined({"第", written, " is a rank, not an amount"}));
                continue;
            }
            auto const ukind =
                a.unit_index >= 0 ? units[static_cast<std::size_t>(a.unit_index)].kind : unit_kind::other;
            bool const text_follows =
                i + 1 < e_ && (t(i + 1).kind == tk::other || kw(i + 1, role::of)) && !t(i + 1).punct;
            // 60周岁以上企业退休人员 is a band of people; 人均预期寿命达到78岁 is a target
            if (ukind == unit_kind::age && (next_is_suffix(i) || text_follows)) {
                s_.note(t(i).begin, joined({written, " is an age band, not a target"}));
                continue;
            }
            // 连续三年, 近两年来: a span of time, not an amount
            if (ukind == unit_kind::time && !r.second &&
                (previous_is_word(i, "连续") || (i + 1 < e_ && s_.bytes(t(i + 1)).rfind("来", 0) == 0))) {
                s_.note(t(i).begin, joined({written, " is a span of time, not an amount"}));
                continue;
            }
            // 引进投资10亿元以上项目5个: the first amount qualifies what the second counts
            if (is_qualifier(i)) continue;
            if (t(i).attributive) {
                s_.note(t(i).begin, joined({written, " describes the subject of the milestone after it"}));
                continue;
            }
            if (auto why = not_an_amount(i, r, ukind)) {
                s_.note(t(i).begin, joined({written, " ", why}));
                continue;
            }
            if (i + 1 < e_ && kw(i + 1, role::plan_program)) continue;
            if (years_ahead_of_amount(i)) continue;  // 五年城镇新增就业4500万人: the span, read as the period
            if (a.num.flags & (ast::leading_zero | ast::long_digits)) {
                s_.note(t(i).begin, joined({written, " reads as a code or a phone number, not an amount"}));
                continue;
            }
            if (i + 1 < e_ && t(i + 1).kind == tk::other) {
                auto const nx = s_.bytes(t(i + 1));
                if (nx == "#" || nx == "＃" || nx.rfind("号", 0) == 0) continue;  // 910#道路, 12号文件
            }
            // 由12464元增长到16081元: the first amount is where it started
            if (i + 1 < e_ && kw(i + 1, role::level_after_change) && i > b_) {
                bool from = false;
                for (std::size_t j = b_; j < i; ++j)
                    if (kw(j, role::from)) from = true;
                if (from) continue;
            }
            if (is_bare(a) && !r.second && r.ratio.empty()) {
                // A bare number is a list number (1、), part of a word (十八大), or, rarely, a value
                bool list_number = i + 1 < e_ && (kw(i + 1, role::list_break) || s_.bytes(t(i + 1)) == "." ||
                                                  s_.bytes(t(i + 1)) == "．");
                if (!list_number && (a.num.flags & ast::arabic)) bare.push_back(i);
                continue;
            }
            out.push_back(i);
        }
        // A bare number counts right after a verb (指数达到102), or as a count at the end of a clause after
        // the words of what it counts (问题1609, 办结1592); not a year, and not before other amounts of the
        // clause
        for (auto i : bare) {
            auto const& a = reading(i).first;
            bool const year_like =
                !(a.num.flags & ast::decimal) && a.num.scale == 1 && a.value >= 1900 && a.value <= 2100;
            bool const after_verb = i > b_ && t(i - 1).kind == tk::keyword && is_verb(t(i - 1).role);
            bool const after_words = i > b_ && t(i - 1).kind == tk::other && !t(i - 1).punct;
            bool const at_end = i + 1 == e_;
            // 15万中小学生: an amount of people written before the noun, with no other amount around
            bool const before_noun = a.num.scale > 1 && i + 1 < e_ && t(i + 1).kind == tk::other &&
                                     !t(i + 1).punct && out.empty() && bare.size() == 1;
            if (after_verb && out.empty())
                out.push_back(i);
            else if (!year_like && ((after_words && at_end) || before_noun))
                out.push_back(i);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // Tokens right after a quantity that qualify it: 以上, 左右, 余.
    std::size_t suffix_end(std::size_t q, std::size_t limit, std::optional<comparator>& cmp, int& dir) const {
        std::size_t j = q + 1;
        while (j < limit) {
            if (blank(j)) {
                ++j;
                continue;
            }
            if (t(j).kind != tk::keyword) break;
            auto const r = t(j).role;
            if (r == role::suffix_at_least)
                cmp = comparator::at_least;
            else if (r == role::suffix_at_most)
                cmp = comparator::at_most;
            else if (r == role::suffix_about)
                cmp = comparator::about;
            else if (r == role::direction_up) {
                cmp = comparator::direction;
                dir = 1;
            } else if (r == role::direction_down) {
                cmp = comparator::direction;
                dir = -1;
            } else
                break;
            ++j;
        }
        return j;
    }

    std::size_t read_candidate(std::size_t q, std::size_t left, std::size_t next) {
        // Built in place: nothing below adds a statement or looks at the list
        statement& st = s_.add_statement();
        auto const& r = reading(q);
        std::optional<comparator> suffix_cmp;
        int dir = 0;
        std::size_t const after = suffix_end(q, next, suffix_cmp, dir);

        // The verb group: keywords right before the quantity (控制在, 增长, 不低于, 预期增长目标为)
        std::size_t vg = q;
        while (vg > left) {
            std::size_t j = vg - 1;
            if (blank(j) || (t(j).kind == tk::keyword && is_verb(t(j).role))) {
                vg = j;
                continue;
            }
            if (t(j).kind == tk::other && s_.bytes(t(j)) == "了") {
                vg = j;
                continue;
            }
            break;
        }
        bool growth = false, decline = false, average = false, level_cap = false, level_change = false,
             increase = false, share = false, part_of = false, of_before = false;
        std::optional<comparator> prefix_cmp;
        rules::vagueness vague = rules::vagueness::exact;
        auto note_role = [&](role ro) {
            switch (ro) {
                case role::growth: growth = true; break;
                case role::decline: decline = true; break;
                case role::average_growth: average = true; break;
                case role::level_at_most: level_cap = true; break;
                case role::level_after_change: level_change = true; break;
                case role::increase: increase = true; break;
                case role::share: share = true; break;
                default: break;
            }
        };
        for (std::size_t j = vg; j < q; ++j) {
            if (t(j).kind != tk::keyword) continue;
            auto const ro = t(j).role;
            note_role(ro);
            if (ro == role::compare_at_least) prefix_cmp = comparator::at_least;
            if (ro == role::compare_more_than) prefix_cmp = comparator::more_than;
            if (ro == role::compare_at_most) prefix_cmp = comparator::at_most;
            if (ro == role::compare_less_than) prefix_cmp = comparator::less_than;
            if (ro == role::compare_about) prefix_cmp = comparator::about;
            if (ro == role::vague_less) vague = rules::vagueness::less_than;
            if (ro == role::vague_more) vague = rules::vagueness::more_than;
            if (ro == role::of && j + 1 == q) of_before = true;
        }
        if (q > left && kw(q - 1, role::of)) of_before = true;
        for (std::size_t j = b_; j < q; ++j)
            if (kw(j, role::part_of)) part_of = true;

        // The metric: the words between the leads and the verb group
        std::size_t rb = left, re = vg;
        bool measure_in_run = false;
        // With a verb of its own before the amount (改造面积达到90万平方米, 建成区人均绿化面积达到17.2平方米)
        // a leading 改造 / 建成 is part of the metric's name, not its verb
        bool const own_verb = has_level_verb(vg, q);
        std::optional<std::size_t> lead_verb;  // 引进项目: the verb stripped from the front of the metric
        bool list_continues = false;  // 下降40%和20%, 建成公厕16座、菜市场5个: the verb carries on
        for (std::size_t j = rb; j < re; ++j)
            if (blank(j) || (t(j).kind == tk::other && is_list_connector(s_.bytes(t(j)))) ||
                kw(j, role::list_break)) {
                if (j > rb || left != b_) list_continues = list_continues || !blank(j);
            } else {
                break;
            }
        while (rb < re) {
            auto const& x = t(rb);
            if (x.kind == tk::time || x.kind == tk::plan) {
                ++rb;
                continue;
            }
            if (x.kind == tk::other && (x.punct || is_list_connector(s_.bytes(x)))) {
                ++rb;
                continue;
            }
            if (x.kind == tk::keyword && x.role == role::increase && own_verb) break;
            // 减少农村贫困人口1000万人以上: a fall of the metric that follows
            if (x.kind == tk::keyword && x.role == role::decline && !own_verb &&
                !(vg < q && has_any_verb(vg, q))) {
                decline = true;
                measure_in_run = true;
                ++rb;
                continue;
            }
            if (x.kind == tk::keyword && is_lead(x.role)) {
                if (x.role == role::increase) increase = true, measure_in_run = true, lead_verb = rb;
                if (x.role == role::level_at_most) level_cap = true;
                ++rb;
                continue;
            }
            if (x.kind == tk::keyword &&
                (x.role == role::strength_binding || x.role == role::strength_aspiration)) {
                ++rb;
                continue;
            }
            if (x.kind == tk::keyword && x.role == role::word && is_list_word(s_.bytes(x))) {
                ++rb;
                continue;
            }
            // 今后三年各级政府拟投入…: the span of years is the period, not part of the metric's name
            if (x.kind == tk::quantity && years_ahead_of_amount(rb)) {
                ++rb;
                // 五年内, 两年来, 五年中, 三年间: the word that closes the span
                if (rb < re && t(rb).kind == tk::other) {
                    auto const w = s_.bytes(t(rb));
                    if (w == "内" || w == "来" || w == "中" || w == "间") ++rb;
                }
                continue;
            }
            if (x.kind == tk::other && (s_.bytes(x) == "今" || s_.bytes(x) == "未" || s_.bytes(x) == "过")) {
                std::size_t k = rb;
                while (k < re && t(k).kind == tk::other) ++k;
                if (k < re && years_ahead_of_amount(k)) {
                    auto const w = s_.bytes(t(rb).begin, t(k).begin);
                    if (w == "今后" || w == "未来" || w == "过去") {
                        rb = k;  // the years themselves next
                        continue;
                    }
                }
            }
            if (x.kind == tk::quantity && rb + 1 < re && is_list_number(rb)) {
                rb += 2;
                continue;
            }
            break;
        }
        // A time or strength in the middle starts the metric after it (2015年实施六大工程力争GDP增长8%),
        // unless nothing but function words follows: then the metric is before it
        // (农村居民人均可支配收入力争增长9.5%)
        for (std::size_t j = rb; j < re; ++j) {
            auto const& x = t(j);
            bool const divider = x.kind == tk::time || x.kind == tk::plan ||
                                 (x.kind == tk::keyword &&
                                  (x.role == role::strength_binding || x.role == role::strength_aspiration ||
                                   x.role == role::estimate_cue || x.role == role::as_of));
            if (!divider) continue;
            bool words_after = false;
            for (std::size_t k = j + 1; k < re; ++k)
                if ((t(k).kind == tk::other && !t(k).punct) ||
                    (t(k).kind == tk::keyword && (t(k).role == role::word || t(k).role == role::share)))
                    words_after = true;
            if (words_after) {
                rb = j + 1;
            } else {
                re = j;
                while (re > rb &&
                       (blank(re - 1) || (t(re - 1).kind == tk::keyword && is_lead(t(re - 1).role)) ||
                        (t(re - 1).kind == tk::other && t(re - 1).punct)))
                    --re;
                break;
            }
        }
        while (rb < re && (t(rb).kind == tk::keyword && is_lead(t(rb).role)) &&
               !(own_verb && kw(rb, role::increase)))
            ++rb;
        while (re > rb) {
            auto const& x = t(re - 1);
            if (x.kind == tk::other && x.punct) {
                --re;
                continue;
            }
            if (x.kind == tk::keyword &&
                (x.role == role::of || x.role == role::level || x.role == role::goal_cue)) {
                --re;
                continue;
            }
            break;
        }
        for (std::size_t j = rb; j < re; ++j)
            if (t(j).kind == tk::keyword) {
                auto const ro = t(j).role;
                if (ro == role::increase && own_verb) continue;  // 建成区人均绿化面积达到…: part of the name
                if (ro == role::share) share = true;
                if (ro == role::average_growth) average = true;
                if (ro == role::growth && j + 1 == re) growth = true;  // 涨幅 at the end of the metric
                if (ro == role::decline && j + 1 == re) decline = true;
                if (ro == role::increase) increase = true, measure_in_run = true;
            }
        // 城市低保标准由每人每月470元提高到520元: the metric ends where 由 starts the old value
        for (std::size_t j = rb; j < re; ++j)
            if (kw(j, role::from)) {
                re = j;
                break;
            }
        std::string metric;
        std::string canonical_from;  // the words to look the metric up by, when not metric itself
        std::size_t mb = 0, me = 0;
        if (rb < re) {
            mb = t(rb).begin;
            me = t(re - 1).end;
            metric = trim_text((s_.bytes(mb, me)));
            auto const* cat = s_.ctx.catalog;
            // 集中供暖工程一期实现供暖面积, 开工和建成安置房: the metric is what the verb reaches, unless the
            // catalog knows the whole as a metric the words after the verb are not (文化产业实现增加值)
            for (std::size_t j = re; j-- > rb + 1;)
                if ((kw(j, role::level) || kw(j, role::increase)) && j + 1 < re) {
                    auto object = trim_text(s_.bytes(t(j + 1).begin, me));
                    auto const* whole = cat ? cat->find(metric) : nullptr;
                    if (whole && cat->find(object) != whole) break;
                    if (kw(j, role::increase)) increase = true, measure_in_run = true;
                    metric = std::move(object);
                    mb = t(j + 1).begin;
                    break;
                }
            // 引进项目, 新增就业, 改造面积: the verb belongs to the name when the catalog says so
            if (lead_verb && cat && !cat->find(metric)) {
                auto const with_verb = trim_text(s_.bytes(t(*lead_verb).begin, me));
                if (cat->find(with_verb)) canonical_from = with_verb;
            }
            // 完成投资240亿元 after 实施重大项目100个: a bare 投资 is the investment of those projects
            if ((metric == "投资"sv || metric == "资金"sv) && s_.metric_text.size() >= 6 &&
                s_.metric_text.compare(s_.metric_text.size() - 6, 6, "项目") == 0)
                metric.insert(0, s_.metric_text.data(), s_.metric_text.size());
        }
        // GDP增长率 is the growth of GDP; 人口自然增长率 is a rate of its own
        for (std::string_view suffix : {"增长率", "增速"}) {
            if (metric.size() > suffix.size() &&
                metric.compare(metric.size() - suffix.size(), suffix.size(), suffix) == 0) {
                std::string const base = metric.substr(0, metric.size() - suffix.size());
                if (s_.ctx.catalog && s_.ctx.catalog->find(base)) {
                    metric = base;
                    growth = true;
                }
            }
        }
        // Nothing before: the words after name it (确保13个以上项目竣工, 实现80%群众的回迁)
        std::string event;
        std::string after_text;
        std::size_t after_end = after;  // end of the words after the quantity that name its metric
        if (metric.empty()) {
            std::size_t ab = after, ae = next;
            for (std::size_t j = ab; j < ae; ++j)
                if (t(j).kind == tk::keyword && (t(j).role == role::clause_break)) {
                    ae = j;
                    break;
                }
            while (ab < ae && (blank(ab) || kw(ab, role::of))) ++ab;
            for (std::size_t j = ab; j < ae; ++j)
                if (t(j).kind == tk::keyword && t(j).role == role::event) event = std::string(s_.bytes(t(j)));
            if (ab < ae && t(ab).kind != tk::quantity) {
                std::size_t stop = ab;
                while (stop < ae && t(stop).kind != tk::quantity && t(stop).kind != tk::time &&
                       !kw(stop, role::list_break) && !kw(stop, role::increase) && !kw(stop, role::level))
                    ++stop;
                if (stop > ab) after_text = trim_text((s_.bytes(t(ab).begin, t(stop - 1).end)));
                after_end = stop;
            }
        }
        std::size_t src_end_tok = after;
        if (metric.empty() && !after_text.empty() && q == first_quantity_after(left)) {
            metric = after_text;
            mb = 0, me = 0;
            src_end_tok = after_end;
        }
        bool inherited = false;
        if (metric.empty()) {
            metric.assign(s_.metric_text.data(), s_.metric_text.size());
            inherited = true;
        }

        // The measure
        auto const& a = r.first;
        bool const pct = a.unit == "%"sv || a.mark == ast::mark::fraction;
        measure m = measure::level;
        // progress is a share of a target or of the whole work (占全年目标任务的70.7%, 完成总工程量的60%);
        // 占总拆迁户数的39% is a share of households
        bool progress = of_before && pct &&
                        (contains_any(metric, {"目标", "任务", "工程量", "计划", "工程", "总量"}) ||
                         span_has_progress_words(part_of ? b_ : left, q));
        if (a.mark == ast::mark::points)
            m = measure::change;
        else if (progress)
            m = measure::progress;
        else if (average && pct)
            m = measure::average_growth;
        else if (level_change && !(growth && pct))  // 居民消费价格涨幅回落到2.6% is still a growth
            m = (share || ends_with_rate(metric)) && pct ? measure::share : measure::level;
        else if ((growth || decline) && pct)
            m = measure::growth;
        else if ((growth || decline) && !pct)
            m = measure::increase;
        else if ((share || ends_with_rate(metric) || part_of) && pct)
            m = measure::share;
        else if (pct && !after_text.empty() && metric == after_text)
            m = measure::share;  // 实现80%群众的回迁
        else if (increase && !pct)
            m = measure::increase;
        else if ((inherited || list_continues) && s_.inherited_measure && !(vg < q && has_any_verb(vg, q)) &&
                 (pct ==
                  (*s_.inherited_measure == measure::growth || *s_.inherited_measure == measure::share)))
            m = *s_.inherited_measure;
        else if (!metric.empty() && !pct && measure_in_run)
            m = measure::increase;
        else if (pct)
            m = measure::share;  // a percentage that is no growth, change or progress is a share

        bool const carries_sign = list_continues && !(vg < q && has_any_verb(vg, q)) && s_.last_sign < 0 &&
                                  s_.inherited_measure && m == *s_.inherited_measure;
        double sign = (decline && m != measure::share && m != measure::level) || carries_sign ? -1 : 1;
        if (a.value < 0) sign = 1;  // 负 already written

        // The comparator
        comparator cmp = comparator::equal;
        bool explicit_cmp = false;
        if (r.second) {
            cmp = comparator::range;
            explicit_cmp = true;
        } else if (suffix_cmp) {
            cmp = *suffix_cmp;
            explicit_cmp = true;
        } else if (prefix_cmp) {
            cmp = *prefix_cmp;
            explicit_cmp = true;
        } else if (level_cap) {
            cmp = comparator::at_most;
            explicit_cmp = true;
        }
        if (a.num.flags & ast::vague_more) vague = rules::vagueness::more_than;

        // 控制在 with no 以内 states a result as often as a cap (居民消费价格涨幅控制在2.6%)
        // 突破 / 超过 tell of a result as often as of a target (进出口总额突破4万亿美元): not a goal cue
        // alone
        bool const weak_prefix =
            (prefix_cmp == comparator::more_than || prefix_cmp == comparator::about) && !suffix_cmp;
        bool const goal_signal =
            (r.second || suffix_cmp || (prefix_cmp && !weak_prefix)) && cmp != comparator::equal;
        st.kind = decide_kind(goal_signal, progress);
        if (st.kind == statement_kind::goal && !explicit_cmp) cmp = comparator::at_least;
        if (st.kind == statement_kind::figure && level_cap && !suffix_cmp && !prefix_cmp)
            cmp = comparator::equal;
        if (m == measure::progress) {
            // the metric of a progress figure is what progresses: the words before 已完成 / 完成
            auto cut = metric.find("已");
            if (cut == std::string::npos) cut = metric.find("完成");
            if (cut != std::string::npos && cut > 0) metric = trim_text(metric.substr(0, cut));
        }
        if (sign < 0) {
            // 下降3.1%以上: at least a 3.1% fall, so growth ≤ −3.1
            switch (cmp) {
                case comparator::at_least: cmp = comparator::at_most; break;
                case comparator::at_most: cmp = comparator::at_least; break;
                case comparator::more_than: cmp = comparator::less_than; break;
                case comparator::less_than: cmp = comparator::more_than; break;
                default: break;
            }
        }

        auto const* def =
            s_.ctx.catalog ? s_.ctx.catalog->find(canonical_from.empty() ? metric : canonical_from) : nullptr;
        st.metric = def ? def->name : metric;
        if (def) {
            // A goal on a lower-is-better metric with no comparator word is a ceiling (城镇登记失业率4.5%)
            if (st.kind == statement_kind::goal && !explicit_cmp &&
                def->polarity == rules::polarity::lower_is_better && m != measure::change && sign > 0)
                cmp = comparator::at_most;
        }
        st.measure = m;
        st.comparator = cmp;
        st.direction = dir;
        st.unit = a.unit;
        st.unit_text = a.unit_text;
        st.vague = vague;
        double scale = (a.mark == ast::mark::fraction && m == measure::progress) ? 100 : 1;
        if (scale == 100) st.unit = "%";
        if (cmp == comparator::direction) {
            st.value.reset();
        } else if (r.second) {
            double lo = a.value * sign * scale, hi = r.second->value * sign * scale;
            if (lo > hi) std::swap(lo, hi);
            st.low = lo;
            st.high = hi;
            st.unit = a.unit.empty() ? r.second->unit : a.unit;
            st.unit_text = r.second->unit_text;
        } else {
            st.value = a.value * sign * scale;
        }
        st.parts = r.ratio;
        if (!r.ratio.empty()) {
            st.unit = "ratio";
            st.value.reset();
        }
        if (!event.empty() && m != measure::progress) {
            st.event = event;
            auto pos = metric.rfind(event);
            st.subject = trim_text(pos == std::string::npos ? metric : metric.substr(0, pos));
        }
        // 争取到位资金3.5亿元 in a review tells what was obtained: a figure has no strength
        st.strength = st.kind == statement_kind::goal ? s_.strength : rules::strength::none;
        apply_time(st);
        std::size_t left_text = left;
        while (left_text < q && (blank(left_text) || kw(left_text, role::of) ||
                                 (t(left_text).kind == tk::other && t(left_text).punct)))
            ++left_text;
        // The source starts where the statement's own words do: its metric, else the clause (or what follows
        // the statement before it in the clause)
        std::size_t begin = (left == b_ ? first_meaningful(b_) : t(left_text).begin);
        if (mb > 0 && mb > begin) {
            // keep a strength or a date that leads the metric in the same clause: 力争年内引进项目…
            std::size_t lead = mb;
            for (std::size_t j = left; j < q && t(j).begin < mb; ++j)
                if (t(j).kind == tk::time || kw(j, role::strength_binding) ||
                    kw(j, role::strength_aspiration) || kw(j, role::estimate_cue) || kw(j, role::increase) ||
                    kw(j, role::level) || kw(j, role::decline) || years_ahead_of_amount(j))
                    lead = std::min(lead, t(j).begin);
            begin = lead;
        }
        std::size_t const end = t(std::max(after, src_end_tok) - 1).end;
        st.src.start = std::min(begin, t(q).begin);
        st.src.end = std::max(end, t(q).end);
        st.src.text = std::string(s_.bytes(st.src.start, st.src.end));

        // the metric as written goes to the statement, and a copy stays for the clauses after it
        s_.metric_text.assign(metric.data(), metric.size());
        st.metric_text = std::move(metric);
        if (m != measure::progress) s_.inherited_measure = m;
        s_.last_sign = sign;
        return std::max(after, src_end_tok);
    }

    static bool is_list_connector(std::string_view w) {
        return w == "和" || w == "及" || w == "与" || w == "以及";
    }

    static bool is_list_word(std::string_view w) {
        return w.size() == 6 && w.substr(3) == "是";  // 一是, 二是 …
    }

    // 1、 (二) 3. : a bare number that numbers a list item
    bool is_list_number(std::size_t i) const {
        auto const& r = reading(i);
        if (!is_bare(r.first) || r.second) return false;
        if (i + 1 >= e_) return false;
        auto const nx = s_.bytes(t(i + 1));
        return kw(i + 1, role::list_break) || nx == "." || nx == "．" || nx == "）" || nx == ")";
    }

    std::size_t first_quantity_after(std::size_t left) const {
        for (std::size_t j = left; j < e_; ++j)
            if (t(j).kind == tk::quantity) return j;
        return e_;
    }

    bool has_level_verb(std::size_t b, std::size_t e) const {
        for (std::size_t j = b; j < e; ++j)
            if (t(j).kind == tk::keyword && (t(j).role == role::level || t(j).role == role::level_at_most ||
                                             t(j).role == role::level_after_change ||
                                             t(j).role == role::growth || t(j).role == role::decline ||
                                             (t(j).role == role::figure_cue &&
                                              (s_.bytes(t(j)) == "达到了" || s_.bytes(t(j)) == "实现了"))))
                return true;
        return false;
    }

    bool has_any_verb(std::size_t b, std::size_t e) const {
        for (std::size_t j = b; j < e; ++j)
            if (t(j).kind == tk::keyword) {
                auto ro = t(j).role;
                if (ro == role::growth || ro == role::decline || ro == role::increase ||
                    ro == role::level_at_most || ro == role::level_after_change ||
                    ro == role::average_growth || ro == role::level)
                    return true;
            }
        return false;
    }

    bool span_has_progress_words(std::size_t b, std::size_t e) const {
        auto const sv = s_.bytes(t(b).begin, t(e).begin);
        return contains_any(sv, {"目标任务", "工程量", "任务的", "计划的", "整体工程"});
    }

    static bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
        for (auto w : words)
            if (s.find(w) != std::string_view::npos) return true;
        return false;
    }

    static bool ends_with_rate(std::string const& m) {
        for (std::string_view w : {"率", "比重", "占比", "比例", "覆盖面"})
            if (m.size() >= w.size() && m.compare(m.size() - w.size(), w.size(), w) == 0) return true;
        return false;
    }

    std::size_t first_meaningful(std::size_t i) const {
        while (i < e_ && (blank(i) || (t(i).kind == tk::other && t(i).punct))) ++i;
        return i < e_ ? t(i).begin : t(b_).begin;
    }

    bool future_period() const {
        if (!s_.period || !s_.ctx.reference || s_.period_is_as_of) return false;
        return s_.period->begin > *s_.ctx.reference ||
               (s_.period_deadline && s_.period->end > *s_.ctx.reference);
    }

    statement_kind decide_kind(bool explicit_cmp, bool progress) const {
        if (s_.ctx.kind) return *s_.ctx.kind;
        if (progress) return statement_kind::figure;
        // 预计6月前完工: an estimate of what is still to come is a goal
        if (s_.estimate_cue) return future_period() ? statement_kind::goal : statement_kind::figure;
        // In a section of results 争取 means obtained, 将 is 把, 计划 names a programme: only a date still to
        // come makes a goal there
        if (s_.ctx.default_kind == statement_kind::figure)
            return future_period() ? statement_kind::goal : statement_kind::figure;
        // In a section of goals 已建成的规划路 describes: only a year gone by makes a result there
        if (s_.ctx.default_kind == statement_kind::goal)
            return s_.period && s_.ctx.reference && s_.period->end < *s_.ctx.reference && !s_.period_relative
                       ? statement_kind::figure
                       : statement_kind::goal;
        if (s_.figure_cue) return statement_kind::figure;
        if (s_.strength != rules::strength::none || s_.goal_cue) return statement_kind::goal;
        // The section decides before the weaker signals: in a review 成交额达70亿元以上 is a result
        if (s_.ctx.default_kind) return *s_.ctx.default_kind;
        if (explicit_cmp) return statement_kind::goal;
        // a period still to come, or one that runs to a year still to come (到2020年城镇化率达到60%)
        if (s_.period && s_.ctx.reference && !s_.period_is_as_of && s_.period->end > *s_.ctx.reference &&
            (s_.period->begin > *s_.ctx.reference || s_.period_until))
            return statement_kind::goal;
        return statement_kind::figure;
    }

    void apply_time(statement& st) const {
        auto const& ref = s_.ctx.reference;
        st.reported = ref;
        std::optional<rules::period> p = s_.period;
        if (!p && st.kind == statement_kind::figure && s_.ctx.figure_year) {
            int const y = *s_.ctx.figure_year;
            p = year_period(y);
            if (s_.ctx.figure_years > 1)
                if (auto from = safe_date(y - s_.ctx.figure_years + 1, 1, 1))
                    p = rules::period{*from, p->end};
        } else if (!p && ref) {
            int const y = ref->year();
            p = year_period(y);
        }
        // 全年, 当年, 年底 in a review section mean the year the section describes
        if (p && s_.period && s_.period_relative && st.kind == statement_kind::figure && s_.ctx.figure_year) {
            int const shift = *s_.ctx.figure_year - p->end.year();
            auto const b = shift_years(p->begin, shift), e = shift_years(p->end, shift);
            if (b && e) p = rules::period{*b, *e};
        }
        if (st.kind == statement_kind::goal) {
            if (p) {
                st.deadline = p->end;
                st.period = p;
            }
        } else {
            if (s_.period_is_as_of && s_.period) {
                st.as_of = s_.period->end;
                st.period = rules::period{rules::date(s_.period->end.year(), 1, 1), s_.period->end};
            } else {
                st.period = p;
            }
            if (s_.estimate_cue || s_.ctx.estimate) st.status = rules::figure_status::estimate;
            if (st.measure == measure::progress) st.status = rules::figure_status::progress;
        }
    }

    void read_without_quantity() {
        // A milestone: 确保2015年10月实现居民回迁, 力争6月份蓝天广场开门营业
        std::optional<std::size_t> ev;
        std::optional<std::size_t> direction;
        if (has(role::event) || has(role::direction_up) || has(role::direction_down))
            for (std::size_t i = b_; i < e_; ++i) {
                if (kw(i, role::event)) ev = i;
                if (kw(i, role::direction_up) || kw(i, role::direction_down)) direction = i;
            }
        if (direction) {
            statement st;
            std::size_t rb = b_;
            while (rb < *direction && (t(rb).kind == tk::time || blank(rb) ||
                                       (t(rb).kind == tk::keyword &&
                                        (is_lead(t(rb).role) || t(rb).role == role::strength_binding ||
                                         t(rb).role == role::strength_aspiration))))
                ++rb;
            st.metric_text = rb < *direction ? trim_text((s_.bytes(t(rb).begin, t(*direction - 1).end)))
                                             : std::string(s_.metric_text.data(), s_.metric_text.size());
            st.metric = canonical(st.metric_text);
            st.comparator = comparator::direction;
            st.direction = kw(*direction, role::direction_up) ? 1 : -1;
            st.kind = s_.ctx.kind.value_or(statement_kind::goal);
            st.strength = s_.strength;
            apply_time(st);
            finish_plain(st, *direction);
            return;
        }
        if (read_bare_change()) return;
        if (!ev) {
            // 2016年全面完成安置, 也已2014年底全部完成: a clause that ends in 完成 / 安置 / 建成 is an event
            // too
            std::size_t last = e_;
            while (last > b_ && (blank(last - 1) || (t(last - 1).kind == tk::other && t(last - 1).punct)))
                --last;
            if (last > b_ && kw(last - 1, role::increase)) {
                auto const w = s_.bytes(t(last - 1));
                if (w == "完成" || w == "建成" || w == "安置") ev = last - 1;  // not 加大投入, 培育
            }
        }
        if (!ev) return;
        // A milestone needs a date, a strength word, a word that it is done (已), or a section that makes it
        // one: 即将开工 alone states nothing to hold anyone to
        bool dated = s_.period_from_time;
        for (std::size_t i = b_; i < e_; ++i) dated = dated || t(i).kind == tk::time;
        // 建成投用, 竣工通车, 开业运营: a completion, stated as done
        bool completion = false;
        for (std::size_t j = b_; j < e_; ++j)
            if (t(j).kind == tk::keyword && (t(j).role == role::event || t(j).role == role::increase)) {
                auto const w = s_.bytes(t(j));
                for (std::string_view done :
                     {"建成", "竣工", "完工", "投用", "开业", "通车", "投入使用", "建成投用"})
                    if (w == done) completion = true;
            }
        for (std::size_t j = b_; j < *ev; ++j)  // 即将完工, 正在建设: not done yet
            if (kw(j, role::goal_cue) ||
                (t(j).kind == tk::keyword && (s_.bytes(t(j)) == "即将" || s_.bytes(t(j)) == "正在")))
                completion = false;
        if (!dated && s_.strength == rules::strength::none && !s_.figure_cue && !s_.ctx.kind &&
            !s_.ctx.default_kind && !completion)
            return;
        // 早日启动, 尽快完工: wished for, with no date to hold it to
        for (std::size_t j = b_; j < *ev; ++j)
            if (t(j).kind == tk::other) {
                auto const x = s_.bytes(t(j));
                for (std::string_view soon : {"早日", "尽快", "尽早"})
                    if (x.size() >= soon.size() && x.substr(x.size() - soon.size()) == soon) return;
            }

        // The event: 竣工通车, 开业运营, 搬迁入住, 建成启用, 完成安置 — adjacent event words and the verb
        // before them
        std::size_t eb = *ev, ee = *ev + 1;
        while (eb > b_ && (kw(eb - 1, role::event) || kw(eb - 1, role::increase))) --eb;
        while (ee < e_ && (kw(ee, role::event) || kw(ee, role::increase))) ++ee;
        statement st;
        st.measure = measure::milestone;
        st.event = std::string(s_.bytes(t(eb).begin, t(ee - 1).end));
        // The subject: the words before the event, without leads, dates and adverbs; else the words after it
        // (启动拆迁工作); else what the clause before was about (加快蓝天佳园招商工作，力争6月份开门营业)
        // the words before the event, from the first to the last (a date at either edge left out); after a 的
        // only what follows it (…478人的惠众西城一品二期工程全面开工)
        std::size_t from = b_;
        for (std::size_t j = b_; j < eb; ++j)
            if (kw(j, role::of)) from = j + 1;
        std::optional<std::size_t> sb, se;
        for (std::size_t j = from; j < eb; ++j)
            if (text_at(j) || t(j).kind == tk::quantity || kw(j, role::word)) {
                if (!sb) sb = j;
                se = j;
            }
        std::string subject = sb ? subject_words(s_.bytes(t(*sb).begin, t(*se).end)) : std::string();
        if (subject.empty() && ee < e_) subject = subject_words(s_.bytes(t(ee).begin, t(e_ - 1).end));
        if (subject.empty() && !dated && !completion && s_.topic.second <= s_.topic.first)
            return;  // 适时启动
        if (subject.empty() && s_.topic.second > s_.topic.first)
            subject = subject_words(s_.bytes(s_.topic.first, s_.topic.second));
        st.subject = subject;
        st.metric_text = st.subject + st.event;
        st.metric = canonical(st.metric_text);
        st.comparator = comparator::equal;
        bool const goal_words = s_.strength != rules::strength::none || s_.goal_cue || future_period();
        // 居民回迁推迟到2016年3月: a delay is told as a result
        bool delayed = false;
        for (std::size_t j = b_; j < e_; ++j)
            if (t(j).kind == tk::keyword && t(j).role == role::figure_cue) {
                auto const w = s_.bytes(t(j));
                delayed =
                    delayed || w.rfind("推迟", 0) == 0 || w.rfind("延期", 0) == 0 || w.rfind("延迟", 0) == 0;
            }
        st.kind = s_.ctx.kind ? *s_.ctx.kind
                  : delayed   ? statement_kind::figure
                  : s_.ctx.default_kind == statement_kind::figure
                      ? (future_period() ? statement_kind::goal : statement_kind::figure)
                  : s_.ctx.default_kind == statement_kind::goal ? statement_kind::goal
                  : (s_.figure_cue && !s_.goal_cue && s_.strength == rules::strength::none)
                      ? statement_kind::figure
                  : goal_words ? statement_kind::goal
                  : completion ? statement_kind::figure
                               : statement_kind::goal;
        st.strength = st.kind == statement_kind::goal ? s_.strength : rules::strength::none;
        apply_time(st);
        finish_plain(st, ee - 1);
    }

    // The name in a milestone's words: 已顺利, 全部, 即将 and verbs like 加快 / 实现 at the edges are not
    // part of it.
    static std::string subject_words(std::string_view text) {
        static constexpr std::string_view front[] = {"实现", "完成", "加快", "推进", "督促", "抓紧", "加强",
                                                     "做好", "其中", "全区", "力争", "确保", "争取", "推动"};
        static constexpr std::string_view back[] = {
            "已顺利",   "已经", "已",       "顺利",     "全部",         "全面",     "基本", "正式", "也",
            "于",       "并",   "以及",     "均",       "即将",         "将",       "实现", "完成", "目标",
            "工作早日", "早日", "招商工作", "建设进度", "改造建设进度", "工程进度", "有序", "陆续", "适时"};
        std::string s = trim_text(text);
        for (bool changed = true; changed;) {
            changed = false;
            for (auto w : front)
                if (s.size() >= w.size() && s.compare(0, w.size(), w) == 0) {
                    s.erase(0, w.size());
                    changed = true;
                }
            for (auto w : back)
                if (s.size() >= w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0) {
                    s.erase(s.size() - w.size());
                    changed = true;
                }
            s = trim_text(s);
        }
        return s;
    }

    std::string canonical(std::string const& text) const {
        auto const* def = s_.ctx.catalog ? s_.ctx.catalog->find(text) : nullptr;
        return def ? def->name : text;
    }

    // 去年我国进出口总额出现下降: a change of a known metric stated without a number still has a sign. Only
    // after 出现 / 有所 / 略有 / 同比, and only as a figure: 推动经济增长 states nothing.
    bool read_bare_change() {
        std::size_t last = e_;
        while (last > b_ && (blank(last - 1) || (t(last - 1).kind == tk::other && t(last - 1).punct))) --last;
        if (last <= b_ + 1) return false;
        std::size_t const verb = last - 1;
        bool const down = kw(verb, role::decline), up = kw(verb, role::growth);
        if (!down && !up) return false;
        auto const before = s_.bytes(t(b_).begin, t(verb).begin);
        std::string_view cue;
        for (std::string_view c : {"出现", "有所", "略有", "同比"})
            if (before.size() >= c.size() && before.substr(before.size() - c.size()) == c) cue = c;
        if (cue.empty() || !s_.ctx.catalog) return false;
        std::size_t rb = b_;
        while (rb < verb &&
               (t(rb).kind == tk::time || blank(rb) ||
                (t(rb).kind == tk::keyword && (is_lead(t(rb).role) || t(rb).role == role::estimate_cue))))
            ++rb;
        if (rb >= verb) return false;
        auto words = s_.bytes(t(rb).begin, t(verb).begin);
        words.remove_suffix(cue.size());
        std::string metric_text = trim_text(words);
        for (std::string_view lead : {"我国", "全国", "全区", "全市", "全省", "全县"})
            if (metric_text.size() > lead.size() && metric_text.compare(0, lead.size(), lead) == 0)
                metric_text.erase(0, lead.size());
        auto const* def = s_.ctx.catalog->find(metric_text);
        if (!def) return false;
        statement st;
        st.kind = decide_kind(false, false);
        if (st.kind != statement_kind::figure) return false;
        st.metric_text = metric_text;
        st.metric = def->name;
        st.measure = measure::growth;
        st.comparator = comparator::direction;
        st.direction = down ? -1 : 1;
        st.unit = "%";
        apply_time(st);
        finish_plain(st, verb);
        return true;
    }

    void finish_plain(statement& st, std::size_t last) {
        std::size_t const begin = first_meaningful(b_);
        st.src.start = begin;
        st.src.end = t(last).end;
        st.src.text = std::string(s_.bytes(st.src.start, st.src.end));
        s_.add_statement() = std::move(st);
    }
};

// 让出占地面积9亩，建筑面积14700平方米，涉及拆迁5栋楼162户478人的惠众西城一品二期工程全面开工: the amounts
// describe the project (…的 + subject) whose milestone ends the sentence. Marks them, unless a verb of their
// own clause makes them amounts reached (完成拆迁50万平方米的…).
void mark_attributive_chains(phrase_state& s) {
    auto const n = s.toks.size();
    auto is_kw = [&](std::size_t i, role r) { return s.toks[i].is(r); };
    auto is_break = [&](std::size_t i) { return ends_clause(s.toks[i]); };
    std::size_t sb = 0;
    for (std::size_t i = 0; i <= n; ++i) {
        if (i < n && !is_kw(i, role::sentence_break)) continue;
        // the sentence [sb, i): its last clause
        std::size_t lb = sb;
        for (std::size_t j = sb; j < i; ++j)
            if (is_break(j)) lb = j + 1;
        std::optional<std::size_t> of_after_amount;
        bool event_after = false;
        for (std::size_t j = lb; j + 1 < i; ++j)
            if (s.toks[j].kind == tk::quantity && is_kw(j + 1, role::of)) of_after_amount = j;
        if (of_after_amount)
            for (std::size_t j = *of_after_amount + 2; j < i; ++j)
                event_after = event_after || is_kw(j, role::event);
        if (of_after_amount && event_after) {
            bool verb = false;
            for (std::size_t j = sb; j <= *of_after_amount; ++j) {
                if (is_break(j)) {
                    verb = false;
                    continue;
                }
                if (s.toks[j].kind == tk::keyword &&
                    (s.toks[j].role == role::increase || s.toks[j].role == role::level ||
                     s.toks[j].role == role::growth || s.toks[j].role == role::decline))
                    verb = true;
                if (s.toks[j].kind == tk::quantity && !verb) s.toks[j].attributive = true;
            }
        }
        sb = i + 1;
    }
}

}  // namespace

namespace {

// Whether a phrase may state something: every statement needs a quantity, or a keyword of a milestone, a
// direction or a change, and a time may be a day that does not exist (an error). Most sentences of a report
// have none of these, and lowering them would only find nothing.
bool may_state_something(ast::phrase const& tokens) {
    if (!tokens.quantities.empty() || !tokens.times.empty()) return true;
    for (auto const& tkn : tokens.tokens) {
        if (tkn.kind == ast::token_kind::keyword) {
            switch (tkn.role) {
                case role::event:
                case role::direction_up:
                case role::direction_down:
                case role::growth:
                case role::decline:
                case role::increase: return true;
                default: break;
            }
        }
    }
    return false;
}

}  // namespace

parse_result lower(std::string_view text, ast::phrase& tokens, context const& ctx, arena& work) {
    if (!may_state_something(tokens)) return {};
    phrase_state s(text, ctx, tokens, work);
    bool events = false;
    // The clauses, found on the way: spans of tokens between breaks (，；：。), each with the roles of its
    // keywords, where its quantities are in s.quantity_toks, whether it has a date or a plan, and whether a
    // sentence ends after it
    struct clause {
        std::size_t b, e;
        std::uint64_t roles;
        std::size_t qb, qe;
        bool timed;  // a date or a plan in it
        bool sentence_end;
    };
    arena_vector<clause> clauses{arena_allocator<clause>(work)};
    clauses.reserve(8);
    std::size_t b = 0, qb = 0;
    std::uint64_t roles = 0;
    bool timed = false;
    for (std::size_t i = 0; i < s.toks.size(); ++i) {
        auto const& x = s.toks[i];
        if (x.kind == tk::keyword) {
            events = events || x.role == role::event;
            if (ends_clause(x)) {
                clauses.push_back(
                    {b, i, roles, qb, s.quantity_toks.size(), timed, x.role == role::sentence_break});
                b = i + 1;
                qb = s.quantity_toks.size();
                roles = 0;
                timed = false;
            } else {
                roles |= std::uint64_t{1} << static_cast<unsigned>(x.role);
            }
        } else if (x.kind == tk::quantity) {
            s.quantity_toks.push_back(i);
        } else if (x.kind == tk::time || x.kind == tk::plan) {
            timed = true;
        }
    }
    clauses.push_back({b, s.toks.size(), roles, qb, s.quantity_toks.size(), timed, false});
    if (events) mark_attributive_chains(s);  // it marks only amounts before a milestone's event
    for (auto const& c : clauses) {
        if (c.e > c.b) clause_reader(s, c.b, c.e, c.roles, c.qb, c.qe, c.timed).read();
        if (c.sentence_end) s.new_sentence();
    }
    return std::move(s.out);
}

}  // namespace luoshi::dsl
