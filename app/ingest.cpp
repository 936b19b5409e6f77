#include "app/ingest.hpp"

#include <fmt/format.h>

namespace luoshi::app {

namespace {

ingested store_one(store::database& db, std::string const& path, report_meta const& flags,
                   rules::catalog const& catalog, bool replace) {
    ingested out;
    out.path = path;
    auto r = load_report(path, flags, catalog);
    if (auto const* e = std::get_if<load_error>(&r)) {
        out.outcome = ingested::what::failed;
        out.details = e->details;
        out.note = e->details.empty() ? fmt::format("{}{}", e->message,
                                                    e->offset ? fmt::format(" (byte {})", e->offset) : "")
                                      : e->message;
        return out;
    }
    auto const& rep = std::get<loaded_report>(r);
    out.warnings = rep.warnings;
    out.report = !rep.rules;
    out.meta = rep.meta;
    try {
        auto const res = db.add_report(as_stored(rep), rep.reading.statements, replace);
        out.note = res.note;
        switch (res.outcome) {
            case store::added::added: out.outcome = ingested::what::added; break;
            case store::added::replaced: out.outcome = ingested::what::replaced; break;
            case store::added::skipped: out.outcome = ingested::what::skipped; break;
            case store::added::refused: out.outcome = ingested::what::failed; break;
        }
        out.goals = res.goals;
        out.figures = res.figures;
    } catch (store::error const& e) {
        out.outcome = ingested::what::failed;
        out.note = fmt::format("not stored: {}", e.what());
    }
    return out;
}

}  // namespace

std::optional<std::string> ingest(
    store::database& db, std::vector<std::string> const& files, report_meta const& flags,
    rules::catalog const& catalog, bool replace,
    std::function<void(std::size_t index, std::string const& path)> const& starting,
    std::function<void(ingested const&)> const& done) {
    constexpr std::size_t batch = 256;
    // a file's outcome is told once its batch is committed: a batch that fails to commit stores none of it
    std::vector<ingested> open;
    auto const settle = [&](std::string const* failure) {
        for (auto& r : open) {
            if (failure && (r.outcome == ingested::what::added || r.outcome == ingested::what::replaced)) {
                r.outcome = ingested::what::failed;
                r.note = "not stored: " + *failure;
                r.goals = r.figures = 0;
            }
            done(r);
        }
        open.clear();
    };
    try {
        db.begin_batch();
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (i > 0 && i % batch == 0) {
                db.commit_batch();
                settle(nullptr);
                db.begin_batch();
            }
            starting(i, files[i]);
            open.push_back(store_one(db, files[i], flags, catalog, replace));
        }
        db.commit_batch();
    } catch (store::error const& e) {
        std::string const why = e.what();
        settle(&why);
        return why;
    }
    settle(nullptr);
    return std::nullopt;
}

std::variant<drop_stored, drop_refused> store_drop(store::database& db,
                                                   std::vector<loaded_report> const& drop) {
    drop_stored out;
    db.begin_batch();
    try {
        for (auto const& rep : drop) {
            auto const res = db.add_report(as_stored(rep), rep.reading.statements, false);
            if (res.outcome == store::added::refused) {
                db.rollback_batch();
                return drop_refused{rep.path, res.note};
            }
            out.added += res.outcome == store::added::added;
            out.replaced += res.outcome == store::added::replaced;
            out.skipped += res.outcome == store::added::skipped;
        }
        db.commit_batch();
    } catch (store::error const& e) {
        try {
            db.rollback_batch();
        } catch (store::error const&) {
            // SQLite rolls back an open transaction when the connection closes
        }
        return drop_refused{{}, e.what()};
    }
    return out;
}

}  // namespace luoshi::app
