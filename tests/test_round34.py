"""Round 34: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt

from retrieval.search import _weighted
from retrieval.transcript import parse_transcript
from retrieval.transcript._cut_end import completed_cut_name
from retrieval.transcript._dates import first_date
from retrieval.transcript._namesakes import namesakes
from retrieval.transcript._sentence_sayer import headline_speaker
from tests.conftest import pages_index, speaker_of

# A regional agency's story copied only up to a length: the copy stops inside the name of
# the one who said its last quote.
_CUT_AT_THE_NAME = """\
Карасин: отношения с Тбилиси надо выстраивать шаг за шагом

Москва, 12 апреля. Статс-секретарь, заместитель министра иностранных дел России Григорий \
Карасин встретился в Праге с представителем грузинского премьера.

«Разговор был откровенным и полезным, мы договорились продолжить его летом», - сказал \
Карасин журналистам после встречи.

По словам Карасина, стороны обсудили торговлю, транспорт и гуманитарные связи.

«Торопиться здесь не нужно, но и стоять на месте мы не собираемся», - добавил Кара"""


def test_a_name_cut_off_at_the_end_of_a_copied_page_is_completed_from_the_page() -> None:
    # Before: the last quote was no one's; the cut "Кара" named nobody.
    assert speaker_of(_CUT_AT_THE_NAME, "стоять на месте") == "Grigory Karasin"


def test_a_cut_word_completes_only_to_one_name_and_its_case_forms() -> None:
    page = "Песков встретился с журналистами. «Всё в порядке», - добавил Пес"
    assert completed_cut_name(page).endswith("добавил Песков")
    # "Песня" beside "Песков": the cut word could be either, so it stays as it is.
    both = "Песня о Пескове. Песков пришёл. «Всё в порядке», - добавил Пес"
    assert completed_cut_name(both) == both
    # A page that ends with a full stop was not cut.
    whole = "Песков пришёл. «Всё в порядке», - добавил Пес."
    assert completed_cut_name(whole) == whole


# A machine translation of an agency story: the post spelt with a hyphen after the quote.
_HYPHENED_PRESS_SECRETARY = """\
Peskov answered a question about the new mobile game

Press Secretary of the President Dmitry Peskov could not say whether the game would come to \
the Kremlin grounds.

“I don’t know, no. I do not play such games myself, so I am not the one to ask,” Peskov said.

“The Kremlin is a treasure of world culture and deserves a visit for its own sake”, — \
explained the press-Secretary of the President.
"""


def test_a_hyphened_press_secretary_of_the_president_is_his_aide() -> None:
    # Before: the second quote was no one's ("press-Secretary" was not read as a post).
    assert speaker_of(_HYPHENED_PRESS_SECRETARY, "treasure of world culture") == "Dmitry Peskov"


# A business daily's story: the deputy minister named with a form of address after "По словам".
_ADDRESSED_BY_MR = """\
Рябков: визовая сфера остается раздражителем

Одним из раздражителей в отношениях России и США остается визовая сфера, заявил замглавы \
МИД РФ Сергей Рябков.

По словам господина Рябкова, подобные действия США не вписываются «в канву улучшения \
двусторонних отношений, которая сложилась в последние месяцы».
"""


def test_po_slovam_gospodina_names_the_one_whose_words_follow() -> None:
    # Before: "господина" stopped the name's reading, and the sentence was no one's.
    assert speaker_of(_ADDRESSED_BY_MR, "в канву улучшения") == "Sergey Ryabkov"


# A blog's repost of a newspaper profile: the only dates near the top are inside his words.
_DATES_INSIDE_THE_QUOTE = """\
Our envoy to the alliance, as the papers see him

Interesting piece in a European daily about Russia's envoy to NATO:

