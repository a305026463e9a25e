"""Alerts end to end: the real bot, a fake Bot API server, transcripts uploaded and reloaded."""

from __future__ import annotations

import asyncio
import logging
import shutil
from collections import Counter
from pathlib import Path

import pytest

from bot.state import BotState
from bot.watch_formatting import describe_watch
from bot.watches import understand
from tests.conftest import ADMIN_ID, ROOT, TOKEN, RunningBot, bot_running
from tests.fake_bot_api import FakeBotApi, Sent

WATCH_DIR = ROOT / "tests" / "transcripts" / "watch"
KRILL = WATCH_DIR / "2026-02-12_zakharova_briefing_moscow.txt"
BAKU = WATCH_DIR / "2026-02-19_lavrov_press_conference_baku.txt"
LIGHTHOUSES = WATCH_DIR / "2026-03-05_lavrov_interview_lighthouses.txt"
USER = 1001


def fake(bot: RunningBot) -> FakeBotApi:
    assert isinstance(bot.api, FakeBotApi)
    return bot.api


def state(bot: RunningBot) -> BotState:
    return bot.app.bot_data  # type: ignore[attr-defined, no-any-return]


async def say(bot: RunningBot, user: int, text: str, *, group: int | None = None) -> Sent:
    """Send a message (private, or in ``group``) and return the bot's one reply to it."""
    api = fake(bot)
    chat = group if group is not None else user
    before = len(api.sent_to(chat))
    if group is None:
        await api.private_text(user, text)
    else:
        await api.group_text(group, user, text)
    await api.wait_for(lambda a: len(a.sent_to(chat)) > before, timeout=20)
    return api.sent_to(chat)[before]


async def settle(bot: RunningBot) -> None:
    """Wait until every change is evaluated and every alert delivered."""
    await state(bot).alerts.wait_idle(timeout=60)


async def upload(bot: RunningBot, path: Path, name: str | None = None) -> None:
    """An admin sends a transcript; wait for its reload report and for the alerts."""
    api = fake(bot)
    before = len(api.sent_to(ADMIN_ID))
    await api.document(ADMIN_ID, name or path.name, path.read_bytes())
    await api.wait_for(lambda a: len(a.sent_to(ADMIN_ID)) > before, timeout=60)
    assert "Reloaded" in api.sent_to(ADMIN_ID)[-1].text, api.sent_to(ADMIN_ID)[-1].text
    await settle(bot)


async def reload(bot: RunningBot) -> None:
    reply = await say(bot, ADMIN_ID, "/reload")
    assert "Reloaded" in reply.text
    await settle(bot)


def alerts_to(api: FakeBotApi, chat: int) -> list[Sent]:
    return [s for s in api.sent_to(chat) if "🔔" in s.text]


async def test_a_watch_gets_exactly_the_matching_quote_once(running_bot: RunningBot) -> None:
    api = fake(running_bot)
    added = await say(running_bot, USER, "/watch krill fishery")
    assert "#1" in added.text and "krill fishery" in added.text
    await settle(running_bot)

    await upload(running_bot, BAKU)  # says nothing of krill
    assert alerts_to(api, USER) == []

    await upload(running_bot, KRILL)
    [alert] = alerts_to(api, USER)
    assert "#1" in alert.text and "krill fishery" in alert.text
    assert alert.html.count("<blockquote>") == 1
    assert "<b>Maria Zakharova</b>" in alert.html
    assert "catch limits for <u>krill</u>" in alert.html and "<u>fishery</u>" in alert.html
    assert "12 Feb 2026" in alert.text and "Moscow" in alert.text
    assert 'href="https://example.invalid/synthetic/2026-02-12' in alert.html
    assert "Belgrade" not in alert.text and "pianist" not in alert.text
    assert [d[:2] for d in alert.callback_data] == ["f:", "c:"]

    # The same file read again, uploaded again, or the corpus reloaded: nothing new.
    await reload(running_bot)
    await upload(running_bot, KRILL)
    await upload(running_bot, KRILL, name="krill-copy.txt")
    assert len(alerts_to(api, USER)) == 1

    listing = await say(running_bot, USER, "/watches")
    assert "#1" in listing.text and "krill fishery" in listing.text
    assert "never" not in listing.text and "UTC" in listing.text
    assert listing.callback_data == ["wu:1"]


