#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace luoshi::dsl::detail {

// The longest of a fixed list of words that starts at a place, as x3::symbols finds it, but with one hash
// probe on the first code point and a short comparison per word that starts with it, instead of a walk
// down a byte-wise ternary search tree. The words must outlive the table (they are views).
template <class T>
class word_table {
public:
    // A word listed twice keeps its first value, as in x3::symbols.
    explicit word_table(std::vector<std::pair<std::string_view, T>> const& words) {
        for (auto const& [word, value] : words) {
            if (word.empty()) continue;
            bool const repeated = std::any_of(entries_.begin(), entries_.end(),
                                              [&, w = word](entry const& e) { return e.text == w; });
            if (!repeated) entries_.push_back({word, value, key_of(word)});
        }
        index();
    }

    // The longest word at p (p < last, valid UTF-8), or nullptr; `len` is its length in bytes.
    T const* longest_at(char const* p, char const* last, std::size_t& len) const {
        std::size_t key_len = 0;
        std::uint32_t const key = key_of(p, key_len);
        for (std::size_t s = slot_of(key);; s = (s + 1) & mask_) {
            auto const& b = buckets_[s];
            if (b.first == b.last) return nullptr;  // an empty slot: no word starts with this character
            if (b.key != key) continue;
            auto const left = static_cast<std::size_t>(last - p);
            for (std::uint32_t i = b.first; i < b.last; ++i) {
                auto const& e = entries_[i];
                if (e.text.size() > left) continue;
                std::size_t k = key_len;
                while (k < e.text.size() && e.text[k] == p[k]) ++k;
                if (k == e.text.size()) {
                    len = k;
                    return &e.value;
                }
            }
            return nullptr;
        }
    }

private:
    struct entry {
        std::string_view text;
        T value;
        std::uint32_t key;  // its first character's bytes
    };
    struct bucket {
        std::uint32_t key = 0;
        std::uint32_t first = 0, last = 0;  // entries_[first, last): the words whose first character is key
    };

    // The bytes of the first character, packed: a key that needs no decoding.
    static std::uint32_t key_of(char const* p, std::size_t& len) {
        auto const b0 = static_cast<unsigned char>(p[0]);
        len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        std::uint32_t key = 0;
        for (std::size_t i = 0; i < len; ++i) key = key << 8 | static_cast<unsigned char>(p[i]);
        return key;
    }
    static std::uint32_t key_of(std::string_view w) {
        std::size_t len = 0;
        return key_of(w.data(), len);
    }
    std::size_t slot_of(std::uint32_t key) const { return (key * 2654435761u) >> 7 & mask_; }

    // Groups the words by first code point, longest first, and hashes each group into a table at most
    // a quarter full.
    void index() {
        std::stable_sort(entries_.begin(), entries_.end(), [](entry const& x, entry const& y) {
            if (x.key != y.key) return x.key < y.key;
            return x.text.size() > y.text.size();
        });
        std::size_t size = 16;
        while (size < entries_.size() * 4) size *= 2;
        buckets_.assign(size, bucket{});
        mask_ = size - 1;
        for (std::size_t i = 0; i < entries_.size();) {
            std::size_t j = i;
            while (j < entries_.size() && entries_[j].key == entries_[i].key) ++j;
            std::size_t s = slot_of(entries_[i].key);
            while (buckets_[s].first != buckets_[s].last) s = (s + 1) & mask_;
            buckets_[s] = {entries_[i].key, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
            i = j;
        }
    }

    std::vector<entry> entries_;
    std::vector<bucket> buckets_;
    std::size_t mask_ = 0;
};

}  // namespace luoshi::dsl::detail
