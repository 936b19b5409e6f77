#include "app/inputs.hpp"

#include "common/digest.hpp"
#include "common/render.hpp"
#include "rules/yaml/load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>

namespace luoshi::app {

std::optional<std::string> read_all(std::string const& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read the file";
        return std::nullopt;
    }
    auto const too_large = [&] {
        error = fmt::format("larger than {} MiB, the most luoshi reads of a file", max_file_bytes >> 20);
        return std::nullopt;
    };
    std::string bytes;
    std::error_code ec;
    auto const size = std::filesystem::file_size(path, ec);  // none for a device or a pipe: read to the limit
    if (!ec && size > max_file_bytes) return too_large();
    char chunk[1 << 16];
    // room reserved, not touched: a string that grows by doubling holds twice the limit while it copies
    bytes.reserve(ec ? max_file_bytes + sizeof chunk : size);
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_file_bytes) return too_large();
    }
    return bytes;
}

namespace {

std::string strip(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '"' || s.back() == '\''))
        s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '"' || s[i] == '\'')) ++i;
    return s.substr(i);
}

// index.csv beside the file: file,region,date,title (the layout of ../shared/corpus/national/).
void from_index(std::string const& path, report_meta& meta) {
    namespace fs = std::filesystem;
    fs::path const p(path);
    fs::path const index = p.parent_path() / "index.csv";
    std::string unread;
    auto const csv = read_all(index.string(), unread);
    if (!csv) return;
    std::istringstream in(*csv);
    std::string l;
    std::getline(in, l);  // header
    while (std::getline(in, l)) {
        std::vector<std::string> cols;
        std::stringstream ls(l);
        std::string c;
        while (std::getline(ls, c, ',')) cols.push_back(strip(c));
        if (cols.size() < 3 || cols[0] != p.filename().string()) continue;
        std::string error;
        if (meta.region.empty()) meta.region = cols[1];
        if (!meta.date) meta.date = parse_iso_date(cols[2], error);
        if (meta.title.empty() && cols.size() > 3) meta.title = cols[3];
    }
}

}  // namespace

std::optional<rules::date> parse_iso_date(std::string const& s, std::string& error) {
    int y = 0, m = 0, d = 0;
    char extra = 0;
    if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3) {
        error = fmt::format("not a date (want YYYY-MM-DD): {}", s);
        return std::nullopt;
    }
    try {
        return rules::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                           static_cast<unsigned short>(d));
    } catch (std::exception const&) {
        error = fmt::format("not a date: {} does not exist", s);
        return std::nullopt;
    }
}

std::string describe(load_error const& e) {
    if (!e.details.empty()) return e.details;
    return fmt::format("{}: error: {}{}\n", e.path, e.message,
                       e.offset ? fmt::format(" (byte {})", e.offset) : std::string());
}

input_kind kind_of(std::string const& path) {
    auto ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".yaml" || ext == ".yml") return input_kind::rules;
    if (ext == ".csv") return input_kind::figures;
    return input_kind::report;
}

