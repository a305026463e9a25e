"""A tag listing's "Published in ..." line ends one story: no turn runs on into the next.

The page is ours, in the layout of a site's tag listing: the first story's opening question
under its label, the section line under it, then a news item about another interview.
"""

from __future__ import annotations

import pytest

from retrieval.transcript import parse_transcript
from retrieval.transcript._lines import ends_item

QUESTION = (
    "Question: Minister, thank you for finding the time. Our magazine is preparing an issue on "
    "the North, so this is a good moment to talk."
)
NEWS = (
    "В интервью норвежской газете глава МИД рассказал о сотрудничестве в Арктике. По словам "
    "министра, «в Баренцевом регионе по-прежнему много совместных проектов»."
)
PAGE = f"""Displaying items by tag: Arctic

{QUESTION}

Published in Minister S.Lavrov

{NEWS}
"""


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Published in Minister S.Lavrov", True),
        ("Posted in Briefings", True),
        ("Опубликовано в разделе Новости", True),
        (
            "Published in the New York Times on Monday, the article said the talks failed",
            False,
        ),
        ("The interview was published in Izvestia.", False),
    ],
)
def test_the_line_under_a_listed_story(line: str, ends: bool) -> None:
    assert ends_item(line) is ends


def test_the_question_does_not_run_on_into_the_next_story() -> None:
    document = parse_transcript(PAGE, "listing")
    question = [p for p in document.passages if p.speaker == "Question"]
    assert len(question) == 1
    assert "Баренцевом" not in question[0].text
    assert "Published in" not in " ".join(p.text for p in document.passages)
    news = next(p for p in document.passages if "Баренцевом" in p.text)
    assert news.speaker != "Question"
