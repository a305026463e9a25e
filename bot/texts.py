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

<b>Alerts</b>
• <code>/watch Lavrov ICC</code>: when a new transcript has a passage that answers it, I send you the quote (any query above works, except dates: alerts look forward)
• <code>/watch speaker:zakharova</code> or <code>/watch Zakharova</code>: a message whenever she speaks in a new transcript
• /watches lists this chat's watches and when each last fired; <code>/unwatch ID</code> removes one
In groups, only the group's administrators can add or remove watches.

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


# --- alerts (/watch, /watches, /unwatch) ----------------------------------------------------------

WATCH_USAGE = (
    "What should I watch for? For example: <code>/watch Lavrov ICC</code>, "
    "<code>/watch sanctions lang:ru</code> or <code>/watch speaker:zakharova</code>."
)
WATCH_DATE = (
    "Alerts look forward, so a watch takes no dates: leave the date out and I will send what "
    "is said from now on. To search the past, ask the question instead."
)
WATCH_NO_TERMS = (
    "What should I watch for? Add a few words or a speaker, for example: "
    "<code>/watch Lavrov ICC</code> or <code>/watch speaker:zakharova</code>."
)
WATCH_BAD_QUERY = "I could not read that watch: {detail}."
WATCH_LIMIT = (
    "This chat already has {limit} watches, the most I keep for one chat. "
    "Remove one first: /watches lists them, <code>/unwatch ID</code> removes one."
)
WATCHES_OFF = "Alerts are switched off on this bot."
WATCH_ADDED = (
    "Watching <b>#{id}</b>: {summary}\nWhen a new transcript has a passage that answers it, "
    "I will send it here. /watches lists this chat's watches."
)
WATCH_ADDED_SPEAKER = (
    "Watching <b>#{id}</b>: {summary}\nWhenever a new transcript has {speaker} speaking, I will "
    "send it here with the first of their words. /watches lists this chat's watches."
)
WATCH_EXISTS = "This chat already watches that: <b>#{id}</b> {summary}"
WATCH_ADMINS_ONLY = (
    "In a group, only its administrators can add or remove watches. "
    "Anyone can see them with /watches."
)
WATCHES_NONE = "This chat has no watches. Start one with <code>/watch your query</code>."
WATCHES_HEADING = "<b>Watches in this chat</b> ({count} of {limit})"
WATCH_LINE = "<b>#{id}</b> {summary}\n    last fired: {fired}"
NEVER_FIRED = "never"
WATCHES_FOOTER = "Remove one with the buttons below or <code>/unwatch ID</code>."
UNWATCH_USAGE = "Which watch? Send <code>/unwatch ID</code>; /watches lists them with their ids."
UNWATCH_DONE = "Stopped watching <b>#{id}</b>: {summary}"
UNWATCH_UNKNOWN = "This chat has no watch #{id}. /watches lists its watches."
WATCH_GONE = "That watch has been removed."
HELD_NONE = "Nothing more from that change: you have seen all of it."
ALERT_HEADING = "🔔 <b>#{id}</b> {summary}: new in the transcripts"
ALERT_SPEAKER_HEADING = "🔔 <b>#{id}</b> {speaker} speaks in a new transcript"
ALERT_MORE_BUTTON = "More ({count})"
ALERT_REST_BUTTON = "All their words here ({count})"
WATCH_REMOVE_BUTTON = "Remove #{id}"
REST_HEADING = "{speaker} in this transcript"
WATCH_JOURNALISTS = "journalists' questions"
WATCH_WITHOUT = "without {word}"
WATCH_LANGUAGE = {"en": "in English", "ru": "in Russian"}
