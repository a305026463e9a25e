"""Two languages through the fake Bot API: the interface by language_code and /language, the
other-language version of a quote, and questions that cross languages."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import ADMIN_ID, ROOT, SAMPLE_DIR, RunningBot, bot_running
from tests.fake_bot_api import FakeBotApi, Sent

PAIRED = ROOT / "tests" / "paired"
RU_USER, EN_USER, SILENT_USER = 2001, 2002, 2003


def fake(bot: RunningBot) -> FakeBotApi:
    assert isinstance(bot.api, FakeBotApi)
    return bot.api


async def say(bot: RunningBot, user: int, text: str, n: int = 1) -> list[Sent]:
    api = fake(bot)
    before = len(api.sent_to(user))
    await api.private_text(user, text)
    await api.wait_for(lambda a: len(a.sent_to(user)) >= before + n, timeout=20)
    return api.sent_to(user)[before:]


async def press(bot: RunningBot, user: int, message: Sent, data: str) -> Sent:
    api = fake(bot)
    before = len(api.sent_to(user))
    await api.callback(user, message, data)
    await api.wait_for(lambda a: len(a.sent_to(user)) > before, timeout=20)
    return api.sent_to(user)[before]


@pytest.fixture
def paired_data(tmp_path: Path) -> Path:
    """The bundled sample and the paired set (five events in both languages, three decoys)."""
    folder = tmp_path / "data"
    folder.mkdir()
    for source in (SAMPLE_DIR, PAIRED):
        for path in source.glob("*.txt"):
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
async def bot(paired_data: Path) -> AsyncIterator[RunningBot]:
    async with bot_running(paired_data, USER_RATE_LIMIT="600") as running:
        api = fake(running)
        api.set_language(RU_USER, "ru")
        api.set_language(EN_USER, "en-GB")
        api.set_language(SILENT_USER, None)
        yield running


async def test_the_interface_follows_telegrams_language_code(bot: RunningBot) -> None:
    [ru] = await say(bot, RU_USER, "/start")
    [en] = await say(bot, EN_USER, "/start")
    [silent] = await say(bot, SILENT_USER, "/start")
    assert ru.text.startswith("Здравствуйте! Я цитирую официальные заявления")
    assert en.text.startswith("Hello! I quote official statements")
    assert silent.text == en.text
    [help_ru] = await say(bot, RU_USER, "/help")
    assert "Спрашивайте своими словами" in help_ru.text and "/language" in help_ru.text
    [none_ru] = await say(bot, RU_USER, "криптовалюта майнинг блокчейн")
    assert none_ru.text.startswith("Ни в одной из 14 стенограмм, что у меня есть, нет ответа")
    [none_en] = await say(bot, SILENT_USER, "cryptocurrency mining blockchain")
    assert none_en.text.startswith("Nothing in the 14 transcripts I hold answers")


async def test_a_russian_reader_gets_russian_around_the_quotes(bot: RunningBot) -> None:
    [reply] = await say(bot, RU_USER, "Что Лавров сказал о Сирии в 2021 году?")
    lines = reply.text.splitlines()
    # Every passage of the bundled transcript under one short line: Russian date, place and
    # kind of event, and the note that the quotes are in English.
    assert lines[0] == "📄 17 марта 2021 · Москва · пресс-конференция · на английском"
    assert reply.text.count("📄") == 1
    assert "Syria" in reply.text  # the quote itself stays as said
    assert "<u>Syria</u>" in reply.html
    labels = [b["text"] for row in reply.message["reply_markup"]["inline_keyboard"] for b in row]
    assert "Полный ответ 1" in labels and "Контекст 1" in labels
    [same_in_english] = await say(bot, EN_USER, "What did Lavrov say about Syria in 2021?")
    assert same_in_english.text.splitlines()[0] == "📄 17 Mar 2021 · Moscow · news conference"


async def test_language_switches_with_buttons_and_is_remembered(
    bot: RunningBot, paired_data: Path
) -> None:
    [prompt] = await say(bot, RU_USER, "/language")
    assert prompt.text.startswith("На каком языке мне говорить?")
    assert prompt.callback_data == ["lang:en", "lang:ru"]
    labels = [b["text"] for b in prompt.message["reply_markup"]["inline_keyboard"][0]]
    assert labels == ["English", "Русский"]
    switched = await press(bot, RU_USER, prompt, "lang:en")
    assert switched.text.startswith("From now on I speak English to you.")
    [start] = await say(bot, RU_USER, "/start")
    assert start.text.startswith("Hello!")
    # The chat's own command list is now English too.
    scoped = [
        c
        for c in fake(bot).calls
        if c.method == "setMyCommands" and (c.params.get("scope") or {}).get("chat_id") == RU_USER
    ]
    assert scoped and "Choose English or Russian" in str(scoped[-1].params["commands"])
    # An English reader chooses Russian by name.
    [done] = await say(bot, EN_USER, "/language ru")
    assert done.text.startswith("Теперь я говорю с вами по-русски.")
    [help_] = await say(bot, EN_USER, "/help")
    assert help_.text.startswith("Спрашивайте своими словами")


async def test_a_chosen_language_survives_a_restart(paired_data: Path) -> None:
    async with bot_running(paired_data) as first:
        fake(first).set_language(EN_USER, "en")
        await say(first, EN_USER, "/language ru")
    async with bot_running(paired_data) as second:
        fake(second).set_language(EN_USER, "en")
        [start] = await say(second, EN_USER, "/start")
        assert start.text.startswith("Здравствуйте!")


async def test_the_command_list_is_set_in_russian_for_russian_readers(bot: RunningBot) -> None:
    calls = [c for c in fake(bot).calls if c.method == "setMyCommands"]
    by_code = {c.params.get("language_code") or "": c.params["commands"] for c in calls}
    assert {"", "ru", "uk", "be", "kk"} <= set(by_code)
    russian = {c["command"]: c["description"] for c in by_code["ru"]}
    assert russian["language"] == "Выбрать русский или английский"
    assert [c["command"] for c in by_code["ru"]] == [c["command"] for c in by_code[""]]


async def test_a_quote_leads_to_the_same_place_in_the_other_version(bot: RunningBot) -> None:
    [reply] = await say(bot, EN_USER, "What did Lavrov say about the Northern Sea Route?")
    assert "36 million tonnes" in reply.text
    other = next(d for d in reply.callback_data if d.startswith("o:"))
    labels = [b["text"] for row in reply.message["reply_markup"]["inline_keyboard"] for b in row]
    assert "Оригинал (RU)" in labels
    russian = await press(bot, EN_USER, reply, other)
    assert russian.text.startswith("The same place in the Russian original")
    assert "📄 18 Apr 2024 · Moscow · interview" in russian.text
    assert "36 млн тонн" in russian.text and "Норвегия остаётся нашим соседом" in russian.text
    # And from a Russian quote to the English version, for a Russian reader.
    [reply_ru] = await say(bot, RU_USER, "Что Захарова сказала о Гагаузии? lang:ru")
    to_english = next(d for d in reply_ru.callback_data if d.startswith("o:"))
    english = await press(bot, RU_USER, reply_ru, to_english)
    assert english.text.startswith("То же место в английской версии")
    assert "The Moldovan authorities are using the same methods" in english.text


async def test_a_quote_with_no_other_version_has_no_such_button_and_a_stale_one_says_so(
    bot: RunningBot, paired_data: Path
) -> None:
    [sample] = await say(bot, EN_USER, "What did Lavrov say about the ICC?")
    assert sample.callback_data and not [d for d in sample.callback_data if d.startswith("o:")]
    [reply] = await say(bot, EN_USER, "What did Lavrov say about Mercosur?")
    other = next(d for d in reply.callback_data if d.startswith("o:"))
    # The Russian version leaves the folder; the old button now says there is none.
    (paired_data / "2024-04-18_lavrov_uruguay_news_conference_ru.txt").unlink()
    api = fake(bot)
    before = len(api.sent_to(ADMIN_ID))
    await api.private_text(ADMIN_ID, "/reload")
    await api.wait_for(lambda a: len(a.sent_to(ADMIN_ID)) > before, timeout=60)
    gone = await press(bot, EN_USER, reply, other)
    assert gone.text == "I hold no Russian version of this transcript."


async def test_a_russian_question_finds_english_passages_and_the_reverse(bot: RunningBot) -> None:
    [reply] = await say(bot, RU_USER, "Что Лавров сказал о Гросси? lang:en")
    assert "Grossi" in reply.text and "на английском" in reply.text.splitlines()[0]
    [reverse] = await say(bot, EN_USER, "What did Zakharova say about Japan? lang:ru")
    assert "Японии" in reverse.text and "in Russian" in reverse.text.splitlines()[0]


async def test_inline_mode_speaks_the_users_language(bot: RunningBot) -> None:
    api = fake(bot)
    await api.inline_query(RU_USER, "")
    await api.wait_for(lambda a: len(a.inline_answers) >= 1, timeout=10)
    hint = api.inline_answers[0].results[0]
    assert hint["title"] == "Напишите вопрос"
    assert api.inline_answers[0].params.get("is_personal") is True  # not cached across users
    await api.inline_query(RU_USER, "Северный морской путь")
    await api.wait_for(lambda a: len(a.inline_answers) >= 2, timeout=10)
    article = api.inline_answers[1].results[0]
    assert article["title"] == "Sergey Lavrov · 18 апреля 2024"
    text = article["input_message_content"]["message_text"]
    assert text.startswith("📄 18 апреля 2024 · Москва · <a ") and ">интервью</a>" in text


async def test_alerts_come_in_the_language_of_the_chat_that_watches(paired_data: Path) -> None:
    held_back = paired_data / "2025-02-11_lavrov_riyadh_remarks_en.txt"
    content = held_back.read_bytes()
    held_back.unlink()
    async with bot_running(paired_data, USER_RATE_LIMIT="600") as running:
        api = fake(running)
        api.set_language(RU_USER, "ru")
        [added] = await say(running, RU_USER, "/watch OPEC")
        assert added.text.startswith("Подписка #1: OPEC")
        await running.app.bot_data.alerts.wait_idle(timeout=60)  # type: ignore[attr-defined]
        before = len(api.sent_to(ADMIN_ID))
        await api.document(ADMIN_ID, held_back.name, content)
        await api.wait_for(lambda a: len(a.sent_to(ADMIN_ID)) > before, timeout=60)
        await running.app.bot_data.alerts.wait_idle(timeout=60)  # type: ignore[attr-defined]
        [alert] = [s for s in api.sent_to(RU_USER) if "🔔" in s.text]
        assert alert.text.startswith("🔔 #1 OPEC: новое в стенограммах")
        assert "📄 11 февраля 2025 · Эр-Рияд · выступление" in alert.text
        assert "OPEC Plus" in alert.text  # the quote as said
        labels = [
            b["text"] for row in alert.message["reply_markup"]["inline_keyboard"] for b in row
        ]
        assert "Полный ответ 1" in labels and "Оригинал (RU)" in labels


async def test_a_groups_language_is_chosen_by_its_administrators(bot: RunningBot) -> None:
    api = fake(bot)
    group = -100555
    api.set_member(group, EN_USER, "member")
    api.set_member(group, RU_USER, "administrator")

    async def in_group(user: int, text: str) -> Sent:
        before = len(api.sent_to(group))
        await api.group_text(group, user, text)
        await api.wait_for(lambda a: len(a.sent_to(group)) > before, timeout=20)
        return api.sent_to(group)[before]

    refused = await in_group(EN_USER, "/language ru")
    assert refused.text == "In a group, only its administrators choose the language I speak there."
    done = await in_group(RU_USER, "/language ru")
    assert done.text.startswith("Теперь я говорю в этой группе по-русски.")
    # Everyone in the group now reads Russian, whatever their own Telegram language.
    answer = await in_group(EN_USER, "/ask What did Lavrov say about Syria in 2021?")
    assert answer.text.startswith("📄 17 марта 2021 · Москва · пресс-конференция")
    # In private, the English reader still reads English.
    [private] = await say(bot, EN_USER, "/start")
    assert private.text.startswith("Hello!")
