#include "cli/output.hpp"

#include "app/inputs.hpp"
#include "common/encoding.hpp"
#include "common/render.hpp"
#include "engine/summary.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"
#include "rules/yaml/catalog_load.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace luoshi::cli {

namespace {

nlohmann::ordered_json number(std::optional<double> v) {
    if (!v) return nullptr;
    double const x = *v;
    if (std::isfinite(x) && std::fabs(x) < 9e15 && x == std::floor(x)) return static_cast<std::int64_t>(x);
    return x;
}

nlohmann::ordered_json text_or_null(std::string const& s) {
    return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s);
}

}  // namespace

std::string format_date(rules::date const& d) { return rules::iso_date(d); }

std::string format_number(double v) {
    if (std::isfinite(v) && std::fabs(v) < 9e15 && v == std::floor(v))
        return fmt::format("{}", static_cast<std::int64_t>(v));
    return fmt::format("{}", v);
}

void json_array_printer::add(nlohmann::ordered_json const& element) {
    // each line of the element indented by two more spaces: a string in JSON holds no line break of its own
    std::string const text = element.dump(2);
    std::string out = any_ ? ",\n  " : "[\n  ";
    out.reserve(out.size() + text.size() + text.size() / 8);
    for (char c : text) {
        out += c;
        if (c == '\n') out += "  ";
    }
    fmt::print("{}", out);
    any_ = true;
}

void json_array_printer::finish() { fmt::print("{}\n", any_ ? "\n]" : "[]"); }

nlohmann::ordered_json to_json(rules::statement const& s) {
    nlohmann::ordered_json j;
    j["id"] = rules::stable_id(s);
    j["kind"] = std::string(rules::name(s.kind));
    j["region"] = text_or_null(s.region);
    j["metric"] = s.metric;
    j["metric_text"] = s.metric_text;
    j["measure"] = std::string(rules::name(s.measure));
    j["comparator"] = s.measure == rules::measure::milestone
                          ? nlohmann::ordered_json()
                          : nlohmann::ordered_json(std::string(rules::name(s.comparator)));
    j["value"] = number(s.value);
    j["low"] = number(s.low);
    j["high"] = number(s.high);
    j["unit"] = text_or_null(s.unit);
    j["unit_text"] = text_or_null(s.unit_text);
    if (!s.parts.empty()) j["parts"] = s.parts;
    j["vague"] = std::string(rules::name(s.vague));
    if (s.comparator == rules::comparator::direction) j["direction"] = s.direction;
    if (!s.relative_to.empty()) j["relative_to"] = s.relative_to;
    if (s.kind == rules::statement_kind::goal) {
        j["deadline"] =
            s.deadline ? nlohmann::ordered_json(format_date(*s.deadline)) : nlohmann::ordered_json();
    } else {
        j["period"] =
            s.period ? nlohmann::ordered_json(format_date(s.period->begin) + "/" + format_date(s.period->end))
                     : nlohmann::ordered_json();
        j["status"] = std::string(rules::name(s.status));
        if (s.as_of) j["as_of"] = format_date(*s.as_of);
    }
    j["strength"] = std::string(rules::name(s.strength));
    j["subject"] = text_or_null(s.subject);
    j["event"] = text_or_null(s.event);
    if (s.not_done) j["not_done"] = true;
    if (s.scope.kind != rules::scope_kind::unknown)
        j["scope"] = {
            {"kind", std::string(rules::name(s.scope.kind))}, {"from", s.scope.from}, {"to", s.scope.to}};
    if (!s.node.empty()) j["node"] = s.node;
    if (s.headline) j["headline"] = true;
    j["source"] = {{"report", text_or_null(s.src.report)},
                   {"start", s.src.start},
                   {"end", s.src.end},
                   {"text", s.src.text}};
    return j;
}

std::string scope_text(rules::time_scope const& s) {
    std::string out(rules::name(s.kind));
    if (s.from && s.to)
        out += s.from == s.to ? fmt::format(" {}", s.from) : fmt::format(" {}–{}", s.from, s.to);
    return out;
}

std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t start,
                                                    std::size_t end) {
    if (start > end || end > text.size()) return {start, start};
    auto ends_at = [&](std::size_t i) {  // a sentence end or a line break just before byte i
        if (i >= 1 && text[i - 1] == '\n') return true;
        return i >= 3 && (text.substr(i - 3, 3) == "。" || text.substr(i - 3, 3) == "！" ||
                          text.substr(i - 3, 3) == "？");
    };
    std::size_t b = start, e = end;
    while (b > 0 && !ends_at(b)) --b;
    while (e < text.size() && !ends_at(e)) ++e;
    return {b, e};
}

std::string shorten(std::string_view text, std::size_t cells) {
    std::string out;
    std::size_t w = 0;
    for (std::size_t i = 0; i < text.size();) {
        auto const b = static_cast<unsigned char>(text[i]);
        std::size_t const len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        std::string_view const ch = text.substr(i, len);
        i += len;
        if (ch == "\n" || ch == "\r") continue;
        std::size_t const cw = common::display_width(ch);
        if (w + cw > cells) {
            out += "…";
            break;
        }
        out += ch;
        w += cw;
    }
    return out;
}

void print_rows(std::vector<std::vector<std::string>> rows) {
    for (auto& r : rows)
        for (auto& cell : r) cell = common::printable(cell);
    std::vector<std::size_t> widths;
    for (auto const& r : rows)
        for (std::size_t c = 0; c < r.size(); ++c) {
            if (widths.size() <= c) widths.push_back(0);
            widths[c] = std::max(widths[c], common::display_width(r[c]));
        }
    for (auto const& r : rows) {
        std::string l = " ";
        for (std::size_t c = 0; c < r.size(); ++c)
            l += " " + (c + 1 < r.size() ? common::pad_right(r[c], widths[c]) : r[c]);
        fmt::print("{}\n", l);
    }
}

