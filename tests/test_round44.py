"""Round 44: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import pytest

from bot.formatting import format_result_html
from bot.i18n.en import TEXTS
from retrieval.page_era import page_era
from retrieval.transcript import parse_transcript
from tests.conftest import pages_index, speaker_of


def _span(era: frozenset[int] | None) -> tuple[int, int] | None:
    return (min(era), max(era)) if era else None


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # A post said before or after a name dates the page to the years it was held.
        ("Lavrov met US Secretary of State John Kerry in Rome.", (2013, 2017)),
        ("Лавров и госсекретарь США Джон Керри обсудили Сирию.", (2013, 2017)),
        ("Lavrov said after talks with Kerry, the US Secretary of State, that", (2013, 2017)),
        # Two posts narrow each other: Putin a president and Obama one too.
        ("Президент России Владимир Путин и президент США Барак Обама встретились", (2012, 2017)),
        # A spokesman's post names his years; an event bounds from below.
        ("официальный представитель МИД Андрей Нестеренко заявил", (2008, 2011)),
        ("Zelensky said the special military operation", (2022, 2026)),
        # A post in a sentence that names its own year dates that sentence, not the page.
        (
            "In September 2010, President Dmitry Medvedev signed a decree. Kerry, the US "
            "Secretary of State, said",
            (2013, 2017),
        ),
        # A post held twice counts both times, and the names' own years narrow them.
        ("President Donald Trump spoke to Zelensky", (2019, 2026)),
    ],
)
def test_the_posts_a_page_names_date_it(text: str, years: tuple[int, int]) -> None:
    assert _span(page_era(text)) == years


def _no_term_of_office(text: str) -> bool:
    # A name alone bounds the page from below only: up to now.
    era = page_era(text)
    return era is None or max(era) == 2026


def test_a_post_said_as_past_or_not_beside_the_name_dates_nothing() -> None:
    # Before each of these was seen, each named a term of office.
    assert _no_term_of_office("former US Secretary of State John Kerry said")
    assert _no_term_of_office("Former Russian President Dmitry Medvedev is warning")
    assert _no_term_of_office("The ex-President of Georgia Mikhail Saakashvili")
    assert _no_term_of_office("бывший госсекретарь США Джон Керри")
    # The post of another sentence, or across a comma, is not his.
    assert _no_term_of_office("when he assumed the position of President, Saakashvili wanted")
    assert _no_term_of_office("The president spoke. Obama went home.")
    # A page with Trump's second term in office is of those years too.
    era = page_era("U.S. President Donald Trump and Special Envoy Steve Witkoff")
    assert era is not None and 2025 in era and 2023 not in era


# An agency story cut before its date line: it names no year, but the Secretary of State it
# names held the post from 2013 to 2017; the other page names no one in office.
_UNDATED_WITH_A_POST = """\
Lavrov: Moscow and Washington agree on the need for a ceasefire

Russian Foreign Minister Sergey Lavrov said after his talks with US Secretary of State John \
Kerry that both sides want the fighting around the airport to stop.

"We agreed that the ceasefire must be observed by everyone, without exceptions," Lavrov told \
reporters.
"""
_UNDATED_WITH_NO_POST = """\
Lavrov on the grain corridor

Lavrov said the grain corridor talks would go on. "We expect our partners to keep their word \
on fertilisers," Lavrov said.
"""


def test_an_undated_page_dated_by_its_posts_answers_a_question_of_those_years() -> None:
    index = pages_index({"kerry.txt": _UNDATED_WITH_A_POST, "grain.txt": _UNDATED_WITH_NO_POST})
    result = index.search("What did Lavrov say about the ceasefire after talks with Kerry in 2015?")
    # Before: no answer, the page states no date (its passage was only listed as related).
    assert result.hits and "observed by everyone" in result.hits[0].passage.text
    assert result.hits[0].unchecked == ("date",)
    assert TEXTS.UNCHECKED_NOTES["date"] in "\n".join(format_result_html(result, 2))
    # Asked of a year outside the Secretary's term, the page does not answer.
    assert not index.search("What did Lavrov say about the ceasefire after talks in 2019?").hits
    # A page that names no one in office still answers no dated question.
    assert not index.search(
        "What did Lavrov say about the grain corridor fertilisers in 2023?"
    ).hits


# A radio network's story: a deputy minister's words "reportedly said, according to Russian
# media", then an unnamed ministry spokesman answering an American spokeswoman.
_REPORTEDLY_SAID = """\
Moscow softens deputy minister's remark

