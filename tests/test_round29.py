"""Round 29: layouts met on real pages this round — an official title longer than forty words
that has no full stop (it ends with its place and date).

The pages here are written for these tests in the layouts met on mid.ru and its copies.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

# The Ministry's English page: a stamp glued to its clock, a title of more than forty words
# ending with the place and date, the language switch, then the minister's opening remarks.
LONG_TITLE = """\
19 March 201914:14

Foreign Minister Sergey Lavrov's statement and answers to media questions during the joint \
news conference following talks with Deputy Prime Minister and Minister for Foreign Affairs and \
International Cooperation of the People's Democratic Republic of Northland Ivan Northman, \
Moscow, March 19, 2019


  • en-GB1 ru-RU1


Ladies and Gentlemen,

My colleague and I have had productive talks on trade, on energy and on the situation in the \
region. We agreed to meet again before the end of the year.
"""


def test_a_long_official_title_ending_with_its_date_is_the_title() -> None:
    # Before: forty-odd words with no full stop read as a menu dumped on one line; the page
    # had no title and the minister's remarks went to no one.
    document = parse_transcript(LONG_TITLE, "page")
    assert document.title.startswith("Foreign Minister Sergey Lavrov's statement")
    assert document.title.endswith("March 19, 2019")
    assert speaker_of(LONG_TITLE, "productive talks on trade") == "Sergey Lavrov"


def test_a_long_line_of_words_without_a_date_is_still_furniture() -> None:
    menu = " ".join(f"Section{i}" for i in range(45))
    document = parse_transcript(LONG_TITLE.replace(LONG_TITLE.split("\n")[2], menu), "page")
    assert "Section1" not in document.title