namespace {

// A rule file or a figure table, checked whole: its statements, or every error in it.
std::variant<loaded_report, load_error> load_rule_file(loaded_report r, input_kind kind,
                                                       report_meta const& flags,
                                                       rules::catalog const& catalog) {
    rules::yaml::file_context ctx;
    ctx.path = r.path;
    ctx.digest = r.digest;
    ctx.region = flags.region;
    ctx.date = flags.date;
    ctx.catalog = &catalog;
    auto file = kind == input_kind::rules ? rules::yaml::load_rules(r.text.utf8, ctx)
                                          : rules::yaml::load_figures_csv(r.text.utf8, ctx);
    std::string errors, warnings;
    std::size_t n_errors = 0;
    for (auto const& d : file.diagnostics) {
        bool const error = d.severity == rules::yaml::severity::error;
        n_errors += error;
        (error ? errors : warnings) +=
            common::render_diagnostic(r.path, r.text.utf8, d.offset, error ? "error" : "warning", d.message);
    }
    if (!file.ok()) {
        auto const first = std::find_if(file.diagnostics.begin(), file.diagnostics.end(), [](auto const& d) {
            return d.severity == rules::yaml::severity::error;
        });
        return load_error{
            r.path, r.text.to_original(first->offset),
            fmt::format("{} error{}; nothing of the file is stored", n_errors, n_errors == 1 ? "" : "s"),
            errors + warnings};
    }
    r.rules = true;
    r.warnings = std::move(warnings);
    r.meta.region = file.region;
    r.meta.date = file.date;
    r.meta.title = file.title;
    r.reading.statements = std::move(file.statements);
    r.reading.date = file.date;
    for (auto& st : r.reading.statements) {
        st.src.start = r.text.to_original(st.src.start);
        st.src.end = r.text.to_original(st.src.end);
    }
    return r;
}

// Whether text holds nothing but spaces and line breaks (full-width spaces too).
bool blank(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (std::string_view(" \t\r\n\f\v").find(text[i]) != std::string_view::npos) continue;
        if (text.substr(i, 3) == "\u3000") {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

// Reads a report's text (after any front matter) with its region and date as known, then fills in what the
// text says of them; statements and notes get offsets into the file as read.
void read_text(loaded_report& r, rules::catalog const& catalog) {
    dsl::report_context ctx;
    ctx.date = r.meta.date;
    ctx.region = r.meta.region;
    ctx.report = r.path;
    ctx.catalog = &catalog;
    std::string_view const body = std::string_view(r.text.utf8).substr(r.body);
    try {
        r.simplified = common::simplified_chinese(body);
    } catch (std::exception const& e) {
        r.warnings +=
            fmt::format("{}: warning: read as written, not in simplified characters: {}\n", r.path, e.what());
    }
    r.reading = dsl::read_report(r.simplified ? std::string_view(r.simplified->utf8) : body, ctx);
    if (!r.meta.date && r.reading.date) {
        r.meta.date = r.reading.date;
        r.meta.date_source = r.reading.date_source;
    }
    if (r.meta.region.empty() && !r.reading.region.empty()) {
        r.meta.region = r.reading.region;
        r.meta.region_source = r.reading.region_source;
    }
    if (r.meta.title.empty()) r.meta.title = r.reading.title;
    for (auto& st : r.reading.statements) {
        st.src.digest = r.digest;
        if (r.simplified) {
            // the sentence as written, in traditional characters
            auto const b = r.simplified->to_source(st.src.start), e = r.simplified->to_source(st.src.end);
            st.src.text = std::string(body.substr(b, e - b));
        }
        auto const b = r.to_file(st.src.start), e = r.to_file(st.src.end);
        st.src.start = b;
        st.src.end = e;
    }
    for (auto& d : r.reading.diagnostics) d.offset = r.to_file(d.offset);
    // what the reader left unread (a clause with no punctuation, a sentence with no end), by the byte in the
    // file: the first few, as a file of noise has thousands
    constexpr std::size_t shown = 3;
    std::size_t unread = 0;
    for (auto const& d : r.reading.diagnostics)
        if (d.severity == common::severity::warning && unread++ < shown)
            r.warnings +=
                fmt::format("{}: warning: {} (byte {})\n", common::printable(r.path), d.message, d.offset);
    if (unread > shown)
        r.warnings +=
            fmt::format("{}: warning: and {} more like these\n", common::printable(r.path), unread - shown);
}

// A web page, PDF or Word file: its text extracted (formats/), the page's title and publication date taken
// when no flag or index.csv gives them; offsets point into the extracted text.
std::variant<loaded_report, load_error> load_document(std::string const& path, std::string const& bytes,
                                                      report_meta const& flags,
                                                      rules::catalog const& catalog) {
    auto read = formats::read_document(path, bytes);
    if (auto const* e = std::get_if<formats::format_error>(&read)) return load_error{path, 0, e->message, {}};
    auto& doc = std::get<formats::document>(read);
    loaded_report r;
    r.path = path;
    r.digest = common::sha1_hex(bytes);
    r.bytes = bytes.size();
    r.text.utf8 = std::move(doc.text);
    r.text.encoding = doc.encoding;
    r.format = doc.format;
    r.converter = std::move(doc.converter);
    r.blocks = std::move(doc.blocks);
    r.notes = std::move(doc.notes);
    report_meta idx;
    from_index(path, idx);
    std::string unused;
    auto const page_date = parse_iso_date(doc.date, unused);
    auto const page_region = dsl::region_named_in(doc.title);
    r.meta.region = !flags.region.empty() ? flags.region : !idx.region.empty() ? idx.region : page_region;
    r.meta.region_source = !flags.region.empty()  ? "--region"
                           : !idx.region.empty()  ? "index.csv"
                           : !page_region.empty() ? "the page's title"
                                                  : "";
    r.meta.date = flags.date ? flags.date : idx.date ? idx.date : page_date;
    r.meta.date_source = flags.date ? "--date" : idx.date ? "index.csv" : page_date ? "the page's date" : "";
    r.meta.title = !idx.title.empty() ? idx.title : doc.title;
    // a scanned PDF, a page of nothing but scripts: no text to read is an error, as for an empty report
    if (blank(r.text.utf8))
        return load_error{
            path,
            0,
            fmt::format("empty report: no text in the {} file; nothing is stored", formats::name(*r.format)),
            {}};
    read_text(r, catalog);
    return r;
}

// Why a report is refused before it is read: an error in its front matter (a date that does not exist, YAML
// that does not parse), or no text at all.
std::optional<load_error> refused_report(loaded_report const& r, rules::yaml::front_matter const& fm) {
    std::string errors;
    std::size_t n = 0, first = 0;
    for (auto const& d : fm.diagnostics) {
        if (d.severity != rules::yaml::severity::error) continue;
        if (n++ == 0) first = d.offset;
        errors += common::render_diagnostic(r.path, r.text.utf8, d.offset, "error", d.message);
    }
    if (n)
        return load_error{r.path, r.text.to_original(first),
                          fmt::format("{} error{} in the front matter; nothing of the file is stored", n,
                                      n == 1 ? "" : "s"),
                          errors};
    if (blank(std::string_view(r.text.utf8).substr(fm.body)))
        return load_error{r.path,
                          0,
                          r.bytes == 0
                              ? "empty report: the file is empty; nothing is stored"
                              : "empty report: no text but spaces and line breaks; nothing is stored",
                          {}};
    return std::nullopt;
}

}  // namespace

std::size_t loaded_report::to_file(std::size_t read_offset) const {
    std::size_t const in_body = simplified ? simplified->to_source(read_offset) : read_offset;
    return text.to_original(in_body + body);
}

std::variant<loaded_report, load_error> load_report(std::string const& path, report_meta const& flags,
                                                    rules::catalog const& catalog) {
    std::string error;
    auto bytes = read_all(path, error);
    if (!bytes) return load_error{path, 0, error, {}};
    if (formats::format_of(path)) return load_document(path, *bytes, flags, catalog);
    auto decoded = common::decode(*bytes);
    if (auto const* e = std::get_if<common::decode_error>(&decoded))
        return load_error{path, e->offset, e->message, {}};

    loaded_report r;
    r.path = path;
    r.digest = common::sha1_hex(*bytes);
    r.bytes = bytes->size();
    bytes.reset();  // the decoded text is all that is read from here on: not the file twice in memory
    r.text = std::move(std::get<common::decoded_text>(decoded));
    if (auto const kind = kind_of(path); kind != input_kind::report)
        return load_rule_file(std::move(r), kind, flags, catalog);
    auto const fm = rules::yaml::load_front_matter(r.text.utf8);
    if (auto refused = refused_report(r, fm)) return *refused;
    r.body = fm.body;
    report_meta idx;
    from_index(path, idx);
    auto pick = [](std::initializer_list<std::pair<bool, char const*>> sources) -> std::string {
        for (auto const& [given, name] : sources)
            if (given) return name;
        return {};
    };
    r.meta.region = !flags.region.empty() ? flags.region : !fm.region.empty() ? fm.region : idx.region;
    r.meta.region_source = pick({{!flags.region.empty(), "--region"},
                                 {!fm.region.empty(), "front matter"},
                                 {!idx.region.empty(), "index.csv"}});
    r.meta.date = flags.date ? flags.date : fm.date ? fm.date : idx.date;
    r.meta.date_source = pick({{flags.date.has_value(), "--date"},
                               {fm.date.has_value(), "front matter"},
                               {idx.date.has_value(), "index.csv"}});
    r.meta.title = !fm.title.empty() ? fm.title : idx.title;

    read_text(r, catalog);
    return r;
}

bool is_input_file(std::string const& path) {
    auto ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".txt" || ext == ".md" || ext == ".text" || ext == ".yaml" || ext == ".yml" ||
           ext == ".csv" || formats::format_of(path);
}

namespace {

// Why a file in a folder is no input, or "" when it is one.
std::string not_an_input(std::filesystem::path const& path) {
    std::string name = path.filename().string();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name.rfind("readme", 0) == 0) return "a README, not a report";
    if (name == "corrections.yaml") return "the corrections file, applied by audit, not stored";
    std::error_code ec;
    auto const size = std::filesystem::file_size(path, ec);
    if (!ec && size == 0) return "empty";
    if (!ec && size < 4096) {
        std::string unread;
        auto const bytes = read_all(path.string(), unread);
        if (bytes && bytes->find_first_not_of(" \t\r\n") == std::string::npos)
            return "empty (only spaces and line breaks)";
    }
    return "";
}

}  // namespace

std::vector<std::string> collect_inputs(std::vector<std::string> const& paths,
                                        std::function<bool(std::string const&)> const& wanted,
                                        std::vector<std::string>& ignored, std::vector<std::string>& missing,
                                        std::vector<std::pair<std::string, std::string>>* skipped) {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    for (auto const& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> found;
            for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec),
                 end;
                 it != end; it.increment(ec)) {
                if (ec) break;
                auto const& path = it->path();
                if (path.filename().string().rfind('.', 0) == 0) {
                    if (it->is_directory()) it.disable_recursion_pending();
                    continue;
                }
                if (!it->is_regular_file()) continue;
                // the folder's report index and a project file are not inputs
                if (path.filename() == "index.csv" || path.filename() == "luoshi.yaml") continue;
                if (skipped && wanted(path.string())) {
                    if (auto why = not_an_input(path); !why.empty()) {
                        skipped->emplace_back(path.string(), std::move(why));
                        continue;
                    }
                }
                if (wanted(path.string())) {
                    found.push_back(path);
                } else {
                    ignored.push_back(path.string());
                }
            }
            std::sort(found.begin(), found.end());
            for (auto const& f : found) out.push_back(f.string());
        } else if (fs::is_regular_file(p, ec)) {
            out.push_back(p);
        } else {
            missing.push_back(p);
        }
    }
    return out;
}

store::report as_stored(loaded_report const& r) {
    store::report row;
    row.path = r.path;
    row.region = r.meta.region;
    row.date = r.meta.date;
    row.title = r.meta.title;
    row.digest = r.digest;
    row.encoding = r.text.encoding;
    row.bytes = r.bytes;
    row.region_source = r.meta.region_source;
    row.date_source = r.meta.date_source;
    if (r.format) {
        row.format = formats::name(*r.format);
        row.extracted = store::extraction{r.converter, r.text.utf8, {}, {}};
        for (auto const& b : r.blocks) row.extracted->blocks.push_back(store::block{b.start, b.place});
        for (auto const& n : r.notes)
            row.extracted->notes.push_back(store::note{n.kind, n.mark, n.at, n.text});
    }
    return row;
}

}  // namespace luoshi::app
