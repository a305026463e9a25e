"""A Russian translation meets the page's words of its root that Snowball stems apart.

The page in tests/transcripts/stem_kin/ is ours, in the layout of a Russian news agency story
(a headline, a dateline, a lead, quotes with "— сказала ..."); it is searched together with the
stories of tests/transcripts/xlang/, so that words weigh as on a corpus of several pages.
"""

from __future__ import annotations

import pytest

from retrieval.search import NoAnswer, SearchIndex
from retrieval.stem_kin import MAX_KIN, StemKin, kin_start
from tests.conftest import stories_index


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return stories_index("stem_kin")


def test_the_start_is_the_stem_less_two_letters_but_never_under_six() -> None:
    assert kin_start("спекуляц") == "спекул"
    assert kin_start("интервью") == "интерв"
    assert kin_start("контрол") == "контро"  # not "контр", which begins «контракт»
    assert kin_start("доказ") == "доказ"  # shorter than six: the whole stem


def test_kin_are_the_other_terms_of_that_start() -> None:
    kin = StemKin(["доказательств", "доказ", "доклад", "спекулятивн", "контракт", "proof"])
    assert kin.kin("доказ") == ("доказательств",)
    assert kin.kin("спекуляц") == ("спекулятивн",)
    assert kin.kin("доклад") == ()
    assert kin.kin("контрол") == ()
    assert kin.kin("proof") == ()  # English stems keep a root's forms together
    assert kin.kin("#country:ua") == ()
    # A stem under five letters is an abbreviation or a bare root: «СВО» is no start of
    # «своевременный», "втор" of «вторник».
    assert StemKin(["своевремен", "вторник"]).kin("сво") == ()
    assert StemKin(["своевремен", "вторник"]).kin("втор") == ()


def test_a_start_that_many_terms_share_is_no_root() -> None:
    many = [f"предлож{'а' * n}" for n in range(1, MAX_KIN + 2)]
    assert StemKin(many).kin("предложен") == ()
    assert len(StemKin(many[:MAX_KIN]).kin("предложен")) == MAX_KIN


def test_an_english_word_meets_the_russian_noun_of_its_verbs_root(index: SearchIndex) -> None:
    # The lexicon gives "prove" as «доказать»; the page says «доказательством».
    qt = index._query_terms(index.parse("Zakharova: the refusal proves what Moscow warned about"))
    assert ("доказательств",) in qt.translated["prove"]
    # «спекуляция» / «спекулятивные».
    qt = index._query_terms(index.parse("Zakharova on speculation about meetings"))
    assert ("спекулятивн",) in qt.translated["specul"]


def test_a_question_on_the_root_finds_the_passage(index: SearchIndex) -> None:
    # Without the page's «спекулятивные» nothing of the corpus says "speculation".
    result = index.search("Zakharova on speculation", k=3)
    assert result.hits and "спекулятивные вбросы" in result.hits[0].passage.text
    assert result.hits[0].passage.speaker == "Maria Zakharova"
    # «доказательством» puts the quote first, not the passage on the schedule of meetings.
    result = index.search("Zakharova: the refusal proved what Moscow had warned about", k=3)
    assert result.hits and "доказательством" in result.hits[0].passage.text


def test_a_question_on_what_the_page_never_says_still_gets_nothing(index: SearchIndex) -> None:
    result = index.search("Zakharova on the Eurovision speculation", k=3)
    assert result.hits == () and result.reason == NoAnswer.WEAK


def test_a_verbs_alternated_consonant_is_kin() -> None:
    # «писать» / «пишет», «ответить» / «отвечает», «показать» / «покажет»: the present or
    # future alternates the root's last consonant.
    kin = StemKin(["напишет", "напишут", "отвечает", "покажет", "свеча"])
    assert kin.kin("напис") == ("напишет", "напишут")
    assert kin.kin("ответ") == ("отвечает",)
    assert kin.kin("показ") == ("покажет",)
    assert kin.kin("свет") == ()  # under five letters: «свеча» is another word


def test_an_english_verb_meets_the_russian_future_of_its_translation(index: SearchIndex) -> None:
    qt = index._query_terms(index.parse("Zakharova: time will show who was right"))
    assert any("покажет" in wording for wording in qt.translated["show"])
    result = index.search("Zakharova: time will show who was right", k=3)
    assert result.hits and "Время покажет" in result.hits[0].passage.text
