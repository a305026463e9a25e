"""Round 32: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.transcript import parse_transcript
from tests.conftest import first_hit, index_of, quote_of

# A news agency's interview series: a menu line, a headline quoting the interviewee, then the
# interview as a dash dialogue with no labels.
_QUOTED_HEADLINE_INTERVIEW = """\
All news

Dmitry Peskov: “…We never stop working!”

The Kremlin's spokesman in the agency's special project Top Names
Ivan Writer

- Do you ever take a day off?

- Hardly ever. The President works on weekends, and so does his press service. We get a \
few hours on Sunday mornings, and I spend them on the tennis court.

- What do you read?

- History books mostly. Just now I am reading about the Congress of Vienna, which teaches \
a lot about how a peace is kept for decades.
"""


def test_a_headline_quoting_the_interviewee_names_the_dash_dialogue_answers() -> None:
    # Before: the headline's quoted sentence ended on "!", so it was read as a turn, not the
    # title; the page had no title speaker and every answer was no one's.
    doc = parse_transcript(_QUOTED_HEADLINE_INTERVIEW, "en_peskov_agency_long_talks")
    assert doc.title.startswith("Dmitry Peskov:")
    answers = {p.speaker for p in doc.passages if "Congress of Vienna" in p.text}
    assert answers == {"Dmitry Peskov"}
    tennis = [p for p in doc.passages if "tennis court" in p.text]
    assert tennis and all(p.speaker == "Dmitry Peskov" for p in tennis)
    asked = [p for p in doc.passages if "What do you read?" in p.text]
    assert asked and all(p.speaker != "Dmitry Peskov" for p in asked)


# A news site's story on a senator's exchange with a former ambassador, with the senator's
# post embedded as the site renders it: the post's text, a blank line, then its credit line.
_EMBEDDED_POST_STORY = """\
date 2021-03 Сенатор Алексей Пушков ответил бывшему послу США на его публикацию в Twitter.

Бывший посол написал, что Россия ведёт себя непредсказуемо.

В ответ Алексей Пушков напомнил о военных базах США по всему миру.

Unpredictable? You keep eight hundred bases around the globe and lecture others on \
restraint. Look in the mirror first. https://t.co/abcdef

— Алексей Пушков (@Alexey_Pushkov) March 3, 2021

Ранее сенатор уже спорил с дипломатом в соцсетях.
"""


def test_an_embedded_post_is_the_words_of_the_person_who_signs_it() -> None:
    # Before: the credit line was dropped as page furniture and the post's text stayed the
    # story's narration, no one's words.
    doc = parse_transcript(_EMBEDDED_POST_STORY, "ru_pushkov_site_bases_2021")
    post = [p for p in doc.passages if "eight hundred bases" in p.text]
    assert post and all(p.speaker == "Alexey Pushkov" for p in post)
    assert all("Ранее сенатор" not in p.text for p in post)


# A machine translation of an agency's story, reposted: its curly opening marks closed with
# two apostrophes.
_TWO_APOSTROPHES_STORY = """\
Ambassador said the talks on the canal will go on

The Ambassador of Panama in Moscow said the consultations would continue

The talks will go on. About this on the air of the radio station “ Echo Capital '' said the \
Ambassador of Panama to Moscow, Rodrigo Almanza.

According to him, the dispute over the fees is “ only a technical matter. '' “ The lawyers of \
both sides meet every month, and the experts have already agreed on most of the figures '', \
noted the ambassador.

At the same time, Almanza noted that the shipping companies were asking for lower tariffs for \
the winter months.

The material is being supplemented
"""


def test_a_quote_closed_with_two_apostrophes_ends_there() -> None:
    # Before: the quote opened on "“ Echo Capital" ran to the end of the story, and every
    # attribution after it was read as quoted words: the ambassador's sentences were no one's.
    doc = parse_transcript(_TWO_APOSTROPHES_STORY, "en_almanza_repost_canal_talks")
    for words in ("The lawyers of both sides meet every month", "asking for lower tariffs"):
        found = [p for p in doc.passages if words in p.text]
        assert found and all(p.speaker == "Rodrigo Almanza" for p in found), words


# A reposted translation of an interview in dashes: the interviewer's short question, then
# his second line going on with it, then the answers.
_FOLLOW_UP_INTERVIEW = """\
Dmitry Peskov's interview, part 2

