#include "cli/commands.hpp"
#include "cli/loading.hpp"
#include "cli/output.hpp"
#include "formats/document.hpp"
#include "rules/names.hpp"

#include <fmt/format.h>

#include <iostream>

namespace luoshi::cli {

namespace {

std::string_view type_name(dsl::outline_node::kind k) {
    switch (k) {
        case dsl::outline_node::kind::document: return "document";
        case dsl::outline_node::kind::title: return "title";
        case dsl::outline_node::kind::byline: return "byline";
        case dsl::outline_node::kind::heading: return "heading";
        case dsl::outline_node::kind::paragraph: return "paragraph";
    }
    return "";
}

int depth_of(dsl::outline const& o, std::size_t i) {
    int d = 0;
    for (int p = o.nodes[i].parent; p > 0; p = o.nodes[static_cast<std::size_t>(p)].parent) ++d;
    return d;
}

}  // namespace

int run_outline(outline_options const& o) {
    report_meta flags;
    if (o.region) flags.region = *o.region;
    if (o.date && !(flags.date = date_flag("--date", *o.date))) return 2;
    auto const catalog = catalog_with({});
    if (!catalog) return 2;
    auto all = nlohmann::ordered_json::array();
    int const status = load_reports(o.files, flags, *catalog, [&](loaded_report& rep) {
        auto const& outline = rep.reading.outline;
        if (o.format == format::json) {
            nlohmann::ordered_json j;
            j["report"] = rep.path;
            j["region"] = rep.meta.region;
            j["region_source"] = rep.meta.region_source;
            j["date"] = rep.meta.date ? nlohmann::ordered_json(format_date(*rep.meta.date))
                                      : nlohmann::ordered_json();
            j["date_source"] = rep.meta.date_source;
            auto nodes = nlohmann::ordered_json::array();
            for (std::size_t i = 1; i < outline.nodes.size(); ++i) {
                auto const& n = outline.nodes[i];
                nodes.push_back({{"node", i},
                                 {"parent", n.parent},
                                 {"type", std::string(type_name(n.type))},
                                 {"level", n.level},
                                 {"start", rep.to_file(n.begin)},
                                 {"end", rep.to_file(n.end)},
                                 {"heading", n.heading},
                                 {"scope",
                                  {{"kind", std::string(rules::name(n.scope.kind))},
                                   {"from", n.scope.from},
                                   {"to", n.scope.to}}},
                                 {"why", n.why}});
            }
            j["nodes"] = std::move(nodes);
            if (!rep.notes.empty()) {
                auto notes = nlohmann::ordered_json::array();
                for (auto const& n : rep.notes) {
                    auto nj = note_json(n);
                    nj["place"] = n.at ? std::string(formats::place_at(rep.blocks, *n.at)) : std::string();
                    notes.push_back(std::move(nj));
                }
                j["notes"] = std::move(notes);
            }
            all.push_back(std::move(j));
            return;
        }
        fmt::print("{}  ({}{}, {}{})\n", rep.path,
                   rep.meta.region.empty() ? "region unknown" : rep.meta.region,
                   rep.meta.region_source.empty() ? "" : " from " + rep.meta.region_source,
                   rep.meta.date ? format_date(*rep.meta.date) : "no date",
                   rep.meta.date_source.empty() ? "" : " from " + rep.meta.date_source);
        std::vector<std::vector<std::string>> rows{{"bytes", "part", "scope", "why"}};
        for (std::size_t i = 1; i < outline.nodes.size(); ++i) {
            auto const& n = outline.nodes[i];
            std::string const indent(static_cast<std::size_t>(2 * depth_of(outline, i)), ' ');
            std::string const label =
                n.type == dsl::outline_node::kind::paragraph ? "¶ " + n.heading : n.heading;
            rows.push_back({fmt::format("{}–{}", rep.to_file(n.begin), rep.to_file(n.end)),
                            indent + shorten(label, 40), scope_text(n.scope), n.why});
        }
        print_rows(rows);
        print_notes(rep);
        fmt::print("\n");
    });
    if (o.format == format::json) std::cout << all.dump(2) << "\n";
    return status;
}

}  // namespace luoshi::cli
