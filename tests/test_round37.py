"""Round 37: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from retrieval.places import places
from retrieval.query import SpeakerAliases, parse_query
from retrieval.speakers import person_name
from retrieval.transcript import parse_transcript
from retrieval.transcript._dates import date_line
from retrieval.transcript._references import Ref
from retrieval.transcript._sentence_sayer import sentence_sayer
from tests.conftest import index_of, pages_index, speaker_of

# A government site's report of a cabinet meeting: a lead, then the chair's name with a letter
# dropped over his opening remarks, as the site printed it.
_CABINET_MEETING = """\
Mikhail Mishutin chaired a meeting of the Government.
Mikhail Mishutin’s opening remarks:
Good afternoon, colleagues.
Today we will discuss the support measures for the regions that the President announced.
I ask the ministers to report on the progress of the road building programme by Friday.
"""


def test_a_known_officials_name_with_a_letter_dropped_in_a_label_is_his() -> None:
    # Before: the page's "Mishutin" was shown as a person of its own.
    assert speaker_of(_CABINET_MEETING, "road building programme") == "Mikhail Mishustin"
    # Another first name before the near-miss surname is somebody else.
    other = _CABINET_MEETING.replace("Mikhail Mishutin’s", "Pavel Mishutin’s")
    assert speaker_of(other, "road building programme") == "Pavel Mishutin"


# A chamber's news site: a creation stamp, a headline, a lead whose verb is a thanks, a pull
# quote signed with the speaker's name and her post, then "the head of the upper chamber".
_SENATE_NEWS = """\
← Назад

Создано 14.07.2022

Сенаторы завершили весеннюю сессию

Председатель СФ Валентина Матвиенко поблагодарила сенаторов за слаженную работу над \
законами о поддержке семей. Глава верхней палаты выступила на заключительном заседании.

Большое спасибо аппарату палаты за работу без выходных в течение всего полугодия

Валентина Матвиенко, Председатель СФ

Глава верхней палаты уточнила, что осенью сенаторов ждет работа над бюджетом.

При этом, добавила глава верхней палаты, отдохнуть летом сенаторам все же необходимо.
"""


def test_a_thanks_is_said_by_the_one_who_thanks() -> None:
    # Before: «поблагодарила» was no verb of saying and the lead was nobody's.
    assert speaker_of(_SENATE_NEWS, "слаженную работу") == "Valentina Matviyenko"
    # Being thanked is not saying: the one thanked is no sayer.
    thanked = _SENATE_NEWS.replace(
        "Председатель СФ Валентина Матвиенко поблагодарила сенаторов",
        "Сенаторов поблагодарили",
    )
    assert speaker_of(thanked, "слаженную работу") == "Unknown speaker"


def test_a_pull_quote_signed_with_a_chairs_post_is_the_signers() -> None:
    # Before: "Председатель" was no post, so the signature did not sign the quote above.
    assert speaker_of(_SENATE_NEWS, "работу без выходных") == "Valentina Matviyenko"
    unsigned = _SENATE_NEWS.replace("Валентина Матвиенко, Председатель СФ\n\n", "")
    assert speaker_of(unsigned, "работу без выходных") == "Unknown speaker"


def test_the_head_of_the_upper_chamber_is_the_chair_the_story_named() -> None:
    # Before: «глава верхней палаты» was someone the page did not name.
    assert speaker_of(_SENATE_NEWS, "работа над бюджетом") == "Valentina Matviyenko"
    # So after the verb, set off by commas: "При этом, добавила глава верхней палаты, ...".
    assert speaker_of(_SENATE_NEWS, "отдохнуть летом") == "Valentina Matviyenko"


_UPPER_HOUSE_EN = """\
Valentina Matvienko summed up the spring session of the Federation Council

18 July 2019

Valentina Matvienko summed up the spring session of the Federation Council.

Valentina Matvienko mentioned the forums the chamber held in the regions.

“The anniversary of the Constitution was the main event of the session”, noted Valentina \
Matvienko.

Senators took part in the parliamentary exchange with the CIS member nations.

According to the Speaker, the work of the chamber has become more open to the public. \
“Surveys show that more people trust the Council”, she stressed.

