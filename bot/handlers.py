"""Telegram handlers: thin glue from an update to the service and the formatter."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import html
import logging
from collections.abc import Awaitable, Callable

from telegram import (
    CallbackQuery,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot import texts
from bot.formatting import (
    format_date,
    format_passages_html,
    format_result_html,
    format_sources_html,
    quote_html,
    snippet,
    split_message,
)
from bot.keyboards import answer_keyboard, decode
from bot.state import Context
from retrieval.search import SearchResult

logger = logging.getLogger(__name__)

#: Results per page in the chat (3, as the README promises) and in inline mode.
CHAT_RESULTS = 3
INLINE_PAGE = 10
INLINE_CACHE_SECONDS = 10
#: Deepest inline offset served: a client may send any offset string, not only ours.
MAX_INLINE_OFFSET = 10_000


async def send_with_retries(message: Message, send: Callable[[], Awaitable[object]]) -> None:
    """Send something to ``message``'s chat, surviving brief network failures.

    ``send`` makes one attempt (a fresh request each call). A user who blocked the bot is
    skipped; a request Telegram refuses (BadRequest) is not repeated. Flood control
    (``RetryAfter``) is waited out by the flood limiter (:mod:`bot.flood`), the one place that
    does it.
    """
    for attempt in range(3):
        try:
            await send()
            return
        except Forbidden:
            logger.info("chat %s blocked the bot; reply dropped", message.chat_id)
            return
        except BadRequest:
            raise  # the message itself is wrong: sending it again fails again
        except NetworkError as exc:
            # A 5xx, a dropped connection or a timeout: Telegram is usually back in a moment.
            # (After a timeout the message may have arrived; a rare duplicate beats a loss.)
            if attempt == 2:
                raise
            logger.warning("send to chat %s failed (%s); retrying", message.chat_id, exc)
            await asyncio.sleep(0.5 * (attempt + 1))


async def send_html(
    message: Message,
    chunks: list[str],
    *,
    markup: InlineKeyboardMarkup | None = None,
    quote: bool = False,
) -> None:
    """Send reply chunks; the keyboard goes under the last one.

    A failed connection is retried here; flood control (``RetryAfter``) is waited out and
    retried by the flood limiter (:mod:`bot.flood`), the one place that does it.
    """
    for number, chunk in enumerate(chunks, 1):
        last = number == len(chunks)

        def send(
            chunk: str = chunk, last: bool = last, first: bool = number == 1
        ) -> Awaitable[Message]:
            return message.reply_text(
                chunk,
                parse_mode=ParseMode.HTML,
                reply_markup=markup if last else None,
                do_quote=quote and first,
            )

        await send_with_retries(message, send)


# --- questions --------------------------------------------------------------------------------


async def within_rate(update: Update, context: Context, *, quote: bool) -> bool:
    """Whether the user may ask now; if not, a notice (a few per refusal streak) says when."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return True
    limiter = context.bot_data.limiter
    wait = limiter.allow(user.id)
    if not wait:
        return True
    # A few notices per refusal streak: answering every message of a flood would spend the
    # bot's sending budget on the flooder.
    if limiter.should_warn(user.id):
        logger.info("rate limit: user %s asked too fast", user.id)
        await send_html(message, [html.escape(texts.slow_down(wait))], quote=quote)
    return False


async def answer_question(update: Update, context: Context, question: str) -> None:
    """Search and reply, with buttons; the same path for private text, /ask and mentions."""
    message = update.effective_message
    if message is None:
        return
    state = context.bot_data
    in_group = message.chat.type != ChatType.PRIVATE
    question = question.strip()
    if not question:
        await send_html(message, [texts.NOT_A_QUESTION], quote=in_group)
        return
    if len(question) > texts.MAX_QUESTION_CHARS:
        await send_html(message, [texts.too_long(len(question))], quote=in_group)
        return
    if not await within_rate(update, context, quote=in_group):
        return
    result = state.service.ask(question, k=CHAT_RESULTS)
    key = state.recent.remember(question)
    await _send_result(message, context, result, key, quote=in_group)


