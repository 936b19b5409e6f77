#include "formats/fixtures.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <iconv.h>
#include <pango/pangocairo.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>

namespace luoshi::test {

namespace {

std::string escape(std::string const& s) {
    std::string out;
    for (char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    }
    return out;
}

std::filesystem::path scratch(std::string const& name) {
    return std::filesystem::temp_directory_path() /
           ("luoshi-fixture-" + std::to_string(getpid()) + "-" + name);
}

std::string slurp(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A body paragraph as a page's source has it: a line break after its first comma (HTML shows none between
// Chinese characters), and an inline element in the middle of a word.
std::string page_paragraph(std::string const& text) {
    std::string s = escape(text);
    if (auto const comma = s.find("，"); comma != std::string::npos) s.insert(comma + 3, "\n    ");
    if (auto const gdp = s.find("生产总值"); gdp != std::string::npos)
        s = s.substr(0, gdp) + "<span>生产</span>" + s.substr(gdp + 6);
    return s;
}

constexpr char const* page_furniture_top =
    R"html(<script type="text/javascript">var target = "地区生产总值增长99%以上";
document.write("<p>城镇调查失业率控制在9%以内</p>");</script>
<style>.nav { color: red } /* 新增城镇就业9万人 */</style>
<!-- 统计代码：力争完成投资999亿元 -->
<div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
)html";

constexpr char const* page_furniture_bottom =
    R"html(<div class="bdsharebuttonbox">分享到：<a href="#">微信</a>
<a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related"><h4>相关阅读</h4><ul><li><a href="/a.html">2015年示例区政府工作报告</a></li>
<li><a href="/b.html">示例区召开全区经济工作会议，确保地区生产总值增长10%以上</a></li></ul></div>
<div id="footer"><p>主办：示例区人民政府办公室　版权所有　地址：示例区人民路1号　邮编：100000</p>
<p>网站标识码1100000001　备案号：京ICP备00000000号</p></div>
)html";

}  // namespace

std::vector<paragraph> sample_report() {
    return {
        {"2016年示例区政府工作报告", true},
        {"——2016年1月18日在示例区第十六届人民代表大会第五次会议上", true},
        {"区长　王明", true},
        {"各位代表：现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。"},
        {"一、2015年工作回顾", true},
        {"过去一年，面对经济下行压力持续加大的复杂形势，全区上下紧紧围绕年初确定的目标任务，攻坚克难，"
         "经济社会保持平稳健康发展。全年实现地区生产总值512.6亿元，同比增长7.8%；一般公共预算收入38.2亿元，"
         "增长9.1%；城镇居民人均可支配收入3.15万元，增长8.6%；农村居民人均可支配收入1.52万元，增长9.3%。"},
        {"（一）项目建设持续加力", true},
        {"全年实施重点项目126个，完成投资236.5亿元，新开工项目48个，建成投产项目31个。城北物流园一期建成"
         "投用，南湖片区棚户区改造完成征收1860户。"},
        {"（二）民生保障不断改善", true},
        {"新增城镇就业2.4万人，城镇登记失业率控制在3.6%以内。新建改建中小学校12所，新增养老床位1200张，"
         "完成职业技能培训9600人次。"},
        {"二、2016年工作安排", true},
        {"2016年是“十三五”开局之年。今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，一般公共预算"
         "收入增长8%以上，城镇固定资产投资增长12%，社会消费品零售总额增长10%左右，城镇居民人均可支配收入增长"
         "8%，农村居民人均可支配收入增长9%，城镇调查失业率控制在4.5%以内，单位地区生产总值能耗下降3%以上。"},
        {"（一）扩大有效投资", true},
        {"全年安排区级重点项目130个，力争完成投资260亿元以上。确保南湖大桥年底建成通车，力争城北物流园二期"
         "6月份开工建设。"},
        {"（二）保障和改善民生", true},
        {"新增城镇就业2.5万人以上，完成棚户区改造3000套，新增养老床位1500张，确保南湖片区居民年底前全部回迁。"
         "严控一般性支出，“三公”经费只减不增。"},
        {"各位代表，新的一年，我们将在区委的坚强领导下，凝心聚力，真抓实干，为完成全年目标任务而努力奋斗！"},
    };
}