(MOSCOW) -- Russia's Foreign Ministry on Friday played down a remark made on Thursday by \
Deputy Foreign Minister Oleg Syromolotov, who suggested that the talks on the border might \
collapse before the summer as neither side was ready to give ground on the disputed crossings.
A Foreign Ministry spokesman said Friday that Moscow “remains committed” to the talks, and \
that the deputy minister had only described the difficulties both delegations faced at the \
last round in Vienna, which ended without a joint statement.
On Thursday Syromolotov made headlines when he reportedly said, according to Russian media: \
“We must be honest, the talks are going nowhere, and they may well collapse before the \
summer. Neither side is ready to give ground.”
Replying to the U.S. State Department spokeswoman, who said on Thursday that Moscow had at \
last changed its tune on the talks, the Russian spokesman said today: “Our tune has not \
changed.”
"""


def test_reportedly_said_relays_his_words_and_an_unnamed_spokesman_is_not_him() -> None:
    # Before: "reportedly" was a hedge (nobody's words), and the spokesman's reply went to
    # the deputy minister, the official named last.
    page = _REPORTEDLY_SAID
    assert speaker_of(page, "going nowhere") == "Oleg Syromolotov"
    assert speaker_of(page, "has not changed") == "Unknown speaker"
    # "allegedly" still vouches for nothing.
    hedged = page.replace("he reportedly said", "he allegedly said")
    assert speaker_of(hedged, "going nowhere") == "Unknown speaker"
    # A spokesman the page names is "the spokesman" still.
    named = page.replace(
        "A Foreign Ministry spokesman said", "Spokesman Alexander Lukashevich said"
    )
    assert speaker_of(named, "has not changed") == "Alexander Lukashevich"


def test_a_day_or_month_after_a_preposition_does_not_hide_the_sayer_after_it() -> None:
    # Before: "On Thursday Bogdanov" was a preposition governing a name, "Thursday Bogdanov".
    for opening in ("On Thursday", "On Monday", "In March"):
        page = f"Talks\n\n{opening} Mikhail Bogdanov said: “The road map stands.”\n"
        assert speaker_of(page, "road map") == "Mikhail Bogdanov"
        alone = f"Talks\n\nMikhail Bogdanov met envoys. {opening} Bogdanov said: “It stands.”\n"
        assert speaker_of(alone, "It stands") == "Mikhail Bogdanov"


# A news site's copy of an interview, cut mid-word at the attribution that closes the quote.
_CUT_AT_THE_POST = """\
Олег Сыромолотов: сведения о наемниках сфабрикованы

10:15 14.05.2021 •

Об этом заявил замглавы МИД России Олег Сыромолотов в интервью газете «Ахрам».

«Сведения, которые распространяют некоторые западные источники, большей частью сфабрикованы \
и направлены на то, чтобы очернить нашу политику. Люди, о которых идет речь, никогда не \
покидали пределов нашей страны», сказал  высокопоставленный дипло"""


def test_a_post_cut_mid_word_at_the_end_of_a_copy_still_names_the_official() -> None:
    # Before: "дипло" named no one, and the quote was nobody's.
    assert speaker_of(_CUT_AT_THE_POST, "большей частью") == "Oleg Syromolotov"
    # A word that begins no post stays unknown.
    garbled = _CUT_AT_THE_POST.replace("высокопоставленный дипло", "высокопоставленный корре")
    assert speaker_of(garbled, "большей частью") != "Oleg Syromolotov"


# A radio host reads a paper's story: a quoted company name, then a relative clause that
# names the company's head; nobody says anything in it.
_RELATIVE_AFTER_QUOTED_NAME = """\
Чем провинилась компания

Напомню вкратце эти события по газете «Ведомости»: «12 мая премьер посетил комбинат и \
провел совещание, на котором раскритиковал компанию "Уралсталь", во главе которой стоит \
Петр Смирнов. Компания продавала сырье за рубеж по заниженным ценам.
"""


def test_a_relative_clause_after_a_quoted_name_is_no_sayer() -> None:
    # Before: the head of the company named in the relative clause was the paragraph's sayer.
    assert speaker_of(_RELATIVE_AFTER_QUOTED_NAME, "Напомню") != "Petr Smirnov"
    assert speaker_of(_RELATIVE_AFTER_QUOTED_NAME, "Напомню") == "Unknown speaker"


# An agency story: the vice-premier named in full by post, then by surname alone with where
# he said it between the surname and the verb.
_VICE_PREMIER_AGAIN = """\
Отставка министра