namespace {

// Adds a user's catalog file to `catalog`; prints file:line:col errors and returns false when it has any.
bool load_user_catalog(std::string const& path, rules::catalog& catalog) {
    std::error_code ec;
    if (app::kind_of(path) != app::input_kind::rules || !std::filesystem::is_regular_file(path, ec)) {
        fmt::print(stderr, "error: {}: a catalog is a YAML file (.yaml, .yml)\n", common::printable(path));
        return false;
    }
    auto const text = read_text(path);
    if (!text) return false;
    auto const errors = rules::yaml::load_catalog(*text, catalog);
    for (auto const& e : errors)
        fmt::print(stderr, "{}", common::render_diagnostic(path, *text, e.offset, "error", e.message));
    return errors.empty();
}

}  // namespace

std::optional<std::string> read_text(std::string const& path) {
    std::string unread;
    auto const bytes = app::read_all(path, unread);
    if (!bytes) {
        fmt::print(stderr, "error: {}: {}\n", common::printable(path), unread);
        return std::nullopt;
    }
    auto decoded = common::decode(*bytes);
    if (auto const* e = std::get_if<common::decode_error>(&decoded)) {
        fmt::print(stderr, "{}: error: {} (near \"{}\")\n", common::printable(path), e->message,
                   common::excerpt(*bytes, e->offset));
        return std::nullopt;
    }
    return std::move(std::get<common::decoded_text>(decoded).utf8);
}

std::optional<rules::catalog> catalog_with(std::vector<std::string> const& user_files) {
    rules::catalog catalog = rules::yaml::builtin_catalog();
    for (auto const& f : user_files)
        if (!load_user_catalog(f, catalog)) return std::nullopt;
    return catalog;
}

std::optional<rules::date> date_flag(std::string_view flag, std::string const& text) {
    std::string error;
    auto d = app::parse_iso_date(text, error);
    if (!d) fmt::print(stderr, "error: {}: {}\n", flag, error);
    return d;
}

namespace {

// Writes all of text to fd, through interrupted and partial writes; false with errno set when it cannot.
bool write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        ssize_t const n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string reason(int error) { return std::strerror(error ? error : EIO); }

// What the path names when it is no file to replace: a terminal, a pipe, a device, /dev/stdout.
bool written_in_place(std::string const& path) {
    if (path.rfind("/dev/", 0) == 0 || path.rfind("/proc/", 0) == 0) return true;
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

std::optional<std::string> write_in_place(std::string const& path, std::string const& text) {
    int fd = -1;
    bool own = true;
    if (path == "/dev/stdout" || path == "/dev/stderr") {
        // the process's own stream, where the shell sent it: reopening /proc/self/fd/1 would write from its
        // start
        std::fflush(path == "/dev/stdout" ? stdout : stderr);
        fd = path == "/dev/stdout" ? STDOUT_FILENO : STDERR_FILENO;
        own = false;
    } else {
        fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0) return reason(errno);
    }
    bool const ok = write_all(fd, text);
    int const error = errno;
    if (own && ::close(fd) != 0 && ok) return reason(errno);
    if (!ok) return reason(error);
    return std::nullopt;
}

}  // namespace

std::optional<std::string> write_file(std::string const& path, std::string const& text) {
    if (path.empty()) return std::string("the file name is empty");
    if (written_in_place(path)) return write_in_place(path, text);
    std::filesystem::path const p(path);
    std::error_code ec;
    std::filesystem::path const folder = p.has_parent_path() ? p.parent_path() : std::filesystem::path(".");
    std::filesystem::create_directories(folder, ec);
    // a new name each time, created by mkstemp with O_EXCL: never a file or a symlink someone put there
    std::string tmp = (folder / ("." + p.filename().string() + ".XXXXXX")).string();
    int const fd = ::mkstemp(tmp.data());
    if (fd < 0) return reason(errno);
    // the mode of the file replaced, or what a new file gets under the umask (mkstemp makes it 0600)
    struct stat old {};
    mode_t mode = 0;
    if (::lstat(path.c_str(), &old) == 0 && S_ISREG(old.st_mode)) {
        mode = old.st_mode & 07777;
    } else {
        mode_t const mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    bool ok = ::fchmod(fd, mode) == 0 && write_all(fd, text) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    // rename replaces a symlink at the path itself, never the file it points to
    if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(tmp.c_str());
        return reason(error);
    }
    if (int const dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);  // the rename itself on disk
        ::close(dir);
    }
    return std::nullopt;
}

std::optional<std::string> append_file(std::string const& path, std::string const& text) {
    if (path.empty()) return std::string("the file name is empty");
    std::filesystem::path const p(path);
    std::error_code ec;
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path(), ec);
    int const fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOCTTY | O_CLOEXEC, 0666);
    if (fd < 0) return reason(errno);
    bool const ok = write_all(fd, text);
    int const error = errno;
    if (::close(fd) != 0 && ok) return reason(errno);
    if (!ok) return reason(error);
    return std::nullopt;
}

std::string markdown_cell(std::string const& s) {
    std::string out;
    for (char c : common::printable(engine::one_line(s))) {
        if (c == '|') out += '\\';
        out += c;
    }
    return out;
}

std::string csv_cell(std::string const& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string sheet_number(std::optional<double> v) {
    if (!v || !std::isfinite(*v)) return "";
    return fmt::format("{}", *v);
}

}  // namespace luoshi::cli