std::string expected_text(std::vector<paragraph> const& report, bool layout_spaces_dropped) {
    std::string out;
    for (auto const& p : report) {
        std::string t = p.text;
        for (std::size_t at; layout_spaces_dropped && (at = t.find("　")) != std::string::npos;)
            t.erase(at, 3);
        out += (out.empty() ? "" : "\n") + t + "\n";
    }
    return out;
}

std::string as_text(std::vector<paragraph> const& report) {
    std::string out;
    for (auto const& p : report) out += (p.heading ? "" : "　　") + p.text + "\n";
    return out;
}

std::string as_html(std::vector<paragraph> const& report, page_options const& o) {
    std::string const title = report.empty() ? std::string() : report.front().text;
    std::string h = "<!DOCTYPE html>\n<html>\n<head>\n";
    h += o.gbk ? "<meta charset=\"gbk\">\n"
               : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n";
    h += "<title>" + escape(title) + "_示例区人民政府</title>\n</head>\n<body>\n";
    if (o.furniture) h += page_furniture_top;
    h += "<div class=\"article\">\n<h1>" + escape(title) + "</h1>\n";
    h += "<div class=\"info\">发布时间：" + o.date + " 09:30　来源：区政府办公室　字号：[大 中 小]</div>\n";
    h += "<div id=\"zoom\">\n";
    bool alternate = false;
    for (std::size_t i = 1; o.body && i < report.size(); ++i) {
        auto const& p = report[i];
        if (p.heading) {
            h += (alternate = !alternate) ? "<p><strong>" + escape(p.text) + "</strong></p>\n"
                                          : "<h3>" + escape(p.text) + "</h3>\n";
        } else {
            h += "<p style=\"text-indent: 2em\">&nbsp;&nbsp;" + page_paragraph(p.text) + "</p>\n";
        }
    }
    h += "</div>\n</div>\n";
    if (o.furniture) h += page_furniture_bottom;
    h += "</body>\n</html>\n";
    return o.gbk ? gbk(h) : h;
}

std::string gbk(std::string const& utf8) { return encode(utf8, "GBK"); }

