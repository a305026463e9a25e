"""Round 43: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from retrieval.speakers import person_name
from tests.conftest import speaker_of

# A machine translation of a Russian agency story: «сказал Шойгу Путину» comes out as "said
# Shoigu Putin", two known surnames side by side, then "According to him" goes on.
_TWO_SURNAMES_AFTER_THE_VERB = """\
Shoigu reported to Putin on the exercises

The Minister of defence Sergei Shoigu reported to President Vladimir Putin on the end of the \
exercises in the Far East, reports "Interfax".

"All units have returned to the places of permanent deployment," - said Shoigu Putin during \
a meeting with the commanders of military districts.

According to him, twenty ships and forty aircraft took part in the manoeuvres.

Putin thanked the troops for their training.
"""


def test_two_known_surnames_after_a_verb_are_two_people_the_first_saying() -> None:
    # Before: "Shoigu Putin" was taken for one person's name, and the story's words for his.
    page = _TWO_SURNAMES_AFTER_THE_VERB
    assert speaker_of(page, "All units have returned") == "Sergey Shoigu"
    assert speaker_of(page, "twenty ships and forty aircraft") == "Sergey Shoigu"
    assert person_name("Ivan Lavrov") == "Ivan Lavrov"  # a first name is no known surname


# A Balkan site's English story: the spokesman's name as the Serbian press spells it
# ("Mihail Kaminjin"), then his surname alone before a post set off by commas that names
# the minister he speaks for.
_SPOKESMAN_FOR_THE_MINISTER = """\
Tuesday, March 14, 2006

Moscow wants talks on Kosovo to go on

BELGRADE -- Mihail Kaminjin said that the talks on the future status of Kosovo must not be \
hurried. Kaminjin, spokesperson for Russian Foreign Minister Sergei Lavrov, told daily \
Politika that any deadline imposed on the sides would only harden their positions.

"We are convinced that a lasting solution can only be one that both sides accept," he said.
"""


def test_the_name_before_a_post_set_off_by_commas_is_the_sayer_not_the_one_in_the_post() -> None:
    # Before: the spokesman's words were the minister's he speaks for, and the spokesman
    # was shown as the page spelled him, a person the table does not know.
    page = _SPOKESMAN_FOR_THE_MINISTER
    assert speaker_of(page, "the talks on the future status") == "Mikhail Kamynin"
    assert speaker_of(page, "any deadline imposed on the sides") == "Mikhail Kamynin"
    assert speaker_of(page, "a lasting solution can only be one") == "Mikhail Kamynin"


_SPOKESMAN_THEN_WHAT_HE_SAID = """\
Kremlin on the summit

MOSCOW, June 3 -- Foreign Minister Sergey Lavrov said on Monday that Moscow had received \
no new proposals from Washington.

Dmitry Peskov, the Kremlin spokesman, said \
the summit would take place in June.
"""


def test_what_was_said_after_the_verb_is_no_subject() -> None:
    # Before: "said the talks" was read as "said the [official]", and the words nobody's.
    page = _SPOKESMAN_THEN_WHAT_HE_SAID
    assert speaker_of(page, "the summit would take place in June") == "Dmitry Peskov"
