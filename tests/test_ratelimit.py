"""Per-user token bucket."""

from __future__ import annotations

from bot.ratelimit import UserRateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_rate() -> None:
    clock = Clock()
    limiter = UserRateLimiter(per_minute=60, burst=3, clock=clock)
    assert [limiter.allow(1) for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = limiter.allow(1)
    assert 0.9 < wait <= 1.0
    clock.now += 1.0
    assert limiter.allow(1) == 0.0


def test_users_are_independent() -> None:
    limiter = UserRateLimiter(per_minute=60, burst=1, clock=Clock())
    assert limiter.allow(1) == 0.0
    assert limiter.allow(1) > 0
    assert limiter.allow(2) == 0.0


def test_zero_switches_off() -> None:
    limiter = UserRateLimiter(per_minute=0, clock=Clock())
    assert all(limiter.allow(1) == 0.0 for _ in range(1000))
