"""Who said it on news retellings, pass 9 (issue 8): speakers named by their post only, after
the story named them, and dates stated near the top of a page.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.transcript import parse_transcript
from tests.conftest import said_by as _said_by
from tests.test_page_dates_h import page_date

GRUSHKO = "Alexander Grushko"
ZAKHAROVA = "Maria Zakharova"
_ENVOY_STORY = (
    "Diplomat says the alliance keeps to old schemes\n\n"
    "MOSCOW, May 3. /TASS/. The alliance keeps to the schemes of the past, Russian Deputy "
    "Foreign Minister Alexander Grushko said in an interview with TASS on Friday.\n\n"
    '"We will find an answer to every step of this kind," Grushko noted.\n\n'
    '"Any talks must start with restoring contacts between the militaries," {closing}\n'
)


@pytest.mark.parametrize(
    ("closing", "his"),
    [
        # "Russia's envoy to NATO", "the Russian ambassador in Brussels": the place the post
        # is held at does not make it someone else's.
        ("Russia's envoy to NATO said.", True),
        ("the Russian envoy in Brussels stressed.", True),
        ("the high-ranking diplomat and Russian envoy to the alliance stressed.", True),
        # A former post of Russia's: the person named last.
        ("Russia's former envoy to NATO said.", True),
        ("the high-ranking diplomat and former Russian envoy to the alliance stressed.", True),
        # Someone else, or two people.
        ("the ambassador to Russia said.", False),
        ("the US envoy to NATO said.", False),
        ("the Russian diplomat and the Finnish envoy to NATO said.", False),
        ("a Russian diplomat in Brussels said.", False),
    ],
)
def test_a_post_with_its_host_is_the_russian_official_named_before(closing: str, his: bool) -> None:
    grushko = _said_by(_ENVOY_STORY.format(closing=closing), GRUSHKO)
    assert ("restoring contacts between the militaries" in grushko) is his


def test_a_former_russian_envoy_in_russian_is_the_person_named_last() -> None:
    page = (
        "Грушко: альянс живёт схемами прошлого\n\n"
        "МОСКВА, 3 мая. /ТАСС/. Альянс действует по старым схемам, заявил ТАСС заместитель "
        "министра иностранных дел России Александр Грушко.\n\n"
        "«Мы найдём ответ на каждый такой шаг», — подчеркнул Грушко.\n\n"
        "«Восточный фланг — пустая трата денег», — добавил бывший постпред России при НАТО.\n\n"
        "«Нам нечего обсуждать», — добавил бывший постпред Франции при НАТО.\n"
    )
    grushko = _said_by(page, GRUSHKO)
    assert "пустая трата денег" in grushko
    assert "Нам нечего обсуждать" not in grushko


def test_a_quote_closed_by_the_deputy_head_of_the_ministry_is_the_deputy_ministers() -> None:
    # «...», - подчеркнул заместитель главы российского внешнеполитического ведомства: the
    # deputy minister the story named, across the paragraph break inside his quote.
    page = (
        "Рябков: образ врага эксплуатируется в США\n\n"
        "Об этом заместитель министра иностранных дел России Сергей Рябков заявил в интервью "
        "журналу.\n\n"
        "По словам Рябкова, в США идёт острая борьба партий. «Россию представляют как "
        "противника.\n\n"
        "Это, разумеется, вредит нашим отношениям», - подчеркнул заместитель главы "
        "российского внешнеполитического ведомства.\n\n"
        "«Мы ждём ответа», - подчеркнул заместитель главы госдепартамента США.\n"
    )
    ryabkov = _said_by(page, "Sergey Ryabkov")
    assert "вредит нашим отношениям" in ryabkov
    assert "Мы ждём ответа" not in ryabkov


def test_a_stamp_with_a_byline_after_a_bullet_dates_the_page() -> None:
    # "16:08 21.08.2018 • Name, post": the site's time and date, then the author's byline.
    page = (
        "ГЛАВНАЯ > Новости\n\n"
        "Сергей Рябков: образ врага эксплуатируется в США\n\n"
        "16:08 21.08.2018 • Сергей Рябков, заместитель Министра иностранных дел России\n\n"
        "Об этом Сергей Рябков заявил в интервью журналу. «Россию представляют как "
        "противника», - сказал он.\n"
    )
    assert page_date(page) == dt.date(2018, 8, 21)
    # A headline after the bullet is no byline: the line is the page's title, not a stamp.
    headline = "21.08.2018 • Сергей Рябков: образ врага эксплуатируется в США"
    assert parse_transcript(headline + "\n\nОб этом Рябков заявил журналу.\n", "p").title


def test_a_site_stamp_under_a_photo_caption_dates_the_page() -> None:
    # "- Site, 1920" over the page is the site's name (no dash turn), and the photo's caption
    # ends with the site, the picture's width and the day it was published.
    page = (
        "- Sputnik International, 1920\n"
        "News and stories from Russia.\n\n"
        "Arms Control Needs an Agreement on Coexistence: Deputy FM\n\n"
        "Deputy Foreign Minister Sergei Ryabkov at an interview - Sputnik International, "
        "1920, 26.01.2023\n"
        "MOSCOW (Sputnik) - Arms control needs an agreement on coexistence first, Russian "
        "Deputy Foreign Minister Sergey Ryabkov has said.\n"
    )
    assert page_date(page) == dt.date(2023, 1, 26)


def test_a_year_and_month_stamp_glued_before_a_dateline_gives_its_year() -> None:
    page = (
        " date 2023-06 MOSCOW, June 24. /TASS/. Dmitry Medvedev is at his workplace, his aide "
        "Oleg Osipov told reporters.\n\n"
        '"He is performing his duties," Osipov said.\n'
    )
    assert page_date(page) == dt.date(2023, 6, 24)
    # A stamp of another month says nothing of the dateline's year.
    assert page_date(page.replace("2023-06", "2023-07")) is None


PUTIN = "Vladimir Putin"
_PRESIDENT_STORY = (
    "Путин: у меня своя работа\n\n"
    "МОСКВА, 3 мая. /ТАСС/. {lead} ответил на вопросы журналистов в Кремле.\n\n"
    "«Я не комментирую всё, что говорят сотрудники администрации», — {closing}\n"
)


@pytest.mark.parametrize(
    "closing",
    ["сказал президент РФ.", "добавил российский лидер.", "подчеркнул президент России."],
)
def test_the_russian_president_named_by_post_is_the_one_called_president(closing: str) -> None:
    page = _PRESIDENT_STORY.format(lead="Президент России Владимир Путин", closing=closing)
    assert "сотрудники администрации" in _said_by(page, PUTIN)


def test_the_russian_president_is_the_one_the_page_calls_president() -> None:
    # A page of 2008-2012: the president is Medvedev, not Putin of the headline.
    lead = "Президент России Дмитрий Медведев и премьер-министр Владимир Путин"
    page = _PRESIDENT_STORY.format(lead=lead, closing="сказал президент РФ.")
    assert "сотрудники администрации" in _said_by(page, "Dmitry Medvedev")
    assert "сотрудники администрации" not in _said_by(page, PUTIN)


def test_russias_president_in_english_is_the_one_called_president() -> None:
    page = (
        "Putin says he has his own work\n\n"
        "MOSCOW, May 3. /TASS/. Russian President Vladimir Putin and Turkish President Recep "
        "Tayyip Erdogan answered journalists' questions.\n\n"
        '"I do not comment on what staff members say," Russia\'s president noted.\n\n'
        '"We will see," the Kremlin leader stressed.\n'
    )
    putin = _said_by(page, PUTIN)
    assert "staff members" in putin
    assert "We will see" in putin


def test_the_russian_leader_is_no_one_on_a_page_that_calls_only_another_president() -> None:
    page = (
        "Erdogan meets Putin in Sochi\n\n"
        "SOCHI, May 3. /TASS/. Turkish President Recep Tayyip Erdogan met Vladimir Putin.\n\n"
        '"We have much to discuss," Erdogan said.\n\n'
        '"The grain deal can be revived," the Russian leader added.\n'
    )
    assert "grain deal" not in _said_by(page, "Recep Tayyip Erdogan")


RYABKOV = "Sergey Ryabkov"
_DASH_INTERVIEW = (
    "{title}\n\n"
    "{lead}\n\n"
    "— {address}, are there any contacts with Washington on strategic stability now?\n\n"
    "— There are none. We see no basis for such a dialogue while the US keeps its course.\n\n"
    "— Could the situation change after the elections?\n\n"
    "— I would not make forecasts. Much depends on the American side.\n"
)


def test_a_dash_interview_is_the_official_the_lead_says_a_journalist_spoke_with() -> None:
    page = _DASH_INTERVIEW.format(
        title="No basis for a dialogue on strategic stability",
        lead="Izvestia spoke with Russian Deputy Foreign Minister Sergei Ryabkov about the "
        "prospects of strategic stability talks.",
        address="Sergei Alexeyevich",
    )
    ryabkov = _said_by(page, RYABKOV)
    assert "no basis for such a dialogue" in ryabkov
    assert "would not make forecasts" in ryabkov


def test_a_russian_lead_of_a_conversation_names_the_interviewee() -> None:
    page = (
        "Оснований для диалога с Вашингтоном нет\n\n"
        "«Известия» поговорили с замглавы МИД России Сергеем Рябковым о перспективах "
        "переговоров.\n\n"
        "— Сергей Алексеевич, есть ли сейчас контакты с Вашингтоном?\n\n"
        "— Нет. Мы не видим оснований для такого диалога.\n"
    )
    assert "не видим оснований" in _said_by(page, RYABKOV)


def test_an_official_the_conversation_is_only_about_gives_no_answers() -> None:
    # The journalist spoke with someone the bot does not know, about a known official.
    page = _DASH_INTERVIEW.format(
        title="No basis for a dialogue on strategic stability",
        lead="Izvestia spoke with political scientist Ivan Petrov about Sergei Ryabkov's "
        "remarks on strategic stability.",
        address="Ivan Ivanovich",
    )
    assert "no basis for such a dialogue" not in _said_by(page, RYABKOV)


@pytest.mark.parametrize(
    ("page", "speaker", "words"),
    [
        (
            "Lavrov: the rules keep changing\n\n"
            "MOSCOW, May 3. /TASS/. Russian Foreign Minister Sergey Lavrov spoke to reporters "
            "on Friday.\n\nReporters then asked about the talks in Geneva.\n\n"
            '"The talks in Geneva changed nothing," Lavrov was quoted as saying.\n',
            "Sergey Lavrov",
            "Geneva changed nothing",
        ),
        (
            "Захарова о переговорах\n\n"
            "МОСКВА, 3 мая. /ТАСС/. Официальный представитель МИД России Мария Захарова "
            "выступила на брифинге.\n\nЖурналисты спросили о переговорах в Женеве.\n\n"
            "«Переговоры в Женеве ничего не изменили», — передает слова Захаровой ТАСС.\n",
            ZAKHAROVA,
            "Женеве ничего не изменили",
        ),
        (
            "Захарова о переговорах\n\n"
            "МОСКВА, 3 мая. /ТАСС/. Официальный представитель МИД России Мария Захарова "
            "выступила на брифинге.\n\nЖурналисты спросили о переговорах в Женеве.\n\n"
            "«Переговоры в Женеве ничего не изменили», — говорится в заявлении Захаровой.\n",
            ZAKHAROVA,
            "Женеве ничего не изменили",
        ),
        (
            "Захарова о переговорах\n\n"
            "МОСКВА, 3 мая. /ТАСС/. Официальный представитель МИД России Мария Захарова "
            "выступила на брифинге.\n\nЖурналисты спросили о переговорах в Женеве.\n\n"
            "«Переговоры в Женеве ничего не изменили», — пишет «Коммерсант» со ссылкой на "
            "Захарову.\n",
            ZAKHAROVA,
            "Женеве ничего не изменили",
        ),
        (
            "Lavrov: the rules keep changing\n\n"
            "MOSCOW, May 3. /TASS/. Russian Foreign Minister Sergey Lavrov spoke to reporters "
            "on Friday.\n\nReporters then asked about the talks in Geneva.\n\n"
            '"The talks in Geneva changed nothing," Interfax cited Lavrov as saying.\n',
            "Sergey Lavrov",
            "Geneva changed nothing",
        ),
    ],
)
def test_an_agencys_quoting_words_name_the_one_quoted(page: str, speaker: str, words: str) -> None:
    # "X was quoted as saying", "передает слова X ТАСС", "говорится в заявлении X", "пишет
    # «Коммерсант» со ссылкой на X", "Interfax cited X as saying".
    assert words in _said_by(page, speaker)


def test_a_surname_of_another_spelling_and_a_shortened_month_keep_the_quote_whole() -> None:
    # "Polyanskiy said ... on Jan. 28, referring to ...": the surname of a spelling the table
    # knows names him, and "Jan." before the day ends no sentence.
    page = (
        "Russia takes the chair of the Security Council\n\n"
        "The meeting is a nonissue, according to Dmitry Polyanskiy, Russia's deputy ambassador "
        "to the UN.\n\n"
        '"Maybe some doctor is needed here," Polyanskiy said in an interview on Jan. 28, '
        "referring to what he called Western hysteria.\n\n"
        "Other members of the Council disagree.\n"
    )
    polyansky = _said_by(page, "Dmitry Polyanskiy")
    assert "Maybe some doctor is needed here" in polyansky
    assert "referring to what he called Western hysteria" in polyansky


@pytest.mark.parametrize(
    ("page", "words"),
    [
        (
            "Lavrov and Blinken trade barbs in Geneva\n\n"
            "GENEVA, May 3. /TASS/. Russian Foreign Minister Sergey Lavrov said the talks with "
            'the US had been useful.\n\n"We had a frank conversation," Lavrov told reporters.\n\n'
            "US Secretary of State Antony Blinken said Washington would not change its "
            'position. "We have been clear with our counterparts," Blinken said.\n\n'
            '"Nobody should doubt our resolve," the Russian foreign minister stressed.\n',
            "Nobody should doubt our resolve",
        ),
        (
            "Лавров и Блинкен обменялись колкостями в Женеве\n\n"
            "ЖЕНЕВА, 3 мая. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил, что "
            "переговоры с США были полезными.\n\n«У нас был откровенный разговор», — сказал "
            "Лавров журналистам.\n\nГоссекретарь США Энтони Блинкен заявил, что Вашингтон не "
            "изменит позицию. «Мы ясно дали понять нашу позицию», — сказал Блинкен.\n\n"
            "«Никто не должен сомневаться в нашей решимости», — подчеркнул глава МИД РФ.\n",
            "Никто не должен сомневаться",
        ),
    ],
)
def test_the_russian_minister_is_never_the_foreign_official_quoted_in_between(
    page: str, words: str
) -> None:
    # "the Russian foreign minister", "глава МИД РФ": Russia's official named before, not the
    # US Secretary of State the story quoted since.
    assert words in _said_by(page, "Sergey Lavrov")
    assert words not in _said_by(page, "Antony Blinken")


@pytest.mark.parametrize("closing", ["the spokeswoman added.", "she added."])
def test_the_spokeswoman_is_the_woman_named_before_not_the_minister_quoted_since(
    closing: str,
) -> None:
    # An English post or pronoun says its holder's gender, as a Russian verb's ending does.
    page = (
        "Zakharova: the West is not ready for dialogue\n\n"
        "MOSCOW, May 3. /TASS/. Russian Foreign Ministry Spokeswoman Maria Zakharova said on "
        "Thursday that the West was not ready for a dialogue.\n\n"
        "Foreign Minister Sergey Lavrov said that Moscow was open to talks. "
        '"We are ready to listen," Lavrov said.\n\n'
        f'"They do not want to hear us," {closing}\n'
    )
    assert "do not want to hear us" in _said_by(page, ZAKHAROVA)


PESKOV = "Dmitry Peskov"


@pytest.mark.parametrize(
    ("page", "words"),
    [
        (
            "Kremlin: Putin has no plans to meet Zelensky\n\n"
            "MOSCOW, May 3. /TASS/. Kremlin spokesman Dmitry Peskov said on Friday that "
            "President Vladimir Putin had no plans for such a meeting.\n\n"
            'Putin also said: "We will not be the first to leave the talks."\n\n'
            '"There are no such plans now," the Kremlin spokesman added.\n',
            "no such plans now",
        ),
        (
            "Кремль: у Путина нет планов такой встречи\n\n"
            "МОСКВА, 3 мая. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков заявил, что у "
            "Владимира Путина нет планов такой встречи.\n\n"
            "Путин сказал: «Мы не будем первыми выходить из переговоров».\n\n"
            "«График плотный», — отметил пресс-секретарь главы государства.\n\n"
            "«Таких планов сейчас нет», — добавил кремлевский спикер.\n",
            "Таких планов сейчас нет",
        ),
    ],
)
def test_the_kremlin_spokesman_is_never_the_president_quoted_in_between(
    page: str, words: str
) -> None:
    # A spokesman's post is never a president's: the Russian official named before him.
    assert words in _said_by(page, PESKOV)
    assert words not in _said_by(page, PUTIN)
    assert "График плотный" not in _said_by(page, PUTIN)


def test_the_president_on_a_spokesmans_story_is_the_one_called_president() -> None:
    page = (
        "Kremlin: Putin has no plans to meet Zelensky\n\n"
        "MOSCOW, May 3. /TASS/. Kremlin spokesman Dmitry Peskov said on Friday that "
        "President Vladimir Putin had no plans for such a meeting.\n\n"
        '"We will not be the first to leave the talks," the president said in April.\n'
    )
    assert "first to leave the talks" in _said_by(page, PUTIN)
    # With a second president named, "the president" could be either.
    two = page.replace("such a meeting.", "such a meeting with President Vladimir Zelensky.")
    assert "first to leave the talks" not in _said_by(two, PUTIN)


@pytest.mark.parametrize(
    "page",
    [
        "Moscow waits for Washington's answer\n\n"
        "MOSCOW, May 3. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said on Friday "
        'that Moscow was still waiting for an answer.\n\n"We have sent our proposals," Ryabkov '
        "told reporters.\n\nA diplomatic source told TASS that the answer could come next week. "
        '"The Americans are studying the text," the source said.\n\n'
        '"They need more time to answer," he added.\n',
        "Москва ждёт ответа Вашингтона\n\n"
        "МОСКВА, 3 мая. /ТАСС/. Заместитель министра иностранных дел России Сергей Рябков "
        "заявил, что Москва всё ещё ждёт ответа.\n\n«Мы направили наши предложения», — сказал "
        "Рябков журналистам.\n\nИсточник в дипломатических кругах сообщил ТАСС, что ответ может "
        "прийти на следующей неделе.\n\n«Им нужно больше времени, чтобы ответить», — добавил он.\n",
    ],
)
def test_he_after_an_anonymous_source_is_not_the_official_named_before(page: str) -> None:
    ryabkov = _said_by(page, RYABKOV)
    assert "more time to answer" not in ryabkov
    assert "больше времени" not in ryabkov


def test_the_minister_after_a_foreign_minister_named_with_his_post_is_no_one() -> None:
    page = (
        "Lavrov and Fidan discuss Syria\n\n"
        "ANKARA, May 3. /TASS/. Russian Foreign Minister Sergey Lavrov said on Friday that "
        'Moscow and Ankara agreed to continue consultations.\n\n"We had a useful exchange," '
        "Lavrov told reporters.\n\nTurkish Foreign Minister Hakan Fidan said Ankara wanted a "
        'lasting ceasefire. "We want the fighting to stop," Fidan said.\n\n'
        '"We will continue working together," the minister added.\n\n'
        '"Our position is unchanged," the Russian minister stressed.\n'
    )
    lavrov = _said_by(page, "Sergey Lavrov")
    assert "continue working together" not in lavrov  # his, or Fidan's: the page cannot say
    assert "Our position is unchanged" in lavrov  # "the Russian minister" can only be his


def test_a_short_title_closing_a_quote_after_a_known_name_is_no_breadcrumb() -> None:
    # "Рябков дал интервью «Коммерсанту»": four words ending with "»", like a breadcrumb
    # ("Видео программы «Сегодня»"), but it names the one who gives the interview.
    page = (
        "Рябков дал интервью «Коммерсанту»\n\n"
        "Вопрос: Есть ли сейчас контакты с Вашингтоном?\n\n"
        "Ответ: Нет. Мы не видим оснований для такого диалога.\n"
    )
    assert parse_transcript(page, "page").title == "Рябков дал интервью «Коммерсанту»"
    assert "не видим оснований" in _said_by(page, RYABKOV)


_BARE_INTERVIEW = (
    "No basis for a dialogue\n\n"
    "{lead}\n\n"
    "Are there any contacts with Washington on strategic stability now?\n\n"
    "There are none. We see no basis for such a dialogue while the US keeps its course.\n\n"
    "Could the situation change after the elections?\n\n"
    "I would not make forecasts. Much depends on the American side.\n"
)


def test_an_interview_whose_labels_a_copy_lost_is_the_one_who_gave_it() -> None:
    # A lead naming who gave the interview, then plain questions over plain answers.
    page = _BARE_INTERVIEW.format(
        lead="Russian Deputy Foreign Minister Sergei Ryabkov gave an interview to Izvestia. "
        "Below are the key excerpts."
    )
    document = parse_transcript(page, "page")
    ryabkov = " ".join(p.text for p in document.passages if p.speaker == RYABKOV)
    assert "no basis for such a dialogue" in ryabkov
    assert "would not make forecasts" in ryabkov
    assert "Could the situation change" not in ryabkov
    assert [p.role for p in document.passages if "Could the situation" in p.text] == ["question"]


def test_a_russian_interview_whose_labels_a_copy_lost_is_the_one_who_gave_it() -> None:
    page = (
        "Нет оснований для диалога\n\n"
        "Заместитель министра иностранных дел России Сергей Рябков дал интервью «Известиям». "
        "Приводим основные фрагменты.\n\n"
        "Есть ли сейчас контакты с Вашингтоном?\n\n"
        "Нет. Мы не видим оснований для такого диалога.\n\n"
        "Может ли ситуация измениться после выборов?\n\n"
        "Не берусь прогнозировать.\n"
    )
    assert "не видим оснований" in _said_by(page, RYABKOV)


def test_questions_under_a_lead_naming_no_interviewee_stay_unknown() -> None:
    page = _BARE_INTERVIEW.format(
        lead="Izvestia asked an expert about the talks with Sergei Ryabkov last week."
    )
    assert "no basis for such a dialogue" not in _said_by(page, RYABKOV)


@pytest.mark.parametrize(
    ("page", "minister_words", "deputy_words"),
    [
        (
            "Lavrov and Ryabkov on the treaty\n\n"
            "MOSCOW, May 3. /TASS/. Russian Foreign Minister Sergey Lavrov said on Friday that "
            'Moscow would not return to the treaty.\n\n"There is nothing to return to," Lavrov '
            "said.\n\nDeputy Foreign Minister Sergey Ryabkov said separately that consultations "
            'were frozen. "Nobody is talking to us," Ryabkov said.\n\n'
            '"We will not beg," the foreign minister stressed.\n\n'
            '"The ball is in their court," the deputy minister added.\n',
            "We will not beg",
            "The ball is in their court",
        ),
        (
            "Лавров и Рябков о договоре\n\n"
            "МОСКВА, 3 мая. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил, что "
            "Москва не вернется к договору.\n\n«Возвращаться не к чему», — сказал Лавров.\n\n"
            "Заместитель министра иностранных дел Сергей Рябков отдельно заявил, что консультации "
            "заморожены. «С нами никто не разговаривает», — сказал Рябков.\n\n"
            "«Мы не будем просить», — подчеркнул глава МИД.\n\n"
            "«Мяч на их стороне», — добавил замминистра.\n",
            "Мы не будем просить",
            "Мяч на их стороне",
        ),
    ],
)
def test_the_minister_and_his_deputy_are_told_apart_by_rank(
    page: str, minister_words: str, deputy_words: str
) -> None:
    # "the foreign minister" / "глава МИД" after his deputy was quoted is the minister;
    # "the deputy minister" / "замминистра" the deputy.
    lavrov, ryabkov = _said_by(page, "Sergey Lavrov"), _said_by(page, RYABKOV)
    assert minister_words in lavrov
    assert deputy_words in ryabkov


@pytest.mark.parametrize(
    ("page", "words"),
    [
        (
            "Переговоры с Вашингтоном заморожены\n\n"
            "— Сергей Викторович, есть ли сейчас контакты с Вашингтоном?\n\n"
            "— Нет. Мы не видим оснований для такого диалога.\n\n"
            "— Может ли ситуация измениться?\n\n"
            "— Не берусь прогнозировать.\n",
            "не видим оснований",
        ),
        (
            "No contacts with Washington\n\n"
            "Question: Mr Lavrov, are there any contacts with Washington now?\n\n"
            "Answer: There are none. We see no basis for such a dialogue.\n\n"
            "Question: Could the situation change?\n\n"
            "Answer: I would not make forecasts.\n",
            "would not make forecasts",
        ),
    ],
)
def test_an_interview_is_the_one_its_questions_speak_to(page: str, words: str) -> None:
    # No title, lead or label names him: "Сергей Викторович, ...?", "Mr Lavrov, ...?" do.
    assert words in _said_by(page, "Sergey Lavrov")


def test_an_interview_whose_questions_speak_to_two_people_stays_unknown() -> None:
    page = (
        "No contacts with Washington\n\n"
        "Question: Mr Lavrov, are there any contacts with Washington now?\n\n"
        "Answer: There are none. We see no basis for such a dialogue.\n\n"
        "Question: Mr Peskov, could the situation change?\n\n"
        "Answer: I would not make forecasts.\n"
    )
    assert "would not make forecasts" not in _said_by(page, "Sergey Lavrov")
