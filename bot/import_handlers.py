"""Administrators bring transcripts in: links sent in private, saved pages sent as documents,
and /feeds. Anyone else's link is a question (or, if it is only links, a polite note)."""

from __future__ import annotations

import html
import logging
import re

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot.admin import refuse
from bot.fetch import MAX_PAGE_BYTES
from bot.handlers import answer_question, download_document, language, send_html
from bot.i18n import Language, texts_for
from bot.import_format import format_feeds_html, format_import_html
from bot.importer import ImportOutcome, reload_after_import
from bot.service import ReloadReport
from bot.state import Context

__all__ = ["feeds_command", "html_document", "links"]

logger = logging.getLogger(__name__)

#: Links imported from one message: each is fetched in turn, and the report must fit a reply.
MAX_LINKS = 20
_SCHEME_RE = re.compile(r"^https?://", re.IGNORECASE)


def links_in(message: Message) -> list[str]:
    """The http(s) links in a message (typed or behind text), in order, each once."""
    found: list[str] = []
    entities = message.parse_entities([MessageEntity.URL, MessageEntity.TEXT_LINK])
    for entity, text in sorted(entities.items(), key=lambda item: item[0].offset):
        url = entity.url if entity.type == MessageEntity.TEXT_LINK else text
        if not url:
            continue
        if not _SCHEME_RE.match(url):
            if "://" in url or "/" not in url:
                continue  # another scheme, or a bare domain: not a page to import
            url = f"https://{url}"
        if url not in found:
            found.append(url)
    return found


def _without_links(message: Message) -> str:
    """The message's words with its typed links taken out (they are not search terms)."""
    text = message.text or ""
    for value in message.parse_entities([MessageEntity.URL]).values():
        text = text.replace(value, " ")
    return " ".join(text.split())


async def links(update: Update, context: Context) -> None:
    """A private message with links: an administrator's are imported; anyone else asks."""
    message = update.effective_message
    if message is None or not message.text:
        return
    urls = links_in(message)
    lang = await language(update, context)
    t = texts_for(lang)
    if not context.bot_data.is_admin(update.effective_user):
        question = _without_links(message)
        if re.search(r"[^\W_]", question):
            await answer_question(update, context, question)
        else:
            await send_html(message, [t.LINKS_ARE_FOR_ADMINS])
        return
    if not urls:
        await answer_question(update, context, message.text)
        return
    if len(urls) > MAX_LINKS:
        await send_html(message, [html.escape(t.TOO_MANY_LINKS.format(limit=MAX_LINKS))])
        return
    user = update.effective_user
    logger.info("admin %s imports %d link(s)", user.id if user else None, len(urls))
    await _typing(message)
    outcomes = await context.bot_data.importer.import_urls(urls)
    await _report(message, context, outcomes, lang)


async def html_document(update: Update, context: Context) -> None:
    """A saved page (``.html``/``.htm``) sent by an administrator: import it like a link."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    doc = message.document
    if not context.bot_data.is_admin(update.effective_user):
        await refuse(update, context, f"upload of {doc.file_name!r}")
        return
    lang = await language(update, context)
    t = texts_for(lang)
    name = doc.file_name or "page.html"
    data = await download_document(message, t, MAX_PAGE_BYTES)
    if data is None:
        return
    await _typing(message)
    if len(data) > MAX_PAGE_BYTES:  # the client's size was wrong
        outcome = ImportOutcome(name, "refused", "the file is too large")
    else:
        outcome = await context.bot_data.importer.import_html(data, name)
    await _report(message, context, [outcome], lang)


async def _typing(message: Message) -> None:
    try:
        await message.chat.send_action(ChatAction.TYPING)
    except TelegramError:  # cosmetic
        logger.debug("could not send the typing action", exc_info=True)


async def _report(
    message: Message, context: Context, outcomes: list[ImportOutcome], lang: Language
) -> None:
    reload: ReloadReport | None = None
    error: str | None = None
    if any(o.status == "imported" for o in outcomes):
        try:
            reload = await reload_after_import(context.bot_data.service)
        except Exception as exc:  # the files are saved; /reload can try again
            logger.error("reload after import failed: %s", exc)
            error = str(exc)
    await send_html(message, format_import_html(outcomes, reload, error, lang))


async def feeds_command(update: Update, context: Context) -> None:
    """/feeds: each configured feed's last poll, new items and last error."""
    if not context.bot_data.is_admin(update.effective_user):
        await refuse(update, context, "/feeds")
        return
    if update.effective_message is None:
        return
    poller = context.bot_data.feeds
    statuses = poller.statuses() if poller else []
    interval = context.bot_data.settings.feed_interval_minutes
    lang = await language(update, context)
    await send_html(update.effective_message, format_feeds_html(statuses, interval, lang))
