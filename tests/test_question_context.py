"""The occasion a question names (talks, an interview, a session) against what it asks about.

tests/transcripts/occasions/ holds pages of our own: a news conference after talks in
Reykjavik (an air link, a research station, European security), a Russian interview to a TV
channel (Arctic research, the Northern Sea Route) and a briefing that alone speaks of fishing
quotas and a pension reform, a news story on an interview to NordTV and a radio interview of
Ryabkov (chaos in international relations, a consulate attacked), Peskov on Putin's working
week and Zakharova on a detained journalist's health; with the news stories of
tests/transcripts/leads/ (Zakharova on fishing quotas, in English), so that those words are
known to the corpus.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.corpus import load_corpus
from retrieval.question_context import context_spans
from retrieval.search import SearchIndex
from tests.conftest import ROOT

OCCASIONS = ROOT / "tests" / "transcripts" / "occasions"
LEADS = ROOT / "tests" / "transcripts" / "leads"
REYKJAVIK = "2024-05-14_lavrov_news_conference_reykjavik"
INTERVIEW = "2024-06-02_lavrov_interview_severny_vestnik"


@pytest.mark.parametrize(
    ("question", "occasions"),
    [
        (
            "Lavrov on the grain deal at the Paris talks with Kerry and Fabius",
            ["at the Paris talks with Kerry and Fabius"],
        ),
        ("Putin on pensions in the NBC interview", ["in the NBC interview"]),
        ("Nebenzia on Syria at the Security Council", ["at the Security Council"]),
        ("What did he say at his annual press conference?", ["at his annual press conference"]),
        ("Лавров о санкциях в интервью NBC", ["в интервью NBC"]),
        ("Небензя о Сирии на заседании Совбеза", ["на заседании Совбеза"]),
        # A Russian occasion's year follows it, as an English one's comes before.
        ("Путин о пенсиях на пресс-конференции 2018 года", ["на пресс-конференции 2018 года"]),
        ("Лавров на встрече 2015 г. с Керри о Сирии", ["на встрече 2015 г. с Керри"]),
        ("Putin on pensions at the 2018 press conference", ["at the 2018 press conference"]),
        ("Lavrov to RBC: is a deal possible?", ["to RBC"]),
        ("Ryabkov on TV Centre: who is blocking a settlement?", ["on TV Centre"]),
        # The topic, not the occasion: talks asked about, a country joining, a headline's subject.
        ("What role can Germany play in Ukraine talks?", []),
        ("Что Лавров сказал о вступлении Ирана в ШОС?", []),
        ("Lavrov on Iran: what next?", []),
        ("Zakharova on Lavrov's working visit to Vienna", []),
    ],
)
def test_context_spans(question: str, occasions: list[str]) -> None:
    assert [question[start:end] for start, end in context_spans(question)] == occasions


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_corpus(OCCASIONS).documents + load_corpus(LEADS).documents)


@pytest.mark.parametrize(
    ("answerable", "absent"),
    [
        (
            "Lavrov on the research station at the talks with Sigurdsson in Reykjavik",
            "Lavrov on fishing quotas at the talks with Sigurdsson in Reykjavik",
        ),
        (
            "Лавров об арктических исследованиях в интервью телеканалу «Северный вестник»",
            "Лавров о рыболовных квотах в интервью телеканалу «Северный вестник»",
        ),
    ],
)
def test_a_topic_the_occasions_page_never_mentions_gets_no_answer(
    index: SearchIndex, answerable: str, absent: str
) -> None:
    found = index.search(answerable)
    assert found.hits and found.hits[0].passage.doc_id in (REYKJAVIK, INTERVIEW)
    assert found.hits[0].passage.speaker == "Sergey Lavrov"
    assert not index.search(absent).hits


@pytest.mark.parametrize(
    ("question", "page"),
    [
        ("Lavrov on fishing quotas at the talks with Sigurdsson in Reykjavik", REYKJAVIK),
        ("Лавров о рыболовных квотах в интервью телеканалу «Северный вестник»", INTERVIEW),
    ],
)
def test_without_the_topic_rule_the_occasion_alone_would_answer(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch, question: str, page: str
) -> None:
    # What the rule is for: the occasion's page matches the occasion's words well enough.
    monkeypatch.setattr(search_module, "TOPIC_MIN_COVERAGE", 0.0)
    result = index.search(question)
    assert result.hits and result.hits[0].passage.doc_id == page


def test_the_year_of_the_occasion_is_no_topic(index: SearchIndex) -> None:
    # The year matches the Reykjavik page's date; the fishing quotas are on another page.
    question = "Лавров о рыболовных квотах на переговорах 2024 года в Рейкьявике"
    assert not index.search(question).hits
    found = index.search("Лавров о европейской безопасности на переговорах 2024 года в Рейкьявике")
    assert found.hits and "European security" in found.hits[0].passage.text


def test_a_question_about_the_occasion_itself_is_answered(index: SearchIndex) -> None:
    result = index.search("What did Lavrov say about the air link after the talks in Reykjavik?")
    assert result.hits and "direct air link" in result.hits[0].passage.text


NORDTV = "Лавров в интервью норвежскому телеканалу NordTV: следит ли он за каждым сотрудником?"


def test_the_occasion_includes_the_outlet_and_its_adjective() -> None:
    spans = context_spans(NORDTV)
    assert [NORDTV[start:end] for start, end in spans] == [
        "в интервью норвежскому телеканалу NordTV"
    ]


@pytest.mark.parametrize(("weight", "quote_first"), [(1.0, False), (0.5, True)])
def test_the_answer_comes_before_the_line_naming_the_interview(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch, weight: float, quote_first: bool
) -> None:
    # A news story's first paragraph says where the minister spoke ("в интервью норвежскому
    # телеканалу NordTV") twice; the next one is his answer on the staff. With the occasion's
    # words weighing as much as the topic's, the line naming the interview would come first.
    monkeypatch.setattr(search_module, "OCCASION_WEIGHT", weight)
    first = index.search(NORDTV).hits[0].passage
    assert first.speaker == "Sergey Lavrov"
    assert first.text.startswith("«В центральном аппарате") is quote_first


@pytest.mark.parametrize(
    "question",
    [
        "How can the chaos be overcome, according to Ryabkov?",
        "Ryabkov on overcoming chaos through dialogue",
    ],
)
def test_everyday_words_cross_to_a_russian_interview(index: SearchIndex, question: str) -> None:
    # "chaos" / «хаоса» and "overcome" / «преодолеть»: words of the everyday news lexicon.
    result = index.search(question)
    assert result.hits and result.hits[0].passage.speaker == "Sergey Ryabkov"
    assert "если не сказать хаоса" in result.hits[0].passage.text


def test_whose_without_what_does_not_answer(index: SearchIndex) -> None:
    # "Putin's health" asks about health: Peskov's story on Putin's schedule names Putin
    # twice, but not his health (said only of someone else, in another story).
    assert not index.search("Peskov on Putin's health").hits
    schedule = index.search("Peskov on Putin's schedule")
    assert schedule.hits and "schedule for the week" in schedule.hits[0].passage.text
