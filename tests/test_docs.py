"""The documentation keeps up with the code: commands, settings and CLI contracts."""

from __future__ import annotations

import re

from bot.app import ADMIN_COMMANDS, COMMANDS, commands_in
from bot.cli import build_parser
from bot.handlers import help_text
from bot.i18n import LANGUAGES, texts_for
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
CONFIG = (ROOT / "bot" / "config.py").read_text("utf-8")


def test_every_public_command_is_in_help_and_readme() -> None:
    for command in COMMANDS:
        assert f"`/{command.command}" in README, command.command
    for admin in ADMIN_COMMANDS:
        assert f"`/{admin}" in README, admin
    for lang in LANGUAGES:
        everyone = help_text("bot", lang)
        assert [c.command for c in commands_in(lang)] == [c.command for c in COMMANDS]
        for command in COMMANDS:
            assert f"/{command.command}" in everyone, (lang, command.command)
        admin_help = help_text("bot", lang, admin=True)
        for admin in ADMIN_COMMANDS:
            assert f"/{admin}" in texts_for(lang).ADMIN_HELP, (lang, admin)
            assert f"/{admin}" not in everyone, (lang, admin)  # not in everyone's /help
            assert f"/{admin}" in admin_help, (lang, admin)


def test_transcripts_section_starts_with_importing_by_link() -> None:
    section = README.split("\n## Transcripts\n", 1)[1]
    block = section.split("```sh", 1)[1].split("```", 1)[0]
    assert section.index("```sh") < section.index("data/")  # the first thing it shows
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    assert commands[0].startswith("statements-bot import https://")
    assert commands[1].startswith('statements-bot ask "')


def test_every_environment_setting_is_documented() -> None:
    names = set(re.findall(r'"([A-Z][A-Z_]+)"', CONFIG))
    assert {"TELEGRAM_BOT_TOKEN", "ADMIN_IDS", "DATA_DIR", "TELEGRAM_RATE_LIMIT"} <= names
    for name in names:
        assert f"`{name}`" in README, name


def test_every_cli_subcommand_has_help_and_is_documented() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, subparser in sub.choices.items():  # type: ignore[union-attr]
        assert f"statements-bot {name}" in README, name
        assert subparser.format_help().strip()
        for action in subparser._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"{name} {action.option_strings} has no help"


def test_readme_starts_with_the_two_setup_commands() -> None:
    block = README.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    assert commands[0].endswith("statements-bot run")
    assert "pip install -e '.[test]'" in commands[1] and "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "pip install --quiet -e '.[test]'" in ci and "python -m pytest -q" in ci
