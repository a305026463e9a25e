"""Per-user question rate limiting: a token bucket per user id."""

from __future__ import annotations

import time
from collections.abc import Callable

#: "Slow down" replies per refusal streak; refusals beyond these are logged, not answered.
NOTICES_PER_STREAK = 5


class UserRateLimiter:
    """Allows ``per_minute`` questions a minute per user, with bursts of up to ``burst``.

    Args:
        per_minute: Sustained rate; 0 switches the limit off.
        burst: How many questions may come at once before the rate applies.
        clock: Monotonic seconds (tests pass a fake clock).
    """

    def __init__(
        self, per_minute: int, burst: int = 5, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(max(1, min(burst, per_minute))) if per_minute else 0.0
        self._clock = clock
        self._buckets: dict[int, tuple[float, float]] = {}
        self._warned: dict[int, int] = {}

    def allow(self, user_id: int) -> float:
        """0.0 if the user may ask now, else how many seconds until they may."""
        if self.rate <= 0:
            return 0.0
        now = self._clock()
        tokens, last = self._buckets.get(user_id, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens >= 1.0:
            self._buckets[user_id] = (tokens - 1.0, now)
            self._warned.pop(user_id, None)
            self._forget_idle(now)
            return 0.0
        self._buckets[user_id] = (tokens, now)
        return (1.0 - tokens) / self.rate

    def should_warn(self, user_id: int) -> bool:
        """True for the first ``NOTICES_PER_STREAK`` refusals since the user was last let through.

        A user who asks a handful of questions at once hears about each one that was refused;
        a flood costs a few "slow down" replies, not one per message, so the bot's own sending
        budget (Telegram's ~30 messages a second) stays for everyone else.
        """
        count = self._warned.get(user_id, 0)
        self._warned[user_id] = count + 1
        return count < NOTICES_PER_STREAK

    def _forget_idle(self, now: float) -> None:
        # A full bucket carries no information: drop those now and then so memory stays flat.
        if len(self._buckets) > 50_000:
            full_after = self.burst / self.rate
            self._buckets = {
                uid: (t, last)
                for uid, (t, last) in self._buckets.items()
                if now - last < full_after
            }
            self._warned = {u: n for u, n in self._warned.items() if u in self._buckets}
