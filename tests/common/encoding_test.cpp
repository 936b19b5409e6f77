#include "common/encoding.hpp"

#include <doctest/doctest.h>

#include <string>

using luoshi::common::decode;
using luoshi::common::decode_error;
using luoshi::common::decoded_text;

TEST_SUITE("common") {
    TEST_CASE("UTF-8 is read as it is, a byte order mark skipped and counted") {
        std::string const text = "\xEF\xBB\xBF地区生产总值增长8%";
        auto const r = decode(text);
        REQUIRE(std::holds_alternative<decoded_text>(r));
        auto const& d = std::get<decoded_text>(r);
        CHECK(d.encoding == "UTF-8");
        CHECK(d.utf8 == "地区生产总值增长8%");
        CHECK(d.to_original(0) == 3);
    }

    TEST_CASE("GB18030 is converted and every offset maps back to the file's bytes") {
        // 增长8% in GB18030: D4 F6 B3 A4 38 25
        std::string const gb =
            "\xD4\xF6\xB3\xA4"
            "8%";
        auto const r = decode(gb);
        REQUIRE(std::holds_alternative<decoded_text>(r));
        auto const& d = std::get<decoded_text>(r);
        CHECK(d.encoding == "GB18030");
        CHECK(d.utf8 == "增长8%");
        CHECK(d.to_original(0) == 0);
        CHECK(d.to_original(3) == 2);  // 长
        CHECK(d.to_original(6) == 4);  // 8
        CHECK(d.to_original(d.utf8.size()) == gb.size());
    }

    TEST_CASE("a UTF-8 file cut in the middle of a character is an error at that byte, not GB18030") {
        std::string const text = std::string("地区生产总值增长") + "\xE5\xA2";
        auto const r = decode(text);
        REQUIRE(std::holds_alternative<decode_error>(r));
        CHECK(std::get<decode_error>(r).offset == 24);
        CHECK(std::get<decode_error>(r).message.find("invalid UTF-8") != std::string::npos);
    }

    TEST_CASE("binary data is not text") {
        std::string const bin("PK\x03\x04\x00\x00", 6);
        auto const r = decode(bin);
        REQUIRE(std::holds_alternative<decode_error>(r));
        CHECK(std::get<decode_error>(r).offset == 2);
    }
}