“Two dates have changed the world in recent years: March 3, 2004, and May 9, 2009,” the \
envoy said in an interview, speaking of the crisis that had broken out a few weeks before.
"""


def test_a_date_inside_quoted_words_is_not_the_pages_date() -> None:
    # Before: the page was dated March 3, 2004, the first day he named.
    assert parse_transcript(_DATES_INSIDE_THE_QUOTE, "profile").date is None


# A press archive's copy: the publication and a dash before the date and its weekday.
_PRESS_ARCHIVE_COPY = """\
THE ENVOY AND THE VOTE; Russia's UN Ambassador calls the draft "a dead end"
Press Digest Part B (Russia) - March 4, 2008 Tuesday

By: Ivan Petrov

Russian UN Ambassador Vitaly Churkin spoke after the meeting. "The changes are cosmetic, and \
we cannot support a text that ignores one of the parties," Churkin said.
"""

# A regional site's story: its byline in brackets before a weekday and the date, under the lead.
_BYLINE_UNDER_THE_LEAD = """\
Russia will back the draft on the province

Russia will back the draft resolution submitted to the General Assembly, it was announced in \
New York on Tuesday.

(Balkan Desk Staff) Wednesday, September 15, 2010

Russian Ambassador to the UN Vitaly Churkin said that "the talks must go on, and no side \
should be pressed to accept what it has rejected".
"""


def test_a_press_archive_stamp_and_a_bracketed_byline_date_the_page() -> None:
    # Before: neither page had a date, so "... in March 2008" could not find either.
    archive = parse_transcript(_PRESS_ARCHIVE_COPY, "archive")
    assert archive.date == dt.date(2008, 3, 4)
    assert "Press Digest" not in archive.passages[0].text
    assert parse_transcript(_BYLINE_UNDER_THE_LEAD, "byline").date == dt.date(2010, 9, 15)
    # A headline with a date and no weekday is no stamp: it stays the title.
    headline = "Lavrov's talks in Paris - March 4, 2008\n\nLavrov said the talks were useful.\n"
    assert parse_transcript(headline, "headline").title == "Lavrov's talks in Paris - March 4, 2008"


# A news site's story of two ministers' meeting: a paragraph of background reports one of them,
# and the next paragraph is his quote with no attribution at all.
_QUOTE_AFTER_BACKGROUND = """\
Foreign secretary on a rare visit to Moscow says ties are worth mending

British Foreign Secretary Thomas Blake and Russian Foreign Minister Sergei Lavrov met in Moscow \
on Friday.

Blake said the two countries had to talk even when they disagreed sharply.

“We cannot afford silence between our capitals,” Blake told reporters.

Earlier, after their talks, Lavrov said Moscow and London were ready to work together on the \
Security Council's agenda, including the Arctic.

“We have discussed the Arctic, particularly the shipping routes and the rescue services there,”
"""


def test_a_bare_quote_right_after_a_background_paragraph_is_the_background_sayers() -> None:
    # Before: the story's sayer (Blake) got the quote that bears out Lavrov's reported words.
    assert speaker_of(_QUOTE_AFTER_BACKGROUND, "shipping routes") == "Sergey Lavrov"
    assert speaker_of(_QUOTE_AFTER_BACKGROUND, "afford silence") == "Thomas Blake"


# The EU's diplomatic service's page in Russian: a title naming her by surname, the text's
# heading naming her in full, a disclaimer, then her remarks with no label.
_EU_REMARKS_IN_RUSSIAN = """\
European Union External Action

Выступление Верховного Представителя ЕС Могерини на пресс-конференции с Министром \
иностранных дел России Лавровым

Москва, 10/03/2016 - 12:40, UNIQUE ID: 160310_4
Statements by the HR/VP

Выступление и ответы на вопросы СМИ Верховного Представителя ЕС Федерики Могерини на \
пресс-конференции с Министром иностранных дел России Сергеем Лавровым.

Возможны расхождения между произнесенной речью и данным текстом

Спасибо, Сергей. Мы говорили два часа, и я считаю этот разговор нужным.

