// Word (.docx): a zip archive (libzip) of XML parts (pugixml). The main document's paragraphs and tables in
// order, headings by their style, footnotes and endnotes apart.
#include "common/utf8.hpp"
#include "formats/detail/readers.hpp"
#include "formats/detail/text.hpp"

#include <fmt/format.h>
#include <zip.h>
#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

namespace luoshi::formats::detail {

namespace {

// No part of a report's Word file comes near this: a larger one is a zip bomb, not a report.
constexpr zip_uint64_t largest_part = 256u << 20;

class archive {
public:
    // The zip in bytes (which must outlive the archive), or why it is none.
    static std::variant<archive, format_error> open(std::string const& bytes) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
        if (!z) {
            if (src) zip_source_free(src);
            std::string const why = zip_error_strerror(&error);
            zip_error_fini(&error);
            // an OLE compound file: a Word 97-2003 .doc renamed, or a .docx saved with a password
            if (bytes.rfind("\xD0\xCF\x11\xE0", 0) == 0)
                return format_error{
                    "not a .docx (a zip archive) but an OLE file: an old .doc, or a Word file "
                    "protected by a password; save it as .docx without one"};
            return format_error{fmt::format("not a Word file: not a zip archive ({})", why)};
        }
        zip_error_fini(&error);
        return archive(z);
    }

    // A part's bytes; none when the archive has no such part. Throws format_error-worthy text on a bad part.
    std::optional<std::string> read(std::string const& name, std::string& error) const {
        zip_int64_t const index = zip_name_locate(zip_.get(), name.c_str(), 0);
        if (index < 0) return std::nullopt;
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
            !(st.valid & ZIP_STAT_SIZE) || st.size > largest_part) {
            error = fmt::format("the part {} is too large or unreadable", name);
            return std::nullopt;
        }
        std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(
            zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0), zip_fclose);
        if (!f) {
            error = fmt::format("cannot open the part {}: {}", name, zip_strerror(zip_.get()));
            return std::nullopt;
        }
        std::string out(static_cast<std::size_t>(st.size), '\0');
        zip_int64_t const got = zip_fread(f.get(), out.data(), st.size);
        if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) {
            error = fmt::format("cannot read the part {}: {}", name, zip_file_strerror(f.get()));
            return std::nullopt;
        }
        return out;
    }

private:
    explicit archive(zip_t* z) : zip_(z, zip_discard) {}
    std::unique_ptr<zip_t, void (*)(zip_t*)> zip_;
};

// A relationship target as a part name: /word/document.xml and word/document.xml are the same part; a
// relative target is relative to the folder of the part that names it.
std::string part_name(std::string const& base_dir, std::string target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return base_dir + target;
}

// The targets of a .rels part, by the last word of their type (officeDocument, styles, footnotes).
std::map<std::string, std::string> relationships(std::string const& xml, std::string const& base_dir) {
    std::map<std::string, std::string> out;
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size())) return out;
    for (auto r : doc.child("Relationships").children("Relationship")) {
        std::string const type = r.attribute("Type").value();
        if (r.attribute("TargetMode").value() == std::string("External")) continue;
        out.emplace(type.substr(type.rfind('/') + 1), part_name(base_dir, r.attribute("Target").value()));
    }
    return out;
}

// Paragraph styles that make headings: "heading 1".."heading 9", "Title", or an outline level.
std::map<std::string, int> heading_styles(std::string const& xml) {
    std::map<std::string, int> out;
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size())) return out;
    for (auto s : doc.child("w:styles").children("w:style")) {
        std::string name = s.child("w:name").attribute("w:val").value();
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        int level = 0;
        if (name.rfind("heading ", 0) == 0) level = std::atoi(name.c_str() + 8);
        if (name == "title") level = 1;
        if (auto o = s.child("w:pPr").child("w:outlineLvl")) level = o.attribute("w:val").as_int() + 1;
        if (level > 0 && level < 10) out.emplace(s.attribute("w:styleId").value(), level);
    }
    return out;
}

