"""Tests for the fake Bot API server, driven by the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import datetime as dtm
import html
import io
import json
import struct
import sys
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from hypothesis import given
from hypothesis import strategies as st
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    MenuButtonCommands,
    MenuButtonDefault,
    Update,
)
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from tests.fake_bot_api import (
    BOT_USERNAME,
    FakeBotApi,
    HtmlParseError,
    _detect_entities,
    _entity_text,
    parse_telegram_html,
    utf16_len,
)

TOKEN = "123:ABC"
REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _timedelta_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22 warns when RetryAfter.retry_after is read as int; opt in to timedelta.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TOKEN) as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url) as client:
        yield client


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        yield session


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d) for d in data]])


def article(result_id: str, text: str = "quote") -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        result_id, "Sergey Lavrov · 17 Mar 2021", InputTextMessageContent(text, parse_mode="HTML")
    )


# ---- Telegram HTML ----------------------------------------------------------------------------


def test_html_entities_use_utf16_offsets() -> None:
    text, entities = parse_telegram_html("😀 <b>bold <i>both</i></b> &lt;x&gt; &#128512;&#x41;")
    assert text == "😀 bold both <x> 😀A"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 9},
        {"type": "italic", "offset": 8, "length": 4},
    ]


def test_html_links_pre_language_blockquote_and_spoilers() -> None:
    source = (
        '<a href="https://mid.ru/x?a=1&amp;b=2">src</a> '
        '<pre><code class="language-python">x = 1</code></pre> '
        "<blockquote expandable>long</blockquote> "
        '<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler> a > b'
    )
    text, entities = parse_telegram_html(source)
    assert text == "src x = 1 long st a > b"
    assert {"type": "text_link", "offset": 0, "length": 3, "url": "https://mid.ru/x?a=1&b=2"} in (
        entities
    )
    assert {"type": "pre", "offset": 4, "length": 5, "language": "python"} in entities
    assert not any(e["type"] == "code" for e in entities)
    assert {"type": "expandable_blockquote", "offset": 10, "length": 4} in entities
    assert [e["offset"] for e in entities if e["type"] == "spoiler"] == [15, 16]


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("line<br>next", 'Unsupported start tag "br" at byte offset 4'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("AT&T", "Unsupported HTML entity at byte offset 2"),
        ("a&nbsp;b", 'Unsupported HTML entity "&nbsp;"'),
        ("&#0;", "Invalid numeric HTML entity"),
        ('<span class="x">y</span>', 'Tag "span" must have class "tg-spoiler"'),
        ("ж<u>x</u></b>", "Unexpected end tag at byte offset 10"),
    ],
)
def test_html_errors_name_the_problem(source: str, reason: str) -> None:
    with pytest.raises(HtmlParseError) as info:
        parse_telegram_html(source)
    assert reason in str(info.value)


@given(st.text())
def test_escaped_text_round_trips(text: str) -> None:
    assert parse_telegram_html(html.escape(text)) == (text, [])
    plain, entities = parse_telegram_html(f"<b>{html.escape(text)}</b>")
    assert plain == text
    expected = [{"type": "bold", "offset": 0, "length": utf16_len(text)}] if text else []
    assert entities == expected


# ---- routing, tokens, encodings ---------------------------------------------------------------


async def test_get_me_describes_the_test_bot(bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123, True, BOT_USERNAME)
    assert me.can_read_all_group_messages is False
    assert me.supports_inline_queries is True


async def test_wrong_token_is_unauthorized(api: FakeBotApi) -> None:
    with pytest.raises(InvalidToken, match="rejected by the server"):
        async with Bot("999:WRONG", base_url=api.base_url):
            pass


async def test_raw_routes_methods_are_case_insensitive_and_unknown_is_404(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    root = f"http://127.0.0.1:{api.port}/bot{TOKEN}"
    async with http.get(f"{root}/GETME") as resp:
        assert resp.status == 200
        assert (await resp.json())["result"]["username"] == BOT_USERNAME
    async with http.post(f"{root}/noSuchMethod") as resp:
        assert resp.status == 404
        assert await resp.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    async with http.get(f"http://127.0.0.1:{api.port}/botBAD/getMe") as resp:
        assert resp.status == 401
        assert (await resp.json())["description"] == "Unauthorized"
    assert [c.method for c in api.calls] == ["getMe"]


async def test_json_form_and_query_string_params_are_decoded_alike(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    await api.private_text(5, "hi")
    root = f"http://127.0.0.1:{api.port}/bot{TOKEN}/sendMessage"
    markup = {"inline_keyboard": [[{"text": "More", "callback_data": "more:1"}]]}
    await http.post(root, json={"chat_id": 5, "text": "json", "reply_markup": markup})
    form = {"chat_id": "5", "text": "form", "reply_markup": json.dumps(markup)}
    await http.post(root, data=form)
    await http.get(root, params={"chat_id": "5", "text": "query"})
    assert [s.text for s in api.sent] == ["json", "form", "query"]
    assert [s.message_id for s in api.sent] == [2, 3, 4]
    assert api.sent[1].params["reply_markup"] == markup
    assert api.sent[1].params["chat_id"] == 5
    assert api.sent[1].callback_data == ["more:1"]
    assert "reply_markup" not in api.sent[2].message


# ---- getUpdates -------------------------------------------------------------------------------


async def test_get_updates_offsets_confirm_and_forget(api: FakeBotApi, bot: Bot) -> None:
    ids = [(await api.private_text(1, t))["update_id"] for t in ("a", "b", "c")]
    assert [u.update_id for u in await bot.get_updates()] == ids
    assert [u.message.text for u in await bot.get_updates(offset=ids[1])] == ["b", "c"]
    # A confirmed update never comes back, even when asked for by id.
    assert [u.update_id for u in await bot.get_updates(offset=ids[0])] == ids[1:]
    assert [u.update_id for u in await bot.get_updates(limit=1)] == ids[1:2]
    # -1: the last update only, and everything before it is forgotten.
    assert [u.update_id for u in await bot.get_updates(offset=-1)] == ids[2:]
    assert [u.update_id for u in await bot.get_updates()] == ids[2:]
    assert await bot.get_updates(offset=ids[2] + 1) == ()
    assert api.pending_updates == 0


async def test_allowed_updates_drops_other_types(api: FakeBotApi, bot: Bot) -> None:
    await api.inline_query(1, "icc")
    message = await api.private_text(1, "text")
    got = await bot.get_updates(allowed_updates=["message"])
    assert [u.update_id for u in got] == [message["update_id"]]
    assert [u.update_id for u in await bot.get_updates(allowed_updates=[])] == [
        message["update_id"]
    ]


async def test_long_poll_wakes_up_when_an_update_arrives(api: FakeBotApi, bot: Bot) -> None:
    assert await bot.get_updates(timeout=0) == ()
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await api.wait_for(lambda a: sum(c.method == "getUpdates" for c in a.calls) == 2)
    update = await api.private_text(2, "wake up")
    # Far below the 30 s poll: only an early wake-up can satisfy this bound.
    got = await asyncio.wait_for(poll, 5)
    assert [u.update_id for u in got] == [update["update_id"]]


async def test_a_second_poller_terminates_the_first(
    api: FakeBotApi, bot: Bot, http: aiohttp.ClientSession
) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=30))
    await api.wait_for(lambda a: any(c.method == "getUpdates" for c in a.calls))
    async with http.post(f"{bot.base_url}/getUpdates", json={"timeout": 0}) as resp:
        assert (await resp.json())["result"] == []
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await asyncio.wait_for(first, 5)


# ---- sendMessage ------------------------------------------------------------------------------


async def test_send_message_returns_a_full_message(api: FakeBotApi, bot: Bot) -> None:
    asked = await api.private_text(42, "what about ICC?")
    message = await bot.send_message(
        42,
        "<b>Sergey Lavrov</b> 😀 <i>said</i>",
        parse_mode="HTML",
        reply_markup=keyboard("more:1", "ctx:1"),
        reply_to_message_id=asked["message"]["message_id"],
    )
    assert message.text == "Sergey Lavrov 😀 said"
    assert list(message.parse_entities().values()) == ["Sergey Lavrov", "said"]
    assert message.from_user is not None and message.from_user.username == BOT_USERNAME
    assert message.chat.id == 42 and message.message_id == 2
    assert message.reply_to_message is not None
    assert message.reply_to_message.text == "what about ICC?"
    assert message.reply_markup == keyboard("more:1", "ctx:1")
    second = await bot.send_message(42, "next")
    assert second.message_id == 3
    assert [s.text for s in api.sent_to(42)] == ["Sergey Lavrov 😀 said", "next"]
    assert api.sent_to(7) == []


async def test_send_message_length_counts_utf16_after_markup(api: FakeBotApi, bot: Bot) -> None:
    await api.private_text(1, "hi")
    await bot.send_message(1, f"<b>{'a' * 4096}</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(1, "a" * 4097)
    # 2,049 emoji are 2,049 characters but 4,098 UTF-16 code units.
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(1, "😀" * 2049)
    assert len(api.sent) == 1


@pytest.mark.parametrize("text", ["   ", "<b></b>", " <i> </i> "])
async def test_empty_text_is_refused(api: FakeBotApi, bot: Bot, text: str) -> None:
    await api.private_text(1, "hi")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(1, text, parse_mode="HTML")


async def test_bad_html_and_button_data_are_refused(api: FakeBotApi, bot: Bot) -> None:
    await api.private_text(1, "hi")
    with pytest.raises(BadRequest, match="Can't parse entities: unsupported start tag"):
        await bot.send_message(1, "Lavrov <on> sanctions", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(1, "x", reply_markup=keyboard("я" * 33))  # 66 bytes
    await bot.send_message(1, "x", reply_markup=keyboard("я" * 32))  # exactly 64 bytes
    assert len(api.sent) == 1
    assert [f.error_code for f in api.failures] == [400, 400]


async def test_unknown_and_blocked_chats(api: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(404, "hello")
    await api.private_text(7, "hi")
    await bot.send_message(7, "before")
    api.block_user(7)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(7, "after")
    api.unblock_user(7)
    await bot.send_message(7, "again")
    assert [s.text for s in api.sent] == ["before", "again"]


async def test_kicked_and_deleted_group_chats(api: FakeBotApi, bot: Bot) -> None:
    await api.group_text(-100900, 7, "/start")
    await api.group_text(-1001000000001, 7, "/start")
    await bot.send_message(-100900, "before")
    api.kick_bot(-100900)
    with pytest.raises(Forbidden, match="bot was kicked from the group chat"):
        await bot.send_message(-100900, "after")
    api.kick_bot(-1001000000001)
    with pytest.raises(Forbidden, match="kicked from the supergroup chat"):
        await bot.send_message(-1001000000001, "after")
    await api.private_text(8, "hi")
    api.delete_chat(8)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(8, "gone")


async def test_get_chat_member_reports_each_status(api: FakeBotApi, bot: Bot) -> None:
    group = -100901
    await api.group_text(group, 1, "/start")  # a user who writes there is a member
    for user, status in ((2, "administrator"), (3, "creator"), (4, "left"), (5, "kicked")):
        api.set_member(group, user, status)
    api.set_member(group, 6, "restricted")
    expected = {
        1: ChatMemberStatus.MEMBER,
        2: ChatMemberStatus.ADMINISTRATOR,
        3: ChatMemberStatus.OWNER,
        4: ChatMemberStatus.LEFT,
        5: ChatMemberStatus.BANNED,
        6: ChatMemberStatus.RESTRICTED,
    }
    for user, status in expected.items():
        member = await bot.get_chat_member(group, user)
        assert member.status == status and member.user.id == user
        assert member.api_kwargs == {}  # no field Telegram would not send
    admin = await bot.get_chat_member(group, 2)
    assert admin.can_delete_messages and not admin.can_promote_members  # type: ignore[attr-defined]
    me = await bot.get_chat_member(group, api.bot_id)
    assert me.user.is_bot and me.status == ChatMemberStatus.MEMBER
    await api.private_text(9, "hi")  # known to the bot, never in the group
    assert (await bot.get_chat_member(group, 9)).status == ChatMemberStatus.LEFT
    with pytest.raises(BadRequest, match="User not found"):
        await bot.get_chat_member(group, 424242)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.get_chat_member(-100404, 1)
    with pytest.raises(ValueError, match="status must be one of"):
        api.set_member(group, 1, "owner")


# ---- fault injection --------------------------------------------------------------------------


async def test_flood_control_raises_retry_after(api: FakeBotApi, bot: Bot) -> None:
    await api.private_text(1, "hi")
    api.inject("sendMessage", status=429, retry_after=7, times=2)
    for _ in range(2):
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(1, "x")
        assert info.value.retry_after == dtm.timedelta(seconds=7)
    await bot.send_message(1, "x")
    assert [f.description for f in api.failures] == ["Too Many Requests: retry after 7"] * 2
    assert len(api.sent) == 1


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_are_network_errors(api: FakeBotApi, bot: Bot, status: int) -> None:
    await api.private_text(1, "hi")
    api.inject("*", status=status)
    with pytest.raises(NetworkError) as info:
        await bot.send_message(1, "x")
    assert not isinstance(info.value, BadRequest)
    await bot.send_message(1, "x")
    assert len(api.sent) == 1


async def test_dropped_and_slow_responses(api: FakeBotApi, bot: Bot) -> None:
    await api.private_text(1, "hi")
    api.inject("sendmessage", drop=True)
    with pytest.raises(NetworkError, match="disconnected"):
        await bot.send_message(1, "lost")
    api.inject("sendMessage", delay=0.05)
    message = await bot.send_message(1, "slow")
    assert message.text == "slow"
    assert [s.text for s in api.sent] == ["slow"]


# ---- edits ------------------------------------------------------------------------------------


async def test_edit_message_text_and_markup(api: FakeBotApi, bot: Bot) -> None:
    await api.private_text(3, "q")
    sent = await bot.send_message(3, "<b>one</b>", parse_mode="HTML", reply_markup=keyboard("m"))
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "<b>one</b>", 3, sent.message_id, parse_mode="HTML", reply_markup=keyboard("m")
        )
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(3, sent.message_id, reply_markup=keyboard("m"))
    # Same text, different markup (none): a real change, the keyboard goes away.
    edited = await bot.edit_message_text("<b>one</b>", 3, sent.message_id, parse_mode="HTML")
    assert edited.reply_markup is None and edited.edit_date is not None
    edited = await bot.edit_message_text("two", 3, sent.message_id, reply_markup=keyboard("n"))
    assert edited.text == "two" and edited.reply_markup == keyboard("n")
    assert api.message(3, sent.message_id)["text"] == "two"
    assert [e.method for e in api.edits] == ["editMessageText", "editMessageText"]
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", 3, 999)
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("x", 3, 1)  # the user's own message


# ---- inline and callback queries ---------------------------------------------------------------


async def test_answer_inline_query_limits(api: FakeBotApi, bot: Bot) -> None:
    query_id = (await api.inline_query(5, "icc"))["inline_query"]["id"]
    with pytest.raises(BadRequest, match="Results_too_much"):
        await bot.answer_inline_query(query_id, [article(str(i)) for i in range(51)])
    with pytest.raises(BadRequest, match="Result_id_duplicate"):
        await bot.answer_inline_query(query_id, [article("a"), article("a")])
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.answer_inline_query(query_id, [article("a", "<b>unclosed")])
    # Refused answers do not use the query up.
    await bot.answer_inline_query(query_id, [article(str(i)) for i in range(50)], next_offset="50")
    assert len(api.inline_answers[0].results) == 50
    assert api.inline_answers[0].next_offset == "50"
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_inline_query(query_id, [article("a")])
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_inline_query("no-such-query", [])


async def test_callback_query_round_trip(api: FakeBotApi, bot: Bot) -> None:
    await api.private_text(9, "q")
    await bot.send_message(9, "answer", reply_markup=keyboard("more:1"))
    sent = api.sent[0]
    with pytest.raises(ValueError, match="no button"):
        await api.callback(9, sent, "other")
    update = Update.de_json(await api.callback(9, sent, "more:1"), bot)
    assert update.callback_query is not None
    assert update.callback_query.data == "more:1"
    assert update.callback_query.message.message_id == sent.message_id  # type: ignore[union-attr]
    with pytest.raises(BadRequest, match="Message_too_long"):
        await bot.answer_callback_query(update.callback_query.id, text="x" * 201)
    await bot.answer_callback_query(update.callback_query.id, text="x" * 200)
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(update.callback_query.id)
    assert api.callback_answers[0].params["text"] == "x" * 200


async def test_queries_expire() -> None:
    async with (
        FakeBotApi(token=TOKEN, query_timeout=0.0) as api,
        Bot(TOKEN, base_url=api.base_url) as bot,
    ):
        query_id = (await api.inline_query(5, "icc"))["inline_query"]["id"]
        with pytest.raises(BadRequest, match="Query is too old"):
            await bot.answer_inline_query(query_id, [article("a")])
        assert api.inline_answers == []


# ---- files ------------------------------------------------------------------------------------


async def test_document_get_file_and_download(api: FakeBotApi, bot: Bot) -> None:
    data = "Сергей Лавров: тест\n".encode() * 100
    update = Update.de_json(await api.document(8, "talk.txt", data), bot)
    assert update.message is not None and update.message.document is not None
    document = update.message.document
    assert (document.file_name, document.mime_type, document.file_size) == (
        "talk.txt",
        "text/plain",
        len(data),
    )
    file = await bot.get_file(document.file_id)
    buffer = io.BytesIO()
    await file.download_to_memory(buffer)
    assert buffer.getvalue() == data
    with pytest.raises(BadRequest, match="Invalid file_id"):
        await bot.get_file("nope")


# ---- group helpers and privacy mode -----------------------------------------------------------


async def test_group_messages_obey_privacy_mode(api: FakeBotApi, bot: Bot) -> None:
    group = -1001234567890
    asked = await api.group_text(group, 5, f"😀 /ask@{BOT_USERNAME} ICC and @someone_else")
    message = Update.de_json(asked, bot).message
    assert message is not None and message.chat.type == "supergroup"
    assert list(message.parse_entities().values()) == [f"/ask@{BOT_USERNAME}", "@someone_else"]
    await api.group_text(group, 5, "just chatting")
    await api.group_text(group, 5, "/ask@OtherBot x")
    await api.group_text(group, 5, f"@{BOT_USERNAME} sanctions")
    reply = await bot.send_message(group, "answer")
    await api.group_text(group, 6, "and more?", reply_to=reply.message_id)
    texts = [u.message.text for u in await bot.get_updates() if u.message]
    assert texts == [asked["message"]["text"], f"@{BOT_USERNAME} sanctions", "and more?"]
    assert [u["message"]["text"] for u in api.withheld] == ["just chatting", "/ask@OtherBot x"]


async def test_housekeeping_methods(api: FakeBotApi, bot: Bot) -> None:
    commands = [BotCommand("ask", "Ask a question"), BotCommand("help", "How to ask")]
    assert await bot.set_my_commands(commands)
    assert tuple(await bot.get_my_commands()) == tuple(commands)
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])
    assert await bot.set_my_description("Quotes official statements.")
    assert (await bot.get_my_description()).description == "Quotes official statements."
    assert await bot.set_my_short_description("Who said what.")
    await api.private_text(4, "hi")
    assert await bot.send_chat_action(4, "typing")
    assert (await bot.get_chat(4)).first_name == "Ann"
    sent = await bot.send_message(4, "bye")
    assert await bot.delete_message(4, sent.message_id)
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(4, sent.message_id)
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()
    assert isinstance(await bot.get_chat_menu_button(), MenuButtonCommands)
    assert await bot.set_chat_menu_button(menu_button=MenuButtonDefault())
    assert isinstance(await bot.get_chat_menu_button(), MenuButtonDefault)
    assert await bot.log_out()


async def test_wait_for_times_out_with_a_summary(api: FakeBotApi) -> None:
    with pytest.raises(TimeoutError, match="calls so far"):
        await api.wait_for(lambda a: bool(a.sent), timeout=0.05)


# ---- webhook ----------------------------------------------------------------------------------


async def test_webhook_delivery_with_secret_and_retry(api: FakeBotApi, bot: Bot) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []
    statuses = [500]  # the first POST fails, the retry succeeds

    async def receive(request: web.Request) -> web.Response:
        received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        return web.Response(status=statuses.pop(0) if statuses else 200)

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    try:
        assert await bot.set_webhook(url, secret_token="s3cr3t-token")
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates()
        update = await api.private_text(3, "via hook")
        await api.wait_for(lambda a: any(d.error is None for d in a.webhook_deliveries))
        assert received == [("s3cr3t-token", update), ("s3cr3t-token", update)]
        assert [d.status for d in api.webhook_deliveries] == [500, 200]
        info = await bot.get_webhook_info()
        assert info.url == url and info.pending_update_count == 0
        assert info.last_error_message is not None and "500" in info.last_error_message
        assert await bot.delete_webhook()
        assert await bot.get_updates() == ()
    finally:
        await runner.cleanup()


# ---- a real Application -----------------------------------------------------------------------


async def test_real_application_polls_and_replies(api: FakeBotApi) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.text is not None
        await update.message.reply_text(f"<b>{html.escape(update.message.text)}</b>", "HTML")

    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await api.private_text(11, "stale, dropped at start")
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(drop_pending_updates=True, timeout=1)
        await api.private_text(11, "x < y & z")
        sent = await api.wait_sent(1)
        await app.updater.stop()
        await app.stop()
    assert [(s.chat_id, s.text) for s in sent] == [(11, "x < y & z")]
    assert sent[0].message["entities"][0]["type"] == "bold"
    assert api.pending_updates == 0


# ---- standalone mode and its control API ------------------------------------------------------


async def test_standalone_server_control_api(http: aiohttp.ClientSession) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fake_bot_api",
        "--port",
        "0",
        "--token",
        TOKEN,
        cwd=REPO_ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 15)).decode()
        assert line.startswith("PORT ")
        root = f"http://127.0.0.1:{int(line.split()[1])}"
        async with http.post(f"{root}/_control/private_text", json={"user_id": 77, "text": "hi"}):
            pass
        raw = {
            "message": {
                "chat": {"id": 78, "type": "private", "first_name": "Bo"},
                "from": {"id": 78, "is_bot": False, "first_name": "Bo"},
                "text": "raw",
            }
        }
        async with http.post(f"{root}/_control/updates", json=[raw]) as resp:
            assert len((await resp.json())["result"]) == 1
        async with Bot(TOKEN, base_url=f"{root}/bot") as bot:
            assert [u.message.text for u in await bot.get_updates() if u.message] == ["hi", "raw"]
            await bot.send_message(78, "answer")
            fault = {"method": "sendMessage", "status": 429, "retry_after": 3}
            async with http.post(f"{root}/_control/fault", json=fault):
                pass
            with pytest.raises(RetryAfter):
                await bot.send_message(77, "limited")
            member = {"chat_id": -100902, "user_id": 78, "status": "administrator"}
            async with http.post(f"{root}/_control/member", json=member) as resp:
                assert resp.status == 200
            async with http.post(f"{root}/_control/member", json={"chat_id": 1}) as resp:
                assert resp.status == 400
        async with http.get(f"{root}/_control/wait", params={"sent": 1, "timeout": 1}) as resp:
            stats = (await resp.json())["result"]
        assert stats["sent"] == 1 and stats["failures"] == 1
        async with http.get(f"{root}/_control/sent") as resp:
            sent = (await resp.json())["result"]
        assert [r["message"]["text"] for r in sent["sent"]] == ["answer"]
        assert sent["next"] == 1
        async with http.get(f"{root}/_control/calls", params={"since": 1}) as resp:
            calls = (await resp.json())["result"]["calls"]
        assert [c["method"] for c in calls] == ["getUpdates", "sendMessage", "sendMessage"]
        async with http.post(f"{root}/_control/updates", data="not json") as resp:
            assert resp.status == 400
    finally:
        proc.terminate()
        await asyncio.wait_for(proc.communicate(), 10)
    assert proc.returncode == 0


def test_user_text_gets_url_entities_like_telegram_clients_attach() -> None:
    text = "см. https://mid.ru/ru/foreign_policy/news/1/, и http://127.0.0.1:8/p. /start"
    found = [(e["type"], _entity_text(text, e)) for e in _detect_entities(text)]
    assert found == [
        ("url", "https://mid.ru/ru/foreign_policy/news/1/"),
        ("url", "http://127.0.0.1:8/p"),
        ("bot_command", "/start"),
    ]


# ---- photos -----------------------------------------------------------------------------------


def png_bytes(width: int, height: int, *, pixels: bool = True) -> bytes:
    """A PNG of one colour; without ``pixels`` only its header is right (for size checks)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x20\x40\x60" * width for _ in range(height)) if pixels else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


