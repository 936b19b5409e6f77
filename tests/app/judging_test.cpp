#include "app/judging.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <variant>
#include <vector>

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

}  // namespace

TEST_SUITE("app") {
    // Issue 20: `audit --rate-tolerance nan` (or inf) was taken, and every 左右 goal judged against it.
    TEST_CASE("the tolerance policy takes finite, non-negative tolerances only") {
        struct row {
            double rate, amount;
            std::string error;  // empty: accepted
        };
        std::vector<row> const rows{
            {0.5, 0.05, ""},
            {0, 0, ""},
            {2, 1, ""},
            {nan, 0.05, "a tolerance must be a number, not nan"},
            {0.5, nan, "a tolerance must be a number, not nan"},
            {inf, 0.05, "a tolerance must be a number, not inf"},
            {0.5, -inf, "a tolerance must be a number, not -inf"},
            {-0.1, 0.05, "a tolerance cannot be negative"},
            {0.5, -1, "a tolerance cannot be negative"},
        };
        for (auto const& r : rows) {
            CAPTURE(r.rate);
            CAPTURE(r.amount);
            auto const policy = luoshi::app::make_policy(r.rate, r.amount);
            if (r.error.empty()) {
                REQUIRE(std::holds_alternative<luoshi::engine::policy>(policy));
                CHECK(std::get<luoshi::engine::policy>(policy).rate_tolerance == r.rate);
                CHECK(std::get<luoshi::engine::policy>(policy).amount_tolerance == r.amount);
            } else {
                REQUIRE(std::holds_alternative<std::string>(policy));
                CHECK(std::get<std::string>(policy) == r.error);
            }
        }
    }
}
