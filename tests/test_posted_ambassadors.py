"""A question that gives the speaker by post ("the Russian ambassador in Beijing") asks for the
words of the one who held it then, among those the corpus quotes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from retrieval.posted_ambassadors import ambassador_by_post
from retrieval.tokenizer import Analyzer
from tests.conftest import index_of, pages_index

_ANALYZER = Analyzer()
_BOTH_IN_BEIJING = ["Andrey Denisov", "Sergey Razov", "Vitaly Churkin"]


def test_the_post_and_the_year_name_the_one_who_held_it() -> None:
    june_2016 = (dt.date(2016, 6, 1), dt.date(2016, 6, 30))
    post = "the Russian ambassador in Beijing"
    assert ambassador_by_post(post, _ANALYZER, _BOTH_IN_BEIJING, *june_2016) == "Andrey Denisov"
    in_2010 = (dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    assert ambassador_by_post(post, _ANALYZER, _BOTH_IN_BEIJING, *in_2010) == "Sergey Razov"
    # Russian, and the country for its capital.
    assert (
        ambassador_by_post("посол России в Китае", _ANALYZER, _BOTH_IN_BEIJING, *june_2016)
        == "Andrey Denisov"
    )


def test_a_post_two_speakers_here_held_names_no_one_without_a_year() -> None:
    assert (
        ambassador_by_post("the Russian ambassador in Beijing", _ANALYZER, _BOTH_IN_BEIJING) is None
    )
    # Only one of them quoted here: he is meant.
    assert (
        ambassador_by_post(
            "Russia's envoy in Beijing", _ANALYZER, ["Sergey Razov", "Vitaly Churkin"]
        )
        == "Sergey Razov"
    )


def test_another_countrys_ambassador_or_a_post_without_a_place_names_no_one() -> None:
    assert (
        ambassador_by_post("Azerbaijan's ambassador to Russia", _ANALYZER, _BOTH_IN_BEIJING) is None
    )
    assert ambassador_by_post("the Russian ambassador", _ANALYZER, _BOTH_IN_BEIJING) is None
    assert (
        ambassador_by_post("the Russian minister in Beijing", _ANALYZER, _BOTH_IN_BEIJING) is None
    )


# Two interviews in the layout of the Ministry's pages: two ambassadors to China, years apart.
_DENISOV_2016 = """\
Interview of the Russian Ambassador to China Andrey Denisov to Interfax, 20 June 2016

Question: How would you sum up the state of relations?

Andrey Denisov: Our heads of state meet often, and the four intergovernmental commissions \
chaired by deputy prime ministers, with their nineteen subcommissions, look after trade, \
energy and culture. These tools let us tell each other our plans and settle practical matters.
"""
_RAZOV_2011 = """\
Interview of the Russian Ambassador to China Sergey Razov to RIA Novosti, 14 March 2011

Question: What comes next for trade?

Sergey Razov: Trade is recovering after the crisis, and the commission on energy has agreed a \
plan for oil deliveries through the new pipeline.
"""


def test_a_question_by_post_gets_the_words_of_the_one_who_held_it(tmp_path: Path) -> None:
    index = index_of(tmp_path, en_denisov=_DENISOV_2016, en_razov=_RAZOV_2011)
    question = (
        "What did the Russian ambassador in Beijing say in June 2016 about the "
        "intergovernmental commissions?"
    )
    result = index.search(question)
    assert result.hits
    assert result.hits[0].passage.speaker == "Andrey Denisov"
    assert all(hit.passage.speaker == "Andrey Denisov" for hit in result.hits)


# Two ambassadors in Washington years apart and one in Stockholm, each retold by an agency.
_KISLYAK = """\
Kislyak: sanctions will not help

Russian Ambassador to the United States Sergey Kislyak said that new sanctions would not help \
the dialogue. "Our presidents have asked us to keep the channels open, and we do," Kislyak said.
"""
_ANTONOV = """\
Antonov on consular work

Russian Ambassador to the United States Anatoly Antonov said the embassy had cut its staff. \
"We have to issue visas with a third of the people we had," Antonov said.
"""
_TATARINTSEV = """\
Tatarintsev on Swedish policy

Russian Ambassador to Sweden Viktor Tatarintsev said that Stockholm's break in the dialogue \
with Moscow was a mistake. "The presidents of both countries should keep the dialogue and the \
relations going, and our diplomats were asked to improve them," Tatarintsev said.
"""


def test_a_post_several_here_held_asks_for_any_of_them_not_another_ambassador() -> None:
    index = pages_index(
        {"kislyak.txt": _KISLYAK, "antonov.txt": _ANTONOV, "sweden.txt": _TATARINTSEV}
    )
    # Asked of no year, the post of two speakers here: the words of either, never those of
    # an ambassador elsewhere, whatever his words share with the question (round 45: the
    # ambassador to Sweden's answer had come first). The post's words stay search terms: the
    # narration of the one meant repeats them.
    for question in (
        "According to Russia's ambassador in Washington, what channels have the presidents "
        "asked to keep open?",
        "Какие каналы, по словам посла России в США, президенты просили держать открытыми?",
    ):
        result = index.search(question)
        assert result.query.speakers == ("Anatoly Antonov", "Sergey Kislyak"), question
        assert result.hits and result.hits[0].passage.speaker == "Sergey Kislyak", question
        assert "Viktor Tatarintsev" not in {hit.passage.speaker for hit in result.related}


def test_the_place_may_stand_before_the_noun() -> None:
    at_the_un = ["Vassily Nebenzia", "Andrey Denisov"]
    in_2019 = (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert (
        ambassador_by_post("russian un envoy", _ANALYZER, at_the_un, *in_2019) == "Vassily Nebenzia"
    )