async def test_nothing_repeats_after_a_restart_and_nothing_added_meanwhile_is_lost(
    data_dir: Path,
) -> None:
    async with FakeBotApi(token=TOKEN) as api:
        async with bot_running(data_dir, api=api, USER_RATE_LIMIT="600") as bot:
            await say(bot, USER, "/watch krill")
            await say(bot, USER + 1, "/watch lighthouses")
            await settle(bot)
            await upload(bot, KRILL)
            assert len(alerts_to(api, USER)) == 1
            assert alerts_to(api, USER + 1) == []
        # While the bot is down, a transcript arrives by other means (an editor, `index`).
        shutil.copy(LIGHTHOUSES, data_dir / LIGHTHOUSES.name)
        async with bot_running(data_dir, api=api, USER_RATE_LIMIT="600") as bot:
            await settle(bot)
            assert len(alerts_to(api, USER)) == 1  # not repeated
            [caught_up] = alerts_to(api, USER + 1)
            assert "<u>lighthouses</u>" in caught_up.html or "<u>lighthouse</u>" in caught_up.html
            await reload(bot)
        async with bot_running(data_dir, api=api, USER_RATE_LIMIT="600") as bot:
            await settle(bot)
            listing = await say(bot, USER, "/watches")
            assert "krill" in listing.text
        assert len(alerts_to(api, USER)) == 1
        assert len(alerts_to(api, USER + 1)) == 1


async def test_only_group_administrators_manage_the_groups_watches(
    running_bot: RunningBot,
) -> None:
    api = fake(running_bot)
    group, member, admin, owner = -1001234567890, 2001, 2002, 2003
    api.set_member(group, member, "member")
    api.set_member(group, admin, "administrator")
    api.set_member(group, owner, "creator")

    refused = await say(running_bot, member, "/watch krill", group=group)
    assert "administrators" in refused.text
    assert any(c.method == "getChatMember" for c in api.calls)
    empty = await say(running_bot, member, "/watches", group=group)
    assert "no watches" in empty.text

    added = await say(running_bot, admin, "/watch krill", group=group)
    assert "Watching" in added.text and "#1" in added.text
    listing = await say(running_bot, member, "/watches", group=group)  # anyone may list
    assert "#1" in listing.text and "krill" in listing.text

    refused = await say(running_bot, member, "/unwatch 1", group=group)
    assert "administrators" in refused.text
    before = len(api.sent_to(group))
    await api.callback(member, listing, "wu:1")
    await api.wait_for(lambda a: len(a.sent_to(group)) > before, timeout=10)
    assert "administrators" in api.sent_to(group)[-1].text
    assert [w.id for w in state(running_bot).watches.of_chat(group)] == [1]

    await upload(running_bot, KRILL)
    [alert] = alerts_to(api, group)
    assert "krill" in alert.text

    removed = await say(running_bot, owner, "/unwatch 1", group=group)
    assert "Stopped" in removed.text
    assert state(running_bot).watches.of_chat(group) == []


