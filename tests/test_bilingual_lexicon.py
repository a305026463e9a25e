"""The news lexicon (retrieval/bilingual_lexicon.py): real questions cross to a page in the other
language by words the core table lacks, and multiword terms cross only whole.

The transcripts in tests/transcripts/lexicon/ are ours, in the mid.ru layout: an English
interview (a visa ban, an Iron Curtain) and a Russian briefing (North Korea, the Foreign Office).
"""

from __future__ import annotations

import re

import pytest

import retrieval.search as search_module
from retrieval.bilingual_lexicon import BILINGUAL_LEXICON, Translations, all_lines, parse_lines
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from retrieval.tokenizer import Analyzer
from tests.conftest import ROOT

LEXICON = ROOT / "tests" / "transcripts" / "lexicon"
RYABKOV = "2024-05-20_ryabkov_interview_en"
ZAKHAROVA = "2024-06-03_zakharova_briefing_ru"
_CYRILLIC = re.compile("[а-я]")


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_corpus(LEXICON).documents)


def _terms(analyzer: Analyzer, words: tuple[str, ...], language: str) -> list[str]:
    return [
        term
        for word in words
        for term in analyzer.terms(word, language)  # type: ignore[arg-type]
        if not term.startswith("#")
    ]


def test_every_line_parses_and_stems_to_distinct_terms_in_its_own_script() -> None:
    analyzer = Analyzer()
    assert len(BILINGUAL_LEXICON) >= 1000
    seen: set[tuple[object, ...]] = set()
    for english, russian in BILINGUAL_LEXICON:
        assert english and russian and (english, russian) not in seen, (english, russian)
        seen.add((english, russian))
        sides = []
        for wordings, language in ((english, "en"), (russian, "ru")):
            terms: set[str] = set()
            for words in wordings:
                found = _terms(analyzer, words, language)
                # A wording may hold a stop word ("head_of_state"), never only stop words.
                assert found, (words, english, russian)
                assert all(bool(_CYRILLIC.search(t)) == (language == "ru") for t in found), words
                terms.update(found)
            sides.append(terms)
        assert not sides[0] & sides[1], (english, russian)


def test_words_joined_by_an_underscore_are_one_wording() -> None:
    ((english, russian),) = parse_lines("iron_curtain = железный_занавес занавес")
    assert english == (("iron", "curtain"),)
    assert russian == (("железный", "занавес"), ("занавес",))


def test_a_multiword_term_crosses_only_when_the_question_has_all_of_its_words() -> None:
    analyzer = Analyzer()
    table = Translations(analyzer, parse_lines("iron_curtain = железный_занавес"))
    iron, curtain = analyzer.terms("iron curtain")
    assert table.of([iron, curtain]) == {
        iron: (tuple(analyzer.terms("железный занавес")),),
        curtain: (tuple(analyzer.terms("железный занавес")),),
    }
    assert table.of([iron]) == {}


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("visa ban", "запрет виз"),
        ("iron curtain", "железном занавесе"),
        ("economic growth", "рост экономики"),
        ("in the short term", "в краткосрочной перспективе"),
        ("special military operation", "СВО"),
        ("special operation", "спецоперации"),
        ("Foreign Office", "Форин-офиса"),
        ("arms control", "контроля над вооружениями"),
        ("concessions", "уступки"),
        ("unthinkable", "немыслимы"),
        # Everyday words of news (the _EVERYDAY block).
        ("chaos", "хаоса"),
        ("overcoming", "преодоление"),
        ("employees", "сотрудников"),
        ("difficulties", "трудности"),
        ("permanent seats", "постоянные места"),
        # Words of real questions (the _QUESTION_WORDS block).
        ("two draft documents", "двух проектах документов"),
        ("tax breaks", "налоговых льгот"),
        ("lobbied", "лоббировал"),
        ("speculating", "спекулировать"),
        ("award recipients", "лауреатам"),
        ("take into account", "учитывать"),
    ],
)
def test_news_terms_cross_both_ways(english: str, russian: str) -> None:
    analyzer = Analyzer()
    table = Translations(analyzer)
    en = [t for t in analyzer.terms(english, "en") if not t.startswith("#")]
    ru = [t for t in analyzer.terms(russian, "ru") if not t.startswith("#")]
    assert any(set(wording) <= set(ru) for word in en for wording in table.of(en).get(word, ()))
    assert any(set(wording) <= set(en) for word in ru for wording in table.of(ru).get(word, ()))


def test_the_core_table_is_part_of_the_lexicon() -> None:
    assert len(all_lines()) > len(BILINGUAL_LEXICON)
    analyzer = Analyzer()
    (negotiations,) = analyzer.terms("negotiations")
    (peregovory,) = analyzer.terms("переговоры")
    assert (peregovory,) in Translations(analyzer).of([negotiations])[negotiations]


