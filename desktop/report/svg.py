"""The reuse matrix as an inline SVG heat map (no script, no external reference)."""
from __future__ import annotations

from html import escape

# the text font, then the colour emoji face of report.css (emoji code points only)
FONTS = "Amiri, &apos;Qarin Emoji&apos;, serif"


def ramp(value: float) -> str:
    """White to deep blue; the same ramp the PDF table uses."""
    v = min(max(value, 0.0), 1.0)
    lo, hi = (247, 251, 255), (8, 48, 107)
    r, g, b = (round(lo[k] + (hi[k] - lo[k]) * v) for k in range(3))
    return f"#{r:02x}{g:02x}{b:02x}"


def ink(value: float) -> str:
    return "#ffffff" if value > 0.55 else "#1b1b1b"


def heatmap_svg(
    labels: list[str],
    matrix: list[list[float | None]],
    directions: list[tuple[int, int]],
    *,
    rtl: bool = True,
    copied_from: str = "copied from",
) -> str:
    """``matrix[i][j]``: share of article i's words found in article j.

    ``directions``: (source, copy) index pairs; the cell (copy, source) gets an arrow and a
    heavy border. In RTL the row labels sit on the right and column 1 is the rightmost.
    """
    n = len(labels)
    cell = max(18, min(56, 900 // max(n, 1)))
    font = max(8, min(14, cell // 4))
    label_w = 10 + 7 * max((len(s) for s in labels), default=4) + 30
    label_w = min(label_w, 260)
    top = cell // 2 + 20
    width = label_w + n * cell + 10
    height = top + n * cell + 50
    directed = {(cpy, src) for src, cpy in directions}

    def col_x(j: int) -> float:
        return (n - 1 - j) * cell + 5 if rtl else label_w + j * cell

    grid_left = 5 if rtl else label_w
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" direction="ltr" font-family="{FONTS}" '
        f'font-size="{font}">'
    ]
    for j in range(n):
        x = col_x(j) + cell / 2
        out.append(f'<text x="{x:.1f}" y="{top - 6}" text-anchor="middle" font-weight="bold">{j + 1}'
                   f'<title>{escape(labels[j])}</title></text>')
    for i in range(n):
        y = top + i * cell
        lx = grid_left + n * cell + 6 if rtl else label_w - 6
        # in RTL the label reads right to left and its left edge sits just right of the grid
        # (with direction="rtl", text-anchor "end" is the left edge)
        out.append(f'<text x="{lx:.1f}" y="{y + cell / 2 + font / 3:.1f}" text-anchor="end" '
                   f'direction="{"rtl" if rtl else "ltr"}">{i + 1}. {escape(labels[i])}</text>')
        for j in range(n):
            x = col_x(j)
            value = matrix[i][j]
            if i == j:
                out.append(f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="#dee2e6" '
                           'stroke="#ffffff"/>')
                continue
            if value is None:
                out.append(f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="#f8f9fa" '
                           'stroke="#ffffff"/>')
                continue
            tip = f"{labels[i]} → {labels[j]}: {round(100 * value)}%"
            if (i, j) in directed:
                tip = f"{labels[i]} {copied_from} {labels[j]} ({round(100 * value)}%)"
            out.append(f'<g><title>{escape(tip)}</title>'
                       f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{ramp(value)}" '
                       'stroke="#ffffff"/>')
            if cell >= 28:
                out.append(f'<text x="{x + cell / 2:.1f}" y="{y + cell / 2 + font / 3:.1f}" '
                           f'text-anchor="middle" fill="{ink(value)}">{round(100 * value)}</text>')
            if (i, j) in directed:
                out.append(f'<rect x="{x + 1.5}" y="{y + 1.5}" width="{cell - 3}" height="{cell - 3}" '
                           'fill="none" stroke="#e8590c" stroke-width="3"/>')
                s = max(4, cell // 6)
                # a small arrowhead pointing towards the source column (left in RTL reading order)
                ax, ay = x + 4 + s, y + 4 + s
                out.append(f'<path d="M{ax - s},{ay} L{ax},{ay - s * 0.8} L{ax},{ay + s * 0.8} Z" '
                           'fill="#e8590c"/>')
            out.append("</g>")
    # colour scale
    sy = top + n * cell + 18
    steps = 10
    sw = min(n * cell, 300) / steps
    for k in range(steps):
        sx = grid_left + k * sw if not rtl else grid_left + n * cell - (k + 1) * sw
        out.append(f'<rect x="{sx:.1f}" y="{sy}" width="{sw:.1f}" height="10" fill="{ramp((k + 0.5) / steps)}"/>')
    lo_x = grid_left + n * cell if rtl else grid_left
    hi_x = grid_left + n * cell - steps * sw if rtl else grid_left + steps * sw
    out.append(f'<text x="{lo_x:.1f}" y="{sy + 24}" text-anchor="{"end" if rtl else "start"}">0%</text>')
    out.append(f'<text x="{hi_x:.1f}" y="{sy + 24}" text-anchor="{"start" if rtl else "end"}">100%</text>')
    out.append("</svg>")
    return "".join(out)
