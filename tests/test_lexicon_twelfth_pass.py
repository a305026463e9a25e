"""The lexicon's twelfth pass (the _TWELFTH_PASS* blocks of retrieval/bilingual_lexicon.py):
everyday and news words of questions asked across languages that no line translated (to fantasize,
a workload, pundits, body language, a facial expression, a conscious choice, a firm grip, a dead
end), officials' idioms (beating around the bush, a scapegoat, a vicious circle), and the words of
politics, regions, the economy, culture, the church, sport and the law around them, both ways; a
wording whose stem another common word shares stays out.

The two stories are ours, written here: a TASS-style Russian story and an English one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import crossed_terms, first_hit, plain_terms, quote_of

_RUSSIAN_STORY = """3 июля 2028, 10:40

Матвиенко: нагрузка на регионы выросла, фантазировать о легких решениях не стоит

МОСКВА, 3 июля. /ТАСС/. Председатель Совета Федерации Валентина Матвиенко заявила, что \
нагрузка на региональные бюджеты за год заметно выросла.

"Нагрузка выросла, и фантазировать о том, что она уменьшится сама собой, не стоит. Ходить \
вокруг да около я не буду: без помощи центра многие регионы окажутся в тупике", - сказала \
Матвиенко журналистам.

Она не согласилась с комментаторами, которые объясняют уход нескольких губернаторов их мимикой \
и языком тела на последнем совещании. "Это был осознанный выбор людей, а не эмоции", - \
подчеркнула председатель палаты.

По словам Матвиенко, в аграрных регионах посевы кукурузы и подсолнечника пострадали от урагана. \
"Фермерам нужны досрочные выплаты по страховке, а не обещания", - отметила она.

"Профсоюзы просят сохранить пособия для многодетных семей, и мы их поддержим. А рынок \
недвижимости в курортных городах перегрет", - сообщила Матвиенко.

"Искать козла отпущения бессмысленно. Из этого порочного круга регионам и центру нужно выходить \
вместе", - добавила Матвиенко.
"""

_ENGLISH_STORY = """July 5, 2028

Peskov: the Kremlin keeps a firm grip on the summit timetable

MOSCOW, July 5. /TASS/. Kremlin Spokesman Dmitry Peskov said the Kremlin kept a firm grip on the \
timetable of the coming summit and saw no dead end in the preparations.

"The talks have stalled before, and the pundits who read our body language on television were \
wrong every time," Peskov told reporters.

He said the president's workload had grown over the summer. "It was a conscious choice to take \
on more, and nobody should fantasize about a long pause," the spokesman went on.

Peskov called a lawsuit filed abroad against the owners of Russian real estate the tip of the \
iceberg of a campaign in search of a scapegoat. "Those who file such lawsuits throw away the \
rules they wrote themselves," he said.

Asked about the hurricane that hit the southern coast, Peskov said the victims would be paid \
in cash ahead of schedule. "The trade unions have asked for it, and the request is fair," he \
said.

