"""Round 26: retellings whose quotes the parser left to no one — a quote closed under a post
it did not read as the official's own («зампред Совбеза», «пресс-секретарь хозяина
Кремля»), a subject with a day between name and verb, and a quote that runs on into a
paragraph with no opening mark of its own.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"

DEPUTY_CHAIRMAN_STORY = """\
Медведев дал интервью трем агентствам.

«Обсуждать его дальнейшую судьбу я не стану. Скажу лишь одно: этот человек сам выбрал \
свою дорогу», — сказал зампред Совбеза.

Ранее Медведев заявил, что западные санкции не достигли своих целей.
"""


def test_the_deputy_chairman_closing_a_quote_among_other_paragraphs_is_the_one_named() -> None:
    assert speaker_of(DEPUTY_CHAIRMAN_STORY, "сам выбрал свою дорогу") == "Dmitry Medvedev"


def test_the_deputy_chairman_of_another_body_is_not_the_one_named() -> None:
    # The deputy chairman of a foreign party is someone else.
    page = DEPUTY_CHAIRMAN_STORY.replace("зампред Совбеза", "зампред немецкой партии")
    assert speaker_of(page, "сам выбрал свою дорогу") != "Dmitry Medvedev"


def test_a_day_between_the_subject_and_its_verb_keeps_the_subject() -> None:
    page = """\
Медведев предупредил о рисках

Бывший президент России, а ныне глава Совбеза Дмитрий Медведев в среду предупредил, что \
поставки ракет приведут к новой эскалации.

Западные страны продолжают поставки.

Экс-президент добавил, что ядерные державы никогда не проигрывают войн за свое будущее.
"""
    assert speaker_of(page, "ядерные державы никогда не проигрывают") == "Dmitry Medvedev"


PRESS_SECRETARY_STORY = """\
Песков рассказал о реакции Путина на победу хоккеистов

Об этом сообщил журналистам пресс-секретарь главы российского государства Дмитрий Песков.

По словам Пескова, саму игру глава государства не видел.

"Так вышло, что в это время он был в дороге. Весь третий период он провел в самолете, \
поэтому игру он не смотрел, - объяснил пресс-секретарь хозяина Кремля. - Но сразу после \
посадки ему доложили о счете".

При этом представитель Кремля не уточнил, звонил ли президент тренеру.
"""


def test_the_press_secretary_of_the_master_of_the_kremlin_is_the_one_named() -> None:
    assert speaker_of(PRESS_SECRETARY_STORY, "Весь третий период он провел") == "Dmitry Peskov"


DIGEST_OF_QUOTES = """\
Песков о протестах и декларациях

Пресс-секретарь президента России Дмитрий Песков дал интервью американскому телеканалу. \
Публикуем основные его комментарии.

О протестах в России

"Коррупция – это проблема, и общество не терпит ее. Поэтому на прошлой неделе в ряде \
городов прошли акции.

В Москве акция не была согласована. Такое случается в любой стране, и задержания бывают \
во многих столицах".

Об убийстве в Киеве

"Это трагедия, и мы ее осуждаем".
"""


def test_a_quote_running_on_into_a_paragraph_without_an_opening_mark_keeps_its_speaker() -> None:
    assert speaker_of(DIGEST_OF_QUOTES, "В Москве акция не была согласована") == "Dmitry Peskov"


def test_a_paragraph_after_a_closed_quote_is_not_carried_on() -> None:
    # The quote closed in its own paragraph: the narration after it is the reporter's.
    page = DIGEST_OF_QUOTES.replace("прошли акции.\n", 'прошли акции".\n').replace(
        ' во многих столицах".', " во многих столицах, пишут местные газеты."
    )
    assert speaker_of(page, "В Москве акция не была согласована") == UNKNOWN


WIRE_STORY = """\
Putin's trips abroad almost planned — Presidential Aide Ushakov

MOSCOW, June 4. /TASS/. The calendar of the Russian president's foreign visits is almost \
planned, Presidential Aide Yury Ushakov said on Wednesday.

"We have several meetings fixed already," Ushakov told reporters.

"As of now, a visit to India matters most and we will name the dates soon," Uashakov added.

"A trip to Egypt is on the agenda too," the Kremlin aid went on to say. "Work on it goes on, \
but no dates have been set."

