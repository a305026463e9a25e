"""Round 47: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt

from retrieval.transcript import parse_transcript
from tests.conftest import pages_index, said_by, speaker_of

# A news site's story that drops a quote's marks and its comma: the words on one line, their
# sayer on the next after a dash.
_DROPPED_MARKS_STORY = """\
Замминистра: Россия готова к новым переговорам по ракетам

Об этом в субботу заявил заместитель министра иностранных дел России Сергей Рябков, \
выступая на конференции в Мюнхене.

Мы готовы обсуждать любые проверяемые меры по ракетам средней дальности на равных условиях
- сообщил Рябков.

Напомним, что в феврале Вашингтон объявил о выходе из договора.
"""


def test_words_whose_sayer_stands_on_the_next_line_after_a_dash_are_his() -> None:
    assert speaker_of(_DROPPED_MARKS_STORY, "проверяемые меры по ракетам") == "Sergey Ryabkov"
    # The story's own background stays nobody's.
    assert speaker_of(_DROPPED_MARKS_STORY, "объявил о выходе из договора") != "Sergey Ryabkov"
    # And a question finds the words under his name.
    hit = pages_index({"ryabkov.txt": _DROPPED_MARKS_STORY}).search("Рябков о мерах по ракетам")
    assert hit.hits and hit.hits[0].passage.speaker == "Sergey Ryabkov"
    assert "проверяемые меры" in hit.hits[0].passage.text


# An agency story whose copy closes a curly quote with a straight mark, then quotes on in
# straight marks.
_MIXED_MARKS_STORY = """\
Presidents sign arms treaty in Prague

President Dmitry Medvedev said the new treaty was “a fair balance of interests."
"Neither side loses anything under this agreement," Medvedev said. "Both countries gain from it.”

The treaty still needs ratification by both parliaments, which is expected to take months and \
may face opposition in the Senate, where several members have raised questions about missile \
defence and about how the limits on launchers will be verified in practice.
"""


def test_a_quote_after_a_curly_quote_closed_by_a_straight_mark_has_its_sayer() -> None:
    assert speaker_of(_MIXED_MARKS_STORY, "Neither side loses anything") == "Dmitry Medvedev"
    # The mark is the only thing changed: the words are the page's.
    assert "“a fair balance of interests.”" in said_by(_MIXED_MARKS_STORY, "Dmitry Medvedev")


# A newspaper's profile interview of someone the speaker table does not know: named once as
# the subject of a sentence, then only "he says to me".
_PROFILE_INTERVIEW = """\
23 мая 2004 года. Андрей Илларионов встретил меня в своем кабинете накануне саммита Россия - \
ЕС. Главный вопрос нашей беседы - судьба Киотского протокола.

"Мы защищаем наши экономические интересы и не подпишем то, что ограничит рост", - говорит он мне.

"Протокол не решает проблем климата, он решает чужие проблемы", - добавляет он.
"""


def test_he_says_names_the_one_person_a_page_names_as_its_subject_whom_the_table_lacks() -> None:
    assert speaker_of(_PROFILE_INTERVIEW, "защищаем наши экономические") == "Andrey Illarionov"
    # The reporter's own lines stay his.
    assert speaker_of(_PROFILE_INTERVIEW, "встретил меня") == "Unknown speaker"


# An agency story whose headline names an official in full whom the speaker table names only
# in full (others share his surname), its body by surname alone.
_SURNAME_STORY = """\
Kremlin Deputy Chief of Staff Dmitry Kozak says Transnistria settlement is Moldova's affair

Earlier in the day, Kozak arrived in Chisinau on a working visit and met the president.

"The settlement of the Transnistrian issue is an internal affair of Moldova, and the parties \
must agree within the country," Kozak told reporters at a briefing.

Chisinau said that the president had assured him that there would be no blockade.

