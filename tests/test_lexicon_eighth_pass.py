"""The lexicon's eighth pass (the _EIGHTH_PASS* blocks of retrieval/bilingual_lexicon.py): words
of questions asked across languages and of the pages that no line translated, or translated
only in another sense, both ways; a wording whose stem another word shares stays out.

The two stories are ours, written here: a TASS-style Russian story and an English one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import crossed_terms, first_quote, plain_terms

_RUSSIAN_STORY = """12 марта 2028, 11:20

Песков: никакой интриги в переговорах нет

МОСКВА, 12 марта. /ТАСС/. Пресс-секретарь президента России Дмитрий Песков назвал лживыми \
вбросами сообщения западных СМИ о срыве переговоров и заявил, что никакой интриги здесь нет.

"Непроверенные публикации и неумелые дискуссии в прессе делу не помогают. Вряд ли кто-то из \
участников заинтересован в утечках", - сказал Песков журналистам.

По словам Пескова, Кремль не намерен драматизировать ситуацию, а верхняя палата парламента \
продолжит работу в обычном режиме.
"""

_ENGLISH_STORY = """March 14, 2028

Ryabkov: Moscow sees no reason for drama over the treaty

MOSCOW, March 14. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said Moscow would \
not dramatise the expiry of the treaty, and that the malignant course of Washington must not \
prevail.

"We have faced such situations before, and we know how to counter any threat," Ryabkov told \
reporters.

He added that the recruitment attempts of foreign services had been exposed long ago.
"""


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("sacked", "уволили"),
        ("liar", "лживые"),
        ("dramatise", "драматизировать"),
        ("released", "опубликовано"),
        ("inept", "неумелые"),
        ("unverified", "непроверенные"),
        ("discussions", "дискуссии"),
        ("assist", "помогать"),
        ("conscience", "совесть"),
        ("prevail", "возобладает"),
        ("malignant", "злокачественной"),
        ("office", "офис"),
        ("Germany", "ФРГ"),
        ("doubts", "вряд ли"),
        ("mystery", "интриги"),
        ("disinformation", "вбросы"),
        ("shift the focus", "переключают внимание"),
        ("breakdown", "срыв"),
        ("quit", "уйти"),
        ("grievances", "жалобы"),
        ("supplier", "поставщиком"),
        ("hesitated", "колебалась"),
        ("faced", "сталкиваться"),
        ("previous", "прежнему"),
        ("lost", "утраченные"),
        ("decent", "приличного"),
        ("predator", "хищником"),
        ("intercontinental", "межконтинентальной"),
        ("worthy", "достойна"),
        ("honorary", "почетного"),
        ("duties", "обязанности"),
        ("upper", "верхней"),
        ("players", "игроками"),
        ("experienced", "опытным"),
        ("countering", "противостоять"),
        ("entities", "субъектов"),
        ("co-sponsors", "соавторы"),
        ("goodwill", "доброй воли"),
        ("recruitment", "вербовка"),
        ("transparency", "прозрачность"),
        ("exposed", "разоблачил"),
        ("journalistic", "журналистским"),
    ],
)
def test_the_eighth_pass_crosses_both_ways(table: Translations, english: str, russian: str) -> None:
    assert set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
    assert set(plain_terms(english, "en")) & crossed_terms(table, russian, "ru")


@pytest.mark.parametrize(
    ("word", "language", "translation", "other_word"),
    [
        ("leaned on", "en", "надавил", "давать"),  # «давить» stems as «давать» (to give)
        ("countering", "en", "противостоять", "против"),  # «противостоит» stems as «против»
        ("determine", "en", "определить", "решение"),  # «решимость» stems as «решение»
        ("essential", "en", "необходимый", "существует"),  # «существенный» as «существует»
        ("experienced", "en", "опытный", "опыт"),  # «опыт» stems as «оп»
    ],
)
def test_a_new_line_keeps_out_the_wording_whose_stem_is_another_word(
    table: Translations, word: str, language: str, translation: str, other_word: str
) -> None:
    crossed = crossed_terms(table, word, language)
    other_language = "ru" if language == "en" else "en"
    assert set(plain_terms(translation, other_language)) <= crossed
    assert not set(plain_terms(other_word, other_language)) & crossed


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder: Path = tmp_path_factory.mktemp("eighth_pass")
    (folder / "2028-03-12_peskov_tass_story_ru.txt").write_text(_RUSSIAN_STORY, encoding="utf-8")
    (folder / "2028-03-14_ryabkov_tass_story_en.txt").write_text(_ENGLISH_STORY, encoding="utf-8")
    return SearchIndex(load_corpus(folder).documents)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Peskov calls the reports lying disinformation", "лживыми вбросами"),
        ("Peskov: inept and unverified discussion", "Непроверенные"),
        ("Рябков: злокачественный курс не должен возобладать", "malignant course"),
        ("Рябков: мы уже сталкивались с таким и умеем противостоять", "counter any threat"),
        ("Рябков о вербовке", "recruitment attempts"),
    ],
)
def test_a_question_finds_the_story_in_the_other_language(
    index: SearchIndex, question: str, said: str
) -> None:
    assert said in first_quote(index, question)


def test_a_question_the_stories_do_not_answer_gets_nothing(index: SearchIndex) -> None:
    # A guard, as in the earlier passes: the new lines answer no question off the stories.
    assert not index.search("Peskov on the football World Cup in Qatar").hits
