"""Bot-wide state, typed, kept in ``context.bot_data`` (no globals)."""

from __future__ import annotations

import asyncio

from telegram import User
from telegram.ext import CallbackContext, ExtBot

from bot.alerts import Alerts
from bot.config import Settings
from bot.feeds import FeedPoller
from bot.importer import Importer
from bot.keyboards import RecentQuestions
from bot.languages import LanguageStore
from bot.ratelimit import UserRateLimiter
from bot.service import AnswerService
from bot.statedb import StateDB
from bot.watches import WatchStore


class BotState:
    """What every handler may need: the answer service, settings and small caches.

    PTB creates it empty (``ContextTypes(bot_data=BotState)``); ``app.build_application`` fills it.
    """

    service: AnswerService
    settings: Settings
    limiter: UserRateLimiter
    inline_limiter: UserRateLimiter
    #: Durable state shared by features (feeds, watches, user language): see bot/statedb.py.
    db: StateDB
    #: Imports links, saved pages and feed entries into the data folder (bot/importer.py).
    importer: Importer
    #: Polls ``FEEDS`` (None when none are configured) and the task that starts it.
    feeds: FeedPoller | None
    feed_task: asyncio.Task[None] | None
    #: Users' and groups' interface languages (/language), in ``db``.
    languages: LanguageStore
    #: Watches (/watch) and their outbox, in ``db``.
    watches: WatchStore
    #: Runs the watches after every reload and delivers what they find.
    alerts: Alerts

    def __init__(self) -> None:
        self.recent = RecentQuestions()
        self.feeds = None
        self.feed_task = None

    def is_admin(self, user: User | None) -> bool:
        """Checks the numeric user id, never the username, which anyone can change."""
        return user is not None and user.id in self.settings.admin_ids


Context = CallbackContext[ExtBot[None], dict, dict, BotState]  # type: ignore[type-arg]