Мы по-разному смотрим на многие вещи, но у нас есть общие задачи: Ближний Восток, \
ядерная сделка с Ираном, борьба с терроризмом.
"""


def test_a_heading_naming_the_giver_does_not_make_her_remarks_a_report() -> None:
    # Before: the heading named her in the third person, so the page read as a report and
    # her remarks were no one's; the title's partner "with ... Lavrov" had been its speaker.
    document = parse_transcript(_EU_REMARKS_IN_RUSSIAN, "eu-remarks")
    assert speaker_of(_EU_REMARKS_IN_RUSSIAN, "ядерная сделка") == "Federica Mogherini"
    assert {p.speaker for p in document.passages} <= {"Federica Mogherini", "Unknown speaker"}
    # The disclaimer is page furniture, in no one's passage.
    assert not any("расхождения" in p.text for p in document.passages)


def test_the_one_met_with_in_a_title_of_someones_remarks_is_not_its_speaker() -> None:
    title = "Remarks by HR/VP Mogherini at the joint press conference with Foreign Minister Lavrov"
    assert headline_speaker(title) != "Sergey Lavrov"
    # An interview with someone still names the one interviewed.
    assert headline_speaker("Interview with Foreign Minister Sergey Lavrov") == "Sergey Lavrov"
    mid_title = (
        "Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова в ходе "
        "совместной пресс-конференции с Министром иностранных дел Египта"
    )
    assert headline_speaker(mid_title) == "Sergey Lavrov"


# A host country's news site: its own foreign minister, named once in full with three names,
# then by surname and by post; the Russian minister is the guest.
_HOST_MINISTER_THREE_NAMES = """\
Home / Region / FM Haidari holds talks with Russian counterpart

FM Haidari holds talks with Russian counterpart

Foreign Minister Abdul Karim Haidari welcomed Russian Foreign Minister Sergey Lavrov at the \
Foreign Office on Tuesday for talks on trade and regional security.

FM Lavrov, who is on a two-day visit, will also meet the country's prime minister.

“We are opening new rail and port links for traders from both countries,” said Haidari.

The foreign minister said both he and FM Lavrov had “agreed on the need for more student \
exchanges across many fields, including medicine”.
"""


def test_a_three_word_name_after_a_post_is_named_again_by_the_surname() -> None:
    # Before: "Abdul Karim" was read as the name, so "said Haidari" named no one.
    assert speaker_of(_HOST_MINISTER_THREE_NAMES, "rail and port") == "Abdul Karim Haidari"


def test_the_post_is_not_the_one_its_sentence_names_after_the_verb() -> None:
    # Before: "the foreign minister" was Lavrov, whom the same sentence names as the other.
    assert speaker_of(_HOST_MINISTER_THREE_NAMES, "student exchanges") != "Sergey Lavrov"
    # (With no quote of the host minister's before it, Lavrov was named last.)
    unquoted = _HOST_MINISTER_THREE_NAMES.replace(
        "“We are opening new rail and port links for traders from both countries,” said "
        "Haidari.\n\n",
        "",
    )
    assert "rail and port" not in unquoted
    assert speaker_of(unquoted, "student exchanges") != "Sergey Lavrov"


# A broadcaster's story under a headline label by surname: the minister is the known Security
# Council secretary's namesake, named in full once.
_NAMESAKE_MINISTER = """\
Патрушев: урожай зерна будет выше прошлогоднего

Министр сельского хозяйства России Дмитрий Патрушев заявил, что урожай зерна в этом году будет \
выше прошлогоднего.

