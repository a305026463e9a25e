"""Who said it on news retellings, pass 21 (set AA: wire retellings, ministry statements
quoted in the news, parliament speakers, Kremlin transcripts).

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

LAVROV = "Sergey Lavrov"
UNKNOWN = "Unknown speaker"


def test_according_to_a_ministry_is_not_its_minister() -> None:
    # The title names the minister first; the ministry's statement is quoted below it.
    page = (
        "Lavrov, Rubio review outcome of Geneva meeting by telephone — Foreign Ministry\n"
        "Russian Foreign Minister Sergey Lavrov and US Secretary of State Marco Rubio reviewed "
        "the outcome of the Geneva meeting by telephone, the Russian Foreign Ministry said, a "
        "news site reports.\n"
        '"On June 3, at the request of the American side, a telephone call took place between '
        'the two ministers," the Russian diplomatic service said.\n'
        'According to the Russian Foreign Ministry, Rubio "praised the exchange of detainees and '
        "stressed Washington's willingness to keep helping the parties.\"\n"
        '"The ministers also went over a number of regional topics," the ministry concluded.\n'
    )
    assert speaker_of(page, "praised the exchange of detainees") == UNKNOWN
    russian = (
        "Лавров и Рубио обсудили итоги встречи в Женеве\n"
        "Министр иностранных дел России Сергей Лавров и госсекретарь США Марко Рубио обсудили "
        "по телефону итоги встречи в Женеве.\n"
        "По словам МИД России, стороны «условились продолжить контакты на экспертном уровне».\n"
    )
    assert speaker_of(russian, "условились продолжить") == UNKNOWN


def test_according_to_the_ministers_post_still_names_him() -> None:
    page = (
        "Russian Foreign Minister Sergey Lavrov met his Qatari counterpart in Doha on Monday.\n"
        "According to the Russian minister, the sides agreed to meet again before the summer.\n"
    )
    assert speaker_of(page, "agreed to meet again") == LAVROV
    # A post in an institution ("Federation Council Speaker") is a person, not the body.
    speaker = (
        "Federation Council Speaker Valentina Matviyenko spoke at the assembly in Geneva, "
        "the upper house said.\n"
        "She said parliaments had a special role in keeping dialogue alive.\n"
        "According to the Federation Council Speaker, the crises of recent years were caused by "
        "a few countries seeking to prosper at the expense of others.\n"
    )
    assert speaker_of(speaker, "prosper at the expense of others") == MATVIYENKO


MATVIYENKO = "Valentina Matviyenko"
VOLODIN = "Vyacheslav Volodin"


@pytest.mark.parametrize(
    ("page", "words", "speaker"),
    [
        # A wire story that names her by surname alone, as archives of the agency do.
        (
            "Senators to review chamber rules, Matviyenko says\n"
            "MOSCOW, March 3 (News agency) — The upper house will review its rules this spring.\n"
            "Matviyenko told senators that the chamber must not simply rubber-stamp bills. She "
            "noted the regions should have a stronger voice in lawmaking.\n",
            "rubber-stamp bills",
            MATVIYENKO,
        ),
        # The other English spelling.
        (
            "Federation Council Speaker Valentina Matvienko met regional lawmakers on Friday.\n"
            '"We will keep the spring agenda short," Matvienko said.\n',
            "spring agenda short",
            MATVIYENKO,
        ),
        (
            "Сенаторы на заседании поддержали поправки к регламенту палаты.\n"
            '"Благодарю всех, кто поддержал эту работу", — сказала Матвиенко после голосования.\n',
            "Благодарю всех",
            MATVIYENKO,
        ),
        (
            "Спикер Госдумы завел канал в мессенджере.\n"
            '"Буду писать о работе депутатов", — отметил Володин в первой записи.\n',
            "Буду писать",
            VOLODIN,
        ),
    ],
)
def test_the_speakers_of_both_houses_are_known_by_surname_and_in_both_spellings(
    page: str, words: str, speaker: str
) -> None:
    assert speaker_of(page, words) == speaker


def test_a_post_closing_a_quote_names_the_one_the_title_gave_it() -> None:
    # A parliament site: the title gives the post and the name, a profile card follows (the
    # surname, the first names, the post again on a line of its own), then the quotes close
    # with the post alone.
    page = (
        "На заседании Совета Думы Председатель ГД Вячеслав Володин\n"
        "Володин\n"
        "Вячеслав Викторович\n"
        "Председатель Государственной Думы Федерального Собрания Российской Федерации восьмого "
        "созыва.\n"
        "Избран по одномандатному округу.\n"
        "сообщил, что палата рассмотрит бюджет в первом чтении в октябре.\n"
        "«Работы много. Поэтому отпусков в этом году не будет», — подчеркнул Председатель ГД.\n"
        "Депутаты должны чаще бывать в регионах, считает Вячеслав Володин.\n"
        "«Законы надо проверять жизнью. Каждый закон должен работать», — добавил Председатель ГД.\n"
    )
    assert speaker_of(page, "отпусков в этом году") == VOLODIN
    assert speaker_of(page, "проверять жизнью") == VOLODIN
    # The card is nobody's words.
    assert speaker_of(page, "Избран по одномандатному") == UNKNOWN


def test_an_accessible_versions_font_controls_are_no_title() -> None:
    # The Kremlin site's version for the visually impaired, copied from its top.
    page = (
        "Select font Arial Times New Roman\n"
        "Character spacing (Kerning): Standard Medium Large\n"
        "Документ /\n"
        "Vladimir Putin held a meeting with Federation Council Speaker Valentina Matviyenko.\n"
        "Federation Council Speaker Valentina Matviyenko: Mr President, the senators have "
        "finished the spring session and passed every law on the plan.\n"
    )
    document = parse_transcript(page, "page")
    assert "font" not in document.title.lower()
    assert not any("Kerning" in p.text for p in document.passages)
    assert speaker_of(page, "finished the spring session") == MATVIYENKO


def test_an_agency_quoting_a_post_and_a_name_quotes_that_person() -> None:
    page = (
        "Moscow sees no grounds for new arms talks yet\n"
        "Moscow is not ready to resume strategic stability talks, a senior diplomat said.\n"
        '"The conditions for that simply do not exist today," RIA Novosti quoted Deputy '
        "Foreign Minister Sergei Ryabkov as saying.\n"
    )
    assert speaker_of(page, "conditions for that simply") == "Sergey Ryabkov"


def test_a_paragraph_without_marks_inside_a_quote_over_three_paragraphs() -> None:
    page = (
        "Спикер Совфеда поздравила нового председателя Госдумы с избранием.\n"
        "«Поздравляю вас с избранием на этот высокий пост.\n"
        "Вы опытный руководитель и умеете слышать людей. Уверена, палаты продолжат работать "
        "слаженно.\n"
        "Желаю вам успехов и крепкого здоровья», — цитирует Матвиенко пресс-служба палаты.\n"
    )
    assert speaker_of(page, "умеете слышать людей") == MATVIYENKO


def test_a_paragraph_naming_its_own_sayer_is_not_inside_a_quote_left_open() -> None:
    page = (
        "Спикер Совфеда поздравила нового председателя Госдумы с избранием.\n"
        "«Поздравляю вас с избранием на этот высокий пост.\n"
        "Ранее Вячеслав Володин заявил, что палата продолжит работу над бюджетом.\n"
        "Желаю вам успехов», — цитирует Матвиенко пресс-служба палаты.\n"
    )
    assert speaker_of(page, "продолжит работу над бюджетом") == VOLODIN


def test_the_president_of_the_russian_federation_is_the_one_russian_president_named() -> None:
    page = (
        "Putin speaks at a forum of experts in Sochi\n"
        "Russian President Vladimir Putin took part in the closing session of an experts' club "
        "in Sochi on Thursday.\n"
        "The club brings together political scientists from thirty countries every autumn.\n"
        "\u201cNobody can hide behind a missile shield for long. Sooner or later the balance "
        "returns\u201d \u2013 said the President of the Russian Federation.\n"
    )
    assert speaker_of(page, "hide behind a missile shield") == "Vladimir Putin"
    russian = (
        "Путин выступил на форуме экспертов в Сочи\n"
        "Президент России Владимир Путин принял участие в итоговой сессии клуба экспертов.\n"
        "Клуб ежегодно собирает политологов из тридцати стран.\n"
        "«Никто не спрячется за противоракетным щитом надолго. Рано или поздно баланс "
        "вернется», — сказал президент Российской Федерации.\n"
    )
    assert speaker_of(russian, "спрячется за противоракетным") == "Vladimir Putin"
    # A federation that is no country's is not Russia's.
    sport = (
        "Хоккейный клуб из Казани выиграл кубок в Сочи.\n"
        "Клуб ежегодно участвует в турнире.\n"
        "«Мы добились своего», — сказал президент федерации.\n"
    )
    assert speaker_of(sport, "добились своего") != "Vladimir Putin"


def test_an_embedded_posts_credit_line_is_nobodys_words() -> None:
    page = (
        "Вэнс призвал Москву к переговорам\n"
        '"Для переговоров нужны двое", – сказал Вэнс в интервью телеканалу.\n'
        "Отрывок из интервью опубликовал аккаунт Белого дома в соцсети X.\n"
        "— Rapid Response 47 (@RapidResponse47) September 28, 2025\n"
    )
    document = parse_transcript(page, "page")
    assert not any("@RapidResponse47" in p.text for p in document.passages)
