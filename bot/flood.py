"""Telegram's flood limits, shared fairly between chats.

Telegram lets a bot send about 30 messages a second overall and 20 a minute into one group.
When more replies are waiting than the cap lets out, first come, first served would make a
newcomer wait behind everyone who asked ten questions at once. This limiter lets out, at each
free slot, the head reply of the chat that has asked for the fewest messages lately (then the
one that has been sent the fewest, then the oldest), so light users are never queued behind
heavy ones. Calls that are not messages (inline answers, callback answers, getUpdates) pass
straight through.

Messages that nobody is waiting for (alerts a watch found, sent with
``rate_limit_args=BACKGROUND``) take a slot only when no reply is waiting, so a thousand
watchers never hold up someone who asks; among themselves they too go fewest-sent first.

It is also the one place where a request that met flood control (``RetryAfter``) waits and is
tried again, for every request, with the cap or without it (``rate=None``).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

logger = logging.getLogger(__name__)

#: Bot API methods that put a message into a chat and so count against the flood limits.
COUNTED_METHODS = frozenset(
    {
        "sendmessage",
        "editmessagetext",
        "senddocument",
        "sendphoto",
        "copymessage",
        "forwardmessage",
    }
)
# What a Bot API call returns, as PTB's rate limiter interface types it.
_Result = bool | dict[str, Any] | list[dict[str, Any]]
#: A chat idle this long starts afresh: its past demand no longer counts against it.
IDLE_RESET_SECONDS = 60.0
#: ``rate_limit_args`` of a message sent in the background (see the module's docstring).
BACKGROUND = 1

_Waiting = deque[tuple[int, asyncio.Future[None]]]


@dataclass
class _Chat:
    waiting: _Waiting = field(default_factory=deque)
    background: _Waiting = field(default_factory=deque)
    demand: int = 0  # replies asked for in the current window
    sent: int = 0
    last_seen: float = 0.0
    group_sends: deque[float] = field(default_factory=deque)


class FairRateLimiter(BaseRateLimiter[int]):
    """A flood limiter that schedules replies fairly across chats.

    Args:
        rate: Messages per second overall (Telegram: 30); None lets every message through at
            once (flood waits are still honoured).
        group_per_minute: Messages a minute into one group or channel (Telegram: 20).
        max_retries: How often a request that met ``RetryAfter`` is tried again.
        clock: Monotonic seconds (tests may pass their own).
    """

    def __init__(
        self,
        rate: float | None = 30.0,
        group_per_minute: int = 20,
        max_retries: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate is not None and rate <= 0:
            raise ValueError(f"rate must be positive or None, got {rate!r}")
        self.rate = rate
        # The token bucket's size and refill rate (the dispatcher runs only with a cap).
        self._per_second = rate if rate is not None else 0.0
        self.group_per_minute = group_per_minute
        self.max_retries = max_retries
        self._clock = clock
        self._chats: dict[int | str, _Chat] = {}
        self._seq = 0
        self._tokens = self._per_second
        self._refilled = clock()
        self._paused_until = 0.0
        self._wake: asyncio.Event | None = None
        self._dispatcher: asyncio.Task[None] | None = None

    async def initialize(self) -> None:
        # PTB may initialise the bot (and so its limiter) more than once: keep one dispatcher.
        if self.rate is None or (self._dispatcher is not None and not self._dispatcher.done()):
            return
        self._wake = asyncio.Event()
        self._dispatcher = asyncio.create_task(self._dispatch(), name="FairRateLimiter")

    async def shutdown(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._dispatcher
            self._dispatcher = None
        for chat in self._chats.values():
            for _, future in (*chat.waiting, *chat.background):
                if not future.done():
                    future.cancel()
        self._chats.clear()

    # --- the request path ---------------------------------------------------------------------

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, _Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> _Result:
        chat_id = data.get("chat_id")
        if endpoint.lower() in COUNTED_METHODS and chat_id is not None and self._wake:
            await self._wait_turn(chat_id, background=rate_limit_args == BACKGROUND)
        return await self._call_with_retries(callback, args, kwargs, endpoint)

    async def _wait_turn(self, chat_id: int | str, *, background: bool = False) -> None:
        now = self._clock()
        chat = self._chats.get(chat_id)
        idle = chat is not None and not chat.waiting and not chat.background
        if chat is None or (idle and now - chat.last_seen > IDLE_RESET_SECONDS):
            chat = self._chats[chat_id] = _Chat(group_sends=chat.group_sends if chat else deque())
        if not background:  # an alert is not the chat asking: it costs its next reply nothing
            chat.demand += 1
        chat.last_seen = now
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._seq += 1
        (chat.background if background else chat.waiting).append((self._seq, future))
        assert self._wake is not None
        self._wake.set()
        await future

    async def _call_with_retries(
        self,
        callback: Callable[..., Coroutine[Any, Any, _Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
    ) -> _Result:
        for attempt in range(self.max_retries + 1):
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == self.max_retries:
                    raise
                delay = retry_seconds(exc.retry_after)
                # A flood wait is Telegram telling the whole bot to pause, not one chat.
                self._paused_until = max(self._paused_until, self._clock() + delay)
                logger.info("%s: flood control, retrying in %.1f s", endpoint, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    # --- the dispatcher -----------------------------------------------------------------------

    def _refill(self, now: float) -> None:
        self._tokens = min(
            self._per_second, self._tokens + (now - self._refilled) * self._per_second
        )
        self._refilled = now

    def _group_blocked(self, chat_id: int | str, chat: _Chat, now: float) -> float:
        """Seconds until a group may receive another message (0 for private chats)."""
        if not (isinstance(chat_id, str) or chat_id < 0):
            return 0.0
        while chat.group_sends and now - chat.group_sends[0] >= 60.0:
            chat.group_sends.popleft()
        if len(chat.group_sends) < self.group_per_minute:
            return 0.0
        return 60.0 - (now - chat.group_sends[0])

    def _pick(self, now: float) -> tuple[int | str, _Chat, _Waiting] | float:
        """The chat and queue to serve next, or how long until some chat may be served."""
        best: tuple[int, int, int, int] | None = None
        chosen: tuple[int | str, _Chat, _Waiting] | None = None
        soonest = float("inf")
        for chat_id, chat in self._chats.items():
            if not chat.waiting and not chat.background:
                continue
            blocked = self._group_blocked(chat_id, chat, now)
            if blocked > 0:
                soonest = min(soonest, blocked)
                continue
            if chat.waiting:
                key = (0, chat.demand, chat.sent, chat.waiting[0][0])
                queue = chat.waiting
            else:
                key = (1, 0, chat.sent, chat.background[0][0])
                queue = chat.background
            if best is None or key < best:
                best, chosen = key, (chat_id, chat, queue)
        return chosen if chosen is not None else soonest

    async def _dispatch(self) -> None:
        assert self._wake is not None
        while True:
            now = self._clock()
            if now < self._paused_until:
                await asyncio.sleep(self._paused_until - now)
                continue
            self._refill(now)
            if self._tokens < 1.0:
                await asyncio.sleep((1.0 - self._tokens) / self._per_second)
                continue
            picked = self._pick(now)
            if isinstance(picked, float):
                self._wake.clear()
                timeout = None if picked == float("inf") else picked
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout)
                continue
            chat_id, chat, queue = picked
            _, future = queue.popleft()
            if future.done():  # its request was cancelled while waiting
                continue
            self._tokens -= 1.0
            chat.sent += 1
            if isinstance(chat_id, str) or chat_id < 0:
                chat.group_sends.append(now)
            future.set_result(None)
            self._forget_idle(now)

    def _forget_idle(self, now: float) -> None:
        if len(self._chats) > 10_000:
            self._chats = {
                cid: c
                for cid, c in self._chats.items()
                if c.waiting or c.background or now - c.last_seen < IDLE_RESET_SECONDS
            }


def retry_seconds(value: float | dt.timedelta) -> float:
    """A ``RetryAfter.retry_after`` in seconds (PTB gives an int or, opted in, a timedelta)."""
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