Putin began his new term last month.
"""


def test_a_typo_of_the_surname_named_before_is_that_sayer() -> None:
    assert speaker_of(WIRE_STORY, "a visit to India matters most") == "Yuri Ushakov"


def test_the_kremlin_aid_typo_is_the_aide() -> None:
    assert speaker_of(WIRE_STORY, "A trip to Egypt is on the agenda") == "Yuri Ushakov"


@pytest.mark.parametrize("surname", ["Usakovich", "Pashakov", "Ushkanov"])
def test_a_surname_two_letters_away_or_of_another_ending_is_someone_else(surname: str) -> None:
    page = WIRE_STORY.replace("Uashakov added", f"{surname} added")
    assert speaker_of(page, "a visit to India matters most") != "Yuri Ushakov"


EURONEWS_PAGE = """\
Welcome to Africanews

Please select your experience

Watch Live

News

Russian envoy to the EU on sanctions and talks

Russia's envoy to the European Union Ambassador Vladimir Chizhov

Euronews sat down with Moscow's envoy to the European Union, Ambassador Vladimir Chizhov.

Euronews: Are you still in touch with EU diplomats here in Brussels?

Ambassador Chizov: Yes, of course. I explain to them the reasons behind what we do, and I ask \
what they think besides their passion for sanctions.

Euronews: Will the talks go on?

Ambassador Chizov: They will, as long as both sides are ready to listen.
"""


def test_a_label_misspelling_the_surname_the_page_names_in_full_is_that_person() -> None:
    assert speaker_of(EURONEWS_PAGE, "besides their passion for sanctions") == "Vladimir Chizhov"


def test_a_label_two_letters_from_the_named_surname_stays_as_written() -> None:
    page = EURONEWS_PAGE.replace("Ambassador Chizov:", "Ambassador Chistov:")
    assert speaker_of(page, "besides their passion for sanctions") == "Chistov"


def test_a_site_s_experience_picker_is_no_title() -> None:
    document = parse_transcript(EURONEWS_PAGE, "euronews.txt")
    assert document.title == "Russian envoy to the EU on sanctions and talks"


def test_a_surname_in_capitals_after_a_first_name_is_shown_in_title_case() -> None:
    page = """\
Interview by Sergei Ivanov to a television programme

Sergei IVANOV: Our team played well, and that is what matters most to all of us.

Question: Did you see the replay?

Sergei IVANOV: No, there was no replay on the big screen that evening.
"""
    assert speaker_of(page, "Our team played well") == "Sergei Ivanov"


def test_a_dash_attribution_after_a_quote_closed_on_a_question_mark_is_the_quote_s() -> None:
    page = """\
Вице-спикер Госдумы Андрей Кругликов заявил, что его слова о музее неверно истолковали.
«Возможно, меня неправильно поняли. Но я надеялся, что у людей есть здравый смысл. О чем \
тут разговаривать?» — добавил депутат.
Он также подтвердил готовность встретиться с критиками.
"""
    assert speaker_of(page, "у людей есть здравый смысл") == "Andrey Kruglikov"


def test_the_one_who_opened_a_press_conference_with_the_quote_s_words_said_them() -> None:
    page = """\
 date 2025-08-14 «Прошу прощения за опоздание. Не успел переодеться», — этими словами \
губернатор Курской области Павел Морозов начал пресс-конференцию 14 августа.

Иван Петров ИА Регион

Встречу с журналистами пришлось отложить из-за атаки беспилотников.
"""
    assert speaker_of(page, "Прошу прощения за опоздание") == "Pavel Morozov"


def test_a_nested_quote_in_a_page_cut_off_mid_word_runs_to_the_cut() -> None:
    page = """\
Губернатор рассказал о последствиях атаки

Губернатор Курской области Павел Морозов заявил журналистам, что здание правительства \
повреждено.

В общей сложности дроны не менее пяти раз атаковали здание администрации области.

«Пока я к вам ехал, «прилетело» в верхний этаж, очень сильные повреждения. И мой кабинет \
пострадал. В здании никого нет, кроме дежурных сотрудн
"""
    assert speaker_of(page, "И мой кабинет пострадал") == "Pavel Morozov"


def test_an_agency_citing_the_minister_as_saying_gives_the_minister_s_words() -> None:
    page = """\
