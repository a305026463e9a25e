"""The bot's fixed texts in English (see :mod:`bot.i18n.catalogue` for the fields)."""

from __future__ import annotations

from bot.i18n.catalogue import Plural, Texts

__all__ = ["TEXTS"]

TEXTS = Texts(
    # --- commands, help, refusals -------------------------------------------------------------
    COMMANDS={
        "ask": "Ask a question (in groups: /ask your question)",
        "watch": "Alert this chat when new transcripts answer a query",
        "watches": "This chat's watches",
        "unwatch": "Stop a watch: /unwatch ID",
        "sources": "Transcripts loaded, newest first",
        "speakers": "Who can be quoted",
        "verify": "Check a quote against the transcripts",
        "trend": "Chart how often something was said",
        "language": "Choose English or Russian",
        "help": "Examples and query syntax",
    },
    START=(
        "Hello! I quote official statements: ask me what was said, and I reply with the exact "
        "words, who said them, when and where, from the Russian Foreign Ministry's transcripts.\n\n"
        "Try: <i>What did Lavrov say about the ICC?</i>\n\n/help shows what else I understand; "
        "/language switches to Russian."
    ),
    HELP="""<b>Ask in plain words</b>, in English or Russian:
• What did Lavrov say about the ICC?
• Zakharova on sanctions in 2021
• Что сказал Лавров о санкциях?
A question in one language also finds quotes in the other: names of people, countries, cities and organisations cross (the quote stays in the language it was said in, and I say so).

<b>Narrow it down</b>
• a speaker: <code>Lavrov</code>, <code>Zakharova</code>, or <code>speaker:zakharova</code>
• journalists' questions: <code>speaker:question</code> or “what the journalist asked about …”
• dates: <code>in 2021</code>, <code>in May 2019</code>, <code>since 2020</code>, <code>before 2019</code>, <code>from:2021-01-01 to:2021-06-30</code>
• an exact phrase: <code>"Rome Statute"</code>; leave a word out: <code>-Syria</code>
• one language: <code>lang:ru</code> or <code>lang:en</code>

Under each answer: <b>Full answer</b> shows the whole reply it came from, <b>Context</b> the passages around it, <b>More</b> the next results, and <b>Оригинал (RU)</b> / <b>English version</b> the same place in the other language's transcript of the event, when I hold both.

<b>Check a quote</b>: /verify <i>the quote as reported</i> (or paste it in quotation marks) — exact, close (the differing words marked) or not found. About the words only, never their meaning.

<b>See when it was said</b>: /trend <i>sanctions</i> — a chart per month or year, per 1,000 passages; up to 3 terms: <code>/trend NATO, EU, UN</code>; filters work too.

<b>Commands</b>
/ask <i>question</i> · /verify <i>quote</i> · /trend <i>words</i> · /sources (transcripts loaded) · /speakers · /language (English or Russian) · /help

<b>Alerts</b>
• <code>/watch Lavrov ICC</code>: when a new transcript has a passage that answers it, I send you the quote (any query above works, except dates: alerts look forward)
• <code>/watch speaker:zakharova</code> or <code>/watch Zakharova</code>: a message whenever she speaks in a new transcript
• /watches lists this chat's watches and when each last fired; <code>/unwatch ID</code> removes one
In groups, only the group's administrators can add or remove watches.

<b>In groups</b> I only see commands and messages addressed to me: use <code>/ask your question</code>, mention me, or reply to one of my messages.

<b>Anywhere</b>: type <code>@{username} icc</code> in any chat to pick a quote and post it.""",
    ADMIN_HELP="""<b>For administrators</b>
• send one or more links to transcript pages (mid.ru, kremlin.ru, a mirror): I fetch them, keep the statement with its speakers, title, date and link, and reload — ask about them a minute later
• send a saved page as an <code>.html</code> document, or a transcript as a <code>.txt</code> document
• /reload re-reads the data folder · /stats corpus and latency · /feeds the RSS/Atom feeds polled for new transcripts""",
    ADMIN_ONLY="Sorry, that is for the bot's administrators only.",
    NOT_A_QUESTION=(
        "Send me a question in words, for example: <i>What did Lavrov say about the ICC?</i>"
    ),
    INTERNAL_ERROR="Sorry, something went wrong on my side. Please try again in a moment.",
    STALE_BUTTON="That answer is too old for this button. Please ask again.",
    GONE_PASSAGE="That passage is no longer in the transcripts I hold.",
    TOO_LONG=(
        "That is a long question ({length} characters). Ask in under {limit}: "
        "the key words are enough, e.g. <i>Lavrov sanctions 2022</i>."
    ),
    SLOW_DOWN="You are asking faster than I can answer. Please wait {seconds} s and ask again.",
    UNKNOWN_COMMAND="I don't know that command. /help lists what I do.",
    LANGUAGE_PROMPT=(
        "Which language should I speak? Quotes always stay in the language they were said in."
    ),
    LANGUAGE_SET="From now on I speak English to you. /language changes it again.",
    LANGUAGE_GROUP_SET="From now on I speak English in this group. /language changes it again.",
    LANGUAGE_ADMINS_ONLY="In a group, only its administrators choose the language I speak there.",
    # --- answers ------------------------------------------------------------------------------
    DATE_UNKNOWN="date unknown",
    DATE_YEAR_NOT_STATED="{day} {month} (year not stated)",
    IN_REPLY_TO="<i>In reply to:</i>",
    IN_LANGUAGE={"en": "in English", "ru": "in Russian"},
    EVENTS={
        "news_conference": "news conference",
        "briefing": "briefing",
        "interview": "interview",
        "remarks": "remarks",
        "statement": "statement",
        "speech": "speech",
        "article": "article",
        "meeting": "meeting",
        "talks": "talks",
        "comment": "comment",
        "address": "address",
        "answers": "answers to questions",
    },
    EXAMPLE_QUESTION="What did Lavrov say about the ICC?",
    NO_ANSWER=(
        "Nothing in the {documents} I hold answers “{question}”. Try other words or a synonym, "
        "name the speaker (“Lavrov”, “Zakharova”), or drop a filter."
    ),
    NO_ANSWER_BAD_QUERY="I could not read that query: {error}.",
    CLOSEST_HEADING="Closest passages (they do not answer the question; check before quoting):",
    UNCHECKED_HEADING="Related passages that your filters could not be checked against:",
    UNCHECKED_NOTES={
        "date": "Its page states no date: it may fall outside the dates you asked for.",
        "speaker": "Its speaker is not identified on the page.",
        "year": (
            "Its page states the day and month but not the year: it may fall outside the "
            "dates you asked for."
        ),
    },
    NO_ANSWER_NO_TERMS="What topic should I look for? Add a few words, for example: “{example}”.",
    NO_ANSWER_NO_TERMS_SPEAKER=(
        "What topic should I look for by {speakers}? Add a few words, for example: “{example}”."
    ),
    NO_ANSWER_FILTERED=(
        "Those words occur in the transcripts, but not {where}. "
        "Try without a filter, or with a wider date range."
    ),
    FILTER_BY="by {speakers}",
    FILTER_OR=" or ",
    FILTER_BETWEEN="between {start} and {end}",
    FILTER_SINCE_START="the start",
    FILTER_UNTIL_NOW="now",
    FILTER_PHRASE="with the exact phrase {phrases}",
    FILTER_QUESTIONS="among journalists' questions",
    FILTER_ANY="within your filters",
    DOCUMENTS_HELD=Plural("{n} transcript", "{n} transcripts", "{n} transcripts"),
    PASSAGES=Plural("{n} passage", "{n} passages", "{n} passages"),
    SOURCES_HEADING=Plural(
        "<b>{n} transcript loaded</b>",
        "<b>{n} transcripts loaded</b>",
        "<b>{n} transcripts loaded</b>",
    ),
    SOURCES_LINE="{date} · {title} ({passages})",
    SOURCES_MORE=Plural("… and {n} older one.", "… and {n} older ones.", "… and {n} older ones."),
    SPEAKERS_HEADING="<b>Speakers</b>",
    SPEAKER_LINE="{name} — {passages}",
    FULL_ANSWER="Full answer",
    FULL_ANSWER_TO="Full answer to: {question}",
    CONTEXT="Context",
    BUTTON_FULL="Full answer {n}",
    BUTTON_CONTEXT="Context {n}",
    BUTTON_MORE="More",
    BUTTON_OTHER_VERSION={"ru": "Оригинал (RU)", "en": "English version"},
    OTHER_VERSION_HEADING={
        "ru": "The same place in the Russian original",
        "en": "The same place in the English version",
    },
    NO_OTHER_VERSION={
        "ru": "I hold no Russian version of this transcript.",
        "en": "I hold no English version of this transcript.",
    },
    # --- inline mode --------------------------------------------------------------------------
    INLINE_SLOW="Too many searches",
    INLINE_HINT_TITLE="Type a question",
    INLINE_HINT="e.g. What did Lavrov say about the ICC?",
    INLINE_TOO_LONG="Question too long",
    INLINE_NO_MATCHES="No matches",
    INLINE_NO_MATCHES_HINT="Try other words or fewer filters",
    INLINE_NOTHING_FOUND="No statements found for “{query}”.",
    # --- administrators -----------------------------------------------------------------------
    RELOADED=(
        "<b>Reloaded</b> in {seconds} s: {documents} documents, {passages} passages, "
        "{speakers} speakers."
    ),
    RELOAD_CHANGES=(
        "Documents added: {documents_added}, removed: {documents_removed}; "
        "passages added: {passages_added}, removed: {passages_removed}."
    ),
    RELOAD_SKIPPED="Skipped {count} file(s):",
    RELOAD_KEPT="Kept the previous version of: {names}",
    RELOAD_RUNNING="A reload is already running; try again when it finishes.",
    RELOAD_FAILED="Reload failed: {error}. Still serving the previous {documents} documents.",
    STATS_HEADING="<b>Stats</b>",
    STATS_CORPUS="Documents: {documents} · passages: {passages} · speakers: {speakers}",
    STATS_RELOAD="Last reload: {last}{took}; skipped files: {skipped}",
    STATS_QUERIES="Questions served: {queries} (answered: {answered})",
    STATS_LATENCY="Search latency p50 {p50} · p95 {p95} · p99 {p99}",
    NEVER="never",
    SEND_TXT_OR_HTML=(
        "Refused: send a transcript as a <code>.txt</code> file, or a saved page as "
        "<code>.html</code>."
    ),
    FILE_TOO_LARGE="Refused: the file is larger than {limit} MB.",
    COULD_NOT_DOWNLOAD="Could not download the file: {error}",
    UPLOAD_REFUSED="Refused {name}: {reason}.",
    COULD_NOT_SAVE="Could not save {name}: {reason}.",
    SAVED="Saved {name}.",
    LINKS_ARE_FOR_ADMINS=(
        "Only the bot's administrators add sources. Ask me a question in words instead, "
        "for example: <i>What did Lavrov say about the ICC?</i>"
    ),
    TOO_MANY_LINKS="Send at most {limit} links at a time; nothing was imported.",
    IMPORT_STATUS={"imported": "Imported", "skipped": "Skipped", "refused": "Refused"},
    IMPORT_LINE="{date} · {language} · {passages} · {speakers}",
    IMPORT_RELOADED="Reloaded in {seconds} s: {documents} documents, {passages} passages.",
    IMPORT_RELOAD_FAILED="The files are saved, but the reload failed: {error}. /reload tries again.",
    IMPORT_ASK_HINT=(
        "Ask about it now, e.g. <i>What did {speaker} say about …?</i> — /sources lists the "
        "transcripts."
    ),
    IMPORT_NOTHING_NEW="Nothing new was added, so the index is unchanged.",
    UNKNOWN="unknown",
    THE_SPEAKER="the speaker",
    NO_FEEDS=(
        "No feeds are configured. Set <code>FEEDS</code> (comma-separated RSS/Atom links) and "
        "restart the bot."
    ),
    FEEDS_HEADING="<b>Feeds</b> (polled every {minutes} min)",
    FEED_POLLS="last poll: {when} · new last time: {new} · imported in all: {total}",
    FEED_ERROR="last error: {error}",
    # --- quote check --------------------------------------------------------------------------
    VERIFY_USAGE=(
        "Send the quote as the media reported it: <code>/verify We will never accept this</code>. "
        "I find where it is in the transcripts and how its words differ. "
        "In a private chat you can also just paste it in quotation marks."
    ),
    VERIFY_EXACT="✅ <b>Exact quote</b>: these words are in the transcript.",
    VERIFY_CLOSE=Plural(
        "≈ <b>Close</b>: {n} word differs from the transcript.",
        "≈ <b>Close</b>: {n} words differ from the transcript.",
        "≈ <b>Close</b>: {n} words differ from the transcript.",
    ),
    VERIFY_CUTS=Plural(
        "{n} word left out where the quote marks a cut (…).",
        "{n} words left out where the quote marks a cut (…).",
        "{n} words left out where the quote marks a cut (…).",
    ),
    VERIFY_ALSO=Plural(
        "Also said in {n} other passage:",
        "Also said in {n} other passages:",
        "Also said in {n} other passages:",
    ),
    VERIFY_WORDS_ONLY="<i>The check is about the words only, not their meaning.</i>",
    VERIFY_TOO_SHORT="That is too short to check: paste at least {min_words} words of the quote.",
    VERIFY_TOO_LONG="That quote is {words} words long: check up to {max_words} words at a time.",
    VERIFY_NO_TERMS=(
        "Those are all very common words, so I cannot tell where they were said. "
        "Paste a longer part of the quote, with names or key words."
    ),
    VERIFY_NOT_FOUND=(
        "❌ <b>Not found</b>: nothing in the {documents} I hold has these words "
        "(or close to them). Check the names' spelling, or paste a longer part of the quote; "
        "a translated quote can only be found in the language of the transcript."
    ),
    DIFFERENCE_LINES={
        "replaced": "“{quote}” instead of “{passage}”",
        "added": "adds “{quote}”",
        "omitted": "leaves out “{passage}” without marking the cut",
        "moved": "“{quote}” stands elsewhere in the sentence",
    },
    DIFFERENCES_HEADING="How the quote differs:",
    # --- trends -------------------------------------------------------------------------------
    TREND_USAGE=(
        "Tell me what to count: <code>/trend sanctions</code>, "
        "<code>/trend NATO, EU, UN</code> (up to 3 terms), "
        "<code>/trend ICC speaker:lavrov since 2020</code>. I send a chart of how often it was "
        "said per month or year."
    ),
    TREND_NO_MATCH="No passage in the {documents} I hold mentions {terms}{limits}.",
    TREND_NO_DATES=(
        "None of the transcripts within those filters has a date, so there is nothing to chart."
    ),
    TREND_FOOTER={
        "month": "Per 1,000 passages of each month; journalists' questions not counted.",
        "year": "Per 1,000 passages of each year; journalists' questions not counted.",
    },
    TREND_BAD_QUERY="I could not read that: {error}.",
    TREND_UNDATED="({undated} undated, not on the chart)",
    TREND_FIRST="First",
    TREND_LAST="Last",
    TREND_MOST="Most",
    TREND_BY="by {speakers}",
    TREND_BETWEEN="between {start} and {end}",
    CHART_TITLE={
        "month": "Mentions per 1,000 passages, by month",
        "year": "Mentions per 1,000 passages, by year",
    },
    CHART_Y_LABEL="per 1,000 passages",
    CHART_NO_DATA="grey: no transcripts",
    CHART_MONTHS=(
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ),
    # --- alerts -------------------------------------------------------------------------------
    WATCH_USAGE=(
        "What should I watch for? For example: <code>/watch Lavrov ICC</code>, "
        "<code>/watch sanctions lang:ru</code> or <code>/watch speaker:zakharova</code>."
    ),
    WATCH_DATE=(
        "Alerts look forward, so a watch takes no dates: leave the date out and I will send what "
        "is said from now on. To search the past, ask the question instead."
    ),
    WATCH_NO_TERMS=(
        "What should I watch for? Add a few words or a speaker, for example: "
        "<code>/watch Lavrov ICC</code> or <code>/watch speaker:zakharova</code>."
    ),
    WATCH_BAD_QUERY="I could not read that watch: {detail}.",
    WATCH_LIMIT=(
        "This chat already has {limit} watches, the most I keep for one chat. "
        "Remove one first: /watches lists them, <code>/unwatch ID</code> removes one."
    ),
    WATCHES_OFF="Alerts are switched off on this bot.",
    WATCH_ADDED=(
        "Watching <b>#{id}</b>: {summary}\nWhen a new transcript has a passage that answers it, "
        "I will send it here. /watches lists this chat's watches."
    ),
    WATCH_ADDED_SPEAKER=(
        "Watching <b>#{id}</b>: {summary}\nWhenever a new transcript has {speaker} speaking, I "
        "will send it here with the first of their words. /watches lists this chat's watches."
    ),
    WATCH_EXISTS="This chat already watches that: <b>#{id}</b> {summary}",
    WATCH_ADMINS_ONLY=(
        "In a group, only its administrators can add or remove watches. "
        "Anyone can see them with /watches."
    ),
    WATCHES_NONE="This chat has no watches. Start one with <code>/watch your query</code>.",
    WATCHES_HEADING="<b>Watches in this chat</b> ({count} of {limit})",
    WATCH_LINE="<b>#{id}</b> {summary}\n    last fired: {fired}",
    WATCHES_FOOTER="Remove one with the buttons below or <code>/unwatch ID</code>.",
    WATCH_FIRED="{date} {time} UTC",
    UNWATCH_USAGE="Which watch? Send <code>/unwatch ID</code>; /watches lists them with their ids.",
    UNWATCH_DONE="Stopped watching <b>#{id}</b>: {summary}",
    UNWATCH_UNKNOWN="This chat has no watch #{id}. /watches lists its watches.",
    WATCH_GONE="That watch has been removed.",
    HELD_NONE="Nothing more from that change: you have seen all of it.",
    ALERT_HEADING="🔔 <b>#{id}</b> {summary}: new in the transcripts",
    ALERT_SPEAKER_HEADING="🔔 <b>#{id}</b> {speaker} speaks in a new transcript",
    ALERT_MORE_BUTTON="More ({count})",
    ALERT_REST_BUTTON="All their words here ({count})",
    WATCH_REMOVE_BUTTON="Remove #{id}",
    REST_HEADING="{speaker} in this transcript",
    WATCH_JOURNALISTS="journalists' questions",
    WATCH_WITHOUT="without {word}",
)
