"""Round 48: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt

from retrieval.query import parse_query
from retrieval.transcript import parse_transcript
from retrieval.transcript._reported import attribute
from tests.conftest import said_by, speaker_of

# A journalist's memoir chapter in dashes: the writer's own question, then a line of his
# narration leading into the answer.
_MEMOIR_CHAPTER = """\
X. Сергей Лавров «МЫ НИКОГДА НЕ ХЛОПАЛИ ДВЕРЬЮ, И НЕ БУДЕМ»
X. Сергей Лавров
«МЫ НИКОГДА НЕ ХЛОПАЛИ ДВЕРЬЮ, И НЕ БУДЕМ»
Эту фразу он повторял потом не раз, но впервые я услышал ее в Женеве:
— Мы никогда не хлопали дверью и не собираемся. Мы всегда готовы к разговору на равных.
Лавров сказал это осенью 2014 года, на встрече с журналистами после долгих переговоров.
Он отвечал на мой вопрос — я задал его вторым:
— Не жалеете ли вы, что переговоры так затянулись?
Министр чуть помолчал и ответил с улыбкой:
— Жалеть о переговорах бессмысленно. Жалеть можно только о войне.
Потом он ушел к машине.
"""


def test_a_writers_dash_question_before_a_line_leading_to_the_answer_is_not_the_answer() -> None:
    asked = speaker_of(_MEMOIR_CHAPTER, "Не жалеете ли вы")
    assert asked != "Sergey Lavrov"
    # The answer under the line that leads into it is his, and so are his first words.
    assert speaker_of(_MEMOIR_CHAPTER, "Жалеть о переговорах бессмысленно") == "Sergey Lavrov"
    assert speaker_of(_MEMOIR_CHAPTER, "никогда не хлопали дверью") == "Sergey Lavrov"


def test_a_report_dash_line_is_not_closed_by_a_line_that_leads_into_the_next() -> None:
    # The same chapter read as a report, paragraph by paragraph: the line ending with a colon
    # names the one who answers below it, not the one who asked above it.
    paragraphs = [
        "Лавров сказал это осенью 2014 года, на встрече с журналистами в Женеве.",
        "— Не жалеете ли вы, что переговоры так затянулись?",
        "Лавров чуть помолчал и ответил с улыбкой:",
        "— Жалеть о переговорах бессмысленно.",
    ]
    speakers = {s.paragraph: s.speaker for s in attribute(paragraphs, None)}
    assert speakers[1] is None
    assert speakers[3] == "Sergey Lavrov"


# A delegation's statement to the OSCE as its document gives it: the document's number and
# language stamp over a heading in capitals, the date, the topic, then the speech.
_OSCE_STATEMENT = """\
PC.DEL/512/18 15 March 2018

ENGLISH Original: RUSSIAN Delegation of the Russian Federation

STATEMENT BY MR. ALEXANDER LUKASHEVICH, PERMANENT REPRESENTATIVE OF THE RUSSIAN FEDERATION, \
AT THE 1176th MEETING OF THE OSCE PERMANENT COUNCIL

15 March 2018

On the closure of Russian-language schools

Mr. Chairperson,

We wish to draw the Council's attention to new restrictions on teaching in Russian. The \
education minister of that country, Mr. Janis Ozols, announced on 2 March 2018 that all \
secondary schools would teach only in the State language from next year.

We regard this as discrimination against a large part of the population and call on the \
OSCE High Commissioner on National Minorities to give it a clear assessment.