std::string encode(std::string const& utf8, char const* charset) {
    iconv_t cd = iconv_open(charset, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error(std::string("iconv has no ") + charset);
    std::string out(utf8.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size(), out_left = out.size();
    char* o = out.data();
    std::size_t const r = iconv(cd, &in, &in_left, &o, &out_left);
    iconv_close(cd);
    if (r == static_cast<std::size_t>(-1))
        throw std::runtime_error(std::string("text that cannot be ") + charset);
    out.resize(out.size() - out_left);
    return out;
}

std::string zip_of(std::vector<std::pair<std::string, std::string>> const& parts) {
    auto const path = scratch("part.zip");
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) throw std::runtime_error("libzip cannot create " + path.string());
    for (auto const& [name, content] : parts) {
        zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
        if (!s || zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(s);
            zip_discard(z);
            throw std::runtime_error("libzip cannot add " + name);
        }
    }
    if (zip_close(z) != 0) throw std::runtime_error("libzip cannot write " + path.string());
    std::string out = slurp(path);
    std::filesystem::remove(path);
    return out;
}

namespace {

constexpr char const* w_ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string run(std::string const& text) {
    return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
}

// The runs of a paragraph's text with its note references as Word writes them: ^ refers to the next
// footnote, ~ to the next endnote, † to the next footnote with † as the mark the author typed.
std::string runs_with_marks(std::string const& t, int& footnote, int& endnote) {
    std::string out, text;
    for (std::size_t i = 0; i < t.size(); ++i) {
        bool const dagger = t.compare(i, 3, "†") == 0;
        if (t[i] != '^' && t[i] != '~' && !dagger) {
            text += t[i];
            continue;
        }
        if (!text.empty()) out += run(text);
        text.clear();
        if (t[i] == '~')
            out += "<w:r><w:endnoteReference w:id=\"" + std::to_string(endnote++) + "\"/></w:r>";
        else
            out += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference " +
                   std::string(dagger ? "w:customMarkFollows=\"1\" " : "") + "w:id=\"" +
                   std::to_string(footnote++) + "\"/>" + (dagger ? "<w:t>†</w:t>" : "") + "</w:r>";
        if (dagger) i += 2;
    }
    if (!text.empty()) out += run(text);
    return out;
}

// word/footnotes.xml or word/endnotes.xml (item: footnote, endnote): the separator Word puts first, then the
// notes with ids from 1.
std::string notes_part(std::string const& item, std::string const& separator,
                       std::vector<std::string> const& texts) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:" + item + "s " + w_ns + "><w:" + item +
                      " w:type=\"" + separator + "\" w:id=\"-1\"><w:p><w:r><w:" + separator +
                      "/></w:r></w:p></w:" + item + ">";
    for (std::size_t i = 0; i < texts.size(); ++i)
        out += "<w:" + item + " w:id=\"" + std::to_string(i + 1) + "\"><w:p>" + run(texts[i]) +
               "</w:p></w:" + item + ">";
    return out + "</w:" + item + "s>";
}

std::string word_paragraph(paragraph const& p, bool first_heading, bool note, int& footnote, int& endnote) {
    if (p.heading)
        return std::string("<w:p><w:pPr><w:pStyle w:val=\"") + (first_heading ? "Title" : "Heading1") +
               "\"/></w:pPr>" + run(p.text) + "</w:p>";
    // a paragraph as Word keeps it: the indent in the paragraph's properties, runs cut where the formatting
    // changed, a deleted word left in the tracked changes
    std::string const& t = p.text;
    std::size_t const cut = t.size() > 12 ? t.rfind("，", t.size() / 2) : std::string::npos;
    std::string body = cut == std::string::npos ? runs_with_marks(t, footnote, endnote)
                                                : runs_with_marks(t.substr(0, cut), footnote, endnote) +
                                                      runs_with_marks(t.substr(cut), footnote, endnote);
    return "<w:p><w:pPr><w:ind w:firstLineChars=\"200\"/></w:pPr>" + body +
           "<w:del w:id=\"90\" w:author=\"x\"><w:r><w:delText>删去的字</w:delText></w:r></w:del>" +
           (note ? "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" : "") + "</w:p>";
}

}  // namespace

