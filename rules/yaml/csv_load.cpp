#include "rules/yaml/load.hpp"

#include "common/source_text.hpp"
#include "rules/identity.hpp"
#include "rules/yaml/entry.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace luoshi::rules::yaml {

namespace {

struct cell {
    std::string text;
    std::size_t offset = 0;  // its first byte in the file
};

struct row {
    std::vector<cell> cells;
    std::size_t begin = 0, end = 0;  // the row's bytes, without its line break
};

// RFC 4180: cells split by commas, "quoted" cells may hold commas, line breaks and "" for a quote. A quote
// left open is an error at the quote.
std::vector<row> split_rows(std::string_view text, detail::sink& s) {
    std::vector<row> rows;
    std::size_t i = 0;
    while (i < text.size()) {
        row r;
        r.begin = i;
        bool more = true;
        while (more) {
            cell c;
            c.offset = i;
            if (i < text.size() && text[i] == '"') {
                std::size_t const open = i++;
                bool closed = false;
                while (i < text.size()) {
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            c.text += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    c.text += text[i++];
                }
                if (!closed) {
                    s.error(open, "a quoted cell is not closed (a \" without its closing \")");
                    return rows;
                }
                // what follows the closing quote up to the comma is kept, spaces aside
                while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    if (text[i] != ' ') {
                        s.error(i, "text after a quoted cell's closing quote");
                        break;
                    }
                    ++i;
                }
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                    c.text += text[i++];
            }
            // spaces around a cell are not part of it
            std::size_t lead = 0;
            while (lead < c.text.size() && c.text[lead] == ' ') ++lead;
            c.text.erase(0, lead);
            c.offset += lead;
            while (!c.text.empty() && c.text.back() == ' ') c.text.pop_back();
            r.cells.push_back(std::move(c));
            if (i < text.size() && text[i] == ',') {
                ++i;
            } else {
                more = false;
            }
        }
        r.end = i;
        if (i < text.size() && text[i] == '\r') ++i;
        if (i < text.size() && text[i] == '\n') ++i;
        bool const blank =
            std::all_of(r.cells.begin(), r.cells.end(), [](cell const& c) { return c.text.empty(); });
        if (!blank) rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<std::string> const& columns() {
    static std::vector<std::string> const all{"id",     "region", "date", "metric",  "measure", "comparator",
                                              "value",  "low",    "high", "unit",    "period",  "as_of",
                                              "status", "source", "note", "subject", "event"};
    return all;
}

}  // namespace

rule_file load_figures_csv(std::string_view utf8, file_context const& ctx) {
    rule_file out;
    detail::sink s{out.diagnostics};
    auto rows = split_rows(utf8, s);
    if (rows.empty()) {
        if (out.diagnostics.empty())
            s.error(0,
                    "an empty figure table: it needs a header row "
                    "(region,metric,measure,period,value,unit,source) "
                    "and a row a figure");
        return out;
    }
    auto const& header = rows.front();
    std::vector<std::string> names;
    std::set<std::string> seen, misspelt;
    for (auto const& c : header.cells) {
        std::string n = c.text;
        std::transform(n.begin(), n.end(), n.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        if (std::find(columns().begin(), columns().end(), n) == columns().end()) {
            s.error(c.offset,
                    detail::unknown_key(c.text, columns(), "the header of a figure table", "column"));
            // a misspelt column is not also missing
            if (auto const near = detail::closest_word(n, columns())) misspelt.insert(*near);
        } else if (!seen.insert(n).second)
            s.error(c.offset, fmt::format("the column `{}` is named twice", c.text));
        names.push_back(n);
    }
    auto has = [&](char const* n) { return seen.count(n) > 0 || misspelt.count(n) > 0; };
    if (!has("metric")) s.error(header.begin, "the header has no `metric` column");
    if (!has("value") && !(has("low") && has("high")))
        s.error(header.begin, "the header has no `value` column");
    if (!has("period") && !has("as_of"))
        s.error(header.begin,
                "the header has no `period` column (the period each figure describes: 2015, 2015-H1, …)");
    if (!has("region") && ctx.region.empty())
        s.error(header.begin, "the header has no `region` column, and no --region was given");
    auto by_offset = [&] {
        std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                         [](diagnostic const& a, diagnostic const& b) { return a.offset < b.offset; });
    };
    if (!out.ok()) {
        by_offset();
        return out;
    }

    std::map<std::string, std::size_t> ids;
    std::set<std::string> regions;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        auto const& row = rows[r];
        if (row.cells.size() != names.size()) {
            s.error(row.cells.size() > names.size() ? row.cells[names.size()].offset : row.begin,
                    fmt::format("this row has {} cells and the header {}", row.cells.size(), names.size()));
            continue;
        }
        detail::entry e;
        e.kind = statement_kind::figure;
        e.offset = row.begin;
        e.end = row.end;
        e.region = ctx.region;
        e.date = ctx.date;
        for (std::size_t c = 0; c < names.size(); ++c)
            if (!row.cells[c].text.empty())
                e.values[names[c]] =
                    detail::field{row.cells[c].text, row.cells[c].offset, row.cells[c].offset};
        if (e.values.count("region") == 0 && ctx.region.empty()) {
            s.error(row.cells[static_cast<std::size_t>(std::find(names.begin(), names.end(), "region") -
                                                       names.begin())]
                        .offset,
                    "no region in this row");
            continue;
        }
        std::size_t const errors_before = out.diagnostics.size();
        auto st = std::optional<statement>(detail::structured(e, ctx, s));
        detail::finish(*st, e, ctx, utf8);
        if (out.diagnostics.size() == errors_before) detail::check_metric(*st, e, ctx, s);
        if (std::any_of(out.diagnostics.begin() + static_cast<std::ptrdiff_t>(errors_before),
                        out.diagnostics.end(),
                        [](diagnostic const& d) { return d.severity == severity::error; }))
            continue;
        st->id = e.values.count("id") ? e.values.at("id").text : content_id(*st);
        auto const [it, fresh] = ids.emplace(st->id, row.begin);
        if (!fresh) {
            s.error(e.values.count("id") ? e.values.at("id").offset : row.begin,
                    e.values.count("id") ? fmt::format("the id `{}` is used already on line {}", st->id,
                                                       common::locate(utf8, it->second).line)
                                         : fmt::format("the same figure as on line {}",
                                                       common::locate(utf8, it->second).line));
            continue;
        }
        regions.insert(st->region);
        if (st->reported && (!out.date || *st->reported > *out.date)) out.date = st->reported;
        if (out.title.empty() && e.values.count("source")) out.title = e.values.at("source").text;
        out.statements.push_back(std::move(*st));
    }
    if (rows.size() == 1) s.warning(header.end, "a figure table with a header and no rows");
    for (auto const& region : regions) out.region += (out.region.empty() ? "" : "、") + region;
    if (out.title.empty()) out.title = "figure table";
    by_offset();
    if (!out.ok()) out.statements.clear();
    return out;
}

}  // namespace luoshi::rules::yaml
