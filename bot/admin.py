"""Admin-only commands: /reload, /stats, and transcripts sent as .txt documents.

(Saved ``.html`` pages sent as documents are imported by ``bot/import_handlers.py``.)
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import logging
import re
import time
from pathlib import Path

from telegram import Update

from bot.datafiles import MAX_UPLOAD_BYTES, save_upload, validate_upload
from bot.handlers import download_document, language, send_html
from bot.i18n import Language, texts_for
from bot.service import ReloadFailed, ReloadInProgress, ReloadReport
from bot.state import Context
from retrieval.corpus import CorpusError

logger = logging.getLogger(__name__)

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def is_admin(update: Update, context: Context) -> bool:
    """Checks the numeric user id, never the username, which anyone can change."""
    return context.bot_data.is_admin(update.effective_user)


async def refuse(update: Update, context: Context, what: str) -> None:
    user = update.effective_user
    logger.warning("refused %s from user %s", what, user.id if user else None)
    if update.effective_message:
        lang = await language(update, context)
        await send_html(update.effective_message, [html.escape(texts_for(lang).ADMIN_ONLY)])


def _shown(name: str) -> str:
    """A file name fit for a message: one that is not UTF-8 shows ``?`` for each bad byte."""
    return html.escape(name.encode("utf-8", "replace").decode("utf-8"))


def format_report(report: ReloadReport, lang: Language = "en") -> str:
    t = texts_for(lang)
    lines = [
        t.RELOADED.format(
            seconds=f"{report.seconds:.2f}",
            documents=report.documents,
            passages=report.passages,
            speakers=report.speakers,
        ),
        t.RELOAD_CHANGES.format(
            documents_added=len(report.documents_added),
            documents_removed=len(report.documents_removed),
            passages_added=report.passages_added,
            passages_removed=report.passages_removed,
        ),
    ]
    for name in report.documents_added[:20]:
        lines.append(f"+ {_shown(name)}")
    for name in report.documents_removed[:20]:
        lines.append(f"− {_shown(name)}")
    if report.rejected:
        lines.append(t.RELOAD_SKIPPED.format(count=len(report.rejected)))
        lines.extend(f"• {_shown(r.name)}: {_shown(r.reason)}" for r in report.rejected[:30])
    if report.kept_previous:
        lines.append(t.RELOAD_KEPT.format(names=_shown(", ".join(report.kept_previous))))
    return "\n".join(lines)


async def _reload(context: Context, lang: Language) -> str:
    service = context.bot_data.service
    t = texts_for(lang)
    try:
        # The build runs in a worker thread so questions keep being answered meanwhile.
        report = await asyncio.to_thread(service.reload)
    except ReloadInProgress:
        return t.RELOAD_RUNNING
    except (CorpusError, ReloadFailed, OSError) as exc:
        logger.error("reload failed: %s", exc)
        docs = service.document_count()
        return t.RELOAD_FAILED.format(error=_shown(str(exc)), documents=docs)
    return format_report(report, lang)


async def reload_command(update: Update, context: Context) -> None:
    """/reload: re-read the data folder and swap in the new index."""
    if not is_admin(update, context):
        await refuse(update, context, "/reload")
        return
    if update.effective_message:
        lang = await language(update, context)
        await send_html(update.effective_message, [await _reload(context, lang)])


async def stats_command(update: Update, context: Context) -> None:
    """/stats: corpus size, last reload, queries served, latency percentiles."""
    if not is_admin(update, context):
        await refuse(update, context, "/stats")
        return
    lang = await language(update, context)
    t = texts_for(lang)
    service = context.bot_data.service
    stats = service.stats
    documents, passages, speakers = service.corpus_size()
    last = (
        time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(stats.last_reload))
        if stats.last_reload
        else t.NEVER
    )
    took = f" ({stats.last_report.seconds:.2f} s)" if stats.last_report else ""

    def ms(q: float) -> str:
        value = stats.percentile(q)
        return "–" if value is None else f"{value:.1f} ms"

    lines = [
        t.STATS_HEADING,
        t.STATS_CORPUS.format(documents=documents, passages=passages, speakers=speakers),
        t.STATS_RELOAD.format(last=last, took=took, skipped=len(service.rejected)),
        t.STATS_QUERIES.format(queries=stats.queries, answered=stats.answered),
        t.STATS_LATENCY.format(p50=ms(50), p95=ms(95), p99=ms(99)),
    ]
    if update.effective_message:
        await send_html(update.effective_message, ["\n".join(lines)])


def safe_filename(name: str | None) -> str | None:
    """A plain ``something.txt`` inside the data folder, or None if the name can't be made safe."""
    if not name:
        return None
    base = name.replace("\x00", "").replace("\\", "/").split("/")[-1]
    stem, dot, ext = base.rpartition(".")
    if not dot or ext.lower() != "txt":
        return None
    stem = _SAFE_NAME.sub("_", stem).strip("._-")[:100]
    if not stem:
        # A name in another script ("брифинг.txt") leaves nothing: name the file by a hash.
        digest = hashlib.blake2b(base.encode("utf-8", "surrogatepass"), digest_size=4)
        stem = f"upload-{digest.hexdigest()}"
    return f"{stem}.txt"


async def document(update: Update, context: Context) -> None:
    """A .txt sent by an admin: validate, save into the data folder, reindex."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    if not is_admin(update, context):
        await refuse(update, context, f"upload of {message.document.file_name!r}")
        return
    lang = await language(update, context)
    t = texts_for(lang)
    doc = message.document
    name = safe_filename(doc.file_name)
    if name is None:
        await send_html(message, [t.SEND_TXT_OR_HTML])
        return
    data = await download_document(message, t, MAX_UPLOAD_BYTES)
    if data is None:
        return
    # Parsing megabytes takes seconds: off the event loop, so other users keep getting replies.
    reason = await asyncio.to_thread(validate_upload, data, name)
    if reason:
        refused = t.UPLOAD_REFUSED.format(name=html.escape(name), reason=html.escape(reason))
        await send_html(message, [refused])
        return
    data_dir: Path = context.bot_data.settings.data_dir
    try:
        await asyncio.to_thread(save_upload, data_dir, name, data)
    except OSError as exc:
        logger.error("could not save upload %s: %s", name, exc)
        why = html.escape(exc.strerror or str(exc))
        await send_html(message, [t.COULD_NOT_SAVE.format(name=html.escape(name), reason=why)])
        return
    logger.info(
        "admin %s saved %s (%d bytes)",
        update.effective_user.id if update.effective_user else None,
        name,
        len(data),
    )
    saved = t.SAVED.format(name=html.escape(name))
    await send_html(message, [f"{saved}\n{await _reload(context, lang)}"])