The Federation Council held its final spring meeting on 10 July.
"""


def test_according_to_the_speaker_in_capitals_gives_the_chambers_head() -> None:
    # Before: "the Speaker" was someone unnamed.
    assert speaker_of(_UPPER_HOUSE_EN, "more open to the public") == "Valentina Matviyenko"


def test_an_events_name_with_its_date_in_parentheses_is_a_date_line() -> None:
    found = date_line("Пленарное заседание (25.06.2024)")
    assert found is not None and found.date == dt.date(2024, 6, 25)
    # A sentence that ends with a date in parentheses is no date line.
    assert date_line("Депутаты приняли закон на пленарном заседании (25.06.2024)") is None


def test_a_time_glued_to_the_day_and_to_the_year_leaves_the_date() -> None:
    for line, day in (
        ("18:1030 декабря 200918:10", dt.date(2009, 12, 30)),
        ("09:4512 марта 2015", dt.date(2015, 3, 12)),
    ):
        found = date_line(line)
        assert found is not None and found.date == day, line


def test_a_plenary_pages_date_in_parentheses_dates_the_page() -> None:
    page = (
        "Депутаты обсудили закон о бюджете\n\nПленарное заседание (25.06.2024)\n\n"
        "«Бюджет будет принят в срок», — сказал Председатель ГД Вячеслав Володин.\n"
    )
    assert parse_transcript(page, "page").date == dt.date(2024, 6, 25)


def test_nice_is_a_place_only_with_its_capital() -> None:
    nice = next(p for p in places() if p.key == "city:nice")
    assert "Nice" in nice.exact and "Ницце" in nice.exact
    assert "nice" not in nice.exact and "nice" not in nice.forms


def test_a_question_naming_nice_finds_the_russian_story_filed_there(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        nice="Ницца. 14 ноября. INTERFAX.RU - Президент РФ Дмитрий Медведев заявил, что "
        "следующий саммит нужно провести быстро и без проволочек.\n",
        other="Москва. 2 апреля. Президент РФ Дмитрий Медведев заявил, что встреча в "
        "Лондоне стала шагом вперед.\n",
    )
    hits = index.search("What did Medvedev say in Nice?", k=3).hits
    assert hits and hits[0].passage.doc_id == "nice"
    # A nice answer is no place: the everyday word does not name the city.
    assert not any(
        h.passage.doc_id == "nice"
        for h in index.search("What did Medvedev call a nice step forward?", k=1).hits
    )


# A council's site reprinting an agency's interview: the title, the date, a teaser, then
# numbered questions over answers opened by a dash; the copy cut after the first answer.
_NUMBERED_INTERVIEW = """\
Секретарь Совета Безопасности Российской Федерации Николай Патрушев в интервью агентству ТАСС
12 мая 2021 года
Он рассказал о борьбе с киберпреступностью и о сотрудничестве со странами СНГ
1. Николай Платонович, как вы оцениваете угрозы в информационной сфере?
- Число атак на российские ресурсы за год выросло почти вдвое, и большая часть их идет из-за рубежа.
"""


def test_a_numbered_question_over_a_dash_answer_is_an_interviews_turn() -> None:
    document = parse_transcript(_NUMBERED_INTERVIEW, "page")
    roles = {p.speaker: p.role for p in document.passages}
    # Before: the question and the answer were one passage of nobody's.
    assert speaker_of(_NUMBERED_INTERVIEW, "как вы оцениваете угрозы") == "Question"
    assert speaker_of(_NUMBERED_INTERVIEW, "выросло почти вдвое") == "Nikolai Patrushev"
    assert roles["Nikolai Patrushev"] == "answer"
    # A numbered list of questions with no dash answering is no dialogue.
    listed = _NUMBERED_INTERVIEW.replace("- Число атак", "Число атак")
    assert speaker_of(listed, "как вы оцениваете угрозы") != "Question"


# A council's site: an interview's lead quoting the secretary, then retelling more of what he
# said, naming a foreign leader in the genitive at the sentence's end.
_RETELLING_LEAD = """\
В интервью газете «Известия» Секретарь Совета Безопасности РФ Николай Патрушев рассказал о \
безопасности и выборах