Thank you for your attention.
"""


def test_an_osce_statement_heading_in_capitals_gives_the_speech_to_its_speaker() -> None:
    document = parse_transcript(_OSCE_STATEMENT, "osce")
    assert document.title.startswith("STATEMENT BY MR. ALEXANDER LUKASHEVICH")
    assert document.speaker == "Alexander Lukashevich"
    # A minister the speech reports is not the one speaking.
    assert speaker_of(_OSCE_STATEMENT, "announced on 2 March 2018") == "Alexander Lukashevich"
    assert speaker_of(_OSCE_STATEMENT, "regard this as discrimination") == "Alexander Lukashevich"
    # The date line under the heading dates it, not a date the speech speaks of.
    assert document.date == dt.date(2018, 3, 15)


def test_a_russian_question_in_the_imperfective_names_its_speaker_and_its_year() -> None:
    aliases = {"лавров": "Sergey Lavrov", "володин": "Vyacheslav Volodin"}
    asked = parse_query("Что Лавров заявлял в 2015 году о Сирии?", aliases)
    assert asked.speakers == ("Sergey Lavrov",)
    assert (asked.date_from, asked.date_to) == (dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    # A speaker with a verb of saying is a filter, not a topic to relax.
    congratulated = parse_query("Как Володин поздравлял мечеть с юбилеем?", aliases)
    assert congratulated.speakers == ("Vyacheslav Volodin",)
    assert congratulated.as_topic() is None


# A Ukrainian agency's retelling of a deputy minister the speaker table does not know: named
# in full after a long post, then by an initial glued to his surname, once in the genitive.
_INITIALLED_DEPUTY_STORY = """\
Переговоры по ядерной программе возобновятся не раньше весны

Возобновление многосторонних переговоров возможно не ранее середины марта. Такое мнение \
выразил заместитель министра иностранных дел РФ Олег Мартынов, который находится в Пекине.

Как сообщает "ИТАР-ТАСС", российский дипломат провел накануне встречу с китайским коллегой. \
"Было решено, что следующая сессия должна быть тщательно подготовлена," - подчеркнул О.Мартынов.

По словам О.Мартынова, главы большинства стран-участников встретятся на саммите в ноябре.
"""


def test_a_deputy_minister_named_in_full_then_by_a_glued_initial_is_one_person() -> None:
    for words in ("не ранее середины марта", "тщательно подготовлена", "встретятся на саммите"):
        assert speaker_of(_INITIALLED_DEPUTY_STORY, words) == "Oleg Martynov"


# A hostile outlet's story about the Kremlin spokesman: his post given in its own words after
# a linking phrase.
_SPOKESMAN_STORY = """\
В Кремле ответили, будут ли помогать расследовать крушение самолета

Президент провел ночью экстренное совещание с послом, заявил спикер Дмитрий Песков.

По его словам, такая встреча была вызвана сообщениями о крушении самолета.

При этом спикер кремлевского диктатора сообщил, что власти страны не просили помощи в расследовании.

Кроме того, пресс-секретарь российского лидера добавил, что соболезнования уже переданы.
"""


def test_the_speaker_of_the_leader_after_a_linking_phrase_is_the_spokesman_named() -> None:
    assert speaker_of(_SPOKESMAN_STORY, "не просили помощи") == "Dmitry Peskov"
    assert speaker_of(_SPOKESMAN_STORY, "соболезнования уже переданы") == "Dmitry Peskov"


# The Kremlin's transcript of a meeting with the Patriarch, labelled by his title and church
# name, in English and in Russian.
_PATRIARCH_MEETING = """\
Meeting with Patriarch of Moscow and All Russia Kirill

Vladimir Putin: Your Holiness, I am glad to see you. Let us talk about the Sunday schools.

Patriarch of Moscow and All Russia Kirill: Thank you, Mr President. The parishes are ready \
to open more Sunday schools in the regions.

Vladimir Putin: That is a good plan.
"""

_PATRIARCH_MEETING_RU = """\
Встреча с Патриархом Московским и всея Руси Кириллом

В.Путин: Ваше Святейшество, рад Вас видеть. Давайте поговорим о воскресных школах.

Патриарх Московский и всея Руси Кирилл: Спасибо, Владимир Владимирович. Приходы готовы \
открыть новые воскресные школы в регионах.

В.Путин: Хороший план.
"""

# An older transcript that labels the Patriarch by his church name and number alone.
_PATRIARCH_REPLY = """\
Vladimir Putin: I congratulate you with all my heart and wish you good health.

Allow me to thank you for everything the Church does for harmony between faiths.

