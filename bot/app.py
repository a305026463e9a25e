"""Build the Telegram application and run it (polling or webhook)."""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import logging
import secrets
import sys

from telegram import LinkPreviewOptions, MessageEntity, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import admin, handlers, import_handlers, verify_handlers, watch_handlers
from bot.aiohttp_request import AiohttpRequest
from bot.alerts import Alerts
from bot.config import ConfigError, Settings, opt_into_library_behaviour, settings_from_env
from bot.feeds import FeedPoller
from bot.flood import FairRateLimiter
from bot.handlers import commands_in
from bot.i18n import DEFAULT_LANGUAGE, RUSSIAN_READERS
from bot.importer import Importer
from bot.keyboards import LANGUAGE_CALLBACK_PATTERN, WATCH_CALLBACK_PATTERN
from bot.languages import LanguageStore
from bot.logs import setup_logging
from bot.ratelimit import UserRateLimiter
from bot.service import AnswerService
from bot.state import BotState
from bot.statedb import STATE_FILE_NAME, StateDB
from bot.watches import WatchStore
from retrieval.corpus import CorpusError

logger = logging.getLogger(__name__)


#: The command list in English (the default for every language code without its own list).
COMMANDS = commands_in(DEFAULT_LANGUAGE)
#: Administrators' commands (documented in /help for administrators and in the README).
ADMIN_COMMANDS = ("reload", "stats", "feeds")
#: Updates handled at once with the flood limiter off: searching takes ~1 ms and more
#: concurrency only adds connection-pool contention (measured with bench/bot.py).
CONCURRENT_UPDATES = 8
#: Under Telegram's cap, handlers mostly wait for a send slot; all of them must be waiting in
#: the fair limiter, or a newcomer's update waits unprocessed behind the heavy askers' ones.
CONCURRENT_UPDATES_CAPPED = 4096
#: Inline queries a user may send: this many times the question rate, in bursts of this many.
INLINE_RATE_FACTOR = 6
INLINE_BURST = 30


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    state: BotState = application.bot_data
    if not state.service.loaded:
        state.service.start()
    # matplotlib takes about half a second to import: load it now, not on the first /trend.
    await asyncio.to_thread(importlib.import_module, "bot.charts")
    if state.feeds is not None:
        state.feed_task = asyncio.create_task(_start_feeds(application), name="feeds-start")
    # After the index: the first evaluation catches up on documents added while the bot was down.
    await state.alerts.start(application.bot)
    try:
        await application.bot.set_my_commands(COMMANDS)
        # Users whose Telegram speaks a language we answer in Russian see the Russian list.
        for code in sorted(RUSSIAN_READERS):
            await application.bot.set_my_commands(commands_in("ru"), language_code=code)
    except Exception:  # a cosmetic call: never a reason not to start
        logger.warning("could not set the command list", exc_info=True)


async def _start_feeds(application: Application) -> None:  # type: ignore[type-arg]
    """Start polling once the application runs; ``stop()`` then waits for the poller to end."""
    poller: FeedPoller | None = application.bot_data.feeds
    while poller is not None and not application.running:
        await asyncio.sleep(0.1)
    if poller is not None:
        minutes = poller.interval_s / 60
        logger.info("polling %d feed(s) every %g min", len(poller.feeds), minutes)
        application.create_task(poller.run(lambda: application.running), name="feeds")


async def _post_stop(application: Application) -> None:  # type: ignore[type-arg]
    # Undelivered alerts stay in the outbox for the next start.
    await application.bot_data.alerts.stop()


async def _post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
    task = application.bot_data.feed_task
    if task is not None and not task.done():
        task.cancel()  # the bot stopped before it ever ran: nothing to poll for
    # Stopped while still trying to reach Telegram, the application never counted as
    # initialised and so skipped the bot's own shutdown: close its HTTP sessions and rate
    # limiter here (a no-op when they are already closed).
    await application.bot.shutdown()
    # A reload still building in another process would otherwise hold up the exit.
    application.bot_data.service.close()
    application.bot_data.db.close()


def open_state(settings: Settings) -> StateDB:
    """The state store ``settings`` name (in memory when no state folder is set)."""
    if settings.state_dir is None:
        return StateDB(":memory:")
    return StateDB(settings.state_dir / STATE_FILE_NAME)


def make_service(settings: Settings) -> AnswerService:
    """The answer service exactly as ``statements-bot run`` makes it (tests use this too)."""
    return AnswerService(settings.data_dir, index_dir=settings.index_dir)


