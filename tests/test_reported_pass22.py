"""Parser pass 22 (set AC): layouts of news retellings that hid or misplaced their sayer.

Every page and sentence here is written for the test, in the layouts of real stories.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from retrieval.transcript._lines import is_clutter
from tests.conftest import speaker_of

# A regional site's short story: headline, a reporter's question retold, the answer retold,
# then a pointer to the live stream and a subscription appeal of twenty words.
STREAM_POINTER = """\
Путин пообещал открыть новый мост до конца года

На пресс-конференции журналист из Саратова спросил президента России Владимира Путина о сроках \
открытия моста через Волгу.

Путин ответил, что мост откроют уже в декабре.

Строители ждали только окончания проверки опор.

Следить за трансляцией пресс-конференции Путина можно здесь.

Подписывайтесь на наш телеграм-канал, группу «ВКонтакте» и страницу в «Одноклассниках» \
«Волжских вестей». Свежие ролики каждый день на Rutube и в «Дзене».

Новости партнеров
"""


def test_a_pointer_to_the_stream_is_no_title() -> None:
    document = parse_transcript(STREAM_POINTER, "page")
    assert document.title == "Путин пообещал открыть новый мост до конца года"
    assert speaker_of(STREAM_POINTER, "мост откроют уже в декабре") == "Vladimir Putin"
    assert all(
        p.speaker == "Unknown speaker" for p in document.passages if "Подписывайтесь" in p.text
    )


def test_pointers_and_appeals_are_clutter() -> None:
    assert is_clutter("Следить за трансляцией пресс-конференции Путина можно здесь.")
    assert is_clutter("Watch the minister's news conference live here")
    assert is_clutter("Новости партнеров")
    assert is_clutter(
        "Подписывайтесь на наш телеграм-канал, группу «ВКонтакте» и страницу в «Одноклассниках» "
        "«Волжских вестей». Свежие ролики каждый день на Rutube и в «Дзене»."
    )
    # A sentence of a story that merely starts with such a verb is no pointer.
    assert not is_clutter("Читать нотации партнерам Москва не намерена, подчеркнул министр.")
