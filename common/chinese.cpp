#include "common/chinese.hpp"

#include "common/t2s_changeable.hpp"
#include "common/utf8.hpp"

#include <opencc/Config.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Exception.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>

namespace luoshi::common {

namespace {

// One OpenCC converter of a configuration, opened once (loading its dictionaries takes milliseconds).
class converter {
public:
    explicit converter(char const* config) {
        try {
            cc_ = opencc::Config().NewFromFile(config);
        } catch (opencc::Exception const& e) {
            throw std::runtime_error(std::string("OpenCC cannot load ") + config + ": " + e.what());
        }
    }

    std::string operator()(std::string_view text) const {
        if (text.empty()) return {};
        try {
            return cc_->Convert(std::string(text));
        } catch (opencc::Exception const& e) {
            throw std::runtime_error(std::string("OpenCC cannot convert: ") + e.what());
        }
    }

private:
    opencc::ConverterPtr cc_;
};

converter const& t2s() {
    static converter const c("t2s.json");
    return c;
}

// Whether a text with this many changed characters is traditional (looks_traditional says why).
bool enough_changed(std::size_t chinese, std::size_t changed) {
    return chinese > 0 && changed * 50 >= chinese && changed >= 2;
}

// Whether too few of the text's characters are any t2s changes for it to be traditional, known without
// converting it or loading t2s: a simplified text has none or a stray 覆 or 么, and converting its sample
// would cost more than reading the whole report.
bool too_few_changeable(std::string_view sample) {
    // the characters are in increasing order: searched where they are, no set built from them each run
    auto const* const end = t2s_changeable + t2s_changeable_count;
    std::size_t chinese = 0, candidates = 0;
    for (std::size_t i = 0; i < sample.size();) {
        int len = 0;
        candidates += std::binary_search(t2s_changeable, end, code_point_at(sample.data() + i, len));
        chinese += len >= 3;
        i += static_cast<std::size_t>(len);
    }
    return !enough_changed(chinese, candidates);
}

std::vector<std::size_t> code_point_starts(std::string_view s) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.size();) {
        out.push_back(i);
        int len = 0;
        code_point_at(s.data() + i, len);
        i += static_cast<std::size_t>(len);
    }
    return out;
}

// Whether the text is written in traditional characters: of the Chinese characters in its first 6,000 bytes,
// at least one in fifty, and two, change under t2s (a simplified text changes none: t2s leaves 显著, 乾隆,
// 批复 as they are; a name or a quotation may hold a stray one).
bool looks_traditional(std::string_view utf8) {
    auto sample = utf8.substr(0, 6000);
    while (!sample.empty() && (static_cast<unsigned char>(sample.back()) & 0xC0) == 0x80)
        sample.remove_suffix(1);
    if (!sample.empty() && static_cast<unsigned char>(sample.back()) >= 0xC0) sample.remove_suffix(1);
    if (too_few_changeable(sample)) return false;
    auto const converted = t2s()(sample);
    auto const a = code_point_starts(sample), b = code_point_starts(converted);
    if (a.size() != b.size()) return true;  // phrases converted, which a simplified text has none of
    std::size_t chinese = 0, changed = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto const end_a = i + 1 < a.size() ? a[i + 1] : sample.size();
        auto const end_b = i + 1 < b.size() ? b[i + 1] : converted.size();
        auto const x = sample.substr(a[i], end_a - a[i]);
        if (x.size() < 3) continue;
        ++chinese;
        changed += x != std::string_view(converted).substr(b[i], end_b - b[i]);
    }
    return enough_changed(chinese, changed);
}

// One line converted, each character mapped to the one it came from. A line whose conversion keeps the number
// of characters maps one to one; one whose phrases changed in length is converted character by character.
void convert_line(std::string_view line, std::size_t at, simplified_text& out) {
    auto converted = t2s()(line);
    auto a = code_point_starts(line), b = code_point_starts(converted);
    if (a.size() != b.size()) {
        converted.clear();
        b.clear();
        for (std::size_t i = 0; i < a.size(); ++i) {
            auto const end = i + 1 < a.size() ? a[i + 1] : line.size();
            auto one = t2s()(line.substr(a[i], end - a[i]));
            if (code_point_starts(one).size() != 1) one = std::string(line.substr(a[i], end - a[i]));
            b.push_back(converted.size());
            converted += one;
        }
    }
    for (std::size_t i = 0; i < b.size(); ++i) {
        out.starts.push_back(static_cast<std::uint32_t>(out.utf8.size() + b[i]));
        out.from.push_back(static_cast<std::uint32_t>(at + a[i]));
    }
    out.utf8 += converted;
}

}  // namespace

std::size_t simplified_text::to_source(std::size_t offset) const {
    auto const it = std::lower_bound(starts.begin(), starts.end(), offset);
    if (it == starts.end()) return from.back();
    return from[static_cast<std::size_t>(it - starts.begin())];
}

std::optional<simplified_text> simplified_chinese(std::string_view utf8) {
    if (!looks_traditional(utf8)) return std::nullopt;
    simplified_text out;
    out.utf8.reserve(utf8.size());
    for (std::size_t b = 0; b < utf8.size();) {
        auto e = utf8.find('\n', b);
        e = e == std::string_view::npos ? utf8.size() : e + 1;
        convert_line(utf8.substr(b, e - b), b, out);
        b = e;
    }
    out.starts.push_back(static_cast<std::uint32_t>(out.utf8.size()));
    out.from.push_back(static_cast<std::uint32_t>(utf8.size()));
    return out;
}

std::string simplified_characters(std::string_view utf8) { return t2s()(utf8); }

std::string traditional_chinese(std::string_view utf8) {
    static converter const s2t("s2t.json");
    return s2t(utf8);
}

}  // namespace luoshi::common
