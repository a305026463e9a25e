"""Settings, read from the environment once and passed down; nothing else reads os.environ."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: The transcripts shipped with the project.
BUNDLED_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_BASE_FILE_URL = "https://api.telegram.org/file/bot"
#: Telegram's overall flood limit for a bot, messages per second.
DEFAULT_RATE_LIMIT = 30.0
#: Questions one user may ask per minute before the bot asks them to slow down.
DEFAULT_USER_RATE = 20
#: Minutes between feed polls: the sources publish a few transcripts a day, so half an hour
#: serves them the same morning without polling anyone's site more than 48 times a day.
DEFAULT_FEED_INTERVAL_MIN = 30.0
#: Watches (alerts) one chat may hold; the issue's figure.
DEFAULT_MAX_WATCHES = 20

_TOKEN_SHAPE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,100}$")
_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class ConfigError(ValueError):
    """A missing or malformed setting; the message is one line fit for the terminal."""


def opt_into_library_behaviour() -> None:
    """PTB 22 warns on every ``RetryAfter.retry_after`` read unless told to return a timedelta;
    the bot handles both, so it opts in (keeping any explicit choice)."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")


def data_dir_from_env(environ: Mapping[str, str] | None = None) -> Path:
    """``DATA_DIR`` when set, else the bundled ``data/`` folder."""
    env = os.environ if environ is None else environ
    value = env.get("DATA_DIR", "").strip()
    return Path(value).expanduser() if value else BUNDLED_DATA_DIR


def index_dir_from_env(data_dir: Path, environ: Mapping[str, str] | None = None) -> Path:
    """``INDEX_DIR`` when set, else a hidden ``.index`` folder inside the data folder."""
    env = os.environ if environ is None else environ
    value = env.get("INDEX_DIR", "").strip()
    return Path(value).expanduser() if value else data_dir / ".index"


def state_dir_from_env(index_dir: Path, environ: Mapping[str, str] | None = None) -> Path:
    """``STATE_DIR`` when set, else a ``.state`` folder beside the index folder."""
    from bot.statedb import default_state_dir

    env = os.environ if environ is None else environ
    value = env.get("STATE_DIR", "").strip()
    return Path(value).expanduser() if value else default_state_dir(index_dir)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the bot needs to start."""

    token: str
    admin_ids: frozenset[int]
    data_dir: Path
    base_url: str = DEFAULT_BASE_URL
    base_file_url: str = DEFAULT_BASE_FILE_URL
    rate_limit: float = DEFAULT_RATE_LIMIT
    user_rate_per_minute: int = DEFAULT_USER_RATE
    webhook_secret: str | None = None
    index_dir: Path | None = None
    #: Where the bot's durable state lives (feeds seen, watches, user preferences); None keeps
    #: it in memory only (tests that do not care about restarts).
    state_dir: Path | None = None
    #: RSS/Atom feeds polled for new transcripts (``FEEDS``), and minutes between polls.
    feeds: tuple[str, ...] = ()
    feed_interval_minutes: float = DEFAULT_FEED_INTERVAL_MIN
    #: Let imports reach loopback, private and link-local addresses (tests, intranets).
    import_allow_private: bool = False
    #: Watches one chat may hold; 0 switches alerts off.
    max_watches: int = DEFAULT_MAX_WATCHES

    def __repr__(self) -> str:
        # The token is a password: never let it reach a log line through a repr.
        return (
            f"Settings(token='***', admin_ids={sorted(self.admin_ids)}, data_dir='{self.data_dir}',"
            f" base_url={self.base_url!r}, rate_limit={self.rate_limit})"
        )


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if not value >= 0 or value == float("inf"):
        raise ConfigError(f"{name} must be a non-negative number, got {raw!r}")
    return value


def _admin_ids(raw: str) -> frozenset[int]:
    admins: set[int] = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not re.fullmatch(r"-?\d{1,20}", part):
            raise ConfigError(f"ADMIN_IDS must be comma-separated numeric user ids, got {part!r}")
        admins.add(int(part))
    return frozenset(admins)


def _url(env: Mapping[str, str], name: str, default: str) -> str:
    url = env.get(name, "").strip() or default
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"{name} must be an http(s) URL, got {url!r}")
    return url


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"", "0", "false", "no", "off"})


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ConfigError(f"{name} must be 1 or 0 (true or false), got {raw!r}")


def import_allow_private_from_env(environ: Mapping[str, str] | None = None) -> bool:
    """``IMPORT_ALLOW_PRIVATE``: may imports fetch from loopback and private addresses?

    Raises:
        ConfigError: The value is not a yes/no.
    """
    return _flag(os.environ if environ is None else environ, "IMPORT_ALLOW_PRIVATE")


def _feeds(env: Mapping[str, str]) -> tuple[str, ...]:
    feeds: list[str] = []
    for part in env.get("FEEDS", "").split(","):
        url = part.strip()
        if not url:
            continue
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"FEEDS must be comma-separated http(s) URLs, got {url!r}")
        if url not in feeds:
            feeds.append(url)
    return tuple(feeds)


def _feed_interval(env: Mapping[str, str]) -> float:
    minutes = _number(env, "FEED_INTERVAL", DEFAULT_FEED_INTERVAL_MIN)
    if minutes <= 0:
        raise ConfigError(f"FEED_INTERVAL must be a positive number of minutes, got {minutes:g}")
    return minutes


def settings_from_env(
    environ: Mapping[str, str] | None = None, *, data_dir: Path | None = None
) -> Settings:
    """Read and check every setting the bot needs.

    Raises:
        ConfigError: One line naming the setting at fault (never echoing the token).
    """
    env = os.environ if environ is None else environ
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather")
    if not _TOKEN_SHAPE.match(token):
        raise ConfigError("TELEGRAM_BOT_TOKEN is malformed: expected <digits>:<letters>")

    folder = data_dir or data_dir_from_env(env)
    if not folder.is_dir():
        raise ConfigError(f"data folder '{folder}' does not exist (set DATA_DIR)")

    secret = env.get("WEBHOOK_SECRET", "").strip() or None
    if secret and not _SECRET_SHAPE.match(secret):
        raise ConfigError("WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256 chars)")

    user_rate = _number(env, "USER_RATE_LIMIT", DEFAULT_USER_RATE)
    max_watches = _number(env, "MAX_WATCHES", DEFAULT_MAX_WATCHES)
    if max_watches != int(max_watches):
        raise ConfigError(f"MAX_WATCHES must be a whole number, got {env['MAX_WATCHES']!r}")
    return Settings(
        token=token,
        admin_ids=_admin_ids(env.get("ADMIN_IDS", "")),
        data_dir=folder,
        base_url=_url(env, "TELEGRAM_BASE_URL", DEFAULT_BASE_URL),
        base_file_url=_url(env, "TELEGRAM_BASE_FILE_URL", DEFAULT_BASE_FILE_URL),
        rate_limit=_number(env, "TELEGRAM_RATE_LIMIT", DEFAULT_RATE_LIMIT),
        user_rate_per_minute=int(user_rate),
        webhook_secret=secret,
        index_dir=index_dir_from_env(folder, env),
        state_dir=state_dir_from_env(index_dir_from_env(folder, env), env),
        feeds=_feeds(env),
        feed_interval_minutes=_feed_interval(env),
        import_allow_private=import_allow_private_from_env(env),
        max_watches=int(max_watches),
    )
