#!/usr/bin/env python3
"""Writes the small inputs behind the document-reader tests and turns them into the texts people actually hand in.

Each document holds only tables and figures of the reference reports (shared/reference/figures/*.yaml), with captions
and one-line connecting sentences written here. For each document NAME this writes, into the output folder:
  NAME.docx         Word tables as Word makes them: w:vMerge / w:gridSpan, merged names centred vertically (or aligned
                    to the top), header rows repeated on every page (w:tblHeader), page numbers in a footer;
  NAME.layout.txt   pdftotext -layout of the PDF that soffice --headless --convert-to pdf makes of it (space-aligned
                    columns);
  NAME.plain.txt    pdftotext of the same PDF (cells one per line, or column by column);
  NAME.html         soffice --headless --convert-to html NAME.docx (LibreOffice's "save as HTML").
and hand-aligned.txt, a text aligned by hand (display width, wide characters as two columns) mixing a tab-separated
table. The PDFs are made in a temporary folder and not kept.

Usage: make-document-inputs.py FIGURES_DIR OUT_DIR   (needs soffice, pdftotext and PyYAML)
  e.g. python3 formats/src/test/scripts/make-document-inputs.py ../shared/reference/figures \
           formats/src/test/resources/org/jixiao/formats/document/inputs
Measured with LibreOffice 7.4 and poppler 22.12; other versions may place text differently.
"""
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from xml.sax.saxutils import escape

import yaml


def cell(text, rs=1, cs=1, bold=False):
    return {"text": text, "rs": rs, "cs": cs, "bold": bold}


def run_xml(text, bold, size):
    props = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>'
    if bold:
        props += "<w:b/>"
    props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph_xml(text, bold=False, size=24, center=False, heading=0):
    ppr = ""
    if heading:
        ppr += f'<w:outlineLvl w:val="{heading - 1}"/>'
    if center:
        ppr += '<w:jc w:val="center"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run_xml(text, bold, size)}</w:p>"


