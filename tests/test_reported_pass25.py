"""Who said it, pass 25 (set AG: full transcripts with several speakers, live texts of
forums and phone-ins, their reposts): turns after a question, a moderator, labels in other
forms.

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

PUTIN = "Vladimir Putin"
SITTEL = "Maria Sittel"
UNKNOWN = "Unknown speaker"


def test_asked_of_someone_names_the_asker_and_the_one_who_answers() -> None:
    page = (
        "Онлайн-трансляция\n\n"
        "14:10\n\n"
        "«Что будет с ценами на бензин?» — спросила у Путина Ситтель. «Цены будут расти не "
        "быстрее инфляции, за этим следит правительство\n"
    )
    # The asker is Sittel, not a "Putina Sittel" made of the two names.
    assert speaker_of(page, "Что будет с ценами на бензин") == SITTEL
    # The quote after the question is the answer of the one asked.
    assert speaker_of(page, "Цены будут расти не быстрее инфляции") == PUTIN
    english = (
        "Live text\n\n"
        '"When will prices stop rising?" Sittel asked Putin. "They will rise no faster than '
        "inflation, the government is watching this\n"
    )
    assert speaker_of(english, "no faster than inflation") == PUTIN
    # Asking someone to do something is a request: what follows is not their answer.
    request = english.replace(
        '"When will prices stop rising?" Sittel asked Putin.',
        ("Sittel asked Putin to say more about prices."),
    )
    assert speaker_of(request, "no faster than inflation") != PUTIN


def test_direct_speech_of_someone_hands_the_quote_to_them() -> None:
    page = (
        "Постпред России при ООН Василий Небензя заявил, что не станет слушать выступление "
        'украинского коллеги, и вышел из зала. Прямая речь Кислицы: "Жаль, что мы снова '
        'должны это терпеть. Но такой день когда-нибудь закончится".\n'
    )
    assert speaker_of(page, "Жаль, что мы снова должны это терпеть") == "Sergiy Kyslytsya"
    assert speaker_of(page, "не станет слушать выступление") == "Vassily Nebenzia"
    words = (
        "Пресс-секретарь президента Дмитрий Песков провел брифинг. Слова Захаровой: «Ответ "
        "будет симметричным и быстрым»."
    )
    assert speaker_of(words, "Ответ будет симметричным") == "Maria Zakharova"


RADIO_HOSTS = (
    "Прямая линия глазами экспертов\n\n"
    "Гость – социолог Петр Семенов. Ведущие – обозреватели радио Ирина Шолохова и Михаил "
    "Антонов.\n\n"
    "Антонов:\n\n"
    "– Добрый вечер. Президент отвечает на вопросы уже второй час. Что вы заметили?\n\n"
    "Шолохова:\n\n"
    "– Мне показалось, что вопросов о ценах было больше, чем в прошлом году.\n\n"
    "Семенов:\n\n"
    "– Это ожидаемо: цены волнуют людей сильнее всего.\n"
)


def test_surname_labels_alone_on_their_lines_are_the_hosts_the_lead_names() -> None:
    # A surname label alone on its line is the person the lead names in full.
    assert speaker_of(RADIO_HOSTS, "вопросов о ценах было больше") == "Irina Sholokhova"
    assert speaker_of(RADIO_HOSTS, "цены волнуют людей сильнее") == "Pyotr Semenov"
    # A known official's surname is the page's own host when the page names only the host.
    assert speaker_of(RADIO_HOSTS, "уже второй час") == "Mikhail Antonov"


def test_a_known_surname_label_stays_the_officials_when_the_page_names_him() -> None:
    page = RADIO_HOSTS.replace("и Михаил Антонов.", "и посол Анатолий Антонов.")
    assert speaker_of(page, "уже второй час") == "Anatoly Antonov"
    # A woman of that name is no namesake of the label's man.
    other = RADIO_HOSTS.replace("и Михаил Антонов.", "и Мария Антонова.")
    assert speaker_of(other, "уже второй час") == "Anatoly Antonov"


def test_the_moderator_is_the_one_the_page_names_as_moderator() -> None:
    page = (
        "Путин пошутил о длине дискуссии на форуме\n\n"
        "Президент Владимир Путин выступил на пленарной сессии форума в Казани.\n"
        "«Давайте перейдем к вопросам о технологиях», — предложил модератор.\n"
        "«Мы еще не закончили с экономикой», — ответил Путин.\n"
        "Модератором сессии стал телеведущий Иван Смирнов.\n"
    )
    assert speaker_of(page, "перейдем к вопросам о технологиях") == "Ivan Smirnov"
    english = (
        "Putin jokes at forum\n\n"
        "The session was moderated by journalist John Carter.\n"
        '"Let us move on to technology," the moderator said.\n'
        '"We have not finished with the economy," Putin replied.\n'
    )
    assert speaker_of(english, "move on to technology") == "John Carter"
    # Two people named about moderating: nobody we can tell.
    two = page.replace("телеведущий Иван Смирнов", "телеведущий Иван Смирнов и Анна Петрова")
    assert speaker_of(two, "перейдем к вопросам о технологиях") == UNKNOWN


def test_a_long_post_then_moderator_and_name_labels_the_moderator() -> None:
    page = (
        "Meeting of a discussion club\n\n"
        "October 5, 2022, Sochi\n\n"
        "The president took part in the closing session of the club's annual meeting.\n\n"
        "* * *\n\n"
        "Programme Director of the Fund for the Support of the Eastern Discussion Club, "
        "moderator Pavel Orlov: Good afternoon, friends and colleagues.\n\n"
        "We spent three days debating how the world order is changing.\n\n"
        "Vladimir Putin: Thank you. I am glad to see you all here.\n"
    )
    assert speaker_of(page, "three days debating") == "Pavel Orlov"
    assert speaker_of(page, "Good afternoon, friends") == "Pavel Orlov"
    shorter = page.replace(
        "Programme Director of the Fund for the Support of the Eastern Discussion Club",
        "Chairman of the Board of Eastbank",
    )
    # Not the bank: the name after the role is the speaker.
    assert speaker_of(shorter, "three days debating") == "Pavel Orlov"


def test_a_posters_line_publishing_the_transcript_hands_the_text_to_its_speaker() -> None:
    page = (
        "The Security Council met on Syria\n\n"
        "The Security Council met today. I am publishing the full transcript of the speech by "
        "Vasily Nebenzia, Permanent Representative of Russia to the United Nations.\n\n"
        "Part One:\n\n"
        "We regret that the presidency chose to invite so many speakers today.\n\n"
        "Such a meeting adds nothing to our common work.\n"
    )
    assert speaker_of(page, "We regret that the presidency") == "Vassily Nebenzia"
    assert speaker_of(page, "adds nothing to our common work") == "Vassily Nebenzia"
    # The poster's own line is nobody's we know.
    assert speaker_of(page, "I am publishing the full transcript") == UNKNOWN


CORRESPONDENT = (
    "Встреча без новостей\n\n"
    "Вчера президент Владимир Путин провел встречу с выпускниками, на которой выглядел "
    "усталым, считает специальный корреспондент «Вестника» Олег Миронов и констатирует, что "
    "новостей было немного.\n\n"
    "Встреча продолжалась два часа.\n"
)


def test_a_view_after_the_comma_is_the_correspondents_with_his_outlet_in_quotes() -> None:
    assert speaker_of(CORRESPONDENT, "выглядел усталым") == "Oleg Mironov"
    plain = CORRESPONDENT.replace(" «Вестника»", "")
    assert speaker_of(plain, "выглядел усталым") == "Oleg Mironov"


def test_a_russian_gerund_of_saying_is_the_opening_subjects() -> None:
    page = (
        "Прямая линия началась\n\n"
        "Ведущая Мария Ситтель открыла эфир, сказав, что вопросов пришло больше миллиона.\n\n"
        "Первый вопрос был о дорогах.\n"
    )
    assert speaker_of(page, "вопросов пришло больше миллиона") == SITTEL
    # After a clause of its own the opening words are no subject: as any verb then.
    clause = (
        "Итоги дня\n\nВ ходе встречи Путин вручил награды, отметив, что гордится работой врачей.\n"
    )
    assert speaker_of(clause, "гордится работой врачей") == PUTIN


def test_his_opinion_is_no_womans_words() -> None:
    page = (
        "Брифинг официального представителя МИД\n\n"
        "Официальный представитель МИД Мария Захарова ответила на вопросы журналистов.\n\n"
        "Один из журналистов поблагодарил Марию Захарову за ответ. По его мнению, эта тема "
        "слишком редко звучит в прессе.\n\n"
        "«Спасибо, это важный вопрос», — ответила Захарова.\n"
    )
    assert speaker_of(page, "слишком редко звучит в прессе") == UNKNOWN
    her = page.replace("Один из журналистов поблагодарил Марию Захарову за ответ. По его", "По ее")
    assert speaker_of(her, "слишком редко звучит в прессе") == "Maria Zakharova"


def test_a_new_comments_counter_is_no_title() -> None:
    from retrieval.transcript import parse_transcript

    page = (
        "Газета.Ru в Telegram\n"
        "Новые комментарии +\n\n"
        "Захарова заявила, что ответ будет быстрым\n\n"
        "Официальный представитель МИД Мария Захарова заявила, что ответ будет быстрым.\n"
    )
    assert parse_transcript(page, "x").title == "Захарова заявила, что ответ будет быстрым"


def test_a_dash_line_after_the_reporters_view_is_not_the_reporters() -> None:
    page = CORRESPONDENT.replace(
        "Встреча продолжалась", "— Ну что ж, начнем, пожалуй, с самого главного вопроса!\n\nОна шла"
    )
    assert speaker_of(page, "начнем, пожалуй, с самого главного") == UNKNOWN


def test_question_headings_of_a_live_text_over_unlabelled_answers() -> None:
    page = (
        "Так говорит Путин: прямая линия\n\n"
        "Прямая линия началась в полдень.\n\n"
        "12.05\n"
        "Первый вопрос из Томской области про мосты\n\n"
        "Мосты будем строить. Деньги на это в бюджете заложены.\n\n"
        "Вопрос о ценах на лекарства\n\n"
        "Цены на лекарства правительство держит под контролем.\n"
    )
    assert speaker_of(page, "Первый вопрос из Томской области") == "Question"
    assert speaker_of(page, "Мосты будем строить") == PUTIN
    assert speaker_of(page, "Вопрос о ценах на лекарства") == "Question"
    assert speaker_of(page, "правительство держит под контролем") == PUTIN


def test_question_labels_over_unlabelled_answers_give_the_answers_to_the_pages_speaker() -> None:
    page = (
        "Интервью Сергея Лаврова газете «Вестник»\n\n"
        "Вопрос: Когда начнутся переговоры?\n\n"
        "Сроки пока не определены, мы готовы к работе.\n\n"
        "Вопрос: А что с визитом в Китай?\n\n"
        "Визит состоится осенью, программа готовится.\n"
    )
    assert speaker_of(page, "Когда начнутся переговоры") == "Question"
    assert speaker_of(page, "Сроки пока не определены") == "Sergey Lavrov"
    assert speaker_of(page, "Визит состоится осенью") == "Sergey Lavrov"


def test_hinting_is_saying() -> None:
    page = (
        "Итоги сессии\n\n"
        "Президент Владимир Путин намекнул участникам форума, что дискуссия может затянуться "
        "до утра.\n"
    )
    assert speaker_of(page, "дискуссия может затянуться") == PUTIN
