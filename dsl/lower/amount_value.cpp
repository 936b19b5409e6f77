// An amount's value in its base unit: 3.2万人 → 32000 人, 8.5折 → 85 %, 三分之二 → 0.666…, 6.5-7% → 6.5 % and
// 7 % (the unit written once holds for both ends).
#include "common/utf8.hpp"
#include "dsl/lower/clause.hpp"

#include <cmath>

namespace luoshi::dsl {

namespace {

// The unit as written, without spaces and the 余/多 of a vague amount (2.1万余人 → 万人; vague says
// more_than).
std::string unit_as_written(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        int len = 0;
        char32_t const c = common::code_point_at(text.data() + i, len);
        if (c != U' ' && c != U'余' && c != U'多' && c != U'几' && c != U'幾')
            out.append(text.substr(i, static_cast<std::size_t>(len)));
        i += static_cast<std::size_t>(len);
    }
    return out;
}

// 再解决3200万农村人口的饮水安全问题, 为80万重点群体提供就业帮扶: a number with no unit right before a noun
// of people counts people (人), when the noun ends within a few characters, before any 的 or punctuation (a
// bound between them is passed over: 1亿左右农业转移人口)
void counts_people(std::string_view after, amount_value& v) {
    constexpr std::size_t reach = 4 * 3;  // the words before the noun's head: four characters at most
    after = words::without_leading(after, words::bounds_before_a_noun);
    for (auto const& head : words::people_heads) {
        auto const at = after.find(head.text);
        if (at == std::string_view::npos || at > reach) continue;
        auto const before = after.substr(0, at);
        bool plain = true;
        for (std::size_t i = 0; i < before.size();) {
            int len = 0;
            char32_t const c = common::code_point_at(before.data() + i, len);
            plain = plain && c >= 0x4E00 && c <= 0x9FFF && c != U'的';
            i += static_cast<std::size_t>(len);
        }
        if (!plain) continue;
        for (std::size_t k = 0; k < std::size(units); ++k)
            if (units[k].text == "人") {
                v.unit_index = static_cast<int>(k);
                v.unit = units[k].base;
                break;
            }
        return;
    }
}

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
    std::size_t const unit_start = a.begin + a.num.digits_len;
    v.unit_text = unit_as_written(text.substr(unit_start, a.end - unit_start));
    // (with 万 or 亿 only: 两参人员, 六厂老旧居民区, 12345热线群众, 59国人员 are names)
    if (a.unit < 0 && a.kind == ast::mark::none && a.num.scale > 1) counts_people(text.substr(a.end), v);
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
    return boost::apply_visitor(amount_visitor{text}, a);
}

namespace lower {

void read_quantity(std::string_view text, ast::quantity const& q, quantity_reading& r) {
    r.first = value_of(text, q.first);
    if (q.per_end > q.per_begin) r.first.per = std::string(text.substr(q.per_begin, q.per_end - q.per_begin));
    if (q.second) {
        r.second = value_of(text, *q.second);
        r.second->per = r.first.per;
        // The unit is written once for both bounds: 6.5-7%, 3-5万元.
        auto& lo = r.first;
        auto const& hi = *r.second;
        if (lo.unit.empty() && lo.mark == ast::mark::none && lo.unit_index < 0) {
            double const mult = hi.num.scale > 1 && lo.num.scale == 1 ? hi.num.scale : 1;
            amount_value shared = hi;
            shared.value = lo.num.value * mult;
            if (hi.unit_index >= 0) shared.value *= units[static_cast<std::size_t>(hi.unit_index)].scale;
            if (hi.mark == ast::mark::tenths || (hi.mark == ast::mark::discount && lo.num.value < 10))
                shared.value *= 10;
            if (hi.mark == ast::mark::permille) shared.value /= 10;
            shared.begin = lo.begin;
            shared.end = lo.end;
            shared.number_end = lo.number_end;
            shared.num = lo.num;
            lo = shared;
        }
    }
    if (!q.ratio.empty()) {
        r.ratio.push_back(r.first.num.value);
        for (auto const& n : q.ratio) r.ratio.push_back(n.value);
    }
}

}  // namespace lower

}  // namespace luoshi::dsl