Minister says when oil output cut will be reached

Russian Energy Minister Alexander Novak said that Russia can reach the agreed cut by the end \
of March.

"We said generally that we need to watch the market. Let's see how things develop in April," \
the Prime news agency cited the minister as saying.
"""
    assert speaker_of(page, "we need to watch the market") == "Alexander Novak"


def test_two_apostrophes_closing_a_curly_quote_close_it() -> None:
    page = """\
Russia thanks India for its position

Russia is planning to open “humanitarian corridors'' along its border. Russia's new \
ambassador-designate to India, Denis Alipov, said this at his first meeting with the media.

“Russia will do everything it can to ensure the safety of students,'' he said, after \
meeting the press. “We do not attack civilian buildings,'' he maintained.

Alipov praised India for its “balanced position''.
"""
    assert speaker_of(page, "ensure the safety of students") == "Denis Alipov"
    assert speaker_of(page, "We do not attack civilian buildings") == "Denis Alipov"
    # The quote is shown closed by the mark the two apostrophes stand for.
    texts = [p.text for p in parse_transcript(page, "alipov.txt").passages]
    assert any("safety of students,” he said" in text for text in texts)


SENATOR_STORY = """\
В Совфеде Зеленского назвали «болтуном» после его слов о переговорах

Глава комиссии Совета Федерации по защите суверенитета Олег Карпенко прокомментировал \
заявление Владимира Зеленского о переговорах.

«Вот вы побеседовали с американцами, ваше дело. Не надо говорить, что будет делать \
дальше Вашингтон», — подчеркнул сенатор.
"""


def test_a_post_after_the_only_sayer_of_the_story_is_his() -> None:
    assert speaker_of(SENATOR_STORY, "Вот вы побеседовали с американцами") == "Oleg Karpenko"


def test_a_post_after_two_sayers_of_other_posts_stays_unknown() -> None:
    page = SENATOR_STORY.replace(
        "о переговорах.\n\n«Вот",
        "о переговорах. Министр Иван Лесков заявил, что ждет ответа.\n\n«Вот",
    )
    assert speaker_of(page, "Вот вы побеседовали с американцами") == UNKNOWN


QUOTE_DIGEST = """\
Support The Moscow Times!

'No Reason to Worry': The Mayor's Year-End Report, in Quotes

“Give me your courtyard's address and I'll leave the rubbish there,” he said in response to \
criticism of the waste plans. Ivan Morozov / Moskva News Agency

Mayor Pavel Gromov gave an annual report to city lawmakers on Wednesday.

Here's a selection of quotes from Gromov's two-hour report, which included answers to ten \
questions:

Waste shipments

“I'm very amused when they tell me that incinerators are being built around the city.”

Jailed protesters

“Those who sent them there hold the main responsibility for people being hurt.”
"""


def test_a_digest_of_quotes_from_someone_s_report_gives_each_quote_to_him() -> None:
    assert speaker_of(QUOTE_DIGEST, "incinerators are being built") == "Pavel Gromov"
    assert speaker_of(QUOTE_DIGEST, "hold the main responsibility") == "Pavel Gromov"


def test_a_topic_heading_in_a_digest_is_no_quote_of_his() -> None:
    assert speaker_of(QUOTE_DIGEST, "Jailed protesters") == UNKNOWN


def test_a_photographer_s_credit_after_a_caption_is_no_speaker() -> None:
    document = parse_transcript(QUOTE_DIGEST, "digest.txt")
    assert document.title == "'No Reason to Worry': The Mayor's Year-End Report, in Quotes"
    assert all("Morozov" not in p.speaker for p in document.passages)
    assert speaker_of(QUOTE_DIGEST, "leave the rubbish there") == UNKNOWN


MISSION_INTERVIEW = """\
Выступления и заявления

Назад

Ответы главы российской делегации в Совете ООН по правам человека Г.М.Гатилова на вопросы СМИ

Вопрос. Геннадий Михайлович, сегодня завершилась сессия Совета. Прокомментируйте ее итоги.

Г.М.Гатилов. Сложно выделить одну тему. Принято более двух десятков резолюций.

Вопрос. Выступала ли Россия с инициативой?

