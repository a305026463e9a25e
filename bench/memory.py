"""Process memory readings shared by the benchmarks (Linux /proc and psutil)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import psutil


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    return psutil.Process().memory_info().rss / 2**20


def reset_peak() -> None:
    """Reset the kernel's peak-RSS counter (VmHWM) for this process, where allowed."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_mb() -> float:
    """Peak resident memory of this process (since the last reset), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")
