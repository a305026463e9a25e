"""The first ``statements-bot ask`` right after ``pip install``, in fresh virtual environments.

For each way of installing (a regular install into site-packages, and an editable one from a
fresh clone of this repository), a new venv gets the project, then ``ask`` runs on a copy of the
bundled data with no saved index and no compiled kernels: the first answer is timed from the
command's start to its exit, then ``ask`` again once the kernels have been compiled in the
background (by the process the first one left behind), ``--runs`` times each.

Usage:
    python bench/first_ask.py [--runs 3] [--kinds regular,editable]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from machine import describe

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).parent / "results"
QUESTION = "What did Lavrov say about the ICC?"
#: How long to wait for the background compilation before the second ask.
COMPILE_WAIT_S = 120


def _run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    # Never from this checkout: there `python -c "import retrieval"` would import its code.
    kwargs.setdefault("cwd", tempfile.gettempdir())
    return subprocess.run(command, capture_output=True, text=True, check=True, **kwargs)


def _install(kind: str, work: Path) -> tuple[Path, Path]:
    """A fresh venv with the project installed; returns its python and the package folder."""
    venv = work / f"venv-{kind}"
    _run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    if kind == "editable":
        source = work / "clone"
        _run(["git", "clone", "-q", str(ROOT), str(source)])
        _run([str(python), "-m", "pip", "install", "-q", "-e", str(source)])
        return python, source / "retrieval"
    _run([str(python), "-m", "pip", "install", "-q", str(ROOT)])
    site = _run(
        [str(python), "-c", "import retrieval, os; print(os.path.dirname(retrieval.__file__))"]
    )
    return python, Path(site.stdout.strip())


def _forget_kernels(package: Path) -> None:
    for cached in (package / "__pycache__").glob("*.nb[ic]"):
        cached.unlink()


def _ask(python: Path, data: Path) -> float:
    shutil.rmtree(data / ".index", ignore_errors=True)
    shutil.rmtree(data / ".state", ignore_errors=True)
    started = time.perf_counter()
    _run([str(python.parent / "statements-bot"), "ask", "--data", str(data), QUESTION])
    return time.perf_counter() - started


def _wait_for_kernels(python: Path) -> float:
    """Seconds until the kernels are all cached (the first ask's compile process is done)."""
    started = time.perf_counter()
    check = (
        "from retrieval import _compiled; raise SystemExit(0 if _compiled.cached_on_disk() else 1)"
    )
    while subprocess.run([str(python), "-c", check], check=False, cwd=python.parent).returncode:
        if time.perf_counter() - started > COMPILE_WAIT_S:
            raise RuntimeError("the kernels were not compiled in the background")
        time.sleep(1)
    return time.perf_counter() - started


def measure(kind: str, runs: int, work: Path) -> dict[str, Any]:
    python, package = _install(kind, work)
    data = work / f"data-{kind}"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns(".*"))
    first, second, compiled = [], [], []
    for _ in range(runs):
        _forget_kernels(package)
        first.append(_ask(python, data))
        compiled.append(_wait_for_kernels(python))
        second.append(_ask(python, data))
    return {"first_s": first, "compile_wait_s": compiled, "second_s": second}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kinds", default="regular,editable")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"machine": describe(("numpy", "numba"))}
    with tempfile.TemporaryDirectory(prefix="bench-first-ask-") as work:
        for kind in args.kinds.split(","):
            results[kind] = measure(kind, args.runs, Path(work))
            r = results[kind]
            print(
                f"{kind} install: first ask {np.median(r['first_s']):.2f} s (runs "
                f"{', '.join(f'{x:.2f}' for x in r['first_s'])}); kernels cached "
                f"{np.median(r['compile_wait_s']):.0f} s later; next ask "
                f"{np.median(r['second_s']):.2f} s (runs "
                f"{', '.join(f'{x:.2f}' for x in r['second_s'])})",
                flush=True,
            )
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (RESULTS_DIR / "first_ask.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
