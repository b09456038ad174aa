"""Flowable-document helpers shared by the cohort and comparison reports: styles, the page
template with footer and metadata, tables with a header row, and vector bar charts."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.common import FONT, FONT_BOLD, draw_footer, generated_at, register_fonts, wrap

MARGIN = 1.8 * cm
PAGE_W, PAGE_H = A4
TEXT_W = PAGE_W - 2 * MARGIN
SERIES = [colors.HexColor("#9ca3af"), colors.HexColor("#1d4ed8"), colors.HexColor("#0f766e"),
          colors.HexColor("#b45309"), colors.HexColor("#7c3aed"), colors.HexColor("#be123c")]


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=6),
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=13, leading=16, spaceBefore=10, spaceAfter=5,
                             keepWithNext=1),  # a heading never ends a page
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3,
                             keepWithNext=1),
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=colors.HexColor("#374151")),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=9.8, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", base, fontName=FONT_BOLD, fontSize=8, leading=9.8, spaceAfter=0),
    }


def para(text: str, style) -> Paragraph:
    """A paragraph of plain text (escaped; never interpreted as markup)."""
    return Paragraph(escape(str(text)), style)


def build(path, story: list, title: str, author: str, subject: str, lang: str = "en", banner: str = "") -> None:
    """Write ``story`` to ``path`` with page numbers, generated-at time, version and metadata.

    A ``banner`` (such as the demo-data warning) is printed at the head of every page. Headings
    keep with what follows them, so none is stranded at the foot of a page.
    """
    stamp = generated_at()

    def on_page(canvas, doc):
        draw_footer(canvas, PAGE_W, MARGIN, lang, stamp, doc.page)
        if banner:
            canvas.saveState()
            size = 8.5  # one line within the margins: smaller for a long list of names, then cut
            while size > 6 and stringWidth(banner, FONT_BOLD, size) > TEXT_W:
                size -= 0.25
            canvas.setFont(FONT_BOLD, size)
            canvas.setFillColor(colors.HexColor("#b91c1c"))
            canvas.drawString(MARGIN, PAGE_H - 0.5 * MARGIN, wrap(banner, FONT_BOLD, size, TEXT_W, max_lines=1)[0])
            canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 0.3 * cm, title=title, author=author or "Assessor",
                            subject=subject, creator="Assessor")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def table(rows: list[list], widths: list[float], st: dict, header_rows: int = 1,
          zebra: bool = True) -> Table:
    """A table whose cells are wrapped paragraphs (long labels never overflow their column)."""
    body = []
    for r, row in enumerate(rows):
        style = st["cellb"] if r < header_rows else st["cell"]
        body.append([c if not isinstance(c, (str, int, float)) else para(c, style) for c in row])
    t = Table(body, colWidths=widths, repeatRows=header_rows)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.HexColor("#374151")),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#9ca3af")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for r in range(header_rows, len(rows)):
            if (r - header_rows) % 2 == 1:
                cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f3f4f6")))
    t.setStyle(TableStyle(cmds))
    return t


def bar_chart(categories: list[str], series: list[tuple[str, list]], title: str, width: float = TEXT_W,
              height: float = 5.5 * cm, value_max: float = 100, horizontal: bool = False,
              label_fmt: str = "%.0f") -> Drawing:
    """Grouped bars (vector): one group per category, one bar per series; None draws nothing."""
    register_fonts()
    d = Drawing(width, height + 28)
    d.add(String(0, height + 16, title, fontName=FONT_BOLD, fontSize=9))
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (200, 22) if horizontal else (36, 42)
    chart.width = width - chart.x - 10
    chart.height = height - chart.y - 4
    # Horizontal bars are drawn bottom up: the series go in reversed so that, read from the top,
    # each group shows them in the legend's order (pre-test above post-test).
    order = list(range(len(series)))[::-1] if horizontal else list(range(len(series)))
    # None stays None: reportlab draws neither a bar nor a label for it (a 0 would read as "nobody").
    chart.data = [list(series[i][1]) for i in order]
    limit = 48 if horizontal else 36
    chart.categoryAxis.categoryNames = [c if len(c) <= limit else c[:limit - 1] + "…" for c in categories]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    if horizontal:  # first category at the top, in the order of the table beside it
        chart.categoryAxis.reverseDirection = 1
    else:
        chart.categoryAxis.labels.angle = 30 if len(categories) > 6 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 6 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.barLabelFormat = label_fmt
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    chart.groupSpacing = 6
    for j, i in enumerate(order):
        chart.bars[j].fillColor = SERIES[i % len(SERIES)]
        chart.bars[j].strokeColor = None
    d.add(chart)
    if len(series) < 2:
        return d
    legend = Legend()
    legend.x, legend.y = width - 10, height + 20
    legend.alignment = "right"
    legend.boxAnchor = "ne"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(SERIES[i % len(SERIES)], name) for i, (name, _) in enumerate(series)]
    d.add(legend)
    return d
