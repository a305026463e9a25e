"""Fixed texts the bot sends (Telegram HTML)."""

from __future__ import annotations

import html

#: Longer questions are refused with a hint rather than searched.
MAX_QUESTION_CHARS = 500

START = (
    "Hello! I quote official statements: ask me what was said, and I reply with the exact "
    "words, who said them, when and where, from the Russian Foreign Ministry's transcripts.\n\n"
    "Try: <i>What did Lavrov say about the ICC?</i>\n\n/help shows what else I understand."
)

HELP = """<b>Ask in plain words</b>, in English or Russian:
• What did Lavrov say about the ICC?
• Zakharova on sanctions in 2021
• Что сказал Лавров о санкциях?

<b>Narrow it down</b>
• a speaker: <code>Lavrov</code>, <code>Zakharova</code>, or <code>speaker:zakharova</code>
• journalists' questions: <code>speaker:question</code> or “what the journalist asked about …”
• dates: <code>in 2021</code>, <code>in May 2019</code>, <code>since 2020</code>, <code>before 2019</code>, <code>from:2021-01-01 to:2021-06-30</code>
• an exact phrase: <code>"Rome Statute"</code>; leave a word out: <code>-Syria</code>
• one language: <code>lang:ru</code> or <code>lang:en</code>

Under each answer: <b>Full answer</b> shows the whole reply it came from, <b>Context</b> the passages around it, <b>More</b> the next results.

<b>Commands</b>
/ask <i>question</i> · /sources (transcripts loaded) · /speakers · /help

<b>In groups</b> I only see commands and messages addressed to me: use <code>/ask your question</code>, mention me, or reply to one of my messages.

<b>Anywhere</b>: type <code>@{username} icc</code> in any chat to pick a quote and post it."""

ADMIN_ONLY = "Sorry, that is for the bot's administrators only."
NOT_A_QUESTION = (
    "Send me a question in words, for example: <i>What did Lavrov say about the ICC?</i>"
)
INTERNAL_ERROR = "Sorry, something went wrong on my side. Please try again in a moment."
STALE_BUTTON = "That answer is too old for this button. Please ask again."
GONE_PASSAGE = "That passage is no longer in the transcripts I hold."


def help_text(username: str) -> str:
    return HELP.replace("{username}", html.escape(username or "this_bot"))


def too_long(length: int) -> str:
    return (
        f"That is a long question ({length} characters). Ask in under {MAX_QUESTION_CHARS}: "
        "the key words are enough, e.g. <i>Lavrov sanctions 2022</i>."
    )


def slow_down(seconds: float) -> str:
    return f"You are asking faster than I can answer. Please wait {max(1, round(seconds))} s and ask again."


# --- importing transcripts (admins) ---------------------------------------------------------

ADMIN_HELP = """<b>For administrators</b>
• send one or more links to transcript pages (mid.ru, kremlin.ru, a mirror): I fetch them, keep the statement with its speakers, title, date and link, and reload — ask about them a minute later
• send a saved page as an <code>.html</code> document, or a transcript as a <code>.txt</code> document
• /reload re-reads the data folder · /stats corpus and latency · /feeds the RSS/Atom feeds polled for new transcripts"""

SEND_TXT_OR_HTML = (
    "Refused: send a transcript as a <code>.txt</code> file, or a saved page as <code>.html</code>."
)
LINKS_ARE_FOR_ADMINS = (
    "Only the bot's administrators add sources. Ask me a question in words instead, "
    "for example: <i>What did Lavrov say about the ICC?</i>"
)
IMPORT_ASK_HINT = "Ask about it now, e.g. <i>What did {speaker} say about …?</i> — /sources lists the transcripts."
IMPORT_NOTHING_NEW = "Nothing new was added, so the index is unchanged."
NO_FEEDS = "No feeds are configured. Set <code>FEEDS</code> (comma-separated RSS/Atom links) and restart the bot."


def too_many_links(limit: int) -> str:
    return f"Send at most {limit} links at a time; nothing was imported."


def help_text_for(username: str, admin: bool) -> str:
    """/help, with the administrators' part for administrators."""
    text = help_text(username)
    return f"{text}\n\n{ADMIN_HELP}" if admin else text


#: How each import outcome is headed in the administrator's report.
IMPORT_STATUS = {"imported": "Imported", "skipped": "Skipped", "refused": "Refused"}


def import_reloaded(seconds: float, documents: int, passages: int) -> str:
    return f"Reloaded in {seconds:.1f} s: {documents} documents, {passages} passages."


def import_reload_failed(error_html: str) -> str:
    return f"The files are saved, but the reload failed: {error_html}. /reload tries again."


def feeds_heading(interval_minutes: float) -> str:
    return f"<b>Feeds</b> (polled every {interval_minutes:g} min)"


def file_too_large(limit_mb: int) -> str:
    return f"Refused: the file is larger than {limit_mb} MB."


def could_not_download(error_html: str) -> str:
    return f"Could not download the file: {error_html}"
