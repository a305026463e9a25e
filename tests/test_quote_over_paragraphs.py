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
