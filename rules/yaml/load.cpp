#include "rules/yaml/load.hpp"

#include "common/source_text.hpp"
#include "dsl/parse.hpp"
#include "rules/identity.hpp"
#include "rules/yaml/entry.hpp"
#include "rules/yaml/repeated_keys.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <set>

namespace luoshi::rules::yaml {

namespace {

using detail::entry;
using detail::field;
using detail::sink;

std::size_t at(YAML::Mark const& m) { return static_cast<std::size_t>(std::max(0, m.pos)); }
std::size_t at(YAML::Node const& n) { return at(n.Mark()); }

char const* shape(YAML::Node const& n) {
    switch (n.Type()) {
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Map: return "a mapping";
        case YAML::NodeType::Null: return "empty";
        default: return "a single value";
    }
}

// Where a scalar's text ends in the file: after its closing quote, or after its last line.
std::size_t scalar_end(YAML::Node const& n, std::string_view text) {
    std::size_t const pos = at(n);
    if (pos >= text.size()) return text.size();
    std::string const v = n.Scalar();
    char const q = text[pos];
    if (q == '"' || q == '\'') {
        for (std::size_t i = pos + 1; i < text.size(); ++i) {
            if (q == '"' && text[i] == '\\') {
                ++i;
                continue;
            }
            if (text[i] == q) {
                if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
        return text.size();
    }
    if (text.substr(pos, v.size()) == v) return pos + v.size();
    // a block or folded scalar: up to its last line
    auto last = std::string_view(v);
    while (!last.empty() && (last.back() == '\n' || last.back() == ' ')) last.remove_suffix(1);
    if (auto const nl = last.rfind('\n'); nl != std::string_view::npos) last = last.substr(nl + 1);
    if (auto const found = text.find(last, pos); !last.empty() && found != std::string_view::npos)
        return found + last.size();
    auto const eol = text.find('\n', pos);
    return eol == std::string_view::npos ? text.size() : eol;
}

// The file offset of a place inside a phrase scalar: exact for plain scalars and quoted ones without escapes
// (STYLE.md §6), the scalar's start otherwise.
std::size_t phrase_offset(YAML::Node const& n, std::string_view text, std::size_t inside) {
    std::size_t const pos = at(n);
    std::string const v = n.Scalar();
    if (text.substr(pos, v.size()) == v) return pos + inside;
    if (pos < text.size() && (text[pos] == '"' || text[pos] == '\'') && text.substr(pos + 1, v.size()) == v &&
        pos + 1 + v.size() < text.size() && text[pos + 1 + v.size()] == text[pos])
        return pos + 1 + inside;
    return pos;
}

bool id_like(std::string const& id) {
    if (id.empty() || id.size() > 64) return false;
    return std::none_of(id.begin(), id.end(),
                        [](char c) { return c == ' ' || c == '\t' || c == ',' || c == '"'; });
}

// The documents of a YAML stream, each parsed alone with the bytes before it blanked (line breaks kept), so
// that every mark is an offset into the whole text. Not YAML::LoadAll: yaml-cpp 0.7's loops for ever on some
// inputs (a line starting with a comma), where loading one document returns.
std::vector<YAML::Node> load_documents(std::string_view text, std::vector<std::size_t>& unread) {
    std::vector<std::pair<std::size_t, std::size_t>> pieces;  // [begin, end) of each document's text
    std::size_t begin = 0;
    for (std::size_t line = 0; line <= text.size();) {
        std::size_t const eol = std::min(text.find('\n', line), text.size());
        std::string_view const l = text.substr(line, eol - line);
        bool const start =
            l.substr(0, 3) == "---" && (l.size() == 3 || l[3] == ' ' || l[3] == '\t' || l[3] == '\r');
        bool const end =
            l.substr(0, 3) == "..." && (l.size() == 3 || l[3] == ' ' || l[3] == '\t' || l[3] == '\r');
        if (start || end) {
            if (line > begin) pieces.emplace_back(begin, line);
            begin = start ? line + 3 : eol;  // what follows --- on its line belongs to the document
        }
        if (eol == text.size()) break;
        line = eol + 1;
    }
    if (begin < text.size()) pieces.emplace_back(begin, text.size());
    std::vector<YAML::Node> docs;
    for (auto const& [b, e] : pieces) {
        std::string piece(text.substr(0, e));
        for (std::size_t i = 0; i < b; ++i)
            if (piece[i] != '\n') piece[i] = ' ';
        docs.push_back(YAML::Load(piece));
        if (docs.back().IsNull()) {
            // text that yaml-cpp reads as nothing: its first byte that is not a blank or a comment
            for (std::size_t i = b; i < e; ++i) {
                if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n') continue;
                if (text[i] == '#') {
                    i = std::min(text.find('\n', i), e);
                    continue;
                }
                unread.push_back(i);
                break;
            }
        }
    }
    return docs;
}

class reader {
public:
    reader(std::string_view text, file_context const& ctx, rule_file& out)
        : text_(text), ctx_(ctx), out_(out), s_{out.diagnostics} {}

    void document(YAML::Node const& doc) {
        if (doc.IsNull()) return;
        if (!doc.IsMap()) {
            s_.error(at(doc),
                     fmt::format("a rule file is a mapping (region, date, source, goals, figures), not {}",
                                 shape(doc)));
            return;
        }
        static std::vector<std::string> const keys{"region", "date", "source", "goals", "figures"};
        if (doc["metrics"]) {
            s_.error(at(doc),
                     "this is a metric catalog, not a rule file: give it with --catalog, or under `catalog:` "
                     "in luoshi.yaml");
            return;
        }
        entry defaults;
        std::optional<YAML::Node> goals, figures;  // a default YAML::Node is a defined null node: optional
        for (auto const& kv : doc) {
            std::string const key = kv.first.Scalar();
            auto const& v = kv.second;
            if (key == "goals" || key == "figures") {
                if (!v.IsSequence() && !v.IsNull()) {
                    s_.error(at(v), fmt::format("`{}` is a list of entries (each starting with `- `), not {}",
                                                key, shape(v)));
                    continue;
                }
                (key == "goals" ? goals : figures).emplace(v);
                continue;
            }
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                s_.error(at(kv.first), detail::unknown_key(key, keys,
                                                           "a rule file (region, date, source, goals, "
                                                           "figures)"));
                continue;
            }
            if (!v.IsScalar()) {
                s_.error(at(v.IsNull() ? kv.first : v),
                         fmt::format("`{}` is a single value, not {}", key, shape(v)));
                defaults.broken.insert(key);
                continue;
            }
            field f{v.Scalar(), at(v), at(kv.first)};
            unclosed_quote(v);
            if (key == "region") defaults.region = f.text;
            if (key == "source") defaults.source = f.text;
            if (key == "date" && !(defaults.date = detail::day(f, s_, false))) defaults.broken.insert("date");
        }
        if (!goals && !figures)
            s_.error(at(doc), "a rule file needs `goals:` or `figures:` (a list of entries)");
        if (defaults.source.empty() == false && out_.title.empty()) out_.title = defaults.source;
        if (goals)
            for (auto const& g : *goals) item(g, statement_kind::goal, defaults);
        if (figures)
            for (auto const& f : *figures) item(f, statement_kind::figure, defaults);
    }

private:
    void item(YAML::Node const& node, statement_kind kind, entry const& defaults) {
        bool const goal = kind == statement_kind::goal;
        std::string_view const what = goal ? "goal" : "figure";
        if (!node.IsMap()) {
            s_.error(at(node), fmt::format("each {} is a mapping ({}: …, or metric: …, value: …), not {}",
                                           what, what, shape(node)));
            return;
        }
        entry e = defaults;
        e.kind = kind;
        e.offset = at(node);
        e.end = e.offset;
        std::size_t const errors_before = out_.diagnostics.size();
        std::optional<YAML::Node> phrase;
        bool said_twice = false;  // the id given is given before: said already
        for (auto const& kv : node) {
            std::string const key = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
            auto const& v = kv.second;
            auto const& allowed = goal ? detail::goal_keys() : detail::figure_keys();
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                s_.error(at(kv.first), detail::unknown_key(key, allowed, fmt::format("a {}", what)));
                // a misspelt key is not also missing
                if (auto const near = detail::closest_word(key, allowed)) e.broken.insert(*near);
                continue;
            }
            if (!v.IsScalar()) {
                s_.error(at(v.IsNull() ? kv.first : v),
                         fmt::format("`{}` is a single value, not {}", key, shape(v)));
                e.broken.insert(key);
                continue;
            }
            unclosed_quote(v);
            if (e.values.count(key)) {
                s_.error(at(kv.first), fmt::format("`{}` is given twice in one {}", key, what));
                continue;
            }
            e.values[key] = field{v.Scalar(), at(v), at(kv.first)};
            if (key == "id") {
                auto const [it, fresh] = given_ids_.emplace(v.Scalar(), at(v));
                if (!fresh) {
                    s_.error(at(v), fmt::format("the id `{}` is used already on line {}", v.Scalar(),
                                                common::locate(text_, it->second).line));
                    said_twice = true;
                }
            }
            e.end = std::max(e.end, scalar_end(v, text_));
            if (key == what) phrase.emplace(v);
        }
        std::vector<statement> read;
        if (phrase) {
            auto const& only = goal ? detail::phrase_goal_keys() : detail::phrase_figure_keys();
            bool fine = true;
            for (auto const& [key, f] : e.values)
                if (std::find(only.begin(), only.end(), key) == only.end()) {
                    s_.error(f.key_offset,
                             fmt::format("`{}` is for a {} written field by field; this one is a "
                                         "phrase (`{}:`): keep one of the two",
                                         key, what, what));
                    fine = false;
                }
            if (!fine) return;
            // the phrase is the goal's sentence
            e.offset = at(*phrase);
            e.end = scalar_end(*phrase, text_);
            read = from_phrase(*phrase, e);
        } else {
            read.push_back(detail::structured(e, ctx_, s_));
        }
        std::string const given = e.values.count("id") ? e.values.at("id").text : std::string();
        if (!given.empty() && !id_like(given)) {
            s_.error(e.values.at("id").offset,
                     fmt::format("an id is one word of at most 64 characters, without spaces or commas: {}",
                                 given));
            return;
        }
        auto erred = [&] {
            return std::any_of(out_.diagnostics.begin() + static_cast<std::ptrdiff_t>(errors_before),
                               out_.diagnostics.end(),
                               [](diagnostic const& d) { return d.severity == severity::error; });
        };
        for (std::size_t i = 0; i < read.size(); ++i) {
            auto& st = read[i];
            detail::finish(st, e, ctx_, text_);
            // the unit against the metric, once the entry is otherwise right (no echo of an error said)
            if (!erred()) detail::check_metric(st, e, ctx_, s_);
            if (erred()) return;
            if (st.region.empty()) {
                s_.error(e.offset,
                         fmt::format("a {} needs a region: `region:` at the top of the file or on the {}, "
                                     "or --region",
                                     what, what));
                return;
            }
            if (!given.empty()) {
                st.id = i == 0 ? given : fmt::format("{}-{}", given, i + 1);
            } else {
                st.id = content_id(st);
            }
            std::size_t const place = given.empty() ? e.offset : e.values.at("id").offset;
            auto const [it, fresh] = ids_.emplace(st.id, place);
            if (!fresh) {
                auto const line = common::locate(text_, it->second).line;
                auto const from = derived_.find(st.id);
                std::string const holder =
                    from == derived_.end()
                        ? fmt::format("on line {}", line)
                        : fmt::format("by the second goal read from `{}` on line {}", from->second, line);
                if (given.empty())
                    s_.error(e.offset,
                             fmt::format("the same {} as on line {} (give each an `id` if both are meant)",
                                         what, line));
                else if (i > 0)
                    s_.error(place, fmt::format("`{}` reads as several {}s, and the id `{}` is taken {}",
                                                given, what, st.id, holder));
                else if (!said_twice)
                    s_.error(place, fmt::format("the id `{}` is used already {}", st.id, holder));
                continue;
            }
            if (!given.empty() && i > 0) derived_.emplace(st.id, given);
            if (!st.region.empty()) regions_.insert(st.region);
            if (st.reported && (!out_.date || *st.reported > *out_.date)) out_.date = st.reported;
            out_.statements.push_back(std::move(st));
        }
    }

    std::vector<statement> from_phrase(YAML::Node const& phrase, entry const& e) {
        bool const goal = e.kind == statement_kind::goal;
        std::string const text = phrase.Scalar();
        std::size_t const errors_before = out_.diagnostics.size();
        std::size_t const before_date = out_.diagnostics.size();
        auto const stated = detail::date_of(e, ctx_, s_);
        bool const date_given_wrong = out_.diagnostics.size() != before_date;
        dsl::context c;
        c.reference = stated;
        c.kind = e.kind;
        c.catalog = ctx_.catalog;
        c.region = detail::region_of(e, ctx_);
        auto r = dsl::parse_phrase(text, c);
        // a sentence with no target in it: the grammar stops at its end wanting a number; say what is missing
        bool const nothing = r.statements.empty() &&
                             std::all_of(r.diagnostics.begin(), r.diagnostics.end(), [&](auto const& d) {
                                 return d.severity != dsl::severity::error || d.offset >= text.size();
                             });
        if (!nothing)
            for (auto const& d : r.diagnostics)
                if (d.severity == dsl::severity::error)
                    s_.error(phrase_offset(phrase, text_, d.offset), d.message);
        if (out_.diagnostics.size() != errors_before) return {};
        if (r.statements.empty()) {
            s_.error(at(phrase),
                     fmt::format("no {} read in `{}`: it needs a metric with a quantity "
                                 "(地区生产总值增长8%以上) or a dated milestone (2015年10月实现居民回迁)",
                                 goal ? "goal" : "figure", text));
            return {};
        }
        auto const* deadline = e.values.count("deadline") ? &e.values.at("deadline") : nullptr;
        auto const* per = e.values.count("period") ? &e.values.at("period") : nullptr;
        auto const* metric = e.values.count("metric") ? &e.values.at("metric") : nullptr;
        std::optional<rules::date> due;
        if (deadline) due = detail::day(*deadline, s_, true);
        std::optional<rules::period> span;
        if (per) span = detail::period(*per, s_);
        if (!goal && !per && !e.values.count("as_of")) {
            // a figure describes a period the phrase itself names (2015年, 一季度 with a year)
            dsl::context bare = c;
            bare.reference.reset();
            auto const alone = dsl::parse_phrase(text, bare);
            bool const dated = !alone.statements.empty() &&
                               (alone.statements.front().period || alone.statements.front().as_of);
            if (!dated)
                s_.error(at(phrase), fmt::format("`{}` names no year: give the `period` the figure describes "
                                                 "(2015, 2015-06, 2015-H1, …)",
                                                 text));
        }
        for (auto& st : r.statements) {
            st.kind = e.kind;
            detail::apply_common(st, e, ctx_, s_);
            st.reported = stated;
            if (metric) st.metric_text = metric->text, st.metric.clear();
            // 力争6月份开门营业 with `subject: 蓝天广场` is the milestone 蓝天广场开门营业
            if (st.measure == measure::milestone && e.values.count("subject") && !metric &&
                st.metric_text.find(st.subject) == std::string::npos)
                st.metric = st.metric_text = st.subject + st.event;
            if (goal) {
                if (due) {
                    int const y = stated && stated->year() <= due->year() ? stated->year() : due->year();
                    st.deadline = due;
                    st.period = rules::period{rules::date(static_cast<unsigned short>(y), 1, 1), *due};
                }
                if (!st.deadline && !deadline && !e.broken.count("date") && !date_given_wrong)
                    s_.error(at(phrase),
                             fmt::format("`{}` has no deadline that can be worked out: give the `date:` it "
                                         "was stated (for 年底, 明年) or a `deadline:`",
                                         text));
                if (e.values.count("tolerance")) detail::apply_tolerance(st, e.values.at("tolerance"), s_);
            } else if (span) {
                st.period = span;
            }
        }
        if (out_.diagnostics.size() != errors_before)
            for (std::size_t i = errors_before; i < out_.diagnostics.size(); ++i)
                if (out_.diagnostics[i].severity == severity::error) return {};
        return std::move(r.statements);
    }

    // yaml-cpp takes a double quote left open to the end of the file as a value running to it
    void unclosed_quote(YAML::Node const& v) {
        std::size_t const pos = at(v);
        if (pos >= text_.size() || (text_[pos] != '"' && text_[pos] != '\'')) return;
        std::size_t const end = scalar_end(v, text_);
        if (end == text_.size() && text_.back() != text_[pos])
            s_.error(pos, std::string("invalid YAML: a quoted value is not closed (a ") + text_[pos] +
                              " without its closing " + text_[pos] + ")");
    }

    std::string_view text_;
    file_context const& ctx_;
    rule_file& out_;
    sink s_;
    std::map<std::string, std::size_t> ids_;  // every statement's id → where its entry starts
    std::map<std::string, std::size_t> given_ids_;
    std::map<std::string, std::string>
        derived_;  // two-2 → two: an id made for the second goal of a phrase  // the ids written → where

public:
    std::set<std::string> regions_;
};

}  // namespace

rule_file load_rules(std::string_view utf8, file_context const& ctx) {
    rule_file out;
    sink s{out.diagnostics};
    std::vector<YAML::Node> docs;
    try {
        std::vector<std::size_t> unread;
        docs = load_documents(utf8, unread);
        if (!unread.empty()) {
            s.error(unread.front(),
                    "invalid YAML: this is not read as YAML (a value that starts with , [ ] { } "
                    "needs quotes, and each entry needs its key)");
            return out;
        }
    } catch (YAML::Exception const& e) {
        s.error(at(e.mark), "invalid YAML: " + e.msg + detail::quoting_hint(e.msg));
        return out;
    }
    reader r(utf8, ctx, out);
    bool any = false;
    try {
        for (auto const& d : docs) {
            if (!d.IsNull()) any = true;
            r.document(d);
            // the keys of an entry are checked as it is read, with what it is (a goal, a figure)
            for (auto const& k : detail::repeated_keys(d, utf8))
                if (std::none_of(out.diagnostics.begin(), out.diagnostics.end(),
                                 [&](diagnostic const& x) { return x.offset == k.offset; }))
                    s.error(k.offset, k.message);
        }
    } catch (YAML::Exception const& e) {
        // a shape the reader did not foresee: an error at its place, never an exception out of the loader
        s.error(at(e.mark), "cannot read this YAML: " + e.msg);
    }
    if (!any) s.error(0, "an empty rule file: it needs `goals:` or `figures:`");
    for (auto const& region : r.regions_) out.region += (out.region.empty() ? "" : "、") + region;
    if (out.title.empty()) out.title = "rule file";
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](diagnostic const& a, diagnostic const& b) { return a.offset < b.offset; });
    if (!out.ok()) out.statements.clear();
    return out;
}