def test_a_russian_question_finds_the_english_passage_by_news_words(index: SearchIndex) -> None:
    result = index.search("Рябков о запрете виз для россиян и железном занавесе")
    assert result.hits, result.reason
    assert result.hits[0].passage.doc_id == RYABKOV
    assert "iron curtain" in result.hits[0].passage.text


def test_an_english_question_finds_the_russian_passage_by_a_multiword_term(
    index: SearchIndex,
) -> None:
    result = index.search("Zakharova on the Foreign Office and new restrictions for diplomats")
    assert result.hits, result.reason
    assert result.hits[0].passage.doc_id == ZAKHAROVA
    assert "зеркально" in result.hits[0].passage.text


def test_one_word_of_a_multiword_translation_does_not_answer(index: SearchIndex) -> None:
    # «Северная Корея» says «северная», one word of «Северный поток»: no answer to Nord Stream.
    result = index.search("What did Zakharova say about Nord Stream?")
    assert not result.hits


def test_building_an_index_does_not_analyse_the_lexicon() -> None:
    # Only questions use it: the index build must not pay for its size.
    built = SearchIndex(load_corpus(LEXICON).documents)
    assert built._translations._table is None
    built.search("железный занавес")
    assert built._translations._table is not None


def test_a_passage_saying_every_word_in_translation_outranks_one_saying_some_itself(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ryabkov's English answer says "restrictions", "Russian", "diplomats" but nothing of a
    # confrontation; Zakharova's Russian passage (with the question it answers) says all four
    # in Russian. Translations are the only evidence across languages: for ranking they count
    # nearly as the words themselves.
    question = "restrictions on Russian diplomats and confrontation"
    result = index.search(question)
    assert [hit.passage.doc_id for hit in result.hits[:2]] == [ZAKHAROVA, RYABKOV]
    # Counted at a credit as low as the no-answer rule's once was, and without the weight an
    # answer in the other language has among the best (CROSS_ANSWER_WEIGHT), the English
    # passage would come first.
    monkeypatch.setattr(search_module, "CROSS_CREDIT", 0.6)
    monkeypatch.setattr(search_module, "CROSS_RANK_CREDIT", 0.6)
    monkeypatch.setattr(search_module, "CROSS_ANSWER_WEIGHT", 1.0)
    assert index.search(question).hits[0].passage.doc_id == RYABKOV


def test_a_russian_summary_leading_into_the_quote_in_translation_hands_it_its_place() -> None:
    # A Russian news story (ours): the lead sums up Peskov's words and its last sentence turns
    # to accreditation («аккредитации»), the quote after it is on accreditation. Asked in
    # English, the summary leads into the quote through the translation of "accreditation".
    story = SearchIndex(load_corpus(ROOT / "tests" / "transcripts" / "news_ru").documents)
    result = story.search("Peskov on accreditation of foreign journalists and new restrictions")
    first, second = result.hits[0].passage, result.hits[1].passage
    assert first.text.startswith("«Мы никогда не лишали аккредитации")
    assert first.speaker == "Dmitry Peskov"
    assert second.text.startswith("МОСКВА, 12 марта.")


def test_asked_in_the_other_language_the_quote_comes_before_the_narration(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A Russian story (ours): the lead retells Zakharova's words on the consulate in Kirkenes
    # and names the town, the quote after it is what she said; the lead's last sentence says
    # nothing of the question, so only the quote weight orders the two. Across languages the
    # narration's extra words weigh as much as the quote's: the quote counts more.
    story = SearchIndex(load_corpus(ROOT / "tests" / "transcripts" / "news_ru").documents)
    question = "Zakharova on the closure of the consulate in Kirkenes"
    first, second = (hit.passage for hit in story.search(question).hits[:2])
    assert first.text.startswith("«Закрытие консульства") and first.speaker == "Maria Zakharova"
    assert second.text.startswith("МОСКВА, 5 апреля.")
    # Without a quote weight across languages, and with the story's lead not handed to a quote
    # further down either (SearchIndex._quotes_over_leads puts the quote first too), the lead,
    # which scores more, comes first.
    monkeypatch.setattr(search_module, "QUOTE_WEIGHT_CROSS", 0.0)
    monkeypatch.setattr(SearchIndex, "_quotes_over_leads", _leads_kept)
    assert story.search(question).hits[0].passage.text.startswith("МОСКВА, 5 апреля.")


def _leads_kept(
    index: SearchIndex, head: list[tuple[int, float, float]], qt: object, figure: bool = False
) -> list[tuple[int, float, float]]:
    """SearchIndex._quotes_over_leads switched off: the order as it comes."""
    return head
