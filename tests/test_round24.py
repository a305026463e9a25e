"""Round 24: a known official's Russian case forms come from the table's Russian spelling of his
surname (not from spelling his Latin name back letter by letter), and a post between the verb
of saying and a surname ('"...," said Ambassador Shava').

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from retrieval.search import SearchIndex
from retrieval.speakers import canonical_speaker, person_name
from retrieval.text import transliterate
from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of, stories_index

UNKNOWN = "Unknown speaker"


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return stories_index("ordinals")


def test_the_mission_spelling_is_the_name_shown() -> None:
    # His mission's and the ministry's English pages write "Vassily Nebenzia"; agencies'
    # "Vasily Nebenzya" and the Russian forms name the same person.
    for form in ("Vasily Nebenzya", "Vassily Nebenzia", "В.А.Небензя", "Небензя"):
        assert canonical_speaker(form) == "Vassily Nebenzia"
    assert canonical_speaker("Dmitry Polyansky") == "Dmitry Polyanskiy"


@pytest.mark.parametrize(
    "question",
    [
        "Что Небензя сказал о политическом убежище для директора ФБР?",
        "Что заявил Небензя про убежище для Коми?",
    ],
)
def test_a_russian_question_naming_him_with_a_verb_of_saying_asks_for_his_words(
    index: SearchIndex, question: str
) -> None:
    # «Небензя» is the table's Russian spelling of "Nebenzia" (letter by letter it would be
    # «Небенциа», which no question writes): with «сказал» he is the one who speaks, so
    # Putin's words on the asylum answer nothing.
    parsed = index.parse(question)
    assert parsed.speakers == ("Vassily Nebenzia",)
    assert parsed.subjects == ()
    result = index.search(question)
    assert all(hit.passage.speaker == "Vassily Nebenzia" for hit in result.hits)
    assert not any(hit.passage.speaker == "Vladimir Putin" for hit in result.hits)


def test_his_own_words_are_still_found_from_a_russian_question(index: SearchIndex) -> None:
    result = index.search("Что Небензя сказал о 80-летии начала Второй мировой войны?")
    assert result.hits
    assert result.hits[0].passage.speaker == "Vassily Nebenzia"


HERALD_STORY = (
    "Reporter's Name\n\n"
    "Herald Reporter\n\n"
    "MALAWI condemns the floods damage in the southern region, Foreign Affairs Minister "
    "Ambassador Kondwani Phiri has said.\n\n"
    "Relief agencies have moved tents to the worst hit districts.\n\n"
    "“Malawi stands with every family that lost a home. We will rebuild the bridges before "
    "the rains return,” said Ambassador Phiri during a post Cabinet media briefing in "
    "Lilongwe on Tuesday.\n\n"
    "The rains are expected to ease next week.\n"
)


def test_a_post_between_the_verb_and_the_surname_names_the_one_named_before() -> None:
    assert speaker_of(HERALD_STORY, "Malawi stands with every family") == "Kondwani Phiri"
    # The narration between them stays the reporter's.
    assert speaker_of(HERALD_STORY, "Relief agencies have moved tents") == UNKNOWN


def test_a_russian_post_between_the_verb_and_the_surname() -> None:
    page = (
        "Посол Черногории в России Драган Петкович встретился с журналистами в Москве.\n\n"
        "Речь шла о поставках удобрений и зерна.\n\n"
        "«Мы рассчитываем удвоить закупки пшеницы уже в следующем году», — заявил посол "
        "Петкович.\n"
    )
    assert speaker_of(page, "удвоить закупки пшеницы") == canonical_speaker("Драган Петкович")


def test_a_post_before_a_surname_nobody_was_named_by_stays_unknown() -> None:
    # No one of that surname was named before: the post and the surname name no one.
    page = (
        "Floods hit the south\n\n"
        "Relief agencies have moved tents to the worst hit districts.\n\n"
        "“We will rebuild the bridges before the rains return,” said Minister Banda on "
        "Tuesday.\n"
    )
    document = parse_transcript(page, "page")
    spoken = next(p for p in document.passages if "rebuild the bridges" in p.text)
    assert spoken.speaker == UNKNOWN


@pytest.mark.parametrize(
    ("span", "name"),
    [
        # A South Slavic surname ending like a patronymic: no first name makes "Петкович".
        ("Посол Черногории в России Драган Петкович", "Dragan Petkovich"),
        ("посла Черногории Драгана Петковича", "Dragan Petkovich"),
        # A first name and a patronymic made from a first name are an address, no name.
        ("Сергей Викторович", None),
        ("Мария Александровна", None),
        ("Дмитрий Сергеевич", None),
        ("Анна Юрьевна", None),
        ("Павел Львович", None),
    ],
)
def test_a_surname_in_vich_is_told_from_a_patronymic(span: str, name: str | None) -> None:
    assert person_name(span) == name


SERBIAN_TV_INTERVIEW = (
    "Интервью Посла России в Боснии и Герцеговине И.И.Калинина телеканалу БН, 3 марта 2021 года\n\n"
    "Неофициальный перевод\n\n"
    "Ясна Вукович: Ваше Превосходительство, как посольство работает в дни карантина?\n\n"
    "И.И.Калинин: Работаем в обычном режиме, но все встречи перенесли в онлайн, и это "
    "оказалось удобнее, чем мы думали.\n\n"
    "Ясна Вукович: Когда откроется авиасообщение с Москвой?\n\n"
    "И.И.Калинин: Надеюсь, уже весной, переговоры с авиакомпаниями идут.\n"
)


def test_an_interviewers_label_with_a_surname_in_vich_names_her() -> None:
    document = parse_transcript(SERBIAN_TV_INTERVIEW, "page")
    asked = next(p for p in document.passages if "дни карантина" in p.text)
    assert asked.speaker == person_name("Ясна Вукович") == "Yasna Vukovich"
    assert asked.role == "question"
    answered = next(p for p in document.passages if "в обычном режиме" in p.text)
    assert answered.speaker != UNKNOWN
    assert answered.role == "answer"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Хуан", "Juan"),
        ("Хосе Мануэль", "Jose Manuel"),
        ("Махмуд", "Mahmoud"),
        ("Дэвид", "David"),
        # A Russian first name keeps the ministry's spelling.
        ("Алексей", "Alexey"),
        ("Евгений", "Yevgeny"),
    ],
)
def test_foreign_first_names_from_russian_pages_are_spelt_as_their_owners_do(
    cyrillic: str, latin: str
) -> None:
    assert transliterate(cyrillic) == latin


ECUADOR_INTERVIEW = (
    "Волна протестов прошла по стране в октябре. О том, как власти справились с ними и какими "
    "будут совместные проекты в энергетике, рассказал корреспонденту РИА Новости Ирине "
    "Волковой посол Гватемалы в РФ Хулио Рамирес Эскобар.\n"
    "— Когда ожидается следующий визит министра иностранных дел в Москву?\n"
    "— Мы готовим его на весну, программа почти согласована, и я надеюсь, что будут "
    "подписаны два соглашения.\n"
    "— А что с поставками кофе?\n"
    "— Поставки растут третий год подряд, в прошлом году они выросли на четверть.\n"
)


def test_a_three_word_foreign_name_after_a_post_and_where_he_serves() -> None:
    assert person_name("посол Гватемалы в РФ Хулио Рамирес Эскобар") == "Julio Ramires Eskobar"
    assert person_name("посол Гватемалы в Москве Хулио Рамирес Эскобар") == "Julio Ramires Eskobar"


def test_the_one_who_told_the_agencys_correspondent_answers_the_interview() -> None:
    answer = speaker_of(ECUADOR_INTERVIEW, "Мы готовим его на весну")
    assert answer == "Julio Ramires Eskobar"
    assert speaker_of(ECUADOR_INTERVIEW, "Поставки растут третий год") == answer
    # The correspondent is named too, but not by a post: she asks, she does not answer.
    document = parse_transcript(ECUADOR_INTERVIEW, "page")
    asked = next(p for p in document.passages if "следующий визит" in p.text)
    assert asked.role == "question"


def test_a_correspondent_told_about_nothing_names_no_interviewee() -> None:
    # Two people named by post after the words: neither is the interviewee.
    page = (
        "О переговорах рассказал корреспонденту ТАСС посол Гватемалы в РФ Хулио Рамирес "
        "Эскобар, а также посол Гондураса в РФ Луис Мартинес Кастро.\n"
        "— Как прошли переговоры?\n"
        "— Очень хорошо, мы договорились почти обо всем, осталось согласовать сроки.\n"
    )
    assert speaker_of(page, "договорились почти обо всем") == UNKNOWN


EMBASSY_BRIEFING = (
    "Интервью Посла России в Лаосе Петра Самсонова российским СМИ\n\n"
    "12.04.2023 10:15:00\n\n"
    "10 апреля Посол России в Лаосе Петр Самсонов провел брифинг для российских СМИ.\n\n"
    "1. Расскажите, пожалуйста, о планах контактов на высшем уровне. Есть ли уже сроки? "
    "В каком формате они пройдут?\n\n"
    "Думаю, не ошибусь, если скажу, что такие контакты задают тон всему сотрудничеству. "
    "Особое значение имеет доверие между руководителями двух стран.\n\n"
    "Напомню, что в прошлом году товарооборот вырос почти вдвое.\n"
)


def test_one_numbered_question_asking_him_to_tell_makes_a_bare_interview() -> None:
    # The page is cut after the first answer: one question, which asks him to tell (an
    # imperative, no "вы"), and answers opened by a verb in the first person («Думаю, ...»).
    document = parse_transcript(EMBASSY_BRIEFING, "page")
    asked = next(p for p in document.passages if "планах контактов" in p.text)
    assert asked.role == "question"
    assert asked.speaker != "Petr Samsonov"
    answer = next(p for p in document.passages if "задают тон" in p.text)
    assert answer.speaker == canonical_speaker("Петр Самсонов")
    assert answer.role == "answer"


def test_a_surname_says_after_an_asked_clause() -> None:
    # "asked whether" is a verb of saying too, with a small word after it: the capitalised
    # surname before "said" is the sayer.
    page = (
        "Talks in Munich will not harm ties, minister says\n\n"
        "Foreign Minister Kamal Rahman told the media on Wednesday that the meeting was held at "
        "the request of Kyiv.\n\n"
        "Asked whether it could cool relations with Moscow, Rahman said, “There is not the "
        "slightest chance that one meeting changes our relations with Russia.”\n"
    )
    assert speaker_of(page, "slightest chance that one meeting") == "Kamal Rahman"
