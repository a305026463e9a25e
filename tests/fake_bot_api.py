"""A loopback stand-in for the Telegram Bot API, for end-to-end tests and load benchmarks.

The real ``telegram.ext.Application`` is pointed at this server with
``ApplicationBuilder().base_url(api.base_url).base_file_url(api.base_file_url)`` and talks to it
over HTTP exactly as it would talk to Telegram: same routes, same parameter encodings (query
string, urlencoded form, JSON body, multipart), same ``{"ok": ..., "result": ...}`` envelopes and
the same error codes and descriptions for the mistakes a bot can make (bad HTML, a message that
is too long, oversized button data, an expired query id, a user who blocked the bot, ...).

In-process use::

    async with FakeBotApi(token="123:ABC") as api:
        await api.private_text(42, "hello")
        ...  # run the bot against api.base_url
        sent = await api.wait_sent(1)

Standalone (for a benchmark driving it from another process)::

    python -m tests.fake_bot_api --port 8081 --token 123:ABC

prints ``PORT <n>`` once it listens and serves a small control API under ``/_control/``
(see :meth:`FakeBotApi._control_routes`).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import logging
import re
import secrets
import signal
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any, NamedTuple, Self

import aiohttp
from aiohttp import web

logger = logging.getLogger(__name__)

__all__ = [
    "BOT_USERNAME",
    "DEFAULT_TOKEN",
    "Call",
    "CallbackAnswer",
    "Edit",
    "Failure",
    "FakeBotApi",
    "HtmlParseError",
    "InlineAnswer",
    "Sent",
    "SentPhoto",
    "StoredFile",
    "WebhookDelivery",
    "main",
    "parse_telegram_html",
    "utf16_len",
]

DEFAULT_TOKEN = "123456:TEST-fake-bot-api-token"
BOT_USERNAME = "StatementsTestBot"
BOT_FIRST_NAME = "Statements Test Bot"

# Limits documented at https://core.telegram.org/bots/api (facts, not code).
MAX_MESSAGE_UTF16 = 4096
MAX_CAPTION_UTF16 = 1024
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_SIDES = 10_000  # width + height
MAX_PHOTO_RATIO = 20
# Longest side of the sizes Telegram keeps of an uploaded photo (thumbnail to full).
PHOTO_SIZE_LIMITS = (90, 320, 800, 1280, 2560)
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_RESULT_ID_BYTES = 64
MAX_NEXT_OFFSET_BYTES = 64
MAX_CALLBACK_ANSWER_CHARS = 200
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
MAX_GET_UPDATES_LIMIT = 100

QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)

# Update types Telegram leaves out unless they are asked for explicitly.
_OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)

# Form and query-string values arrive as strings; these tell how to read them back.
_JSON_PARAMS = frozenset(
    {
        "allowed_updates",
        "button",
        "caption_entities",
        "commands",
        "entities",
        "link_preview_options",
        "media",
        "menu_button",
        "reply_markup",
        "reply_parameters",
        "results",
        "scope",
    }
)
_INT_PARAMS = frozenset(
    {
        "cache_time",
        "limit",
        "max_connections",
        "message_id",
        "message_thread_id",
        "offset",
        "reply_to_message_id",
        "timeout",
        "user_id",
    }
)
_BOOL_PARAMS = frozenset(
    {
        "allow_sending_without_reply",
        "disable_notification",
        "disable_web_page_preview",
        "drop_pending_updates",
        "has_spoiler",
        "is_personal",
        "protect_content",
        "show_alert",
        "show_caption_above_media",
    }
)


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


class Call(NamedTuple):
    """One Bot API call as the server received it (parameters decoded to JSON values)."""

    method: str
    params: dict[str, Any]


class Failure(NamedTuple):
    """A call the server answered with an error (including injected faults)."""

    method: str
    params: dict[str, Any]
    error_code: int
    description: str


class Sent(NamedTuple):
    """A successful ``sendMessage``: what the bot asked for and the Message it got back."""

    params: dict[str, Any]
    message: dict[str, Any]

    @property
    def chat_id(self) -> int:
        """Id of the chat the message went to."""
        return int(self.message["chat"]["id"])

    @property
    def message_id(self) -> int:
        """Id Telegram gave the message in its chat."""
        return int(self.message["message_id"])

    @property
    def text(self) -> str:
        """Plain text as a user sees it (markup removed, entities decoded)."""
        return str(self.message["text"])

    @property
    def html(self) -> str:
        """The ``text`` parameter exactly as the bot sent it."""
        return str(self.params.get("text", ""))

    @property
    def callback_data(self) -> list[str]:
        """``callback_data`` of every inline button on the message, row by row."""
        return _callback_data_of(self.message)


class SentPhoto(NamedTuple):
    """A successful ``sendPhoto``: the parameters, the Message returned and the image bytes."""

    params: dict[str, Any]
    message: dict[str, Any]
    data: bytes

    @property
    def chat_id(self) -> int:
        """Id of the chat the photo went to."""
        return int(self.message["chat"]["id"])

    @property
    def caption(self) -> str:
        """The caption as a user sees it (markup removed), ``""`` when there is none."""
        return str(self.message.get("caption", ""))

    @property
    def caption_html(self) -> str:
        """The ``caption`` parameter exactly as the bot sent it."""
        return str(self.params.get("caption") or "")

    @property
    def size(self) -> tuple[int, int]:
        """Width and height of the largest size Telegram kept."""
        largest = self.message["photo"][-1]
        return int(largest["width"]), int(largest["height"])


class Edit(NamedTuple):
    """A successful ``editMessageText`` / ``editMessageReplyMarkup`` and the edited Message."""

    method: str
    params: dict[str, Any]
    message: dict[str, Any]


class InlineAnswer(NamedTuple):
    """A successful ``answerInlineQuery``."""

    params: dict[str, Any]

    @property
    def inline_query_id(self) -> str:
        """The answered query id."""
        return str(self.params["inline_query_id"])

    @property
    def results(self) -> list[dict[str, Any]]:
        """The result objects, decoded."""
        return list(self.params.get("results") or [])

    @property
    def next_offset(self) -> str:
        """``next_offset`` or ``""`` when the bot signalled the last page."""
        return str(self.params.get("next_offset") or "")


class CallbackAnswer(NamedTuple):
    """A successful ``answerCallbackQuery``."""

    params: dict[str, Any]


class WebhookDelivery(NamedTuple):
    """One POST of an update to the webhook, successful or not."""

    update: dict[str, Any]
    status: int | None
    error: str | None


@dataclass
class _Fault:
    status: int
    retry_after: int
    description: str | None
    drop: bool
    delay: float | None
    remaining: int | None  # None: until cleared


@dataclass
class StoredFile:
    """A file the server can hand out via getFile and the download route."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    max_connections: int
    last_error_date: int | None = None
    last_error_message: str | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)


@dataclass
class _PendingQuery:
    created: float
    answered: bool = False


class _ApiError(Exception):
    """Raised by method handlers; turned into Telegram's error envelope."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


def _bad(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# Telegram HTML
# --------------------------------------------------------------------------------------------


class HtmlParseError(ValueError):
    """Text is not valid Telegram HTML; the message mirrors Telegram's wording."""


