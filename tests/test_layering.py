"""The data flow runs one way: retrieval/ knows nothing of Telegram, the bot or the environment."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import ROOT


def _imports(path) -> set[str]:  # type: ignore[no-untyped-def]
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_retrieval_imports_neither_telegram_nor_bot() -> None:
    for path in sorted((ROOT / "retrieval").rglob("*.py")):
        assert not _imports(path) & {"telegram", "bot", "aiohttp"}, path.name
        assert "os.environ" not in path.read_text("utf-8"), path.name


def test_importing_retrieval_loads_no_telegram() -> None:
    code = "import sys, retrieval.search, retrieval.corpus; print('telegram' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_only_config_reads_the_environment() -> None:
    for path in sorted((ROOT / "bot").glob("*.py")):
        if path.name != "config.py":
            assert "os.environ" not in path.read_text("utf-8"), path.name