def build_application(settings: Settings, service: AnswerService) -> Application:  # type: ignore[type-arg]
    """The application exactly as ``statements-bot run`` builds it (tests use this too)."""
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .context_types(ContextTypes(bot_data=BotState))
        .concurrent_updates(
            CONCURRENT_UPDATES_CAPPED if settings.rate_limit else CONCURRENT_UPDATES
        )
        .request(AiohttpRequest(connection_pool_size=CONCURRENT_UPDATES + 4))
        .get_updates_request(AiohttpRequest(connection_pool_size=2))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        # The limiter is also what waits out flood control, so it is there even with no cap.
        .rate_limiter(FairRateLimiter(rate=settings.rate_limit or None, max_retries=3))
    )
    application = builder.build()

    state: BotState = application.bot_data
    state.service = service
    state.settings = settings
    state.db = open_state(settings)
    state.watches = WatchStore(state.db, settings.max_watches)
    state.languages = LanguageStore(state.db)
    state.alerts = Alerts(service, state.watches, state.languages.for_chat)
    state.limiter = UserRateLimiter(settings.user_rate_per_minute)
    state.importer = Importer(
        settings.data_dir, state.db, allow_private=settings.import_allow_private
    )
    if settings.feeds:
        state.feeds = FeedPoller(
            settings.feeds,
            state.importer,
            service,
            state.db,
            interval_s=settings.feed_interval_minutes * 60,
        )
    # Inline queries come as the user types: a roomier budget than questions.
    state.inline_limiter = UserRateLimiter(
        settings.user_rate_per_minute * INLINE_RATE_FACTOR, burst=INLINE_BURST
    )

    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("ask", handlers.ask_command))
    application.add_handler(CommandHandler("sources", handlers.sources))
    application.add_handler(CommandHandler("speakers", handlers.speakers))
    application.add_handler(CommandHandler("language", handlers.language_command))
    application.add_handler(CommandHandler("verify", verify_handlers.verify_command))
    application.add_handler(CommandHandler("trend", verify_handlers.trend_command))
    application.add_handler(CommandHandler("watch", watch_handlers.watch_command))
    application.add_handler(CommandHandler("watches", watch_handlers.watches_command))
    application.add_handler(CommandHandler("unwatch", watch_handlers.unwatch_command))
    application.add_handler(CommandHandler("reload", admin.reload_command))
    application.add_handler(CommandHandler("stats", admin.stats_command))
    application.add_handler(CommandHandler("feeds", import_handlers.feeds_command))
    saved_page = filters.Document.FileExtension("html") | filters.Document.FileExtension("htm")
    application.add_handler(MessageHandler(private & saved_page, import_handlers.html_document))
    application.add_handler(MessageHandler(private & filters.Document.ALL, admin.document))
    application.add_handler(MessageHandler(filters.COMMAND, handlers.unknown_command))
    with_links = filters.Entity(MessageEntity.URL) | filters.Entity(MessageEntity.TEXT_LINK)
    application.add_handler(
        MessageHandler(private & filters.TEXT & with_links, import_handlers.links)
    )
    # Before any private text: a message that starts with a long quotation is a quote check.
    application.add_handler(
        MessageHandler(
            private & filters.TEXT & ~filters.COMMAND & verify_handlers.QuotedClaim(),
            verify_handlers.quoted_message,
        )
    )
    application.add_handler(MessageHandler(private & filters.TEXT, handlers.private_text))
    application.add_handler(MessageHandler(groups & filters.TEXT, handlers.group_message))
    application.add_handler(
        MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.not_text)
    )
    application.add_handler(
        CallbackQueryHandler(watch_handlers.watch_button, pattern=WATCH_CALLBACK_PATTERN)
    )
    application.add_handler(
        CallbackQueryHandler(handlers.language_button, pattern=LANGUAGE_CALLBACK_PATTERN)
    )
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(InlineQueryHandler(handlers.inline_query))
    application.add_error_handler(handlers.error_handler)
    return application


def run(args: argparse.Namespace) -> int:
    """``statements-bot run``: check settings, load the index, then poll or serve a webhook."""
    from pathlib import Path

    try:
        settings = settings_from_env(data_dir=Path(args.data) if args.data else None)
    except ConfigError as exc:
        print(f"statements-bot run: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.token)
    opt_into_library_behaviour()
    service = make_service(settings)
    try:
        report = service.start()
    except CorpusError as exc:
        print(f"statements-bot run: {exc}", file=sys.stderr)
        return 2
    logger.info(
        "serving %d documents, %d passages (%d files skipped)",
        report.documents,
        report.passages,
        len(report.rejected),
    )
    # The index's objects live as long as the process: keep them out of the cyclic garbage
    # collector's full passes, which otherwise pause answering for 40-90 ms at 1M passages.
    gc.collect()
    gc.freeze()
    application = build_application(settings, service)
    try:
        # bootstrap_retries=-1: if Telegram is unreachable at start, keep trying (with back-off)
        # rather than exit; a rejected token still stops at once.
        if args.webhook:
            secret = settings.webhook_secret or secrets.token_urlsafe(32)
            application.run_webhook(
                listen=args.listen,
                port=args.port,
                url_path="telegram",
                webhook_url=args.webhook,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
                bootstrap_retries=-1,
            )
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)
    except InvalidToken:
        print("statements-bot run: Telegram rejected TELEGRAM_BOT_TOKEN", file=sys.stderr)
        return 2
    return 0