25 марта 2019 года«Защита критической инфраструктуры остается главной задачей на ближайшие \
годы», заявил в интервью «Известиям» секретарь Совета Безопасности РФ Николай Патрушев. Он \
также рассказал о том, что в этом году задержаны 300 телефонных мошенников, и оценил \
перспективы отношений с Казахстаном после ухода Нурсултана Назарбаева.

– Николай Платонович, какие угрозы вы считаете главными?

– Положение остается сложным.
"""


def test_a_lead_retelling_facts_after_quoting_the_interviewee_gives_his_words() -> None:
    # Before: "Он" went to Nazarbayev, named in the genitive after the verbs.
    assert speaker_of(_RETELLING_LEAD, "300 телефонных мошенников") == "Nikolai Patrushev"
    # Nor is the man named in the genitive the sayer of anything on the page.
    assert all(
        p.speaker != "Nursultan Nazarbayev"
        for p in parse_transcript(_RETELLING_LEAD, "page").passages
    )


def test_the_word_speaker_in_a_question_asks_for_no_unknown_speaker(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        duma="Депутаты почтили память погибших\n\nПленарное заседание (25.06.2024)\n\n"
        "«Атака на мирных жителей в Дагестане имеет тех же заказчиков», — сказал "
        "спикер Госдумы Вячеслав Володин.\n\nДепутаты Госдумы обсудили атаку в Дагестане на "
        "заседании.\n",
        other="Лавров: переговоры продолжатся\n\n12 марта 2024 года\n\n«Переговоры по "
        "безопасности продолжатся в апреле», — сказал министр иностранных дел Сергей Лавров.\n",
    )
    question = "What did the speaker say about the attack in Dagestan?"
    # Before: "speaker" read as the surname of "Unknown speaker" kept only the narration.
    assert index.parse(question).speakers == ()
    hits = index.search(question, k=3).hits
    assert hits and hits[0].passage.speaker == "Vyacheslav Volodin"


def test_a_question_after_a_sentence_of_what_the_asker_recalls_is_weighed_alone() -> None:
    index = pages_index(
        {
            "valdai.txt": "Putin meets Valdai club experts\n\nSeptember 14, 2007\n\n"
            '"Currently at least five candidates can be named who stand a real chance of '
            'running for president and getting elected," the president said.\n'
        }
    )
    recalled = (
        "Putin recalled that critics grumbled about a barren wasteland, an empty steppe, a "
        "desert with nobody worth voting for. How many real candidates for president did he "
        "count?"
    )
    # Before: the recalled words the page puts otherwise left the question too weak.
    hits = index.search(recalled, k=3).hits
    assert hits and hits[0].passage.doc_id == "valdai"
    in_russian = (
        "Путин вспоминал, что раньше было пустое поле и не из кого выбирать. Сколько реальных "
        "кандидатов в президенты он насчитал?"
    )
    hits = index.search(in_russian, k=3).hits
    assert hits and hits[0].passage.doc_id == "valdai"
    # A question of one sentence is weighed whole, as before.
    assert not index.search("What did Putin say about a desert with nobody worth voting for?").hits


# A paper's interview as a news site copied it: the lead (the preposition glued to the
# envoy's surname), then his answers opened by dashes, the questions lost in the copy.
_INTERVIEW_WITHOUT_QUESTIONS = """\
НАТО заморозило сотрудничество с Россией по всем направлениям. Постоянный представитель \
России при НАТО Александр Грушков эксклюзивном интервью «Известиям» рассказал о последствиях \
таких решений и о предстоящем саммите альянса.
— На саммите будут обсуждаться расходы на оборону и борьба с терроризмом.
Прежде всего это связано с положением на Ближнем Востоке.
"""


def test_a_known_name_with_a_letter_added_in_cyrillic_is_his() -> None:
    assert person_name("Александр Грушков") == "Alexander Grushko"
    # Another first name before it is someone else.
    assert person_name("Иван Грушков") != "Alexander Grushko"


def test_dash_answers_under_an_interviews_lead_without_questions_are_the_interviewees() -> None:
    # Before: the lead and the answers were all nobody's.
    page = _INTERVIEW_WITHOUT_QUESTIONS
    assert speaker_of(page, "расходы на оборону") == "Alexander Grushko"
    assert speaker_of(page, "положением на Ближнем Востоке") == "Alexander Grushko"
    assert speaker_of(page, "заморозило сотрудничество") == "Unknown speaker"


# A wire's English copy: site furniture, a headline, a lead giving the sayer by post only,
# and the next paragraph naming him.
_WIRE_POST_LEAD = """\
Economy