– And what about the Arctic?

– You are usually reserved on this issue, but some in the West say the new administration \
might discuss the northern shipping route with Moscow. Maybe that is the partner to talk to?

– Look, the northern route is our national transport artery, and its rules are set by our \
laws. We are open to cooperation with anyone who respects them.

– Dmitry Sergeyevich, will the President visit Murmansk this year?

– You know, the schedule for the autumn is not yet set. But such a trip is being considered.
"""


def test_an_interviewers_second_line_after_a_short_question_is_his() -> None:
    # Before: a dash reply right after a question was always the answer, so the interviewer's
    # "You are usually reserved ... Maybe that is the partner to talk to?" was Peskov's.
    doc = parse_transcript(_FOLLOW_UP_INTERVIEW, "en_peskov_repost_interview_part2")
    follow_up = [p for p in doc.passages if "usually reserved" in p.text]
    assert follow_up and all(p.speaker != "Dmitry Peskov" for p in follow_up)
    answers = [p for p in doc.passages if "national transport artery" in p.text]
    assert answers and all(p.speaker == "Dmitry Peskov" for p in answers)
    # "You know, ..." opens an answer, not a question.
    schedule = [p for p in doc.passages if "schedule for the autumn" in p.text]
    assert schedule and all(p.speaker == "Dmitry Peskov" for p in schedule)


# A newspaper's story whose copy starts at its first quote (the lead naming the envoy in full
# is not part of it): the envoy is then named by post and by surname alone.
_SURNAME_ONLY_STORY = """\
"Наши западные коллеги снова заблокировали заявление, которое поддерживали все остальные \
члены совета", - сказал российский дипломат. По словам Чуркина, он не понимает, что не \
устроило эти делегации. "Я не имею ни малейшего понятия, почему текст им не понравился", - \
пояснил постоянный представитель России.
"""

# The mission's transcript: a label with a post and the surname.
_POSTED_LABEL_TRANSCRIPT = """\
Remarks to the press by Ambassador V.Churkin, Permanent Representative of the Russian \
Federation to the United Nations, after the Security Council consultations on Yemen

Question: Did you support the British draft?

Ambassador Churkin: The British draft was extremely weak, and some very serious thinking is \
needed before the Council takes it up again.
"""


def test_the_un_envoy_is_named_by_his_surname_alone() -> None:
    # Before: a surname alone named no envoy of the ambassadors' table, and Churkin's quotes in
    # a story that names him only so were no one's.
    doc = parse_transcript(_SURNAME_ONLY_STORY, "ru_churkin_paper_statement_blocked")
    for words in ("снова заблокировали заявление", "ни малейшего понятия"):
        found = [p for p in doc.passages if words in p.text]
        assert found and all(p.speaker == "Vitaly Churkin" for p in found), words
    # A post and the surname in a label is no spelling of his name of the page's own.
    label = parse_transcript(_POSTED_LABEL_TRANSCRIPT, "en_churkin_russiaun_yemen")
    answer = [p for p in label.passages if "extremely weak" in p.text]
    assert answer and all(p.speaker == "Vitaly Churkin" for p in answer)


# A Ukrainian paper's copy of a summit's news conference: no blank lines, a lead that hands the
# lines below to the president, each of his statements a dash line.
_HANDED_OVER_STATEMENTS = """\
В Осаке завершился саммит «двадцатки». Вечером 29 июня президент России Владимир Путин \
провел пресс-конференцию, на которой подвел итоги встречи. Приводим ниже заявления Путина:
— Мировая торговля переживает трудный период, протекционизм стал нормой, и это бьет по всем.
— С японскими партнерами мы договорились продолжить консультации по мирному договору.
"""


def test_statements_an_editor_hands_over_below_a_lead_are_the_speakers() -> None:
    # Before: only "главные заявления ...:" and the like announced a list; "Приводим ниже
    # заявления Путина:" did not, and his statements under it were no one's.
    doc = parse_transcript(_HANDED_OVER_STATEMENTS, "ru_putin_paper_osaka_statements")
    for words in ("протекционизм стал нормой", "продолжить консультации"):
        found = [p for p in doc.passages if words in p.text]
        assert found and all(p.speaker == "Vladimir Putin" for p in found), words
    lead = [p for p in doc.passages if "завершился саммит" in p.text]
    assert lead and all(p.speaker != "Vladimir Putin" for p in lead)


# A machine translation of an agency story on a spokeswoman: her surname loses its ending
# after the first mention.
_DROPPED_ENDING_STORY = """\
MOSCOW, March 3. /TASS/. The decision of the festival is a test for the European organisers, \
said the official representative of Russian foreign Ministry Maria Zakharova on her page in \
social network.

