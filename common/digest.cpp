#include "common/digest.hpp"

#include <boost/uuid/detail/sha1.hpp>

#include <cstdio>

namespace luoshi::common {

std::string sha1_hex(std::string_view bytes) {
    boost::uuids::detail::sha1 sha;
    sha.process_bytes(bytes.data(), bytes.size());
    boost::uuids::detail::sha1::digest_type words;
    sha.get_digest(words);
    std::string out;
    out.reserve(40);
    char buf[9];
    for (auto w : words) {
        std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(w));
        out += buf;
    }
    return out;
}

}  // namespace luoshi::common