Reserve Fund reaches $90 bln - finance minister

MOSCOW, June 14 (RIA Novosti) - Russia's Reserve Fund reached about $90 billion on June 1, \
the finance minister said Wednesday.

Anton Siluanov said the fund would be invested in bonds of the highest ratings.

The fund was set up to hold back inflation.
"""


def test_a_leads_post_is_the_one_the_next_paragraph_names() -> None:
    # Before: the lead's figure was nobody's.
    assert speaker_of(_WIRE_POST_LEAD, "reached about $90 billion") == "Anton Siluanov"
    # A foreign minister named next is not whom "the finance minister" of the lead meant.
    foreign = _WIRE_POST_LEAD.replace("Anton Siluanov said", "Antony Blinken said")
    assert speaker_of(foreign, "reached about $90 billion") == "Unknown speaker"
    # Nor does the post go to him when the lead names someone in full.
    named = _WIRE_POST_LEAD.replace(
        "the finance minister said Wednesday",
        "the finance minister told Maxim Oreshkin on Wednesday, the ministry said",
    )
    assert speaker_of(named, "reached about $90 billion") != "Anton Siluanov"


# A business paper's copy of a wire: time and date glued, a view counter, the lead, then a
# quote whose closing mark the copy lost before its dash attribution, its lines wrapped.
_UNCLOSED_QUOTE = """\
18:1030 декабря 200918:10
24просмотров
Президент РФ Дмитрий Медведев подвел итоги года на заседании правительства.
Дмитрий Медведев назвал минувший
год самым трудным за последние 10 лет. "Я хотел бы отдельно
поблагодарить правительство за ту работу, которая велась весь этот год, - цитирует РИА \
Новости слова Медведева на итоговом заседании кабинета министров.
"""


def test_a_quote_the_copy_left_open_ends_at_its_dash_attribution() -> None:
    # Before: the attribution was read as quoted and the words were nobody's.
    assert speaker_of(_UNCLOSED_QUOTE, "поблагодарить правительство") == "Dmitry Medvedev"
    assert parse_transcript(_UNCLOSED_QUOTE, "page").date == dt.date(2009, 12, 30)


def test_agreeing_that_is_saying_so() -> None:
    # Before: "agreed that" was no verb of saying and the view was nobody's.
    assert sentence_sayer("Lavrov agreed that the talks were useful.", report=True) == (
        "Sergey Lavrov"
    )
    # Agreeing to a thing, or on one, is not.
    assert sentence_sayer("The sides agreed to meet again in September.", report=True) is None
    assert sentence_sayer("Lavrov agreed on the date of the visit.", report=True) is None


_SPEAKERS = SpeakerAliases(
    {
        "лавров": "Sergey Lavrov",
        "sergey lavrov": "Sergey Lavrov",
        "санду": "Maia Sandu",
        "maia sandu": "Maia Sandu",
    }
)


def test_a_name_after_about_and_a_noun_is_the_topics_not_a_speaker() -> None:
    # Before: the indeclinable «Санду» looked nominative and was asked for as a speaker.
    parsed = parse_query("Что Лавров говорил о паранойе Санду?", _SPEAKERS)
    assert parsed.speakers == ("Sergey Lavrov",)
    assert parsed.topic_speakers == ("Maia Sandu",)
    # A name the question has speak stays a speaker.
    assert parse_query("Что сказала Санду о выборах?", _SPEAKERS).speakers == ("Maia Sandu",)


def test_words_of_the_same_sense_find_a_paraphrased_answer() -> None:
    index = pages_index(
        {
            "court.txt": "Putin answers questions in London\n\nAugust 2, 2012\n\n"
            '"I do not think that the verdict should be very severe," Vladimir Putin said.\n',
            "asia.txt": "Rudenko on Asia\n\nDecember 16, 2023\n\n"
            '"Moscow and Beijing remain committed to the principles of mutual respect," '
            "Andrey Rudenko said.\n",
        }
    )
    # Before: "harsh" and "sentence", "ground rules" were words no page used.
    hits = index.search("How harsh did Putin think the sentence should be?", k=1).hits
    assert hits and hits[0].passage.doc_id == "court"
    hits = index.search("Rudenko on the ground rules Moscow and Beijing keep to", k=1).hits
    assert hits and hits[0].passage.doc_id == "asia"


# A paper's digest of a spokesman's briefing: a stamp, the lead ending with the line that
# announces the selection, a photo caption, then topic headings over his statements.
_DIGEST = """\
 date 2025-09-25 Пресс-секретарь президента РФ Дмитрий Песков на брифинге рассказал о \
