#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace luoshi::dsl::detail {

// The longest of a fixed list of words that starts at a place, as x3::symbols finds it, but with one hash
// probe on the first character and one on the first two, after which only the words that start with both
// are compared, instead of a walk down a byte-wise ternary search tree. The words must
// outlive the table (they are views).
template <class T>
class word_table {
public:
    // A word listed twice keeps its first value, as in x3::symbols.
    explicit word_table(std::vector<std::pair<std::string_view, T>> const& words) {
        for (auto const& [word, value] : words) {
            if (word.empty()) continue;
            bool const repeated = std::any_of(entries_.begin(), entries_.end(),
                                              [&, w = word](entry const& e) { return e.text == w; });
            if (repeated) continue;
            std::size_t first_len = 0, second_len = 0;
            std::uint32_t const first = key_of(word.data(), first_len);
            std::uint32_t const second =
                word.size() > first_len ? key_of(word.data() + first_len, second_len) : no_second;
            entries_.push_back({word, first, second, static_cast<std::uint32_t>(values_.size())});
            auto const lead = static_cast<unsigned char>(word[0]);
            lead_bytes_[lead >> 6] |= std::uint64_t{1} << (lead & 63);
            values_.push_back(value);
        }
        index();
    }

    // The longest word at p (p < last, valid UTF-8), or nullptr; `len` is its length in bytes.
    T const* longest_at(char const* p, char const* last, std::size_t& len) const {
        std::size_t first_len = 0, second_len = 0;
        std::uint32_t const first = key_of(p, first_len);
        auto const left = static_cast<std::size_t>(last - p);
        for (std::size_t s = slot_of(first);; s = (s + 1) & mask_) {
            auto const& b = buckets_[s];
            if (b.first == b.last) return nullptr;  // an empty slot: no word starts with this character
            if (b.key != first) continue;
            std::uint32_t const second = left > first_len ? key_of(p + first_len, second_len) : no_second;
            // most lookups fail here: no word of the group goes on with this character
            if (!b.single && (b.seconds >> bit_of(second) & 1u) == 0) return nullptr;
            // the words that go on with this character, longest first; else the character alone
            if (second != no_second) {
                std::uint64_t const both = std::uint64_t{first} << 32 | second;
                for (std::size_t t = pair_slot_of(both);; t = (t + 1) & pair_mask_) {
                    auto const& g = pairs_[t];
                    if (g.first == g.last) break;
                    if (g.key != both) continue;
                    for (std::uint32_t i = g.first; i < g.last; ++i) {
                        auto const& e = entries_[i];
                        if (e.text.size() > left) continue;
                        std::size_t k = first_len + second_len;
                        while (k < e.text.size() && e.text[k] == p[k]) ++k;
                        if (k == e.text.size()) {
                            len = k;
                            return std::addressof(values_[e.value]);
                        }
                    }
                    break;
                }
            }
            if (!b.single) return nullptr;
            len = first_len;
            return std::addressof(values_[entries_[b.last - 1].value]);  // the last of its group
        }
    }

    // Whether a word may start with this byte: a test cheaper than a lookup, for callers that mostly look
    // where no word starts (after a digit, for the grammar's tables)
    bool may_start_with(char byte) const {
        auto const b = static_cast<unsigned char>(byte);
        return (lead_bytes_[b >> 6] >> (b & 63) & 1u) != 0;
    }

private:
    static constexpr std::uint32_t no_second = 0xFFFFFFFFu;  // no UTF-8 character packs to this

    struct entry {
        std::string_view text;
        std::uint32_t first, second;  // the bytes of its first and second characters, packed
        std::uint32_t value;          // index into values_
    };
    struct pair_bucket {
        std::uint64_t key = 0;              // first and second character, packed
        std::uint32_t first = 0, last = 0;  // entries_[first, last): the words that start with both
    };
    struct bucket {
        std::uint32_t key = 0;
        std::uint32_t first = 0, last = 0;  // entries_[first, last): the words whose first character is key
        bool single = false;                // one of them is that character alone
        std::uint64_t seconds = 0;          // bit_of the second character of each of the others
    };

    static unsigned bit_of(std::uint32_t second) { return (second * 2654435769u) >> 26; }

