"""Telegram handlers for alerts: /watch, /watches, /unwatch and the alert buttons (thin glue).

In a private chat the user manages their own watches. In a group only its administrators may
add or remove the group's watches (asked of Telegram with ``getChatMember`` on every change, so
a demoted admin loses the right at once); anyone may list them. The state file is used from a
worker thread: an evaluation writing thousands of rows must not hold up the event loop.
"""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import Message, Update
from telegram.constants import ChatType

from bot.alerts import render_found
from bot.formatting import format_passages_html
from bot.handlers import (
    MAX_QUESTION_CHARS,
    acknowledge,
    language,
    may_manage,
    send_html,
    too_long,
)
from bot.i18n import Language, texts_for
from bot.keyboards import decode_watch, watch_list_keyboard
from bot.state import Context
from bot.watch_formatting import describe_watch, format_watch_added, format_watch_list
from bot.watches import WatchLimitReached, WatchQueryError, understand

logger = logging.getLogger(__name__)


async def _refuse(update: Update, message: Message, what: str, lang: Language) -> None:
    user = update.effective_user
    logger.info("refused %s from user %s in chat %s", what, user and user.id, message.chat_id)
    in_group = message.chat.type != ChatType.PRIVATE
    await send_html(message, [texts_for(lang).WATCH_ADMINS_ONLY], quote=in_group)


def _query_error(exc: WatchQueryError, lang: Language) -> str:
    t = texts_for(lang)
    if exc.reason == WatchQueryError.DATE:
        return t.WATCH_DATE
    if exc.reason == WatchQueryError.BAD_QUERY:
        return t.WATCH_BAD_QUERY.format(detail=html.escape(exc.detail, quote=False))
    return t.WATCH_NO_TERMS


async def watch_command(update: Update, context: Context) -> None:
    """/watch <query>: alert this chat when new transcripts answer the query."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    state = context.bot_data
    in_group = chat.type != ChatType.PRIVATE
    lang = await language(update, context)
    t = texts_for(lang)
    if state.watches.max_per_chat <= 0:
        await send_html(message, [t.WATCHES_OFF], quote=in_group)
        return
    query = " ".join(context.args or []).strip()
    if not query:
        await send_html(message, [t.WATCH_USAGE], quote=in_group)
        return
    if len(query) > MAX_QUESTION_CHARS:
        await send_html(message, [too_long(len(query), lang)], quote=in_group)
        return
    if not await may_manage(update, context):
        await _refuse(update, message, "/watch", lang)
        return
    try:
        understood = understand(state.service.index, query)
        user = update.effective_user
        summary = describe_watch(understood, lang)
        watch, new = await asyncio.to_thread(
            state.watches.add, chat.id, query, summary, user.id if user else None
        )
    except WatchQueryError as exc:
        await send_html(message, [_query_error(exc, lang)], quote=in_group)
        return
    except WatchLimitReached as exc:
        await send_html(message, [t.WATCH_LIMIT.format(limit=exc.limit)], quote=in_group)
        return
    if new:
        logger.info("chat %s watches #%d: %r", chat.id, watch.id, query)
    # Alerts come with no update to read a language from: note this chat's for them.
    await asyncio.to_thread(state.languages.note, chat.id, lang)
    added = format_watch_added(watch, understood, new=new, lang=lang)
    await send_html(message, [added], quote=in_group)


async def watches_command(update: Update, context: Context) -> None:
    """/watches: this chat's watches, with their ids and when each last fired."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    store = context.bot_data.watches
    lang = await language(update, context)
    watches = await asyncio.to_thread(store.of_chat, chat.id)
    chunks = format_watch_list(watches, store.max_per_chat, lang)
    markup = watch_list_keyboard([w.id for w in watches], lang)
    await send_html(message, chunks, markup=markup, quote=chat.type != ChatType.PRIVATE)


async def unwatch_command(update: Update, context: Context) -> None:
    """/unwatch ID: stop one of this chat's watches."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    in_group = chat.type != ChatType.PRIVATE
    lang = await language(update, context)
    raw = "".join(context.args or []).lstrip("#")
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 18):
        await send_html(message, [texts_for(lang).UNWATCH_USAGE], quote=in_group)
        return
    if not await may_manage(update, context):
        await _refuse(update, message, "/unwatch", lang)
        return
    await send_html(message, [await _remove(context, chat.id, int(raw), lang)], quote=in_group)


async def _remove(context: Context, chat_id: int, watch_id: int, lang: Language) -> str:
    t = texts_for(lang)
    removed = await asyncio.to_thread(context.bot_data.watches.remove, chat_id, watch_id)
    if removed is None:
        return t.UNWATCH_UNKNOWN.format(id=watch_id)
    logger.info("chat %s stopped watch #%d", chat_id, watch_id)
    summary = html.escape(removed.summary, quote=False)
    return t.UNWATCH_DONE.format(id=watch_id, summary=summary)


async def watch_button(update: Update, context: Context) -> None:
    """Remove (under /watches), More and the speaker's rest (under an alert)."""
    query = update.callback_query
    if query is None:
        return
    await acknowledge(query)
    message = query.message
    callback = decode_watch(query.data)
    if callback is None or not isinstance(message, Message):
        return
    state = context.bot_data
    lang = await language(update, context)
    t = texts_for(lang)
    if callback.action == "rest":
        passages = state.service.speaker_in_document(callback.passage_id)
        if not passages:
            await send_html(message, [html.escape(t.GONE_PASSAGE)])
            return
        heading = t.REST_HEADING.format(speaker=passages[0].speaker)
        await send_html(message, format_passages_html(passages, heading=heading, language=lang))
        return
    watch = await asyncio.to_thread(state.watches.get, callback.watch_id)
    if watch is None or watch.chat_id != message.chat_id:
        await send_html(message, [t.WATCH_GONE])
        return
    if callback.action == "unwatch":
        if not await may_manage(update, context):
            await _refuse(update, message, "a watch's Remove button", lang)
            return
        await send_html(message, [await _remove(context, message.chat_id, watch.id, lang)])
        return
    kind, found, still_held = await asyncio.to_thread(
        state.watches.take_held, watch.id, callback.change_no
    )
    messages = render_found(
        state.service,
        watch_id=watch.id,
        change_no=callback.change_no,
        summary=watch.summary,
        kind=kind,
        found=found,
        held=still_held,
        lang=lang,
    )
    if not messages:
        await send_html(message, [t.HELD_NONE])
    for chunks, markup in messages:
        await send_html(message, chunks, markup=markup)
