#include "cli/extract.hpp"

#include "common/digest.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace luoshi::cli {

std::string read_all(std::string const& path, bool& ok) {
    std::ifstream in(path, std::ios::binary);
    ok = static_cast<bool>(in);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

namespace {

std::string strip(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '"' || s.back() == '\''))
        s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '"' || s[i] == '\'')) ++i;
    return s.substr(i);
}

// ---\nregion: 示例区\ndate: 2015-01-20\n---\n at the top of a file. Returns the offset where the text
// starts.
std::size_t front_matter(std::string const& text, report_meta& meta) {
    if (text.rfind("---\n", 0) != 0 && text.rfind("---\r\n", 0) != 0) return 0;
    std::size_t const end = text.find("\n---", 3);
    if (end == std::string::npos) return 0;
    std::istringstream in(text.substr(4, end - 4));
    std::string l;
    while (std::getline(in, l)) {
        auto const colon = l.find(':');
        if (colon == std::string::npos) continue;
        std::string const key = strip(l.substr(0, colon)), value = strip(l.substr(colon + 1));
        std::string error;
        if (key == "region")
            meta.region = value;
        else if (key == "title")
            meta.title = value;
        else if (key == "date")
            meta.date = parse_iso_date(value, error);
    }
    std::size_t body = text.find('\n', end + 1);
    return body == std::string::npos ? text.size() : body + 1;
}

// index.csv beside the file: file,region,date,title (the layout of ../shared/corpus/national/).
void from_index(std::string const& path, report_meta& meta) {
    namespace fs = std::filesystem;
    fs::path const p(path);
    fs::path const index = p.parent_path() / "index.csv";
    bool ok = false;
    std::string const csv = read_all(index.string(), ok);
    if (!ok) return;
    std::istringstream in(csv);
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

std::variant<loaded_report, load_error> load_report(std::string const& path, report_meta const& flags,
                                                    rules::catalog const& catalog) {
    bool ok = false;
    std::string const bytes = read_all(path, ok);
    if (!ok) return load_error{path, 0, "cannot read the file"};
    auto decoded = common::decode(bytes);
    if (auto const* e = std::get_if<common::decode_error>(&decoded))
        return load_error{path, e->offset, e->message};

    loaded_report r;
    r.path = path;
    r.digest = common::sha1_hex(bytes);
    r.bytes = bytes.size();
    r.text = std::move(std::get<common::decoded_text>(decoded));
    report_meta fm;
    r.body = front_matter(r.text.utf8, fm);
    report_meta idx;
    from_index(path, idx);
    r.meta.region = !flags.region.empty() ? flags.region : !fm.region.empty() ? fm.region : idx.region;
    r.meta.date = flags.date ? flags.date : fm.date ? fm.date : idx.date;
    r.meta.title = !fm.title.empty() ? fm.title : idx.title;

    dsl::report_context ctx;
    ctx.date = r.meta.date;
    ctx.region = r.meta.region;
    ctx.report = path;
    ctx.catalog = &catalog;
    std::string_view const body = std::string_view(r.text.utf8).substr(r.body);
    r.reading = dsl::read_report(body, ctx);
    if (!r.meta.date) r.meta.date = r.reading.date;
    if (r.meta.title.empty()) r.meta.title = r.reading.title;
    for (auto& st : r.reading.statements) {
        st.src.digest = r.digest;
        std::size_t const b = st.src.start + r.body, e = st.src.end + r.body;
        st.src.start = r.text.to_original(b);
        st.src.end = r.text.to_original(e);
    }
    for (auto& d : r.reading.diagnostics) d.offset = r.text.to_original(d.offset + r.body);
    return r;
}

std::optional<store::database> open_store(std::string const& path) {
    auto opened = store::database::open(path);
    if (auto const* e = std::get_if<std::string>(&opened)) {
        fmt::print(stderr, "error: {}\n", *e);
        return std::nullopt;
    }
    return std::move(std::get<store::database>(opened));
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
    return row;
}

int load_reports(std::vector<std::string> const& paths, report_meta const& flags,
                 rules::catalog const& catalog, std::function<void(loaded_report&)> const& use) {
    int status = 0;
    for (auto const& path : paths) {
        auto r = load_report(path, flags, catalog);
        if (auto const* e = std::get_if<load_error>(&r)) {
            fmt::print(stderr, "{}: error: {}\n", e->path, e->message);
            status = 2;
            continue;
        }
        auto& rep = std::get<loaded_report>(r);
        if (!rep.meta.date)
            fmt::print(stderr,
                       "{}: note: no report date (give --date, front matter or index.csv): 年底, 明年 stay "
                       "unresolved and its figures count as known on any date\n",
                       path);
        use(rep);
    }
    return status;
}

}  // namespace luoshi::cli
