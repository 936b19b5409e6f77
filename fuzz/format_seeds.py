#!/usr/bin/env python3
# Writes the seed corpus of luoshi_fuzz_formats (fuzz/corpus-formats/): a GBK web page with its furniture, a
# Word file with a heading, a table and a footnote referenced mid-sentence, and a PDF whose CJK text needs no
# embedded font (a ToUnicode map from CIDs that are code points). Each a few hundred bytes to a few KB.
#   fuzz/format_seeds.py fuzz/corpus-formats
import os
import sys
import zipfile

out = sys.argv[1] if len(sys.argv) > 1 else "fuzz/corpus-formats"
os.makedirs(out, exist_ok=True)


def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


page = """<!DOCTYPE html><html><head><meta charset="gbk"><title>2016年示例区政府工作报告</title>
<meta name="PubDate" content="2016-01-19"><script>var nav = "首页";</script></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>
<div id="zoom"><h1>2016年示例区政府工作报告</h1><p>发布时间：2016-01-19</p>
<p>　　今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，城镇登记失业率控制在4%以内。</p>
<p>2015年，全年实现地区生产总值520.3亿元，同比增长7.6%。<br>新增就业1.2万人。</p>
<table><tr><td>指标</td><td>2015年</td></tr><tr><td>地区生产总值</td><td>520.3</td></tr></table></div>
<div class="footer">版权所有 &copy; 示例区人民政府 <!-- 统计 --></div></body></html>
"""
write("page-gbk.html", page.encode("gbk"))
write("page-utf8.html", page.replace('charset="gbk"', 'charset="utf-8"').encode("utf-8"))

w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
main = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def r(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % text


document = (
    '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>' % w
    + '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % r("二、2016年工作安排")
    + "<w:p>" + r("地区生产总值增长7.5%")
    + '<w:r><w:footnoteReference w:id="1"/></w:r>' + r("左右，")
    + '<w:del w:id="9" w:author="x"><w:r><w:delText>删去</w:delText></w:r></w:del>'
    + r("城镇登记失业率控制在4%以内。")
    + '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>'
    + '<w:r><w:endnoteReference w:id="1"/></w:r></w:p>'
    + "<w:tbl><w:tr><w:tc><w:p>%s</w:p></w:tc><w:tc><w:p>%s</w:p></w:tc></w:tr></w:tbl>"
    % (r("地区生产总值"), r("520.3"))
    + "<w:sectPr/></w:body></w:document>"
)
footnotes = (
    '<?xml version="1.0" encoding="UTF-8"?><w:footnotes %s>' % w
    + '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    + '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>%s</w:p></w:footnote>' % r("按可比价格计算。")
    + '<w:footnote w:id="2"><w:p>%s</w:p></w:footnote></w:footnotes>' % r("调查失业率另计。")
)
endnotes = (
    '<?xml version="1.0" encoding="UTF-8"?><w:endnotes %s>' % w
    + '<w:endnote w:id="1"><w:p>%s</w:p></w:endnote></w:endnotes>' % r("数据来源：统计局。")
)
styles = (
    '<?xml version="1.0" encoding="UTF-8"?><w:styles %s><w:style w:type="paragraph" w:styleId="Heading1">'
    '<w:name w:val="heading 1"/></w:style></w:styles>' % w
)
parts = [
    ("[Content_Types].xml",
     '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
     'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
     'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
     '"/word/document.xml" ContentType="%sdocument.main+xml"/></Types>' % main),
    ("_rels/.rels",
     '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
     '2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
     "</Relationships>" % rel),
    ("word/document.xml", document),
    ("word/_rels/document.xml.rels",
     '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
     '2006/relationships"><Relationship Id="rId1" Type="%sstyles" Target="styles.xml"/><Relationship '
     'Id="rId2" Type="%sfootnotes" Target="footnotes.xml"/><Relationship Id="rId3" Type="%sendnotes" '
     'Target="endnotes.xml"/></Relationships>' % (rel, rel, rel)),
    ("word/styles.xml", styles),
    ("word/footnotes.xml", footnotes),
    ("word/endnotes.xml", endnotes),
]
for name, method in (("notes.docx", zipfile.ZIP_DEFLATED), ("notes-stored.docx", zipfile.ZIP_STORED)):
    path = os.path.join(out, name)
    with zipfile.ZipFile(path, "w", method) as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=(2016, 1, 18, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, text.encode("utf-8"))

lines = ["2016年主要预期目标", "地区生产总值增长7.5%左右，城镇登记失业率", "控制在4%以内。", "- 1 -"]
content = "BT /F1 12 Tf 14 TL 72 760 Td %s ET" % " ".join(
    "<%s> Tj T*" % "".join("%04X" % ord(c) for c in line) for line in lines)
to_unicode = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def /CMapType 2 def "
              "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> "
              "endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
objects = [
    "<< /Type /Catalog /Pages 2 0 R /Info << /Title (report) >> >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
    "/Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] "
    "/ToUnicode 7 0 R >>",
    "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
    "/Ordering (Identity) /Supplement 0 >> /DW 1000 /FontDescriptor 8 0 R >>",
    "<< /Length %d >>\nstream\n%s\nendstream" % (len(to_unicode), to_unicode),
    "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 "
    "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>",
]
pdf = b"%PDF-1.4\n"
offsets = []
for i, body in enumerate(objects):
    offsets.append(len(pdf))
    pdf += ("%d 0 obj\n%s\nendobj\n" % (i + 1, body)).encode()
xref = len(pdf)
pdf += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
pdf += b"".join(("%010d 00000 n \n" % o).encode() for o in offsets)
pdf += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)).encode()
write("report.pdf", pdf)

# a PDF as cairo writes it (compressed streams, an embedded font subset), when pango-view is there
if os.system("pango-view --font='DejaVu Sans 10' -q --output=%s --text 'GDP growth 7.5%%, 2016: 8%%' "
             "2>/dev/null" % os.path.join(out, "cairo.pdf")) != 0:
    print("pango-view not found: cairo.pdf not written", file=sys.stderr)
