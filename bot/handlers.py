"""Telegram handlers: thin glue from an update to the service and the formatter."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import html
import logging
from collections.abc import Awaitable, Callable

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot.formatting import (
    format_date,
    format_other_version_html,
    format_passages_html,
    format_result_html,
    format_sources_html,
    format_speakers_html,
    plain_text,
    question_language,
    quote_html,
    snippet,
    split_message,
)
from bot.i18n import LANGUAGES, Language, Texts, texts_for
from bot.keyboards import answer_keyboard, decode, decode_language, language_keyboard
from bot.languages import language_of
from bot.state import Context
from retrieval.search import SearchResult

logger = logging.getLogger(__name__)

#: Results per page in the chat (3, as the README promises) and in inline mode.
CHAT_RESULTS = 3
INLINE_PAGE = 10
INLINE_CACHE_SECONDS = 10
#: Deepest inline offset served: a client may send any offset string, not only ours.
MAX_INLINE_OFFSET = 10_000
#: Longer questions are refused with a hint rather than searched.
MAX_QUESTION_CHARS = 500


async def language(update: Update, context: Context) -> Language:
    """The language to answer this update in (:func:`bot.languages.language_of`)."""
    return await language_of(update, context.bot_data.languages)


def too_long(length: int, lang: Language) -> str:
    """The reply to a question over :data:`MAX_QUESTION_CHARS`."""
    return texts_for(lang).TOO_LONG.format(length=length, limit=MAX_QUESTION_CHARS)


def slow_down(seconds: float, lang: Language) -> str:
    """The notice to a user over their rate (plain text)."""
    return texts_for(lang).SLOW_DOWN.format(seconds=max(1, round(seconds)))


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


async def download_document(message: Message, t: Texts, max_bytes: int) -> bytes | None:
    """The bytes of a message's file, or ``None`` after telling the user why not.

    A file the client says is larger than ``max_bytes`` is refused before downloading; a
    failed download is reported with Telegram's reason.
    """
    doc = message.document
    if doc is None:
        return None
    if doc.file_size and doc.file_size > max_bytes:
        await send_html(message, [t.FILE_TOO_LARGE.format(limit=max_bytes // (1024 * 1024))])
        return None
    try:
        return bytes(await (await doc.get_file()).download_as_bytearray())
    except TelegramError as exc:
        await send_html(message, [t.COULD_NOT_DOWNLOAD.format(error=html.escape(str(exc)))])
        return None


# --- questions --------------------------------------------------------------------------------


async def within_rate(
    update: Update, context: Context, *, quote: bool, lang: Language = "en"
) -> bool:
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
        await send_html(message, [html.escape(slow_down(wait, lang))], quote=quote)
    return False


async def answer_question(update: Update, context: Context, question: str) -> None:
    """Search and reply, with buttons; the same path for private text, /ask and mentions."""
    message = update.effective_message
    if message is None:
        return
    state = context.bot_data
    in_group = message.chat.type != ChatType.PRIVATE
    lang = await language(update, context)
    question = question.strip()
    if not question:
        await send_html(message, [texts_for(lang).NOT_A_QUESTION], quote=in_group)
        return
    if len(question) > MAX_QUESTION_CHARS:
        await send_html(message, [too_long(len(question), lang)], quote=in_group)
        return
    if not await within_rate(update, context, quote=in_group, lang=lang):
        return
    result = state.service.ask(question, k=CHAT_RESULTS)
    key = state.recent.remember(question)
    await _send_result(message, context, result, key, quote=in_group, lang=lang)


async def _send_result(
    message: Message,
    context: Context,
    result: SearchResult,
    key: str,
    *,
    quote: bool,
    lang: Language,
) -> None:
    service = context.bot_data.service
    chunks = format_result_html(result, service.document_count(), lang)
    markup = answer_keyboard(result, key, lang, service.other_version_language)
    await send_html(message, chunks, markup=markup, quote=quote)


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


def help_text(username: str, lang: Language, *, admin: bool = False) -> str:
    """/help in ``lang``, with the administrators' part for administrators."""
    t = texts_for(lang)
    text = t.HELP.replace("{username}", html.escape(username or "this_bot"))
    return f"{text}\n\n{t.ADMIN_HELP}" if admin else text


async def start(update: Update, context: Context) -> None:
    """/start: what the bot does."""
    if update.effective_message:
        lang = await language(update, context)
        await send_html(update.effective_message, [texts_for(lang).START])