std::string as_docx(std::vector<paragraph> const& report, word_options const& o) {
    std::string doc =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") + w_ns +
        "><w:body>";
    // without marks of its own, the first footnote is referred to at the end of the first body paragraph
    bool noted = std::any_of(report.begin(), report.end(), [](paragraph const& p) {
        return p.text.find_first_of("^~") != std::string::npos || p.text.find("†") != std::string::npos;
    });
    int footnote = 1, endnote = 1;
    for (std::size_t i = 0; i < report.size(); ++i) {
        bool const note = !o.footnotes.empty() && !noted && !report[i].heading;
        noted = noted || note;
        doc += word_paragraph(report[i], i == 0, note, footnote, endnote);
    }
    if (!o.table.empty()) {
        doc += "<w:tbl>";
        for (auto const& row : o.table) {
            doc += "<w:tr>";
            for (auto const& cell : row) doc += "<w:tc><w:p>" + run(cell) + "</w:p></w:tc>";
            doc += "</w:tr>";
        }
        doc += "</w:tbl>";
    }
    doc += "<w:sectPr/></w:body></w:document>";
    std::string const notes = notes_part("footnote", "separator", o.footnotes);
    std::string const endnotes = notes_part("endnote", "continuationSeparator", o.endnotes);
    std::string const styles =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:styles ") + w_ns +
        "><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading "
        "1\"/></w:style></w:styles>";
    std::string const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::string const main = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    return zip_of({
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/word/document.xml\" ContentType=\"" +
             main +
             "document.main+xml\"/>"
             "<Override PartName=\"/word/styles.xml\" ContentType=\"" +
             main +
             "styles+xml\"/>"
             "<Override PartName=\"/word/footnotes.xml\" ContentType=\"" +
             main + "footnotes+xml\"/></Types>"},
        {"_rels/.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
         "Type=\"" +
             rel +
             "officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" "
             "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
             "Target=\"docProps/core.xml\"/></Relationships>"},
        {"docProps/core.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" +
             escape(report.empty() ? std::string() : report.front().text) +
             "</dc:title></cp:coreProperties>"},
        {"word/document.xml", doc},
        {"word/_rels/document.xml.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rel +
             "styles\" Target=\"styles.xml\"/>"
             "<Relationship Id=\"rId2\" Type=\"" +
             rel +
             "footnotes\" Target=\"footnotes.xml\"/>"
             "<Relationship Id=\"rId3\" Type=\"" +
             rel + "endnotes\" Target=\"endnotes.xml\"/></Relationships>"},
        {"word/styles.xml", styles},
        {"word/footnotes.xml", notes},
        {"word/endnotes.xml", endnotes},
    });
}

