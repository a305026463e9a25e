"""A quote with a quote inside it whose closing mark closes both (issue 8).

Copies in straight marks often write '"It was nothing but "a farce," he wrote.': the mark after
"farce," ends the inner quote and the outer one. Read flat, the attribution after it fell inside
an unclosed quote and the words went to no one. Pages written for the test.
"""

from __future__ import annotations

from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._sentence_sayer import sentence_sayer
from tests.conftest import speaker_of

POLYANSKY = "Dmitry Polyanskiy"

PAGE = """\
Polyansky calls the Security Council meeting on the OSCE "a ritual"

The Security Council meeting on cooperation with the OSCE was "a ritual," said Dmitry Polyansky.

"There is no other word for the meeting than "an empty ritual," Polyansky wrote on Telegram.

He noted that hardly anyone had come to listen to the speakers.
"""


def test_one_mark_closing_an_inner_and_an_outer_quote_leaves_the_attribution_outside() -> None:
    sentence = '"We can only call the debate "an empty ritual," Polyansky wrote on Telegram.'
    assert "Polyansky wrote" in mask_quotes(sentence)
    assert sentence_sayer(sentence) == POLYANSKY
    assert speaker_of(PAGE, "There is no other word") == POLYANSKY


def test_an_inner_quote_with_marks_of_its_own_is_still_read_whole() -> None:
    # The outer quote closes on its own mark: everything up to it is quoted, the rest is not.
    sentence = '"They call it "a ritual". We do not," Polyansky said.'
    masked = mask_quotes(sentence)
    assert "We do not" not in masked and "Polyansky said" in masked
    assert sentence_sayer(sentence) == POLYANSKY