"We will be friends for sure, stability has been established," Kozak said.
"""


def test_a_surname_alone_quotes_the_headlines_official_whom_others_share_it_with() -> None:
    # Before, the story read as his own words: the quotes went to no one and the narration
    # around them to him.
    assert speaker_of(_SURNAME_STORY, "internal affair of Moldova") == "Dmitry Kozak"
    assert speaker_of(_SURNAME_STORY, "We will be friends") == "Dmitry Kozak"
    assert speaker_of(_SURNAME_STORY, "Chisinau said that") == "Unknown speaker"


# A Georgian site's English story: the spokesman called "the Kremlin's speaker", and two other
# officials quoted together between his words.
_TWO_OTHERS_BETWEEN = """\
Kremlin Speaker Sees Risks After Tbilisi Protests

On March 10, the Kremlin press secretary Dmitry Peskov was quoted by Interfax as saying the \
developments in Georgia create “risks of provocations” around the two regions.

This follows reports of a phone call between the de facto foreign ministers of the two \
regions. The two “expressed concern about the potential increase of tension” and stressed \
the role of Moscow “as the guarantor of security in the region.”

In the same comment, the Kremlin’s speaker also argued the developments had “nothing to do \
with the Russian Federation” but implied Washington was behind them.
"""


def test_the_two_quoted_together_are_not_the_spokesman_and_the_kremlins_speaker_is() -> None:
    assert speaker_of(_TWO_OTHERS_BETWEEN, "expressed concern") == "Unknown speaker"
    assert speaker_of(_TWO_OTHERS_BETWEEN, "nothing to do") == "Dmitry Peskov"


# A Russian news story on a president's letter: "the president himself, in his video blog,
# admitted" between quotes of the letter.
_VIDEO_BLOG_STORY = """\
Президент России Дмитрий Медведев направил послание президенту Украины. Как сообщает \
пресс-служба Кремля, глава государства выразил «глубокую озабоченность состоянием отношений».

МИД Украины готовит ответ на послание, сообщили в ведомстве.

Сам президент в своем видеоблоге признался, что документ «содержит ряд сложных, нелицеприятных \
оценок действий руководства соседней страны».
"""


def test_the_president_himself_in_his_video_blog_is_the_storys_president() -> None:
    assert speaker_of(_VIDEO_BLOG_STORY, "нелицеприятных") == "Dmitry Medvedev"


_IVANOV_ON_1441 = """\
Иванов: резолюция 1441 не дает права на применение силы

Министр иностранных дел России Игорь Иванов заявил, что «резолюция 1441 Совета Безопасности \
не дает никому права на автоматическое применение силы против Ирака».
"""

_LAVROV_ON_INSPECTORS = """\
Lavrov at the Security Council on the inspectors in Iraq

Russia's Permanent Representative Sergey Lavrov told the Council: "It is unclear to us why the \
inspectors are not being informed of the findings that delegations say they hold."
"""


def test_a_persons_explanation_or_reaction_asks_for_that_persons_words() -> None:
    index = pages_index({"ivanov.txt": _IVANOV_ON_1441, "lavrov.txt": _LAVROV_ON_INSPECTORS})
    result = index.search("Lavrov's explanation of Russia's position on resolution 1441")
    assert result.query.speakers == ("Sergey Lavrov",)
    # Ivanov's words on the resolution are no answer to what Lavrov explained.
    assert all(hit.passage.speaker == "Sergey Lavrov" for hit in result.hits)
    assert index.search("Lavrov's visit to Baghdad").query.speakers == ()


# A documentation site's page: the statement's pull quote with its sayer over the title.
_PULL_QUOTE_OVER_TITLE = """\
Disarmament Documentation

'[I]t is unclear to us why the inspectors are not being informed,' Russian Permanent \
Representative to the UN Sergey Lavrov on Iraq, November 21

Statement by Sergey Lavrov, Russia's Permanent Representative to the United Nations, at the \
Meeting of the Security Council on Iraq, November 21, 2003.

