"""The framework's metrics, computed from the measures of one build's items: points, latest value, trend, target.

- A Net Promoter Score read from a survey is `100 * (promoters - detractors) / n`, rounded half up to one decimal
  with `decimal.ROUND_HALF_UP`: a tie (31.25) goes away from zero (31.3; -31.25 gives -31.3), so that a survey and
  its mirror image (promoters and detractors swapped) get scores of the same size. The division is exact enough
  for the rounding never to be wrong (see `nps`); no float is rounded.
- Every other value is the measure's `value` as written.
- A point per measure, dated with its item's date, from the build's items only (the audience already applied):
  supporting or stale alike. Points are sorted by date, then item id (then in the order the item lists them).
- `trend` compares the last two points: "up", "down" or "flat" (whatever `higher_is_better` says); None with
  fewer than two. `target_met`: None without a target or without points; else latest >= target (<= when
  `higher_is_better` is false).
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..model.framework import Framework, Metric, MetricKind
from ..model.items import Answers, Item, Measure

if TYPE_CHECKING:
    from decimal import Decimal

Trend = Literal["up", "down", "flat"]
Number = int | float


def nps(answers: Answers) -> Decimal:
    """The Net Promoter Score of a set of answers, rounded half up (away from zero) to one decimal.

    The score in tenths is 1000 * (promoters - detractors) / n: a fraction that is not exactly a half-way value
    (a tie, which Decimal divides exactly) is at least 1 / (2n) away from one. The quotient is computed to two more
    digits than 1000 * |promoters - detractors| has, so that its error stays below 1 / (2n): it cannot cross a
    half-way value, and the rounding is that of the exact fraction. A score that rounds to zero is 0.0, not -0.0.
    """
    from decimal import ROUND_HALF_UP, Decimal, localcontext  # here: `portfolio check` starts 3 ms sooner without it

    if answers.n < 1:
        raise ValueError("a Net Promoter Score needs at least one answer")
    numerator = 1000 * (answers.promoters - answers.detractors)
    with localcontext() as context:
        context.prec = len(str(abs(numerator))) + len(str(answers.n)) + 4
        tenths = (Decimal(numerator) / Decimal(answers.n)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return (tenths if tenths else Decimal(0)).scaleb(-1)


@dataclass(frozen=True)
class Point:
    """One measure of a metric, on its item's date."""

    date: datetime.date
    item: Item
    measure: Measure
    value: Number
    n: int | None = None
    answers: Answers | None = None


def measured(measure: Measure) -> tuple[Number, int | None] | None:
    """A measure's value and how many answers it comes from (when known): an NPS read from a survey is computed
    (as the float whose shortest form, which JSON writes, is that one-decimal value), any other value is as
    written."""
    if measure.answers is not None:
        return float(nps(measure.answers)), measure.answers.n
    if measure.value is None:
        return None
    return measure.value, measure.n


@dataclass(frozen=True)
class MetricResult:
    """One metric of the framework, and its measures in the build, oldest first."""

    metric: Metric
    points: tuple[Point, ...]

    @property
    def id(self) -> str:
        return self.metric.id

    @property
    def latest(self) -> Number | None:
        return self.points[-1].value if self.points else None

    @property
    def latest_point(self) -> Point | None:
        return self.points[-1] if self.points else None

    @property
    def trend(self) -> Trend | None:
        """How the last point compares with the one before: "up" means the value rose, whichever way is better."""
        if len(self.points) < 2:
            return None
        last, before = self.points[-1].value, self.points[-2].value
        return "up" if last > before else "down" if last < before else "flat"

    @property
    def improving(self) -> bool | None:
        """Whether the trend is for the better (None when flat or unknown)."""
        trend = self.trend
        if trend in (None, "flat"):
            return None
        return (trend == "up") == self.metric.higher_is_better

    @property
    def target_met(self) -> bool | None:
        target, latest = self.metric.target, self.latest
        if target is None or latest is None:
            return None
        return latest >= target if self.metric.higher_is_better else latest <= target


def compute_metrics(framework: Framework, items: Iterable[Item]) -> tuple[MetricResult, ...]:
    """Every metric of the framework, in its order, with the points the build's `items` give it."""
    points: dict[str, list[Point]] = {metric.id: [] for metric in framework.metrics}
    for item in sorted(items, key=lambda item: item.id):
        if item.date is None:
            continue
        for measure in item.measures:
            found = measured(measure)
            if found is None or measure.metric not in points:
                continue
            value, n = found
            points[measure.metric].append(Point(item.date, item, measure, value, n, measure.answers))
    return tuple(
        MetricResult(metric, tuple(sorted(points[metric.id], key=lambda p: (p.date, p.item.id))))
        for metric in framework.metrics
    )


def metric_value(value: Number | None, kind: MetricKind) -> str:
    """A metric's value as pages show it: as computed or written, with thousands separated; an NPS above zero with
    its sign (+58.0), a percentage with its %; "—" for no value."""
    if value is None:
        return "—"
    from decimal import Decimal  # (see nps)

    # a number with a point is shown with its digits as Python writes it shortest, never as 5e-05
    text = format(Decimal(repr(value)), ",f") if isinstance(value, float) and math.isfinite(value) else f"{value:,}"
    if kind == "nps" and value > 0:
        text = "+" + text
    return text + "%" if kind == "percent" else text
