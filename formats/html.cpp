// Web pages: the charset, gumbo's parse tree walked into blocks of text, the article's blocks kept and the
// page's furniture (navigation, scripts, share buttons, footers) left out.
#include "common/encoding.hpp"
#include "formats/detail/readers.hpp"
#include "formats/detail/text.hpp"

#include <fmt/format.h>
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <unordered_map>

namespace luoshi::formats::detail {

namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// The charset a page declares in its first bytes: <meta charset=gbk> or <meta http-equiv="Content-Type"
// content="text/html; charset=gb2312">, lower-case; empty when none.
std::string declared_charset(std::string_view bytes) {
    std::string const head = lower_ascii(bytes.substr(0, 4096));
    for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
         meta = head.find("<meta", meta + 5)) {
        std::size_t const end = head.find('>', meta);
        std::size_t const at = head.find("charset", meta);
        if (at == std::string::npos || (end != std::string::npos && at > end)) continue;
        std::size_t i = at + 7;
        while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\''))
            ++i;
        std::size_t j = i;
        while (j < head.size() &&
               (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == '-' || head[j] == '_'))
            ++j;
        if (j > i) return head.substr(i, j - i);
    }
    return {};
}

bool gb_family(std::string const& charset) {
    return charset.rfind("gb", 0) == 0 || charset == "x-gbk" || charset == "cp936" || charset == "x-euc-cn" ||
           charset == "euc-cn";
}

struct page_text {
    std::string utf8;
    std::string encoding;
};

// The page as UTF-8. Bytes that are valid UTF-8 are read as UTF-8 whatever the page says (a GBK meta left in
// a template is common); others in the declared charset, GB18030 when it names none or a GB one.
std::variant<page_text, format_error> page_utf8(std::string bytes) {
    // Control characters have no place in HTML and are no text: spaces, so that decoding takes the page.
    for (char& c : bytes)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') c = ' ';
    std::string const declared = declared_charset(bytes);
    if (!declared.empty() && declared != "utf-8" && declared != "utf8" && !gb_family(declared)) {
        auto decoded = common::decode(bytes);
        if (auto const* d = std::get_if<common::decoded_text>(&decoded); d && d->encoding == "UTF-8")
            return page_text{d->utf8, "UTF-8"};
        auto utf8 = common::to_utf8(bytes, declared.c_str());
        if (!utf8)
            return format_error{
                fmt::format("the page says its charset is {}, but its bytes are not {}", declared, declared)};
        std::string name = declared;
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return std::toupper(c); });
        return page_text{std::move(*utf8), name};
    }
    auto decoded = common::decode(bytes);
    if (auto const* e = std::get_if<common::decode_error>(&decoded)) return format_error{e->message};
    auto& d = std::get<common::decoded_text>(decoded);
    return page_text{std::move(d.utf8), d.encoding};
}

