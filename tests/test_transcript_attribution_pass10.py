"""Who said it on news retellings, pass 10 (issue 8): a speaker's words that the story goes
on with after naming them once, in the layouts of agency copy and its reposts.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from tests.conftest import said_by as _said_by

ZAKHAROVA = "Maria Zakharova"
_BRIEFING_STORY = (
    "В беседе с РИА Новости Захарова прокомментировала слова британского министра.\n\n"
    "«Это признание в содеянном», — подчеркнула Захарова.\n\n"
    "Она напомнила, как Лондон сорвал переговоры весной. Он «приехал с пустыми руками» и "
    "уговорил Киев отказаться от соглашения.\n\n"
    "По сути, {middle} это попытка запугать.\n\n"
    "Лондон отказался от комментариев.\n"
)


@pytest.mark.parametrize(
    ("middle", "hers"),
    [
        # Going on or summing up, between commas after the words' opening: her words.
        ("продолжила Захарова,", True),
        ("заключила дипломат,", True),
        # The same verbs doing something else are not saying.
        ("Захарова продолжила работу, и", False),
    ],
)
def test_going_on_in_an_attributions_place_is_saying(middle: str, hers: bool) -> None:
    zakharova = _said_by(_BRIEFING_STORY.format(middle=middle), ZAKHAROVA)
    assert ("попытка запугать" in zakharova) is hers


def test_a_dash_attribution_that_goes_on_names_the_speaker() -> None:
    page = (
        "МОСКВА, 5 июня. Захарова ответила на вопрос о санкциях.\n\n"
        "«Мы ответим зеркально», — сказала Захарова.\n\n"
        "«Никто не останется без ответа», — продолжила она.\n"
    )
    assert "Никто не останется без ответа" in _said_by(page, ZAKHAROVA)


_RECALLED = (
    "В беседе с РИА Новости Захарова прокомментировала слова британского министра.\n\n"
    "«Это признание в содеянном», — подчеркнула Захарова.\n\n"
    "Она напомнила, как Великобритания в лице Бориса Джонсона сорвала переговоры.{sentence}\n\n"
    "Лондон отказался от комментариев.\n"
)


@pytest.mark.parametrize(
    ("sentence", "hers"),
    [
        # A pronoun's sentence quoting a phrase inside its narration, right after her words.
        (" Он «приехал с пустыми руками» и отговорил Владимира Зеленского.", True),
        (" He came “with empty hands” and talked Vladimir Zelensky out of it.", True),
        # A new paragraph's portrait is the reporter's, quoted term and all.
        ("\n\nОн ведёт канал, где комментирует решения «недружественных стран».", False),
    ],
)
def test_a_pronoun_sentence_quoting_a_phrase_after_reported_words_is_the_speakers(
    sentence: str, hers: bool
) -> None:
    zakharova = _said_by(_RECALLED.format(sentence=sentence), ZAKHAROVA)
    assert (sentence.strip()[:12] in zakharova) is hers
    # The last line names no one: the reporter's.
    assert "отказался от комментариев" not in zakharova
