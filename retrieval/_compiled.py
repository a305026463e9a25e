"""Whether the compiled BM25 kernels can be used yet, and getting them compiled.

numba compiles :mod:`retrieval._bm25_kernels` on first use and caches the machine code on disk
(``__pycache__`` beside the source, or ``NUMBA_CACHE_DIR``). Loading from that cache takes a
fraction of a second; compiling, right after installation, about ten. So the first use starts
one background thread that loads or compiles every kernel with the types the index uses, and
:func:`ready` tells the index whether to run them or their numpy twins: it waits for the
thread when every kernel is on disk, and does not wait while they compile. The answers are the
same either way, only their speed differs.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

#: How long a caller waits for kernels that are cached on disk (loading takes ~0.3 s; this
#: only matters on a machine so busy that loading takes longer, when numpy answers instead).
LOAD_WAIT_S = 5.0


def _warm_up() -> None:
    """Run every kernel once, with the argument types a real index passes them."""
    from retrieval import _bm25_kernels as kernels
    from retrieval.bm25 import BLOCK_SHIFT, BM25Index

    # The index drives the kernels as it does for real (ready() is True in this thread).
    corpus = [["a", "b", "a"], ["b", "c"], ["a"], ["d"]] * 40
    index = BM25Index(corpus)
    kernels.first_occurrence_order(np.zeros(3, np.int32), 1)  # the streaming build's
    kernels.scan_postings(  # with the structure check, as when loading
        index._indptr, index._doc_ids, index._tfs, index._doc_lengths, index._norms, index.k1,
        True, np.flatnonzero(index._dense_row >= 0), BLOCK_SHIFT,
    )  # fmt: skip
    everything = np.ones(index.n_docs, dtype=bool)
    everything.flags.writeable = False  # as BM25Index passes masks
    last = index.n_docs - 1
    terms, order = np.array([0, 1], np.int64), np.array([0, 1, 0], np.int64)
    for kernel in (index._pruned, index._by_blocks):
        kernel(terms, order, 3, None, 0, last)
        kernel(terms, order, 3, everything, 0, last)
    index._probed(terms, order, 3, np.arange(5))


class _Kernels:
    """The one background load-or-compile of this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._failed: BaseException | None = None

    def _run(self) -> None:
        try:
            _warm_up()
        except BaseException as exc:  # numpy keeps answering; say why once
            self._failed = exc
            logger.warning("compiled search kernels unavailable, using numpy: %s", exc)
        finally:
            self._done.set()

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="bm25-kernels", daemon=True)
                self._thread.start()

    def ready(self) -> bool:
        """Whether the compiled kernels can run now (see the module's docstring)."""
        if self._done.is_set():
            return self._failed is None
        if self._thread is not None and self._thread.ident == threading.get_ident():
            return True  # the warm-up itself
        self.start()
        if cached_on_disk():
            self._done.wait(LOAD_WAIT_S)
        return self._done.is_set() and self._failed is None

    def wait(self) -> bool:
        """Block until the kernels are loaded or compiled; whether they can run."""
        if self._thread is not None and self._thread.ident == threading.get_ident():
            return True
        self.start()
        self._done.wait()
        return self._failed is None


KERNELS = _Kernels()


def ready() -> bool:
    """Whether to run the compiled kernels now (starts loading or compiling them)."""
    return KERNELS.ready()


def wait() -> bool:
    """Load or compile the kernels now, however long it takes; whether they can run."""
    return KERNELS.wait()


def cached_on_disk() -> bool:
    """Whether numba has every kernel of :mod:`retrieval._bm25_kernels` cached on disk."""
    from numba.core.registry import CPUDispatcher

    from retrieval import _bm25_kernels

    try:
        for value in vars(_bm25_kernels).values():
            if isinstance(value, CPUDispatcher) and not os.path.exists(
                value._cache._cache_file._index_path  # type: ignore[attr-defined]
            ):
                return False
    except AttributeError:  # another numba's internals: let the wait decide
        return True
    return True


def compile_detached() -> None:
    """Compile and cache the kernels in a process of their own that outlives this one.

    For a short-lived command (``statements-bot ask``) that answered with numpy while the
    kernels were compiling: the next command then finds them on disk.
    """
    if cached_on_disk():
        return
    with contextlib.suppress(OSError):
        subprocess.Popen(
            [sys.executable, "-m", "retrieval._compiled"],
            cwd=Path(__file__).resolve().parent.parent,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )


if __name__ == "__main__":
    sys.exit(0 if wait() else 1)
