"""Whole percentages, as the pages, the pack, the PDF and `portfolio report` write them (portfolio.json holds the
fractions)."""

from __future__ import annotations


def whole_percent(fraction: float) -> str:
    """A fraction (0 to 1) as a whole percentage, rounded half up as people and spreadsheets round: 5 sections
    covered of 8 are 63%, where Python's round (half to even) wrote 62%. The fraction is read as the shortest
    decimal that is the same float (57 of 200 is 0.285: 28.5%, which rounds to 29%), so that the tie of a ratio of
    whole numbers stays a tie. A part short of the whole is never written 100%, nor a part of it 0%: 199 sections
    covered of 200 are 99%, not a coverage that looks complete, and 1 detractor of 250 answers is 1%."""
    from decimal import ROUND_HALF_UP, Decimal  # here: `portfolio check` writes no percentage

    percent = int((Decimal(repr(fraction)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return f"{min(max(percent, 1 if fraction > 0 else 0), 99 if fraction < 1 else 100)}%"