Г.М.Гатилов. Да, мы вновь внесли резолюцию по бизнесу и правам человека.
"""


def test_labels_set_off_by_a_full_stop_make_an_interview() -> None:
    assert speaker_of(MISSION_INTERVIEW, "Принято более двух десятков") == "Gennady Gatilov"
    assert speaker_of(MISSION_INTERVIEW, "Выступала ли Россия") == "Question"


def test_a_name_and_a_full_stop_without_a_question_so_labelled_is_no_label() -> None:
    # No "Вопрос." line: "Г.М.Гатилов. ..." may be a sentence of a story.
    page = MISSION_INTERVIEW.replace("Вопрос. ", "")
    assert speaker_of(page, "Выступала ли Россия") != "Question"


def test_the_title_again_in_capitals_keeps_a_statement_his() -> None:
    page = """\
Alexander Lukashevich at the Closing Session of the OSCE Ministerial Council, 3 December 2024

STATEMENT BY MR. ALEXANDER LUKASHEVICH,
PERMANENT REPRESENTATIVE OF THE RUSSIAN FEDERATION TO THE OSCE

Vienna, 3 December 2024

Madam Chairperson, colleagues,

New technologies will never be able to substitute for face-to-face interaction.

We believe that agreeing on draft documents before the meeting is worth keeping.
"""
    assert speaker_of(page, "never be able to substitute") == "Alexander Lukashevich"


def test_the_head_of_the_bank_of_russia_is_the_one_named_before() -> None:
    page = """\
Набиуллина рассказала о шутках про свою работу

Эльвира Набиуллина выразила позицию относительно шуток в ходе пресс-конференции. \
"Я отношусь к этому нормально, особенно если шутки забавные", - добавила глава Банка России.
"""
    assert speaker_of(page, "Я отношусь к этому нормально") == "Elvira Nabiullina"


def _index(tmp_path: Path, pages: dict[str, str]) -> SearchIndex:
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return SearchIndex(load_corpus(tmp_path).documents)


GROWTH_STORY = """\
Minister: Positive changes in the economy will take time

The measures taken to bolster growth will not bring results overnight, the minister of \
economic development Maxim Oreshkin said in an interview with a news agency.

“Let me remind you that last year growth amounted to more than 2%. Prior to that, in 2017, \
it was 1.8%. It is clear that this is not much,” Oreshkin said.
"""


def test_an_undated_page_naming_the_asked_year_answers_a_question_of_that_year(
    tmp_path: Path,
) -> None:
    index = _index(tmp_path, {"growth.txt": GROWTH_STORY})
    result = index.search("Oreshkin on economic growth in 2017")
    assert result.hits and "in 2017, it was 1.8%" in result.hits[0].passage.text
    assert result.hits[0].passage.speaker == "Maxim Oreshkin"


def test_an_undated_page_not_naming_the_asked_year_is_no_answer_for_it(tmp_path: Path) -> None:
    index = _index(tmp_path, {"growth.txt": GROWTH_STORY})
    assert not index.search("Oreshkin on economic growth in 2014").hits


def test_the_un_deputies_initials_are_their_names() -> None:
    page = """\
Speech by Deputy Permanent Representative M.V.Zabolotskaya at a meeting of the Third Committee

New York, October 15, 2025

We have carefully read the report, which goes far beyond the mandate of the Office.
"""
    assert speaker_of(page, "goes far beyond the mandate") == "Maria Zabolotskaya"
    story = """\
Россия воздержалась при голосовании

Заместитель постоянного представителя России при ООН Анна Евстигнеева заявила, что Россия \
воздержалась при голосовании по проекту резолюции.
"""
    assert speaker_of(story, "воздержалась при голосовании по проекту") == "Anna Evstigneeva"


WORLD_CUP_STORY = """\
ЧМ-2018: Песков рассказал о реакции Путина на победу сборной

Пресс-секретарь президента Дмитрий Песков сообщил журналистам, что президент был рад победе.

"Отреагировал он как и вся наша страна, весьма позитивно. Это очень радостная победа", - \
рассказал Песков.
"""


OLYMPICS_STORY = """\
Лавров об Олимпиаде 2014 года