async def _send_result(
    message: Message, context: Context, result: SearchResult, key: str, *, quote: bool
) -> None:
    documents = context.bot_data.service.document_count()
    chunks = format_result_html(result, documents)
    await send_html(message, chunks, markup=answer_keyboard(result, key), quote=quote)


async def private_text(update: Update, context: Context) -> None:
    """Any text in a private chat is a question."""
    if update.effective_message and update.effective_message.text:
        await answer_question(update, context, update.effective_message.text)


async def ask_command(update: Update, context: Context) -> None:
    """/ask <question>, in private chats and groups."""
    await answer_question(update, context, " ".join(context.args or []))


async def group_message(update: Update, context: Context) -> None:
    """In groups, answer a message that mentions the bot or replies to it."""
    message = update.effective_message
    if message is None or not message.text:
        return
    username = (context.bot.username or "").lower()
    text = message.text
    addressed = False
    for entity, value in message.parse_entities([MessageEntity.MENTION]).items():
        if value.lower() == f"@{username}":
            addressed = True
            text = (
                text[: entity.offset] + " " * entity.length + text[entity.offset + entity.length :]
            )
    replied = message.reply_to_message
    if replied and replied.from_user and replied.from_user.id == context.bot.id:
        addressed = True
    if addressed:
        await answer_question(update, context, text)


# --- commands ---------------------------------------------------------------------------------


async def start(update: Update, context: Context) -> None:
    """/start: what the bot does."""
    if update.effective_message:
        await send_html(update.effective_message, [texts.START])


async def help_command(update: Update, context: Context) -> None:
    """/help: examples, query syntax, groups and inline mode."""
    if update.effective_message:
        # The administrators' part only in private: a group need not read it.
        chat = update.effective_chat
        private = chat is not None and chat.type == ChatType.PRIVATE
        admin = private and context.bot_data.is_admin(update.effective_user)
        text = texts.help_text_for(context.bot.username or "", admin)
        await send_html(update.effective_message, split_message([text]))


async def sources(update: Update, context: Context) -> None:
    """/sources: the transcripts loaded, newest first."""
    if update.effective_message:
        documents = context.bot_data.service.documents_newest_first()
        await send_html(update.effective_message, format_sources_html(documents))


async def speakers(update: Update, context: Context) -> None:
    """/speakers: who can be quoted, with passage counts."""
    if update.effective_message is None:
        return
    pairs = context.bot_data.service.speakers()
    lines = ["<b>Speakers</b>"] + [
        f"{html.escape(name)} — {count} passage{'s' if count != 1 else ''}" for name, count in pairs
    ]
    await send_html(update.effective_message, split_message(lines, sep="\n"))


async def unknown_command(update: Update, context: Context) -> None:
    """Commands we do not have get a pointer to /help (private chats only)."""
    if (
        update.effective_message
        and update.effective_chat
        and update.effective_chat.type == ChatType.PRIVATE
    ):
        await send_html(
            update.effective_message, ["I don't know that command. /help lists what I do."]
        )