«Погода помогла, и посевные площади выросли, так что мы ждём не меньше 135 миллионов тонн», — \
сказал Патрушев.
"""


def test_a_surname_names_the_known_officials_namesake_the_page_names_in_full() -> None:
    # Before: "Патрушев" was Nikolai Patrushev, the one the speaker table knows.
    assert speaker_of(_NAMESAKE_MINISTER, "135 миллионов") == "Dmitry Patrushev"
    assert parse_transcript(_NAMESAKE_MINISTER, "namesake").speaker == "Dmitry Patrushev"


def test_a_namesake_is_never_a_patronymic_nor_the_tail_of_a_longer_name() -> None:
    page = "Сергей Викторович Лавров встретился с Fahad bin Mohammed Lavrov. Лавров сказал ..."
    assert namesakes({"Sergey Lavrov"}, page) == {}
    assert namesakes({"Sergey Lavrov"}, "Лавров и Мария Лавров ...") == {
        "Sergey Lavrov": "Maria Lavrov"
    }
    # A page that names the known one in full as well keeps him.
    both = "Сергей Лавров и Мария Лавров говорили. Лавров сказал ..."
    assert namesakes({"Sergey Lavrov"}, both) == {}


# A familiar news story: the guest named in full once, then by his first name alone.
_FIRST_NAME_ALONE = """\
Serbian minister on Moscow visit says he feels at home

Russian Foreign Minister Sergei Lavrov and Serbian Foreign Minister Ivan Markovic traded jokes \
more than complaints at their meeting in Moscow.

Calling himself "a friend of every Russian", Ivan said: "I am surely the first minister of my \
country to bring his grandmother's recipes to the Foreign Ministry."

He described the two nations' ties as older than any treaty between them.
"""


def test_a_first_name_alone_names_the_one_person_named_in_full_with_it() -> None:
    # Before: "Ivan said" named no one, and "He described" went to Lavrov.
    assert speaker_of(_FIRST_NAME_ALONE, "grandmother's recipes") == "Ivan Markovic"
    assert speaker_of(_FIRST_NAME_ALONE, "older than any") == "Ivan Markovic"


def test_a_date_with_a_space_before_its_comma_dates_the_page() -> None:
    # Before: "March 23 , 2021 (EIRNS)—" was no date, so the page had none.
    page = (
        "Lavrov and Wang reject sanctions\n"
        "March 23 , 2021 (EIRNS)—Russian Foreign Minister Sergey Lavrov and Chinese Foreign "
        "Minister Wang Yi spoke to the press in Guilin.\n"
        "“We reject unilateral sanctions,” Lavrov said.\n"
    )
    assert parse_transcript(page, "eir").date == dt.date(2021, 3, 23)
    assert first_date("on 23 March , 2021 in Guilin") == dt.date(2021, 3, 23)


# A diplomats' magazine profile: narration about the ambassador, his quotes with no verb.
_PROFILE_QUOTES_WITHOUT_VERB = """\
Home / Heads of mission / Americas / Russia

His Excellency Mr Alexander Darchiev
Embassy of the Russian Federation

RUSSIA'S NEW AMBASSADOR Alexander Darchiev arrived in Ottawa last autumn with his family.

Mr Darchiev came to the Embassy twenty years after his mother had served here as a consul. \
"My mother kept a diary of her Ottawa years. It is full of snow, hockey and long queues. What \
surprises me now is how little the city has changed."

Later on, the ambassador worked on Arctic affairs in Moscow.
"""


def test_a_profiles_quote_saying_i_after_a_sentence_about_him_is_his() -> None:
    # Before: the quote had no verb, so it was no one's.
    assert speaker_of(_PROFILE_QUOTES_WITHOUT_VERB, "kept a diary") == "Alexander Darchiev"
    # (The rest of that quote too.)
    assert speaker_of(_PROFILE_QUOTES_WITHOUT_VERB, "little the city has changed") == (
        "Alexander Darchiev"
    )


# A copy on an agency's foreign-press site: a sign-up box, the headline in a label's form, its
# picture's caption, the site's notice and its follow button before the minister's words.
_SIGN_UP_BOX_ABOVE_THE_HEADLINE = """\
Регистрация пройдена успешно!
Пожалуйста, перейдите по ссылке из письма, отправленного на

С.Лавров: переговоры о статусе не могут идти под обстрелами