std::string_view attribute(GumboNode const* n, char const* name) {
    GumboAttribute const* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

std::string tag_name(GumboNode const* n) {
    if (n->v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(n->v.element.tag);
    GumboStringPiece piece = n->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return lower_ascii(std::string_view(piece.data, piece.length));
}

bool one_of(GumboTag t, std::initializer_list<GumboTag> tags) {
    return std::find(tags.begin(), tags.end(), t) != tags.end();
}

// Never text of the page.
bool hidden(GumboTag t) {
    return one_of(
        t, {GUMBO_TAG_HEAD,   GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
            GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED, GUMBO_TAG_SVG,      GUMBO_TAG_MATH,
            GUMBO_TAG_CANVAS, GUMBO_TAG_VIDEO,    GUMBO_TAG_AUDIO, GUMBO_TAG_SELECT,   GUMBO_TAG_BUTTON,
            GUMBO_TAG_INPUT,  GUMBO_TAG_TEXTAREA, GUMBO_TAG_MAP,   GUMBO_TAG_FRAMESET, GUMBO_TAG_APPLET});
}

// Elements that start a new block of text (the others run inline).
bool block_level(GumboTag t) {
    return one_of(
        t, {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY,
            GUMBO_TAG_CENTER,  GUMBO_TAG_DD,      GUMBO_TAG_DETAILS,  GUMBO_TAG_DIR,        GUMBO_TAG_DIV,
            GUMBO_TAG_DL,      GUMBO_TAG_DT,      GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,
            GUMBO_TAG_FOOTER,  GUMBO_TAG_FORM,    GUMBO_TAG_H1,       GUMBO_TAG_H2,         GUMBO_TAG_H3,
            GUMBO_TAG_H4,      GUMBO_TAG_H5,      GUMBO_TAG_H6,       GUMBO_TAG_HEADER,     GUMBO_TAG_HGROUP,
            GUMBO_TAG_HR,      GUMBO_TAG_LI,      GUMBO_TAG_MAIN,     GUMBO_TAG_MENU,       GUMBO_TAG_NAV,
            GUMBO_TAG_OL,      GUMBO_TAG_P,       GUMBO_TAG_PRE,      GUMBO_TAG_SECTION,    GUMBO_TAG_SUMMARY,
            GUMBO_TAG_TABLE,   GUMBO_TAG_TBODY,   GUMBO_TAG_THEAD,    GUMBO_TAG_TFOOT,      GUMBO_TAG_TR,
            GUMBO_TAG_CAPTION, GUMBO_TAG_UL,      GUMBO_TAG_HTML,     GUMBO_TAG_LEGEND});
}

int heading_level(GumboTag t) {
    static constexpr GumboTag headings[] = {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
                                            GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6};
    auto const* at = std::find(std::begin(headings), std::end(headings), t);
    return at == std::end(headings) ? 0 : static_cast<int>(at - std::begin(headings)) + 1;
}

// Page furniture by its element (nav, aside, footer, header, form) or by the words of its class and id.
bool furniture(GumboNode const* n) {
    if (one_of(n->v.element.tag, {GUMBO_TAG_NAV, GUMBO_TAG_ASIDE, GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER,
                                  GUMBO_TAG_FORM, GUMBO_TAG_MENU}))
        return true;
    static constexpr std::array<std::string_view, 26> words{
        "nav",    "menu",     "breadcrumb", "crumb",      "footer",    "foot",     "header",
        "share",  "bdshare",  "jiathis",    "sidebar",    "copyright", "banner",   "toolbar",
        "login",  "search",   "comment",    "related",    "gotop",     "fontsize", "print",
        "advert", "location", "position",   "friendlink", "topbar"};
    for (char const* a : {"class", "id"}) {
        std::string const v = lower_ascii(attribute(n, a));
        if (v.empty()) continue;
        for (auto w : words)
            if (v.find(w) != std::string::npos) return true;
    }
    return false;
}

// Lines a page wraps around an article and an article never holds.
bool furniture_line(std::string_view s) {
    for (std::string_view w : {"分享到", "打印本页", "关闭窗口", "【字体", "字号：", "上一篇", "下一篇",
                               "返回顶部", "扫一扫", "【打印】", "【关闭】", "责任编辑"})
        if (s.find(w) != std::string_view::npos) return true;
    return false;
}

struct html_block {
    std::string text;
    std::string place;
    int heading = 0;
    std::size_t chars = 0, link_chars = 0;  // code points other than spaces, and those inside links
    GumboNode const* owner = nullptr;       // the element whose text it is
    GumboNode const* furniture = nullptr;   // the outermost ancestor that looks like page furniture
};

// Spaces as HTML shows them: runs of them one space, none at a line's ends or next to CJK text.
std::string collapse(std::string_view raw) {
    std::string out;
    bool pending = false;
    for (std::size_t i = 0; i < raw.size();) {
        auto const b = static_cast<unsigned char>(raw[i]);
        std::size_t const len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        std::string_view const cp = raw.substr(i, len);
        i += len;
        if (cp == " " || cp == "\xC2\xA0" || cp == "\xE3\x80\x80") {
            pending = true;
            continue;
        }
        if (cp == "\n" || cp == "\t") {
            out += cp;
            pending = false;
            continue;
        }
        bool const after_break = out.empty() || out.back() == '\n' || out.back() == '\t';
        join(out, cp, pending && !after_break);
        pending = false;
    }
    return out;
}

// Walks the parse tree into blocks: a block-level element's text up to its first nested block, between two,
// and after the last.
class walker {
public:
    std::vector<html_block> blocks;

    void element(GumboNode const* n, std::string const& place, GumboNode const* furn, bool link,
                 html_block& open, std::size_t depth = 0) {
        GumboTag const tag = n->v.element.tag;
        if (hidden(tag) || depth > deepest) return;
        if (!furn && furniture(n)) furn = n;
        link = link || tag == GUMBO_TAG_A;
        if (tag == GUMBO_TAG_BR) {
            open.text += '\n';
            return;
        }
        if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && !open.text.empty() && open.text.back() != '\n')
            open.text += '\t';  // a table's row is a line, its cells apart
        if (!block_level(tag)) {
            children(n, place, furn, link, open, depth);
            return;
        }
        flush(open);
        html_block b;
        b.place = place;
        b.heading = heading_level(tag);
        b.owner = n;
        b.furniture = furn;
        children(n, place, furn, link, b, depth);
        flush(b);
    }

private:
    // Unclosed <font> tags nest pages thousands deep: below this depth an element is not read, and below
    // `longest_path` it takes its ancestor's place (paths would grow with the square of the depth).
    static constexpr std::size_t deepest = 1000, longest_path = 48;

    void children(GumboNode const* n, std::string const& place, GumboNode const* furn, bool link,
                  html_block& open, std::size_t depth) {
        GumboVector const& kids = n->v.element.children;
        // element paths as XPath: /html/body/div[2]/p[7], the index only where a tag has siblings of its kind
        std::unordered_map<std::string, std::pair<int, int>> counts;  // tag → (seen, total)
        std::vector<std::string> names(kids.length);
        for (unsigned i = 0; i < kids.length; ++i) {
            auto const* k = static_cast<GumboNode const*>(kids.data[i]);
            if (k->type != GUMBO_NODE_ELEMENT) continue;
            names[i] = tag_name(k);
            ++counts[names[i]].second;
        }
        for (unsigned i = 0; i < kids.length; ++i) {
            auto const* k = static_cast<GumboNode const*>(kids.data[i]);
            if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE ||
                k->type == GUMBO_NODE_CDATA) {
                text(k->v.text.text, link, open);
            } else if (k->type == GUMBO_NODE_ELEMENT) {
                auto& c = counts[names[i]];
                ++c.first;
                std::string const p = depth >= longest_path ? place
                                      : c.second > 1 ? fmt::format("{}/{}[{}]", place, names[i], c.first)
                                                     : place + "/" + names[i];
                element(k, p, furn, link, open, depth + 1);
            }
        }
    }

    static void text(std::string_view s, bool link, html_block& open) {
        for (char c : s) open.text += c == '\n' || c == '\t' || c == '\r' || c == '\f' ? ' ' : c;
        if (!link) return;
        for (char c : s) open.link_chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != ' ';
    }

    void flush(html_block& b) {
        std::string const t = collapse(b.text);
        b.text.clear();
        std::size_t links = b.link_chars;
        b.link_chars = 0;
        if (trim(t).empty()) return;
        html_block out = b;
        out.text = t;
        for (char c : t) out.chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != ' ' && c != '\n';
        out.link_chars = std::min(links, out.chars);
        blocks.push_back(std::move(out));
    }
};