Министр иностранных дел Сергей Лавров заявил, что Олимпиада 2014 года в Сочи пройдет успешно.
"""


def test_a_page_naming_another_year_is_no_answer_for_the_year_asked_of(tmp_path: Path) -> None:
    index = _index(tmp_path, {"cup.txt": WORLD_CUP_STORY, "games.txt": OLYMPICS_STORY})
    assert index.search(
        "Песков: президент отреагировал весьма позитивно на победу сборной 2018"
    ).hits
    assert not index.search(
        "Песков: президент отреагировал весьма позитивно на победу сборной 2014 года"
    ).hits


def test_an_embedded_post_dates_a_page_that_states_no_day() -> None:
    page = """\
NOVO-OGARYOVO (Sputnik) – Israeli Prime Minister Benjamin Netanyahu said he arrived in Moscow \
to explain his position on regional issues.

#BREAKING: #Moscow: #Netanyahu & #Putin started their talks pic.twitter.com/abc123
— Amichai Stein (@AmichaiStein1) September 21, 2015

“It's very important to come here to explain our position,” Netanyahu said.
"""
    document = parse_transcript(page, "visit.txt")
    assert document.date is not None and document.date.isoformat() == "2015-09-21"


SENATOR_BLOCK_QUOTE = """\
«Полная чепуха»: сенатор о новой инициативе Вашингтона

США вновь пытаются признать Россию спонсором терроризма, однако эта инициатива несостоятельна, \
заявил NEWS.ru член комитета Совета Федерации по международным делам Олег Мельников. Он \
выразил сомнение, что идею поддержат даже в самих Штатах.

Признать Россию спонсором терроризма — давно провалившаяся идея. По-моему, это не пройдет даже \
у самих американцев.

Ранее в Госдуме назвали инициативу провокацией.
"""


def test_a_first_person_paragraph_after_the_one_that_had_him_speak_is_his() -> None:
    assert speaker_of(SENATOR_BLOCK_QUOTE, "США вновь пытаются") == "Oleg Melnikov"
    assert speaker_of(SENATOR_BLOCK_QUOTE, "давно провалившаяся идея") == "Oleg Melnikov"
    assert speaker_of(SENATOR_BLOCK_QUOTE, "Ранее в Госдуме назвали") == UNKNOWN


def test_a_third_person_paragraph_after_him_stays_narration() -> None:
    page = SENATOR_BLOCK_QUOTE.replace(
        "По-моему, это не пройдет", "Эксперты считают, что это не пройдет"
    )
    assert speaker_of(page, "давно провалившаяся идея") == UNKNOWN


def test_the_site_s_own_voice_after_him_is_not_his() -> None:
    page = (
        "Minister reveals when the output cut will be reached\n\n"
        "Russian Energy Minister Alexander Novak said that Russia can reach the agreed cut by "
        "the end of March.\n\n"
        '"I think by the end of March we will reach the average daily cut," the minister '
        "stressed.\n\n"
        "He also said that no timeline of a prolongation was discussed in Baku.\n\n"
        '"We said we need to watch the market," the agency cited the minister as saying.\n\n'
        "7355 views\n"
        "We use cookies and collect personal data through a counter in order to provide you "
        "with the best possible experience on our website.\n"
    )
    passages = parse_transcript(page, "novak.txt").passages
    assert all(p.speaker != "Alexander Novak" for p in passages if "cookies" in p.text)


def test_a_page_of_no_stated_year_still_answers_a_question_naming_one(tmp_path: Path) -> None:
    # The year stood in a rubric line above the title; the text recalls only the 1990s.
    readings = """\
«Чтения памяти академика–2024». Выступления второго дня

Выступление Министра иностранных дел России Сергея Лаврова

Академик сформулировал и активно продвигал концепцию многополярности еще в 1990 году, когда \
мало кто об этом задумывался.
"""
    plans = "Песков о планах\n\nПесков заявил, что планы на 2024 год пока не сверстаны.\n"
    index = _index(
        tmp_path, {"readings.txt": readings, "cup.txt": WORLD_CUP_STORY, "plans.txt": plans}
    )
    result = index.search("Лавров, Чтения 2024: академик продвигал концепцию многополярности")
    assert result.hits and result.hits[0].passage.speaker == "Sergey Lavrov"