переговорах и о торговле. Главные заявления господина Пескова — в подборке «Ъ».

Фото: Дмитрий Азаров, Коммерсантъ Пресс-секретарь президента РФ Дмитрий Песков

О переговорах

Москва по-прежнему открыта для переговоров по урегулированию.

О торговле

Торговля с соседями растет, и это хороший знак.
"""


def test_a_papers_selection_of_one_officials_statements_is_his() -> None:
    # Before: the statements under the headings were nobody's.
    assert speaker_of(_DIGEST, "открыта для переговоров") == "Dmitry Peskov"
    assert speaker_of(_DIGEST, "Торговля с соседями") == "Dmitry Peskov"
    # The headings are the paper's.
    assert speaker_of(_DIGEST, "О торговле") == "Unknown speaker"


def test_supposing_aloud_is_saying() -> None:
    story = (
        " date 2026-03-04 Официальный представитель МИД России Мария Захарова на брифинге "
        "прокомментировала заявление Владимира Зеленского о помощи странам Залива. Дипломат "
        "предположила, что Киев готовит новую провокацию.\n«Мы многое слышали и видели», — "
        "заявила Захарова.\nПоводом для критики стало предложение Зеленского странам Залива.\n"
    )
    # Before: «предположила» was no verb of saying.
    assert speaker_of(story, "новую провокацию") == "Maria Zakharova"


def test_a_date_with_no_space_after_its_comma() -> None:
    found = date_line("Published July 27,2023")
    assert found is not None and found.date == dt.date(2023, 7, 27)


@pytest.mark.parametrize(
    "sentence",
    [
        "Лавров озвучил позицию Москвы по переговорам.",
        "Лавров расценил эти шаги как провокацию.",
        "Лавров пригрозил ответными мерами.",
        "Лавров доложил президенту о ходе переговоров.",
        "Лавров разъяснил, почему переговоры прервались.",
        "Лавров усомнился в искренности партнеров.",
        "Lavrov outlined Moscow's position on the talks.",
        "Lavrov countered that the sanctions had failed.",
        "Lavrov mocked the idea of a ceasefire on those terms.",
        "Lavrov rebutted the claim that Moscow had walked away from the talks.",
        "Lavrov speculated that the talks would resume in spring.",
    ],
)
def test_more_verbs_of_a_retelling_name_their_sayer(sentence: str) -> None:
    # Before: each verb was no verb of saying and the sentence nobody's.
    assert sentence_sayer(sentence, report=True) == "Sergey Lavrov"


def test_an_outlets_name_before_its_stamp_and_a_stamp_without_zeros() -> None:
    found = date_line("Source:Global Times Published: 2014-3-13 23:38:03")
    assert found is not None and found.date == dt.date(2014, 3, 13)


def test_a_weather_widgets_date_is_not_the_pages() -> None:
    page = (
        "0.2 C\nJanuary 27, 2023\n\nRussian Ambassador to Bucharest: We will not start a war\n\n"
        "Oleg Malginov, the Russian Ambassador to Bucharest, stated in an interview that his "
        "country will not start a war.\n"
    )
    # Before: the widget's day dated the interview.
    assert parse_transcript(page, "page").date is None
    dated = page.replace("0.2 C\n", "")
    assert parse_transcript(dated, "page").date == dt.date(2023, 1, 27)


# An embassy's report of its reception: narration, then a line announcing excerpts of the
# ambassador's address, then the address without quote marks.
_RECEPTION = """\
On June 12, the Russian Embassy held a reception on the occasion of Russia Day

