#include "dsl/time.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace luoshi::dsl {
namespace {

using boost::gregorian::date;
using boost::gregorian::gregorian_calendar;

date month_end(int y, int m) {
    return date(
        static_cast<unsigned short>(y), static_cast<unsigned short>(m),
        gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y), static_cast<unsigned short>(m)));
}
date ymd(int y, int m, int d) {
    return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

}  // namespace

std::optional<rules::date> safe_date(int year, int month, int day) {
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return std::nullopt;
    auto const last = gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                           static_cast<unsigned short>(month));
    if (day > last) return std::nullopt;
    return ymd(year, month, day);
}

std::optional<rules::date> shift_years(rules::date d, int years) {
    int const y = d.year() + years;
    if (y < 1900 || y > 2200) return std::nullopt;
    int const last = gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y), d.month());
    return safe_date(y, d.month(), std::min<int>(d.day(), last));
}

std::optional<rules::period> year_period(int year) {
    if (year < 1900 || year > 2200) return std::nullopt;
    return rules::period{ymd(year, 1, 1), ymd(year, 12, 31)};
}

resolved_time resolve(ast::time_expr const& t, std::optional<rules::date> reference) {
    resolved_time out;
    int year = 0;
    if (t.year) {
        year = *t.year;
    } else if (reference) {
        year = reference->year();
        if (t.relative) {
            switch (*t.relative) {
                case ast::year_ref::this_year: break;
                case ast::year_ref::next_year: year += 1; break;
                case ast::year_ref::last_year: year -= 1; break;
                case ast::year_ref::year_before_last: year -= 2; break;
                case ast::year_ref::year_after_next: year += 2; break;
            }
        }
    } else {
        return out;  // 年底 with no date to resolve it against
    }
    if (year < 1900 || year > 2200) {
        out.error = fmt::format("not a year: {}", year);
        return out;
    }
    if (t.month) {
        int m = *t.month;
        if (m < 1 || m > 12) {
            out.error = fmt::format("not a month: {}月", m);
            return out;
        }
        if (t.day) {
            int d = *t.day;
            int last = gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                            static_cast<unsigned short>(m));
            if (d < 1 || d > last) {
                out.error =
                    fmt::format("not a date: {}年{}月{}日 (that month has {} days)", year, m, d, last);
                return out;
            }
            out.period = rules::period{ymd(year, m, d), ymd(year, m, d)};
            return out;
        }
        if (t.from_month) {
            int const f = *t.from_month;
            if (f < 1 || f > m) {
                out.error = fmt::format("not a span of months: {}-{}月", f, m);
                return out;
            }
            out.period = rules::period{ymd(year, f, 1), month_end(year, m)};
            return out;
        }
        if (t.part && (*t.part == ast::time_part::before)) {
            // 6月前: before June begins
            date const first = ymd(year, m, 1);
            out.period = rules::period{ymd(year, 1, 1), first - boost::gregorian::days(1)};
            return out;
        }
        out.period = rules::period{ymd(year, m, 1), month_end(year, m)};
        return out;
    }
    date const jan1 = ymd(year, 1, 1), dec31 = ymd(year, 12, 31);
    auto const part = t.part.value_or(ast::time_part::whole);
    switch (part) {
        case ast::time_part::first_half: out.period = rules::period{jan1, ymd(year, 6, 30)}; break;
        case ast::time_part::second_half: out.period = rules::period{ymd(year, 7, 1), dec31}; break;
        case ast::time_part::q1: out.period = rules::period{jan1, ymd(year, 3, 31)}; break;
        case ast::time_part::q2: out.period = rules::period{ymd(year, 4, 1), ymd(year, 6, 30)}; break;
        case ast::time_part::q3: out.period = rules::period{ymd(year, 7, 1), ymd(year, 9, 30)}; break;
        case ast::time_part::q4: out.period = rules::period{ymd(year, 10, 1), dec31}; break;
        case ast::time_part::first_three_quarters: out.period = rules::period{jan1, ymd(year, 9, 30)}; break;
        case ast::time_part::before:  // 2016年前: by the end of 2015
            out.period = rules::period{ymd(year - 1, 1, 1), ymd(year - 1, 12, 31)};
            break;
        case ast::time_part::start: out.period = rules::period{jan1, ymd(year, 3, 31)}; break;
        default: out.period = rules::period{jan1, dec31}; break;
    }
    return out;
}

rules::period resolve(ast::plan_expr const& p) {
    // The plans ran 1953–57 and 1958–62; after three years of adjustment the third began in 1966,
    // so 十三五 = 2016–2020.
    int const first = p.number >= 3 ? 1966 + 5 * (p.number - 3) : 1953 + 5 * (p.number - 1);
    if (p.part && *p.part == ast::time_part::end)
        return rules::period{ymd(first + 4, 1, 1), ymd(first + 4, 12, 31)};
    return rules::period{ymd(first, 1, 1), ymd(first + 4, 12, 31)};
}

}  // namespace luoshi::dsl
