"""A quote that runs over two paragraphs and is closed by a straight mark after a space
('... instructors "'): a name inside it ("our official representative Maria Zakharova has said")
is someone the speaker cites, not the sayer (issue 8).

Every page here is written for the test, in the layout of a blog reposting an agency's story.
"""

from __future__ import annotations

from tests.conftest import speaker_of

PAGE = """\
Lavrov on the situation at the border

Moscow knows of plans to stage a provocation at the border before the New Year. This was \
stated by Russian Foreign Minister Sergei Lavrov.

“Kiev said it would not extend martial law unless something happens on the line of contact.

We have information, our official representative Maria Zakharova has said so more than once, \
that about ten thousand troops have been moved to the line of contact, with a lot of heavy \
equipment "

“Any provocation will get a firm answer,” Lavrov stressed.
"""


def test_a_name_inside_a_quote_closed_after_a_space_is_not_the_sayer() -> None:
    assert speaker_of(PAGE, "ten thousand troops") == "Sergey Lavrov"


def test_the_quote_closed_so_without_a_name_stays_the_speakers() -> None:
    page = PAGE.replace(
        "our official representative Maria Zakharova has said so more than once, ", ""
    )
    assert speaker_of(page, "ten thousand troops") == "Sergey Lavrov"


LOST_OPENING = """\
Zakharova on the song contest

Foreign Ministry spokeswoman Maria Zakharova criticised the contest in her Telegram channel on \
Saturday.

This year's show has outdone every carnival of the past. The old continent is putting on its \
own wake. No surprises there," Zakharova wrote.

She also posted a video of the performances.
"""

CUT_OFF = """\
Антонов: Госдеп вводит мир в заблуждение

Госдепартамент пытается ввести мир в заблуждение заявлениями о высылке дипломатов. Об этом \
сообщил посол России в Вашингтоне Анатолий Антонов. «Нам приписывают то, чего не было.

Всё обстоит ровно наоборот. Подчеркну, что именно Госдепартамент ввёл лимит командировок для \
наших сотрудников.
"""

LEFT_OPEN_BY_A_TYPO = """\
Dmitriev on dialogue with Washington

Kirill Dmitriev spoke about the resistance to dialogue between Moscow and Washington.

"Probably,— Dmitriev commented. "But what if better relations are what the world needs?"

Earlier, Russian Foreign Minister Sergei Lavrov said that the two countries were preparing a \
new round of expert talks.
"""


def test_a_quote_whose_opening_mark_was_lost_is_its_attributions() -> None:
    assert speaker_of(LOST_OPENING, "outdone every carnival") == "Maria Zakharova"
    assert speaker_of(LOST_OPENING, "putting on its own wake") == "Maria Zakharova"


def test_a_page_cut_off_mid_quote_keeps_the_quote_to_its_end() -> None:
    assert speaker_of(CUT_OFF, "ровно наоборот") == "Anatoly Antonov"


def test_a_quote_left_open_by_a_typo_does_not_swallow_the_next_sayer() -> None:
    assert speaker_of(LEFT_OPEN_BY_A_TYPO, "new round of expert talks") == "Sergey Lavrov"
