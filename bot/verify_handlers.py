"""Telegram handlers for the quote check (/verify) and trend charts (/trend).

Thin, like :mod:`bot.handlers`: the service checks and counts, :mod:`bot.verify_format` and
:mod:`bot.trend_format` word the replies, and a chart is drawn in a worker thread so the bot
keeps answering others meanwhile.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import filters

from bot.handlers import language, send_html, send_with_retries, within_rate
from bot.i18n import Language, texts_for
from bot.state import Context
from bot.trend_format import trend_caption_html, trend_problem
from bot.verify_format import verify_html
from retrieval.verify import quoted_claim

logger = logging.getLogger(__name__)

#: File name the chart is sent under.
CHART_FILE_NAME = "trend.png"


class QuotedClaim(filters.MessageFilter):
    """A text message that starts with a quotation long enough to be a quote to check."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        return bool(message.text) and quoted_claim(message.text or "") is not None


def _in_group(message: Message) -> bool:
    return message.chat.type != ChatType.PRIVATE


async def _accepted(
    update: Update, context: Context, text: str, usage: str, lang: Language
) -> Message | None:
    """The message to answer, once the text is there (else usage) and the rate allows it."""
    message = update.effective_message
    if message is None:
        return None
    if not text.strip():
        await send_html(message, [usage], quote=_in_group(message))
        return None
    if not await within_rate(update, context, quote=_in_group(message), lang=lang):
        return None
    return message


async def _check(update: Update, context: Context, quote: str) -> None:
    """Check a quote and reply with the verdict."""
    lang = await language(update, context)
    message = await _accepted(update, context, quote, texts_for(lang).VERIFY_USAGE, lang)
    if message is None:
        return
    service = context.bot_data.service
    verification = service.verify(quote)
    documents = service.index.document_count
    reply = verify_html(verification, documents, lang)
    await send_html(message, reply, quote=_in_group(message))


async def verify_command(update: Update, context: Context) -> None:
    """/verify <quote>: where the quote is in the transcripts and how it differs."""
    await _check(update, context, " ".join(context.args or []))


async def quoted_message(update: Update, context: Context) -> None:
    """A private message that starts with a quote in quotation marks is a quote check."""
    message = update.effective_message
    if message is not None and message.text:
        await _check(update, context, quoted_claim(message.text) or "")


async def trend_command(update: Update, context: Context) -> None:
    """/trend <query>: a chart of mentions per month or year, with a caption."""
    query = " ".join(context.args or []).strip()
    lang = await language(update, context)
    message = await _accepted(update, context, query, texts_for(lang).TREND_USAGE, lang)
    if message is None:
        return
    in_group = _in_group(message)
    service = context.bot_data.service
    trend = service.trend(query)
    if trend.reason is not None:
        documents = service.index.document_count
        await send_html(message, [trend_problem(trend, documents, lang)], quote=in_group)
        return
    # Drawing takes ~0.1 s of CPU in matplotlib: off the event loop.
    png = await asyncio.to_thread(service.trend_png, trend, lang)
    caption = trend_caption_html(trend, lang)
    await send_with_retries(
        message,
        lambda: message.reply_photo(
            png,
            caption=caption,
            parse_mode=ParseMode.HTML,
            filename=CHART_FILE_NAME,
            do_quote=in_group,
        ),
    )