С.Лавров: переговоры о статусе не могут идти под обстрелами picture
Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ и не отражают позицию редакции ИноСМИ
Читать inosmi.ru в
Я убежден, что говорить о статусе сейчас бессмысленно: сначала должны замолчать орудия, а \
потом уже начнется работа дипломатов.
"""


def test_a_sign_up_box_above_the_headline_is_furniture() -> None:
    document = parse_transcript(_SIGN_UP_BOX_ABOVE_THE_HEADLINE, "inosmi")
    # Before: the sign-up box's line was the title, and the words no one's.
    assert document.title.startswith("С.Лавров:")
    assert speaker_of(_SIGN_UP_BOX_ABOVE_THE_HEADLINE, "замолчать орудия") == "Sergey Lavrov"
    assert not any("Читать inosmi.ru" in p.text for p in document.passages)


# A blog's copy of a wire story that lost its quote marks (one opening mark left, unclosed).
_QUOTE_MARKS_LOST = """\
Skip to content

Moscow has not changed its stance on Libya – Foreign Ministry

Mar 3, 2011

Russia has not changed its position on the crisis in Libya, Russian Foreign Ministry \
spokesman Alexander Lukashevich said at a media briefing in Moscow.

Lukashevich noted that the State Department had hurried to announce a turn in Moscow's policy.

“We welcome the Russian government's recognition that the regime is finished, State \
Department spokeswoman Helen Marsh stated. I hope Moscow will now work with us on a transition.

We have not turned anywhere, and our position stays the same, Lukashevich said.

We cannot rule out any outcome of the fighting. We must be honest about the situation on the \
ground, the media cited Deputy Foreign Minister Mikhail Bogdanov as saying.
"""


def test_a_copy_without_quote_marks_gives_each_sayer_his_words() -> None:
    # Before: "we" outside quote marks made the page read as no one's remarks at all.
    assert speaker_of(_QUOTE_MARKS_LOST, "have not turned anywhere") == "Alexander Lukashevich"
    assert speaker_of(_QUOTE_MARKS_LOST, "honest about the situation") == "Mikhail Bogdanov"
    # The quote left open names its own sayer: its next sentence is not Lukashevich's.
    assert speaker_of(_QUOTE_MARKS_LOST, "work with us on a transition") != "Alexander Lukashevich"


# A regional site's hard-wrapped copy: a quote opens at the very end of a line.
_QUOTE_OPENING_AT_A_LINE_END = """\
Захарова ответила на слова турецкого президента

Официальный представитель МИД России Мария Захарова прокомментировала слова президента Турции.
Дипломат написала пост о летчиках, погибших в тот день, и о спасателях. "
Скажу честно, та неделя во мне многое изменила. Я до сих пор думаю о ней каждый день", – \
сказала она.
"""


def test_a_quote_opening_at_a_line_end_goes_on_to_its_close() -> None:
    # Before: the quote's first sentence, on the next line, was no one's.
    assert speaker_of(_QUOTE_OPENING_AT_A_LINE_END, "многое изменила") == "Maria Zakharova"


# Two undated pages: one names the year of what it tells, the other names none.
_GAS_FORUM_UNDATED = """\
Miller: Europe will need more gas

Gazprom's head Alexei Miller spoke at the gas forum held in St Petersburg in 2014.

"Gas demand in Europe will grow, whatever the European Commission says," Miller said at the forum.
"""
_GAS_TALKS_UNDATED = """\
Miller: Europe will need more gas

Gazprom's head Alexei Miller spoke at the gas forum held in St Petersburg.