_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_ENTITY_RE = re.compile(r"&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|([a-zA-Z]+));")
_TAG_NAME_RE = re.compile(r"[A-Za-z0-9-]*")
_ATTR_NAME_RE = re.compile(r"[A-Za-z0-9_-]*")
_UNQUOTED_VALUE_RE = re.compile(r"[^\s>]*")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit Telegram counts offsets and limits in.

    Args:
        text: Any string.

    Returns:
        Number of UTF-16 code units (characters outside the BMP count twice).
    """
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _decode_entity(text: str, i: int) -> tuple[str, int]:
    """Decode the HTML entity starting at ``text[i] == '&'``; return (char, next index)."""
    match = _HTML_ENTITY_RE.match(text, i)
    if match is None:
        # Telegram itself lets a stray '&' through; we are stricter so unescaped text is caught.
        raise HtmlParseError(f"Unsupported HTML entity at byte offset {_byte_offset(text, i)}")
    dec, hexa, name = match.groups()
    if name is not None:
        char = _NAMED_HTML_ENTITIES.get(name)
        if char is None:
            raise HtmlParseError(
                f'Unsupported HTML entity "&{name};" at byte offset {_byte_offset(text, i)}'
            )
        return char, match.end()
    code = int(dec) if dec is not None else int(hexa, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise HtmlParseError(f"Invalid numeric HTML entity at byte offset {_byte_offset(text, i)}")
    return chr(code), match.end()


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _parse_attributes(text: str, i: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    """Parse attributes after a start tag name; return them and the index after ``>``."""
    attrs: dict[str, str] = {}
    while True:
        i = _skip_spaces(text, i)
        if i >= len(text):
            raise HtmlParseError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        if text[i] == ">":
            return attrs, i + 1
        name_match = _ATTR_NAME_RE.match(text, i)
        assert name_match is not None  # the pattern also matches the empty string
        name = name_match.group().lower()
        if not name:
            raise HtmlParseError(
                f'Empty attribute name in the tag "{tag}" at byte offset {_byte_offset(text, i)}'
            )
        i = _skip_spaces(text, name_match.end())
        if i >= len(text) or text[i] != "=":
            attrs[name] = ""  # a bare attribute such as <blockquote expandable>
            continue
        i = _skip_spaces(text, i + 1)
        if i >= len(text):
            raise HtmlParseError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        if text[i] in "\"'":
            quote = text[i]
            end = text.find(quote, i + 1)
            if end < 0:
                raise HtmlParseError(
                    f"Unclosed start tag at byte offset {_byte_offset(text, begin)}"
                )
            raw, i = text[i + 1 : end], end + 1
        else:
            value_match = _UNQUOTED_VALUE_RE.match(text, i)
            assert value_match is not None
            raw, i = value_match.group(), value_match.end()
        attrs[name] = _decode_text(raw)


def _decode_text(raw: str) -> str:
    """Decode entities in an attribute value."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        if raw[i] == "&":
            char, i = _decode_entity(raw, i)
            out.append(char)
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


@dataclass
class _OpenTag:
    name: str
    attrs: dict[str, str]
    start: int  # UTF-16 offset in the output
    begin: int  # index in the source, for error messages


def _entity_for(tag: _OpenTag, end: int, parent: _OpenTag | None) -> dict[str, Any] | None:
    """The MessageEntity a closed tag produces, or None when it produces none."""
    length = end - tag.start
    if length <= 0:
        return None
    kind = _TAG_ENTITY[tag.name]
    entity: dict[str, Any] = {"type": kind, "offset": tag.start, "length": length}
    if tag.name == "a":
        url = tag.attrs.get("href", "")
        if not url:
            return None
        entity["url"] = url
    elif tag.name == "blockquote" and "expandable" in tag.attrs:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attrs["emoji-id"]
    elif tag.name == "code" and parent is not None and parent.name == "pre":
        # <pre><code class="language-x"> is one pre entity carrying the language.
        return None if parent.start == tag.start else entity
    return entity


def parse_telegram_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram-flavoured HTML into plain text and MessageEntity dicts.

    Follows the rules of the Bot API's ``parse_mode=HTML``: only the supported tags, properly
    nested and closed, and only ``&lt; &gt; &amp; &quot;`` and numeric entities. Offsets and
    lengths are in UTF-16 code units. The text is not trimmed here.

    Args:
        text: The ``text`` parameter of a sendMessage call.

    Returns:
        The plain text and its entities, sorted by offset.

    Raises:
        HtmlParseError: With the reason, worded like Telegram's "can't parse entities" errors.
    """
    out: list[str] = []
    pos = 0  # UTF-16 length of the output so far
    stack: list[_OpenTag] = []
    entities: list[dict[str, Any]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "&":
            char, i = _decode_entity(text, i)
            out.append(char)
            pos += utf16_len(char)
            continue
        if ch != "<":
            out.append(ch)
            pos += 2 if ord(ch) > 0xFFFF else 1
            i += 1
            continue
        begin = i
        if i + 1 < n and text[i + 1] == "/":
            name_match = _TAG_NAME_RE.match(text, i + 2)
            assert name_match is not None
            name = name_match.group().lower()
            i = _skip_spaces(text, name_match.end())
            if i >= n or text[i] != ">":
                raise HtmlParseError(f"Unclosed end tag at byte offset {_byte_offset(text, begin)}")
            i += 1
            if not stack:
                raise HtmlParseError(
                    f"Unexpected end tag at byte offset {_byte_offset(text, begin)}"
                )
            top = stack[-1]
            if name != top.name:
                raise HtmlParseError(
                    f"Unmatched end tag at byte offset {_byte_offset(text, begin)}, "
                    f'expected "</{top.name}>", found "</{name}>"'
                )
            stack.pop()
            entity = _entity_for(top, pos, stack[-1] if stack else None)
            if top.name == "code" and entity is None and stack and stack[-1].name == "pre":
                language = top.attrs.get("class", "")
                if language.startswith("language-") and len(language) > len("language-"):
                    stack[-1].attrs["_language"] = language[len("language-") :]
            if top.name == "pre" and entity is not None and top.attrs.get("_language"):
                entity["language"] = top.attrs["_language"]
            if entity is not None:
                entities.append(entity)
            continue
        name_match = _TAG_NAME_RE.match(text, i + 1)
        assert name_match is not None
        name = name_match.group().lower()
        if name not in _TAG_ENTITY:
            raise HtmlParseError(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, begin)}'
            )
        attrs, i = _parse_attributes(text, name_match.end(), name, begin)
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise HtmlParseError('Tag "span" must have class "tg-spoiler"')
        if name == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
            raise HtmlParseError("Custom emoji identifier must be specified")
        stack.append(_OpenTag(name, attrs, pos, begin))
    if stack:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _strip_with_entities(
    text: str, entities: list[dict[str, Any]]
) -> tuple[str, list[dict[str, Any]]]:
    """Trim surrounding whitespace as Telegram does, shifting and clipping entities."""
    stripped = text.strip()
    if not stripped:
        return "", []
    left = utf16_len(text[: len(text) - len(text.lstrip())])
    total = utf16_len(stripped)
    kept: list[dict[str, Any]] = []
    for entity in entities:
        start = max(entity["offset"] - left, 0)
        end = min(entity["offset"] + entity["length"] - left, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _callback_data_of(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [btn["callback_data"] for row in rows for btn in row if "callback_data" in btn]


def _coerce(name: str, value: Any) -> Any:
    """Read one parameter the way Telegram does: strings become ints/bools/JSON by field."""
    if not isinstance(value, str):
        return value
    if name in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            return value  # reported by the method as a parse error
    if name in _INT_PARAMS or name == "chat_id":
        with contextlib.suppress(ValueError):
            return int(value)
        return value
    if name in _BOOL_PARAMS:
        return value.strip().lower() in ("true", "1")
    return value


def _update_type(update: dict[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes | bytearray):
        return {"bytes": len(value)}
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _envelope_error(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code, dumps=_dumps)


_COMMAND_RE = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w@])")
_MENTION_RE = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{5,32}(?![\w@])")


_URL_RE = re.compile(r"(?<![\w@/])https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]}»”]")


def _detect_entities(text: str) -> list[dict[str, Any]]:
    """Entities Telegram's clients attach to user text: bot commands, @mentions and links."""
    found: list[dict[str, Any]] = []
    patterns = (("bot_command", _COMMAND_RE), ("mention", _MENTION_RE), ("url", _URL_RE))
    for kind, pattern in patterns:
        for match in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group()),
                }
            )
    found.sort(key=lambda e: e["offset"])
    return found


def _entity_text(text: str, entity: dict[str, Any]) -> str:
    """The substring an entity covers (offsets are UTF-16)."""
    raw = text.encode("utf-16-le")
    start, length = entity["offset"] * 2, entity["length"] * 2
    return raw[start : start + length].decode("utf-16-le")


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------

_Handler = Callable[[dict[str, Any]], Awaitable[Any]]


