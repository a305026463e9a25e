"""/verify and /trend end to end: the real Application against the fake Bot API."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.service import AnswerService
from tests.conftest import ROOT, RunningBot, bot_running
from tests.fake_bot_api import FakeBotApi, Sent, SentPhoto, parse_telegram_html
from tests.test_trend import brute
from tests.trend_corpus import write_trend_corpus

USER = 2002
VERIFY_TRANSCRIPTS = ROOT / "tests" / "verify_transcripts"


@pytest.fixture
async def bot(data_dir: Path) -> AsyncIterator[RunningBot]:
    """The bot over the bundled, synthetic and quote-check transcripts."""
    for path in VERIFY_TRANSCRIPTS.glob("*.txt"):
        shutil.copy(path, data_dir / path.name)
    async with bot_running(data_dir, USER_RATE_LIMIT="600") as running:
        yield running


def fake(bot: RunningBot) -> FakeBotApi:
    assert isinstance(bot.api, FakeBotApi)
    return bot.api


async def say(bot: RunningBot, text: str, n: int = 1) -> list[Sent]:
    api = fake(bot)
    before = len(api.sent)
    await api.private_text(USER, text)
    await api.wait_for(lambda a: len(a.sent) >= before + n, timeout=15)
    return api.sent[before:]


def bold_words(reply: Sent) -> list[str]:
    """The words the reply marks in bold inside the quoted passage."""
    text, entities = parse_telegram_html(reply.html)
    quote = next(e for e in entities if e["type"] == "blockquote")
    inside = [
        e
        for e in entities
        if e["type"] == "bold"
        and quote["offset"] <= e["offset"] < quote["offset"] + quote["length"]
    ]
    raw = text.encode("utf-16-le")
    return [
        raw[e["offset"] * 2 : (e["offset"] + e["length"]) * 2].decode("utf-16-le") for e in inside
    ]


# --- /verify --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "We will never accept attempts to dictate to us from outside how we should live.",
        "accept attempts to dictate to us from outside how we should live. Our Western",
        "Our Western partners keep saying … nobody has ever seen these rules written down",
        "«we will NEVER accept attempts – to dictate to us, from outside – how we should live!»",
        "Мы неоднократно предупреждали, что расширение НАТО на восток не укрепит",
        "ответственность за последствия ляжет на тех, кто принимал эти решения, и мы еще вернемся",
        "Мы неоднократно предупреждали... Ответственность за последствия ляжет на тех",
        # across the end of a paragraph
        "agreed by all countries at the United Nations. This is not a new debate.",
    ],
)
async def test_verify_exact(bot: RunningBot, quote: str) -> None:
    [reply] = await say(bot, f"/verify {quote}")
    assert reply.text.startswith("✅ Exact quote"), reply.text
    assert "<blockquote>" in reply.html and "<u>" in reply.html
    assert bold_words(reply) == []
    assert "about the words only" in reply.text
    assert ("Sergey Lavrov" in reply.text) != ("Maria Zakharova" in reply.text)
    assert "example.invalid/synthetic" in reply.html  # the source is linked
    if "…" in quote or "..." in quote:
        assert "left out where the quote marks a cut" in reply.html
        # The cut words are shown but not underlined as quoted.
        assert reply.html.count("<u>") == 2


@pytest.mark.parametrize(
    ("quote", "marked", "lines"),
    [
        (
            "We will never tolerate attempts to dictate to us from abroad how we should live.",
            ["accept", "outside"],
            ["“tolerate” instead of “accept”", "“abroad” instead of “outside”"],
        ),
        (
            "We will never accept attempts to dictate to us how we should live from outside",
            ["from", "outside"],
            ["“from” stands elsewhere", "“outside” stands elsewhere"],
        ),
        (
            "расширение альянса на восток не усилит ничью безопасность",
            ["НАТО", "укрепит"],
            ["“альянса” instead of “НАТО”", "“усилит” instead of “укрепит”"],
        ),
        (
            "Вместо диалога нам ультиматумы предлагают",
            ["ультиматумы"],
            ["“ультиматумы” stands elsewhere"],
        ),
        (
            "Our Western partners keep saying nobody has ever seen these rules written down",
            ["that the rules-based order is the only way forward, but"],
            ["leaves out “that the rules-based order is the only way forward, but”"],
        ),
    ],
)
async def test_verify_close_marks_the_differing_words(
    bot: RunningBot, quote: str, marked: list[str], lines: list[str]
) -> None:
    [reply] = await say(bot, f"/verify {quote}")
    assert reply.text.startswith("≈ Close"), reply.text
    assert bold_words(reply) == marked
    for line in lines:
        assert line in reply.text


async def test_verify_not_found_and_usage(bot: RunningBot) -> None:
    [reply] = await say(bot, "/verify The economy grew by three percent thanks to strong exports.")
    assert reply.text.startswith("❌ Not found")
    assert "<blockquote>" not in reply.html and "Lavrov" not in reply.text
    [reply] = await say(bot, "/verify Курс рубля вырос благодаря высоким ценам на нефть и газ")
    assert reply.text.startswith("❌ Not found") and "<blockquote>" not in reply.html
    [usage] = await say(bot, "/verify")
    assert "/verify We will never accept this" in usage.text
    [short] = await say(bot, "/verify never accept")
    assert "at least 3 words" in short.text


async def test_a_private_message_in_quotation_marks_is_a_quote_check(bot: RunningBot) -> None:
    [reply] = await say(bot, "«Вместо диалога нам предлагают ультиматумы», — заявила Захарова")
    assert reply.text.startswith("✅ Exact quote") and "Maria Zakharova" in reply.text
    # A short phrase in quotes with a filter is still a search.
    [search] = await say(bot, '"Rome Statute" speaker:lavrov')
    assert "Exact quote" not in search.text and "Sergey Lavrov" in search.text
    assert search.callback_data  # a search answer, with its buttons


async def test_verify_in_a_group_replies_to_the_asker(bot: RunningBot) -> None:
    api = fake(bot)
    await api.group_text(-100777, USER, "/verify We will never tolerate attempts to dictate to us")
    [reply] = await api.wait_sent(1, timeout=15)
    assert reply.chat_id == -100777 and reply.message.get("reply_to_message")
    assert reply.text.startswith("≈ Close")
    # Plain chatter in quotation marks is not for the bot in a group.
    await api.group_text(-100777, USER, "«Мы неоднократно предупреждали об этом и раньше»")
    assert len(api.withheld) == 1


# --- /trend -------------------------------------------------------------------------------------


@pytest.fixture
async def trend_bot(tmp_path: Path) -> AsyncIterator[RunningBot]:
    folder = tmp_path / "data"
    write_trend_corpus(folder)
    async with bot_running(folder, USER_RATE_LIMIT="600") as running:
        yield running


async def trend(bot: RunningBot, query: str) -> SentPhoto:
    api = fake(bot)
    before = len(api.photos)
    await api.private_text(USER, f"/trend {query}")
    await api.wait_for(lambda a: len(a.photos) > before, timeout=20)
    return api.photos[-1]


async def test_trend_sends_a_chart_with_the_counts_in_its_caption(trend_bot: RunningBot) -> None:
    photo = await trend(trend_bot, "sanctions")
    assert photo.size == (1200, 750) and photo.data.startswith(b"\x89PNG")
    assert photo.params.get("parse_mode") == "HTML"
    service = trend_bot.service
    assert isinstance(service, AnswerService)
    documents = [service.index.document(s.id) for s in service.index.document_summaries()]
    mentions, _, found = brute([d for d in documents if d], "sanctions")
    dated = sorted(p.date for p in found if p.date)
    assert f"“sanctions”: {len(found)} passages" in photo.caption
    assert f"First: {dated[0].day} {dated[0]:%b %Y}" in photo.caption
    assert f"Last: {dated[-1].day} {dated[-1]:%b %Y}" in photo.caption
    assert "Most: " in photo.caption and "journalists' questions not counted" in photo.caption
    # The chart is the service's, drawn from the very counts behind it.
    counted = service.trend("sanctions")
    assert list(counted.series[0].counts) == [mentions[(p.year, p.month)] for p in counted.periods]
    assert service.trend_png(counted) == photo.data


async def test_trend_three_terms_and_russian(trend_bot: RunningBot) -> None:
    photo = await trend(trend_bot, "grain, uranium, санкции")
    for label in ("“grain”", "“uranium”: 2 passages", "“санкции”: 1 passage"):
        assert label in photo.caption
    assert len(photo.caption) <= 1024


async def test_trend_with_nothing_to_chart_answers_in_words(trend_bot: RunningBot) -> None:
    [reply] = await say(trend_bot, "/trend cryptocurrency")
    assert "No passage in the" in reply.text and "“cryptocurrency”" in reply.text
    [reply] = await say(trend_bot, "/trend a, b, c, d")
    assert "at most 3 terms" in reply.text
    [usage] = await say(trend_bot, "/trend")
    assert "/trend sanctions" in usage.text
    assert fake(trend_bot).photos == []


async def test_help_and_command_list_name_both(bot: RunningBot) -> None:
    [reply] = await say(bot, "/help")
    assert "/verify" in reply.text and "/trend" in reply.text
    calls = [c for c in fake(bot).calls if c.method == "setMyCommands"]
    [default] = [c for c in calls if not c.params.get("language_code")]
    commands = [c["command"] for c in default.params["commands"]]
    assert "verify" in commands and "trend" in commands


async def test_trend_in_a_group_replies_to_the_asker(trend_bot: RunningBot) -> None:
    api = fake(trend_bot)
    await api.group_text(-100778, USER, "/trend grain, uranium")
    await api.wait_for(lambda a: len(a.photos) == 1, timeout=20)
    [photo] = api.photos
    assert photo.chat_id == -100778
    assert photo.message["reply_to_message"]["from"]["id"] == USER
    assert "“grain”" in photo.caption and "“uranium”: 2 passages" in photo.caption
