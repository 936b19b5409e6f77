#include "common/encoding.hpp"
#include "dsl/parse.hpp"
#include "dsl/report.hpp"
#include "rules/yaml/catalog_load.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>

namespace test = luoshi::test;
using namespace luoshi;

TEST_SUITE("dsl") {
    // Inputs the fuzzer once crashed on (fuzz/crashes/): each must now read without an exception escaping.
    TEST_CASE("inputs that once crashed the reader are read without an exception") {
        auto const dir = test::source_dir() / "fuzz/crashes";
        int files = 0;
        for (auto const& e : std::filesystem::directory_iterator(dir)) {
            if (!e.is_regular_file() || e.path().filename().string().rfind('.', 0) == 0) continue;
            ++files;
            auto const bytes = test::read_file(e.path());
            CAPTURE(e.path().filename().string());
            auto const decoded = common::decode(bytes);
            if (auto const* d = std::get_if<common::decoded_text>(&decoded)) {
                dsl::report_context ctx;
                ctx.date = rules::date(2015, 3, 5);
                ctx.catalog = &rules::yaml::builtin_catalog();
                dsl::report_reading r;
                CHECK_NOTHROW(r = dsl::read_report(d->utf8, ctx));
                for (auto const& st : r.statements) {
                    CHECK(st.src.end <= d->utf8.size());
                    for (auto v : {st.value, st.low, st.high})
                        if (v) CHECK(std::isfinite(*v));  // 7^722, 0e999 once gave inf and NaN
                }
                CHECK_NOTHROW(dsl::parse_phrase(d->utf8.substr(0, 4096)));
                for (auto const& q : dsl::find_quantities(d->utf8).quantities) CHECK(std::isfinite(q.value));
            }
        }
        MESSAGE(files, " crash inputs read");
        CHECK(files > 0);
    }
}
