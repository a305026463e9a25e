"""Writing transcripts into the data folder: the one place that does, for uploads and imports.

Nothing here knows Telegram, so the command line's ``import`` writes files exactly as the bot does.
A file is written beside its final name and then renamed or linked into place, so a reload never
reads half a file, and the names used are plain ``[A-Za-z0-9._-]`` names inside the folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from retrieval.corpus import MAX_FILE_BYTES, load_transcript_bytes
from retrieval.transcript import TranscriptError

__all__ = ["MAX_UPLOAD_BYTES", "save_upload", "validate_upload", "write_new"]

#: Largest transcript an admin may upload: what the data folder takes (and what the Bot API
#: lets a bot download).
MAX_UPLOAD_BYTES = MAX_FILE_BYTES
#: Names tried for a new file before giving up ("name.txt", "name-2.txt", ...).
_MAX_NAME_TRIES = 100


def _write_temp(data_dir: Path, name: str, data: bytes) -> str:
    """Write ``data`` to a fresh hidden file in ``data_dir``; returns its path.

    The temporary file gets a fresh name (created exclusively), so it never follows a symlink
    planted in the folder and two writers of one name never trip over each other.
    """
    fd, temp = tempfile.mkstemp(dir=data_dir, prefix=f".{name}.", suffix=".upload")
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o644)  # mkstemp makes it private; transcripts are not
            handle.write(data)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def save_upload(data_dir: Path, name: str, data: bytes) -> None:
    """Write ``data_dir / name`` beside, then rename: a reader never sees half a file."""
    temp = _write_temp(data_dir, name, data)
    try:
        os.replace(temp, data_dir / name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_new(data_dir: Path, stem: str, data: bytes) -> str:
    """Write a new ``stem.txt`` (or ``stem-2.txt`` ... when taken) and return its name.

    Never replaces anything: the file is linked into place, which fails if the name exists
    (a file, a directory, or a planted symlink alike).

    Args:
        data_dir: The data folder.
        stem: A plain file-name stem (letters, digits, ``._-``; no separators).
        data: The transcript's bytes.

    Raises:
        OSError: The folder cannot be written, or no free name was found.
    """
    if not stem or "/" in stem or "\\" in stem or stem.startswith("."):
        raise ValueError(f"not a plain file-name stem: {stem!r}")
    temp = _write_temp(data_dir, f"{stem}.txt", data)
    try:
        for number in range(1, _MAX_NAME_TRIES + 1):
            name = f"{stem}.txt" if number == 1 else f"{stem}-{number}.txt"
            try:
                os.link(temp, data_dir / name)
            except FileExistsError:
                continue
            return name
        raise FileExistsError(f"no free file name for {stem}.txt")
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def validate_upload(data: bytes, name: str) -> str | None:
    """Why an uploaded file is not a transcript we can serve, or None if it is.

    The checks are the data folder's own (:func:`retrieval.corpus.load_transcript_bytes`):
    size, emptiness, binary content, UTF-8, and a transcript in it.
    """
    try:
        document = load_transcript_bytes(data, Path(name).stem)
    except TranscriptError as exc:
        return str(exc)
    return None if document.passages else "not a transcript: no passages found"