// What a block weighs when looking for the article: its text outside links, when it is mostly not links and
// holds a sentence (menus, link lists, bylines and footers rarely end one with 。).
std::size_t weight(html_block const& b) {
    if (b.chars < 8 || 2 * b.link_chars >= b.chars) return 0;
    bool const sentence = b.text.find("。") != std::string::npos || b.text.find("！") != std::string::npos ||
                          b.text.find("？") != std::string::npos || b.text.find("；") != std::string::npos;
    return sentence ? b.chars - b.link_chars : 0;
}

// Each element's weight: the weights of the blocks inside it.
std::unordered_map<GumboNode const*, std::size_t> weights(std::vector<html_block> const& blocks,
                                                          std::vector<bool> const* keep) {
    std::unordered_map<GumboNode const*, std::size_t> out;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (keep && !(*keep)[i]) continue;
        std::size_t const w = weight(blocks[i]);
        if (!w) continue;
        for (GumboNode const* n = blocks[i].owner; n; n = n->parent) out[n] += w;
    }
    return out;
}

bool inside(GumboNode const* n, GumboNode const* root) {
    for (; n; n = n->parent)
        if (n == root) return true;
    return false;
}

// The article: from <body> down, into the child that holds four fifths of the page's weight, while one does.
GumboNode const* article_root(GumboNode const* body,
                              std::unordered_map<GumboNode const*, std::size_t> const& w, std::size_t total) {
    GumboNode const* root = body;
    for (bool deeper = true; deeper;) {
        deeper = false;
        GumboVector const& kids = root->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) {
            auto const* k = static_cast<GumboNode const*>(kids.data[i]);
            auto const it = w.find(k);
            if (k->type == GUMBO_NODE_ELEMENT && it != w.end() && 5 * it->second >= 4 * total) {
                root = k;
                deeper = true;
                break;
            }
        }
    }
    return root;
}

GumboNode const* find_element(GumboNode const* n, GumboTag tag) {
    if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
    if (n->v.element.tag == tag) return n;
    GumboVector const& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
        if (auto const* f = find_element(static_cast<GumboNode const*>(kids.data[i]), tag)) return f;
    return nullptr;
}

std::string node_text(GumboNode const* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) return n->v.text.text;
    if (n->type != GUMBO_NODE_ELEMENT) return {};
    std::string out;
    GumboVector const& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) out += node_text(static_cast<GumboNode const*>(kids.data[i]));
    return out;
}

struct head_facts {
    std::string title, date;
};

