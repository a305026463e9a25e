"""Alerts: run the watches after every change of the corpus and deliver what they find.

The hook is one listener on :class:`~bot.service.AnswerService`: every successful reload
(``/reload``, an admin's upload, an import, a feed round) calls :meth:`Alerts.on_reload` with
its report, from whatever thread reloaded. The listener only hands the report's new passage ids
to the event loop; one worker task then evaluates every watch in a thread
(:func:`bot.watches.evaluate`, which queues messages in the durable outbox) and delivers the
outbox through the bot's flood limiter as background messages
(:data:`bot.flood.BACKGROUND`): they take a sending slot only when no reply is waiting.

A chat that blocked the bot or no longer exists has its watches dropped (and logged); a group
that became a supergroup keeps its watches under the new id.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    RetryAfter,
    TelegramError,
)
from telegram.ext import ExtBot

from bot.flood import BACKGROUND, retry_seconds
from bot.i18n import Language
from bot.keyboards import alert_keyboard
from bot.service import AnswerService, ReloadReport
from bot.watch_formatting import format_quotes_alert, format_speaker_alert
from bot.watches import Evaluation, Found, Kind, Outgoing, WatchStore, evaluate

__all__ = ["Alerts", "render"]

logger = logging.getLogger(__name__)

#: Outbox rows read at a time; between batches a new change is evaluated first.
BATCH = 200
#: Chats delivered to at once. Under the flood limiter they wait there for a free slot (64 in
#: flight keep 30/s busy with room to spare); without it, a few, so replies keep a connection.
CONCURRENT_CHATS_CAPPED = 64
CONCURRENT_CHATS_UNCAPPED = 4
#: A message that failed this many times (network errors, flood waits) is given up and logged.
MAX_ATTEMPTS = 5
#: Pause before retrying when a whole batch failed for passing reasons (Telegram down).
RETRY_PAUSE_S = 5.0
#: Longest flood wait honoured at once (as for replies: bot/handlers.py).
MAX_FLOOD_WAIT_S = 60.0


def render(
    service: AnswerService, item: Outgoing, lang: Language = "en"
) -> list[tuple[list[str], InlineKeyboardMarkup | None]]:
    """An outbox row as messages (text chunks, keyboard under the last); empty when every
    passage it names has left the corpus since it was found."""
    return render_found(
        service,
        watch_id=item.watch_id,
        change_no=item.change_no,
        summary=item.summary,
        kind=item.kind,
        found=item.passages,
        held=item.held,
        lang=lang,
    )


def render_found(
    service: AnswerService,
    *,
    watch_id: int,
    change_no: int,
    summary: str,
    kind: str,
    found: Sequence[Found],
    held: int,
    lang: Language = "en",
) -> list[tuple[list[str], InlineKeyboardMarkup | None]]:
    """Found passages as alert messages: one for quotes, one per document for a speaker."""
    present = [(p, spans) for pid, spans in found if (p := service.passage(pid)) is not None]
    if not present:
        return []
    if kind == Kind.QUOTES:
        keyboard = alert_keyboard(
            watch_id,
            change_no,
            quotes=[p for p, _ in present],
            held=held,
            language=lang,
            other=service.other_version_language,
        )
        return [(format_quotes_alert(watch_id, summary, present, lang), keyboard)]
    messages = []
    for number, (passage, _) in enumerate(present, 1):
        theirs = len(service.speaker_in_document(passage.id))
        keyboard = alert_keyboard(
            watch_id,
            change_no,
            rest=(passage.id, theirs),
            held=held if number == len(present) else 0,
            language=lang,
        )
        messages.append((format_speaker_alert(watch_id, passage, lang), keyboard))
    return messages


class Alerts:
    """Evaluates watches after corpus changes and delivers the outbox, in one worker task.

    Args:
        service: The answer service whose reloads are watched.
        store: The watches and their outbox.
        chat_language: The language to write a chat's alerts in
            (:meth:`bot.languages.LanguageStore.for_chat`; read in a worker thread).
    """

    def __init__(
        self,
        service: AnswerService,
        store: WatchStore,
        chat_language: Callable[[int], Language] = lambda chat_id: "en",
    ) -> None:
        self.service = service
        self.store = store
        self.chat_language = chat_language
        self.last_evaluation: Evaluation | None = None
        self._bot: ExtBot[Any] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._pending_ids: list[str] = []
        self._changed = False

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self, bot: ExtBot[Any]) -> None:
        """Listen for reloads, catch up on what changed while the bot was down, deliver."""
        self._bot = bot
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self.service.add_reload_listener(self.on_reload)
        self._changed = True  # the catch-up: documents no evaluation has seen yet
        self._task = asyncio.create_task(self._run(), name="alerts")

    async def stop(self) -> None:
        """Stop listening and delivering; what is undelivered waits in the outbox."""
        self.service.remove_reload_listener(self.on_reload)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def on_reload(self, report: ReloadReport) -> None:
        """The service's reload listener: hand the change to the event loop (any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop is closing: the next start catches up
            loop.call_soon_threadsafe(self._note_change, report.added_passage_ids)

    def _note_change(self, passage_ids: Sequence[str]) -> None:
        self._pending_ids.extend(passage_ids)
        self._changed = True
        self._idle.clear()
        self._wake.set()

    async def wait_idle(self, timeout: float = 60.0) -> None:
        """Wait until every change is evaluated and the outbox is empty (tests, benchmarks)."""
        await asyncio.wait_for(self._idle.wait(), timeout)

    # --- the worker ---------------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            if self._changed:
                await self._evaluate()
            outcome = await self._deliver_batch()
            if outcome == "stalled":
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), RETRY_PAUSE_S)
                self._wake.clear()
            elif outcome == "empty" and not self._changed:
                self._idle.set()
                await self._wake.wait()
                self._wake.clear()

    async def _evaluate(self) -> None:
        ids, self._pending_ids, self._changed = self._pending_ids, [], False
        try:
            self.last_evaluation = await asyncio.to_thread(self._evaluate_now, ids)
        except Exception:  # a bug here must not stop deliveries; the next start retries
            logger.exception("evaluating watches failed")

    def _evaluate_now(self, passage_ids: Sequence[str]) -> Evaluation:
        known = self.store.known_documents()
        if known is None:  # the first start ever: what is here now is not news to anyone
            known = self.service.index.document_ids()
        return evaluate(self.store, self.service.corpus_change(passage_ids, known))

    async def _deliver_batch(self) -> str:
        """Deliver one batch of the outbox: ``"empty"``, ``"sent"`` or ``"stalled"``."""
        items = await asyncio.to_thread(self.store.outbox, BATCH)
        if not items:
            return "empty"
        by_chat: dict[int, list[Outgoing]] = {}
        for item in items:
            by_chat.setdefault(item.chat_id, []).append(item)
        bot = self._bot
        assert bot is not None
        capped = bot.rate_limiter is not None
        gate = asyncio.Semaphore(CONCURRENT_CHATS_CAPPED if capped else CONCURRENT_CHATS_UNCAPPED)
        progress: list[bool] = []

        async def chat_worker(queue: list[Outgoing]) -> None:
            async with gate:
                for item in queue:
                    done = await self._deliver(item)
                    progress.append(done)
                    if not done:  # keep this chat's order: the rest waits for the next round
                        return

        await asyncio.gather(*(chat_worker(queue) for queue in by_chat.values()))
        return "sent" if any(progress) else "stalled"

    async def _deliver(self, item: Outgoing) -> bool:
        """Send one outbox row; True when it has left the outbox (sent, or given up)."""
        try:
            lang = await asyncio.to_thread(self.chat_language, item.chat_id)
            for chunks, keyboard in render(self.service, item, lang):
                await self._send(item.chat_id, chunks, keyboard)
        except (Forbidden, BadRequest) as exc:
            if isinstance(exc, Forbidden) or "chat not found" in exc.message.lower():
                dropped = await asyncio.to_thread(self.store.drop_chat, item.chat_id)
                logger.warning(
                    "chat %s is gone or blocked the bot (%s): dropped its %d watch(es)",
                    item.chat_id,
                    exc.message,
                    dropped,
                )
            else:
                logger.error("alert %d to chat %s refused: %s", item.id, item.chat_id, exc)
                await asyncio.to_thread(self.store.discard, item)
            return True
        except ChatMigrated as exc:
            new_id = exc.new_chat_id
            moved = await asyncio.to_thread(self.store.move_chat, item.chat_id, new_id)
            logger.info("chat %s is now %s: %d watch(es) moved", item.chat_id, new_id, moved)
            if item.chat_id == new_id:  # never loop on a server that says so
                return False
            return await self._deliver(dataclasses.replace(item, chat_id=new_id))
        except RetryAfter as exc:
            # The limiter has already retried; Telegram wants the whole bot to pause.
            await asyncio.sleep(min(retry_seconds(exc.retry_after), MAX_FLOOD_WAIT_S))
            return False
        except TelegramError as exc:  # a network error, a timeout, a 5xx: passing, retried
            attempts = await asyncio.to_thread(self.store.failed, item)
            what = f"alert {item.id} to chat {item.chat_id}"
            if attempts < MAX_ATTEMPTS:
                logger.warning("%s failed (%s); will retry", what, exc)
                return False
            logger.error("%s failed %d times (%s): given up", what, attempts, exc)
            await asyncio.to_thread(self.store.discard, item)
            return True
        await asyncio.to_thread(self.store.delivered, item)
        return True

    async def _send(
        self, chat_id: int, chunks: list[str], keyboard: InlineKeyboardMarkup | None
    ) -> None:
        bot = self._bot
        assert bot is not None
        # Background: under the flood limiter an alert never takes a reply's slot.
        extra: dict[str, Any] = {"rate_limit_args": BACKGROUND} if bot.rate_limiter else {}
        for number, chunk in enumerate(chunks, 1):
            await bot.send_message(
                chat_id, chunk, reply_markup=keyboard if number == len(chunks) else None, **extra
            )
