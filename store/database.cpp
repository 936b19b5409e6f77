#include "store/database.hpp"

#include "rules/identity.hpp"
#include "rules/names.hpp"
#include "store/schema.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>
#include <unordered_set>

namespace luoshi::store {

namespace {

// YYYY-MM-DD as the store writes it; anything else reads as no date.
std::optional<rules::date> date_of(SQLite::Column const& c) {
    if (c.isNull()) return std::nullopt;
    char const* t = c.getText();
    int y = 0, m = 0, d = 0;
    if (std::sscanf(t, "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
    try {
        return rules::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                           static_cast<unsigned short>(d));
    } catch (std::exception const&) {
        return std::nullopt;
    }
}

std::optional<double> real_of(SQLite::Column const& c) {
    if (c.isNull()) return std::nullopt;
    return c.getDouble();
}

// A ratio's parts as text: 0.26:16.22:83.52 (full precision).
std::string parts_text(std::vector<double> const& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ":" : "") + fmt::format("{}", parts[i]);
    return out;
}

std::vector<double> parts_of(std::string const& text) {
    std::vector<double> out;
    std::istringstream in(text);
    std::string part;
    while (std::getline(in, part, ':'))
        if (!part.empty()) out.push_back(std::stod(part));
    return out;
}

// The first bytes of every SQLite 3 database file.
constexpr std::string_view sqlite_magic{"SQLite format 3\0", 16};

// Whether a file that exists holds something other than a SQLite database (an empty file is fine).
bool foreign_file(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    char head[16] = {};
    in.read(head, sizeof head);
    auto const got = static_cast<std::size_t>(in.gcount());
    if (got == 0) return false;
    return got < sqlite_magic.size() || std::string_view(head, got) != sqlite_magic;
}

// The processes that hold a write lock on the store: a writer in WAL mode locks byte 120 of the -shm file, a
// writer in rollback mode the bytes from 1 GiB of the file itself. Read from /proc/locks, because opening the
// files to ask (fcntl F_GETLK) and closing them would drop this process's own locks on them.
std::vector<long> lock_holders(std::string const& path) {
    std::vector<ino_t> files;
    for (auto const& f : {path + "-shm", path}) {
        struct stat st {};
        if (::stat(f.c_str(), &st) == 0) files.push_back(st.st_ino);
    }
    std::vector<long> out;
    std::ifstream locks("/proc/locks");
    // 1: POSIX  ADVISORY  WRITE 1234 08:02:131 120 120   (a waiter's line has "->" after the number)
    for (std::string line; std::getline(locks, line);) {
        std::istringstream in(line);
        std::string number, type, mode, access, device;
        long pid = 0;
        if (!(in >> number >> type) || type == "->" || !(in >> mode >> access >> pid >> device)) continue;
        auto const colon = device.rfind(':');
        if (access != "WRITE" || pid <= 0 || pid == ::getpid() || colon == std::string::npos) continue;
        auto const inode = static_cast<ino_t>(std::strtoull(device.c_str() + colon + 1, nullptr, 10));
        if (std::find(files.begin(), files.end(), inode) != files.end() &&
            std::find(out.begin(), out.end(), pid) == out.end())
            out.push_back(pid);
    }
    return out;
}

std::string describe(std::string const& path, SQLite::Exception const& e) {
    int const code = e.getErrorCode() & 0xff;
    if (code != SQLITE_BUSY && code != SQLITE_LOCKED)
        return fmt::format("{}: the database failed: {}", path, e.what());
    auto const holders = lock_holders(path);
    std::string const who =
        holders.empty() ? "another process" : fmt::format("another process (pid {})", holders.front());
    return fmt::format(
        "{}: the database is locked: {} is writing to it, and it did not finish within {} s; try again "
        "when it is done (LUOSHI_LOCK_TIMEOUT sets the wait, in seconds)",
        path, who, lock_timeout_ms() / 1000.0);
}

// What the store does, with SQLite's exceptions turned into store::error: none leaves the store.
template <typename F>
auto guarded(std::string const& path, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (SQLite::Exception const& e) {
        throw error(describe(path, e));
    }
}

// A write transaction that takes the write lock at once (BEGIN IMMEDIATE), waiting for another writer's
// turn to end: a deferred BEGIN that turns into a write later can fail at once, without waiting, when another
// process wrote in between. Rolled back unless committed.
class write_transaction {
public:
    explicit write_transaction(SQLite::Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }
    write_transaction(write_transaction const&) = delete;
    write_transaction& operator=(write_transaction const&) = delete;
    ~write_transaction() {
        if (done_) return;
        try {
            db_.exec("ROLLBACK");
        } catch (SQLite::Exception const&) {
            // SQLite rolled it back already (a failed COMMIT after an I/O error)
        }
    }
    void commit() {
        db_.exec("COMMIT");
        done_ = true;
    }

private:
    SQLite::Database& db_;
    bool done_ = false;
};

// Write-ahead logging, so that readers never wait for a writer. The change needs the file to itself for a
// moment, and SQLite answers SQLITE_BUSY at once when another process has it open (the busy timeout does not
// apply), or keeps the old mode: tried again until the lock timeout, as two ingests on a new file need.
void use_wal(SQLite::Database& db) {
    auto const deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(lock_timeout_ms());
    for (;;) {
        try {
            std::string const mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
            if (mode == "wal" || mode == "memory") return;  // :memory: keeps its own
        } catch (SQLite::Exception const& e) {
            if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline)
                throw;
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return;  // the old mode locks correctly too, only slower
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

// The schema version and the number of tables, in one snapshot: another luoshi may be making the schema at
// this moment, and two reads could see the version before its commit and the tables after.
std::pair<int, int> version_and_tables(SQLite::Database& db) {
    SQLite::Statement q(db,
                        "SELECT (SELECT user_version FROM pragma_user_version), "
                        "(SELECT count(*) FROM sqlite_master)");
    q.executeStep();
    return {q.getColumn(0).getInt(), q.getColumn(1).getInt()};
}

constexpr char const* insert_columns =
    "(id, report_id, seq, region, metric, metric_text, measure, comparator, value, low, high, parts, unit, "
    "unit_text, vague, direction, deadline, period_begin, period_end, as_of, reported, strength, status, "
    "subject, event, tolerance, source_start, source_end, source_text, polarity, not_done, scope, "
    "scope_from, scope_to, node, headline, relative_to)";

constexpr char const* select_columns =
    "s.id, s.region, s.metric, s.metric_text, s.measure, s.comparator, s.value, s.low, s.high, s.parts, "
    "s.unit, "
    "s.unit_text, s.vague, s.direction, s.deadline, s.period_begin, s.period_end, s.as_of, s.reported, "
    "s.strength, s.status, s.subject, s.event, s.tolerance, r.path, s.source_start, s.source_end, "
    "s.source_text, r.digest, s.polarity, s.not_done, s.scope, s.scope_from, s.scope_to, s.node, s.headline, "
    "s.relative_to";

}  // namespace

int lock_timeout_ms() {
    if (char const* env = std::getenv("LUOSHI_LOCK_TIMEOUT")) {
        char* end = nullptr;
        double const seconds = std::strtod(env, &end);
        if (end != env && *end == '\0' && seconds >= 0 && seconds <= 86400)
            return static_cast<int>(seconds * 1000);
    }
    return 30000;
}

struct database::impl {
    // one connection, used by one thread: SQLite's own locking is not needed
    explicit impl(std::string const& file)
        : path(file), db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX) {}

    // A statement that threw (a write that hit the lock, a full disk) stays in progress until reset, and a
    // COMMIT with a write in progress fails: every prepared statement is reset after a failure.
    void reset_all() {
        for (auto* slot : {&by_digest, &by_path, &remove, &insert_report, &insert_goal, &insert_figure,
                           &insert_name, &name_owner})
            if (*slot) {
                try {
                    (*slot)->reset();
                } catch (SQLite::Exception const&) {
                    // reset reports the statement's last error again; the statement is reset all the same
                }
            }
    }

    // A statement prepared once and reused: ingest runs the same few statements for every report.
    SQLite::Statement& prepared(std::optional<SQLite::Statement>& slot, std::string const& sql) {
        if (!slot) slot.emplace(db, sql);
        slot->reset();
        slot->clearBindings();
        return *slot;
    }

    std::string path;
    SQLite::Database db;
    bool batch = false;
    bool broken = false;  // a report's writes could not be undone: the open batch must not commit
    std::size_t in_batch = 0;
    std::optional<SQLite::Statement> by_digest, by_path, remove, insert_report, insert_goal, insert_figure,
        insert_name, name_owner, insert_extracted, insert_block, insert_note;
};

namespace {

// One report's writes: a transaction of its own, or a savepoint inside a batch. Undone unless released; when
// undoing fails, the batch around it is marked broken and will not commit.
class savepoint {
public:
    explicit savepoint(database::impl& store) : store_(store) { store_.db.exec("SAVEPOINT report"); }
    savepoint(savepoint const&) = delete;
    savepoint& operator=(savepoint const&) = delete;
    ~savepoint() {
        if (done_) return;
        store_.reset_all();  // a write still in progress would keep ROLLBACK TO from undoing it
        try {
            store_.db.exec("ROLLBACK TO report");
            store_.db.exec("RELEASE report");
        } catch (SQLite::Exception const&) {
            store_.broken = true;
        }
    }
    void release() {
        store_.db.exec("RELEASE report");
        done_ = true;
    }

private:
    database::impl& store_;
    bool done_ = false;
};

}  // namespace

void database::begin_batch() {
    if (impl_->batch) return;
    guarded(impl_->path, [&] { impl_->db.exec("BEGIN IMMEDIATE"); });
    impl_->batch = true;
}

void database::rollback_batch() {
    if (!impl_->batch) return;
    impl_->batch = false;
    impl_->broken = false;
    impl_->reset_all();
    guarded(impl_->path, [&] {
        if (sqlite3_get_autocommit(impl_->db.getHandle()) == 0) impl_->db.exec("ROLLBACK");
    });
}

void database::commit_batch() {
    if (!impl_->batch) return;
    impl_->batch = false;
    impl_->reset_all();
    guarded(impl_->path, [&] {
        if (impl_->broken) {
            impl_->broken = false;
            impl_->db.tryExec("ROLLBACK");
            throw error(
                impl_->path +
                ": a report's writes could not be undone after a failure, so the open batch was rolled "
                "back");
        }
        try {
            impl_->db.exec("COMMIT");
        } catch (SQLite::Exception const&) {
            // the batch is lost: leave no transaction open behind it
            if (sqlite3_get_autocommit(impl_->db.getHandle()) == 0) impl_->db.tryExec("ROLLBACK");
            throw;
        }
    });
}

database::database(std::unique_ptr<impl> p) : impl_(std::move(p)) {}
database::database(database&&) noexcept = default;
database& database::operator=(database&&) noexcept = default;
database::~database() = default;

int database::latest_schema_version() { return static_cast<int>(migrations().size()); }

namespace {

// Why a file is not opened: an SQLite database of something else, or one a newer luoshi made.
std::optional<std::string> refused(std::string const& path, int version, int tables) {
    if (version == 0 && tables > 0)
        return path +
               ": an SQLite database that luoshi did not make (it has tables of its own); it was left as it "
               "is";
    if (version > database::latest_schema_version())
        return fmt::format(
            "{}: made by a newer luoshi (schema version {}; this one knows up to {}): upgrade luoshi to use "
            "it; the file was left as it is",
            path, version, database::latest_schema_version());
    return std::nullopt;
}

}  // namespace

std::variant<database, std::string> database::open(std::string const& path) {
    if (path.empty()) return std::string("the store's path is empty: give --db the name of a file");
    if (foreign_file(path))
        return path + ": not a luoshi database (the file is not SQLite); it was left as it is";
    try {
        auto p = std::make_unique<impl>(path);
        auto& db = p->db;
        db.setBusyTimeout(lock_timeout_ms());
        auto [version, tables] = version_and_tables(db);
        if (auto const why = refused(path, version, tables)) return *why;
        use_wal(db);
        db.exec("PRAGMA synchronous = NORMAL");
        db.exec("PRAGMA cache_size = -65536");  // 64 MiB: an ingest rewrites the same index pages
        db.exec("PRAGMA wal_autocheckpoint = 16384");
        db.exec("PRAGMA foreign_keys = ON");
        if (version < latest_schema_version()) {
            // one transaction under the write lock: a second luoshi opening the same new file waits, then
            // finds the schema made
            write_transaction t(db);
            std::tie(version, tables) = version_and_tables(db);
            if (auto const why = refused(path, version, tables)) return *why;
            for (int v = version; v < latest_schema_version(); ++v) {
                db.exec(migrations()[static_cast<std::size_t>(v)]);
                db.exec(fmt::format("PRAGMA user_version = {}", v + 1));
            }
            t.commit();
        }
        return database(std::move(p));
    } catch (SQLite::Exception const& e) {
        int const code = e.getErrorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return describe(path, e);
        return fmt::format("{}: cannot open the database: {}", path, e.what());
    }
}

int database::schema_version() const {
    return guarded(impl_->path, [&] { return impl_->db.execAndGet("PRAGMA user_version").getInt(); });
}

std::optional<std::string> database::taken_id(std::vector<rules::statement> const& statements) const {
    std::unordered_set<std::string> exported;  // ids of the shape a report's goals have: an export read back
    for (auto const& s : statements) {
        if (s.id.empty()) continue;
        auto& q = impl_->prepared(impl_->name_owner,
                                  "SELECT r.path FROM named_ids n JOIN reports r ON r.id = n.report_id "
                                  "WHERE n.id = ?");
        q.bind(1, s.id);
        if (q.executeStep())
            return fmt::format(
                "the id `{}` is taken by {} (ids given in rule files are one goal or figure each)", s.id,
                q.getColumn(0).getString());
        bool const hashed = s.id.size() == 13 && (s.id[0] == 'g' || s.id[0] == 'f') &&
                            s.id.find_first_not_of("0123456789abcdef", 1) == std::string::npos;
        if (hashed) exported.insert(s.id);
    }
    if (exported.empty()) return std::nullopt;
    // a scan, and only for a file that holds ids a report's statements have (`luoshi rules` output)
    for (char const* table : {"goals", "figures"}) {
        SQLite::Statement q(impl_->db, std::string("SELECT s.id, r.path FROM ") + table +
                                           " s JOIN reports r ON r.id = s.report_id");
        while (q.executeStep())
            if (exported.count(q.getColumn(0).getString()))
                return fmt::format("the id `{}` is taken by {} (the file repeats goals stored already)",
                                   q.getColumn(0).getString(), q.getColumn(1).getString());
    }
    return std::nullopt;
}

add_result database::add_report(report const& r, std::vector<rules::statement> const& statements,
                                bool replace) {
    return guarded(impl_->path, [&] {
        if (impl_->batch) return add_one(r, statements, replace);
        // alone, the report takes the write lock first, as a batch does
        write_transaction t(impl_->db);
        auto const out = add_one(r, statements, replace);
        t.commit();
        return out;
    });
}

add_result database::add_one(report const& r, std::vector<rules::statement> const& statements, bool replace) {
    auto& db = impl_->db;
    add_result out;
    savepoint t(*impl_);
    // other bytes at the same path: the file was changed, and the version stored before goes (its goals and
    // figures with it), whatever happens to the new bytes
    bool stale = false;
    {
        auto& q = impl_->prepared(impl_->by_path, "SELECT id FROM reports WHERE path = ? AND digest <> ?");
        q.bind(1, r.path);
        q.bind(2, r.digest);
        std::vector<std::int64_t> old;
        while (q.executeStep()) old.push_back(q.getColumn(0).getInt64());
        for (auto id : old) {
            auto& d = impl_->prepared(impl_->remove, "DELETE FROM reports WHERE id = ?");
            d.bind(1, id);
            d.exec();
            stale = true;
        }
    }
    // the same bytes stored already
    {
        auto& q =
            impl_->prepared(impl_->by_digest, "SELECT id, path, region, date FROM reports WHERE digest = ?");
        q.bind(1, r.digest);
        if (q.executeStep()) {
            std::int64_t const id = q.getColumn(0).getInt64();
            std::string const path = q.getColumn(1).getString();
            std::string const region = q.getColumn(2).getString();
            auto const date = date_of(q.getColumn(3));
            bool const same = region == r.region && date == r.date;
            std::string const was =
                fmt::format("stored as {} ({}, {})", path, region.empty() ? "no region" : region,
                            date ? rules::iso_date(*date) : "no date");
            std::string const dropped = stale ? "; the version stored before at this path was removed" : "";
            if (same && !replace) {
                out.outcome = added::skipped;
                out.id = id;
                out.note = was + dropped;
                t.release();
                return out;
            }
            if (!replace) {
                out.outcome = added::refused;
                out.id = id;
                out.note = "the same report is " + was + dropped +
                           "; give --replace to store it again with the new region or date";
                t.release();
                return out;
            }
            q.reset();
            auto& d = impl_->prepared(impl_->remove, "DELETE FROM reports WHERE id = ?");
            d.bind(1, id);
            d.exec();
            out.outcome = added::replaced;
            out.note = was;
        }
    }
    if (stale && out.outcome != added::replaced) {
        out.outcome = added::replaced;
        out.note = "an earlier version of the file, with other bytes";
    }
    // ids given in a rule file: one goal or figure each in the whole store
    if (auto const taken = taken_id(statements)) {
        out.outcome = added::refused;
        out.note = *taken;
        return out;  // the savepoint rolls back what was removed above
    }
    auto& ins = impl_->prepared(impl_->insert_report,
                                "INSERT INTO reports (path, region, date, title, digest, encoding, bytes, "
                                "region_source, date_source, format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, r.path);
    ins.bind(2, r.region);
    if (r.date) {
        ins.bind(3, rules::iso_date(*r.date));
    } else {
        ins.bind(3);
    }
    ins.bind(4, r.title);
    ins.bind(5, r.digest);
    ins.bind(6, r.encoding);
    ins.bind(7, static_cast<std::int64_t>(r.bytes));
    ins.bind(8, r.region_source);
    ins.bind(9, r.date_source);
    ins.bind(10, r.format);
    ins.exec();
    out.id = db.getLastInsertRowid();
    if (r.extracted) add_extraction(out.id, *r.extracted);

    std::string const values =
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    auto& goal =
        impl_->prepared(impl_->insert_goal, std::string("INSERT INTO goals ") + insert_columns + values);
    auto& figure =
        impl_->prepared(impl_->insert_figure, std::string("INSERT INTO figures ") + insert_columns + values);
    std::int64_t seq = 0;
    std::unordered_set<std::string> ids;
    for (auto const& s : statements) {
        bool const is_goal = s.kind == rules::statement_kind::goal;
        auto& q = is_goal ? goal : figure;
        // two statements read at the same place with the same words would share an id: the second gets a
        // suffix
        std::string id = rules::stable_id(s);
        if (!ids.insert(id).second) {
            id += "-" + std::to_string(seq);
            ids.insert(id);
        }
        int c = 0;
        // the strings outlive the insert, so SQLite need not copy them; the names are string literals
        auto text = [&](std::string const& v) { q.bindNoCopy(++c, v); };
        auto word = [&](std::string_view v) { q.bindNoCopy(++c, v.data()); };
        std::string const parts = parts_text(s.parts);
        auto real = [&](std::optional<double> v) {
            if (v) {
                q.bind(++c, *v);
            } else {
                q.bind(++c);
            }
        };
        auto day = [&](std::optional<rules::date> const& d) {
            if (d) {
                q.bind(++c, rules::iso_date(*d));
            } else {
                q.bind(++c);
            }
        };
        text(id);
        q.bind(++c, out.id);
        q.bind(++c, seq++);
        text(s.region);
        text(s.metric);
        text(s.metric_text);
        word(rules::name(s.measure));
        word(rules::name(s.comparator));
        real(s.value);
        real(s.low);
        real(s.high);
        text(parts);
        text(s.unit);
        text(s.unit_text);
        word(rules::name(s.vague));
        q.bind(++c, s.direction);
        day(s.deadline);
        day(s.period ? std::optional<rules::date>(s.period->begin) : std::nullopt);
        day(s.period ? std::optional<rules::date>(s.period->end) : std::nullopt);
        day(s.as_of);
        day(s.reported);
        word(rules::name(s.strength));
        word(rules::name(s.status));
        text(s.subject);
        text(s.event);
        real(s.tolerance);
        q.bind(++c, static_cast<std::int64_t>(s.src.start));
        q.bind(++c, static_cast<std::int64_t>(s.src.end));
        text(s.src.text);
        if (s.polarity) {
            word(rules::name(*s.polarity));
        } else {
            q.bind(++c);
        }
        q.bind(++c, s.not_done ? 1 : 0);
        word(rules::name(s.scope.kind));
        q.bind(++c, s.scope.from);
        q.bind(++c, s.scope.to);
        text(s.node);
        q.bind(++c, s.headline ? 1 : 0);
        text(s.relative_to);
        q.exec();
        q.reset();
        q.clearBindings();
        (is_goal ? out.goals : out.figures) += 1;
        if (!s.id.empty()) {
            auto& n =
                impl_->prepared(impl_->insert_name, "INSERT INTO named_ids (id, report_id) VALUES (?, ?)");
            n.bind(1, s.id);
            n.bind(2, out.id);
            n.exec();
        }
    }
    t.release();
    return out;
}

void database::add_extraction(std::int64_t report_id, extraction const& x) {
    auto& e = impl_->prepared(impl_->insert_extracted,
                              "INSERT INTO extracted (report_id, converter, text) VALUES (?, ?, ?)");
    e.bind(1, report_id);
    e.bindNoCopy(2, x.converter);
    e.bindNoCopy(3, x.text);
    e.exec();
    for (auto const& b : x.blocks) {
        auto& q = impl_->prepared(impl_->insert_block,
                                  "INSERT OR REPLACE INTO blocks (report_id, start, place) VALUES (?, ?, ?)");
        q.bind(1, report_id);
        q.bind(2, static_cast<std::int64_t>(b.start));
        q.bindNoCopy(3, b.place);
        q.exec();
    }
    std::int64_t seq = 0;
    for (auto const& n : x.notes) {
        auto& q = impl_->prepared(
            impl_->insert_note,
            "INSERT INTO notes (report_id, seq, kind, mark, at, text) VALUES (?, ?, ?, ?, ?, ?)");
        q.bind(1, report_id);
        q.bind(2, seq++);
        q.bindNoCopy(3, n.kind);
        q.bindNoCopy(4, n.mark);
        if (n.at) q.bind(5, static_cast<std::int64_t>(*n.at));
        q.bindNoCopy(6, n.text);
        q.exec();
    }
}

std::optional<extraction> database::extracted(std::int64_t report_id) const {
    SQLite::Statement q(impl_->db, "SELECT converter, text FROM extracted WHERE report_id = ?");
    q.bind(1, report_id);
    if (!q.executeStep()) return std::nullopt;
    extraction x;
    x.converter = q.getColumn(0).getString();
    x.text = q.getColumn(1).getString();
    SQLite::Statement b(impl_->db, "SELECT start, place FROM blocks WHERE report_id = ? ORDER BY start");
    b.bind(1, report_id);
    while (b.executeStep())
        x.blocks.push_back(
            block{static_cast<std::size_t>(b.getColumn(0).getInt64()), b.getColumn(1).getString()});
    SQLite::Statement n(impl_->db, "SELECT kind, mark, at, text FROM notes WHERE report_id = ? ORDER BY seq");
    n.bind(1, report_id);
    while (n.executeStep()) {
        auto const at = n.getColumn(2);
        x.notes.push_back(
            {n.getColumn(0).getString(), n.getColumn(1).getString(),
             at.isNull() ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(at.getInt64())),
             n.getColumn(3).getString()});
    }
    return x;
}

namespace {

report read_report_row(SQLite::Statement& q) {
    report r;
    r.id = q.getColumn(0).getInt64();
    r.path = q.getColumn(1).getString();
    r.region = q.getColumn(2).getString();
    r.date = date_of(q.getColumn(3));
    r.title = q.getColumn(4).getString();
    r.digest = q.getColumn(5).getString();
    r.encoding = q.getColumn(6).getString();
    r.bytes = static_cast<std::size_t>(q.getColumn(7).getInt64());
    r.ingested_at = q.getColumn(8).getString();
    r.goals = static_cast<std::size_t>(q.getColumn(9).getInt64());
    r.figures = static_cast<std::size_t>(q.getColumn(10).getInt64());
    r.region_source = q.getColumn(11).getString();
    r.date_source = q.getColumn(12).getString();
    r.format = q.getColumn(13).getString();
    r.notes = static_cast<std::size_t>(q.getColumn(14).getInt64());
    return r;
}

constexpr char const* report_query =
    "SELECT r.id, r.path, r.region, r.date, r.title, r.digest, r.encoding, r.bytes, r.ingested_at,"
    " (SELECT count(*) FROM goals g WHERE g.report_id = r.id),"
    " (SELECT count(*) FROM figures f WHERE f.report_id = r.id), r.region_source, r.date_source, r.format,"
    " (SELECT count(*) FROM notes n WHERE n.report_id = r.id) "
    "FROM reports r";

rules::statement read_statement(SQLite::Statement& q, rules::statement_kind kind) {
    rules::statement s;
    s.kind = kind;
    s.id = q.getColumn(0).getString();
    int c = 1;
    auto text = [&] { return q.getColumn(c++).getString(); };
    s.region = text();
    s.metric = text();
    s.metric_text = text();
    s.measure = rules::parse_measure(text()).value_or(rules::measure::level);
    s.comparator = rules::parse_comparator(text()).value_or(rules::comparator::equal);
    s.value = real_of(q.getColumn(c++));
    s.low = real_of(q.getColumn(c++));
    s.high = real_of(q.getColumn(c++));
    s.parts = parts_of(text());
    s.unit = text();
    s.unit_text = text();
    s.vague = rules::parse_vagueness(text()).value_or(rules::vagueness::exact);
    s.direction = q.getColumn(c++).getInt();
    s.deadline = date_of(q.getColumn(c++));
    auto const begin = date_of(q.getColumn(c++));
    auto const end = date_of(q.getColumn(c++));
    if (begin && end) s.period = rules::period{*begin, *end};
    s.as_of = date_of(q.getColumn(c++));
    s.reported = date_of(q.getColumn(c++));
    s.strength = rules::parse_strength(text()).value_or(rules::strength::none);
    s.status = rules::parse_status(text()).value_or(rules::figure_status::final);
    s.subject = text();
    s.event = text();
    s.tolerance = real_of(q.getColumn(c++));
    s.src.report = text();
    s.src.start = static_cast<std::size_t>(q.getColumn(c++).getInt64());
    s.src.end = static_cast<std::size_t>(q.getColumn(c++).getInt64());
    s.src.text = text();
    s.src.digest = text();
    if (!q.getColumn(c).isNull()) s.polarity = rules::parse_polarity(q.getColumn(c).getString());
    s.not_done = q.getColumn(++c).getInt() != 0;
    s.scope.kind = rules::parse_scope_kind(q.getColumn(++c).getString()).value_or(rules::scope_kind::unknown);
    s.scope.from = q.getColumn(++c).getInt();
    s.scope.to = q.getColumn(++c).getInt();
    s.node = q.getColumn(++c).getString();
    s.headline = q.getColumn(++c).getInt() != 0;
    s.relative_to = q.getColumn(++c).getString();
    return s;
}

}  // namespace

std::vector<report> database::reports() const {
    return guarded(impl_->path, [&] {
        SQLite::Statement q(impl_->db, std::string(report_query) + " ORDER BY r.region, r.date, r.path");
        std::vector<report> out;
        while (q.executeStep()) out.push_back(read_report_row(q));
        return out;
    });
}

std::optional<report> database::report_by_id(std::int64_t id) const {
    return guarded(impl_->path, [&]() -> std::optional<report> {
        SQLite::Statement q(impl_->db, std::string(report_query) + " WHERE r.id = ?");
        q.bind(1, id);
        if (!q.executeStep()) return std::nullopt;
        return read_report_row(q);
    });
}

void database::load(selection const& which, std::vector<rules::statement>& goals,
                    std::vector<rules::statement>& figures) const {
    return guarded(impl_->path, [&] {
        for (auto kind : {rules::statement_kind::goal, rules::statement_kind::figure}) {
            std::string const table = kind == rules::statement_kind::goal ? "goals" : "figures";
            std::string sql = std::string("SELECT ") + select_columns + " FROM " + table +
                              " s JOIN reports r ON r.id = s.report_id";
            if (which.region) sql += " WHERE s.region = ?";
            sql += " ORDER BY s.rowid";  // as ingested: report by report, in reading order
            SQLite::Statement q(impl_->db, sql);
            if (which.region) q.bind(1, *which.region);
            auto& out = kind == rules::statement_kind::goal ? goals : figures;
            while (q.executeStep()) out.push_back(read_statement(q, kind));
        }
    });
}

std::optional<std::int64_t> database::report_of(std::string const& statement_id) const {
    if (auto const p = place_of(statement_id)) return p->first;
    return std::nullopt;
}

std::optional<std::pair<std::int64_t, std::string>> database::place_of(
    std::string const& statement_id) const {
    return guarded(impl_->path, [&]() -> std::optional<std::pair<std::int64_t, std::string>> {
        // a scan: ids are looked up one at a time, by a reader, and an index on them would slow every ingest
        for (char const* table : {"goals", "figures"}) {
            SQLite::Statement q(impl_->db,
                                std::string("SELECT report_id, region FROM ") + table + " WHERE id = ?");
            q.bind(1, statement_id);
            if (q.executeStep()) return std::pair{q.getColumn(0).getInt64(), q.getColumn(1).getString()};
        }
        return std::nullopt;
    });
}

std::int64_t database::record_run(rules::date as_of, std::string const& filters,
                                  std::vector<verdict_row> const& rows, std::string const& command,
                                  std::vector<std::string> const& inputs) {
    return guarded(impl_->path, [&] {
        auto& db = impl_->db;
        write_transaction t(db);
        std::size_t met = 0, missed = 0, pending = 0;
        for (auto const& r : rows) {
            met += r.verdict == "met";
            missed += r.verdict == "missed";
            pending += r.verdict == "pending";
        }
        SQLite::Statement run(
            db,
            "INSERT INTO runs (as_of, filters, met, missed, pending, command, inputs) VALUES (?, ?, "
            "?, ?, ?, ?, ?)");
        run.bind(1, rules::iso_date(as_of));
        run.bind(2, filters);
        run.bind(3, static_cast<std::int64_t>(met));
        run.bind(4, static_cast<std::int64_t>(missed));
        run.bind(5, static_cast<std::int64_t>(pending));
        run.bind(6, command);
        std::string joined;
        for (auto const& i : inputs) joined += (joined.empty() ? "" : "\n") + i;
        run.bind(7, joined);
        run.exec();
        std::int64_t const id = db.getLastInsertRowid();
        SQLite::Statement v(
            db,
            "INSERT OR REPLACE INTO verdicts (run_id, goal_id, verdict, rule, reason, progress, "
            "evidence) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (auto const& r : rows) {
            v.bind(1, id);
            v.bind(2, r.goal_id);
            v.bind(3, r.verdict);
            v.bind(4, r.rule);
            v.bind(5, r.reason);
            if (r.progress) {
                v.bind(6, *r.progress);
            } else {
                v.bind(6);
            }
            std::string evidence;
            for (std::size_t i = 0; i < r.evidence.size(); ++i) evidence += (i ? " " : "") + r.evidence[i];
            v.bind(7, evidence);
            v.exec();
            v.reset();
        }
        t.commit();
        return id;
    });
}

namespace {

constexpr char const* run_columns =
    "r.id, r.as_of, r.started_at, r.filters, r.met, r.missed, r.pending, r.command, r.inputs";

run read_run(SQLite::Statement& q) {
    run r;
    r.id = q.getColumn(0).getInt64();
    r.as_of = date_of(q.getColumn(1)).value_or(rules::date(1970, 1, 1));
    r.started_at = q.getColumn(2).getString();
    r.filters = q.getColumn(3).getString();
    r.met = static_cast<std::size_t>(q.getColumn(4).getInt64());
    r.missed = static_cast<std::size_t>(q.getColumn(5).getInt64());
    r.pending = static_cast<std::size_t>(q.getColumn(6).getInt64());
    r.command = q.getColumn(7).getString();
    std::istringstream in(q.getColumn(8).getString());
    for (std::string l; std::getline(in, l);)
        if (!l.empty()) r.inputs.push_back(l);
    return r;
}

}  // namespace

std::vector<run> database::runs() const {
    return guarded(impl_->path, [&] {
        SQLite::Statement q(impl_->db, std::string("SELECT ") + run_columns + " FROM runs r ORDER BY r.id");
        std::vector<run> out;
        while (q.executeStep()) out.push_back(read_run(q));
        return out;
    });
}

std::vector<database::judged> database::history(std::string const& goal_id) const {
    return guarded(impl_->path, [&] {
        SQLite::Statement q(impl_->db,
                            std::string("SELECT ") + run_columns +
                                ", v.verdict, v.rule, v.reason, v.progress, v.evidence FROM verdicts v JOIN "
                                "runs r ON r.id = v.run_id WHERE v.goal_id = ? ORDER BY r.id");
        q.bind(1, goal_id);
        std::vector<judged> out;
        while (q.executeStep()) {
            judged j;
            j.run = read_run(q);
            j.verdict.goal_id = goal_id;
            j.verdict.verdict = q.getColumn(9).getString();
            j.verdict.rule = q.getColumn(10).getString();
            j.verdict.reason = q.getColumn(11).getString();
            j.verdict.progress = real_of(q.getColumn(12));
            std::istringstream in(q.getColumn(13).getString());
            for (std::string id; in >> id;) j.verdict.evidence.push_back(id);
            out.push_back(std::move(j));
        }
        return out;
    });
}

}  // namespace luoshi::store