// A note's reference mark in the body: which note, and where it stands.
struct reference {
    bool endnote = false;
    std::string id;
    std::size_t at = 0;  // byte offset into its paragraph's text, then into document::text
    std::string custom;  // the mark the author typed instead of a number (w:customMarkFollows)
};

// The text of a paragraph's runs: what was deleted (tracked changes), field codes, drawings and note marks
// are no text of it. The note marks go to `marks`, where it is given.
// Word nests a few levels (runs in hyperlinks in content controls); a file nested far deeper is broken or
// hostile, and what lies below this depth is not read.
constexpr int deepest = 64;

void run_text(pugi::xml_node n, std::string& out, std::vector<reference>* marks = nullptr, int depth = 0) {
    if (depth > deepest) return;
    bool custom_follows = false;  // the run's next w:t is the mark of the reference before it
    for (auto c : n.children()) {
        std::string_view const name = c.name();
        if (name == "w:t" && custom_follows) {
            marks->back().custom = trim(c.text().get());
            custom_follows = false;
        } else if (name == "w:t") {
            out += c.text().get();
        } else if (name == "w:tab" || name == "w:ptab") {
            out += ' ';
        } else if (name == "w:br" || name == "w:cr") {
            out += '\n';
        } else if (name == "w:noBreakHyphen") {
            out += '-';
        } else if (name == "w:footnoteReference" || name == "w:endnoteReference") {
            if (!marks) continue;
            marks->push_back({name == "w:endnoteReference", c.attribute("w:id").value(), out.size(), {}});
            custom_follows = c.attribute("w:customMarkFollows").as_bool();
        } else if (name == "w:del" || name == "w:moveFrom" || name == "w:instrText" || name == "w:pPr" ||
                   name == "w:rPr" || name == "w:drawing" || name == "w:pict" ||
                   name == "mc:AlternateContent" || name == "w:object" || name == "w:fldData") {
            continue;
        } else {
            run_text(c, out, marks, depth + 1);
        }
    }
}

class body_reader {
public:
    body_reader(std::map<std::string, int> headings, text_builder& text)
        : headings_(std::move(headings)), text_(text) {}

    void blocks(pugi::xml_node n, int depth = 0) {
        if (depth > deepest) return;
        for (auto c : n.children()) {
            std::string_view const name = c.name();
            if (name == "w:p") {
                paragraph(c);
            } else if (name == "w:tbl") {
                table(c);
            } else if (name == "w:sdt" || name == "w:sdtContent" || name == "w:customXml" ||
                       name == "w:ins" || name == "w:smartTag") {
                blocks(c, depth + 1);
            }
        }
    }

    // The note marks of the body, in order, at their offsets into the text.
    std::vector<reference> const& marks() const { return marks_; }

private:
    void paragraph(pugi::xml_node p) {
        ++paragraphs_;
        std::string s;
        std::vector<reference> marks;
        run_text(p, s, &marks);
        auto const ppr = p.child("w:pPr");
        int level = 0;
        if (auto const it = headings_.find(ppr.child("w:pStyle").attribute("w:val").value());
            it != headings_.end())
            level = it->second;
        if (auto o = ppr.child("w:outlineLvl"); o && o.attribute("w:val").as_int() < 9)
            level = o.attribute("w:val").as_int() + 1;
        std::string const place = level ? fmt::format("paragraph {} (heading {})", paragraphs_, level)
                                        : fmt::format("paragraph {}", paragraphs_);
        add(s, place, marks);
    }

    // A paragraph of its own, and its note marks where they stand in the text.
    void add(std::string_view s, std::string const& place, std::vector<reference>& marks) {
        std::vector<std::size_t> at;
        for (auto const& m : marks) at.push_back(m.at);
        text_.paragraphs(s, place, &at);
        for (std::size_t i = 0; i < marks.size(); ++i) {
            marks[i].at = at[i];
            marks_.push_back(std::move(marks[i]));
        }
    }

