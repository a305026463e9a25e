"""The token never reaches a log line."""

from __future__ import annotations

import logging

import pytest

from bot.logs import RedactTokenFilter

TOKEN = "123456:SECRET_token-value"


def test_token_redacted_from_messages_args_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redact")
    caplog.handler.addFilter(RedactTokenFilter(TOKEN))
    with caplog.at_level(logging.DEBUG):
        logger.info("POST https://api.telegram.org/bot%s/sendMessage", TOKEN)
        logger.info("other bot 42:abcDEF in /bot42:abcDEF/getMe")
        try:
            raise RuntimeError(f"failed at /bot{TOKEN}/getUpdates")
        except RuntimeError:
            logger.exception("boom")
    text = caplog.text
    assert TOKEN not in text
    assert "/bot42:abcDEF" not in text
    assert "/bot<token>/sendMessage" in text
    assert "boom" in text and "RuntimeError" in text