The spokesman also praised the goalkeeper of the national team. "His personality and his \
calm facial expression in the penalty shoot-out made the whole country smile," Peskov said.
"""


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("fantasize", "фантазировать"),
        ("fantasy", "фантазии"),
        ("beat around the bush", "увиливать"),
        ("workload", "нагрузка"),
        ("workload grew", "нагрузка выросла"),
        ("pundits", "комментаторы"),
        ("gesticulation", "жестикуляция"),
        ("facial expression", "мимика"),
        ("conscious", "сознательный"),
        ("get rid of", "избавиться"),
        ("throw away", "выкинуть"),
        ("firm grip", "жесткий контроль"),
        ("grip", "хватка"),
        ("dead end", "тупике"),
        ("stalled", "застопорились"),
        ("jealousy", "ревность"),
        ("cruelty", "жестокость"),
        ("nostalgia", "ностальгия"),
        ("underestimated", "недооценили"),
        ("crocodile tears", "крокодиловы слезы"),
        ("scapegoat", "козла отпущения"),
        ("tip of the iceberg", "верхушка айсберга"),
        ("witch hunt", "охота на ведьм"),
        ("season", "сезона"),
        ("marriage", "брак"),
        ("access", "доступ"),
        ("incident", "происшествие"),
        ("speed", "скорость"),
        ("suicide", "самоубийство"),
        ("symptoms", "симптомы"),
        ("pregnancy", "беременность"),
        ("users", "пользователи"),
        ("profitable", "рентабельность"),
        ("mandatory", "обязательный"),
        ("free of charge", "бесплатно"),
        ("cash", "наличными"),
        ("inheritance", "наследство"),
        ("census", "перепись"),
        ("ahead of schedule", "досрочно"),
        ("hurricane", "урагана"),
        ("maize", "кукурузы"),
        ("sunflower", "подсолнечника"),
        ("livestock", "поголовье"),
        ("exit poll", "экзитпол"),
        ("sociologists", "социологи"),
        ("slogans", "лозунги"),
        ("nepotism", "кумовство"),
        ("real estate", "недвижимости"),
        ("producers", "производители"),
        ("trade unions", "профсоюзы"),
        ("welfare benefit", "пособия"),
        ("seaside resort", "курортных"),
        ("payouts", "выплаты"),
        ("screenwriter", "сценарист"),
        ("full house", "аншлаг"),
        ("synod", "синод"),
        ("memorial service", "панихида"),
        ("goalkeeper", "вратарь"),
        ("quarterfinal", "четвертьфинал"),
        ("hat-trick", "хет-трик"),
        ("notary", "нотариус"),
        ("red tape", "волокита"),
        ("in absentia", "заочно"),
        ("misdemeanor", "правонарушение"),
    ],
)
def test_the_twelfth_pass_crosses_both_ways(
    table: Translations, english: str, russian: str
) -> None:
    assert set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
    assert set(plain_terms(english, "en")) & crossed_terms(table, russian, "ru")


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        # «спрос» (demand) stems as «спросите» (ask): "demand" keeps its old lines.
        ("demand", "спросите"),
        # «казнь» (an execution) stems as «казна» (the treasury).
        ("execution", "казну"),
        # «выбросить» stems as «выбросы» (emissions): throwing away crosses to «выкинуть».
        ("throw away", "выбросы"),
        # «прибыль» stems as «прибыть» (to arrive): a profit crosses to «рентабельность».
        ("profit", "прибыть"),
        # «нанять» stems as «нанося» (inflicting): hiring crosses to «нанимать» and «найм».
        ("hire", "нанося"),
        # «останки» only for "mortal remains": "remains" (stays) does not cross to them.
        ("remains", "останки"),
        # «ярмарка» only for a "trade fair": "fair" (just) does not cross to it.
        ("fair", "ярмарка"),
        # «курорт» only for a "seaside resort": "resort to" does not cross to it.
        ("resort", "курорт"),
        # "savings" stems as "save", "allowance" as "allow", "minors" as "minority",
        # "designing" as "designated", "holding" as "hold": none of them crosses alone.
        ("save", "сбережения"),
        ("allowed", "пособие"),
        ("minority", "несовершеннолетние"),
        ("designated", "проектирование"),
        ("holding", "холдинг"),
        # "compassion" stems as "compass": empathy crosses to «сострадание», a compass does not.
        ("compass", "сострадание"),
    ],
)
def test_a_left_out_wording_does_not_cross(table: Translations, english: str, russian: str) -> None:
    assert not set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder: Path = tmp_path_factory.mktemp("twelfth_pass")
    (folder / "2028-07-03_matviyenko_tass_story_ru.txt").write_text(
        _RUSSIAN_STORY, encoding="utf-8"
    )
    (folder / "2028-07-05_peskov_tass_story_en.txt").write_text(_ENGLISH_STORY, encoding="utf-8")
    return SearchIndex(load_corpus(folder).documents)


@pytest.mark.parametrize(
    ("question", "speaker", "said"),
    [
        (
            "Matviyenko: do not fantasize, the workload grew",
            "Valentina Matviyenko",
            "фантазировать",
        ),
        ("Matviyenko will not beat around the bush", "Valentina Matviyenko", "вокруг да около"),
        (
            "Matviyenko on pundits and facial expressions",
            "Valentina Matviyenko",
            "мимикой",
        ),
        ("Matviyenko: a dead end", "Valentina Matviyenko", "тупике"),
        (
            "Matviyenko on the hurricane, maize and sunflower",
            "Valentina Matviyenko",
            "подсолнечника",
        ),
        ("Matviyenko on trade unions and welfare benefits", "Valentina Matviyenko", "Профсоюзы"),
        ("Matviyenko: no scapegoat, a vicious circle", "Valentina Matviyenko", "козла отпущения"),
        ("Песков о комментаторах", "Dmitry Peskov", "pundits"),
        ("Песков: нагрузка выросла", "Dmitry Peskov", "workload"),
        ("Песков о недвижимости", "Dmitry Peskov", "real estate"),
        ("Песков: верхушка айсберга и козел отпущения", "Dmitry Peskov", "scapegoat"),
        ("Песков о выплатах наличными досрочно", "Dmitry Peskov", "in cash"),
        ("Песков о вратаре и его мимике", "Dmitry Peskov", "goalkeeper"),
    ],
)
def test_a_question_finds_the_story_in_the_other_language(
    index: SearchIndex, question: str, speaker: str, said: str
) -> None:
    top = first_hit(index, question)
    assert said in quote_of(top)
    assert top.passage.speaker == speaker


def test_a_question_the_stories_do_not_answer_gets_nothing(index: SearchIndex) -> None:
    # A guard, as in the earlier passes: the new lines answer no question off the stories.
    assert not index.search("Matviyenko on the weather in Sochi and its beaches").hits