    // The bytes of the character at p, packed: a key that needs no decoding.
    static std::uint32_t key_of(char const* p, std::size_t& len) {
        auto const b0 = static_cast<unsigned char>(p[0]);
        auto byte = [p](int i) { return std::uint32_t{static_cast<unsigned char>(p[i])}; };
        // Chinese text is almost all three-byte characters: that case first, with no loop
        if (b0 >= 0xE0 && b0 < 0xF0) {
            len = 3;
            // the last two bytes in one load, in the machine's order: a key is only ever compared with keys
            // made here, and stays within E00000-EFFFFF, apart from the other lengths' keys
            std::uint16_t rest;
            std::memcpy(&rest, p + 1, sizeof rest);
            return std::uint32_t{b0} << 16 | rest;
        }
        if (b0 < 0x80) {
            len = 1;
            return b0;
        }
        if (b0 < 0xE0) {
            len = 2;
            return std::uint32_t{b0} << 8 | byte(1);
        }
        len = 4;
        return std::uint32_t{b0} << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
    }
    // Fibonacci hashing: the top bits of the product.
    std::size_t slot_of(std::uint32_t key) const { return (key * 2654435769u) >> shift_; }
    std::size_t pair_slot_of(std::uint64_t key) const {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> pair_shift_);
    }

    // Groups the words by first character, and within a group by second character (the one-character word
    // last), longest first; hashes each group into a table at most a quarter full, and each run of words
    // with the same two first characters into a second one.
    void index() {
        std::stable_sort(entries_.begin(), entries_.end(), [](entry const& x, entry const& y) {
            if (x.first != y.first) return x.first < y.first;
            if (x.second != y.second) return x.second < y.second;
            return x.text.size() > y.text.size();
        });
        std::size_t size = 16;
        shift_ = 28;
        while (size < entries_.size() * 4) size *= 2, --shift_;
        buckets_.assign(size, bucket{});
        mask_ = size - 1;
        std::size_t pair_size = 16;
        pair_shift_ = 60;
        while (pair_size < entries_.size() * 4) pair_size *= 2, --pair_shift_;
        pairs_.assign(pair_size, pair_bucket{});
        pair_mask_ = pair_size - 1;
        for (std::size_t i = 0; i < entries_.size();) {
            std::size_t j = i;
            while (j < entries_.size() && entries_[j].first == entries_[i].first) ++j;
            std::size_t s = slot_of(entries_[i].first);
            while (buckets_[s].first != buckets_[s].last) s = (s + 1) & mask_;
            auto& b = buckets_[s];
            b = {entries_[i].first, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
            for (std::size_t k = i; k < j;) {
                std::size_t m = k;
                while (m < j && entries_[m].second == entries_[k].second) ++m;
                if (entries_[k].second == no_second) {
                    b.single = true;
                } else {
                    b.seconds |= std::uint64_t{1} << bit_of(entries_[k].second);
                    std::uint64_t const both = std::uint64_t{entries_[k].first} << 32 | entries_[k].second;
                    std::size_t t = pair_slot_of(both);
                    while (pairs_[t].first != pairs_[t].last) t = (t + 1) & pair_mask_;
                    pairs_[t] = {both, static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(m)};
                }
                k = m;
            }
            i = j;
        }
    }

    std::vector<entry> entries_;
    std::vector<T> values_;
    std::vector<bucket> buckets_;
    std::vector<pair_bucket> pairs_;
    std::size_t pair_mask_ = 0;
    int pair_shift_ = 60;
    std::uint64_t lead_bytes_[4] = {};  // the first bytes of the words, as a set
    std::size_t mask_ = 0;
    int shift_ = 28;
};

// A list of words looked for anywhere in a text, with one lookup of the table at each character instead of a
// search of the text for each word (the report reader asks it of every paragraph's lead).
class word_set {
public:
    template <class List>
    explicit word_set(List const& list) : table_(listed(list)) {}

    // Whether s (valid UTF-8, but for a character cut at its end) contains one of the words.
    bool found_in(std::string_view s) const {
        char const* p = s.data();
        char const* const last = p + s.size();
        std::size_t len = 0;
        while (p < last) {
            auto const b0 = static_cast<unsigned char>(*p);
            std::ptrdiff_t const n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
            if (last - p < n) break;
            if (table_.longest_at(p, last, len)) return true;
            p += n;
        }
        return false;
    }

private:
    template <class List>
    static std::vector<std::pair<std::string_view, int>> listed(List const& list) {
        std::vector<std::pair<std::string_view, int>> out;
        for (auto const& w : list) out.emplace_back(w.text, 0);
        return out;
    }
    word_table<int> table_;
};

}  // namespace luoshi::dsl::detail
