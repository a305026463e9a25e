"""Trend counts against a brute-force count over every passage's own words."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest

from bot.service import AnswerService
from retrieval.corpus import load_corpus
from retrieval.passages import Document, Passage
from retrieval.search import SearchIndex
from retrieval.tokenizer import Analyzer, normalize_for_match
from retrieval.trend import MAX_MONTHS, Trend, TrendCounter, TrendReason, split_terms
from tests.trend_corpus import N_MONTHS, write_trend_corpus

ANALYZER = Analyzer()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trend") / "data"
    write_trend_corpus(path)
    return path


@pytest.fixture(scope="module")
def documents(folder: Path) -> tuple[Document, ...]:
    loaded = load_corpus(folder)
    assert not loaded.rejected
    return loaded.documents


@pytest.fixture(scope="module")
def counter(documents: tuple[Document, ...]) -> TrendCounter:
    return TrendCounter(SearchIndex(documents))


def passages(documents: Iterable[Document]) -> list[Passage]:
    return [p for d in documents for p in d.passages]


def brute(
    documents: Iterable[Document],
    words: str,
    *,
    speaker: str | None = None,
    year: int | None = None,
    phrase: str | None = None,
    yearly: bool = False,
) -> tuple[Counter[tuple[int, int]], Counter[tuple[int, int]], list[Passage]]:
    """Mentions and all passages per period, and the matching passages, by reading every one."""
    wanted = set(ANALYZER.terms(words))
    mentions: Counter[tuple[int, int]] = Counter()
    base: Counter[tuple[int, int]] = Counter()
    found = []
    for p in passages(documents):
        if p.role == "question" or (speaker and p.speaker != speaker):
            continue
        if year and (p.date is None or p.date.year != year):
            continue
        key = (p.date.year, 1 if yearly else p.date.month) if p.date else None
        if key:
            base[key] += 1
        own = set(ANALYZER.terms(p.text, p.language))
        if not wanted <= own:
            continue
        if phrase and not re.search(
            r"\W+".join(map(re.escape, normalize_for_match(phrase).split())),
            normalize_for_match(p.text),
        ):
            continue
        found.append(p)
        if key:
            mentions[key] += 1
    return mentions, base, found


def chart_keys(trend: Trend) -> list[tuple[int, int]]:
    return [(p.year, 1 if trend.granularity == "year" else p.month) for p in trend.periods]


def assert_matches_brute(trend: Trend, series: int, expected: tuple) -> None:  # type: ignore[type-arg]
    mentions, base, found = expected
    keys = chart_keys(trend)
    s = trend.series[series]
    assert list(s.counts) == [mentions[k] for k in keys]
    assert list(trend.passages) == [base[k] for k in keys]
    assert s.total == len(found)
    assert s.undated == sum(1 for p in found if p.date is None)
    dated = sorted((p for p in found if p.date), key=lambda p: p.date)  # type: ignore[arg-type,return-value]
    if dated:
        assert s.first is not None and s.last is not None
        assert s.first.date == dated[0].date and s.last.date == dated[-1].date
        assert s.first.passage_id in {p.id for p in dated if p.date == dated[0].date}
    top = Counter(p.speaker for p in found)
    assert list(s.speakers) == sorted(top.items(), key=lambda sc: (-sc[1], sc[0]))[:3]


def test_the_corpus_exercises_titles_questions_and_undated_passages(
    documents: tuple[Document, ...],
) -> None:
    titled = [d for d in documents if "sanctions" in d.title]
    asked = [p for p in passages(documents) if p.in_reply_to and "sanctions" in p.in_reply_to]
    assert titled and asked
    assert any("sanction" not in p.text for p in asked)  # answers whose question alone says it
    assert any(d.date is None for d in documents)


@pytest.mark.parametrize("word", ["sanctions", "grain", "uranium", "uranium enrichment", "санкции"])
def test_monthly_counts_equal_a_brute_force_count(
    counter: TrendCounter, documents: tuple[Document, ...], word: str
) -> None:
    trend = counter.count(word)
    assert trend.reason is None and trend.granularity == "month"
    assert len(trend.periods) == N_MONTHS
    assert trend.periods[0] == dt.date(2020, 1, 1) and trend.periods[-1] == dt.date(2021, 12, 1)
    assert_matches_brute(trend, 0, brute(documents, word))


def test_every_month_and_sparse_terms(counter: TrendCounter) -> None:
    grain = counter.count("grain").series[0]
    assert all(c >= 1 for c in grain.counts)
    assert grain.undated == 1  # the undated remarks: counted in the total, not on the chart
    uranium = counter.count("uranium").series[0]
    assert sum(uranium.counts) == uranium.total == 2
    assert uranium.counts.index(1) == 3  # April 2020


def test_titles_and_questions_do_not_count(
    counter: TrendCounter, documents: tuple[Document, ...]
) -> None:
    index = counter.index
    # The index itself finds more: title and question words are indexed with each answer.
    indexed = index.engine.doc_freq(ANALYZER.terms("sanctions")[0])
    trend = counter.count("sanctions")
    assert trend.series[0].total < indexed
    assert all("sanction" in p.text.lower() for p in brute(documents, "sanctions")[2])


def test_three_terms_one_series_each(
    counter: TrendCounter, documents: tuple[Document, ...]
) -> None:
    trend = counter.count("grain, uranium, sanctions")
    assert [s.label for s in trend.series] == ["grain", "uranium", "sanctions"]
    for n, word in enumerate(("grain", "uranium", "sanctions")):
        assert_matches_brute(trend, n, brute(documents, word))


def test_filters(counter: TrendCounter, documents: tuple[Document, ...]) -> None:
    trend = counter.count("sanctions speaker:zakharova")
    assert trend.speakers == ("Maria Zakharova",)
    assert_matches_brute(trend, 0, brute(documents, "sanctions", speaker="Maria Zakharova"))
    trend = counter.count("grain in 2021")
    assert trend.periods[0] == dt.date(2021, 1, 1) and len(trend.periods) == 12
    assert_matches_brute(trend, 0, brute(documents, "grain", year=2021))
    # A filter written with one term applies to all.
    trend = counter.count("grain, uranium speaker:lavrov")
    lavrov = brute(documents, "grain", speaker="Sergey Lavrov")
    assert_matches_brute(trend, 0, lavrov)
    assert_matches_brute(trend, 1, brute(documents, "uranium", speaker="Sergey Lavrov"))
    assert counter.count("санкции lang:ru").series[0].total == 1
    assert counter.count("sanctions lang:ru").reason == TrendReason.NO_MATCH


def test_phrases_and_exclusions(counter: TrendCounter, documents: tuple[Document, ...]) -> None:
    trend = counter.count("«торговли зерном»")
    assert_matches_brute(trend, 0, brute(documents, "торговли зерном", phrase="торговли зерном"))
    assert trend.series[0].total == 1
    assert counter.count('"зерном торговли"').reason == TrendReason.NO_MATCH
    with_grain = counter.count("uranium").series[0].total
    assert counter.count("uranium -enrichment").reason == TrendReason.NO_MATCH
    assert with_grain == 2


def test_yearly_when_the_span_is_over_three_years(folder: Path, tmp_path: Path) -> None:
    wider = tmp_path / "data"
    shutil.copytree(folder, wider)
    old = (
        "3 March 201612:00\n\nForeign Minister Sergey Lavrov's remarks, Moscow, March 3, 2016"
        "\n\n\n  • en-GB1 ru-RU1\n\n\n"
        "We talked about grain supplies and the harvest, about transport corridors to the ports "
        "and about payments between our banks, which must not depend on anyone's goodwill.\n"
    )
    (wider / "2016-03-03_old.txt").write_text(old, "utf-8")
    documents = load_corpus(wider).documents
    trend = TrendCounter(SearchIndex(documents)).count("grain")
    assert trend.granularity == "year"
    assert [p.year for p in trend.periods] == [2016, 2017, 2018, 2019, 2020, 2021]
    assert_matches_brute(trend, 0, brute(documents, "grain", yearly=True))
    assert trend.series[0].counts[1:4] == (0, 0, 0) and trend.passages[1:4] == (0, 0, 0)
    assert N_MONTHS <= MAX_MONTHS  # the fixture corpus alone stays monthly


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("a, b, c, d", TrendReason.BAD_QUERY),
        ("grain speaker:nobody", TrendReason.BAD_QUERY),
        ("grain lang:en, санкции lang:ru", TrendReason.BAD_QUERY),
        ("what did they say about it", TrendReason.NO_TERMS),
        ("grain, the", TrendReason.NO_TERMS),
        (" , ", TrendReason.NO_TERMS),
        ("cryptocurrency", TrendReason.NO_MATCH),
        ("grain in 2015", TrendReason.NO_DATES),
    ],
)
def test_nothing_to_chart_says_why(counter: TrendCounter, query: str, reason: str) -> None:
    trend = counter.count(query)
    assert trend.reason == reason
    if reason == TrendReason.BAD_QUERY:
        assert trend.error


def test_split_terms_keeps_commas_inside_quotes() -> None:
    assert split_terms('NATO, "peace, security", «мир, труд»,, EU') == [
        "NATO",
        '"peace, security"',
        "«мир, труд»",
        "EU",
    ]


def test_service_caches_per_query_and_corpus_version(folder: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(folder, data)
    service = AnswerService(data)
    service.reload()
    first = service.trend("uranium")
    assert service.trend("uranium") is first
    png = service.trend_png(first)
    assert png.startswith(b"\x89PNG") and service.trend_png(first) is png
    extra = (
        "9 September 202112:00\n\nForeign Minister Sergey Lavrov's remarks, Moscow, September 9,"
        " 2021\n\n\n  • en-GB1 ru-RU1\n\n\nUranium deliveries for the power plant under "
        "construction will go ahead as agreed, and no one will be allowed to disrupt them.\n"
    )
    (data / "2021-09-09_uranium.txt").write_text(extra, "utf-8")
    service.reload()
    second = service.trend("uranium")
    assert second is not first and second.series[0].total == first.series[0].total + 1
    assert service.trend_png(second) != png
    with pytest.raises(ValueError, match="nothing to chart"):
        service.trend_png(service.trend("cryptocurrency"))


def test_date_words_of_the_index_are_not_mentions(counter: TrendCounter) -> None:
    # Every passage is indexed with its year and month name, and titles hold the date too;
    # nobody in this corpus says "March" or "2020".
    assert counter.count("march").reason == TrendReason.NO_MATCH
    assert counter.count("2020").reason == TrendReason.NO_MATCH


def test_questions_indexed_with_the_first_passage_only(documents: tuple[Document, ...]) -> None:
    index = SearchIndex(documents, question_in_all=False)
    trend = TrendCounter(index).count("sanctions")
    assert_matches_brute(trend, 0, brute(documents, "sanctions"))


def test_counts_on_real_layouts_equal_a_brute_force_count() -> None:
    """Interviews, dialogues, joined and split paragraphs, Russian labels, undated pages."""
    from tests.conftest import EVAL_TRANSCRIPTS, ROOT, SAMPLE_DIR

    documents: tuple[Document, ...] = ()
    for folder in (SAMPLE_DIR, EVAL_TRANSCRIPTS, ROOT / "tests" / "transcripts"):
        documents += load_corpus(folder).documents
    counter = TrendCounter(SearchIndex(documents))
    # The words said most often (one term each), in both languages.
    said: Counter[str] = Counter()
    for p in passages(documents):
        for word in set(re.findall(r"[^\W\d_]{4,}", p.text)):
            if len(ANALYZER.terms(word)) == 1:
                said[word.lower()] += 1
    words = [w for w, _ in said.most_common(60)]
    assert any(re.search("[а-я]", w) for w in words)
    for word in words:
        trend = counter.count(word)
        expected = brute(documents, word, yearly=trend.granularity == "year")
        if trend.reason == TrendReason.NO_MATCH:
            assert expected[2] == [], word
            continue
        assert trend.reason is None, (word, trend.reason)
        assert_matches_brute(trend, 0, expected)
