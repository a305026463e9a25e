"""Who said it on news retellings, pass 17 (issue 8): layouts met on fresh pages (sets S, T):
the reporter's narration after someone's retold words.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript

ZAKHAROVA = "Maria Zakharova"
UNKNOWN = "Unknown speaker"


def _speaker_of(page: str, words: str) -> str:
    """The speaker of the passage of ``page`` that holds ``words``."""
    document = parse_transcript(page, "page")
    return next(p.speaker for p in document.passages if words in p.text)


# A short news item: a headline naming her, one paragraph retelling her words ("Она
# отметила, что ..."), then the reporter's background: a sentence of its own, and one that
# speaks of her in passing (her briefing, in the genitive) without giving any words of hers.
_BACKGROUND_AFTER_RETELLING = (
    "Захарова прокомментировала заявление Берлина\n\n"
    "Официальный представитель МИД России Мария Захарова прокомментировала заявление "
    "немецкого правительства. Она отметила, что Берлин снова пытается переложить "
    "ответственность на Москву. Брифинг прошел в здании министерства на Смоленской площади. "
    "Выступление Захаровой транслировалось на сайте ведомства.\n"
)


def test_retold_words_stay_the_speakers() -> None:
    assert _speaker_of(_BACKGROUND_AFTER_RETELLING, "переложить ответственность") == ZAKHAROVA


def test_background_speaking_of_her_after_the_reporters_line_stays_the_reporters() -> None:
    page = _BACKGROUND_AFTER_RETELLING
    assert _speaker_of(page, "Выступление Захаровой транслировалось") == UNKNOWN
    assert _speaker_of(page, "Брифинг прошел") == UNKNOWN