Alexii II: I would like to thank you sincerely for the warm words about the Church.
"""


def test_a_patriarch_labelled_by_title_or_church_name_speaks_his_own_words() -> None:
    assert speaker_of(_PATRIARCH_MEETING, "ready to open more") == "Patriarch Kirill"
    assert speaker_of(_PATRIARCH_MEETING_RU, "готовы открыть") == "Patriarch Kirill"
    assert speaker_of(_PATRIARCH_REPLY, "thank you sincerely") == "Patriarch Alexy II"
    # The President's words stay his, and none of the Patriarch's are among them.
    for page, patriarchs in (
        (_PATRIARCH_MEETING, "ready to open"),
        (_PATRIARCH_MEETING_RU, "Приходы готовы"),
        (_PATRIARCH_REPLY, "thank you sincerely"),
    ):
        said = said_by(page, "Vladimir Putin")
        assert said and patriarchs not in said


# A news site's repost of an aide's remarks: a headline "Name – about ...:" leading into his
# words, given twice, then the words without quote marks (another leader's words retold in
# them).
_ABOUT_HEADLINE_REPOST = """\
Ushakov – about the conversation between Putin and Macron:
Ushakov – about the conversation between Putin and Macron:
The telephone conversation between our President and the French President has just ended. It \
lasted about forty minutes. How did it begin? With the Middle East. Vladimir Putin spoke in \
detail about the results of the talks in Geneva.
As it was stressed, the other side tried to disrupt these talks by attacks on civilians.
The French President said that Paris had not been informed about the strikes in advance.
A personal meeting of the two leaders has not been discussed in practice yet.
"""


def test_a_headline_naming_whose_words_follow_with_a_colon_gives_them_to_him() -> None:
    document = parse_transcript(_ABOUT_HEADLINE_REPOST, "aide")
    assert document.speaker == "Yuri Ushakov"
    assert speaker_of(_ABOUT_HEADLINE_REPOST, "lasted about forty minutes") == "Yuri Ushakov"
    assert speaker_of(_ABOUT_HEADLINE_REPOST, "has not been discussed") == "Yuri Ushakov"


# A foreign site's retelling that sets an official's words apart without quote marks, their
# attribution on the next line after a dash, the story going on on that same line.
_DASH_LINE_THEN_STORY = """\
Medvedev publishes his summary of the year

The former president has devoted most of his text to attacks on the West and on its allies.

We will reach all the goals of the operation. The regime of the nationalists will disappear. \
Nobody else was given this task, only us
– writes Medvedev. He adds that Russia has no reason to negotiate with the West. He also wrote \
that the Kremlin would not talk to Kyiv, which the West would use to provoke a war with the \
regime of Vladimir Putin.
"""


def test_words_above_a_dash_attribution_line_the_story_goes_on_after_are_the_sayers() -> None:
    assert speaker_of(_DASH_LINE_THEN_STORY, "Nobody else was given") == "Dmitry Medvedev"
    assert speaker_of(_DASH_LINE_THEN_STORY, "attacks on the West") != "Dmitry Medvedev"


# A paper's interview under an agency photo with its caption and credit, then the note of when
# the interview was first published.
_CAPTIONED_INTERVIEW = """\
TOPSHOT - Russian President Vladimir Putin walks to a ceremony at the Kremlin in Moscow on \
March 3, 2016. (Photo by Ivan PETROV / POOL / AFP) (Photo credit should read IVAN PETROV/AFP \
via Getty Images)

This interview was originally published on 14 October 2019.

Late in the evening, Vladimir Putin turns to the question of the Arctic and its sea routes.

"The Northern Sea Route will be open all year round within a few years," he says.
"""


def test_an_agency_photo_caption_over_an_interview_neither_titles_nor_dates_it() -> None:
    document = parse_transcript(_CAPTIONED_INTERVIEW, "ft")
    assert document.date == dt.date(2019, 10, 14)
    assert "TOPSHOT" not in " ".join(p.text for p in document.passages)
    assert speaker_of(_CAPTIONED_INTERVIEW, "open all year round") == "Vladimir Putin"


# Words with their dash attribution on the same line after an exclamation, a hyphen for the
# dash: the paragraph's last sentence closes it as a line of its own would.
_SAME_LINE_HYPHEN_ATTRIBUTION = """\
МИД ответил на заявление посольства

Представители посольства снова выступили с заявлением о своих дипломатах.

Ничего подобного мы от них не получали. Таких данных у нас нет! - ответила Захарова.
"""


def test_a_hyphen_attribution_closing_the_words_line_gives_them_to_the_sayer() -> None:
    assert speaker_of(_SAME_LINE_HYPHEN_ATTRIBUTION, "Ничего подобного") == "Maria Zakharova"
