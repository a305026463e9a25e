"""Answering rules: what an unknown question word weighs, related passages, unchecked filters.

The transcripts in tests/transcripts/answering/ are ours: a dated press conference (mid.ru layout),
an undated speech (a title, no date anywhere) and an unsigned comment (its speaker unknown).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import retrieval.search as search_module
from bot.cli import main
from bot.formatting import format_result_html, format_result_text
from bot.i18n import texts_for
from retrieval.corpus import load_corpus
from retrieval.question_weights import (
    UNKNOWN_NAME_FACTOR,
    UNKNOWN_WORD_SHARE,
    is_name_like,
    unknown_word_weight,
)
from retrieval.search import PAIR_PART_CREDIT, TITLE_MATCH_WEIGHT, NoAnswer, SearchIndex
from retrieval.text import speech_share
from tests.conftest import ROOT, SAMPLE_DIR, row_starting

EN = texts_for("en")
CLOSEST_HEADING, UNCHECKED_HEADING = EN.CLOSEST_HEADING, EN.UNCHECKED_HEADING
UNCHECKED_NOTES = EN.UNCHECKED_NOTES

ANSWERING = ROOT / "tests" / "transcripts" / "answering"
OSLO = "2019-06-04_lavrov_press_conference_oslo"
RADIO_RU = "2021-04-12_lavrov_interview_radio_ru"
INITIALS = "2009-09-20_medvedev_interview_initials"
REPORT = "zakharova_visas_news_report"
UNDATED = "lavrov_students_undated"
UNSIGNED = "grain_statement_unattributed"


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    documents = load_corpus(ANSWERING).documents + load_corpus(SAMPLE_DIR).documents
    return SearchIndex(documents)


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("Lavrov on the Svalbard quotas", "Svalbard", True),
        ("Svalbard quotas", "Svalbard", False),  # first word: capitalised anyway
        ("What about NATO?", "NATO", True),
        ("NATO expansion", "NATO", True),  # an acronym is a name wherever it stands
        ("talks with McCain", "McCain", True),
        ("resolution 2735", "2735", True),
        ("the photo shoot", "shoot", False),
        ("Захарова о «Газпроме»", "Газпроме", True),
        ("Что сказал Лавров. Визит в Осло", "Визит", False),
        ("Путин о ставке ЦБ", "ЦБ", True),
    ],
)
def test_name_like_words(text: str, word: str, named: bool) -> None:
    assert is_name_like(text, *_span(text, word)) is named


def test_unknown_word_weights() -> None:
    assert unknown_word_weight(6.0, name_like=True) == pytest.approx(UNKNOWN_NAME_FACTOR * 6.0)
    assert unknown_word_weight(6.0, name_like=False) == pytest.approx(UNKNOWN_WORD_SHARE * 6.0)
    # A name no transcript mentions outweighs the rarest known word; phrasing weighs less.
    assert UNKNOWN_NAME_FACTOR > 1.0 > UNKNOWN_WORD_SHARE


def test_unknown_phrasing_words_do_not_refuse_the_answer(index: SearchIndex) -> None:
    # "fishermen", "feared", "beforehand" occur nowhere: they are phrasing, not the topic.
    result = index.search("Lavrov on cod fishing quotas, as fishermen had feared beforehand")
    assert result.hits and result.hits[0].passage.doc_id == OSLO
    assert "catch quotas for cod" in result.hits[0].passage.text


def test_an_unknown_name_outweighs_the_words_found(index: SearchIndex) -> None:
    # "quotas" is found, but nothing mentions Svalbard: the question has no answer.
    result = index.search("Lavrov on the Svalbard quotas")
    assert result.hits == () and result.reason == NoAnswer.WEAK


def test_a_word_beside_an_unknown_word_is_weaker_evidence(index: SearchIndex) -> None:
    # "Svalbard quotas" are a kind of quotas the transcripts never mention; "quotas for
    # Svalbard" keeps the words apart. Neither is answered, the first covers less.
    qt_apart = index._query_terms(index.parse("Lavrov on quotas for Svalbard"))
    qt_pair = index._query_terms(index.parse("Lavrov on Svalbard quotas"))
    assert qt_apart.pairs == () and qt_pair.pairs == (("svalbard", "quota"),)
    oslo = next(i for i, p in enumerate(index.passages) if "catch quotas" in p.text)
    passage = index.passages[oslo]
    apart = index._coverage(oslo, passage, qt_apart)
    pair = index._coverage(oslo, passage, qt_pair)
    assert pair[1] < apart[1]  # the no-answer rule sees the pair
    assert pair[0] == pytest.approx(apart[0])  # ranking does not


def test_words_before_an_unknown_head_are_weaker_evidence(index: SearchIndex) -> None:
    # "cod quota auctions" are auctions, which no transcript mentions: "cod" and "quota" only
    # say which auctions, so both count half for the no-answer rule (not only the neighbour).
    qt = index._query_terms(index.parse("Lavrov on cod quota auctions"))
    assert qt.runs == (("cod", "quota", "auction"),)
    oslo = next(i for i, p in enumerate(index.passages) if "catch quotas for cod" in p.text)
    ranking, answering = index._coverage(oslo, index.passages[oslo], qt)
    assert answering == pytest.approx(PAIR_PART_CREDIT * ranking)
    # With the head said, nothing is discounted.
    qt_said = index._query_terms(index.parse("Lavrov on cod quota catch"))
    assert len(set(index._coverage(oslo, index.passages[oslo], qt_said))) == 1


def test_topic_speaker_is_covered_by_his_own_words(index: SearchIndex) -> None:
    # "Lavrov's" before a topic noun is the topic, not a filter; his own passage covers it.
    result = index.search("Lavrov's concern about the defence spending of a neighbour")
    assert result.query.speakers == ()
    top = result.hits[0]
    assert top.passage.speaker == "Sergey Lavrov" and "defence spending" in top.passage.text
    assert top.coverage == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        # The interviewers' labels are Cyrillic; the parser names them in Latin letters, and a
        # Russian question names them in Cyrillic in any case form.
        ("Сколько вопросов прислали слушатели, по словам Олега Зайцева?", "Oleg Zaytsev", "тысячи"),
        ("О чём спросила Ирина Белова про транзит?", "Irina Belova", "транзит грузов"),
        ("Что спросил Зайцев о визах?", "Oleg Zaytsev", "Начнём с виз"),
        # The one spoken to is in the conversation: Lavrov's answer covers "Зайцеву".
        ("Что Лавров ответил Зайцеву о визах?", "Sergey Lavrov", "Визовые ограничения"),
    ],
)
def test_speakers_named_in_russian_questions(
    index: SearchIndex, question: str, speaker: str, words: str
) -> None:
    result = index.search(question)
    assert result.query.speakers == (speaker,)
    top = result.hits[0].passage
    assert (top.doc_id, top.speaker) == (RADIO_RU, speaker) and words in top.text


def test_the_person_spoken_to_is_covered_by_the_conversation(index: SearchIndex) -> None:
    # "J.Marsh" never occurs in the passages' words: he is the interviewer, labelled so. The
    # question spells his first name, which no transcript has.
    result = index.search("What was the hardest moment for Medvedev, he told Jonathan Marsh?")
    assert result.query.addressees == ("J.Marsh",)
    top = result.hits[0]
    assert top.passage.doc_id == INITIALS and "economic crisis" in top.passage.text
    assert top.coverage == pytest.approx(1.0)


def test_who_said_finds_a_journalists_words(index: SearchIndex) -> None:
    result = index.search("Who called Medvedev the most modern leader Russia has had?")
    top = result.hits[0].passage
    assert (top.speaker, top.role) == ("J.Marsh", "question")
    # Asked what someone said, the journalists' turns stay out.
    said = index.search("What did Medvedev say about the most modern leader?")
    assert all(hit.passage.role != "question" for hit in said.hits)


def test_words_said_elsewhere_in_the_transcript_are_its_context(index: SearchIndex) -> None:
    # "in this hall" is said only in the opening of the students' meeting: the question's
    # "hall" is context for the passage on icebreakers, like a word of the title.
    result = index.search("What did Lavrov tell students about icebreakers in the hall?")
    # The passage itself, not the neighbour it may be shown with as one quote.
    pieces = [piece for hit in result.hits for piece in hit.pieces()]
    found = [h for h in pieces if "icebreakers" in h.passage.text]
    assert found and found[0].passage.doc_id == UNDATED and "hall" not in found[0].passage.text
    passage = found[0].passage
    credits = index._credits(index.store.find(passage.id), passage, ["hall", "icebreak"])
    assert credits == {"hall": pytest.approx(TITLE_MATCH_WEIGHT), "icebreak": 1.0}
    # A passage of another transcript gets nothing for it.
    other = next(p for p in index.passages if p.doc_id == OSLO)
    assert index._credits(index.store.find(other.id), other, ["hall"])["hall"] == 0.0


def test_a_quote_comes_before_the_reporters_summary_of_it(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The news story's lead repeats the question's words; the next paragraph quotes her.
    question = "Will Moscow respond to the new visa restrictions, according to Zakharova?"
    hits = index.search(question).hits
    assert [h.passage.doc_id for h in hits[:2]] == [REPORT, REPORT]
    assert hits[0].passage.text.startswith('"Every new restriction')
    assert hits[0].score < hits[1].score  # the summary scores higher on the words alone
    # Both rules put it first: the quoted share within the document, and the lead handing
    # its place to the quote after it; without either the summary leads.
    monkeypatch.setattr(search_module, "QUOTE_WEIGHT", 0.0)
    assert index.search(question).hits[0].passage.text.startswith('"Every new restriction')
    monkeypatch.setattr(search_module, "SUMMARY_SHARE", -1.0)
    assert index.search(question).hits[0].passage.text.startswith("MOSCOW, October 3")


def test_quoted_words_of_someone_count_not_a_quoted_name() -> None:
    assert speech_share('"We will respond to every step," she said.') == pytest.approx(6 / 8)
    assert speech_share("Захарова о «списке Магнитского»") == 0.0
    assert speech_share("«Мы ответим на каждый шаг. И ответ будет") == 1.0  # runs on
    assert speech_share("") == 0.0


def test_month_word_meets_the_date_of_the_page(index: SearchIndex) -> None:
    # No year, so no filter: "June" is a word, and the page's date (June 2019) supplies it.
    in_june = index.search("Lavrov on cod quotas in June")
    plain = index.search("Lavrov on cod quotas")
    assert in_june.hits[0].passage.doc_id == OSLO
    assert in_june.hits[0].score > plain.hits[0].score


def test_undated_page_is_related_under_a_date_filter_never_an_answer(index: SearchIndex) -> None:
    result = index.search("What did Lavrov say about the Northern Sea Route in 2019?")
    assert result.hits == () and result.reason == NoAnswer.FILTERED
    assert result.related and result.related[0].passage.doc_id == UNDATED
    assert all(hit.unchecked == ("date",) for hit in result.related)
    # Without the date the same passage is the answer.
    plain = index.search("What did Lavrov say about the Northern Sea Route?")
    assert plain.hits[0].passage.doc_id == UNDATED and plain.hits[0].unchecked == ()


def test_unknown_speaker_is_related_under_a_speaker_filter(index: SearchIndex) -> None:
    result = index.search("Lavrov on grain shipments to Africa")
    assert result.query.speakers == ("Sergey Lavrov",)
    assert result.hits == ()
    assert result.related and {h.passage.doc_id for h in result.related} == {UNSIGNED}
    assert "grain" in result.related[0].passage.text
    assert all(h.unchecked == ("speaker",) for h in result.related)
    assert all(h.passage.speaker == "Unknown speaker" for h in result.related)


def test_answers_come_with_unchecked_related_passages_apart(index: SearchIndex) -> None:
    # Dated answers from 2019 exist; the undated page's passage on the same words is related.
    result = index.search("Lavrov on rules for foreign ships in 2019")
    assert all(h.passage.date is not None for h in result.hits)
    assert all(h.unchecked == () for h in result.hits)
    assert {h.passage.doc_id for h in result.related} == {UNDATED}


def test_weak_match_shows_closest_passages_as_related(index: SearchIndex) -> None:
    result = index.search("Lavrov on quotas for Svalbard")
    assert result.hits == ()
    assert result.related and result.related[0].passage.doc_id == OSLO
    assert result.related[0].unchecked == ()


def test_related_passages_are_labelled_in_the_reply(index: SearchIndex) -> None:
    weak = index.search("Lavrov on quotas for Svalbard")
    html_reply = "\n".join(format_result_html(weak, 4))
    assert html_reply.startswith("Nothing in the 4 transcripts")
    assert CLOSEST_HEADING in html_reply and "cod and haddock" in html_reply
    text_reply = format_result_text(weak, 4)
    assert text_reply.index("Nothing in") < text_reply.index(CLOSEST_HEADING)

    unchecked = index.search("What did Lavrov say about the Northern Sea Route in 2019?")
    html_reply = "\n".join(format_result_html(unchecked, 4))
    assert UNCHECKED_HEADING in html_reply and UNCHECKED_NOTES["date"] in html_reply
    assert CLOSEST_HEADING not in html_reply
    assert UNCHECKED_NOTES["date"] in format_result_text(unchecked, 4)

    answered = index.search("Lavrov on fishing quotas")
    assert answered.related == ()
    reply = "\n".join(format_result_html(answered, 4))
    assert CLOSEST_HEADING not in reply and UNCHECKED_HEADING not in reply


def test_ask_json_lists_related_apart_from_hits(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    for f in ANSWERING.glob("*.txt"):
        (data / f.name).write_bytes(f.read_bytes())
    question = "What did Lavrov say about the Northern Sea Route in 2019?"
    assert main(["ask", "--data", str(data), "--json", question]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hits"] == [] and out["reason"] == "filtered"
    assert out["related"] and out["related"][0]["doc"] == UNDATED
    assert out["related"][0]["unchecked"] == ["date"]
    assert out["related"][0]["date"] is None

    assert main(["ask", "--data", str(data), "--json", "Lavrov on fishing quotas"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hits"][0]["doc"] == OSLO and out["related"] == []


def test_irregular_verb_forms_meet_their_base() -> None:
    from retrieval.tokenizer import Analyzer

    analyzer = Analyzer()
    assert analyzer.terms("brought notes") == analyzer.terms("bring notes")
    assert analyzer.terms("they met") == analyzer.terms("they meet")
    # A form that is also a common noun or adjective here stays itself.
    assert analyzer.terms("the left") != analyzer.terms("leave")


def test_related_words_are_symmetric_within_a_group() -> None:
    from retrieval.related_words import RelatedTerms
    from retrieval.tokenizer import Analyzer

    analyzer = Analyzer()
    related = RelatedTerms(analyzer, (("visit", "trip"), ("визит", "поездка")))
    (visit,), (trip,) = analyzer.terms("visit"), analyzer.terms("trip")
    assert related[visit] == (trip,) and related[trip] == (visit,)
    (vizit,), (poezdka,) = analyzer.terms("визит"), analyzer.terms("поездка")
    assert related[poezdka] == (vizit,)
    assert "ties" not in related


@pytest.mark.parametrize(
    ("word", "other"),
    [
        # Word families the stemmer leaves apart: a question's noun, a passage's verb.
        ("decision", "decided"),
        ("expansion", "expand"),
        ("suspension", "suspend"),
        ("расширение", "расширять"),
        ("продление", "продлить"),
        ("поставки", "поставлять"),
        ("partly", "partially"),
        # Words a news summary puts for the ones said.
        ("warnings", "signals"),
        ("hospitals", "medical"),
        ("working", "functioning"),
        ("broader", "wider"),
        ("denied", "dismissed"),
        ("started", "initiator"),
        ("talks", "dialogue"),
        ("misjudging", "miscalculating"),
        ("ухудшение", "охлаждение"),
        ("переговоры", "диалог"),
        ("carried", "complying"),
        ("соблюдение", "выполнять"),
        ("troubles", "problems"),
        ("settle", "solving"),
        ("help", "contribution"),
        ("weakening", "undermine"),
        ("опасения", "обеспокоенность"),
        ("снятие", "отмена"),
    ],
)
def test_word_families_are_related(word: str, other: str) -> None:
    from retrieval.related_words import RelatedTerms
    from retrieval.tokenizer import Analyzer

    analyzer = Analyzer()
    related = RelatedTerms(analyzer)
    (term,), (other_term,) = analyzer.terms(word), analyzer.terms(other)
    assert term == other_term or other_term in related[term]


def test_question_finds_the_passage_in_its_related_words(index: SearchIndex) -> None:
    # The passage says "visit", "relations" and "neighbours"; the question "trip" and "ties".
    result = index.search("What did Lavrov's trip to Oslo mean for ties between neighbours?")
    assert result.hits and result.hits[0].passage.doc_id == OSLO
    assert "Relations between neighbours" in result.hits[0].passage.text
    # A related word covers the question's word in part, never wholly.
    exact = index.search("What did Lavrov's visit to Oslo mean for relations between neighbours?")
    assert result.hits[0].coverage < exact.hits[0].coverage


def test_related_words_weigh_less_than_the_words_themselves(
    unjoined: None, index: SearchIndex
) -> None:
    # The speech says "ships"; "vessels" is only related to it.
    said = index.search("Lavrov on container ships in Arctic waters")
    related = index.search("Lavrov on container vessels in Arctic waters")
    assert said.hits[0].passage == related.hits[0].passage
    assert "container ships" in said.hits[0].passage.text
    assert related.hits[0].score < said.hits[0].score
    assert related.hits[0].coverage < said.hits[0].coverage


SUBJECTS = ROOT / "tests" / "transcripts" / "subjects"


@pytest.fixture(scope="module")
def kremlin() -> SearchIndex:
    # A spokesman's briefing on the President's plans and the President's own address.
    return SearchIndex(load_corpus(SUBJECTS).documents)


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Will Putin answer journalists' questions after the parade?", 2),
        # His address reaches the rest of a Russian question only through translations, and
        # as a further answer in the other language it needs less coverage
        # (MIN_COVERAGE_OTHERS_CROSS): the same two answers as in English.
        ("Будет ли Путин отвечать на вопросы журналистов после парада?", 2),
        # A negated verb of saying ("не ответил", "did not answer") asks why he kept silent:
        # it names no speaker, so the spokesman's words answer.
        ("Почему Путин не ответил на вопросы журналистов после парада?", 2),
        ("Why did Putin not answer journalists' questions after the parade?", 2),
    ],
)
def test_the_spokesman_answers_what_the_president_will_do(
    kremlin: SearchIndex, question: str, answers: int
) -> None:
    # Putin is the one who acts, not the one who speaks: his own address answers less of the
    # question than his spokesman's words about his plans.
    result = kremlin.search(question)
    assert len(result.hits) == answers and result.hits[0].passage.speaker == "Dmitry Peskov"
    assert "will not answer journalists' questions" in result.hits[0].passage.text
    # Every page of the answer reads the question the same way: the second page goes on
    # down the same list.
    second = kremlin.search(question, k=1, offset=1)
    assert second.query.speakers == ()
    assert [h.passage for h in second.hits] == [h.passage for h in result.hits[1:]]


def test_the_subjects_own_words_come_first_when_they_answer(kremlin: SearchIndex) -> None:
    result = kremlin.search("Will Putin thank the journalists?")
    assert result.hits[0].passage.speaker == "Vladimir Putin"


def test_a_verb_of_saying_keeps_the_filter(kremlin: SearchIndex) -> None:
    result = kremlin.search("What did Putin say about the journalists at the parade?")
    assert result.hits and {h.passage.speaker for h in result.hits} == {"Vladimir Putin"}


NEWS = ROOT / "tests" / "transcripts" / "news"


@pytest.fixture(scope="module")
def story() -> SearchIndex:
    # A news story: a lead summing up what the spokesman said, his quote, another summary
    # whose last sentence turns to another subject, and a quote on that subject.
    return SearchIndex(load_corpus(NEWS).documents)


def test_the_quote_comes_before_the_lead_that_sums_it_up(story: SearchIndex) -> None:
    result = story.search("Peskov on reporters from unfriendly countries at the press conference")
    first, second = result.hits[0].passage, result.hits[1].passage
    assert first.text.startswith('"We have our own interests') and first.speaker == "Dmitry Peskov"
    assert second.text.startswith("MOSCOW, December 18.")
    # The quote takes the lead's place although it says fewer of the question's words.
    assert result.hits[0].coverage < result.hits[1].coverage


def test_a_quote_on_another_subject_does_not_take_the_summarys_place(story: SearchIndex) -> None:
    # The summary's last sentence turns to the budget, and so does the quote after it.
    result = story.search("Peskov on the holiday schedule of the President")
    assert result.hits[0].passage.text.startswith("Peskov also said that the President's schedule")
    assert all("governors" not in h.passage.text for h in result.hits)


RANKING = ROOT / "tests" / "transcripts" / "ranking"


@pytest.fixture(scope="module")
def ranking() -> SearchIndex:
    # A news story on Shoigu's speech at the Beijing forum (more pages join it below).
    return SearchIndex(load_corpus(RANKING).documents + load_corpus(SAMPLE_DIR).documents)


def test_another_case_form_of_a_russian_word_is_the_word(ranking: SearchIndex) -> None:
    # "таране" and the page's "тарана" stem apart ("тара", "тар"): the question's word is
    # declined, and the page's form counts as the word itself, fully.
    result = ranking.search("Шойгу об Украине как таране")
    assert result.hits and "В качестве тарана" in result.hits[0].passage.text
    assert result.hits[0].coverage == pytest.approx(1.0)
    marked = [result.hits[0].passage.text[s:e] for s, e in result.hits[0].highlights]
    assert "тарана" in marked


def test_a_name_spelt_otherwise_in_the_same_script_meets_the_page(ranking: SearchIndex) -> None:
    # The question writes "Сяншаньском", the page "Сяншанском": one name, not an unknown one
    # that would outweigh every other word of the question.
    result = ranking.search("Шойгу на Сяншаньском форуме")
    assert result.hits and "Сяншанском форуме" in result.hits[0].passage.text
    assert ranking.search("Шойгу на Сяншаньском форуме об Украине как таране").hits


def test_last_year_said_the_next_year_answers_a_question_about_that_year(
    ranking: SearchIndex,
) -> None:
    # Nothing was said in 2018; in February 2019 he spoke of "last year".
    result = ranking.search("Galuzin on the fishing talks in 2018")
    assert result.hits and result.hits[0].passage.text.startswith("Last year was a productive")
    assert result.hits[0].passage.date == dt.date(2019, 2, 14)
    assert ranking.search("Галузин о переговорах по рыболовству в 2018 году").hits


@pytest.mark.parametrize(
    "question",
    [
        # The 2019 page speaks of tourism, but not of last year.
        "Galuzin on tourism in 2018",
        # A 2017 page names 2015 ("Since 2015 ..."): a year named is no "last year".
        "Galuzin on Japanese visitors in 2015",
        # Two years on, "last year" is not the year asked about.
        "Galuzin on the fishing talks in 2017",
    ],
)
def test_later_pages_answer_only_what_they_say_of_last_year(
    ranking: SearchIndex, question: str
) -> None:
    result = ranking.search(question)
    assert result.hits == () and result.reason == NoAnswer.FILTERED


@pytest.mark.parametrize(
    "question",
    [
        "grain shipments from the Black Sea ports to the poorest countries",
        "wheat shipments to Africa",
    ],
)
def test_a_named_speakers_words_come_before_a_page_that_names_none(
    ranking: SearchIndex, question: str
) -> None:
    # An unsigned comment and Lavrov's remarks say the same; the unsigned one says more of
    # it, but only Lavrov's words can be quoted with a speaker.
    unsigned = load_corpus(ANSWERING).documents
    index = SearchIndex([*unsigned, *load_corpus(RANKING).documents])
    result = index.search(question)
    assert [h.passage.speaker for h in result.hits[:2]] == ["Sergey Lavrov", "Unknown speaker"]
    assert result.hits[0].score > result.hits[1].score


def test_a_word_of_the_same_root_counts_in_part(ranking: SearchIndex) -> None:
    # "slower" is a word no page uses; the answer says "slow". Credited in part, it makes the
    # passage an answer, but counts less than the word itself would.
    result = ranking.search("Why was growth slower, according to Putin?")
    assert result.hits and result.hits[0].passage.text.startswith("Growth was slow this year")
    assert (
        result.hits[0].coverage
        < ranking.search("Why was growth slow, according to Putin?").hits[0].coverage
    )


def test_a_quote_outweighs_a_summary_scoring_up_to_twice_as_much(story: SearchIndex) -> None:
    # The news story's lead (nothing quoted) and the spokesman's quote after it. Within one
    # document a passage weighs 1 + QUOTE_WEIGHT * (its share in quotes) times its score.
    summary = row_starting(story, "MOSCOW, December 18.")
    quote = row_starting(story, '"We have our own interests')
    assert speech_share(story.passages[summary].text) == 0.0
    share = speech_share(story.passages[quote].text)
    score = 1.0 + search_module.QUOTE_WEIGHT * share - 0.05  # what the summary outscores it by
    head = [(summary, score, 1.0), (quote, 1.0, 1.0)]
    assert [row for row, _, _ in story._quotes_first(head)] == [quote, summary]
    # Twice the quote's score (QUOTE_WEIGHT 1, the first tuning) kept the summary first.
    assert 1.0 + share < score


def test_coverage_reorders_bm25s_best_fifteen(ranking: SearchIndex) -> None:
    # Fourteen passages that BM25 put first but that say nothing of the question, then the
    # one that says all of it: coverage brings it to the top from fifteenth place.
    qt = ranking._query_terms(ranking.parse("grain shipments to Africa"))
    answer = row_starting(ranking, "The grain shipments")
    others = [n for n, p in enumerate(ranking.passages) if "grain" not in p.text][:14]
    ranked = [(row, 10.0 - n * 0.1) for n, row in enumerate(others)] + [(answer, 5.0)]
    assert len(ranked) == 15
    assert ranking._reranked(ranked, qt)[0][0] == answer


def test_an_unknown_word_with_a_known_relative_weighs_as_phrasing(ranking: SearchIndex) -> None:
    # No page says "slower"; the Putin page says "slow", a word of its root. "slower" is then
    # phrasing of a word the pages use: it weighs a share of that word's idf, not the weight
    # of an unknown word (which is for content that the pages lack).
    qt = ranking._query_terms(ranking.parse("Why was growth slower, according to Putin?"))
    (slower,) = ranking.analyzer.word_terms("slower")
    (slow,) = ranking.analyzer.word_terms("slow")
    assert ranking.engine.doc_freq(slower) == 0 and ranking.engine.doc_freq(slow) > 0
    share = search_module.UNKNOWN_RELATIVE_SHARE
    assert qt.weights[slower] == pytest.approx(share * ranking.engine.idf(slow))
    assert qt.weights[slower] < unknown_word_weight(ranking._max_idf, name_like=False)
    # A word with no relative in the corpus keeps the unknown weight.
    qt = ranking._query_terms(ranking.parse("Why was growth sluggish, according to Putin?"))
    (sluggish,) = ranking.analyzer.word_terms("sluggish")
    assert qt.weights[sluggish] == unknown_word_weight(ranking._max_idf, name_like=False)


def test_a_russian_verb_form_finds_the_noun_of_its_verb(ranking: SearchIndex) -> None:
    # "назначат" (will appoint) is a form the stemmer keeps apart from "назначении"
    # (appointment), which the page says.
    result = ranking.search("Песков: кого назначат послом?")
    assert result.hits and result.hits[0].passage.text.startswith("МОСКВА, 5 марта")
    assert result.hits[0].coverage > 0.7


@pytest.mark.parametrize(
    "question",
    [
        "Шойгу на Сяншаньском форуме об Украине как таране",
        "Why was growth slower, according to Putin?",
        "grain shipments from the Black Sea ports to the poorest countries",
        "Galuzin on the fishing talks",
    ],
)
def test_coverage_from_the_batched_presence_equals_the_per_row_one(
    ranking: SearchIndex, question: str
) -> None:
    # The reranking looks up every term for all candidates at once; the answer must be the
    # one that looking each (row, term) up alone gives.
    qt = ranking._query_terms(ranking.parse(question))
    rows = list(range(len(ranking.passages)))
    presence = ranking._presence(rows, qt.coverage_terms)
    for row in rows:
        passage = ranking.passages[row]
        alone = ranking._coverage(row, passage, qt)
        assert ranking._coverage(row, passage, qt, presence) == alone