async def test_a_chat_that_blocked_the_bot_or_is_gone_loses_its_watches(
    running_bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    api = fake(running_bot)
    blocked, deleted, staying, group, admin = 3001, 3002, 3003, -100777, 3004
    for user in (blocked, deleted, staying):
        await say(running_bot, user, "/watch krill")
    api.set_member(group, admin, "administrator")
    await say(running_bot, admin, "/watch krill", group=group)
    await settle(running_bot)
    api.block_user(blocked)
    api.delete_chat(deleted)
    api.kick_bot(group)

    with caplog.at_level(logging.WARNING, logger="bot.alerts"):
        await upload(running_bot, KRILL)
    watches = state(running_bot).watches
    assert watches.of_chat(blocked) == [] and watches.of_chat(deleted) == []
    assert watches.of_chat(group) == []
    assert len(watches.of_chat(staying)) == 1 and len(alerts_to(api, staying)) == 1
    dropped = [r.getMessage() for r in caplog.records if "dropped" in r.getMessage()]
    assert len(dropped) == 3
    assert watches.counts()["outbox"] == 0


async def test_more_button_pages_through_the_rest_of_a_change(running_bot: RunningBot) -> None:
    api = fake(running_bot)
    await say(running_bot, USER, "/watch lighthouses")
    await settle(running_bot)
    await upload(running_bot, LIGHTHOUSES)
    [first] = alerts_to(api, USER)
    assert first.html.count("<blockquote>") == 3
    more = [d for d in first.callback_data if d.startswith("wm:")]
    assert more and "More (2)" in str(first.message["reply_markup"])

    await api.callback(USER, first, more[0])
    await api.wait_for(lambda a: len(alerts_to(a, USER)) >= 2, timeout=10)
    second = alerts_to(api, USER)[1]
    assert second.html.count("<blockquote>") == 2
    assert not [d for d in second.callback_data if d.startswith("wm:")]
    shown = [first.text, second.text]
    for sentence in ("Safety comes first", "The rules follow", "The Council was created",
                     "I admit it is", "It is not about rivalry"):  # fmt: skip
        assert sum(sentence in text for text in shown) == 1, sentence

    before = len(api.sent_to(USER))
    await api.callback(USER, first, more[0])  # pressed again: nothing is sent twice
    await api.wait_for(lambda a: len(a.sent_to(USER)) > before, timeout=10)
    assert "Nothing more" in api.sent_to(USER)[-1].text


async def test_a_speaker_watch_sends_each_new_document_they_speak_in(
    running_bot: RunningBot,
) -> None:
    api = fake(running_bot)
    added = await say(running_bot, USER, "/watch Zakharova")
    assert "Maria Zakharova" in added.text and "Whenever" in added.text
    explicit = await say(running_bot, USER + 1, "/watch speaker:zakharova")
    assert "Maria Zakharova" in explicit.text
    await settle(running_bot)

    await upload(running_bot, BAKU)  # Lavrov only
    assert alerts_to(api, USER) == []
    await upload(running_bot, KRILL)
    [alert] = alerts_to(api, USER)
    assert "Maria Zakharova speaks in a new transcript" in alert.text
    # The document's short source line: date, place, kind of event, linked to its page.
    assert "📄 12 Feb 2026 · Moscow · briefing" in alert.text and "example.invalid" in alert.html
    assert "Sergey Lavrov's upcoming schedule" in alert.text  # her first passage
    assert "Antarctic" not in alert.text
    [rest] = alert.callback_data
    assert rest.startswith("wr:") and "(5)" in str(alert.message["reply_markup"])
    assert len(alerts_to(api, USER + 1)) == 1

    before = len(api.sent_to(USER))
    await api.callback(USER, alert, rest)
    await api.wait_for(lambda a: len(a.sent_to(USER)) > before, timeout=10)
    everything = api.sent_to(USER)[-1].text
    assert "Maria Zakharova in this transcript" in everything
    for words in ("Antarctic", "Belgrade", "appointment system", "cancel culture"):
        assert words in everything
    assert "Some media report" not in everything  # the journalist's question is not hers


async def test_watch_refusals_say_why(running_bot: RunningBot) -> None:
    cases = {
        "/watch": "What should I watch for",
        "/watch what did he say": "What should I watch for",
        "/watch Lavrov ICC in 2021": "look forward",
        "/watch sanctions since 2020": "look forward",
        "/watch speaker:smith": "unknown speaker",
        "/watch lang:xx sanctions": "unknown language",
        "/unwatch": "Which watch",
        "/unwatch abc": "Which watch",
        "/unwatch 999": "no watch #999",
        "/watch " + "sanctions " * 60: "long",
    }
    for command, expected in cases.items():
        reply = await say(running_bot, USER, command)
        assert expected in reply.text, (command, reply.text)
    assert state(running_bot).watches.of_chat(USER) == []
    first = await say(running_bot, USER, '/watch "Rome Statute" -Libya lang:en')
    assert "“Rome Statute” · without Libya · in English" in first.text
    again = await say(running_bot, USER, '/watch "Rome Statute" -Libya lang:en')
    assert "already watches" in again.text


async def test_the_watch_limit_per_chat(data_dir: Path) -> None:
    async with bot_running(data_dir, USER_RATE_LIMIT="600", MAX_WATCHES="2") as bot:
        await say(bot, USER, "/watch ICC")
        await say(bot, USER, "/watch sanctions")
        refused = await say(bot, USER, "/watch NATO")
        assert "already has 2 watches" in refused.text
        removed = await say(bot, USER, "/unwatch 1")
        assert "Stopped" in removed.text
        added = await say(bot, USER, "/watch NATO")
        assert "#3" in added.text
    async with bot_running(data_dir, USER_RATE_LIMIT="600", MAX_WATCHES="0") as bot:
        off = await say(bot, USER, "/watch ICC")
        assert "switched off" in off.text


# --- 1,000 watches ------------------------------------------------------------------------------

SYLLABLES = ("ba", "ko", "ri", "mu", "te", "lo", "ne", "vi", "sa", "du")
QUESTIONS = ("What did Lavrov say about the ICC?", "Zakharova on sanctions", "NATO expansion")


def keyword(doc: int, passage: int) -> str:
    """A made-up word that occurs in exactly one passage of the generated documents."""
    return f"zor{SYLLABLES[doc]}{SYLLABLES[passage]}ix"


def generated_transcript(doc: int) -> str:
    """A news conference in the Foreign Ministry's page layout with five answers, each naming
    its own made-up word."""
    day = doc + 1
    lines = [
        f"{day} April 202610:00",
        "",
        "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a news "
        f"conference on regional cooperation, Moscow, April {day}, 2026",
        "",
        f"Source: https://example.invalid/synthetic/watch-load-{doc}",
        "",
        "  • en-GB1 ru-RU1",
        "",
    ]
    for passage in range(5):
        lines += [
            f"Question: What can you tell us about item {passage + 1} on today's agenda?",
            "",
            f"Sergey Lavrov: We discussed the {keyword(doc, passage)} project with our partners "
            "in detail. It concerns practical cooperation between the regions, the exchange of "
            "experts and the joint financing of infrastructure, and we agreed to review the "
            "progress at the next meeting of the working group in the autumn.",
            "",
        ]
    lines.append("Additional materials")
    return "\n".join(lines)


async def test_a_thousand_watches_get_every_match_once_while_questions_are_answered(
    data_dir: Path,
) -> None:
    watchers = range(600_000, 601_000)
    askers = range(700_000, 700_020)
    # The flood limiter stays on (replies go ahead of alerts in it), raised so that a thousand
    # alerts take seconds, not half a minute.
    async with bot_running(data_dir, USER_RATE_LIMIT="600", TELEGRAM_RATE_LIMIT="200") as bot:
        api = fake(bot)
        expected: dict[int, str] = {}
        store = state(bot).watches
        for n, chat in enumerate(watchers):
            # Users who set their watch some time ago (/watch itself is tested above).
            expected[chat] = keyword(n % 10, (n // 10) % 5)
            api.remember_private_chat(chat)
            understood = understand(bot.service.index, expected[chat])  # type: ignore[attr-defined]
            store.add(chat, expected[chat], describe_watch(understood), chat)
        assert store.counts()["watches"] == 1000

        for doc in range(10):
            (data_dir / f"2026-04-{doc + 1:02d}_watch_load.txt").write_text(
                generated_transcript(doc), encoding="utf-8"
            )
        await say(bot, ADMIN_ID, "/reload")

        def alerts_sent(a: FakeBotApi) -> int:
            return sum(1 for s in a.sent if s.chat_id in expected and "🔔" in s.text)

        await api.wait_for(lambda a: alerts_sent(a) >= 200, timeout=60)  # delivery under way
        for n, user in enumerate(askers):
            await api.private_text(user, QUESTIONS[n % len(QUESTIONS)])
        await settle(bot)

        alerts = [s for s in api.sent if s.chat_id in expected and "🔔" in s.text]
        assert Counter(s.chat_id for s in alerts) == Counter(dict.fromkeys(watchers, 1))
        for sent in alerts:
            assert f"<u>{expected[sent.chat_id]}</u>" in sent.html
            assert sent.html.count("<blockquote>") == 1
        answers = [i for i, s in enumerate(api.sent) if s.chat_id in askers]
        assert len(answers) == len(askers)
        assert all("<blockquote>" in api.sent[i].html for i in answers)
        last_alert = max(i for i, s in enumerate(api.sent) if s in alerts)
        assert max(answers) < last_alert, "questions waited until the alerts were all out"

        await reload(bot)  # the same files again: nothing more
        await asyncio.sleep(0.2)
        assert len([s for s in api.sent if s.chat_id in expected and "🔔" in s.text]) == 1000