std::optional<std::string> closest(std::string_view word, std::vector<std::string> const& candidates) {
    return detail::closest_word(word, candidates);
}

namespace detail {

std::string quoting_hint(std::string const& yaml_message) {
    if (yaml_message.find("unknown token") != std::string::npos)
        return " (a value that starts with %, @, ` or a quote needs quotes: unit: \"%\")";
    if (yaml_message.find("block scalar") != std::string::npos)
        return " (a value that starts with > or | begins a block of text: quote it, comparator: \">=\")";
    return "";
}

std::optional<YAML::Node> parse_root(std::string_view text, std::vector<common::diagnostic>& errors) {
    try {
        return YAML::Load(std::string(text));
    } catch (YAML::Exception const& e) {
        errors.push_back({severity::error, at(e.mark), "invalid YAML: " + e.msg + quoting_hint(e.msg)});
        return std::nullopt;
    }
}

std::optional<YAML::Node> keyed_root(std::string_view text, std::vector<common::diagnostic>& errors) {
    auto root = parse_root(text, errors);
    if (!root || root->IsNull()) return std::nullopt;
    for (auto const& k : repeated_keys(*root, text)) errors.push_back({severity::error, k.offset, k.message});
    return root;
}

}  // namespace detail

project load_project(std::string_view utf8) {
    project out;
    sink s{out.diagnostics};
    auto const parsed = detail::keyed_root(utf8, out.diagnostics);
    if (!parsed) return out;
    YAML::Node const root = *parsed;
    if (!root.IsMap()) {
        s.error(at(root),
                fmt::format("a project file is a mapping (catalog, tolerance, db), not {}", shape(root)));
        return out;
    }
    static std::vector<std::string> const keys{"catalog", "tolerance", "db"};
    for (auto const& kv : root) {
        std::string const key = kv.first.Scalar();
        auto const& v = kv.second;
        if (key == "catalog") {
            if (v.IsScalar()) {
                out.catalogs.push_back(v.Scalar());
            } else if (v.IsSequence()) {
                for (auto const& c : v) {
                    if (c.IsScalar())
                        out.catalogs.push_back(c.Scalar());
                    else
                        s.error(at(c), "a catalog is the path of a YAML file");
                }
            } else {
                s.error(at(v.IsNull() ? kv.first : v), "`catalog` is a path, or a list of paths");
            }
        } else if (key == "db") {
            if (v.IsScalar())
                out.db = v.Scalar();
            else
                s.error(at(v.IsNull() ? kv.first : v), "`db` is the path of the store");
        } else if (key == "tolerance") {
            if (!v.IsMap()) {
                s.error(at(v.IsNull() ? kv.first : v), "`tolerance` is a mapping: rate: 0.5pp, amount: 5%");
                continue;
            }
            for (auto const& t : v) {
                std::string const which = t.first.Scalar();
                if (which != "rate" && which != "amount") {
                    s.error(at(t.first),
                            detail::unknown_key(which, {"rate", "amount"}, "tolerance (rate, amount)"));
                    continue;
                }
                statement probe;
                probe.unit = which == "rate" ? "%" : "元";
                detail::field const f{t.second.IsScalar() ? t.second.Scalar() : std::string(), at(t.second),
                                      at(t.first)};
                detail::apply_tolerance(probe, f, s);
                if (probe.tolerance)
                    (which == "rate" ? out.rate_tolerance : out.amount_tolerance) = probe.tolerance;
            }
        } else {
            s.error(at(kv.first), detail::unknown_key(key, keys, "a project file (catalog, tolerance, db)"));
        }
    }
    return out;
}

}  // namespace luoshi::rules::yaml
