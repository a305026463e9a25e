"""The cheap checks that spare most page lines the parser's patterns (a colon before the label
pattern, a dash before the dash-label pattern, a four-digit year before the date-line patterns)
must never skip a line that a pattern would match: here each pattern is run on lines that its
check would skip, and must find nothing. A pattern changed later to match without that
character fails these tests, and its check must change with it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.transcript._dates import _DATE_LINE_GLUED_RES, _DATE_LINE_RES, date_line
from retrieval.transcript._labels import _DASH_LABEL_RE, _dash_label, _label_line
from retrieval.transcript._lines import LABEL_RE

# Pieces of labels, dates and dashes, so that lines come close to matching.
_PIECES = st.sampled_from(
    [
        *" ,.-–—:：/()|•0123456789",
        *("Sergey Lavrov", "ЛАВРОВ", "Question", "Вопрос", "S.Lavrov", "Moscow", "March"),
        *("17 March 2021", "2021-03-17", "17.03.2021", "12/17/2015", "марта", "18:55", "2021"),
        *("года", "Submitted on", "Thu", "The Kremlin", "\n", "\t", "  "),
    ]
)
_LINES = st.lists(st.one_of(_PIECES, st.characters()), max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_no_label_without_a_colon(line: str) -> None:
    if ":" not in line and "：" not in line:
        assert LABEL_RE.match(line) is None
        assert _label_line(line).label is None or _dash_label(line) is not None


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_no_dash_label_without_a_dash(line: str) -> None:
    if "–" not in line and "—" not in line:
        assert _DASH_LABEL_RE.match(line) is None


@settings(max_examples=200, deadline=None)
@given(_LINES.map(lambda line: "".join(c for c in line if not c.isdigit()) + " 17 March"))
def test_no_date_line_without_a_year(line: str) -> None:
    # Digits of other scripts are left out too: "[0-9]" never matches them, but a pattern
    # changed to "\d" would, and the check would then be wrong.
    for pattern in (*_DATE_LINE_RES, *_DATE_LINE_GLUED_RES):
        assert pattern.match(line) is None
    assert date_line(line) is None


def test_the_checks_let_real_matches_through() -> None:
    assert _label_line("Sergey Lavrov: Good afternoon.").label == "Sergey Lavrov"
    assert _label_line("С.ЛАВРОВ – Добрый день.").label == "С.ЛАВРОВ"
    found = date_line("17 March 2021")
    assert found is not None and found.date.isoformat() == "2021-03-17"