async def help_command(update: Update, context: Context) -> None:
    """/help: examples, query syntax, groups and inline mode."""
    if update.effective_message:
        # The administrators' part only in private: a group need not read it.
        chat = update.effective_chat
        private = chat is not None and chat.type == ChatType.PRIVATE
        admin = private and context.bot_data.is_admin(update.effective_user)
        lang = await language(update, context)
        text = help_text(context.bot.username or "", lang, admin=admin)
        await send_html(update.effective_message, split_message([text]))


async def sources(update: Update, context: Context) -> None:
    """/sources: the transcripts loaded, newest first."""
    if update.effective_message:
        documents = context.bot_data.service.documents_newest_first()
        lang = await language(update, context)
        await send_html(update.effective_message, format_sources_html(documents, language=lang))


async def speakers(update: Update, context: Context) -> None:
    """/speakers: who can be quoted, with passage counts."""
    if update.effective_message is None:
        return
    pairs = context.bot_data.service.speakers()
    lang = await language(update, context)
    await send_html(update.effective_message, format_speakers_html(pairs, lang))


async def unknown_command(update: Update, context: Context) -> None:
    """Commands we do not have get a pointer to /help (private chats only)."""
    if (
        update.effective_message
        and update.effective_chat
        and update.effective_chat.type == ChatType.PRIVATE
    ):
        lang = await language(update, context)
        await send_html(update.effective_message, [texts_for(lang).UNKNOWN_COMMAND])


async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice… in private: say what works."""
    if update.effective_message:
        lang = await language(update, context)
        await send_html(update.effective_message, [texts_for(lang).NOT_A_QUESTION])


# --- interface language -------------------------------------------------------------------------


_MANAGERS = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})


async def may_manage(update: Update, context: Context) -> bool:
    """Whether the sender may add or remove this chat's watches."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or user is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    if update.callback_query is None and message is not None and message.sender_chat is not None:
        # An anonymous administrator writes as the group itself; a channel is no administrator.
        return message.sender_chat.id == chat.id
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as exc:
        logger.warning("could not check user %s in chat %s: %s", user.id, chat.id, exc)
        return False
    return member.status in _MANAGERS


def commands_in(lang: Language) -> tuple[BotCommand, ...]:
    """The command list Telegram shows, described in ``lang``."""
    return tuple(BotCommand(name, text) for name, text in texts_for(lang).COMMANDS.items())


async def set_language(update: Update, context: Context, lang: Language) -> str:
    """Remember ``lang`` for the user (private) or the group, and say so in it."""
    chat, user = update.effective_chat, update.effective_user
    store = context.bot_data.languages
    t = texts_for(lang)
    if chat is not None and chat.type != ChatType.PRIVATE:
        await asyncio.to_thread(store.choose, chat.id, lang)
        reply = t.LANGUAGE_GROUP_SET
    elif user is not None:
        await asyncio.to_thread(store.choose, user.id, lang)
        reply = t.LANGUAGE_SET
    else:
        return t.LANGUAGE_SET
    if chat is not None:
        await set_chat_commands(context, chat.id, lang)
    logger.info("chat %s speaks %s now", chat.id if chat else None, lang)
    return reply


async def set_chat_commands(context: Context, chat_id: int, lang: Language) -> None:
    """Show the chat its command list in ``lang`` (cosmetic: a failure is only logged)."""
    try:
        await context.bot.set_my_commands(commands_in(lang), scope=BotCommandScopeChat(chat_id))
    except TelegramError as exc:
        logger.info("could not set chat %s's command list: %s", chat_id, exc)


async def language_command(update: Update, context: Context) -> None:
    """/language: buttons to choose the interface language (or /language ru, /language en)."""
    message = update.effective_message
    if message is None:
        return
    lang = await language(update, context)
    in_group = message.chat.type != ChatType.PRIVATE
    wanted = (context.args or [""])[0].lower()
    if wanted in LANGUAGES or wanted in {"english", "русский", "russian"}:
        if not await may_manage(update, context):
            await send_html(message, [texts_for(lang).LANGUAGE_ADMINS_ONLY], quote=in_group)
            return
        chosen: Language = "ru" if wanted in {"ru", "русский", "russian"} else "en"
        await send_html(message, [await set_language(update, context, chosen)], quote=in_group)
        return
    await send_html(
        message, [texts_for(lang).LANGUAGE_PROMPT], markup=language_keyboard(), quote=in_group
    )


