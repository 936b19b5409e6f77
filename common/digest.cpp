#include "common/digest.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace luoshi::common {

std::string sha1_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha1(), nullptr) != 1)
        throw std::runtime_error("SHA-1 is not available from OpenSSL");
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * size);
    for (unsigned int i = 0; i < size; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 0xF];
    }
    return out;
}

}  // namespace luoshi::common
