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

<b>Check a quote</b>: /verify <i>the quote as reported</i> (or paste it in quotation marks) — exact, close (the differing words marked) or not found. About the words only, never their meaning.

<b>See when it was said</b>: /trend <i>sanctions</i> — a chart per month or year, per 1,000 passages; up to 3 terms: <code>/trend NATO, EU, UN</code>; filters work too.

<b>Commands</b>
/ask <i>question</i> · /verify <i>quote</i> · /trend <i>words</i> · /sources (transcripts loaded) · /speakers · /help

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


# --- quote check (/verify) and trends (/trend) ---------------------------------------------------

VERIFY_USAGE = (
    "Send the quote as the media reported it: <code>/verify We will never accept this</code>. "
    "I find where it is in the transcripts and how its words differ. "
    "In a private chat you can also just paste it in quotation marks."
)
VERIFY_EXACT = "✅ <b>Exact quote</b>: these words are in the transcript."
VERIFY_WORDS_ONLY = "<i>The check is about the words only, not their meaning.</i>"
VERIFY_TOO_SHORT = "That is too short to check: paste at least {min_words} words of the quote."
VERIFY_TOO_LONG = "That quote is {words} words long: check up to {max_words} words at a time."
VERIFY_NO_TERMS = (
    "Those are all very common words, so I cannot tell where they were said. "
    "Paste a longer part of the quote, with names or key words."
)
VERIFY_NOT_FOUND = (
    "❌ <b>Not found</b>: nothing in the {documents} transcript{s} I hold has these words "
    "(or close to them). Check the names' spelling, or paste a longer part of the quote; "
    "a translated quote can only be found in the language of the transcript."
)
TREND_USAGE = (
    "Tell me what to count: <code>/trend sanctions</code>, "
    "<code>/trend NATO, EU, UN</code> (up to 3 terms), "
    "<code>/trend ICC speaker:lavrov since 2020</code>. I send a chart of how often it was "
    "said per month or year."
)
TREND_NO_MATCH = "No passage in the {documents} transcript{s} I hold mentions {terms}{limits}."
TREND_NO_DATES = (
    "None of the transcripts within those filters has a date, so there is nothing to chart."
)
TREND_FOOTER = "Per 1,000 passages of each {unit}; journalists' questions not counted."


def verify_close(words: int) -> str:
    return f"≈ <b>Close</b>: {words} word{'s' if words != 1 else ''} differ{'s' if words == 1 else ''} from the transcript."


def verify_cuts(words: int) -> str:
    return f"{words} word{'s' if words != 1 else ''} left out where the quote marks a cut (…)."


def verify_also(count: int) -> str:
    return f"Also said in {count} other passage{'s' if count != 1 else ''}:"


#: One line per difference in a close quote; ``{quote}`` and ``{passage}`` are the words.
DIFFERENCE_LINES = {
    "replaced": "“{quote}” instead of “{passage}”",
    "added": "adds “{quote}”",
    "omitted": "leaves out “{passage}” without marking the cut",
    "moved": "“{quote}” stands elsewhere in the sentence",
}
DIFFERENCES_HEADING = "How the quote differs:"
TREND_BAD_QUERY = "I could not read that: {error}."
TREND_UNDATED = "({undated} undated, not on the chart)"
TREND_FIRST = "First"
TREND_LAST = "Last"
TREND_MOST = "Most"
TREND_BY = "by {speakers}"
TREND_BETWEEN = "between {start} and {end}"
TREND_SINCE_START = "the start"
TREND_UNTIL_NOW = "now"
CHART_TITLE = "Mentions per 1,000 passages, by {unit}"
CHART_Y_LABEL = "per 1,000 passages"
CHART_NO_DATA = "grey: no transcripts"
#: Month names on a chart's time axis.
CHART_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def passages_count(count: int) -> str:
    return f"{count:,} passage{'s' if count != 1 else ''}"


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

# --- closest and unchecked passages (shown apart from answers) -----------------------------------

#: Heading over the closest passages when none answers the question.
CLOSEST_HEADING = "Closest passages (they do not answer the question; check before quoting):"
#: Heading over passages that would answer but that a date or speaker filter cannot check.
UNCHECKED_HEADING = "Related passages that your filters could not be checked against:"
#: Under such a passage, per filter it could not be checked against.
UNCHECKED_NOTES = {
    "date": "Its page states no date: it may fall outside the dates you asked for.",
    "speaker": "Its speaker is not identified on the page.",
}
