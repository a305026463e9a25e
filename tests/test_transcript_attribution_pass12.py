"""Who said it on news retellings, pass 12 (issue 8): subjects that Russian news copy sets
apart from their verb, and posts spelt out in full.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from tests.conftest import said_by as _said_by

ZAKHAROVA = "Maria Zakharova"
LAVROV = "Sergey Lavrov"
RYABKOV = "Sergey Ryabkov"
USHAKOV = "Yuri Ushakov"
_APPOSITION_STORY = (
    "Захарова ответила на вопрос о Приднестровье\n\n"
    "{subject} прокомментировала ситуацию вокруг переговоров по Приднестровью.\n\n"
    "«Мы готовы помогать сторонам», — сказала Захарова.\n\n"
    "Погода в Тирасполе в эти дни стояла тёплая.\n"
)


@pytest.mark.parametrize(
    ("subject", "hers"),
    [
        # A post set between commas after her name: the verb after it is hers, though nothing
        # follows the verb but its object.
        ("Мария Захарова, официальный представитель МИД России,", True),
        (
            "Мария Захарова, официальный представитель Министерства иностранных дел "
            "Российской Федерации,",
            True,
        ),
        # A participle's clause, or a gerund's, between the name and the verb.
        ("Официальный представитель МИД Мария Захарова, находящаяся с визитом в Кишинёве,", True),
        ("Мария Захарова, выступая в Кишинёве,", True),
        # A circumstance before the name.
        ("На брифинге в Москве Мария Захарова, официальный представитель МИД,", True),
        # Her name after a preposition, or in another case, is no subject.
        ("Вопрос о встрече с Марией Захаровой, официальным представителем МИД,", False),
        ("Беседа с Захаровой, официальным представителем МИД,", False),
    ],
)
def test_a_name_then_an_apposition_between_commas_is_the_verbs_subject(
    subject: str, hers: bool
) -> None:
    zakharova = _said_by(_APPOSITION_STORY.format(subject=subject), ZAKHAROVA)
    assert ("ситуацию вокруг переговоров" in zakharova) is hers
    assert "Погода в Тирасполе" not in zakharova


def test_a_plural_verb_after_a_comma_names_no_one_before_it() -> None:
    # "сообщили в Кремле": an unnamed "they"; Putin in the words before is what was said of.
    page = (
        "В Кремле рассказали о подготовке визита\n\n"
        "Песков провёл брифинг для журналистов.\n\n"
        "Решение о визите в Пекин принял Путин, сообщили в Кремле.\n"
    )
    assert "Решение о визите" not in _said_by(page, "Vladimir Putin")


@pytest.mark.parametrize(
    ("subject", "his"),
    [
        # "министр иностранных дел" is the foreign minister named above.
        ("Министр иностранных дел также", True),
        # Another country's foreign minister is someone else.
        ("Министр иностранных дел Японии также", False),
    ],
)
def test_the_foreign_minister_spelt_out_refers_to_the_minister_named(
    subject: str, his: bool
) -> None:
    page = (
        "Лавров подвёл итоги визита в Нью-Йорк\n\n"
        "Глава МИД России Сергей Лавров назвал полезным визит в Нью-Йорк.\n\n"
        "«Многие коллеги высказывали оценки, близкие к нашим», — заявил Лавров.\n\n"
        f"{subject} отметил, что дискуссии в Совбезе будут продолжаться.\n"
    )
    assert ("дискуссии в Совбезе" in _said_by(page, LAVROV)) is his


_AIDE_STORY = (
    "Ушаков рассказал о переговорах\n\n"
    "Помощник президента России Юрий Ушаков рассказал журналистам об итогах встречи.\n\n"
    "«Разговор был долгим и предметным», — отметил Ушаков.\n\n"
    "По словам {aide}, стороны договорились продолжить контакты на уровне экспертов.\n"
)


@pytest.mark.parametrize(
    ("aide", "his"),
    [
        # "по словам помощника ...": the president's aide the story named.
        ("помощника российского лидера", True),
        ("помощника президента", True),
        ("помощника президента Юрия Ушакова", True),
        # The one an aide works for, named, or another country's leader: not the aide here.
        ("помощника Путина", False),
        ("советника украинского лидера", False),
    ],
)
def test_according_to_the_presidents_aide_is_the_aide_named(aide: str, his: bool) -> None:
    ushakov = _said_by(_AIDE_STORY.format(aide=aide), USHAKOV)
    assert ("продолжить контакты" in ushakov) is his


def test_according_to_the_aide_never_names_the_one_he_works_for() -> None:
    putin = _said_by(_AIDE_STORY.format(aide="помощника Путина"), "Vladimir Putin")
    assert "продолжить контакты" not in putin


@pytest.mark.parametrize(
    ("back_reference", "speaker"),
    [
        ("Такую оценку итогам встречи дал помощник президента России Юрий Ушаков.", USHAKOV),
        ("Такое заявление сделал журналистам замглавы МИД РФ Михаил Галузин.", "Mikhail Galuzin"),
        ("Такое мнение высказал в эфире радио пресс-секретарь Дмитрий Песков.", "Dmitry Peskov"),
        ("С таким заявлением выступил заместитель министра Сергей Рябков.", RYABKOV),
        ("С таким мнением выступил пресс-секретарь президента Дмитрий Песков.", "Dmitry Peskov"),
    ],
)
def test_such_an_assessment_was_given_by_x_gives_x_the_lead_before_it(
    back_reference: str, speaker: str
) -> None:
    page = _BACK_REFERENCE_STORY.format(back_reference=back_reference)
    theirs = _said_by(page, speaker)
    assert "враждебного курса" in theirs
    assert "Выборы в Молдавии" not in theirs


_BACK_REFERENCE_STORY = (
    "Москва ждёт шагов от Кишинёва\n\n"
    "Отношения с Молдавией могут быть восстановлены, если Кишинёв откажется от "
    "враждебного курса. {back_reference}\n\n"
    "«Мы открыты к диалогу», — добавил он.\n\n"
    "Выборы в Молдавии прошли в сентябре.\n"
)


def test_such_an_opinion_of_someone_unknown_gives_the_lead_to_no_one() -> None:
    page = (
        "Лавров ответил Таллину\n\n"
        "Глава МИД России Сергей Лавров провёл переговоры в Москве.\n\n"
        "Россия угрожает безопасности Балтии. Такое мнение высказал глава МИД Эстонии.\n\n"
        "«Это пустые слова», — ответил Лавров.\n"
    )
    lavrov = _said_by(page, LAVROV)
    assert "Это пустые слова" in lavrov
    assert "угрожает безопасности" not in lavrov


_LOST_MARKS_STORY = (
    "Moscow will not hold Washington in the treaty: deputy FM\n\n"
    "MOSCOW - Russia will not beg for inspections, Deputy Foreign Minister Sergey Ryabkov "
    "said on Thursday.\n\n"
    "Asked whether the treaty would survive the year, Ryabkov {verb} that Moscow would not "
    "force anyone to stay in it.\n\n"
    "{after}\n\n"
    "The treaty expires in February. Inspections under it were paused in 2022. The "
    "consultative commission has not met since. Washington has called for talks.\n"
)
_OWN_WORDS = (
    "If they choose to walk away, it is their decision. We have seen such steps before. "
    "We proceed from the fact that the treaty still serves both sides."
)


@pytest.mark.parametrize("verb", ["responded by saying", "replied by noting", "said"])
def test_responding_by_saying_is_the_subjects_verb(verb: str) -> None:
    ryabkov = _said_by(_LOST_MARKS_STORY.format(verb=verb, after="The talks ended."), RYABKOV)
    assert "would not force anyone" in ryabkov
    assert "expires in February" not in ryabkov


@pytest.mark.parametrize(
    ("after", "his"),
    [
        # His words with their quote marks lost: first person, nobody named.
        (_OWN_WORDS, True),
        # The site's own line, one sentence.
        ("We will keep you updated.", False),
        # Narration that names someone, or says no "we".
        ("Lavrov met Blinken in Geneva. We have seen such meetings before.", False),
        ("The ministry declined further comment. The talks ended on Friday.", False),
    ],
)
def test_a_first_person_paragraph_after_reported_words_goes_on_with_them(
    after: str, his: bool
) -> None:
    ryabkov = _said_by(_LOST_MARKS_STORY.format(verb="said", after=after), RYABKOV)
    assert (after[:20] in ryabkov) is his
    assert "expires in February" not in ryabkov


_CIRCUMSTANCE_STORY = (
    "Захарова назвала тревожной ситуацию в Сирии\n\n"
    "Официальный представитель МИД России Мария Захарова прокомментировала события в Сирии.\n\n"
    "«Ситуация тревожная», — сказала Захарова.\n\n"
    "{sentence}\n\n"
    "Погода в Дамаске в эти дни стояла жаркая.\n"
)


@pytest.mark.parametrize(
    ("sentence", "hers"),
    [
        # A circumstance between the post and its verb, or before both.
        ("Дипломат в эфире радио «Восток» подчеркнула, что главное сейчас диалог.", True),
        ("В интервью РИА Новости дипломат подчеркнула, что главное сейчас диалог.", True),
        ("Дипломат на брифинге подчеркнула, что главное сейчас диалог.", True),
        # Another country's post stays someone else's.
        (
            "Министр иностранных дел Турции в интервью РИА Новости подчеркнул, что главное сейчас "
            "диалог.",
            False,
        ),
        ("В интервью РИА Новости турецкий министр подчеркнул, что главное сейчас диалог.", False),
    ],
)
def test_a_circumstance_beside_a_post_keeps_it_the_subject(sentence: str, hers: bool) -> None:
    zakharova = _said_by(_CIRCUMSTANCE_STORY.format(sentence=sentence), ZAKHAROVA)
    assert ("главное сейчас диалог" in zakharova) is hers
    assert "Погода в Дамаске" not in zakharova


def test_the_president_with_a_circumstance_then_a_name_split_by_a_stop_inside_it() -> None:
    page = (
        "Путин встретился с главой региона\n\n"
        "Президент России Владимир Путин провёл встречу с губернатором области.\n\n"
        "Президент в продолжение беседы отметил рост урожая в регионе.\n\n"
        "Также обсуждалась реализация региональной программы «Север. Новые дороги». Губернатор "
        "поблагодарил за поддержку.\n"
    )
    putin = _said_by(page, "Vladimir Putin")
    assert "рост урожая" in putin
    # The name of the programme, cut in two by its full stop, is nobody's words.
    assert "Новые дороги" not in putin
    assert "поблагодарил" not in putin


def test_making_a_statement_tells_of_the_event_not_what_was_said() -> None:
    page = (
        "Путин выступил перед журналистами\n\n"
        "Российский лидер выступил с заявлением для СМИ по итогам переговоров в Москве.\n\n"
        "«Спасибо за внимание», — сказал Путин журналистам в завершение.\n"
    )
    putin = _said_by(page, "Vladimir Putin")
    assert "Спасибо за внимание" in putin
    assert "выступил с заявлением" not in putin


_MET_STORY = (
    "Лавров ответил на вопрос о переговорах\n\n"
    "МОСКВА, 24 марта. Министр иностранных дел России Сергей Лавров после встречи с "
    "{partner} ответил на вопрос журналистов о том, как прошли переговоры.\n\n"
    "«Мы обсудили всё, что собирались, и по каждому вопросу продвинулись вперёд», — сказал "
    "министр.\n"
)


@pytest.mark.parametrize(
    "partner",
    [
        # An adjective and a post in the case the preposition governs, then the partner's name
        # (an indeclinable surname, so the name alone does not show its case): he is the one
        # met, not the one who answered.
        "государственным секретарем США Джоном Керри",
        "японским коллегой Таро Коно",
        "американским послом Джоном Салливаном",
    ],
)
def test_the_one_met_after_a_preposition_is_not_the_one_who_answered(partner: str) -> None:
    said = _said_by(_MET_STORY.format(partner=partner), LAVROV)
    assert "после встречи" in said and "продвинулись вперёд" in said