async def language_button(update: Update, context: Context) -> None:
    """A /language button: remember the language and answer in it."""
    query = update.callback_query
    if query is None:
        return
    await acknowledge(query)
    chosen = decode_language(query.data)
    message = query.message
    if chosen is None or not isinstance(message, Message):
        return
    if not await may_manage(update, context):
        lang = await language(update, context)
        await send_html(message, [texts_for(lang).LANGUAGE_ADMINS_ONLY])
        return
    await send_html(message, [await set_language(update, context, chosen)])


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
    lang = await language(update, context)
    t = texts_for(lang)
    if callback.action == "more":
        question = context.bot_data.recent.get(callback.key)
        if question is None and message.reply_to_message and message.reply_to_message.text:
            question = message.reply_to_message.text
        if question is None:
            await send_html(message, [html.escape(t.STALE_BUTTON)])
            return
        result = service.ask(question, k=CHAT_RESULTS, offset=callback.offset)
        await _send_result(message, context, result, callback.key, quote=False, lang=lang)
        return
    if callback.action == "other":
        await _other_version(message, context, callback.passage_id, lang)
        return
    if callback.action == "full":
        passages = service.turn(callback.passage_id)
        heading = t.FULL_ANSWER
    else:
        passages = service.context(callback.passage_id, radius=2)
        heading = t.CONTEXT
    if not passages:
        await send_html(message, [html.escape(t.GONE_PASSAGE)])
        return
    first = passages[0]
    if callback.action == "full" and first.in_reply_to:
        heading = t.FULL_ANSWER_TO.format(question=first.in_reply_to)
    await send_html(message, format_passages_html(passages, heading=heading, language=lang))


async def _other_version(
    message: Message, context: Context, passage_id: str, lang: Language
) -> None:
    """The matching passage of the other-language transcript of the same event."""
    t = texts_for(lang)
    service = context.bot_data.service
    passage = service.passage(passage_id)
    if passage is None:
        await send_html(message, [html.escape(t.GONE_PASSAGE)])
        return
    other = service.other_version(passage_id)
    if other is None:
        wanted: Language = "en" if passage.language == "ru" else "ru"
        await send_html(message, [html.escape(t.NO_OTHER_VERSION[wanted])])
        return
    await send_html(message, format_other_version_html(other, lang))


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
    lang = await language(update, context)
    t = texts_for(lang)
    text = query.query.strip()
    wait = context.bot_data.inline_limiter.allow(query.from_user.id) if text else 0.0
    if wait:
        # Typing sends a query per pause; far more than that is a script, not a person.
        notice = html.escape(slow_down(wait, lang))
        busy = [_article("slow", t.INLINE_SLOW, slow_down(wait, lang), notice)]
        with contextlib.suppress(BadRequest):
            await query.answer(busy, cache_time=0, is_personal=True, next_offset=None)
        return
    raw = query.offset
    offset = min(int(raw), MAX_INLINE_OFFSET) if raw.isascii() and raw.isdigit() else 0
    results: list[InlineQueryResultArticle] = []
    next_offset: str | None = None
    if not text:
        results.append(_article("hint", t.INLINE_HINT_TITLE, t.INLINE_HINT, t.NOT_A_QUESTION))
        for doc in service.documents_newest_first()[:10]:
            date = format_date(doc.date, lang, yearless_day=doc.yearless_day)
            line = f"{date} · {html.escape(doc.title)}"
            # A result id is at most 64 bytes of UTF-8; a file name may be longer, or not UTF-8.
            digest = hashlib.blake2b(doc.id.encode("utf-8", "surrogatepass"), digest_size=8)
            result_id = f"doc-{digest.hexdigest()}"
            results.append(_article(result_id, doc.title, date, line))
    elif len(text) > MAX_QUESTION_CHARS:
        long = too_long(len(text), lang)
        results.append(_article("long", t.INLINE_TOO_LONG, plain_text(long), long))
    else:
        result = service.ask(text, k=INLINE_PAGE, offset=offset)
        asked_in = question_language(result)
        for hit in result.hits:
            p = hit.passage
            results.append(
                _article(
                    p.id,
                    f"{p.speaker} · {format_date(p.date, lang, yearless_day=p.yearless_day)}",
                    snippet(p, hit.highlights),
                    quote_html(p, hit.highlights, lang, question_language=asked_in),
                )
            )
        if result.has_more:
            next_offset = str(offset + len(result.hits))
        if not results and offset == 0:
            reply = html.escape(t.INLINE_NOTHING_FOUND.format(query=text))
            results.append(_article("none", t.INLINE_NO_MATCHES, t.INLINE_NO_MATCHES_HINT, reply))
    try:
        await query.answer(
            results[:50],
            cache_time=INLINE_CACHE_SECONDS,
            # Personal: the words around the quotes are in each user's own language.
            is_personal=True,
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
            lang = await language(update, context)
            await update.effective_message.reply_text(texts_for(lang).INTERNAL_ERROR)
        except TelegramError:
            logger.warning("could not tell the user about error in update %s", update_id)
