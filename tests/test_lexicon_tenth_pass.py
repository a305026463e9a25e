"""The lexicon's tenth pass (the _TENTH_PASS* blocks of retrieval/bilingual_lexicon.py): words of
questions asked across languages and of the pages that no line translated, or translated only in
another sense, both ways; a wording whose stem another word shares stays out.

The two stories are ours, written here: a TASS-style Russian story and an English one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import crossed_terms, first_quote, plain_terms

_RUSSIAN_STORY = """18 мая 2028, 11:20

Ульянов: обсуждать доклад сейчас малодушно

ВЕНА, 18 мая. /ТАСС/. Постоянный представитель России при международных организациях в Вене \
Михаил Ульянов назвал гротеском и карикатурой на дипломатию повестку заседания Совета \
управляющих.

"Это очередной русофобский залп. Нестыковки в докладе видны всем, и над ним еще предстоит \
поработать", - сказал Ульянов журналистам.

По словам Ульянова, переговоры уже обретали реальные очертания, а нынешнее положение дел \
удручает.
"""

_ENGLISH_STORY = """May 20, 2028

Ryabkov: the relaunch of the talks is not enough

GENEVA, May 20. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said the relaunch of \
the working groups was a flawless piece of procedure but clearly insufficient.

"The hawks in Washington have curtailed every contact, and their hopes of isolating us are \
illusory," Ryabkov told reporters.

He added that the militarisation of the region, and gang violence on its fringes, would be on \
the agenda of the next round.
"""


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("relaunch", "перезапуск"),
        ("illusory", "иллюзорные"),
        ("implementing", "реализовывать"),
        ("ordered", "заказал"),
        ("escape", "побег"),
        ("flawless", "безупречное"),
        ("returning", "возврат"),
        ("selectively", "выборочно"),
        ("indifference", "безразличие"),
        ("militarisation", "милитаризация"),
        ("raised funds", "сбор средств"),
        ("clothing", "одежду"),
        ("inconsistencies", "нестыковки"),
        ("hawks", "ястребы"),
        ("curtailed", "сворачивали"),
        ("gangs", "банды"),
        ("banditry", "бандитизмом"),
        ("ringleader", "главарь"),
        ("endgame", "эндшпилю"),
        ("techniques", "технологии"),
        ("reconsider", "пересмотреть"),
        ("vivid", "наглядный"),
        ("umbrella", "зонтиком"),
        ("horrifying", "ужасающая"),
        ("grotesque", "гротеск"),
        ("caricature", "карикатура"),
        ("cowardly", "малодушно"),
        ("fraternal", "братские"),
        ("depressing", "удручает"),
        ("lies ahead", "предстоит"),
        ("taking shape", "очертания"),
        ("salvo", "залп"),
        ("Board of Governors", "Совета управляющих"),
        ("giving aid", "оказывать помощь"),
        ("feasible", "посильную"),
        ("shooting", "стреляли"),
        ("calm", "спокойствие"),
        ("guard", "страже"),
        ("promising", "многообещающим"),
        ("room for improvement", "поработать"),
        ("snapback", "снэпбэк"),
        ("buyers", "покупатели"),
        ("selling", "продавать"),
        ("anti-government", "антиправительственные"),
        ("biodiversity", "биоразнообразие"),
        ("curb", "обуздать"),
        ("dissatisfaction", "недовольство"),
        ("enshrined", "закреплен"),
        ("inaction", "бездействие"),
        ("misunderstandings", "недоразумения"),
        ("package", "пакет"),
        ("partially", "частично"),
        ("oil spills", "разливы нефти"),
        ("undisputed", "бесспорный"),
        ("anarchy", "анархия"),
        ("atomic", "атомной"),
        ("barricades", "баррикады"),
        ("bombings", "бомбежки"),
        ("surge", "всплеск"),
        ("emerges", "вырисовывается"),
        ("destructive", "деструктивный"),
        ("common sense", "здравого смысла"),
        ("initiates", "инициирует"),
        ("kilometres", "километрах"),
        ("non-deployment", "неразмещении"),
        ("inappropriate", "неуместно"),
        ("proclaims", "провозглашает"),
        ("nickname", "прозвищем"),
        ("clarification", "прояснения"),
        ("private", "частной"),
        ("quadrilateral", "четырехстороннем"),
    ],
)
def test_the_tenth_pass_crosses_both_ways(table: Translations, english: str, russian: str) -> None:
    assert set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
    assert set(plain_terms(english, "en")) & crossed_terms(table, russian, "ru")


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        # «дорожить» (cherish) stems as «дороже» (dearer) and «дорожает»: left out.
        ("cherish", "дороже"),
        # «задуман» (designed) stems as «задуматься» (to ponder): left out.
        ("designed", "задуматься"),
        # «продать», «продали» stem as «прод»: only «продавать» is the line's.
        ("selling", "продали"),
        # «склонен» stems as «склон» (a slope): only «склонность» is the line's.
        ("tendency", "склонен"),
        # 'patient' is a hospital's patient too: «терпеливо» has no line.
        ("patients", "терпеливо"),
        # «отдать дань» would need «отд» and «дан» (as «данные», data): only «почтить память».
        ("pay tribute", "отдыха данные"),
    ],
)
def test_a_left_out_wording_does_not_cross(table: Translations, english: str, russian: str) -> None:
    assert not set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder: Path = tmp_path_factory.mktemp("tenth_pass")
    (folder / "2028-05-18_ulyanov_tass_story_ru.txt").write_text(_RUSSIAN_STORY, encoding="utf-8")
    (folder / "2028-05-20_ryabkov_tass_story_en.txt").write_text(_ENGLISH_STORY, encoding="utf-8")
    return SearchIndex(load_corpus(folder).documents)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Ulyanov: cowardly, a grotesque caricature", "гротеском"),
        ("Ulyanov on inconsistencies: more work lies ahead", "Нестыковки"),
        ("Ulyanov: talks were taking shape", "очертания"),
        ("Рябков о перезапуске: безупречно, но недостаточно", "relaunch"),
        ("Рябков: ястребы в Вашингтоне свернули все контакты", "hawks"),
        ("Рябков о милитаризации региона и бандах", "militarisation"),
    ],
)
def test_a_question_finds_the_story_in_the_other_language(
    index: SearchIndex, question: str, said: str
) -> None:
    assert said in first_quote(index, question)


def test_a_question_the_stories_do_not_answer_gets_nothing(index: SearchIndex) -> None:
    # A guard, as in the earlier passes: the new lines answer no question off the stories.
    assert not index.search("Ulyanov on the price of bread in Vienna bakeries").hits
