"""The course-evaluation section of the cohort report: ratings, retrospective self-assessment, comments.

Built from the ``evaluation`` entry of one cohort (assessor.analysis.evaluation); every
text in English or Bahasa Indonesia, numbers with a decimal comma in Indonesian.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Spacer

from assessor.banks.questions import localized
from reports.common import FONT, FONT_BOLD, fmt_num, fmt_p, fmt_share, register_fonts
from reports.pdfdoc import TEXT_W, para, table

TEXTS: dict[str, dict[str, str]] = {
    "title": {"en": "Course evaluation", "id": "Evaluasi pelatihan"},
    "intro_anon": {"en": "{n} responses, given anonymously: answers are not linked to participants. Items with "
                         "fewer than {k} responses show only their number.",
                   "id": "{n} tanggapan, diberikan secara anonim: jawaban tidak terhubung dengan peserta. Butir dengan "
                         "kurang dari {k} tanggapan hanya menampilkan jumlahnya."},
    "intro_linked": {"en": "{n} responses, linked to participants (so that ratings can be related to gains).",
                     "id": "{n} tanggapan, terhubung dengan peserta (agar penilaian dapat dikaitkan dengan peningkatan)."},
    "ratings": {"en": "Ratings", "id": "Penilaian"},
    "chart": {"en": "Share of responses per point (disagreement to the left, agreement to the right)",
              "id": "Persentase tanggapan per poin (tidak setuju di kiri, setuju di kanan)"},
    "item": {"en": "Item", "id": "Butir"},
    "median": {"en": "Median", "id": "Median"},
    "mean_ci": {"en": "Mean [95% CI]", "id": "Rata-rata [IK 95%]"},
    "agree": {"en": "Agreeing [95% CI]", "id": "Setuju [IK 95%]"},
    "suppressed": {"en": "fewer than {k} responses: not shown", "id": "kurang dari {k} tanggapan: tidak ditampilkan"},
    "no_responses": {"en": "no responses", "id": "tidak ada tanggapan"},
    "choices": {"en": "Choices", "id": "Pilihan"},
    "retro": {"en": "Self-assessment before and after the training (asked after it)",
              "id": "Penilaian diri sebelum dan sesudah pelatihan (ditanyakan sesudahnya)"},
    "retro_note": {"en": "Participants rated their knowledge of each topic as it was before the training and as it is "
                         "now, on one scale from 1 to {p}. This is their own view, not a measured gain.",
                   "id": "Peserta menilai pengetahuan mereka tentang setiap topik sebelum pelatihan dan saat ini, pada "
                         "satu skala 1 sampai {p}. Ini adalah pandangan mereka sendiri, bukan peningkatan yang diukur."},
    "topic": {"en": "Topic", "id": "Topik"},
    "then_now": {"en": "Before → now", "id": "Sebelum → sekarang"},
    "change": {"en": "Change [95% CI]", "id": "Perubahan [IK 95%]"},
    "wilcoxon": {"en": "Wilcoxon p", "id": "p Wilcoxon"},
    "link": {"en": "With measured gain (Spearman ρ, p)", "id": "Dengan peningkatan terukur (ρ Spearman, p)"},
    "comments": {"en": "Comments", "id": "Komentar"},
    "no_comments": {"en": "No comments.", "id": "Tidak ada komentar."},
    "cmp_title": {"en": "Course evaluation by cohort", "id": "Evaluasi pelatihan per angkatan"},
    "cmp_note": {"en": "Per rating item and cohort: n, the mean rating (1 to the scale's points) and the share "
                       "agreeing (a point above the middle). An anonymous cohort with fewer than {k} responses to "
                       "an item shows only n. p: Kruskal–Wallis test of the ratings across the cohorts shown.",
                 "id": "Per butir penilaian dan angkatan: n, rata-rata penilaian (1 sampai jumlah poin skala) dan "
                       "persentase yang setuju (poin di atas tengah). Angkatan anonim dengan kurang dari {k} "
                       "tanggapan untuk suatu butir hanya menampilkan n. p: uji Kruskal–Wallis atas penilaian di "
                       "antara angkatan yang ditampilkan."},
    "cmp_cell": {"en": "n {n} · mean {mean} · agree {agree}", "id": "n {n} · rata-rata {mean} · setuju {agree}"},
    "cmp_small": {"en": "n {n} (fewer than {k}: not shown)", "id": "n {n} (kurang dari {k}: tidak ditampilkan)"},
    "cmp_not_asked": {"en": "not asked", "id": "tidak ditanyakan"},
}

# A diverging palette that stays apart in grey print: dark to light for disagreement, light to dark for agreement.
_LEFT = [colors.HexColor(c) for c in ("#8c2d04", "#d94801", "#fd8d3c", "#fdbe85")]
_RIGHT = [colors.HexColor(c) for c in ("#c6dbef", "#6baed6", "#2171b5", "#08306b")]
_MIDDLE = colors.HexColor("#d9d9d9")


def _sep(lang: str) -> str:
    """Between the two bounds of an interval, as in the rest of the report: a semicolon where the
    decimal mark is a comma."""
    return "; " if lang == "id" else ", "


def t(key: str, lang: str, **fields) -> str:
    return TEXTS[key][lang].format(**fields)


def evaluation_story(entry: dict, st: dict, lang: str = "en", min_cell: int = 5) -> list:
    """The section's flowables for one cohort's ``evaluation`` entry."""
    out: list = [para(t("title", lang), st["h1"])]
    intro = "intro_anon" if entry["anonymous"] else "intro_linked"
    out.append(para(t(intro, lang, n=entry["responses"], k=min_cell), st["small"]))
    ratings = [i for i in entry["items"] if i["type"] == "rating"]
    if ratings:
        shown = [i for i in ratings if not i["suppressed"] and i["n"]]
        block = [para(t("ratings", lang), st["h2"])]
        if shown:
            block.append(diverging_chart(shown, t("chart", lang), lang=lang))
        out.append(KeepTogether(block))
        rows = [[t("item", lang), "n", t("median", lang), t("mean_ci", lang), t("agree", lang)]]
        for item in ratings:
            label = f"{item['key']}: {localized(item['text'], lang)}"
            if not item["n"] or item["suppressed"]:
                rows.append([label, item["n"], t("no_responses" if not item["n"] else "suppressed", lang, k=min_cell),
                             "", ""])
                continue
            ci = item.get("mean_ci")
            mean = fmt_num(item.get("mean"), 2, lang) + (f" [{fmt_num(ci[0], 2, lang)}{_sep(lang)}{fmt_num(ci[1], 2, lang)}]"
                                                         if ci else "")
            agree_ci = item.get("agree_ci")
            agree = fmt_share(item.get("agree_share"), 0, lang) + (
                f" [{fmt_share(agree_ci[0], 0, lang)}{_sep(lang)}{fmt_share(agree_ci[1], 0, lang)}]" if agree_ci else "")
            rows.append([label, item["n"], fmt_num(item.get("median"), 1, lang), mean, agree])
        w = [1 * cm, 1.5 * cm, 3.3 * cm, 3.2 * cm]
        out.append(table(rows, [TEXT_W - sum(w)] + w, st))
    for item in (i for i in entry["items"] if i["type"] == "choice"):
        rows = [[localized(item["text"], lang), "n"]]
        if not item["n"]:  # nobody answered: nothing was held back
            rows.append([t("no_responses", lang), 0])
        elif item["suppressed"]:
            rows.append([t("suppressed", lang, k=min_cell), item["n"]])
        else:
            for option, count, share in zip(item["options"], item["counts"], item["shares"]):
                rows.append([localized(option, lang), f"{count} ({fmt_share(share, 0, lang)})"])
        out += [Spacer(1, 6), table(rows, [TEXT_W - 3 * cm, 3 * cm], st)]
    if entry["retrospective"]:
        points = next((i["points"] for i in ratings), 5)
        rows = [[t("topic", lang), "n", t("then_now", lang), t("change", lang), t("wilcoxon", lang)]]
        linked = any("link" in r for r in entry["retrospective"])
        if linked:
            rows[0].append(t("link", lang))
        for r in entry["retrospective"]:
            if r["suppressed"]:
                row = [localized(r.get("topic_name"), lang) or r["topic"], r["n"], t("suppressed", lang, k=min_cell),
                       "", ""]
            else:
                ci = r.get("change_ci")
                row = [localized(r.get("topic_name"), lang) or r["topic"], r["n"],
                       f"{fmt_num(r.get('mean_then'), 2, lang)} → {fmt_num(r.get('mean_now'), 2, lang)}",
                       fmt_num(r.get("mean_change"), 2, lang) + (f" [{fmt_num(ci[0], 2, lang)}{_sep(lang)}"
                                                                 f"{fmt_num(ci[1], 2, lang)}]" if ci else ""),
                       fmt_p((r.get("wilcoxon") or {}).get("p"), lang)]
            if linked:
                link = r.get("link") or {}
                row.append(f"{fmt_num(link.get('rho'), 2, lang)}, {fmt_p(link.get('p'), lang)} (n = {link.get('n', 0)})"
                           if link.get("rho") is not None else "–")
            rows.append(row)
        w = [0.8 * cm, 2.6 * cm, 3.2 * cm, 1.8 * cm] + ([3.4 * cm] if linked else [])
        out += [para(t("retro", lang), st["h2"]), para(t("retro_note", lang, p=points), st["small"]),
                table(rows, [TEXT_W - sum(w)] + w, st)]
    if entry["comments"]:
        out.append(para(t("comments", lang), st["h2"]))
        for c in entry["comments"]:
            out.append(para(localized(c["text"], lang), st["cellb"]))
            for text in c["comments"] or [t("no_comments", lang)]:
                out.append(para(f"– {text}", st["small"]))
    return out


def comparison_story(rows: list[dict], st: dict, lang: str = "en", min_cell: int = 5) -> list:
    """The comparison report's course-evaluation part: one row per rating item, one column per cohort
    (``rows`` from :func:`assessor.analysis.evaluation.side_by_side`); empty without rating items."""
    if not rows:
        return []
    names = [c["cohort"] for c in rows[0]["cohorts"]]
    body = [[t("item", lang)] + names + ["p"]]
    for row in rows:
        cells = []
        for c in row["cohorts"]:
            if not c["asked"]:
                cells.append(t("cmp_not_asked", lang))
            elif c["suppressed"]:
                cells.append(t("cmp_small", lang, n=c["n"], k=min_cell))
            else:
                cells.append(t("cmp_cell", lang, n=c["n"], mean=fmt_num(c["mean"], 2, lang),
                               agree=fmt_share(c["agree_share"], 0, lang)))
        body.append([f"{row['key']}: {localized(row['text'], lang)}"] + cells + [fmt_p(row["p"], lang)])
    first, last = 5.0 * cm, 1.6 * cm
    rest = (TEXT_W - first - last) / len(names)
    return [para(t("cmp_title", lang), st["h1"]), para(t("cmp_note", lang, k=min_cell), st["small"]),
            table(body, [first] + [rest] * len(names) + [last], st)]


def _point_colour(p: int, points: int):
    """The colour of scale point ``p`` (0-based) of a ``points``-point scale in the chart."""
    half = points // 2
    if p < half:
        return _LEFT[::-1][min(3, (half - 1 - p) * 4 // half)]
    if p >= points - half:
        return _RIGHT[min(3, (p - (points - half)) * 4 // half)]
    return _MIDDLE


def diverging_chart(items: list[dict], title: str, width: float = TEXT_W, lang: str = "en") -> Drawing:
    """One horizontal bar per rating item: disagreement left of the centre line, agreement right of it,
    with a legend of the scale's points (their labels when every item shares the scale).

    The middle point of an odd scale is split half and half across the centre.
    """
    from reports.common import wrap

    register_fonts()
    row_h, label_w, top = 0.62 * cm, 2.6 * cm, 16
    points = items[0]["points"] if items else 0
    same = all(i["points"] == points and i.get("labels") == items[0].get("labels") for i in items)
    legend_h = 20 if points else 0  # two lines of legend text
    height = top + row_h * len(items) + 18 + legend_h
    d = Drawing(width, height)
    if points:  # the legend, under the axis: one swatch per point, left to right as on the scale
        entry_w = width / points
        labels = items[0].get("labels") or []
        for p in range(points):
            x = p * entry_w
            d.add(Rect(x, 8, 7, 7, fillColor=_point_colour(p, points), strokeColor=None))
            name = localized(labels[p], lang) if same and p < len(labels) else ""
            for k, line in enumerate(wrap(f"{p + 1} {name}".strip(), FONT, 6.5, entry_w - 14, max_lines=2)):
                d.add(String(x + 10, 9 - 7.5 * k, line, fontName=FONT, fontSize=6.5))
    d.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=8.5))
    plot_w = width - label_w - 4
    centre = label_w + plot_w / 2
    scale = (plot_w / 2) / 100.0  # 100 % of responses to one side fills half the plot
    for r, item in enumerate(items):
        y = height - top - (r + 1) * row_h
        d.add(String(0, y + row_h * 0.3, item["key"], fontName=FONT, fontSize=7.5))
        counts = item["distribution"]
        n = sum(counts) or 1
        shares = [100.0 * c / n for c in counts]
        pts = len(shares)
        half = pts // 2
        left = shares[:half][::-1]  # nearest the centre first
        right = shares[pts - half:]
        mid = shares[half] if pts % 2 else 0.0
        x = centre - mid / 2 * scale
        if mid:
            d.add(Rect(x, y + 2, mid * scale, row_h - 4, fillColor=_MIDDLE, strokeColor=None))
        pos = x
        for i, s in enumerate(left):
            pos -= s * scale
            d.add(Rect(pos, y + 2, s * scale, row_h - 4, fillColor=_point_colour(half - 1 - i, pts),
                       strokeColor=None))
        pos = centre + mid / 2 * scale
        for i, s in enumerate(right):
            d.add(Rect(pos, y + 2, s * scale, row_h - 4, fillColor=_point_colour(pts - half + i, pts),
                       strokeColor=None))
            pos += s * scale
    d.add(Line(centre, 6 + legend_h, centre, height - top + 2, strokeColor=colors.black, strokeWidth=0.6))
    for pct in (-100, -50, 0, 50, 100):
        d.add(String(centre + pct * scale, legend_h, f"{abs(pct)}%", fontName=FONT, fontSize=6.5,
                     textAnchor="middle"))
    return d
