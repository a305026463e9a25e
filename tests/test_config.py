"""Settings from the environment: checked once, one clear line on error."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import BUNDLED_DATA_DIR, ConfigError, settings_from_env

TOKEN = "123456:ABC-def_ghi"


def env(**extra: str) -> dict[str, str]:
    return {"TELEGRAM_BOT_TOKEN": TOKEN, **extra}


def test_defaults() -> None:
    s = settings_from_env(env())
    assert s.token == TOKEN
    assert s.admin_ids == frozenset()
    assert s.data_dir == BUNDLED_DATA_DIR
    assert s.base_url == "https://api.telegram.org/bot"
    assert s.base_file_url == "https://api.telegram.org/file/bot"
    assert s.rate_limit == 30


def test_all_settings(tmp_path: Path) -> None:
    s = settings_from_env(
        env(
            ADMIN_IDS="1, 22;333",
            DATA_DIR=str(tmp_path),
            TELEGRAM_BASE_URL="http://127.0.0.1:8081/bot",
            TELEGRAM_BASE_FILE_URL="http://127.0.0.1:8081/file/bot",
            TELEGRAM_RATE_LIMIT="0",
        )
    )
    assert s.admin_ids == frozenset({1, 22, 333})
    assert s.data_dir == tmp_path
    assert s.base_url == "http://127.0.0.1:8081/bot"
    assert s.rate_limit == 0


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "not a token"}, "malformed"),
        (env(ADMIN_IDS="12,alice"), "ADMIN_IDS"),
        (env(DATA_DIR="/no/such/folder"), "does not exist"),
        (env(TELEGRAM_BASE_URL="ftp://x"), "TELEGRAM_BASE_URL"),
        (env(TELEGRAM_RATE_LIMIT="fast"), "TELEGRAM_RATE_LIMIT"),
        (env(TELEGRAM_RATE_LIMIT="-1"), "TELEGRAM_RATE_LIMIT"),
    ],
)
def test_bad_settings_are_one_clear_line(environ: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        settings_from_env(environ)
    assert "\n" not in str(info.value)
    assert TOKEN not in str(info.value)


def test_token_not_in_repr() -> None:
    assert TOKEN not in repr(settings_from_env(env()))


def test_feed_and_import_settings() -> None:
    s = settings_from_env(env())
    assert s.feeds == () and s.feed_interval_minutes == 30 and s.import_allow_private is False
    s = settings_from_env(
        env(
            FEEDS=" https://mid.ru/en/rss , http://kremlin.ru/feed,https://mid.ru/en/rss,",
            FEED_INTERVAL="0.5",
            IMPORT_ALLOW_PRIVATE="true",
        )
    )
    assert s.feeds == ("https://mid.ru/en/rss", "http://kremlin.ru/feed")
    assert s.feed_interval_minutes == 0.5 and s.import_allow_private is True


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("FEEDS", "mid.ru/rss", "FEEDS must be comma-separated http(s) URLs"),
        ("FEEDS", "ftp://x/feed", "FEEDS must be comma-separated http(s) URLs"),
        ("FEED_INTERVAL", "0", "FEED_INTERVAL must be a positive number"),
        ("FEED_INTERVAL", "soon", "FEED_INTERVAL must be a number"),
        ("IMPORT_ALLOW_PRIVATE", "maybe", "IMPORT_ALLOW_PRIVATE must be 1 or 0"),
    ],
)
def test_bad_feed_and_import_settings(name: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings_from_env(env(**{name: value}))
    assert message in str(caught.value)
