"""Who said it, pass 23 (set AE: full transcripts, interviews, UN mission pages and their
reposts): sentences of a retelling whose subject names its sayer only by reference.

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

PESKOV = "Dmitry Peskov"
PUTIN = "Vladimir Putin"
UNKNOWN = "Unknown speaker"


def test_the_head_of_the_russian_state_is_the_russian_president() -> None:
    page = (
        "Итоги поездки в Китай были хорошими, заявил президент РФ Владимир Путин на встрече с "
        "членами правительства.\n"
        "Глава российского государства охарактеризовал переговоры как «насыщенные и "
        "деловые».\n"
        "Путин также сообщил, что стороны подписали несколько соглашений.\n"
    )
    assert speaker_of(page, "насыщенные и деловые") == PUTIN
    english = (
        "Russian President Vladimir Putin said on Monday that the trip had been a success.\n"
        "The head of the Russian state described the talks as businesslike and full.\n"
        "Putin also said several agreements had been signed.\n"
    )
    assert speaker_of(english, "businesslike and full") == PUTIN
    # Another state's head is nobody we can name from the page.
    other = (
        "Russian President Vladimir Putin said on Monday that the trip had been a success.\n"
        "The head of the Chinese state described the talks as businesslike and full.\n"
    )
    assert speaker_of(other, "businesslike and full") != PUTIN


def test_the_latter_answering_when_reminded_is_the_one_reminded() -> None:
    page = (
        "Пресс-секретарь президента Дмитрий Песков не стал отвечать на вопросы о составе "
        "делегации.\n"
        "Об этом сообщает издание «Ведомости». Когда Пескову напомнили, что раньше он обещал "
        "назвать всех участников, тот ответил: «Пока не готов ничего добавить».\n"
    )
    assert speaker_of(page, "Пока не готов ничего добавить") == PESKOV
    # The reporters' plural verb outside a clause of time still names no one.
    reported = (
        "Пресс-секретарь президента Дмитрий Песков провел брифинг для журналистов.\n"
        "В администрации напомнили, что решение о визите пока не принято.\n"
    )
    assert speaker_of(reported, "решение о визите пока не принято") == UNKNOWN


def test_a_dash_answer_after_the_host_names_the_guest_is_the_guests() -> None:
    page = (
        "Эфир\n\n"
        "Мария Захарова. Что будет с переговорами?\n\n"
        "Слушать на сайте\n"
        "Зеленский заявил, что готов к переговорам, а Вашингтон пообещал новые поставки. Обо "
        "всем этом говорим в студии радио с официальным представителем МИД России Марией "
        "Захаровой.\n"
        "- Давайте честно: никаких переговоров Киев не хочет, он хочет выиграть время и "
        "получить новое оружие.\n"
    )
    # The dash line is the guest's answer, never more of the one the lead retold.
    assert speaker_of(page, "Киев не хочет") == "Maria Zakharova"
    # Without a guest named right above it (nor in the title), the dash line is not hers.
    no_guest = page.replace("Мария Захарова. ", "").replace(
        "Обо всем этом говорим в студии радио с официальным представителем МИД России Марией "
        "Захаровой.",
        "Обо всем этом в нашем эфире.",
    )
    assert speaker_of(no_guest, "Киев не хочет") != "Maria Zakharova"


def test_a_widget_heading_over_a_bullet_repeating_it_is_no_speaker() -> None:
    page = (
        "Vineyard Message:\n"
        "  • No current Vineyard Message.\n\n"
        'Tag "Lavrov interview with a TV channel"\n\n'
        "Foreign Minister Sergey Lavrov's interview with a TV channel, Moscow, May 3, 2023 "
        "Question: What do you make of the talks so far? Sergey Lavrov: We never refused to "
        "talk, and we will not refuse now.\n"
    )
    assert speaker_of(page, "What do you make of the talks") != "Vineyard Message"
    assert speaker_of(page, "We never refused to talk") == "Sergey Lavrov"


def test_a_quote_over_two_lines_closing_after_a_quote_inside_it() -> None:
    page = (
        "«Нас поразило, что приехавшие журналисты не знали, зачем состоялась встреча. Они "
        "услышали об этом только от нас.\n"
        "Для гостей это стало настоящим открытием. Один из них так и сказал: «Нам никто ничего "
        "не объяснил»», — рассказала Захарова в эфире радиостанции.\n"
        "Читать на сайте радиостанции\n"
    )
    assert speaker_of(page, "стало настоящим открытием") == "Maria Zakharova"
    assert speaker_of(page, "зачем состоялась встреча") == "Maria Zakharova"


def test_a_home_page_link_over_the_headline_is_not_the_title() -> None:
    from retrieval.transcript import parse_transcript

    page = (
        "Go to home page\n\n"
        "Nebenzia Says ‘The Council Was Not Consulted’\n\n"
        "March 3, 2023 (NEWS)—Russia’s Permanent Representative to the UN, Vassily Nebenzia, "
        "told reporters on Thursday that the draft had been put to a vote in haste. “Nobody "
        "asked us, nobody consulted the Council,” Nebenzia said.\n\n"
        "Back to top    Go to home page\n"
    )
    document = parse_transcript(page, "home_link")
    assert document.title == "Nebenzia Says ‘The Council Was Not Consulted’"
    assert speaker_of(page, "nobody consulted the Council") == "Vassily Nebenzia"


def test_a_dash_question_after_the_host_names_the_guest_is_not_the_guests() -> None:
    page = (
        "Эфир\n\n"
        "Что будет с переговорами?\n\n"
        "Слушать на сайте\n"
        "Зеленский заявил, что готов к переговорам. Обо всем этом говорим в студии радио с "
        "официальным представителем МИД России Марией Захаровой.\n"
        "- Мария Владимировна, как вы оцениваете эти заявления Киева?\n"
    )
    # The host asks: neither the guest nor the one the lead retold.
    assert speaker_of(page, "как вы оцениваете") == UNKNOWN


def test_a_clock_over_a_radio_player_does_not_date_the_page() -> None:
    import datetime as dt

    from retrieval.transcript import parse_transcript

    page = (
        "09:15 GMT12 March 2021\n"
        "Listen Live\n"
        "    Get short URL\n\n"
        "    Russian Foreign Minister Sergei Lavrov holds his annual press conference.\n\n"
        "    • 10:02\n\n"
        "      Lavrov: Moscow Open to Talks\n\n"
        '      "We have never refused to talk to anyone," Lavrov said.\n'
    )
    url = "https://example.org/russia/2019/01/16/lavrov-press-conference/"
    document = parse_transcript(page, "player_clock", source_url=url)
    # The clock is the site's on the day it was saved; the address dates the story.
    assert document.date == dt.date(2019, 1, 16)