"Gas demand in Europe will grow, whatever the European Commission says," Miller said at the forum.
"""
_ASKED_OF_2021 = "What did Miller say about gas demand in Europe at the forum held in 2021?"


def test_an_event_year_is_not_answered_by_an_undated_page_of_other_years() -> None:
    index = pages_index({"en_forum.txt": _GAS_FORUM_UNDATED})
    # Before: the page states no date, so the year asked for was never checked.
    assert not index.search(_ASKED_OF_2021).hits
    # A page that names no year at all may be the one.
    assert pages_index({"en_talks.txt": _GAS_TALKS_UNDATED}).search(_ASKED_OF_2021).hits


# An archive's copy of a newspaper interview: the ambassador named by surname and initials, the
# questions addressing him by first name and patronymic, which a known official shares.
_ADDRESSED_BY_FIRST_NAME_AND_PATRONYMIC = """\
Архівні документи
Зурабов М. (Посол Росії в Україні).
Інтерв'ю виданню "Комсомольская правда"
Зурабов М. Ю.
(Посол России в Украине)
- Михаил Юрьевич, как вы оцениваете работу консульств в этом году?
- Консульства работают без выходных: очередь за визами стала вдвое короче, чем весной.
- Что дальше?
- Дальше мы откроем еще два визовых центра, в Харькове и во Львове.
"""


def test_questions_addressing_by_name_and_patronymic_mean_the_one_the_page_initials() -> None:
    # Before: «Михаил Юрьевич» was Mikhail Galuzin, the table's official of that name.
    assert speaker_of(_ADDRESSED_BY_FIRST_NAME_AND_PATRONYMIC, "визовых центра") == (
        "Mikhail Zurabov"
    )


def test_a_better_answer_factor_never_ranks_a_negative_score_lower() -> None:
    # On a corpus of a few pages most words weigh below zero: a passage that answers more of
    # the question must still come first (a two-page test had its answer ranked second).
    assert _weighted(-0.5, 0.6) > _weighted(-0.5, 0.3)
    assert _weighted(2.0, 0.6) > _weighted(2.0, 0.3)
    assert _weighted(-0.5, 0.0) < _weighted(-0.5, 0.1)


# A translation service's text of an interview: labels in brackets before each turn.
_BRACKETED_LABELS = """\
Russia's Lavrov on the Middle East (Text of Interview)

The translation service renders an interview by Russian Foreign Minister Sergei Lavrov to an \
Arab television channel.

(Interviewer) I would like to begin with your talks with the American secretary of state last \
week. The day after he left Moscow, John Kerry made a statement in Rome on the Syrian president.

There were also statements in Washington on arming the opposition. Why, as soon as he had left, \
did such different statements follow?

(Russian Foreign Minister Sergey Lavrov) We agreed to call a conference on Syria and to invite \
both the government and the opposition to it.

(Interviewer) And the Palestinian question?

(Lavrov) Without a settlement there, no one in the region will feel secure.
"""


def test_labels_in_brackets_mark_the_turns() -> None:
    # Before: "(Russian Foreign Minister Sergey Lavrov) ..." was read as the question's text.
    assert speaker_of(_BRACKETED_LABELS, "call a conference on Syria") == "Sergey Lavrov"
    assert speaker_of(_BRACKETED_LABELS, "arming the opposition") == "Question"
    document = parse_transcript(_BRACKETED_LABELS, "osc")
    assert not any(p.text.startswith("(") for p in document.passages)
    # A stage note in brackets is no label.
    note = _BRACKETED_LABELS.replace("(Lavrov) Without", "(Laughter) Without")
    assert speaker_of(note, "feel secure") != "Laughter"


# A broadcaster's page of quotes from an interview, each under a heading, no quote marks.
_QUOTES_UNDER_HEADINGS = """\
«Мы не будем отвечать на каждую выходку». На НТВ — интервью с Марией Захаровой

02.04.2016, 10:54

Официальный представитель МИД России Мария Захарова стала гостем вечерней программы. Сегодня \
мы публикуем некоторые цитаты из интервью.

О реакции Запада на освобождение города

Признать этот успех значило бы признать, что все эти годы они ошибались. Они так не умеют.

О работе саперов

Мины ставили в несколько слоев, очень аккуратно. Так не поступают те, кто собирается здесь жить.
"""


def test_quotes_an_editor_publishes_from_an_interview_are_the_interviewees() -> None:
    # Before: «Сегодня мы публикуем некоторые цитаты» was no announcement; the quotes no one's.
    assert speaker_of(_QUOTES_UNDER_HEADINGS, "несколько слоев") == "Maria Zakharova"