Вице-премьер, министр финансов Алексей Улюкаев подал в отставку после спора с президентом.
Накануне, находясь в Вашингтоне, Улюкаев в интервью телеканалу Bloomberg TV заявил, что не \
видит для себя места в новом правительстве.
«Я не вижу себя в новом кабинете», — сказал он журналистам.
"""


def test_a_vice_premier_named_by_post_is_named_again_by_his_surname() -> None:
    # Before: "Вице-премьер" was no post to name him by, and the words between the surname
    # and "заявил" hid it: the story's words were nobody's.
    assert speaker_of(_VICE_PREMIER_AGAIN, "места в новом") == "Alexey Ulyukayev"
    assert speaker_of(_VICE_PREMIER_AGAIN, "новом кабинете") == "Alexey Ulyukayev"


# A quotations site's page on a spokeswoman: her name in full with a note in Russian in
# brackets (a colon inside them), then her sayings.
_NAME_WITH_A_NOTE_IN_BRACKETS = """\
Alexander Lukashevich

Russian foreign ministry spokesman from 2011 to 2015

Alexander Konstantinovich Lukashevich (Russian: Александр Константинович Лукашевич, born \
1959) was the Director of the Information and Press Department of the Ministry.

  • We will not be drawn into a sanctions race.
"""


def test_a_colon_inside_a_bracketed_note_after_a_name_makes_no_speaker_label() -> None:
    # Before: "Alexander Konstantinovich Lukashevich (Russian" was a speaker's label, and a
    # person of that name spoke the page.
    document = parse_transcript(_NAME_WITH_A_NOTE_IN_BRACKETS, "page")
    assert all("Russian" not in p.speaker for p in document.passages)
    # A label with its bracket closed is a label still.
    labelled = "Talks\n\nSergey Lavrov (speaking in Russian): We are ready.\n"
    assert speaker_of(labelled, "We are ready") == "Sergey Lavrov"


# A broadcaster's story on an ambassador's letter to a paper: the ambassador named in full at
# the top, then "Mr" and his surname reporting what the president did.
_MR_SURNAME_SAID = """\
Russia rejects the claims

Yury Fedotov, the Russian ambassador to the UK, said the claims were "preposterous".

In a letter to the Times newspaper, Mr Fedotov said Russian President Vladimir Putin had \
condemned the attack and offered to pursue the case through Russia's courts.

He wrote: "The Russian government respects the laws of the United Kingdom."
"""


def test_a_verb_inside_what_an_honoured_surname_said_names_no_sayer() -> None:
    # Before: Putin's "condemned", inside what the ambassador wrote, made the sentence and
    # the letter that follows his.
    assert speaker_of(_MR_SURNAME_SAID, "condemned the attack") == "Yury Fedotov"
    assert speaker_of(_MR_SURNAME_SAID, "respects the laws") == "Yury Fedotov"


# A forum's repost of an agency story, hard-wrapped at about sixty characters: the verb of
# saying ends one line and the surname opens the next; then the chamber's head by post.
_WRAPPED_REPOST = """\
Поздравлять нового президента Молдавии
с победой пока рано, поздравления надо отложить
до инаугурации. Так считает спикер Совета Федерации Сергей Миронов.
"Помню, что пять лет назад результат был
другим, поэтому вопрос о поздравлении лучше
отложить до инаугурации", - сказал
Миронов.
При этом председатель верхней
палаты российского парламента выразил мнение, что повторного
голосования не будет: "Это противоречило бы
всем законам страны".
"""


def test_a_wrapped_line_ending_with_the_verb_keeps_its_subject_and_the_chamber_head_speaks() -> (
    None
):
    # Before: "Миронов." was a paragraph of its own (the quote was nobody's), and "the head
    # of the upper chamber of the Russian parliament" was no one we know.
    assert speaker_of(_WRAPPED_REPOST, "пять лет назад") == "Sergei Mironov"
    assert speaker_of(_WRAPPED_REPOST, "противоречило бы") == "Sergei Mironov"
    # Another country's parliament is no Russian official.
    foreign = _WRAPPED_REPOST.replace("палаты российского парламента", "палаты парламента Грузии")
    assert speaker_of(foreign, "противоречило бы") != "Sergei Mironov"


# A news site's story whose headline names the speaker; the text calls him by his post alone.
_AIDE_BY_POST = """\
Talks on Ukraine are for Moscow and Washington alone — Nikolai Patrushev

The presidential aide stated:

"I am convinced that the talks on Ukraine should be held between Russia and the United States \
and nobody else."
"""


def test_the_presidential_aide_is_the_aide_the_headline_names() -> None:
    # Before: only Peskov and Ushakov were aides, and the quote was nobody's.
    assert speaker_of(_AIDE_BY_POST, "I am convinced") == "Nikolai Patrushev"