    // A table row is one line, its cells apart.
    void table(pugi::xml_node t) {
        ++tables_;
        int row = 0;
        for (auto tr : t.children("w:tr")) {
            ++row;
            std::string line;
            std::vector<reference> marks;
            for (auto tc : tr.children("w:tc")) {
                std::string cell;
                std::size_t const before = marks.size();
                for (auto p : tc.children("w:p")) {
                    std::string s;
                    run_text(p, s, &marks);
                    join(cell, trim(s), true);
                }
                if (!line.empty()) line += '\t';
                line += trim(cell);
                // a mark in a cell stands at the cell's end
                for (std::size_t i = before; i < marks.size(); ++i) marks[i].at = line.size();
            }
            add(line, fmt::format("table {}, row {}", tables_, row), marks);
        }
    }

    std::map<std::string, int> headings_;
    text_builder& text_;
    std::vector<reference> marks_;
    int paragraphs_ = 0, tables_ = 0;
};

// Footnotes or endnotes by their ids, in order; the separators Word keeps among them are not notes.
std::vector<std::pair<std::string, std::string>> notes_of(std::string const& xml, char const* root,
                                                          char const* item) {
    std::vector<std::pair<std::string, std::string>> out;
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size())) return out;
    for (auto n : doc.child(root).children(item)) {
        std::string const type = n.attribute("w:type").value();
        if (!type.empty() && type != "normal") continue;
        std::string s;
        for (auto p : n.children("w:p")) {
            std::string t;
            run_text(p, t);
            join(s, trim(t), true);
        }
        if (!trim(s).empty()) out.emplace_back(n.attribute("w:id").value(), trim(s));
    }
    return out;
}

// i, ii, iii, iv …: Word's endnote numbers (past mmmcmxcix, where Roman numerals end, in digits)
std::string roman(std::size_t n) {
    if (n >= 4000) return std::to_string(n);
    static constexpr std::pair<std::size_t, char const*> digits[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (auto const& [value, letters] : digits)
        for (; n >= value; n -= value) out += letters;
    return out;
}

// The notes in the order of their marks in the text, numbered as Word numbers them; then those the text
// never refers to, without a mark.
std::vector<note> notes_in_order(std::vector<reference> const& marks,
                                 std::vector<std::pair<std::string, std::string>> const& footnotes,
                                 std::vector<std::pair<std::string, std::string>> const& endnotes) {
    // each kind's notes by id, and whether a mark has taken them yet
    std::map<std::string, std::size_t> foot_ids, end_ids;
    for (std::size_t i = 0; i < footnotes.size(); ++i) foot_ids.emplace(footnotes[i].first, i);
    for (std::size_t i = 0; i < endnotes.size(); ++i) end_ids.emplace(endnotes[i].first, i);
    std::vector<bool> used_foot(footnotes.size()), used_end(endnotes.size());
    std::vector<note> out;
    std::size_t numbered_foot = 0, numbered_end = 0;
    for (auto const& m : marks) {
        auto const& ids = m.endnote ? end_ids : foot_ids;
        auto const it = ids.find(m.id);
        auto& used = m.endnote ? used_end : used_foot;
        if (it == ids.end() || used[it->second]) continue;
        used[it->second] = true;
        std::string mark = m.custom;
        if (mark.empty()) mark = m.endnote ? roman(++numbered_end) : std::to_string(++numbered_foot);
        out.push_back({m.endnote ? "endnote" : "footnote", std::move(mark), m.at,
                       (m.endnote ? endnotes : footnotes)[it->second].second});
    }
    for (std::size_t i = 0; i < footnotes.size(); ++i)
        if (!used_foot[i]) out.push_back({"footnote", {}, std::nullopt, footnotes[i].second});
    for (std::size_t i = 0; i < endnotes.size(); ++i)
        if (!used_end[i]) out.push_back({"endnote", {}, std::nullopt, endnotes[i].second});
    return out;
}

std::string core_title(std::optional<std::string> const& xml) {
    pugi::xml_document doc;
    if (!xml || !doc.load_buffer(xml->data(), xml->size())) return {};
    std::string const t = doc.first_child().child("dc:title").text().get();
    return has_cjk(t) && !common::first_invalid_utf8(t) ? std::string(trim(t)) : std::string();
}

}  // namespace