namespace {

cairo_status_t append_bytes(void* closure, unsigned char const* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<char const*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

constexpr double page_width = 595, margin = 72, font_size = 10.5, gutter = 24;

// Lays a report out on pages as a congress bulletin does: justified paragraphs with a first-line indent of
// two characters, a larger centred title, headings in bold, one or two columns, a running header and footer.
class pdf_writer {
public:
    pdf_writer(pdf_options const& o, std::string& out) : o_(o) {
        surface_ = cairo_pdf_surface_create_for_stream(append_bytes, &out, page_width, o.page_height);
        cr_ = cairo_create(surface_);
        context_ = pango_cairo_create_context(cr_);
        pango_cairo_context_set_resolution(context_, 72);
        column_width_ = o.columns == 2 ? (page_width - 2 * margin - gutter) / 2 : page_width - 2 * margin;
        start_page();
    }
    ~pdf_writer() {
        g_object_unref(context_);
        cairo_destroy(cr_);
        cairo_surface_destroy(surface_);
    }
    pdf_writer(pdf_writer const&) = delete;
    pdf_writer& operator=(pdf_writer const&) = delete;

    void write(paragraph const& p, bool title) {
        PangoLayout* layout = pango_layout_new(context_);
        PangoFontDescription* font = pango_font_description_from_string("Noto Sans CJK SC");
        pango_font_description_set_size(font, static_cast<int>((title ? 16 : font_size) * PANGO_SCALE));
        if (p.heading) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
        pango_layout_set_font_description(layout, font);
        pango_layout_set_width(
            layout, static_cast<int>((title ? page_width - 2 * margin : column_width_) * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        if (title) pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
        if (!p.heading) {
            pango_layout_set_justify(layout, TRUE);
            pango_layout_set_indent(layout, static_cast<int>(2 * font_size * PANGO_SCALE));
        }
        pango_layout_set_text(layout, p.text.c_str(), -1);
        if (p.heading && y_ > top()) y_ += font_size / 2;
        PangoLayoutIter* it = pango_layout_get_iter(layout);
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(it, nullptr, &logical);
            double const h = logical.height / double(PANGO_SCALE), x = logical.x / double(PANGO_SCALE);
            double const baseline = (pango_layout_iter_get_baseline(it) - logical.y) / double(PANGO_SCALE);
            if (y_ + h > o_.page_height - margin) next_column();
            cairo_move_to(cr_, (title ? margin : column_x()) + x, y_ + baseline);
            pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
            y_ += h;
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
        pango_font_description_free(font);
        g_object_unref(layout);
        if (title) column_top_ = y_ += font_size;
    }

    void finish() {
        cairo_show_page(cr_);
        cairo_surface_finish(surface_);
    }

private:
    double top() const { return margin; }
    double column_x() const { return margin + column_ * (column_width_ + gutter); }

    void next_column() {
        if (++column_ < o_.columns) {
            y_ = column_top_;
            return;
        }
        cairo_show_page(cr_);
        start_page();
    }

    void start_page() {
        ++page_;
        column_ = 0;
        y_ = column_top_ = top();
        if (!o_.running) return;
        small_centred("示例区第十六届人民代表大会第五次会议文件", 36);
        small_centred("— " + std::to_string(page_) + " —", o_.page_height - 44);
    }

    void small_centred(std::string const& text, double y) {
        PangoLayout* layout = pango_layout_new(context_);
        PangoFontDescription* font = pango_font_description_from_string("Noto Sans CJK SC 9");
        pango_layout_set_font_description(layout, font);
        pango_layout_set_width(layout, static_cast<int>((page_width - 2 * margin) * PANGO_SCALE));
        pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
        pango_layout_set_text(layout, text.c_str(), -1);
        cairo_move_to(cr_, margin, y);
        pango_cairo_show_layout(cr_, layout);
        pango_font_description_free(font);
        g_object_unref(layout);
    }

    pdf_options o_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    PangoContext* context_ = nullptr;
    double column_width_ = 0, y_ = 0, column_top_ = 0;
    int column_ = 0, page_ = 0;
};

}  // namespace

std::string as_pdf(std::vector<paragraph> const& report, pdf_options const& o) {
    std::string out;
    {
        pdf_writer w(o, out);
        for (std::size_t i = 0; i < report.size(); ++i) w.write(report[i], i == 0);
        w.finish();
    }
    return out;
}

std::string scanned_pdf(std::vector<paragraph> const& report) {
    // the page as a scanner gives it: pixels, the text drawn into them
    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 595, 842);
    cairo_t* ic = cairo_create(image);
    cairo_set_source_rgb(ic, 1, 1, 1);
    cairo_paint(ic);
    cairo_set_source_rgb(ic, 0, 0, 0);
    PangoLayout* layout = pango_cairo_create_layout(ic);
    PangoFontDescription* font = pango_font_description_from_string("Noto Sans CJK SC 10");
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, 450 * PANGO_SCALE);
    std::string text;
    for (std::size_t i = 0; i < report.size() && i < 6; ++i) text += report[i].text + "\n";
    pango_layout_set_text(layout, text.c_str(), -1);
    cairo_move_to(ic, 72, 72);
    pango_cairo_show_layout(ic, layout);
    pango_font_description_free(font);
    g_object_unref(layout);
    cairo_destroy(ic);

    std::string out;
    cairo_surface_t* pdf = cairo_pdf_surface_create_for_stream(append_bytes, &out, 595, 842);
    cairo_t* cr = cairo_create(pdf);
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_paint(cr);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(pdf);
    cairo_surface_destroy(pdf);
    cairo_surface_destroy(image);
    return out;
}

std::string encrypted_pdf(std::string const& pdf) {
    auto const in = scratch("plain.pdf"), out = scratch("encrypted.pdf");
    std::ofstream(in, std::ios::binary) << pdf;
    std::string const command =
        "qpdf --encrypt user-password owner-password 256 -- '" + in.string() + "' '" + out.string() + "'";
    std::string result = std::system(command.c_str()) == 0 ? slurp(out) : std::string();
    std::filesystem::remove(in);
    std::filesystem::remove(out);
    return result;
}

}  // namespace luoshi::test
