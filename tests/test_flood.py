"""The fair flood limiter: light users first, group caps, RetryAfter retried."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import RetryAfter

from bot.flood import BACKGROUND, FairRateLimiter


async def _send(
    limiter: FairRateLimiter, order: list[int], chat: int, endpoint: str = "sendMessage"
):
    async def call() -> bool:
        order.append(chat)
        return True

    return await limiter.process_request(call, (), {}, endpoint, {"chat_id": chat}, None)


async def test_a_newcomer_is_not_queued_behind_heavy_askers() -> None:
    limiter = FairRateLimiter(rate=5)
    await limiter.initialize()
    order: list[int] = []
    try:
        heavy = [
            asyncio.create_task(_send(limiter, order, chat)) for chat in (1, 2, 3) for _ in range(4)
        ]
        await asyncio.sleep(0)
        newcomer = asyncio.create_task(_send(limiter, order, 99))
        await asyncio.wait_for(asyncio.gather(*heavy, newcomer), timeout=10)
    finally:
        await limiter.shutdown()
    assert sorted(order) == sorted([1, 2, 3] * 4 + [99])
    # The first burst (the bucket's capacity) may already be out; the newcomer goes next.
    assert order.index(99) <= 5
    # Heavy chats are served round-robin, not one chat's backlog at a time.
    tail = [c for c in order if c != 99]
    assert tail[:3] != [tail[0]] * 3


async def test_other_methods_pass_straight_through() -> None:
    limiter = FairRateLimiter(rate=1)
    await limiter.initialize()
    order: list[int] = []
    try:
        for _ in range(5):
            await asyncio.wait_for(_send(limiter, order, 7, endpoint="answerInlineQuery"), 1)
    finally:
        await limiter.shutdown()
    assert order == [7] * 5


async def test_group_cap_per_minute() -> None:
    limiter = FairRateLimiter(rate=100, group_per_minute=2)
    await limiter.initialize()
    order: list[int] = []
    tasks = [asyncio.create_task(_send(limiter, order, -500)) for _ in range(3)]
    await asyncio.sleep(0.3)
    assert order == [-500, -500]  # the third waits for the group's minute to pass
    private = asyncio.create_task(_send(limiter, order, 42))
    await asyncio.wait_for(private, timeout=2)  # other chats are not held up by the group
    assert order[-1] == 42
    await limiter.shutdown()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def test_retry_after_is_retried() -> None:
    limiter = FairRateLimiter(rate=50, max_retries=2)
    await limiter.initialize()
    attempts = 0

    async def flaky() -> bool:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise RetryAfter(0)
        return True

    try:
        result = await limiter.process_request(flaky, (), {}, "sendMessage", {"chat_id": 5}, None)
    finally:
        await limiter.shutdown()
    assert result is True and attempts == 2


async def test_gives_up_after_max_retries() -> None:
    limiter = FairRateLimiter(rate=50, max_retries=1)
    await limiter.initialize()

    async def always() -> bool:
        raise RetryAfter(0)

    try:
        with pytest.raises(RetryAfter):
            await limiter.process_request(always, (), {}, "sendMessage", {"chat_id": 5}, None)
    finally:
        await limiter.shutdown()


def test_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="rate"):
        FairRateLimiter(rate=0)


async def test_background_messages_wait_for_every_reply() -> None:
    limiter = FairRateLimiter(rate=20)
    await limiter.initialize()
    order: list[int] = []

    async def send(chat: int, background: bool) -> None:
        async def call() -> bool:
            order.append(chat)
            return True

        args = BACKGROUND if background else None
        await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": chat}, args)

    try:
        alerts = [asyncio.create_task(send(1000 + n, True)) for n in range(40)]
        await asyncio.sleep(0.1)  # the bucket's first burst is out; the other alerts wait
        sent_before = len(order)
        assert 0 < sent_before < 40
        # Replies come, one of them to a chat that also has an alert waiting.
        replies = [asyncio.create_task(send(chat, False)) for chat in (1, 2, 1039, 3)]
        await asyncio.wait_for(asyncio.gather(*alerts, *replies), timeout=10)
    finally:
        await limiter.shutdown()
    # The replies take the next free slots (one alert may already have been let out), ahead
    # of every alert still waiting.
    first = order.index(1)
    assert first <= sent_before + 1
    assert sorted(order[first : first + 4]) == [1, 2, 3, 1039]
    assert sorted(order) == sorted([*range(1000, 1040), 1, 2, 1039, 3])