def table_xml(widths, rows, header_rows=1, height=0, valign="center", jc="center"):
    """rows: list of rows, each a list of cells placed left to right on the free grid positions (HTML-like)."""
    n = len(widths)
    grid = {}  # (r, c) -> ("anchor", cell) | ("cont", cell)
    for r, row in enumerate(rows):
        c = 0
        for item in row:
            while (r, c) in grid:
                c += 1
            for dr in range(item["rs"]):
                for dc in range(item["cs"]):
                    grid[(r + dr, c + dc)] = ("anchor" if dr == 0 and dc == 0 else "cont", item, dr)
            c += item["cs"]
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    out.append("</w:tblGrid>")
    for r in range(len(rows)):
        trpr = "<w:tblHeader/>" if r < header_rows else ""
        if height:
            trpr += f'<w:trHeight w:val="{height}"/>'
        out.append(f"<w:tr><w:trPr>{trpr}<w:cantSplit/></w:trPr>")
        c = 0
        while c < n:
            kind, item, dr = grid.get((r, c), ("anchor", cell(""), 0))
            span = item["cs"]
            tcpr = f'<w:tcW w:w="{sum(widths[c:c + span])}" w:type="dxa"/>'
            if span > 1:
                tcpr += f'<w:gridSpan w:val="{span}"/>'
            if item["rs"] > 1:
                tcpr += '<w:vMerge w:val="restart"/>' if dr == 0 else "<w:vMerge/>"
            tcpr += f'<w:vAlign w:val="{valign}"/>'
            text = item["text"] if dr == 0 else ""
            paras = "".join(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="{jc}"/></w:pPr>'
                            f'{run_xml(line, item["bold"], 21)}</w:p>' for line in (text.split("\n") if text else [""]))
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>")
            c += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write_docx(path, body, footer=False):
    """A minimal Word package; with footer=True every page carries its number as real reports do ("- 3 -")."""
    footer_ref = '<w:footerReference w:type="default" r:id="rId2"/>' if footer else ""
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
                + "".join(body) +
                f'<w:sectPr>{footer_ref}<w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/>'
                "</w:sectPr></w:body></w:document>")
    footer_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
                  '<w:r><w:t xml:space="preserve">- </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                  '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                  '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p></w:ftr>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        def z_write(name, text):
            # a fixed date: the same inputs make the same bytes
            package.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)

        z_write("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/word/styles.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                   '<Override PartName="/word/footer1.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                   "</Types>")
        z_write("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'officeDocument" Target="word/document.xml"/></Relationships>')
        z_write("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
                   'Target="footer1.xml"/>'
                   '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
                   'Target="styles.xml"/></Relationships>')
        z_write("word/styles.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体"/>'
                '<w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>'
                "</w:styles>")
        z_write("word/footer1.xml", footer_xml)
        z_write("word/document.xml", document)


def f2(value):
    return f"{value:.2f}"


def leaves(node, path):
    children = node.get("children") or []
    if not children:
        yield path + [node]
    for child in children:
        yield from leaves(child, path + [node])


def count_leaves(node):
    children = node.get("children") or []
    return 1 if not children else sum(count_leaves(c) for c in children)


def weighted(node):
    return node["table"].get("name") or f'{node["name"]} ({node["weight"]:g})'


def weihai_tree_table(tree):
    """The Weihai tree as one 一级/二级/三级/四级 score table, every merged name a vertically merged cell."""
    rows = [[cell(t, bold=True) for t in ("一级指标", "二级指标", "三级指标", "四级指标", "分值", "得分", "得分率")]]
    for root in tree:
        for path in leaves(root, []):
            row = []
            leaf = path[-1]
            for depth, node in enumerate(path[:-1]):
                last = getattr(weihai_tree_table, "last", [])
                if len(last) > depth and all(p is q for p, q in zip(path[:depth + 1], last[:depth + 1])):
                    continue
                label = node["name"] if depth == 0 else weighted(node)
                row.append(cell(label, rs=count_leaves(node)))
            weihai_tree_table.last = path
            if leaf["level"] == 3:  # a 三级 leaf: its 四级 cell is a dash
                row.append(cell(weighted(leaf)))
                row.append(cell(leaf.get("fourth_level_printed", "—")))
            else:
                row.append(cell(leaf["name"]))
            row += [cell(f2(leaf["weight"])), cell(f2(leaf["score"])), cell(f2(leaf["rate_pct"]) + "%")]
            rows.append(row)
    total_weight = sum(r["weight"] for r in tree)
    total_score = sum(r["score"] for r in tree)
    rows.append([cell("合计", cs=4, bold=True), cell(f2(total_weight)), cell(f2(total_score)),
                 cell(f2(total_score * 100 / total_weight) + "%")])
    return rows


def weihai(figures):
    data = yaml.safe_load(open(os.path.join(figures, "weihai-econ-bureau-2022-dept-evaluation.figures.yaml"), encoding="utf-8"))
    tree = data["indicator_tree"]
    body = [paragraph_xml("三、综合评价结论", bold=True, size=28, heading=1),
            paragraph_xml("综合评价得分86.78分，绩效级别为“良”。各一级指标得分情况见表6。"),
            paragraph_xml("表6：一级指标得分情况", center=True, bold=True)]
    summary = [[cell(t, bold=True) for t in ("评价内容", "分值", "评价得分", "得分率")]]
    for root in tree:
        summary.append([cell(root["name"]), cell(f2(root["weight"])), cell(f2(root["score"])), cell(f2(root["rate_pct"]) + "%")])
    summary.append([cell("综合得分"), cell("100.00"), cell("86.78"), cell("86.78%")])
    summary.append([cell("综合绩效级别"), cell("良", cs=3)])
    body.append(table_xml([2600, 1800, 1800, 1800], summary))
    body += [paragraph_xml("四、评价指标分析", bold=True, size=28, heading=1),
             paragraph_xml("（一）管理效率情况评价分析", bold=True),
             paragraph_xml("该指标分值32分，评价得分24.28分，得分率75.88%。"),
             paragraph_xml("附表：绩效评价指标评分表", center=True, bold=True)]
    # narrow name columns so that long names wrap onto two or three printed lines
    body.append(table_xml([1000, 1500, 1900, 1900, 800, 800, 1100], weihai_tree_table(tree)))
    body.append(paragraph_xml("注：四级指标为“—”的，按三级指标计分。"))
    return body


def weihai_top(figures):
    """The same tree, cells aligned to the top-left, rows at least 18 pt high, wider name columns."""
    data = yaml.safe_load(open(os.path.join(figures, "weihai-econ-bureau-2022-dept-evaluation.figures.yaml"), encoding="utf-8"))
    weihai_tree_table.last = []
    return [paragraph_xml("附表：绩效评价指标评分表", center=True, bold=True),
            table_xml([1100, 1700, 2100, 2300, 700, 700, 1000], weihai_tree_table(data["indicator_tree"]),
                      height=360, valign="top", jc="left"),
            paragraph_xml("注：四级指标为“—”的，按三级指标计分。")]


def weihai_budget(figures):
    """Tables 3 and 4 with tall rows (plain pdftotext prints them one cell per line), table 9 over three pages with its
    项目类别 merged and centred, the header repeated on every page, page numbers in the footer."""
    data = yaml.safe_load(open(os.path.join(figures, "weihai-econ-bureau-2022-dept-evaluation.figures.yaml"), encoding="utf-8"))
    t3, t4, t9 = data["table3_income"], data["table4_expenditure"], data["table9_project_execution"]
    body = [paragraph_xml("（四）部门预算和执行情况", bold=True),
            paragraph_xml("表3：2020-2022 年度部门收入决算变动情况表", center=True, bold=True),
            paragraph_xml("单位：万元")]
    rows = [[cell(t, bold=True) for t in ("年 度", "一般公共预算财政拨款收入", "政府性基金收入", "年初结转结余", "合 计", "环比增长率")]]
    for r in t3["rows"]:
        rows.append([cell(str(r["year"])), cell(r["general"]), cell(r["fund"]), cell(r["carryover"]), cell(r["total"]), cell(r["growth"])])
    body.append(table_xml([1100, 2000, 1600, 1500, 1400, 1400], rows, height=560))
    body += [paragraph_xml("表4：2020-2022 年度部门支出决算变动情况表", center=True, bold=True),
             paragraph_xml("单位：万元")]
    rows = [[cell(t, bold=True) for t in ("年 度", "基本支出", "项目支出", "合 计", "环比增长率")]]
    for r in t4["rows"]:
        rows.append([cell(str(r["year"])), cell(r["basic"]), cell(r["project"]), cell(r["total"]), cell(r["growth"])])
    body.append(table_xml([1400, 1800, 1800, 1800, 1800], rows, height=560))
    body += [paragraph_xml("表9：项目支出预决算差异及原因分析", center=True, bold=True),
             paragraph_xml("单位：万元")]
    rows = [[cell(t, bold=True) for t in ("项目类别", "序号", "项目名称", "年初批复数", "年中调整数", "预算执行数", "预算执行率", "差异原因")]]
    groups = []
    for r in t9["rows"]:
        if not groups or groups[-1][0] != r["group"]:
            groups.append([r["group"], 0])
        groups[-1][1] += 1
    first_of_group = set()
    at = 0
    for name, count in groups:
        first_of_group.add(at)
        at += count
    group_at = 0
    for i, r in enumerate(t9["rows"]):
        row = []
        if i in first_of_group:
            row.append(cell(groups[group_at][0], rs=groups[group_at][1]))
            group_at += 1
        row += [cell(str(r["seq"])), cell(r["name"]), cell(r["initial"]), cell(r["adjusted"]), cell(r["executed"]),
                cell(r["rate"]), cell(r["reason"])]
        rows.append(row)
    total = t9["total_printed"]
    rows.append([cell("合计", cs=3, bold=True), cell(total["initial"]), cell(total["adjusted"]), cell(total["executed"]),
                 cell(total["rate"]), cell("")])
    body.append(table_xml([1000, 500, 2600, 1000, 1000, 1000, 1000, 926], rows))
    return body


def weihai_tables(figures):
    """A cover's label and value lines aligned with spaces; table 11 with a header of two rows (years over columns) in
    columns so narrow its numbers break over two lines; table 8 over two pages without its header repeated; table 10
    over two pages with its header repeated and month names that break before 月."""
    data = yaml.safe_load(open(os.path.join(figures, "weihai-econ-bureau-2022-dept-evaluation.figures.yaml"), encoding="utf-8"))
    body = [paragraph_xml("被评价部门：        威海临港经济技术开发区经济发展局"),
            paragraph_xml("评价机构：          北京三维众智管理咨询有限责任公司"),
            paragraph_xml("表11：2020-2022 年预算调整情况", center=True, bold=True), paragraph_xml("单位：万元")]
    t11 = data["table11_budget_adjustment"]
    rows = [[cell("项目", rs=2, bold=True)] + [cell(y + "年", cs=3, bold=True) for y in ("2020", "2021", "2022")],
            [cell(t, bold=True) for _ in range(3) for t in ("年初预算数", "调整预算数", "预算调整率")]]
    for r in t11["rows"]:
        row = [cell(r["item"])]
        for y in ("2020", "2021", "2022"):
            row += [cell(r[y]["initial"]), cell(r[y]["adjusted"]), cell(r[y]["rate"])]
        rows.append(row)
    body.append(table_xml([1000] + [900] * 9, rows, header_rows=2))
    t8 = data["table8_projects"]
    rows = [[cell(t, bold=True) for t in ("序 号", "项目名称", "项目预算金额", "重点/非重点项目")]]
    for r in t8["rows"]:
        rows.append([cell(str(r["seq"])), cell(r["name"]), cell(r["amount"]), cell("重点项目" if r["key"] else "非重点项目")])
    rows.append([cell("合 计", cs=2, bold=True), cell(t8["total_printed"]["amount"]), cell("")])
    body += [paragraph_xml("表 8：2022 年预算项目明细表", center=True, bold=True), paragraph_xml("单位：万元"),
             table_xml([900, 4500, 1800, 1800], rows, header_rows=0, height=420)]
    t10 = data["table10_monthly_progress"]
    rows = [[cell(t, bold=True) for t in ("月 份", "一般公共预算月度累计执行数①", "全年决算数②", "预算执行进度 ③=①/②*100%",
                                          "序时进度 ④=月份/12*100%")]]
    for r in t10["rows"]:
        rows.append([cell(f"{r['month']}月"), cell(r["cumulative"]), cell(t10["annual_final"]), cell(r["progress"]), cell(r["schedule"])])
    body += [paragraph_xml("表10：一般公共预算执行进度与序时进度对比表", center=True, bold=True), paragraph_xml("单位：元"),
             table_xml([900, 2300, 2000, 1900, 1900], rows)]
    return body


def zibo(figures):
    data = yaml.safe_load(open(os.path.join(figures, "zibo-industry-bureau-2024-final-accounts.figures.yaml"), encoding="utf-8"))
    return [paragraph_xml("2024年预算项目支出绩效自评表", bold=True, size=28, center=True)] + zibo_table(data)


def zibo_table(data):
    """The first Zibo self-evaluation table (安全生产综合管理经费, total 97.41), laid out as printed (line 405-426)."""
    h = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [
        [cell("项目名称", cs=2), cell("安全生产综合管理经费", cs=6)],
        [cell("主管部门", cs=2), cell("淄博高新技术产业开发区工业和信息化商务局", cs=3), cell("实施单位"),
         cell("淄博高新技术产业开发区工业和信息化商务局", cs=2)],
        [cell("项目预算执行情况", rs=5), cell(""), cell("年初预算数"), cell("全年预算数(A)"), cell("全年执行数(B)"), cell("分值"),
         cell("执行率(B/A)"), cell("得分")],
        [cell("年度资金总额"), cell("410.71"), cell("410.71"), cell("304.49"), cell("10"), cell("74.14%"), cell("7.41")],
        [cell("其中：当年财政拨款"), cell("410.71"), cell("410.71"), cell("304.49"), cell("—", cs=3)],
        [cell("上年结转资金"), cell("0"), cell("0"), cell("0"), cell("—", cs=3)],
        [cell("其他资金"), cell("0"), cell("0"), cell("0"), cell("—", cs=3)],
        [cell(t, bold=True) for t in h],
        [cell("产出指标", rs=4), cell("数量指标"), cell("安全检查企业家数"), cell("≥230家"), cell("259家"), cell("15"), cell("15"), cell("")],
        [cell("质量指标"), cell("企业安全指导覆盖率"), cell("=100%"), cell("100%"), cell("10"), cell("10"), cell("")],
        [cell("成本指标", rs=2), cell("安全技术服务金额"), cell("≤220万元"), cell("220万元"), cell("10"), cell("10"), cell("")],
        [cell("安全诊断金额"), cell("≤25万元"), cell("0万元"), cell("5"), cell("5"), cell("")],
        [cell("效益指标", rs=4), cell("时效指标"), cell("安全隐患及时整改"), cell("及时"), cell("完成"), cell("10"), cell("10"), cell("")],
        [cell("经济效益指标"), cell("促进经济稳定增长"), cell("促进"), cell("完成"), cell("10"), cell("10"), cell("")],
        [cell("社会效益指标"), cell("提高安全生产管理水平"), cell("提高"), cell("完成"), cell("15"), cell("15"), cell("")],
        [cell("可持续发展影响指标"), cell("持续指导保障企业的安全、平稳发展"), cell("有效"), cell("完成"), cell("5"), cell("5"), cell("")],
        [cell("满意度指标"), cell("服务对象满意度指标"), cell("企业满意度"), cell("≥95%"), cell("100%"), cell("10"), cell("10"), cell("")],
        [cell("总分", cs=5, bold=True), cell("100"), cell("97.41"), cell("")],
    ]
    return [table_xml([1100, 1200, 1500, 1000, 1100, 600, 700, 1300], rows, header_rows=0)]


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def aligned(rows, right=()):
    """Rows aligned by hand in an editor with a CJK monospace font: wide characters take two columns."""
    widths = [max(display_width(row[c]) for row in rows) for c in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for c, text in enumerate(row):
            pad = " " * (widths[c] - display_width(text))
            cells.append(pad + text if c in right else text + pad)
        lines.append("  ".join(cells).rstrip())
    return lines


def hand_aligned(figures):
    """A text file as someone writes it by hand: a table aligned with spaces by display width, a tab-separated
    table pasted from Word, sentences between them."""
    data = yaml.safe_load(open(os.path.join(figures, "weihai-econ-bureau-2022-dept-evaluation.figures.yaml"), encoding="utf-8"))
    lines = ["三、综合评价结论", "", "综合评价得分86.78分，绩效级别为“良”。", "", "表6：一级指标得分情况", ""]
    rows = [["评价内容", "分值", "评价得分", "得分率"]]
    for root in data["indicator_tree"]:
        rows.append([root["name"], f2(root["weight"]), f2(root["score"]), f2(root["rate_pct"]) + "%"])
    rows.append(["综合得分", "100.00", "86.78", "86.78%"])
    lines += aligned(rows, right=(1, 2, 3))
    lines += ["", "表4：2020-2022 年度部门支出决算变动情况表", "单位：万元", ""]
    lines.append("\t".join(("年 度", "基本支出", "项目支出", "合 计", "环比增长率")))
    for r in data["table4_expenditure"]["rows"]:
        lines.append("\t".join((str(r["year"]), r["basic"], r["project"], r["total"], r["growth"])))
    lines += ["", "表10：一般公共预算执行进度与序时进度对比表", "单位：元", ""]
    t10 = data["table10_monthly_progress"]
    rows = [["月 份", "一般公共预算月度累计执行数①", "全年决算数②", "预算执行进度③", "序时进度④"]]
    for r in t10["rows"]:
        rows.append([f"{r['month']}月", r["cumulative"], t10["annual_final"], r["progress"], r["schedule"]])
    lines += aligned(rows, right=(1, 2, 3, 4))
    lines += ["", "注：③=①÷②，④=月份÷12。"]
    return "\n".join(lines) + "\n"


def convert(out, name):
    docx = os.path.join(out, name + ".docx")
    with tempfile.TemporaryDirectory() as work:
        profile = "-env:UserInstallation=file://" + os.path.join(work, "profile")
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", work, docx], check=True, capture_output=True)
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "html", "--outdir", out, docx], check=True, capture_output=True)
        pdf = os.path.join(work, name + ".pdf")
        subprocess.run(["pdftotext", "-layout", pdf, os.path.join(out, name + ".layout.txt")], check=True)
        subprocess.run(["pdftotext", pdf, os.path.join(out, name + ".plain.txt")], check=True)


def main():
    figures, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name, build in (("weihai-scores", weihai), ("weihai-top", weihai_top), ("weihai-budget", weihai_budget),
                        ("weihai-tables", weihai_tables), ("zibo-selfeval", zibo)):
        weihai_tree_table.last = []
        write_docx(os.path.join(out, name + ".docx"), build(figures), footer=name in ("weihai-budget", "weihai-tables"))
        convert(out, name)
    with open(os.path.join(out, "hand-aligned.txt"), "w", encoding="utf-8") as f:
        f.write(hand_aligned(figures))


if __name__ == "__main__":
    main()
