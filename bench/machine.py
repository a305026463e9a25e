"""What the benchmarks ran on (CPU, cores, RAM, Python and library versions), and the
benchmarks' shared harness."""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psutil


def describe(packages: Sequence[str], missing: str = "not installed") -> dict[str, Any]:
    """The machine and the versions of ``packages`` (``missing`` for one not installed)."""
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = {}
    for package in packages:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = missing
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "os": platform.platform(),
        **versions,
    }


def bench_bot_module() -> Any:
    """``bench/bot.py`` (the fake Bot API and bot processes) as a module: imported by name, it
    would clash with the project's ``bot`` package."""
    spec = importlib.util.spec_from_file_location("bench_bot", Path(__file__).with_name("bot.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
