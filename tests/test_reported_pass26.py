"""Who said it, pass 26 (set AJ: foreign ministers, presidents and ambassadors quoted in
Russian and English news, named by post, by nationality and in other spellings).

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import datetime as dt

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"


def test_a_nations_adjective_inside_a_russian_post_names_that_nations_minister() -> None:
    page = (
        "Министр иностранных дел Сербии Марко Джурич ответил на критику соседей.\n\n"
        "«Мы не позволим вмешиваться в наши дела и будем отвечать на каждый выпад», — "
        "написал глава сербского МИД.\n\n"
        "Глава сербского внешнеполитического ведомства считает, что спор решится быстро.\n\n"
        "По словам главы хорватского МИДа, Белград нарушает договоренности о границе.\n"
    )
    assert speaker_of(page, "Мы не позволим вмешиваться") == "Marko Djuric"
    assert speaker_of(page, "спор решится быстро") == "Marko Djuric"
    # The Croatian minister is named nowhere on the page: his words stay unknown.
    assert speaker_of(page, "Белград нарушает договоренности") == UNKNOWN


def test_a_leader_by_his_nations_adjective_after_the_verb() -> None:
    page = (
        "Президент Беларуси Александр Лукашенко заявил, что Минск ни на кого не нападает.\n\n"
        "Отдельно он остановился на торговле с соседями.\n\n"
        "«Мы торгуем со всеми, кто готов торговать честно», – заявил белорусский лидер.\n"
    )
    # «Беларуси» and «белорусский» are one country.
    assert speaker_of(page, "Мы торгуем со всеми") == "Alexander Lukashenko"
    turkish = (
        "Министр иностранных дел Турции Хакан Фидан провел переговоры в Анкаре.\n\n"
        "Речь шла о зерновой сделке и о морских маршрутах.\n\n"
        "«Маршруты должны оставаться открытыми», — подчеркнул турецкий министр.\n"
    )
    assert speaker_of(turkish, "Маршруты должны оставаться") == "Hakan Fidan"
    # The Turkish defence minister is someone else, whom the page does not name.
    defence = turkish.replace("турецкий министр.", "турецкий министр обороны.")
    assert speaker_of(defence, "Маршруты должны оставаться") == UNKNOWN


def test_the_nationality_of_a_diplomat_opening_a_sentence_or_with_his_rank() -> None:
    page = (
        "Zagreb and Vienna agree to talk gas every month\n\n"
        "Croatian Foreign Minister Gordan Radman said on Monday, after talks in Vienna, that "
        "the two sides had found common ground on gas transit.\n\n"
        "Austrian Foreign Minister Petra Lenz said her country would help with storage.\n\n"
        'The Croatian diplomat also noted that "transit through the region must go on" in '
        "the coming winter.\n\n"
        '"We have agreed to keep our talks going every month," the Croatian top diplomat added.\n'
    )
    assert speaker_of(page, "transit through the region") == "Gordan Radman"
    assert speaker_of(page, "We have agreed to keep our talks") == "Gordan Radman"
    # A Slovenian diplomat, never named, says nothing the page could give anyone.
    other = page.replace("The Croatian diplomat", "The Slovenian diplomat")
    assert speaker_of(other, "transit through the region") == UNKNOWN


def test_a_latin_word_before_a_russian_surname_is_not_its_first_name() -> None:
    page = (
        "Президент Сербии ответил на вопросы зрителей\n\n"
        "Президент Сербии Александр Вучич выступил в вечернем эфире.\n\n"
        "Накануне в программе TV Nova Вучич сказал, что страна не изменит курс.\n"
    )
    # Not "Nova Vuchich": a channel's name in Latin letters is no part of his.
    assert speaker_of(page, "страна не изменит курс") == "Aleksandar Vucic"


def test_where_a_post_is_held_stands_between_the_post_and_the_name() -> None:
    page = (
        "Глава МИД Азербайджана Джейхун Байрамов вылетел в Москву для переговоров о "
        "торговле, заявил посол Азербайджана в РФ Рахман Мусаев, его слова приводит сайт "
        "посольства.\n\n"
        "«Министр везет с собой предложения по поставкам овощей», - отметил посол.\n"
    )
    # The ambassador announced the trip; the minister named first only makes it.
    assert speaker_of(page, "вылетел в Москву") == "Rakhman Musayev"
    assert speaker_of(page, "везет с собой предложения") == "Rakhman Musayev"


def test_a_pronoun_after_a_joining_word_is_the_subject_not_the_one_named_before() -> None:
    page = (
        "Baku wants the talks to go on\n\n"
        "The foreign minister said Azerbaijan would keep every channel open this winter.\n\n"
        "Jeyhun Bayramov, Minister of Foreign Affairs, held talks with Russian counterpart "
        "Sergey Lavrov in Baku on Friday, after which he noted the “growing risk” of a long "
        "standoff. Only talks can answer it, Minister Bayramov said.\n"
    )
    # "he" is Bayramov, who held the talks; Lavrov is only the one he met.
    assert speaker_of(page, "growing risk") == "Jeyhun Bayramov"


def test_a_date_line_with_its_outlet_in_square_brackets_dates_the_page() -> None:
    page = (
        "Министр рассказал о планах на осень\n"
        "12 сентября 2025, 09:40 [ «Вечерние Известия» ]\n"
        "Глава МИД Словакии Юрай Бланар сообщил, что Братислава сохранит транзит газа.\n"
    )
    document = parse_transcript(page, "page")
    assert document.date == dt.date(2025, 9, 12)
    # The date line is no passage of anyone's.
    assert not any("Вечерние" in p.text for p in document.passages)


def test_a_hard_wrapped_page_broken_between_a_post_and_a_name() -> None:
    page = (
        "Talks on the Danube ports\n"
        "The two sides will meet again in the spring to review the\n"
        "shipping schedule and the new customs rules.\n"
        "The agreement was announced in Sofia on Monday. Bulgarian Foreign Minister\n"
        "Ivan Kostov said that the ports would stay open through the\n"
        "winter season for all cargo.\n"
        '"We have no reason to close a single berth," the Bulgarian\n'
        "minister added.\n"
    )
    # One sentence over the line break: the name after the post is the sayer's.
    assert speaker_of(page, "the ports would stay open") == "Ivan Kostov"
    assert speaker_of(page, "no reason to close a single berth") == "Ivan Kostov"


def test_a_first_name_and_patronymic_name_the_one_named_before() -> None:
    page = (
        "Спикер Думы ответил на вопросы о весенней сессии\n\n"
        "Председатель Госдумы Вячеслав Володин заявил, что весенняя сессия будет "
        "напряженной.\n\n"
        "Депутатам предстоит рассмотреть больше сотни законопроектов.\n\n"
        "«Работать придется и по выходным, если потребуется», — подчеркнул Вячеслав "
        "Викторович.\n"
    )
    assert speaker_of(page, "Работать придется и по выходным") == "Vyacheslav Volodin"
    # Another patronymic is someone else's, whom the page does not name.
    other = page.replace("Викторович", "Петрович")
    assert speaker_of(other, "Работать придется и по выходным") == UNKNOWN


def test_a_post_in_lower_case_names_the_one_named_with_it_before() -> None:
    page = (
        "Delhi and Canberra review trade ties\n\n"
        "Commerce and Industry Minister Piyush Goyal said on Monday that his talks with "
        "Australian officials in Canberra had gone well.\n\n"
        '"The talks were frank and useful," Goyal said after the meeting.\n\n'
        "Exports of farm goods were not on the agenda, an official said.\n\n"
        "The commerce and industry minister also said that a new round would start in May.\n"
    )
    assert speaker_of(page, "a new round would start in May") == "Piyush Goyal"
    # A post nobody on the page was named with names no one.
    other = page.replace("The commerce and industry minister", "The finance and trade minister")
    assert speaker_of(other, "a new round would start in May") == UNKNOWN


def test_a_known_leader_by_nation_and_post_though_the_page_never_named_his_country() -> None:
    page = (
        "Минск ответил соседям\n\n"
        "Александр Лукашенко в интервью телеканалу заявил, что граница останется открытой.\n\n"
        "Речь шла и о транзите грузов через республику.\n\n"
        "Белорусский лидер считает, что соседи сами вернутся к торговле.\n"
    )
    assert speaker_of(page, "соседи сами вернутся") == "Alexander Lukashenko"
    english = (
        "Astana hosts a summit\n\n"
        "Kassym-Jomart Tokayev said on Friday that the summit would focus on water and "
        "transport.\n\n"
        "The talks are due to last two days.\n\n"
        '"We are open to every partner," the Kazakh leader said.\n\n'
        '"Trade will grow," the Kazakh foreign minister added.\n'
    )
    assert speaker_of(english, "We are open to every partner") == "Kassym-Jomart Tokayev"
    # The foreign minister is someone else, whom the page never named.
    assert speaker_of(english, "Trade will grow") == UNKNOWN


def test_someone_said_this_gives_them_the_words_before() -> None:
    page = (
        "Minister on the port deal\n\n"
        "We expect the first ships in the new terminal before the summer, and the customs "
        "rules will be eased for them.\n\n"
        "Georgian Foreign Minister Maka Botchorishvili said this in a statement after the "
        "signing in Batumi.\n\n"
        "The deal still needs the approval of parliament. The vote is set for April. The "
        "opposition has asked for more time to read the text.\n\n"
        "The minister added that the port would hire local workers.\n"
    )
    assert speaker_of(page, "We expect the first ships") == "Maka Botchorishvili"
    # "said this week" is a time, not what was said before.
    week = page.replace("said this in a statement after the", "said this week after the")
    assert speaker_of(week, "We expect the first ships") == UNKNOWN


def test_an_english_sentence_with_its_subject_dropped_goes_on_with_the_sayer() -> None:
    page = (
        "Ministers meet in Rome\n\n"
        "Italian Foreign Minister Antonio Tajani said on Tuesday that Rome would host the next "
        "round of talks on grain exports.\n\n"
        "And called the recent strikes on the ports unacceptable.\n"
    )
    assert speaker_of(page, "strikes on the ports unacceptable") == "Antonio Tajani"


def test_a_second_headline_line_opening_with_a_known_name_and_a_colon_is_theirs() -> None:
    page = (
        "Анкара предложила площадку для переговоров\n\n"
        "Фидан: Турция готова принять делегации в Стамбуле уже весной\n\n"
        "Турция готова вновь принять переговоры, заявил глава МИД страны Хакан Фидан.\n\n"
        "Дата встречи пока не определена.\n"
    )
    assert speaker_of(page, "Турция готова принять делегации") == "Hakan Fidan"
    # A line that ends its sentence is the text's, read as any sentence.
    assert speaker_of(page, "Дата встречи пока не определена") == UNKNOWN
    to = page.replace("Фидан: Турция готова", "Фидан Лаврову: Турция готова")
    assert speaker_of(to, "Турция готова принять делегации") == UNKNOWN


def test_a_comment_counter_under_the_story_ends_it() -> None:
    page = (
        "Министр оценил переговоры\n\n"
        "Переговоры прошли в деловой обстановке, заявил министр иностранных дел Сербии "
        "Марко Джурич.\n\n"
        "Комментарии 0\n\n"
        "Оставить комментарий\n"
    )
    document = parse_transcript(page, "page")
    assert not any("Комментари" in p.text or "комментари" in p.text for p in document.passages)


def test_a_relative_clause_left_without_its_commas() -> None:
    page = (
        "Гость из Токио\n\n"
        "Министр иностранных дел Японии Таро Коно который прилетел в Москву накануне "
        "заявил, что переговоры о мирном договоре будут долгими.\n\n"
        "Президент России Владимир Путин встретился с Таро Коно который прилетел в Москву и "
        "заявил, что рыболовство обсудят отдельно.\n"
    )
    # The relative clause has a verb of its own: the name before it is the subject.
    assert speaker_of(page, "переговоры о мирном договоре") == "Taro Kono"
    # Here the verb of saying may be the relative clause's: not Putin, named before it.
    assert speaker_of(page, "рыболовство обсудят отдельно") != "Vladimir Putin"


def test_someone_who_began_after_a_quote_said_it() -> None:
    page = (
        "Forum opens in Baku\n\n"
        "Azerbaijani Foreign Minister Jeyhun Bayramov said the forum would be the largest yet.\n\n"
        "The hall was full long before the opening.\n\n"
        '"Dear guests, we have waited a long time for this day," Bayramov began.\n'
    )
    assert speaker_of(page, "we have waited a long time") == "Jeyhun Bayramov"
    # Talks that began say nothing.
    talks = page.replace("The hall was full long before the opening.", "The talks began.")
    assert speaker_of(talks, "The talks began") == UNKNOWN


def test_a_rubric_with_a_relative_time_is_no_title_and_the_headline_speaker_has_spoken() -> None:
    page = (
        "Тема:\n\n"
        "Выборы в Европе 12 минут назад\n\n"
        "Лукашенко: границы останутся открытыми\n\n"
        "Президент Белоруссии заявил, что Минск не станет закрывать границы с соседями.\n\n"
        "Александр Лукашенко также высказался о торговле с Китаем.\n"
    )
    document = parse_transcript(page, "page")
    assert document.title == "Лукашенко: границы останутся открытыми"
    # The headline's speaker has spoken: the president of his country is he.
    assert speaker_of(page, "не станет закрывать границы") == "Alexander Lukashenko"


def test_the_first_part_of_a_double_surname_names_the_same_person() -> None:
    page = (
        "Asuncion backs talks\n\n"
        "Foreign Minister Rodrigo Ayala Benitez said on Monday that his country would host the "
        "next round of trade talks.\n\n"
        "The date has not been set.\n\n"
        '"We are ready to welcome every delegation," Ayala stated.\n'
    )
    document = parse_transcript(page, "page")
    speakers = {p.speaker for p in document.passages} - {UNKNOWN}
    # One person, under one name.
    assert speakers == {"Rodrigo Ayala Benitez"}
    # After the story's first words, such a line is a link's title, nobody's words.
    link = (
        "«Мы готовы к переговорам в любом формате», — сказал Хакан Фидан.\n\n"
        "Фидан: биография министра иностранных дел Турции\n\n"
        "Министр родился в Анкаре и долго работал в разведке.\n"
    )
    assert speaker_of(link, "биография министра") == UNKNOWN
