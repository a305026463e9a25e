"""A related word of a family covers most of what the word itself would
(retrieval.related_words): a journalist writes "carrying out" where the official said
"complying with".

tests/transcripts/related_families/ holds an interview of our own in a ministry's layout
(title line with the date, "Question:" turns, the deputy minister's answers), with the news
stories of tests/transcripts/xlang/ around it.
"""

from __future__ import annotations

import pytest

from retrieval.search import SearchIndex
from tests.conftest import stories_index


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    return stories_index("related_families")


def test_carrying_out_is_complying(pages: SearchIndex) -> None:
    said = pages.search("Ryabkov on the US not complying with inspections")
    asked = pages.search("Ryabkov on the US not carrying out inspections")
    assert asked.hits and asked.hits[0].passage.id == said.hits[0].passage.id
    assert asked.hits[0].passage.speaker == "Sergey Ryabkov"
    # A related word covers the word in part (RELATED_CREDIT), far more than none.
    assert 0.8 * said.hits[0].coverage < asked.hits[0].coverage < said.hits[0].coverage