We thank the Permanent Representatives of the United States and Britain for their briefings. \
We take note of the efforts to organize a normal life in the country.
"""

# The same layout with someone else's quote over the title.
_OTHERS_PULL_QUOTE = _PULL_QUOTE_OVER_TITLE.replace(
    "Russian Permanent Representative to the UN Sergey Lavrov", "US Ambassador John Negroponte"
)


def test_a_pull_quote_with_its_sayer_over_the_title_is_the_titles_speakers() -> None:
    assert speaker_of(_PULL_QUOTE_OVER_TITLE, "unclear to us why") == "Sergey Lavrov"
    # His words only, not the line that names him.
    assert "Permanent Representative to the UN" not in said_by(
        _PULL_QUOTE_OVER_TITLE, "Sergey Lavrov"
    )
    assert "unclear to us why" not in said_by(_OTHERS_PULL_QUOTE, "Sergey Lavrov")


def test_according_to_a_presidents_foreign_policy_aide_is_not_the_president() -> None:
    index = pages_index({"ivanov.txt": _IVANOV_ON_1441, "lavrov.txt": _LAVROV_ON_INSPECTORS})
    aide = index.search(
        "Was there pressure on the inspectors, according to Putin's foreign policy aide?"
    )
    assert "Vladimir Putin" not in aide.query.speakers
    remarks = index.search("Was there pressure on the inspectors, according to Putin's remarks?")
    assert remarks.query.speakers == ("Vladimir Putin",)


_USHAKOV_ON_KAZAN = """\
Ushakov: some countries were pressed not to come to Kazan

MOSCOW, October 10. /TASS/. Presidential aide Yuri Ushakov told reporters that "of course, \
there was pressure on some countries not to attend the summit in Kazan, but they are coming"."""


def test_the_presidents_foreign_policy_aide_is_the_aide_of_the_questions_years() -> None:
    index = pages_index({"ushakov.txt": _USHAKOV_ON_KAZAN, "ivanov.txt": _IVANOV_ON_1441})
    for question in (
        "Was there pressure over the Kazan summit, according to Putin's foreign policy aide?",
        "Что помощник президента по внешней политике говорил о давлении перед саммитом в Казани?",
    ):
        result = index.search(question)
        assert result.query.speakers == ("Yuri Ushakov",)
        assert result.hits and "pressure on some countries" in result.hits[0].passage.text


# A regional site's copy of an agency story: its stamp with the rubric after the clock.
_STAMP_WITH_RUBRIC = """\
РФ не будет выходить из договора РСМД

21 сентября 2014, 19:57 США

Россия не намерена выходить из договора с США о ракетах средней и меньшей дальности, заявил глава \
администрации президента Сергей Иванов.

«Если только не увидим, что наши интересы безопасности находятся под серьезной угрозой», — \
сказал Сергей Иванов.
"""


def test_a_stamp_with_a_rubric_after_its_clock_dates_the_page() -> None:
    assert parse_transcript(_STAMP_WITH_RUBRIC, "inf").date == dt.date(2014, 9, 21)
    index = pages_index({"inf.txt": _STAMP_WITH_RUBRIC})
    result = index.search(
        "При каком условии Россия выйдет из договора РСМД, по словам Иванова в 2014 году?"
    )
    assert result.hits and "серьезной угрозой" in result.hits[0].passage.text
    assert not result.hits[0].unchecked
    # Across languages: "pull out" is «выходить», and the treaty's Russian name is spelled
    # out, not abbreviated.
    english = index.search("Under what condition would Russia pull out of the INF Treaty in 2014?")
    assert english.hits and english.hits[0].passage.speaker == "Sergei Ivanov"


# The round-46 layout (a lead whose second sentence says the ambassador said the first) with
# the two sentences glued by the copy ("в ООН.Об этом") and nothing after them.
_GLUED_RETOLD_LEAD = """\
«Надеюсь, туристы выберут дружественные страны»
Москва и Хартум ускорят работу над соглашением о рейсах в ООН.Об этом в интервью газете \
заявил посол России в Судане Игорь Воронцов.
«Наступил удобный момент для роста торговли»
— Недавно торгпред заявил, что товарооборот вырос вдвое. Чем вы это объясняете?
— Это заслуга обеих сторон, мы много работали над логистикой.
"""


def test_a_lead_of_two_glued_sentences_is_read_not_a_failed_page() -> None:
    # Before, the lead's sentences were cut one way for their sayers and another for the
    # second one's text: an IndexError, and the page was lost.
    assert speaker_of(_GLUED_RETOLD_LEAD, "ускорят работу") == "Igor Vorontsov"
    assert speaker_of(_GLUED_RETOLD_LEAD, "заслуга обеих сторон") == "Igor Vorontsov"
