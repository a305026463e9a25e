"""A title that names the speaker before the post, and a cut-off paragraph that is no title.

The page below is ours, in the layout of an aggregator's copy of a ministry interview: the
title given twice, hashtag headings over the answers, and the copy cut off mid-sentence in a
last paragraph that names the president, a state visit and a date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.speakers import speaker_from_title
from retrieval.transcript import parse_transcript

TITLE = (
    "Interview with Oleg Ranevsky, Deputy Minister of Foreign Affairs of the Russian "
    "Federation, to the Sever News Agency (March 3, 2025)"
)
PAGE = f"""{TITLE}

{TITLE}

#Arctic

{
    "Shipping along the Northern Sea Route grew again last year, and we expect our partners "
    "to keep using it. Safety of navigation there is a shared responsibility."
}

#Fisheries

{
    "The quotas agreed with our neighbours for this season hold, and the joint commission "
    "will meet in the spring as planned."
}

#Norway

"""
# The copy ends mid-word in a paragraph one line long, as the aggregator cut it.
PAGE += (
    "During the official visit of Russian President Vladimir Putin to Oslo on May 14, 2024 "
    "and his talks with the Prime Minister of Norway discussed the possibility of a new agre"
)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        (TITLE, "Oleg Ranevsky"),
        (
            "Remarks by Anna Kirova, Permanent Representative of Russia, at the Council",
            "Anna Kirova",
        ),
        ("Statement by Pavel Dorn, Ambassador of Russia to Chile", "Pavel Dorn"),
        # A partner in talks is no speaker; a name without a post after it is not taken.
        ("Talks with Pavel Dorn, Ambassador of Chile", None),
        ("Interview with Pavel Dorn on the talks", None),
    ],
)
def test_a_name_before_its_post_names_the_speaker(title: str, speaker: str | None) -> None:
    assert speaker_from_title(title) == speaker


def test_a_cut_off_paragraph_deep_in_the_text_is_not_the_title() -> None:
    document = parse_transcript(PAGE, "ranevsky")
    assert document.title == TITLE
    assert document.date == dt.date(2025, 3, 3)
    speakers = {passage.speaker for passage in document.passages}
    assert speakers == {"Oleg Ranevsky"}


def test_a_cut_off_paragraph_is_not_the_title_when_the_title_names_no_one() -> None:
    # The same page under a title that names no speaker: the paragraph that names the
    # president is still text, and nobody's words are given to him.
    anonymous = "Interview to the Sever News Agency (March 3, 2025)"
    document = parse_transcript(PAGE.replace(TITLE, anonymous), "anonymous")
    assert document.title == anonymous
    assert document.date == dt.date(2025, 3, 3)
    assert "Vladimir Putin" not in {passage.speaker for passage in document.passages}
