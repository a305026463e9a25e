"""Who said it, pass 29 (set AO: Russian news retellings of diplomats and their foreign
counterparts, mirrors and digests): whose words a page gives when its sentences name people
only by post, by pronoun or by surname.

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import said_by, speaker_of

UNKNOWN = "Unknown speaker"
NEBENZYA = "Vassily Nebenzia"
GRUSHKO = "Alexander Grushko"
ULYANOV = "Mikhail Ulyanov"


def test_a_page_is_about_the_one_it_quotes_not_the_one_its_background_retells() -> None:
    # A wire copy cut from the top: "He" opens it, and the Russian envoy is quoted once by
    # name; a background paragraph retells a president who is named more often.
    page = (
        "He made the remarks at the Security Council on Monday, replying to the Secretary of "
        "State.\n\n"
        '"I must correct my colleague," the Russian envoy said. "We offered amendments to the '
        'draft and they were fair ones," Nebenzia noted.\n\n'
        "On Sunday, President Nicolas Maduro said he would not talk to the opposition. "
        "Crowds who back Maduro marched in Caracas, and Maduro thanked them.\n"
    )
    assert speaker_of(page, "He made the remarks") == NEBENZYA
    assert speaker_of(page, "I must correct my colleague") == NEBENZYA
    assert speaker_of(page, "would not talk to the opposition") == "Nicolas Maduro"
    # Neither quoted in quote marks: the one the page names more, as before.
    plain = page.replace(
        '"I must correct my colleague," the Russian envoy said. "We offered amendments to the '
        'draft and they were fair ones," Nebenzia noted.',
        "Nebenzia said Russia had offered amendments to the draft.",
    )
    assert speaker_of(plain, "He made the remarks") == "Nicolas Maduro"
    # Quoted in marks only by a later background: the page is still the first one's.
    background = (
        "He made the remarks in Moscow on Monday.\n\n"
        "Foreign Minister Sergey Lavrov said the talks would go on. Lavrov's deputy will "
        "travel to Geneva.\n\n"
        'Earlier, Secretary of State Antony Blinken said: "We are not ready to lift any of the '
        'sanctions now."\n'
    )
    assert speaker_of(background, "He made the remarks") == "Sergey Lavrov"


def test_an_ambassador_the_page_never_names_is_no_official_it_names() -> None:
    page = (
        "«Мы не собираемся закрывать посольство в Москве, и меня никто не отзывает», – "
        "передает агентство со ссылкой на слова посла, сказанные в интервью газете.\n\n"
        "По его словам, в Вашингтоне видели сигналы со стороны российского руководства.\n\n"
        "В пример было приведено заявление зампреда Совбеза Дмитрия Медведева о разрыве "
        "отношений.\n\n"
        "«Вчера мы слышали заявление МИД. Прямо это сказано не было», – пояснил он.\n"
    )
    assert speaker_of(page, "закрывать посольство") == UNKNOWN
    assert speaker_of(page, "видели сигналы") == UNKNOWN
    assert speaker_of(page, "Прямо это сказано не было") == UNKNOWN
    assert "Медведев" not in said_by(page, "Dmitry Medvedev")
    # The ambassador named: his words, and "his" view after them.
    named = page.replace(
        "передает агентство со ссылкой на слова посла, сказанные",
        "заявил посол России в США Анатолий Антонов",
    )
    assert speaker_of(named, "закрывать посольство") == "Anatoly Antonov"
    assert speaker_of(named, "видели сигналы") == "Anatoly Antonov"


def test_he_after_background_about_someone_named_in_full_is_that_one() -> None:
    page = (
        "Ульянов: решение совета ожидаемо\n\n"
        "Решение совета управляющих было ожидаемым, заявил постоянный представитель России "
        "при международных организациях в Вене Михаил Ульянов.\n\n"
        "Ранее глава госкорпорации «Атомстрой» Игорь Семенов поблагодарил инспекторов за "
        "работу. Он подчеркнул, что агентство помогает станции.\n\n"
        "Он отметил, что следующее заседание пройдет в марте.\n"
    )
    assert speaker_of(page, "агентство помогает станции") == "Igor Semenov"
    # From the next paragraph on, "he" is the story's sayer again.
    assert speaker_of(page, "следующее заседание") == ULYANOV
    # Named in another case than the nominative, he is no subject: not his words.
    dative = page.replace(
        "глава госкорпорации «Атомстрой» Игорь Семенов поблагодарил инспекторов",
        "главе госкорпорации «Атомстрой» Игорю Семенову вручили награду",
    )
    assert speaker_of(dative, "агентство помогает станции") != "Igor Semenov"
    # So in English, after the post and the name.
    english = (
        "Ulyanov: the vote was expected\n\n"
        "The vote was expected, Russia's envoy in Vienna Mikhail Ulyanov said on Telegram.\n\n"
        "Earlier, Atomstroy head Igor Semenov thanked the inspectors. He stressed that the "
        "agency helps the plant.\n\n"
        "He added that the next meeting would be in March.\n"
    )
    assert speaker_of(english, "the agency helps the plant") == "Igor Semenov"
    assert speaker_of(english, "the next meeting") == ULYANOV


def test_a_ministry_spokesman_named_in_full_is_his_surname_later() -> None:
    page = (
        "Звонок во время брифинга\n\n"
        "После этого спикер украинского МИД Георгий Тихий на своем брифинге посмеялся над "
        "этой историей. Тихий отметил, что ему никто не звонит.\n\n"
        "«У нас нет нужды сверять ответы по телефону», – сказал Тихий.\n"
    )
    assert speaker_of(page, "ему никто не звонит") == "Georgy Tikhy"
    assert speaker_of(page, "сверять ответы") == "Georgy Tikhy"
    # A surname the page never gave with a first name names no one.
    bare = page.replace("спикер украинского МИД Георгий Тихий", "представитель ведомства")
    assert speaker_of(bare, "сверять ответы") == UNKNOWN


def test_a_line_under_a_paragraph_that_says_who_said_it_attributes_it() -> None:
    page = (
        "Грушко: Европа затягивает конфликт\n\n"
        "Заместитель главы МИД России Александр Грушко заявил, что Европа мешает переговорам."
        "\n\n"
        "Их позиция заключается в том, чтобы боевые действия шли как можно дольше.\n\n"
        "сказал Грушко журналистам\n\n"
        "Ранее Россия предложила Европе новый документ.\n"
    )
    assert speaker_of(page, "шли как можно дольше") == GRUSHKO
    assert speaker_of(page, "новый документ") == UNKNOWN
    # A line in lower case that is no attribution leaves the paragraph above it unknown.
    source = page.replace("сказал Грушко журналистам", "по данным агентства")
    assert speaker_of(source, "шли как можно дольше") == UNKNOWN


def test_an_aside_naming_the_one_whose_words_a_retelling_gives() -> None:
    page = (
        "Грушко: Европа затягивает конфликт\n\n"
        "Заместитель главы МИД России Александр Грушко заявил, что Европа мешает переговорам."
        "\n\n"
        "К этому относится, как уточнил Грушко, и военная помощь киевскому режиму.\n"
    )
    assert speaker_of(page, "военная помощь киевскому режиму") == GRUSHKO
    # "as Putin used to say": words said before, which the retelling only recalls.
    recalled = page.replace("как уточнил Грушко", "как не раз заявлял Владимир Путин")
    assert speaker_of(recalled, "военная помощь киевскому режиму") == UNKNOWN


def test_the_politician_after_a_foreign_premier_is_that_premier() -> None:
    page = (
        "Галузин: Армения остается в ОДКБ\n\n"
        "Замглавы МИД РФ Михаил Галузин заявил, что Армения остается членом организации.\n\n"
        "Осенью премьер-министр Армении Никол Пашинян объявил о заморозке участия. Политик "
        "охарактеризовал систему безопасности организации как неработающую.\n"
    )
    assert speaker_of(page, "как неработающую") == "Nikol Pashinyan"
    # "The minister" is not his post: it may be either man's.
    minister = page.replace("Политик охарактеризовал", "Министр охарактеризовал")
    assert speaker_of(minister, "как неработающую") == UNKNOWN


def test_the_us_envoy_to_the_un_is_known_by_her_surname() -> None:
    page = (
        "Постпред России при ООН Василий Небензя попросил коллегу из США Никки Хейли "
        "соблюдать приличия, сообщает агентство.\n\n"
        "Осенью 2017 года Хейли заявила, что Россия вмешивалась в выборы.\n"
    )
    assert speaker_of(page, "вмешивалась в выборы") == "Nikki Haley"


def test_a_name_set_off_by_a_full_stop_before_words_in_the_first_person() -> None:
    page = (
        "Итоги саммита\n\n"
        "Владимир Путин. Переговоры прошли конструктивно. Мы готовы работать дальше.\n\n"
        "Дональд Трамп. Сделки пока нет, но я позвоню коллегам в Европе.\n"
    )
    assert speaker_of(page, "Переговоры прошли конструктивно") == "Vladimir Putin"
    assert speaker_of(page, "я позвоню коллегам") == "Donald Trump"
    # Each side's line is its own, whether or not it says "I" or "we".
    third = page.replace("Мы готовы работать дальше.", "Стороны готовы работать дальше.")
    assert speaker_of(third, "Переговоры прошли конструктивно") == "Vladimir Putin"
    # A wrapped line that opens on the name ending the sentence before it is no label.
    wrapped = (
        "Talks in Moscow\n\n"
        "Sergey Lavrov: We have just finished the talks with\n"
        "Donald Trump. We agreed to meet again in the spring.\n"
    )
    assert speaker_of(wrapped, "We agreed to meet again") == "Sergey Lavrov"
    # A caption names who is in the photo, not who speaks.
    caption = (
        "Итоги саммита\n\n"
        "Сергей Лавров. Фото: пресс-служба МИД России\n\n"
        "Министры обсудили повестку встречи.\n"
    )
    assert speaker_of(caption, "Фото: пресс-служба") == UNKNOWN


def test_a_headline_under_a_post_and_a_surname_is_the_title() -> None:
    from retrieval.transcript import parse_transcript

    page = (
        " date 2026-02-20 Посол Нечаев: Россия готова к диалогу на равных\n"
        "Посол России в Германии Сергей Нечаев заявил, что Москва готова к диалогу.\n"
    )
    document = parse_transcript(page, "page")
    assert document.title == "Посол Нечаев: Россия готова к диалогу на равных"
    assert all("готова к диалогу на равных" not in p.text for p in document.passages)


def test_a_stamp_with_its_update_time_is_a_date_not_the_title() -> None:
    from retrieval.transcript import parse_transcript

    page = (
        "13:49 14.02.2026 (обновлено: 13:50 14.02.2026)\n"
        "Посол в Германии прокомментировал отношения с Берлином\n\n"
        "БЕРЛИН, 14 фев – РИА Новости. Отношения почти разрушены, заявил посол РФ в ФРГ "
        "Сергей Нечаев.\n"
    )
    document = parse_transcript(page, "page")
    assert document.title == "Посол в Германии прокомментировал отношения с Берлином"
    assert str(document.date) == "2026-02-14"


def test_an_update_time_alone_is_no_passage() -> None:
    page = (
        "Ушаков обсудит с Уиткоффом утечки\n"
        "09:15\n"
        "обновлено 09:25\n"
        "БИШКЕК, 26 ноября. /ТАСС/. Помощник президента РФ Юрий Ушаков рассказал, что "
        "обсудит утечки по телефону.\n"
    )
    from retrieval.transcript import parse_transcript

    document = parse_transcript(page, "page")
    assert all("обновлено" not in p.text for p in document.passages)
    assert speaker_of(page, "обсудит утечки") == "Yuri Ushakov"


# An embassy site's interview page: a section heading in capitals, the date, the title.
EMBASSY_INTERVIEW = (
    "SPEECHES, INTERVIEWS, ARTICLES\n\n"
    "12.03.2017\n\n"
    "Ambassador Ivanov's interview for Sunday Express\n\n"
    "Q: What do you expect from the visit?\n\n"
    "A: It will be the first working visit at this level in three years.\n"
)


def test_a_sites_section_heading_in_capitals_is_no_title() -> None:
    from retrieval.transcript import parse_transcript

    document = parse_transcript(EMBASSY_INTERVIEW, "page")
    assert document.title == "Ambassador Ivanov's interview for Sunday Express"


def test_the_outlet_an_interview_was_given_for_is_not_who_answers() -> None:
    page = EMBASSY_INTERVIEW.replace("SPEECHES, INTERVIEWS, ARTICLES\n\n", "")
    assert speaker_of(page, "first working visit") == UNKNOWN
    assert speaker_of(EMBASSY_INTERVIEW, "first working visit") == UNKNOWN
    # The one who gave it, named in full, answers.
    named = page.replace("Ambassador Ivanov's", "Ambassador Pavel Ivanov's")
    assert speaker_of(named, "first working visit") == "Pavel Ivanov"