std::variant<document, format_error> read_docx(std::string const& bytes) {
    auto opened = archive::open(bytes);
    if (auto const* e = std::get_if<format_error>(&opened)) return *e;
    auto const& zip = std::get<archive>(opened);
    std::string error;
    auto const rels = zip.read("_rels/.rels", error);
    auto const top = rels ? relationships(*rels, "") : std::map<std::string, std::string>{};
    std::string const main = top.count("officeDocument") ? top.at("officeDocument") : "word/document.xml";
    auto const types = zip.read("[Content_Types].xml", error);
    if (!types || types->find("wordprocessingml.document.main") == std::string::npos)
        return format_error{
            error.empty() ? "a zip archive, but not a Word document (no wordprocessingml main part)" : error};
    auto const xml = zip.read(main, error);
    if (!xml)
        return format_error{error.empty() ? fmt::format("a Word file without its main part {}", main)
                                          : error};
    pugi::xml_document doc;
    if (auto const r = doc.load_buffer(xml->data(), xml->size()); !r)
        return format_error{
            fmt::format("{} is not well-formed XML: {} (byte {})", main, r.description(), r.offset)};
    auto const body = doc.child("w:document").child("w:body");
    if (!body) return format_error{fmt::format("{} has no w:document/w:body", main)};

    std::string const dir = main.substr(0, main.rfind('/') + 1);
    auto const own = zip.read(dir + "_rels/" + main.substr(dir.size()) + ".rels", error);
    auto const parts = own ? relationships(*own, dir) : std::map<std::string, std::string>{};
    auto part = [&](char const* type) -> std::optional<std::string> {
        if (!parts.count(type)) return std::nullopt;
        return zip.read(parts.at(type), error);
    };
    auto const styles = part("styles");
    text_builder text;
    body_reader reader(styles ? heading_styles(*styles) : std::map<std::string, int>{}, text);
    reader.blocks(body);
    if (text.empty()) return format_error{"a Word file with no text"};
    document d;
    d.format = format::docx;
    d.encoding = "UTF-8";
    d.converter = fmt::format("libzip {} + pugixml {}.{}", zip_libzip_version(), PUGIXML_VERSION / 1000,
                              PUGIXML_VERSION % 1000 / 10);
    auto const footnotes = part("footnotes"), endnotes = part("endnotes");
    d.notes = notes_in_order(reader.marks(),
                             footnotes ? notes_of(*footnotes, "w:footnotes", "w:footnote")
                                       : std::vector<std::pair<std::string, std::string>>{},
                             endnotes ? notes_of(*endnotes, "w:endnotes", "w:endnote")
                                      : std::vector<std::pair<std::string, std::string>>{});
    d.title =
        core_title(top.count("core-properties") ? zip.read(top.at("core-properties"), error) : std::nullopt);
    text.finish(d);
    // pugixml passes on the bytes of a part that says it is UTF-8 as they are: any that are not are a broken
    // file, not text to read or store
    if (common::first_invalid_utf8(d.text))
        return format_error{fmt::format("{} holds bytes that are not UTF-8: a broken Word file", main)};
    for (auto const& n : d.notes)
        if (common::first_invalid_utf8(n.text))
            return format_error{
                fmt::format("a {} holds bytes that are not UTF-8: a broken Word file", n.kind)};
    return d;
}

}  // namespace luoshi::formats::detail
