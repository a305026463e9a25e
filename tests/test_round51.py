"""Round 51: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from tests.conftest import speaker_of

# A wire story in translation: the president's words, then more of them closed by "President
# added" with no article before the post.
_PRESIDENT_WITHOUT_ARTICLE = """\
Putin says the pipeline project needs more work

MOSCOW, March 3. /TASS/. The pipeline is on schedule and serves both countries, Russian \
President Vladimir Putin said on Tuesday.

"I cannot agree that the project has stalled," the president said.

"We saw the difficulties and did not hurry the partners," President added.

Turkish officials have not commented on the timing so far.
"""


def test_president_without_an_article_is_the_story_s_president() -> None:
    assert speaker_of(_PRESIDENT_WITHOUT_ARTICLE, "did not hurry the partners") == "Vladimir Putin"


# A news site's headline: the ambassador's post and the country he serves in, written "U.S"
# with the dots of initials, then a colon and his words; his name comes in the lead.
_POST_AND_DOTTED_COUNTRY = """\
Russian Ambassador to U.S: Old stereotypes must go

In an op-ed for a Washington daily, Russian Ambassador to the USA Anatoly Antonov urged both \
countries to leave the "old ways of thinking" behind. "The talks at the summit showed that our \
relations can grow stronger," the diplomat writes.

"Not everyone in the two countries is ready to accept the new realities," Antonov writes.
"""


def test_a_post_and_a_dotted_country_before_a_colon_is_no_speaker_label() -> None:
    assert speaker_of(_POST_AND_DOTTED_COUNTRY, "ready to accept the new realities") == (
        "Anatoly Antonov"
    )
    assert speaker_of(_POST_AND_DOTTED_COUNTRY, "can grow stronger") == "Anatoly Antonov"


def test_initials_and_a_surname_before_a_colon_stay_a_label() -> None:
    # "S.V. Lavrov:" is a speaker's label; only a post's place preposition before the dotted
    # word makes it a country.
    labelled = (
        "Joint press conference\n\nS.V. Lavrov: We have agreed on a new round of consultations "
        "in the spring.\n\nQuestion: When exactly?\n\nS.V. Lavrov: In April, in Moscow.\n"
    )
    assert speaker_of(labelled, "a new round of consultations") == "Sergey Lavrov"


# A Balkan news site: the Russian ambassador's double surname written with a space instead of
# its hyphen in some sentences and with it in others.
_DOUBLE_SURNAME_SPACED = """\
Russian ambassador: a solution for Kosovo must be agreed by Belgrade

Russia supports a compromise that Serbia can accept, the Russian Ambassador to Serbia said on \
Friday.

"We are looking for the right way, and Belgrade must have the last word," Botsan Kharchenko \
said at a conference in Belgrade.

"There are two ways: a compromise or none at all," Botsan-Kharchenko concluded.
"""


def test_a_double_surname_written_with_a_space_is_the_known_official() -> None:
    assert speaker_of(_DOUBLE_SURNAME_SPACED, "the right way") == "Alexander Botsan-Kharchenko"
    assert speaker_of(_DOUBLE_SURNAME_SPACED, "a compromise or none") == (
        "Alexander Botsan-Kharchenko"
    )
