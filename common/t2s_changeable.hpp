#pragma once

#include <cstddef>

// The characters OpenCC's t2s may change, in increasing order: of each key in its dictionaries, those where a
// value differs (all of a key whose value has another length). t2s_compile.cpp writes them at build time.
namespace luoshi::common {

extern char32_t const t2s_changeable[];
extern std::size_t const t2s_changeable_count;

}  // namespace luoshi::common