On June 12, the Russian Embassy held a reception on the occasion of Russia Day.

The event was attended by over 300 people, among them heads of diplomatic missions.

Excerpts from the address of Russian Ambassador Andrei Kelin:

Our country has become more consolidated, as recent elections have demonstrated.

The world is undergoing tectonic changes that no one can stop.
"""


def test_excerpts_announced_from_an_ambassadors_address_are_his() -> None:
    # Before: the address was the embassy's narration.
    assert speaker_of(_RECEPTION, "more consolidated") == "Andrei Kelin"
    assert speaker_of(_RECEPTION, "tectonic changes") == "Andrei Kelin"
    assert speaker_of(_RECEPTION, "over 300 people") == "Unknown speaker"


def test_a_digests_honorific_pattern_leaves_mr_before_a_surname_alone() -> None:
    # The digest rule's Russian honorifics once replaced the module's "Mr." pattern (one name
    # for two patterns): "Mr. Kommasith said" then lost its sayer.
    page = (
        "Russia backs Laos at international fora\n\n"
        "Addressing a joint media conference with his Lao counterpart, Saleumxay Kommasith, "
        "Mr. Lavrov said the two countries shared a common position on many issues.\n\n"
        "Mr. Kommasith said Laos was grateful to Russia for its steady support.\n"
    )
    assert speaker_of(page, "grateful to Russia") == "Saleumxay Kommasith"
    assert speaker_of(_DIGEST, "Торговля с соседями") == "Dmitry Peskov"


def test_an_emissary_is_a_post_of_the_story_s_own_official() -> None:
    story = (
        "Дмитрий Рогозин: от нового генсека НАТО не стоит ждать сюрпризов\n\n"
        "Избрание нового генсека не сулит России сюрпризов, заявил постпред РФ при альянсе "
        "Дмитрий Рогозин.\n\n"
        'Рогозин отметил, что новый генсек хорошо знаком России. "От него следует ожидать '
        'развития знакомых нам тенденций", – считает российский эмиссар.\n'
    )
    # Before: «эмиссар» was no post, and the quote was nobody's.
    assert speaker_of(story, "знакомых нам тенденций") == "Dmitry Rogozin"
    assert sentence_sayer("Так считает новый посол США.", report=True) is Ref.SOMEONE


def test_an_and_inside_a_posts_host_names_one_body() -> None:
    # Before: "and" split "the IAEA and other organizations in Vienna" into two descriptions.
    assert sentence_sayer(
        "Any deviations should be discussed only in the Joint Commission, Russian Permanent "
        "Representative to the IAEA and other international organizations in Vienna said.",
        report=True,
    ) in (Ref.OWN_POST, Ref.PRONOUN)
    assert sentence_sayer(
        "Об этом заявил новый постпред России при Организации по безопасности и "
        "сотрудничеству в Европе.",
        report=True,
    ) in (Ref.OWN_POST, Ref.PRONOUN)


def test_the_aide_alone_is_the_aide_the_story_named() -> None:
    story = (
        "Syria will dominate the talks\n\n"
        "MOSCOW, July 13. /TASS/. Syria will dominate the talks between the two presidents, "
        "Kremlin aide Yuri Ushakov told reporters.\n\n"
        "The US position on the pipeline contradicts the rules of international trade, the aide "
        "said.\n"
    )
    # Before: "the aide" was someone the story did not name.
    assert speaker_of(story, "contradicts the rules") == "Yuri Ushakov"


def test_a_closing_attribution_beats_the_body_a_sentence_opens_with() -> None:
    # Before: the opening "According to the UN Secretariat" made the sentence nobody's.
    sentence = "According to the UN Secretariat, the leader will attend the session, he said."
    assert sentence_sayer(sentence, report=True) is Ref.PRONOUN
    # Without a closing attribution the body is the source, as before.
    alone = "According to the UN Secretariat, the leader will attend the session."
    assert sentence_sayer(alone, report=True) is Ref.SOMEONE