“All the efforts of the organisers in recent days were aimed at proving that the rules are \
one for all”, – said Zakharov.

In relation to the other participants, the rules were applied quite differently.
"""


def test_a_womans_surname_without_its_ending_is_still_hers() -> None:
    # Before: "Zakharov" named no one the page had named in full, and her quote was no one's.
    doc = parse_transcript(_DROPPED_ENDING_STORY, "en_zakharova_repost_festival")
    quote = [p for p in doc.passages if "the rules are one for all" in p.text]
    assert quote and all(p.speaker == "Maria Zakharova" for p in quote)


def test_a_man_of_that_surname_named_in_full_is_not_her() -> None:
    # Both named in full: "Zakharov" is the man, not the spokeswoman.
    page = _DROPPED_ENDING_STORY.replace(
        "In relation to",
        "Deputy Ivan Zakharov also spoke on the festival.\n\n“We will appeal”, – said Zakharov."
        "\n\nIn relation to",
    )
    doc = parse_transcript(page, "en_zakharova_repost_festival_two")
    appeal = [p for p in doc.passages if "We will appeal" in p.text]
    assert appeal and all(p.speaker != "Maria Zakharova" for p in appeal)


_MH17_PAGE = """\
Песков: в вопросе о крушении MH17 нужно быть очень точными

МОСКВА, 28 сентября. /ТАСС/. Кремль назвал выводы следственной группы необоснованными.

«Это тяжелая трагедия. И мы не можем оперировать догадками. Мы знаем, что дьявол – в этих \
деталях», – сказал пресс-секретарь президента Дмитрий Песков.
"""

_CHILDREN_PAGE = """\
Лавров: дети дипломатов учатся в школах при посольствах

Министр иностранных дел Сергей Лавров заявил, что дети сотрудников посольств учатся в \
школах при посольствах. «Наши дети получают там хорошее образование», – сказал Лавров.
"""


def test_details_and_the_devil_cross_to_russian_and_details_are_no_children(
    tmp_path: Path,
) -> None:
    # Before: "devil" had no Russian word and "details" crossed only to «детали», which stems
    # as «дети» (children): the English question found no word of Peskov's sentence.
    index = index_of(tmp_path, ru_peskov_mh17=_MH17_PAGE, ru_lavrov_children=_CHILDREN_PAGE)
    hit = first_hit(index, "peskov mh17 the devil is in the details")
    assert "дьявол" in quote_of(hit) and hit.passage.speaker == "Dmitry Peskov"
    asked = index.search("What did Lavrov say about the details?")
    assert all("дети" not in quote_of(h) for h in asked.hits)


_SOYUZ_PAGE = """\
Kremlin: Rogozin is busy analysing the causes of the Soyuz launch failure

MOSCOW, October 11. /TASS/. The Kremlin spokesman said the head of Roscosmos would report \
to the President later.

"It is clear that Rogozin is busy now: he needs to get information on the causes of the \
launch failure and analyse it," Dmitry Peskov told reporters.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What did Rogozin report about the cause of the Soyuz launch failure?",
        "Что Рогозин доложил о причинах аварии «Союза»?",
    ],
)
def test_asking_for_the_report_of_someone_never_quoted_gets_no_answer(
    tmp_path: Path, question: str
) -> None:
    # Before: "report" / «доложил» were no verbs of speech for the question, so it was read
    # as a topic and answered with Peskov's words about Rogozin.
    index = index_of(tmp_path, en_peskov_tass_soyuz=_SOYUZ_PAGE)
    assert not index.search(question).hits
    hit = first_hit(index, "What did Peskov say about Rogozin and the launch failure?")
    assert hit.passage.speaker == "Dmitry Peskov"