async def test_send_photo_uploads_checks_and_returns_sizes(api: FakeBotApi, bot: Bot) -> None:
    asked = await api.private_text(42, "/trend sanctions")
    image = png_bytes(1200, 750)
    message = await bot.send_photo(
        42,
        image,
        caption="<b>“sanctions”</b>: 11 passages\n<i>per 1,000</i>",
        parse_mode="HTML",
        reply_to_message_id=asked["message"]["message_id"],
        filename="trend.png",
    )
    assert message.caption == "“sanctions”: 11 passages\nper 1,000"
    assert [e.type for e in message.caption_entities] == ["bold", "italic"]
    assert message.reply_to_message is not None
    sizes = [(p.width, p.height) for p in message.photo]
    assert sizes == [(90, 56), (320, 200), (800, 500), (1200, 750)]
    [sent] = api.photos
    assert sent.data == image and sent.size == (1200, 750) and sent.chat_id == 42
    assert sent.caption_html.startswith("<b>")
    # The largest size can be sent again by its file_id, and downloaded.
    again = await bot.send_photo(42, message.photo[-1].file_id)
    assert again.caption is None and len(api.photos) == 2
    file = await bot.get_file(message.photo[-1].file_id)
    buffer = io.BytesIO()
    await file.download_to_memory(buffer)
    assert buffer.getvalue() == image


async def test_send_photo_refusals(api: FakeBotApi, bot: Bot) -> None:
    await api.private_text(42, "hi")
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_photo(42, png_bytes(10, 10), caption="<b>" + "a" * 1025 + "</b>")
    await bot.send_photo(42, png_bytes(10, 10), caption="😀" * 512)  # 1,024 UTF-16 units
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_photo(42, png_bytes(10, 10), caption="😀" * 513)
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.send_photo(42, png_bytes(10, 10), caption="<b>x", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Image_process_failed"):
        await bot.send_photo(42, b"this is not an image")
    with pytest.raises(BadRequest, match="Photo_invalid_dimensions"):
        await bot.send_photo(42, png_bytes(9000, 1001, pixels=False))
    with pytest.raises(BadRequest, match="Photo_invalid_dimensions"):
        await bot.send_photo(42, png_bytes(2100, 100, pixels=False))  # ratio 21
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await bot.send_photo(42, "AgACAgIAAxkBAAI-unknown")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_photo(404, png_bytes(10, 10))
    assert len(api.photos) == 1