async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice… in private: say what works."""
    if update.effective_message:
        await send_html(update.effective_message, [texts.NOT_A_QUESTION])


# --- buttons ----------------------------------------------------------------------------------


async def acknowledge(query: CallbackQuery) -> None:
    """Answer a button press at once: Telegram shows a spinner on the button until then."""
    try:
        await query.answer()
    except BadRequest as exc:  # too old to answer: the press still deserves its reply
        logger.info("callback %s not answerable: %s", query.id, exc)


async def button(update: Update, context: Context) -> None:
    """More / Full answer / Context under an answer."""
    query = update.callback_query
    if query is None:
        return
    await acknowledge(query)
    message = query.message
    try:
        callback = decode(query.data)
    except ValueError:  # forged data shaped like ours ("m:²:…": a digit int() refuses)
        callback = None
    if callback is None or not isinstance(message, Message):
        return
    service = context.bot_data.service
    if callback.action == "more":
        question = context.bot_data.recent.get(callback.key)
        if question is None and message.reply_to_message and message.reply_to_message.text:
            question = message.reply_to_message.text
        if question is None:
            await send_html(message, [html.escape(texts.STALE_BUTTON)])
            return
        result = service.ask(question, k=CHAT_RESULTS, offset=callback.offset)
        await _send_result(message, context, result, callback.key, quote=False)
        return
    if callback.action == "full":
        passages = service.turn(callback.passage_id)
        heading = "Full answer"
    else:
        passages = service.context(callback.passage_id, radius=2)
        heading = "Context"
    if not passages:
        await send_html(message, [html.escape(texts.GONE_PASSAGE)])
        return
    first = passages[0]
    if callback.action == "full" and first.in_reply_to:
        heading = f"Full answer to: {first.in_reply_to}"
    await send_html(message, format_passages_html(passages, heading=heading))


# --- inline mode ------------------------------------------------------------------------------


def _article(
    result_id: str, title: str, description: str, message_html: str
) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=result_id[:64],
        title=title[:256],
        description=description[:512],
        input_message_content=InputTextMessageContent(
            split_message([message_html])[0], parse_mode=ParseMode.HTML
        ),
    )


async def inline_query(update: Update, context: Context) -> None:
    """@bot <question>: pick a quote to post; pages of results with next_offset."""
    query = update.inline_query
    if query is None:
        return
    service = context.bot_data.service
    text = query.query.strip()
    wait = context.bot_data.inline_limiter.allow(query.from_user.id) if text else 0.0
    if wait:
        # Typing sends a query per pause; far more than that is a script, not a person.
        notice = html.escape(texts.slow_down(wait))
        busy = [_article("slow", "Too many searches", texts.slow_down(wait), notice)]
        with contextlib.suppress(BadRequest):
            await query.answer(busy, cache_time=0, is_personal=True, next_offset=None)
        return
    raw = query.offset
    offset = min(int(raw), MAX_INLINE_OFFSET) if raw.isascii() and raw.isdigit() else 0
    results: list[InlineQueryResultArticle] = []
    next_offset: str | None = None
    if not text:
        hint = texts.NOT_A_QUESTION
        results.append(
            _article("hint", "Type a question", "e.g. What did Lavrov say about the ICC?", hint)
        )
        for doc in service.documents_newest_first()[:10]:
            line = f"{format_date(doc.date)} · {html.escape(doc.title)}"
            # A result id is at most 64 bytes of UTF-8; a file name may be longer, or not UTF-8.
            digest = hashlib.blake2b(doc.id.encode("utf-8", "surrogatepass"), digest_size=8)
            result_id = f"doc-{digest.hexdigest()}"
            results.append(_article(result_id, doc.title, format_date(doc.date), line))
    elif len(text) > texts.MAX_QUESTION_CHARS:
        results.append(
            _article(
                "long", "Question too long", texts.too_long(len(text)), texts.too_long(len(text))
            )
        )
    else:
        result = service.ask(text, k=INLINE_PAGE, offset=offset)
        for hit in result.hits:
            p = hit.passage
            results.append(
                _article(
                    p.id,
                    f"{p.speaker} · {format_date(p.date)}",
                    snippet(p, hit.highlights),
                    quote_html(p, hit.highlights),
                )
            )
        if result.has_more:
            next_offset = str(offset + len(result.hits))
        if not results and offset == 0:
            reply = html.escape(f"No statements found for “{text}”.")
            results.append(
                _article("none", "No matches", "Try other words or fewer filters", reply)
            )
    try:
        await query.answer(
            results[:50],
            cache_time=INLINE_CACHE_SECONDS,
            is_personal=False,
            next_offset=next_offset,
        )
    except BadRequest as exc:
        # An inline query older than ~10 s can no longer be answered; nothing to send it to.
        logger.info("inline query %s not answered: %s", query.id, exc)


# --- errors -----------------------------------------------------------------------------------


async def error_handler(update: object, context: Context) -> None:
    """Log every unexpected error with its update, reply politely, keep running."""
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("error while handling update %s", update_id, exc_info=context.error)
    if (
        isinstance(update, Update)
        and update.effective_message
        and not isinstance(context.error, TelegramError)
    ):
        try:
            await update.effective_message.reply_text(texts.INTERNAL_ERROR)
        except TelegramError:
            logger.warning("could not tell the user about error in update %s", update_id)