def test_the_kremlin_spokesman_is_not_the_headlines_subject() -> None:
    # Before: "The Kremlin spokesman said ..." read as the page's own official, and the page's
    # official was the headline's Rogozin: the lead was given to the head of Roscosmos.
    doc = parse_transcript(_SOYUZ_PAGE, "en_peskov_tass_soyuz")
    lead = [p for p in doc.passages if "would report" in p.text]
    assert lead and all(p.speaker != "Dmitry Rogozin" for p in lead)


_SNOWDEN_PAGE = """\
Лавров назвал нелепыми слухи о вербовке Сноудена

Министр иностранных дел Сергей Лавров считает нелепыми заявления о том, что российские \
спецслужбы завербовали Эдварда Сноудена. «Это смешно: этот человек летел не в Россию, а в \
Латинскую Америку», – сказал министр.
"""

_NOBEL_PAGE = """\
Захарова прокомментировала решение Нобелевского комитета

Официальный представитель МИД Мария Захарова заявила, что решение о присуждении Нобелевской \
премии мира стало поводом для странных комментариев. «Я смеялась до слез», – написала она.
"""


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What did Lavrov say about Snowden?", "Это смешно"),
        ("Lavrov on Edward Snowden", "Это смешно"),
        ("Zakharova on the Nobel peace prize decision", "смеялась до слез"),
    ],
)
def test_english_names_of_people_and_prizes_meet_their_russian_spelling(
    tmp_path: Path, question: str, words: str
) -> None:
    # Before: "Snowden" was spelt «Сновден» and "Nobel" had no Russian word: the question's
    # heaviest word was missing from the Russian page, and it got no answer.
    index = index_of(tmp_path, ru_lavrov_snowden=_SNOWDEN_PAGE, ru_zakharova_nobel=_NOBEL_PAGE)
    assert words in quote_of(first_hit(index, question))


_WHITE_HOUSE_PAGE = """\
Песков ответил на слова пресс-секретаря Белого дома

Пресс-секретарь президента России Дмитрий Песков прокомментировал заявление Карин Жан-Пьер. \
«Мы не будем отвечать на каждое слово из Вашингтона», – сказал Песков.
"""


def test_american_names_meet_the_russian_news_spelling(tmp_path: Path) -> None:
    # Before: "Karine Jean-Pierre" was spelt «Карине Джеан-Пиерре», no page's spelling.
    index = index_of(tmp_path, ru_peskov_white_house=_WHITE_HOUSE_PAGE)
    hit = first_hit(index, "What did Peskov say about Karine Jean-Pierre?")
    assert "каждое слово" in quote_of(hit)


_STEINMEIER_PAGE = """\
Лавров о словах Штайнмайера

Министр иностранных дел России Сергей Лавров прокомментировал выступление президента ФРГ \
Франка-Вальтера Штайнмайера. «Нам не нужны лекции о ценностях от тех, кто забыл уроки истории», \
– сказал Лавров.
"""


def test_european_names_meet_the_russian_news_spelling(tmp_path: Path) -> None:
    # Before: "Steinmeier" was spelt «Стеинмеиер», so the English question's name was missing
    # from the Russian page.
    index = index_of(tmp_path, ru_lavrov_steinmeier=_STEINMEIER_PAGE)
    hit = first_hit(index, "What did Lavrov say about Steinmeier?")
    assert "лекции о ценностях" in quote_of(hit)


_KINSHASA_PAGE = """\
Лавров провел переговоры с президентом ДР Конго

Министр иностранных дел России Сергей Лавров встретился с президентом Демократической \
Республики Конго Феликсом Чисекеди. «Мы готовы помогать в подготовке специалистов для \
горнодобывающей отрасли», – сказал Лавров.
"""


def test_african_names_meet_the_russian_news_spelling(tmp_path: Path) -> None:
    # Before: "Tshisekedi" was spelt «Цхисекеди», not as Russian pages write him.
    index = index_of(tmp_path, ru_lavrov_kinshasa=_KINSHASA_PAGE)
    hit = first_hit(index, "What did Lavrov tell Tshisekedi?")
    assert "подготовке специалистов" in quote_of(hit)