// What <head> says: the article's title and date in the meta tags Chinese government sites use (ArticleTitle,
// PubDate) and the usual others, else the <title> up to the site's name.
head_facts read_head(GumboNode const* head) {
    head_facts out;
    std::string page_title;
    GumboVector const& kids = head->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        auto const* k = static_cast<GumboNode const*>(kids.data[i]);
        if (k->type != GUMBO_NODE_ELEMENT) continue;
        if (k->v.element.tag == GUMBO_TAG_TITLE) page_title = collapse(node_text(k));
        if (k->v.element.tag != GUMBO_TAG_META) continue;
        std::string const key =
            lower_ascii(!attribute(k, "name").empty() ? attribute(k, "name") : attribute(k, "property"));
        std::string_view const content = attribute(k, "content");
        if (out.title.empty() && (key == "articletitle" || key == "og:title"))
            out.title = trim(collapse(content));
        for (std::string_view d : {"pubdate", "publishdate", "firstpublishedtime", "article:published_time",
                                   "og:release_date", "dc.date", "dcterms.issued", "publish_time", "date"})
            if (out.date.empty() && key == d) out.date = date_in(content);
    }
    if (out.title.empty()) {
        std::string_view t = page_title;
        for (std::string_view sep : {"_", "|", " - ", "－"}) t = t.substr(0, t.find(sep));
        out.title = trim(t);
    }
    return out;
}

// A date the page states beside the article: 发布时间：2015-01-20, 发布日期：2015年1月20日.
std::string stated_date(std::vector<html_block> const& blocks) {
    for (auto const& b : blocks)
        for (std::string_view w : {"发布时间", "发布日期", "日期", "时间"}) {
            auto const at = b.text.find(w);
            if (at == std::string::npos) continue;
            std::string const d = date_in(std::string_view(b.text).substr(at + w.size(), 40));
            if (!d.empty()) return d;
        }
    return {};
}

// The blocks to keep: not furniture (unless "furniture" holds the bulk of the page: a class name is a guess),
// inside the article, mostly not links, not a share or print line.
std::vector<bool> kept_blocks(std::vector<html_block> const& blocks, GumboNode const* body,
                              GumboNode const*& root) {
    auto const all = weights(blocks, nullptr);
    std::size_t const page = all.count(body) ? all.at(body) : 0;
    std::vector<bool> keep(blocks.size(), true);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        auto const* f = blocks[i].furniture;
        if (f && 2 * (all.count(f) ? all.at(f) : 0) < page) keep[i] = false;
    }
    auto const w = weights(blocks, &keep);
    std::size_t const total = w.count(body) ? w.at(body) : 0;
    root = total ? article_root(body, w, total) : nullptr;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        auto const& b = blocks[i];
        keep[i] = keep[i] && root && inside(b.owner, root) && !furniture_line(b.text) &&
                  (b.heading || 2 * b.link_chars < b.chars);
    }
    return keep;
}

}  // namespace

std::variant<document, format_error> read_html(std::string const& bytes) {
    auto decoded = page_utf8(bytes);
    if (auto const* e = std::get_if<format_error>(&decoded)) return *e;
    auto const& page = std::get<page_text>(decoded);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
        gumbo_parse_with_options(&options, page.utf8.data(), page.utf8.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    GumboNode const* html = out->root;
    GumboNode const* body = find_element(html, GUMBO_TAG_BODY);
    GumboNode const* head = find_element(html, GUMBO_TAG_HEAD);
    if (!body) return format_error{"a web page with no <body>"};

    walker w;
    html_block open;
    open.owner = html;
    w.element(body, "/html/body", nullptr, false, open);
    GumboNode const* root = nullptr;
    auto const keep = kept_blocks(w.blocks, body, root);
    // no root, or an article whose every block is links or a share or print line (地区生产总值扫一扫520.3)
    if (!root || std::find(keep.begin(), keep.end(), true) == keep.end())
        return format_error{"a web page with no body text (only navigation, links, scripts or nothing)"};

    document d;
    d.format = format::html;
    d.encoding = page.encoding;
    d.converter = "gumbo " LUOSHI_GUMBO_VERSION;
    head_facts const facts = head ? read_head(head) : head_facts{};
    d.title = facts.title;
    d.date = !facts.date.empty() ? facts.date : stated_date(w.blocks);
    text_builder text;
    auto const first = std::find(keep.begin(), keep.end(), true);
    bool const titled =
        first != keep.end() &&
        trim(w.blocks[static_cast<std::size_t>(first - keep.begin())].text) == std::string_view(d.title);
    // the title above the article, as a report's text begins with it: the page's heading that says it, else
    // the <title>
    auto const heading = std::find_if(w.blocks.begin(), w.blocks.end(), [&](html_block const& b) {
        return b.heading && !b.furniture && trim(b.text) == std::string_view(d.title);
    });
    if (!d.title.empty() && !titled)
        text.paragraphs(d.title, heading != w.blocks.end() ? heading->place : "/html/head/title");
    for (std::size_t i = 0; i < w.blocks.size(); ++i)
        if (keep[i]) text.paragraphs(w.blocks[i].text, w.blocks[i].place);
    text.finish(d);
    return d;
}

}  // namespace luoshi::formats::detail
