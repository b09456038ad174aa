"""The one rounding rule of every figure shown: half away from zero on the decimal value.

``repr(x)`` is the shortest decimal that round-trips the float, so 44.5 (stored as exactly
44.5) and 0.145 (stored as 0.14499999999999999) both round as their decimal text reads:
45 and 0.15. Python's ``format`` rounds the binary value half-to-even and would give 44 and
0.14. The summary, screens, PDFs and exports all format through :func:`round_text`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def round_text(x: float, nd: int = 0, decimal_comma: bool = False) -> str:
    """``x`` with ``nd`` decimals, halves away from zero on its decimal value; "-0" never shown."""
    q = Decimal(1).scaleb(-nd)
    d = Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP)  # HALF_UP = away from zero
    if d == 0:
        d = abs(d)
    text = f"{d:f}"
    return text.replace(".", ",") if decimal_comma else text


def round_value(x: float, nd: int = 0) -> float:
    """The float of :func:`round_text` (to compare two rounded figures)."""
    return float(round_text(x, nd))


def as_points(x):
    """A share (0..1), or an interval of shares, in percentage points; None stays None."""
    if x is None:
        return None
    return [100 * v for v in x] if isinstance(x, (list, tuple)) else 100 * x
