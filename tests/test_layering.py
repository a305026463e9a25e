"""The data flow runs one way: retrieval/ knows nothing of Telegram, the bot or the environment."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


# Every way Python code reads (or sets) environment variables.
_ENV_NAMES = frozenset({"environ", "environb", "getenv", "getenvb", "putenv", "unsetenv"})


def _env_reads(path: Path) -> list[str]:
    """Where a module touches the environment: ``os.environ``, ``os.getenv(...)``,
    ``from os import environ`` ... (found in the syntax tree, so no spelling slips by)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in _ENV_NAMES:
            found.append(f"{path.name}:{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.ImportFrom) and node.module in ("os", "posix"):
            found += [
                f"{path.name}:{node.lineno}: from {node.module} import {alias.name}"
                for alias in node.names
                if alias.name in _ENV_NAMES
            ]
    return found


def test_retrieval_imports_neither_telegram_nor_bot() -> None:
    for path in sorted((ROOT / "retrieval").rglob("*.py")):
        assert not _imports(path) & {"telegram", "bot", "aiohttp"}, path.name
        assert not _env_reads(path)


def test_importing_retrieval_loads_no_telegram() -> None:
    code = "import sys, retrieval.search, retrieval.corpus; print('telegram' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_only_config_reads_the_environment() -> None:
    assert _env_reads(ROOT / "bot" / "config.py")  # the check sees the reads that are there
    for path in sorted((ROOT / "bot").rglob("*.py")):
        if path.name != "config.py":
            assert not _env_reads(path)
