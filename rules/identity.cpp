#include "rules/identity.hpp"

#include "rules/names.hpp"

#include <cstdint>
#include <cstdio>
#include <string_view>

namespace luoshi::rules {

std::string stable_id(statement const& s) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a, 64 bits
    auto mix = [&](std::string_view bytes) {
        for (char c : bytes) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ull;
        }
        h ^= 0xff;
        h *= 1099511628211ull;
    };
    mix(s.src.digest.empty() ? s.src.report : s.src.digest);
    mix(std::to_string(s.src.start));
    mix(s.src.text);
    mix(name(s.kind));
    mix(s.metric_text);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%012llx", s.kind == statement_kind::goal ? 'g' : 'f',
                  static_cast<unsigned long long>(h >> 16));
    return buf;
}

}  // namespace luoshi::rules