class FakeBotApi:
    """A loopback Telegram Bot API server with recording, fault injection and update helpers.

    Args:
        token: The only token the server accepts; others get 401 Unauthorized.
        privacy_mode: Like a bot with privacy mode on (Telegram's default): group messages that
            are not commands, mentions of the bot or replies to it are not delivered.
        query_timeout: Seconds after which an inline or callback query can no longer be answered
            (None: never).
        webhook_retry_delay: First pause before re-posting an update the webhook refused; it
            doubles up to ``webhook_max_retry_delay``.
        webhook_max_retry_delay: Upper bound of the retry pause.

    Attributes:
        max_download_bytes: Largest file ``getFile`` hands out (Telegram: 20 MB); None serves
            any size, as a self-hosted Bot API server in ``--local`` mode does.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        privacy_mode: bool = True,
        query_timeout: float | None = 15.0,
        webhook_retry_delay: float = 0.05,
        webhook_max_retry_delay: float = 2.0,
    ) -> None:
        self.token = token
        self.privacy_mode = privacy_mode
        self.query_timeout = query_timeout
        self.webhook_retry_delay = webhook_retry_delay
        self.webhook_max_retry_delay = webhook_max_retry_delay
        self.max_download_bytes: int | None = MAX_DOWNLOAD_BYTES
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 123456
        self.bot_user: dict[str, Any] = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": BOT_FIRST_NAME,
            "username": BOT_USERNAME,
        }

        # Recordings.
        self.calls: list[Call] = []
        # Wall-clock times (comparable across processes) for load benchmarks.
        self.call_times: list[float] = []
        self.sent_times: list[float] = []
        self.enqueue_times: dict[int, float] = {}
        self.failures: list[Failure] = []
        self.sent: list[Sent] = []
        self.photos: list[SentPhoto] = []
        self.edits: list[Edit] = []
        self.inline_answers: list[InlineAnswer] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.webhook_deliveries: list[WebhookDelivery] = []
        self.withheld: list[dict[str, Any]] = []  # group updates privacy mode kept from the bot

        # Telegram-side state.
        self._updates: deque[dict[str, Any]] = deque()
        self._next_update_id = 1
        self._allowed_updates: list[str] | None = None
        self._chats: dict[int, dict[str, Any]] = {}
        self._blocked: set[int] = set()
        self._kicked: set[int] = set()  # groups the bot was removed from
        self._users: dict[int, dict[str, Any]] = {}
        self._members: dict[tuple[int, int], str] = {}  # (chat, user) -> status
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._last_message_id: dict[int, int] = {}
        self._inline_queries: dict[str, _PendingQuery] = {}
        self._callback_queries: dict[str, _PendingQuery] = {}
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        self._commands: dict[str, list[dict[str, Any]]] = {}
        self._texts: dict[str, str] = {}
        #: Users' ``language_code`` (see :meth:`set_language`).
        self.user_languages: dict[int, str | None] = {}
        self._menu_buttons: dict[int | None, dict[str, Any]] = {}
        self._webhook: _Webhook | None = None
        self._faults: dict[str, deque[_Fault]] = {}
        self._poll_generation = 0

        # Signals: replaced after each set() so waiters never see a stale one.
        self._update_signal = asyncio.Event()
        self._record_signal = asyncio.Event()
        self._stopping = False

        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._session: aiohttp.ClientSession | None = None
        self._host = "127.0.0.1"
        self._port = 0
        self._methods: dict[str, tuple[str, _Handler]] = self._method_table()

    # ---- lifecycle ---------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on ``host:port`` (0 picks a free port, see :attr:`port`)."""
        if self._runner is not None:
            raise RuntimeError("FakeBotApi is already running")
        app = web.Application(client_max_size=64 * 1024 * 1024)
        self._control_routes(app)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        # handler_cancellation: a long poll whose client went away stops waiting.
        self._runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=1.0
        )
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, host, port)
        await self._site.start()
        self._host = host
        self._port = int(self._runner.addresses[0][1])
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        self._stopping = False

    async def stop(self) -> None:
        """Stop serving: wake long polls, stop webhook delivery and close the listener."""
        self._stopping = True
        self._signal_updates()
        if self._webhook is not None:
            await self._stop_webhook_task(self._webhook)
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
            self._site = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        """The TCP port the server listens on."""
        return self._port

    @property
    def base_url(self) -> str:
        """Value for ``ApplicationBuilder().base_url`` / ``Bot(base_url=...)``."""
        return f"http://{self._host}:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for ``ApplicationBuilder().base_file_url`` / ``Bot(base_file_url=...)``."""
        return f"http://{self._host}:{self._port}/file/bot"

    # ---- recording and waiting --------------------------------------------------------------

    def _signal_updates(self) -> None:
        self._update_signal.set()
        self._update_signal = asyncio.Event()

    def _signal_record(self) -> None:
        self._record_signal.set()
        self._record_signal = asyncio.Event()

    async def wait_for(self, predicate: Callable[[FakeBotApi], bool], timeout: float = 5.0) -> None:
        """Wait until ``predicate(api)`` holds, re-checking after every recorded call.

        Args:
            predicate: Looks at this server's recordings, e.g. ``lambda a: len(a.edits) >= 1``.
            timeout: Seconds to wait at most.

        Raises:
            TimeoutError: If it does not hold in time; the message lists what was recorded.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate(self):
            remaining = deadline - loop.time()
            if remaining <= 0:
                counts: dict[str, int] = {}
                for call in self.calls:
                    counts[call.method] = counts.get(call.method, 0) + 1
                raise TimeoutError(
                    f"condition not met within {timeout} s; calls so far: {counts}, "
                    f"failures: {[(f.method, f.description) for f in self.failures[-5:]]}"
                )
            signal_ = self._record_signal
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(signal_.wait(), remaining)

    async def wait_sent(self, n: int, timeout: float = 5.0) -> list[Sent]:
        """Wait until at least ``n`` messages were sent; return all sent so far."""
        await self.wait_for(lambda api: len(api.sent) >= n, timeout)
        return list(self.sent)

    def sent_to(self, chat_id: int) -> list[Sent]:
        """Messages sent to one chat, oldest first."""
        return [s for s in self.sent if s.chat_id == chat_id]

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """The current state of a stored message (after edits), or None if unknown/deleted."""
        return self._messages.get((chat_id, message_id))

    @property
    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by the bot."""
        return len(self._updates)

    # ---- fault injection --------------------------------------------------------------------

    def inject(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int = 1,
        times: int | None = 1,
        drop: bool = False,
        delay: float | None = None,
        description: str | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` misbehave.

        Exactly one kind of fault applies, in this order: ``drop=True`` closes the connection
        without an answer; ``delay=s`` answers normally after ``s`` seconds; otherwise the call
        fails with ``status`` (429 carries ``retry_after`` like Telegram's flood control).

        Args:
            method: Bot API method name (any case), or ``"*"`` for every method.
            status: HTTP status / error_code of the failure (429, 500, 502, 400, ...).
            retry_after: Seconds announced with a 429.
            times: How many calls are affected; None keeps the fault until :meth:`clear_faults`.
            drop: Close the connection without a response.
            delay: Respond this many seconds late (with the normal answer).
            description: Override the error description.
        """
        key = "*" if method == "*" else method.lower()
        fault = _Fault(status, retry_after, description, drop, delay, times)
        self._faults.setdefault(key, deque()).append(fault)

    def clear_faults(self) -> None:
        """Remove every injected fault."""
        self._faults.clear()

    def block_user(self, user_id: int) -> None:
        """From now on, sending to this user's private chat fails with 403 "bot was blocked"."""
        self._blocked.add(user_id)

    def unblock_user(self, user_id: int) -> None:
        """Undo :meth:`block_user`."""
        self._blocked.discard(user_id)

    def remember_private_chat(self, user_id: int, first_name: str = "Ann") -> None:
        """A user who talked to the bot some time ago: their chat is known, no update queued."""
        user = self._user(user_id, first_name, None)
        self._users[user_id] = user
        self._learn_chat(self._private_chat(user))

    def kick_bot(self, chat_id: int) -> None:
        """The bot is removed from a group: sending there fails with 403 "bot was kicked"."""
        self._kicked.add(chat_id)

    def delete_chat(self, chat_id: int) -> None:
        """The chat no longer exists: any call naming it fails with 400 "chat not found"."""
        self._chats.pop(chat_id, None)

    def set_member(self, chat_id: int, user_id: int, status: str) -> None:
        """Set a user's status in a group, as ``getChatMember`` reports it.

        Args:
            chat_id: The group.
            user_id: The user (known to the server afterwards, as if they had written).
            status: ``creator``, ``administrator``, ``member``, ``restricted``, ``left`` or
                ``kicked``.

        Raises:
            ValueError: For any other status.
        """
        if status not in _MEMBER_STATUSES:
            raise ValueError(f"status must be one of {sorted(_MEMBER_STATUSES)}, got {status!r}")
        self._users.setdefault(user_id, self._user(user_id, "Ann", None))
        self._members[(chat_id, user_id)] = status

    def _take_fault(self, method: str) -> _Fault | None:
        for key in (method.lower(), "*"):
            queue = self._faults.get(key)
            if not queue:
                continue
            fault = queue[0]
            if fault.remaining is not None:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    queue.popleft()
            return fault
        return None

    # ---- update helpers ---------------------------------------------------------------------

    def set_language(self, user_id: int, code: str | None) -> None:
        """The ``language_code`` a user's updates carry from now on (None: the field is
        left out, as Telegram does when the client does not say). Every user starts with
        ``"en"``."""
        self.user_languages[user_id] = code

    def _user(self, user_id: int, first_name: str, username: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        code = self.user_languages.get(user_id, "en")
        if code is not None:
            user["language_code"] = code
        if username:
            user["username"] = username
        return user

    def _private_chat(self, user: dict[str, Any]) -> dict[str, Any]:
        chat: dict[str, Any] = {
            "id": user["id"],
            "type": "private",
            "first_name": user["first_name"],
        }
        if "username" in user:
            chat["username"] = user["username"]
        return chat

    def _group_chat(self, chat_id: int, title: str) -> dict[str, Any]:
        known = self._chats.get(chat_id)
        if known is not None:
            return dict(known)
        # Supergroup ids look like -100xxxxxxxxxx.
        kind = "supergroup" if chat_id <= -1_000_000_000_000 else "group"
        return {"id": chat_id, "type": kind, "title": title}

    def _next_message_id(self, chat_id: int) -> int:
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def _user_message(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str | None,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
        }
        if text is not None:
            message["text"] = text
            entities = _detect_entities(text)
            if entities:
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = _without_reply(reply_to)
        return message

    async def enqueue(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw Update dict (``update_id`` is assigned when missing) and return it.

        Chats, users, messages and query ids in it become known to the server, so the bot can
        answer them.
        """
        return self._enqueue(update)

    def _enqueue(self, update: dict[str, Any]) -> dict[str, Any]:
        if "update_id" not in update:
            update = {"update_id": self._next_update_id, **update}
        self._next_update_id = max(self._next_update_id, int(update["update_id"])) + 1
        self._learn(update)
        self.enqueue_times[int(update["update_id"])] = time.time()
        self._updates.append(update)
        self._signal_updates()
        return update

    def _learn(self, update: dict[str, Any]) -> None:
        """Remember chats, messages and query ids an update introduces."""
        for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
            message = update.get(key)
            if isinstance(message, dict):
                self._learn_message(message)
        for kind in ("callback_query", "inline_query"):
            sender = (
                (update.get(kind) or {}).get("from") if isinstance(update.get(kind), dict) else None
            )
            if isinstance(sender, dict) and isinstance(sender.get("id"), int):
                self._users[sender["id"]] = dict(sender)
        if isinstance(update.get("callback_query"), dict):
            query = update["callback_query"]
            self._callback_queries[str(query["id"])] = _PendingQuery(time.monotonic())
            if isinstance(query.get("message"), dict):
                self._learn_chat(query["message"].get("chat"))
        if isinstance(update.get("inline_query"), dict):
            query_id = str(update["inline_query"]["id"])
            self._inline_queries[query_id] = _PendingQuery(time.monotonic())

    def _learn_chat(self, chat: Any) -> None:
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            self._chats[chat["id"]] = dict(chat)

    def _learn_message(self, message: dict[str, Any]) -> None:
        self._learn_chat(message.get("chat"))
        chat = message.get("chat") or {}
        chat_id = chat.get("id")
        if not isinstance(chat_id, int):
            return
        sender = message.get("from")
        if isinstance(sender, dict) and isinstance(sender.get("id"), int):
            self._users[sender["id"]] = dict(sender)
            if chat.get("type") in ("group", "supergroup"):
                # Someone who writes in a group is in it (unless a test said otherwise).
                self._members.setdefault((chat_id, sender["id"]), "member")
        message.setdefault("date", int(time.time()))
        if "message_id" not in message:
            message["message_id"] = self._next_message_id(chat_id)
        else:
            last = self._last_message_id.get(chat_id, 0)
            self._last_message_id[chat_id] = max(last, int(message["message_id"]))
        self._messages[(chat_id, int(message["message_id"]))] = message

    async def private_text(
        self, user_id: int, text: str, *, first_name: str = "Ann", username: str | None = None
    ) -> dict[str, Any]:
        """Queue a text message from a user in their private chat with the bot.

        Returns:
            The Update dict (commands and @mentions carry their entities).
        """
        user = self._user(user_id, first_name, username)
        message = self._user_message(self._private_chat(user), user, text)
        return self._enqueue({"message": message})

    async def group_text(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        reply_to: dict[str, Any] | Sent | int | None = None,
        first_name: str = "Ann",
        username: str | None = None,
        title: str = "Test Group",
    ) -> dict[str, Any]:
        """Queue a text message in a group.

        Under privacy mode (the default) a message that is neither a command, a mention of the
        bot nor a reply to the bot is not delivered: it lands in :attr:`withheld` instead.

        Args:
            chat_id: Negative group id (``-100...`` makes a supergroup).
            user_id: Sender.
            text: Message text.
            reply_to: The message replied to: a message dict, a :class:`Sent`, or its id.
            first_name: Sender's first name.
            username: Sender's username.
            title: Group title, used the first time this group is seen.

        Returns:
            The Update dict, delivered or not.
        """
        user = self._user(user_id, first_name, username)
        chat = self._group_chat(chat_id, title)
        target = self._resolve_message(chat_id, reply_to) if reply_to is not None else None
        message = self._user_message(chat, user, text, target)
        if self.privacy_mode and not self._visible_in_group(message):
            self._learn_message(message)
            update = {"update_id": 0, "message": message}
            self.withheld.append(update)
            return update
        return self._enqueue({"message": message})

    def _resolve_message(self, chat_id: int, ref: dict[str, Any] | Sent | int) -> dict[str, Any]:
        if isinstance(ref, Sent):
            ref = ref.message
        message_id = ref if isinstance(ref, int) else int(ref["message_id"])
        stored = self._messages.get((chat_id, message_id))
        if stored is None:
            raise ValueError(f"no message {message_id} in chat {chat_id}")
        return stored

    def _visible_in_group(self, message: dict[str, Any]) -> bool:
        text = message.get("text", "")
        me = BOT_USERNAME.lower()
        for entity in message.get("entities", []):
            piece = _entity_text(text, entity).lower()
            if entity["type"] == "bot_command" and ("@" not in piece or piece.endswith("@" + me)):
                return True
            if entity["type"] == "mention" and piece == "@" + me:
                return True
        replied = message.get("reply_to_message") or {}
        return (replied.get("from") or {}).get("id") == self.bot_id

    async def inline_query(self, user_id: int, query: str, offset: str = "") -> dict[str, Any]:
        """Queue an inline query (``@bot query``) from a user; its id is answerable once."""
        user = self._user(user_id, "Ann", None)
        inline = {
            "id": str(secrets.randbits(63)),
            "from": user,
            "query": query,
            "offset": offset,
            "chat_type": "sender",
        }
        return self._enqueue({"inline_query": inline})

    async def callback(
        self, user_id: int, message: dict[str, Any] | Sent, data: str
    ) -> dict[str, Any]:
        """Queue a press of an inline button carrying ``data`` on a message the bot sent.

        The update carries the message as it is now (after edits), as Telegram does.

        Raises:
            ValueError: If the message is unknown or has no button with that ``data``.
        """
        if isinstance(message, Sent):
            message = message.message
        chat_id = int(message["chat"]["id"])
        current = self._resolve_message(chat_id, message)
        if data not in _callback_data_of(current):
            raise ValueError(
                f"message {current['message_id']} has no button with callback_data {data!r}; "
                f"it has {_callback_data_of(current)}"
            )
        user = self._user(user_id, "Ann", None)
        query = {
            "id": str(secrets.randbits(63)),
            "from": user,
            "message": current,
            "chat_instance": str(abs(hash(("chat", chat_id))) % 10**18),
            "data": data,
        }
        return self._enqueue({"callback_query": query})

    async def document(
        self,
        user_id: int,
        file_name: str,
        data: bytes,
        mime_type: str = "text/plain",
        chat_id: int | None = None,
    ) -> dict[str, Any]:
        """Queue a message with a document; the file is downloadable via getFile.

        Args:
            user_id: Sender.
            file_name: Original file name.
            data: File content.
            mime_type: MIME type Telegram reports.
            chat_id: A group id, or None for the sender's private chat.

        Returns:
            The Update dict.
        """
        stored = self.add_file(data, file_name)
        user = self._user(user_id, "Ann", None)
        chat = self._private_chat(user) if chat_id is None else self._group_chat(chat_id, "Group")
        message = self._user_message(chat, user, None)
        message["document"] = {
            "file_name": file_name,
            "mime_type": mime_type,
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(data),
        }
        return self._enqueue({"message": message})

    def add_file(
        self, data: bytes, file_name: str = "file.bin", folder: str = "documents"
    ) -> StoredFile:
        """Register bytes as a Telegram file (normally done by :meth:`document`)."""
        index = len(self._files) + 1
        suffix = file_name.rsplit(".", 1)[1] if "." in file_name else "bin"
        stored = StoredFile(
            file_id="BQACAgI" + base64.urlsafe_b64encode(secrets.token_bytes(30)).decode(),
            file_unique_id="AgAD" + secrets.token_urlsafe(8),
            file_path=f"{folder}/file_{index}.{suffix}",
            data=data,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    # ---- HTTP dispatch ----------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["tail"]
        if path.startswith("file/bot"):
            return await self._serve_file(path[len("file/bot") :])
        if not path.startswith("bot"):
            return _envelope_error(404, "Not Found")
        token, _, method = path[len("bot") :].partition("/")
        if token != self.token:
            return _envelope_error(401, "Unauthorized")
        entry = self._methods.get(method.lower())
        if entry is None or "/" in method:
            return _envelope_error(404, "Not Found")
        name, handler = entry
        try:
            params = await _read_params(request)
        except ValueError as exc:
            return _envelope_error(400, f"Bad Request: {exc}")
        self.calls.append(Call(name, params))
        self.call_times.append(time.time())
        self._signal_record()
        fault = self._take_fault(name)
        response = await self._run(name, handler, params, fault, request)
        self._signal_record()
        return response

    async def _run(
        self,
        name: str,
        handler: _Handler,
        params: dict[str, Any],
        fault: _Fault | None,
        request: web.Request,
    ) -> web.StreamResponse:
        if fault is not None and fault.drop:
            self.failures.append(Failure(name, params, 0, "connection dropped"))
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=500)  # never reaches the client
        if fault is not None and fault.delay is not None:
            await asyncio.sleep(fault.delay)
            fault = None
        try:
            if fault is not None:
                raise _fault_error(fault)
            result = await handler(params)
        except _ApiError as err:
            self.failures.append(Failure(name, params, err.code, err.description))
            return _envelope_error(err.code, err.description, err.retry_after)
        body: dict[str, Any] = {"ok": True, "result": result}
        if isinstance(result, _Described):
            body = {"ok": True, "result": result.value, "description": result.description}
        return web.json_response(body, dumps=_dumps)

    async def _serve_file(self, rest: str) -> web.StreamResponse:
        token, _, file_path = rest.partition("/")
        if token != self.token:
            return _envelope_error(401, "Unauthorized")
        stored = self._files_by_path.get(file_path)
        if stored is None:
            return _envelope_error(404, "Not Found")
        return web.Response(body=stored.data, content_type="application/octet-stream")

    def _method_table(self) -> dict[str, tuple[str, _Handler]]:
        handlers: dict[str, _Handler] = {
            "getMe": self._get_me,
            "logOut": self._ok_true,
            "close": self._ok_true,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "sendChatAction": self._send_chat_action,
            "getChat": self._get_chat,
            "getChatMember": self._get_chat_member,
            "answerInlineQuery": self._answer_inline_query,
            "answerCallbackQuery": self._answer_callback_query,
            "getFile": self._get_file,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": self._set_my_description,
            "getMyDescription": self._get_my_description,
            "setMyShortDescription": self._set_my_short_description,
            "getMyShortDescription": self._get_my_short_description,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
        }
        return {name.lower(): (name, handler) for name, handler in handlers.items()}

    # ---- parameter access -------------------------------------------------------------------

    def _chat_for_send(self, params: dict[str, Any]) -> dict[str, Any]:
        """The chat a call targets; Telegram's errors for missing/unknown/blocked chats."""
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise _bad("chat_id is empty")
        chat: dict[str, Any] | None = None
        if isinstance(raw, int):
            chat = self._chats.get(raw)
        elif isinstance(raw, str) and raw.startswith("@"):
            chat = next(
                (
                    c
                    for c in self._chats.values()
                    if c.get("username", "").lower() == raw[1:].lower()
                ),
                None,
            )
        if chat is None:
            raise _bad("chat not found")
        if chat["type"] == "private" and chat["id"] in self._blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        if chat["id"] in self._kicked:
            raise _ApiError(403, f"Forbidden: bot was kicked from the {chat['type']} chat")
        return chat

    def _render(
        self,
        params: dict[str, Any],
        key: str,
        *,
        limit: int = MAX_MESSAGE_UTF16,
        too_long: str = "message is too long",
        entities_key: str = "entities",
        allow_empty: bool = False,
    ) -> tuple[str, list[dict[str, Any]]]:
        """Validate a message text (or caption) like Telegram; return (plain text, entities)."""
        raw = params.get(key)
        if raw is None:
            raw = ""
        text = str(raw)
        mode = str(params.get("parse_mode") or "").lower()
        if mode == "html":
            try:
                plain, entities = parse_telegram_html(text)
            except HtmlParseError as exc:
                raise _bad(f"can't parse entities: {exc}") from None
        elif mode in ("", "markdown", "markdownv2"):
            # Markdown is passed through unchecked; the bot under test uses HTML.
            plain = text
            given = params.get(entities_key) or []
            entities = [dict(e) for e in given if isinstance(e, dict)]
        else:
            raise _bad("unsupported parse_mode")
        plain, entities = _strip_with_entities(plain, entities)
        if not plain and not allow_empty:
            raise _bad("message text is empty")
        if utf16_len(plain) > limit:
            raise _bad(too_long)
        return plain, entities

    def _markup(self, params: dict[str, Any]) -> dict[str, Any] | None:
        """Validate ``reply_markup``; return it if it is an inline keyboard (echoed back)."""
        markup = params.get("reply_markup")
        if markup is None or markup == "":
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None  # reply keyboards / force_reply are not echoed in the Message
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad("can't parse reply keyboard markup JSON object: rows must be arrays")
        for row in rows:
            for button in row:
                _check_button(button)
        return {"inline_keyboard": rows}

    def _reply_target(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any] | None:
        reply = params.get("reply_parameters")
        if isinstance(reply, dict) and reply.get("message_id") is not None:
            target_chat = reply.get("chat_id", chat_id)
            message_id = reply["message_id"]
            allow = bool(reply.get("allow_sending_without_reply"))
        elif params.get("reply_to_message_id") is not None:
            target_chat, message_id = chat_id, params["reply_to_message_id"]
            allow = bool(params.get("allow_sending_without_reply"))
        else:
            return None
        found = None
        with contextlib.suppress(TypeError, ValueError):
            found = self._messages.get((int(target_chat), int(message_id)))
        if found is None and not allow:
            raise _bad("message to be replied not found")
        return found

    # ---- methods ----------------------------------------------------------------------------

    async def _ok_true(self, params: dict[str, Any]) -> bool:
        return True

    async def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self._webhook is not None:
            raise _ApiError(409, WEBHOOK_CONFLICT)
        offset = _as_int(params.get("offset"), 0)
        limit = _as_int(params.get("limit"), MAX_GET_UPDATES_LIMIT)
        limit = MAX_GET_UPDATES_LIMIT if limit <= 0 else min(limit, MAX_GET_UPDATES_LIMIT)
        timeout = max(_as_float(params.get("timeout"), 0.0), 0.0)
        if "allowed_updates" in params:
            self._set_allowed(params["allowed_updates"])
        if offset < 0:
            # -N: keep the last N updates, forget everything before them.
            while len(self._updates) > -offset:
                self._updates.popleft()
        else:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
        self._poll_generation += 1
        generation = self._poll_generation
        # A newer getUpdates call makes an older waiting one fail with 409, as on Telegram.
        self._signal_updates()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            batch = self._deliverable(limit, self._allowed_updates)
            if batch or self._stopping:
                return batch
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            signal_ = self._update_signal
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(signal_.wait(), remaining)
            if generation != self._poll_generation:
                raise _ApiError(409, POLL_CONFLICT)

    def _set_allowed(self, allowed: Any) -> None:
        if isinstance(allowed, list) and allowed:
            self._allowed_updates = [str(a) for a in allowed]
        elif isinstance(allowed, list):
            self._allowed_updates = None

    def _deliverable(self, limit: int, allowed: list[str] | None) -> list[dict[str, Any]]:
        """Up to ``limit`` queued updates (left queued), dropping types the bot did not ask for."""
        kept: list[dict[str, Any]] = []
        while self._updates:
            update = self._updates.popleft()
            kind = _update_type(update)
            wanted = kind in allowed if allowed is not None else kind not in _OPT_IN_UPDATE_TYPES
            if not wanted:
                continue  # Telegram never delivers these; they are gone
            kept.append(update)
            if len(kept) >= limit:
                break
        self._updates.extendleft(reversed(kept))
        return kept

    async def _set_webhook(self, params: dict[str, Any]) -> _Described:
        url = str(params.get("url") or "")
        if not url:
            await self._remove_webhook(bool(params.get("drop_pending_updates")))
            return _Described(True, "Webhook was deleted")
        if not url.startswith(("http://", "https://")):
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise _bad("secret token contains unallowed characters")
        max_connections = _as_int(params.get("max_connections"), 40)
        if not 1 <= max_connections <= 100:
            raise _bad("bad webhook: max_connections must be between 1 and 100")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if "allowed_updates" in params:
            self._set_allowed(params["allowed_updates"])
        if self._webhook is not None:
            await self._stop_webhook_task(self._webhook)
        hook = _Webhook(url, str(secret) if secret else None, max_connections)
        self._webhook = hook
        hook.task = asyncio.create_task(self._deliver(hook))
        return _Described(True, "Webhook was set")

    async def _delete_webhook(self, params: dict[str, Any]) -> _Described:
        existed = self._webhook is not None
        await self._remove_webhook(bool(params.get("drop_pending_updates")))
        return _Described(True, "Webhook was deleted" if existed else "Webhook is already deleted")

    async def _remove_webhook(self, drop_pending: bool) -> None:
        if drop_pending:
            self._updates.clear()
        hook, self._webhook = self._webhook, None
        if hook is not None:
            await self._stop_webhook_task(hook)

    async def _stop_webhook_task(self, hook: _Webhook) -> None:
        if hook.task is not None and hook.task is not asyncio.current_task():
            hook.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await hook.task
        hook.task = None

    async def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        hook = self._webhook
        info: dict[str, Any] = {
            "url": hook.url if hook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if hook is not None:
            info["max_connections"] = hook.max_connections
            info["ip_address"] = "127.0.0.1"
            if self._allowed_updates is not None:
                info["allowed_updates"] = list(self._allowed_updates)
            if hook.last_error_date is not None:
                info["last_error_date"] = hook.last_error_date
                info["last_error_message"] = hook.last_error_message
        return info

    async def _deliver(self, hook: _Webhook) -> None:
        """POST queued updates to the webhook one by one, retrying each until accepted."""
        delay = self.webhook_retry_delay
        while self._webhook is hook and not self._stopping:
            batch = self._deliverable(1, self._allowed_updates)
            if not batch:
                signal_ = self._update_signal
                await signal_.wait()
                continue
            update = batch[0]
            status, error = await self._post_update(hook, update)
            self.webhook_deliveries.append(WebhookDelivery(update, status, error))
            self._signal_record()
            if error is None:
                if self._updates and self._updates[0] is update:
                    self._updates.popleft()
                delay = self.webhook_retry_delay
                continue
            hook.last_error_date = int(time.time())
            hook.last_error_message = error
            logger.debug("webhook delivery of update %s failed: %s", update["update_id"], error)
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.webhook_max_retry_delay)

    async def _post_update(
        self, hook: _Webhook, update: dict[str, Any]
    ) -> tuple[int | None, str | None]:
        assert self._session is not None
        headers = {"Content-Type": "application/json"}
        if hook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
        try:
            async with self._session.post(hook.url, data=_dumps(update), headers=headers) as resp:
                await resp.read()
                if 200 <= resp.status < 300:
                    return resp.status, None
                return resp.status, f"Wrong response from the webhook: {resp.status} {resp.reason}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            return None, f"Connection failed: {type(exc).__name__}"

    def _bot_message(
        self, chat: dict[str, Any], params: dict[str, Any], content: dict[str, Any]
    ) -> dict[str, Any]:
        """A new message from the bot with ``content``, its keyboard and reply checked, stored."""
        markup = self._markup(params)
        reply_to = self._reply_target(chat["id"], params)
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "from": dict(self.bot_user),
            "chat": dict(chat),
            "date": int(time.time()),
            **content,
        }
        if markup is not None:
            message["reply_markup"] = markup
        if reply_to is not None:
            message["reply_to_message"] = _without_reply(reply_to)
        self._messages[(chat["id"], message["message_id"])] = message
        return message

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat_for_send(params)
        text, entities = self._render(params, "text")
        content: dict[str, Any] = {"text": text}
        if entities:
            content["entities"] = entities
        message = self._bot_message(chat, params, content)
        self.sent.append(Sent(params, message))
        self.sent_times.append(time.time())
        return message

    async def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat_for_send(params)
        stored, width, height = self._photo_file(params.get("photo"))
        caption, entities = self._render(
            params,
            "caption",
            limit=MAX_CAPTION_UTF16,
            too_long="message caption is too long",
            entities_key="caption_entities",
            allow_empty=True,
        )
        content: dict[str, Any] = {"photo": _photo_sizes(stored, width, height)}
        if caption:
            content["caption"] = caption
        if entities:
            content["caption_entities"] = entities
        if params.get("show_caption_above_media"):
            content["show_caption_above_media"] = True
        if params.get("has_spoiler"):
            content["has_media_spoiler"] = True
        message = self._bot_message(chat, params, content)
        self.photos.append(SentPhoto(params, message, stored.data))
        return message

    def _photo_file(self, photo: Any) -> tuple[StoredFile, int, int]:
        """The photo of a sendPhoto: an upload (checked like Telegram) or a known file_id."""
        if photo is None or photo == "":
            raise _bad("there is no photo in the request")
        if isinstance(photo, str):
            stored = self._files.get(photo)
            if stored is None:
                # An HTTP URL would be fetched by Telegram; this server reaches nothing outside.
                raise _bad("wrong file identifier/HTTP URL specified")
            data = stored.data
        elif isinstance(photo, bytes | bytearray):
            data = bytes(photo)
            stored = None
        else:
            raise _bad("there is no photo in the request")
        if len(data) > MAX_PHOTO_BYTES:
            raise _bad("file is too big")
        size = _image_size(data)
        if size is None:
            raise _bad("IMAGE_PROCESS_FAILED")
        width, height = size
        if (
            width < 1
            or height < 1
            or width + height > MAX_PHOTO_SIDES
            or max(width, height) > MAX_PHOTO_RATIO * min(width, height)
        ):
            raise _bad("PHOTO_INVALID_DIMENSIONS")
        if stored is None:
            stored = self.add_file(data, "photo.jpg", folder="photos")
        return stored, width, height

    def _editable(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise _bad("MESSAGE_ID_INVALID")
        chat = self._chat_for_send(params)
        message_id = params.get("message_id")
        if message_id is None or message_id == "":
            raise _bad("message identifier is not specified")
        message = self._messages.get((chat["id"], _as_int(message_id, -1)))
        if message is None:
            raise _bad("message to edit not found")
        if (message.get("from") or {}).get("id") != self.bot_id:
            raise _bad("message can't be edited")
        return message

    def _apply_edit(
        self,
        method: str,
        params: dict[str, Any],
        message: dict[str, Any],
        text: str,
        entities: list[dict[str, Any]],
        markup: dict[str, Any] | None,
    ) -> dict[str, Any]:
        before = (message.get("text"), message.get("entities", []), message.get("reply_markup"))
        if before == (text, entities, markup):
            raise _bad(NOT_MODIFIED.removeprefix("Bad Request: "))
        edited = {k: v for k, v in message.items() if k not in ("entities", "reply_markup")}
        edited["text"] = text
        edited["edit_date"] = int(time.time())
        if entities:
            edited["entities"] = entities
        if markup is not None:
            edited["reply_markup"] = markup
        self._messages[(message["chat"]["id"], message["message_id"])] = edited
        self.edits.append(Edit(method, params, edited))
        return edited

    async def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        if "text" not in message:
            raise _bad("there is no text in the message to edit")
        text, entities = self._render(params, "text")
        # Omitting reply_markup removes the keyboard, as on Telegram.
        return self._apply_edit(
            "editMessageText", params, message, text, entities, self._markup(params)
        )

    async def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        return self._apply_edit(
            "editMessageReplyMarkup",
            params,
            message,
            message.get("text", ""),
            message.get("entities", []),
            self._markup(params),
        )

    async def _delete_message(self, params: dict[str, Any]) -> bool:
        chat = self._chat_for_send(params)
        key = (chat["id"], _as_int(params.get("message_id"), -1))
        if self._messages.pop(key, None) is None:
            raise _bad("message to delete not found")
        return True

    async def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._chat_for_send(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        return True

    async def _get_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat_for_send(params)
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat_for_send(params)
        user_id = params.get("user_id")
        if not isinstance(user_id, int) or user_id <= 0:
            raise _bad("invalid user_id specified")
        if user_id == self.bot_id:
            user = dict(self.bot_user)
            status = self._members.get((chat["id"], user_id), "member")
        elif user_id in self._users:
            user = dict(self._users[user_id])
            if chat["type"] == "private":
                status = "member" if chat["id"] == user_id else "left"
            else:
                status = self._members.get((chat["id"], user_id), "left")
        else:
            # Telegram knows only users who have met the bot somewhere.
            raise _bad("user not found")
        return _chat_member(user, status)

    def _live_query(self, table: dict[str, _PendingQuery], query_id: Any) -> _PendingQuery:
        query = table.get(str(query_id))
        expired = (
            query is not None
            and self.query_timeout is not None
            and time.monotonic() - query.created > self.query_timeout
        )
        if query is None or query.answered or expired:
            raise _bad(QUERY_TOO_OLD.removeprefix("Bad Request: "))
        return query

    async def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        query = self._live_query(self._inline_queries, params.get("inline_query_id"))
        results = params.get("results")
        if isinstance(results, str) or not isinstance(results, list):
            raise _bad("can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise _bad("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            self._check_inline_result(result, seen)
        next_offset = str(params.get("next_offset") or "")
        if len(next_offset.encode()) > MAX_NEXT_OFFSET_BYTES:
            raise _bad("NEXT_OFFSET_INVALID")
        button = params.get("button")
        if button is not None:
            _check_inline_button(button)
        query.answered = True
        self.inline_answers.append(InlineAnswer(params))
        return True

    def _check_inline_result(self, result: Any, seen: set[str]) -> None:
        if not isinstance(result, dict) or "type" not in result:
            raise _bad("can't parse inline query result")
        result_id = str(result.get("id", ""))
        if not result_id or len(result_id.encode()) > MAX_RESULT_ID_BYTES:
            raise _bad("RESULT_ID_INVALID")
        if result_id in seen:
            raise _bad("RESULT_ID_DUPLICATE")
        seen.add(result_id)
        content = result.get("input_message_content")
        if result["type"] == "article":
            if not str(result.get("title") or "").strip():
                raise _bad("RESULT_TITLE_EMPTY")
            if not isinstance(content, dict):
                raise _bad("MESSAGE_EMPTY")
        if isinstance(content, dict) and "message_text" in content:
            self._render(content, "message_text")
        self._markup({"reply_markup": result.get("reply_markup")})

    async def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query = self._live_query(self._callback_queries, params.get("callback_query_id"))
        text = params.get("text")
        if text is not None and len(str(text)) > MAX_CALLBACK_ANSWER_CHARS:
            raise _bad("MESSAGE_TOO_LONG")
        query.answered = True
        self.callback_answers.append(CallbackAnswer(params))
        return True

    async def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise _bad("invalid file_id")
        if self.max_download_bytes is not None and len(stored.data) > self.max_download_bytes:
            raise _bad("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    @staticmethod
    def _scope_key(params: dict[str, Any]) -> str:
        scope = params.get("scope") or {"type": "default"}
        return _dumps([scope, params.get("language_code") or ""])

    async def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _bad("can't parse commands JSON object")
        for command in commands:
            if not isinstance(command, dict):
                raise _bad("can't parse BotCommand")
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[self._scope_key(params)] = [dict(c) for c in commands]
        return True

    async def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return list(self._commands.get(self._scope_key(params), []))

    async def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        self._commands.pop(self._scope_key(params), None)
        return True

    async def _set_text(self, params: dict[str, Any], key: str, limit: int) -> bool:
        value = str(params.get(key) or "")
        if len(value) > limit:
            raise _bad(f"{key} is too long")
        self._texts[f"{key}:{params.get('language_code') or ''}"] = value
        return True

    async def _set_my_description(self, params: dict[str, Any]) -> bool:
        return await self._set_text(params, "description", 512)

    async def _get_my_description(self, params: dict[str, Any]) -> dict[str, str]:
        return {
            "description": self._texts.get(f"description:{params.get('language_code') or ''}", "")
        }

    async def _set_my_short_description(self, params: dict[str, Any]) -> bool:
        return await self._set_text(params, "short_description", 120)

    async def _get_my_short_description(self, params: dict[str, Any]) -> dict[str, str]:
        key = f"short_description:{params.get('language_code') or ''}"
        return {"short_description": self._texts.get(key, "")}

    async def _set_chat_menu_button(self, params: dict[str, Any]) -> bool:
        chat_id = params.get("chat_id")
        button = params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in (
            "commands",
            "web_app",
            "default",
        ):
            raise _bad("can't parse menu button JSON object")
        self._menu_buttons[chat_id if isinstance(chat_id, int) else None] = button
        return True

    async def _get_chat_menu_button(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        key = chat_id if isinstance(chat_id, int) else None
        return dict(
            self._menu_buttons.get(key) or self._menu_buttons.get(None) or {"type": "commands"}
        )

    # ---- control API (for a benchmark in another process) ----------------------------------

    def _control_routes(self, app: web.Application) -> None:
        """Register the control API.

        - ``POST /_control/updates``: an Update object or a list of them; returns their ids.
        - ``POST /_control/private_text|group_text|inline_query|callback|document``: call the
          helper with the JSON object as keyword arguments (``callback`` takes ``chat_id`` and
          ``message_id`` instead of ``message``; ``document`` takes ``data_b64`` or ``text``).
        - ``POST /_control/fault``: ``{"method", "status", "retry_after", "times", "drop",
          "delay", "description"}`` as for :meth:`inject`; ``{"clear": true}`` removes all.
        - ``POST /_control/block``: ``{"user_id"}``.
        - ``POST /_control/member``: ``{"chat_id", "user_id", "status"}`` as for
          :meth:`set_member`.
        - ``GET /_control/sent?since=N``: sendMessage records ``{"params", "message"}`` from
          index N on, with ``next`` (the index to ask from next time).
        - ``GET /_control/calls?since=N``: every call ``{"method", "params"}`` from index N.
        - ``GET /_control/stats``: counts per method, recordings and pending updates.
        - ``GET /_control/wait?sent=N&timeout=S``: wait until N messages were sent.
        """
        app.router.add_post("/_control/updates", self._control_updates)
        app.router.add_post("/_control/fault", self._control_fault)
        app.router.add_post("/_control/block", self._control_block)
        app.router.add_post("/_control/member", self._control_member)
        app.router.add_get("/_control/sent", self._control_sent)
        app.router.add_get("/_control/calls", self._control_calls)
        app.router.add_get("/_control/stats", self._control_stats)
        app.router.add_get("/_control/wait", self._control_wait)
        app.router.add_post("/_control/{helper}", self._control_helper)

    @staticmethod
    def _ok(result: Any, status: int = 200) -> web.Response:
        return web.json_response(
            {"ok": status < 400, "result": result}, status=status, dumps=_dumps
        )

    async def _control_updates(self, request: web.Request) -> web.Response:
        body = await _control_json(request)
        updates = body if isinstance(body, list) else [body]
        if not all(isinstance(u, dict) for u in updates):
            return self._ok("an Update object or a list of them is expected", 400)
        ids = [self._enqueue(dict(u))["update_id"] for u in updates]
        return self._ok(ids)

    async def _control_helper(self, request: web.Request) -> web.Response:
        helper = request.match_info["helper"]
        kwargs = await _control_json(request)
        if not isinstance(kwargs, dict):
            return self._ok("a JSON object of keyword arguments is expected", 400)
        try:
            update = await self._call_helper(helper, kwargs)
        except (TypeError, ValueError, KeyError) as exc:
            return self._ok(f"{helper}: {exc}", 400)
        if update is None:
            return self._ok(f"unknown helper {helper!r}", 404)
        return self._ok(update)

    async def _call_helper(self, helper: str, kwargs: dict[str, Any]) -> dict[str, Any] | None:
        if helper == "private_text":
            return await self.private_text(**kwargs)
        if helper == "group_text":
            return await self.group_text(**kwargs)
        if helper == "inline_query":
            return await self.inline_query(**kwargs)
        if helper == "callback":
            chat_id, message_id = int(kwargs["chat_id"]), int(kwargs["message_id"])
            message = self._resolve_message(chat_id, message_id)
            return await self.callback(int(kwargs["user_id"]), message, str(kwargs["data"]))
        if helper == "document":
            args = dict(kwargs)
            if "data_b64" in args:
                args["data"] = base64.b64decode(args.pop("data_b64"))
            elif "text" in args:
                args["data"] = str(args.pop("text")).encode()
            return await self.document(**args)
        return None

    async def _control_fault(self, request: web.Request) -> web.Response:
        body = await _control_json(request)
        if not isinstance(body, dict):
            return self._ok("a JSON object is expected", 400)
        if body.get("clear"):
            self.clear_faults()
            return self._ok(True)
        try:
            self.inject(
                str(body["method"]),
                status=int(body.get("status", 429)),
                retry_after=int(body.get("retry_after", 1)),
                times=None if body.get("times", 1) is None else int(body.get("times", 1)),
                drop=bool(body.get("drop", False)),
                delay=None if body.get("delay") is None else float(body["delay"]),
                description=body.get("description"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            return self._ok(f"bad fault: {exc}", 400)
        return self._ok(True)

    async def _control_block(self, request: web.Request) -> web.Response:
        body = await _control_json(request)
        try:
            self.block_user(int(body["user_id"]))
        except (KeyError, TypeError, ValueError) as exc:
            return self._ok(f"bad block request: {exc}", 400)
        return self._ok(True)

    async def _control_member(self, request: web.Request) -> web.Response:
        body = await _control_json(request)
        try:
            self.set_member(int(body["chat_id"]), int(body["user_id"]), str(body["status"]))
        except (KeyError, TypeError, ValueError) as exc:
            return self._ok(f"bad member request: {exc}", 400)
        return self._ok(True)

    async def _control_sent(self, request: web.Request) -> web.Response:
        since = _as_int(request.query.get("since"), 0)
        records = [
            {"params": s.params, "message": s.message, "at": at}
            for s, at in zip(self.sent[since:], self.sent_times[since:], strict=True)
        ]
        return self._ok({"sent": records, "next": len(self.sent)})

    async def _control_calls(self, request: web.Request) -> web.Response:
        since = _as_int(request.query.get("since"), 0)
        records = [
            {"method": c.method, "params": c.params, "at": at}
            for c, at in zip(self.calls[since:], self.call_times[since:], strict=True)
        ]
        return self._ok({"calls": records, "next": len(self.calls)})

    def _stats(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for call in self.calls:
            counts[call.method] = counts.get(call.method, 0) + 1
        return {
            "calls": counts,
            "sent": len(self.sent),
            "edits": len(self.edits),
            "inline_answers": len(self.inline_answers),
            "callback_answers": len(self.callback_answers),
            "failures": len(self.failures),
            "pending_updates": len(self._updates),
        }

    async def _control_stats(self, request: web.Request) -> web.Response:
        return self._ok(self._stats())

    async def _control_wait(self, request: web.Request) -> web.Response:
        want = _as_int(request.query.get("sent"), 0)
        timeout = _as_float(request.query.get("timeout"), 5.0)
        try:
            await self.wait_sent(want, timeout)
        except TimeoutError:
            return self._ok(self._stats(), 408)
        return self._ok(self._stats())


# --------------------------------------------------------------------------------------------
# Module-level helpers used by the server
# --------------------------------------------------------------------------------------------


class _Described(NamedTuple):
    """A result that Telegram sends with a ``description`` (setWebhook, deleteWebhook)."""

    value: Any
    description: str


def _image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF or JPEG from its header; None if it is none of those."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker = data[i + 1]
            length = int.from_bytes(data[i + 2 : i + 4], "big")
            # Start-of-frame markers carry the size; C4, C8 and CC are other tables.
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height = int.from_bytes(data[i + 5 : i + 7], "big")
                width = int.from_bytes(data[i + 7 : i + 9], "big")
                return width, height
            i += 2 + length
    return None


def _photo_sizes(stored: StoredFile, width: int, height: int) -> list[dict[str, Any]]:
    """The PhotoSize array Telegram returns: scaled copies up to the full size, smallest first."""
    sizes: list[dict[str, Any]] = []
    longest = max(width, height)
    for limit in PHOTO_SIZE_LIMITS:
        scale = min(1.0, limit / longest)
        w, h = max(1, round(width * scale)), max(1, round(height * scale))
        if sizes and (sizes[-1]["width"], sizes[-1]["height"]) == (w, h):
            break
        full = scale == 1.0
        sizes.append(
            {
                "file_id": stored.file_id if full else stored.file_id + f"-{limit}",
                "file_unique_id": stored.file_unique_id + f"-{limit}",
                "width": w,
                "height": h,
                "file_size": len(stored.data) if full else max(1, int(len(stored.data) * scale**2)),
            }
        )
        if full:
            break
    sizes[-1]["file_id"] = stored.file_id  # the largest kept size is the file sent again by id
    return sizes


_MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted", "left", "kicked"})
_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
)
_RESTRICTED_RIGHTS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_edit_tag",
    "can_react_to_messages",
)


def _chat_member(user: dict[str, Any], status: str) -> dict[str, Any]:
    """A ChatMember object with the fields Telegram sends for each status."""
    member: dict[str, Any] = {"user": user, "status": status}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(can_be_edited=False, is_anonymous=False, can_promote_members=False)
        member.update(dict.fromkeys(_ADMIN_RIGHTS, True))
        member.update(
            can_post_stories=False, can_edit_stories=False, can_delete_stories=False,
            can_manage_topics=False,
        )  # fmt: skip
    elif status == "restricted":
        member.update(is_member=True, until_date=0)
        member.update(dict.fromkeys(_RESTRICTED_RIGHTS, False))
    elif status == "kicked":
        member["until_date"] = 0
    return member


def _without_reply(message: dict[str, Any]) -> dict[str, Any]:
    # Telegram does not nest reply_to_message more than one level.
    return {k: v for k, v in message.items() if k != "reply_to_message"}


def _as_int(value: Any, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _as_float(value: Any, default: float) -> float:
    if value is None or value == "":
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _check_button(button: Any) -> None:
    """Telegram's checks on one inline keyboard button."""
    if not isinstance(button, dict) or not str(button.get("text") or ""):
        raise _bad(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA_BYTES:
            raise _bad("BUTTON_DATA_INVALID")
        return
    if "url" in button:
        if not re.match(r"(https?|tg)://\S+$", str(button["url"])):
            raise _bad("BUTTON_URL_INVALID")
        return
    actions = {
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "web_app",
        "login_url",
        "callback_game",
        "pay",
        "copy_text",
    }
    if not actions.intersection(button):
        raise _bad(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not str(button.get("text") or ""):
        raise _bad("can't parse InlineQueryResultsButton")
    start = button.get("start_parameter")
    if start is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", str(start)):
        raise _bad("START_PARAM_INVALID")


def _fault_error(fault: _Fault) -> _ApiError:
    if fault.status == 429:
        description = fault.description or f"Too Many Requests: retry after {fault.retry_after}"
        return _ApiError(429, description, fault.retry_after)
    try:
        phrase = HTTPStatus(fault.status).phrase
    except ValueError:
        phrase = "Error"
    return _ApiError(fault.status, fault.description or phrase)


async def _control_json(request: web.Request) -> Any:
    """The JSON body of a control request; a 400 answer when it is not JSON."""
    try:
        return await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text="the body must be JSON") from None


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Collect parameters from the query string and a JSON, form or multipart body."""
    raw: dict[str, Any] = dict(request.query)
    if request.method == "POST" and request.can_read_body:
        ctype = request.content_type
        if ctype == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise ValueError("can't parse JSON object") from None
            if not isinstance(body, dict):
                raise ValueError("JSON object expected")
            raw.update(body)
        elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    raw[key] = value.file.read()
                else:
                    raw[key] = value
    return {key: _coerce(key, value) for key, value in raw.items()}


# --------------------------------------------------------------------------------------------
# Standalone mode
# --------------------------------------------------------------------------------------------


async def _serve(host: str, port: int, token: str, privacy_mode: bool) -> None:
    api = FakeBotApi(token=token, privacy_mode=privacy_mode)
    await api.start(host, port)
    print(f"PORT {api.port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        await api.stop()


def main(argv: Iterable[str] | None = None) -> None:
    """Run the fake Bot API server until SIGINT/SIGTERM.

    Args:
        argv: Command line arguments (defaults to ``sys.argv[1:]``).
    """
    parser = argparse.ArgumentParser(description="Fake Telegram Bot API server for tests.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument(
        "--no-privacy", action="store_true", help="deliver every group message to the bot"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(_serve(args.host, args.port, args.token, not args.no_privacy))


if __name__ == "__main__":
    main()
