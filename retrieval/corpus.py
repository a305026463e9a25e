"""Load a folder of transcript files: every good file parsed, every bad one named with a reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import multiprocessing
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from retrieval.passages import QUESTION_SPEAKER, UNTITLED, Document, renamed
from retrieval.speakers import KNOWN_SPEAKERS, UNKNOWN_SPEAKER, ambassador_spelt
from retrieval.spelling_variants import (
    customary_first_name,
    least_transliterated,
    news_first_name,
    preferred,
    script_key,
    spelling_key,
)
from retrieval.text import count_controls
from retrieval.transcript import TranscriptError, parse_transcript

__all__ = [
    "MAX_FILE_BYTES",
    "CorpusError",
    "LoadedCorpus",
    "Rejected",
    "check_data_dir",
    "load_corpus",
    "load_packed",
    "load_transcript",
    "load_transcript_bytes",
    "not_found",
    "on_diplomacy",
    "speaker_renames",
    "unify_speakers",
]

logger = logging.getLogger(__name__)

#: Files larger than this are refused without being read.
MAX_FILE_BYTES = 20 * 1024 * 1024

_BOM = b"\xef\xbb\xbf"
# Share of control characters (other than line breaks and tabs) that marks a binary file.
_MAX_CONTROL_SHARE = 0.1


class CorpusError(ValueError):
    """The data folder itself is missing or unusable (bad files are rejected, not raised)."""


@dataclass(frozen=True, slots=True)
class Rejected:
    """A file that was not loaded, and why (``reason`` is short and human)."""

    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class LoadedCorpus:
    """The documents loaded from a folder and the files rejected.

    Attributes:
        documents: Parsed documents, sorted by date (undated first), then id.
        rejected: Files not loaded, in file-name order, each with its reason.
    """

    documents: tuple[Document, ...]
    rejected: tuple[Rejected, ...]


def _decode(data: bytes) -> str:
    """Bytes -> text, or TranscriptError saying why these bytes are not a UTF-8 text file."""
    offset = 0
    if data.startswith(_BOM):
        data, offset = data[len(_BOM) :], len(_BOM)
    if not data.strip():
        raise TranscriptError("empty file")
    if b"\x00" in data:
        raise TranscriptError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Never guess another encoding (cp1251 ...): a misread transcript would misquote.
        bad = data[exc.start]
        raise TranscriptError(
            f"not UTF-8 (byte 0x{bad:02x} at offset {exc.start + offset})"
        ) from None
    controls = count_controls(text)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise TranscriptError("binary file (mostly control characters)")
    return text


def load_transcript(path: Path) -> Document:
    """Read and parse one transcript file; the document id is the file's stem.

    Args:
        path: The ``.txt`` file.

    Returns:
        The parsed document.

    Raises:
        TranscriptError: The file is unreadable, not a regular file, empty, too large
            (checked before reading), binary, not UTF-8, or not a transcript.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise TranscriptError("unreadable: file not found (or a broken symlink)") from None
    except OSError as exc:
        raise TranscriptError(f"unreadable: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise TranscriptError("not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise TranscriptError(f"too large ({info.st_size} bytes; the limit is {MAX_FILE_BYTES})")
    if info.st_size == 0:
        raise TranscriptError("empty file")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise TranscriptError(f"unreadable: {exc.strerror or exc}") from None
    return load_transcript_bytes(data, path.stem)


def load_transcript_bytes(data: bytes, doc_id: str, source_url: str | None = None) -> Document:
    """Validate and parse a transcript's raw bytes (an upload, or a file's content).

    The same checks as :func:`load_transcript`: size, emptiness, binary content, UTF-8.

    Args:
        data: The file's bytes.
        doc_id: Document id (the file name's stem).
        source_url: Link to the original page, if known and the text has no ``Source:`` line.

    Returns:
        The parsed document.

    Raises:
        TranscriptError: With a short reason, as for :func:`load_transcript`.
    """
    if len(data) > MAX_FILE_BYTES:
        raise TranscriptError(f"too large ({len(data)} bytes; the limit is {MAX_FILE_BYTES})")
    return parse_transcript(_decode(data), doc_id, source_url)


def not_found(document: Document) -> tuple[str, ...]:
    """What the parser could not find on a loaded page, in words for a report.

    Args:
        document: A parsed document.

    Returns:
        ``"title"``, ``"date"`` (or ``"year"`` when the page gives the day without one),
        and ``"speaker of N of M passages"``, for what the page did not give; empty if it
        gave everything.
    """
    missing = []
    if document.title == UNTITLED:
        missing.append("title")
    if document.date is None:
        missing.append("year" if document.yearless_day else "date")
    unknown = sum(p.speaker == UNKNOWN_SPEAKER for p in document.passages)
    if unknown:
        missing.append(f"speaker of {unknown} of {len(document.passages)} passages")
    return tuple(missing)


# "S.Brilev", "D.K.Kiselev": initials glued to a surname, as canonical names of people outside
# the speaker table are written when a page gives no first name.
_INITIALS_NAME_RE = re.compile(
    r"^(?P<initial>[^\W\d_][^\W\d_A-ZА-ЯЁ]?)\.(?:[^\W\d_]{1,2}\.)*\s?(?P<surname>[^\W\d_].*)$"
)


def speaker_renames(
    names: Iterable[str], written: Collection[str] = (), diplomats: Collection[str] = ()
) -> dict[str, str]:
    """Which speaker names of a corpus are another's: name -> the name to show instead.

    * Initials: "S.Brilev" -> "Sergey Brilev" when exactly one full name among ``names`` has
      that initial and surname (two "S. Brilev"s stay apart).
    * Spellings: "Nikolai Fyodorov" and "Nikolay Fedorov" on two pages are one person
      (:func:`~retrieval.spelling_variants.spelling_key`); all get the spelling most documents
      use (:func:`~retrieval.spelling_variants.preferred`), or the speaker table's name if one
      of them is it.
    * Scripts: a foreign name a Russian page gives in Cyrillic ("Zhoel Machadu") and the
      English page's "Joel Machado" are one person when no third name is that alike
      (:func:`~retrieval.spelling_variants.script_key`); the English spelling is shown.

    The renames depend on each document's set of names only, so a streamed build can compute
    them from its documents' speakers.

    A Russian first name of someone outside the table is shown, for a diplomat (``diplomats``:
    a speaker of a page on diplomacy), as an English page writes it when one does
    (``written``), else as the Foreign Ministry spells it ("Yury Klimenko"); for anyone else as
    English news does ("Sergei Sobyanin", "Alexei Miller", whatever Gazprom's site writes), or
    as an English page writes a first name the news has no spelling of its own for.

    Args:
        names: Every speaker name of each document (each document's names once).
        written: The names English pages give.
        diplomats: The names of speakers of pages on diplomacy (see :func:`on_diplomacy`).

    Returns:
        The names to replace, each with the name to show (empty if none).
    """
    documents = Counter(names)
    renames, grouped = _as_pages_spell_ambassadors(documents)
    renames.update(_respelt(Counter({n: c for n, c in documents.items() if n not in grouped})))
    # "Yuri Klimenko" shown as "Yury Klimenko": a Russian first name as the speaker table
    # (the Foreign Ministry) spells it, whatever custom the page followed (an ambassador's
    # own spelling on a page stays: see _as_pages_spell_ambassadors).
    diplomat_names = set(diplomats)
    shown_of: dict[str, set[str]] = {}
    for name in documents:
        shown_of.setdefault(renames.get(name, name), set()).add(name)
    for shown, spellings in shown_of.items():
        if shown in _TABLE_NAMES or shown in grouped:
            continue
        english = sorted(n for n in spellings if n in written)
        diplomat = bool(spellings & diplomat_names)
        ministry = customary_first_name(shown)
        if ministry in _TABLE_NAMES:
            custom = ministry  # "Sergei Lavrov": the table's own name
        elif english and (diplomat or news_first_name(ministry) == ministry):
            # As an English page writes him: "Sergei Kuznetsov" in TASS's English. (Someone
            # outside diplomacy with a first name the news spells its own way is written so,
            # whatever his company's site does: "Alexei Miller", not Gazprom's "Alexey".)
            custom = max(english, key=lambda n: (documents[n], [-ord(ch) for ch in n]))
        elif diplomat:
            custom = ministry  # "Yury Klimenko", as the Ministry writes
        else:
            custom = news_first_name(ministry)  # "Sergei Sobyanin"
        if custom != shown:
            renames.update((name, custom) for name in spellings)
        else:
            for name in spellings:
                if name != shown:
                    renames[name] = shown
    full: dict[tuple[str, str], set[str]] = {}
    for name in documents:
        words = name.split()
        if len(words) >= 2 and not any(w.endswith(".") for w in words):
            key = (words[0][0].casefold(), words[-1].casefold())
            full.setdefault(key, set()).add(renames.get(name, name))
    for name in documents:
        match = _INITIALS_NAME_RE.match(name)
        if not match or " " in match.group("surname"):
            continue
        initial = match.group("initial").casefold()
        owners = {
            owner
            for owner in full.get((initial[0], match.group("surname").casefold()), ())
            # ("Yu.N.Klimenko" is Yuri's, not Yan's.)
            if owner.casefold().startswith(initial)
        }
        if len(owners) == 1:
            renames[name] = next(iter(owners))
    return renames


#: The speaker table's names: of a person's spellings, the table's is shown.
_TABLE_NAMES = frozenset(speaker.name for speaker in KNOWN_SPEAKERS)


def _as_pages_spell_ambassadors(documents: Counter[str]) -> tuple[dict[str, str], set[str]]:
    """An ambassador's names -> the spelling most of the corpus's pages give him in full
    (then the first in alphabetical order), when any page spells him otherwise than the
    table: "Sergey Kuznetsov" from a Russian page and "Sergei Kuznetsov" from TASS's English
    story are shown as "Sergei Kuznetsov" (retrieval.transcript._own_spellings); and every
    name so decided on."""
    groups: dict[str, list[str]] = {}
    for name in documents:
        if (owner := ambassador_spelt(name)) is not None:
            groups.setdefault(owner, []).append(name)
    renames: dict[str, str] = {}
    decided: set[str] = set()
    for owner, spellings in groups.items():
        own = sorted(name for name in spellings if name != owner)
        if own:
            shown = max(own, key=lambda name: (documents[name], [-ord(ch) for ch in name]))
            renames.update((name, shown) for name in spellings if name != shown)
            decided.update(spellings)
    return renames, decided


def _respelt(documents: Counter[str]) -> dict[str, str]:
    """Names of one person in other spellings -> the spelling to show (see
    :func:`speaker_renames`)."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in documents:
        if len(name.split()) >= 2 and name not in (UNKNOWN_SPEAKER, QUESTION_SPEAKER):
            groups.setdefault(spelling_key(name), []).append(name)
    renames: dict[str, str] = {}
    for spellings in groups.values():
        if len(spellings) < 2:
            continue
        table = [name for name in spellings if name in _TABLE_NAMES]
        shown = table[0] if len(table) == 1 else preferred(spellings, documents)
        renames.update((name, shown) for name in spellings if name != shown)
    # A foreign name transliterated from a Russian page and as an English page writes it
    # ("Zhoel Machadu", "Joel Machado"): one person, shown as the English page writes him.
    # (Only names outside the table, and only when the looser key joins exactly two groups'
    # shown names: a third spelling could be someone else.)
    shown_names = {renames.get(name, name) for name in documents} - _TABLE_NAMES
    crossed: dict[tuple[str, ...], set[str]] = {}
    for name in shown_names:
        if len(name.split()) >= 2 and name not in (UNKNOWN_SPEAKER, QUESTION_SPEAKER):
            crossed.setdefault(script_key(name), set()).add(name)
    for names in crossed.values():
        if len(names) != 2:
            continue
        shown = least_transliterated(names)
        for name in documents:
            if renames.get(name, name) in names and renames.get(name, name) != shown:
                renames[name] = shown
    return renames


def unify_speakers(documents: list[Document]) -> list[Document]:
    """One name per person across a corpus: initials become the full name another page gives,
    and one spelling stands for the several a person is given.

    A page that names an interviewer only as "S.Brilev" and another that names him "Sergey
    Brilev" give one speaker, "Sergey Brilev" (see :func:`speaker_renames`). Passage ids are
    made anew for the renamed documents (an id is derived from the speaker).

    Args:
        documents: Parsed documents.

    Returns:
        The documents, with renamed speakers where a full name was found.
    """
    renames = speaker_renames(
        (name for d in documents for name in {p.speaker for p in d.passages}),
        written={p.speaker for d in documents if d.language == "en" for p in d.passages},
        diplomats={p.speaker for d in documents if _of_diplomacy(d) for p in d.passages},
    )
    if not renames:
        return documents
    return [_renamed(d, renames) if _mentions_any(d, renames) else d for d in documents]


# A title of a page on diplomacy: an embassy's, a mission's, the Ministry's.
_DIPLOMACY_RE = re.compile(
    r"\b(?:ambassador|embassy|envoy|consul(?!t)|permanent (?:representative|mission)|diplomat|"
    r"foreign (?:minister|ministry)|mfa|mission to)|(?<![^\W\d_])(?:посол|посла|послом|"
    r"посольств|постпред|консул(?!ьт)|генконсул|дипломат|мид|министр[а-я]* иностранных дел|"
    r"постоянн[а-я]+ представител)",
    re.IGNORECASE,
)


#: A lead tells of diplomacy within its first this many characters ("This was stated by the
#: Russian Ambassador in Ulaanbaatar Alexey Evsikov", «беседует с Генеральным консулом РФ»).
_LEAD_CHARS = 400


def _of_diplomacy(document: Document) -> bool:
    """Whether a page is on diplomacy by its title or, a news site's headline saying nothing
    of it, by its lead."""
    if on_diplomacy(document.title):
        return True
    lead = " ".join(p.text for p in document.passages[:3])[:_LEAD_CHARS]
    return _DIPLOMACY_RE.search(lead) is not None


def on_diplomacy(title: str) -> bool:
    """Whether a page's title is of diplomacy (an ambassador's interview, the Ministry's
    briefing): its speakers outside the table are diplomats, named as the Ministry spells
    them."""
    return _DIPLOMACY_RE.search(title) is not None


def _mentions_any(document: Document, renames: dict[str, str]) -> bool:
    return any(p.speaker in renames for p in document.passages)


def _renamed(document: Document, renames: dict[str, str]) -> Document:
    passages = renamed(document.passages, renames, document.title, document.date)
    return dataclasses.replace(document, passages=passages)


def _outside(path: Path, root: Path) -> bool:
    """Whether a symlink resolves to somewhere outside ``root``."""
    try:
        target = path.resolve(strict=False)
    except (OSError, RuntimeError):  # a symlink loop
        return True
    return not target.is_relative_to(root)


class Packed(Protocol):
    """What :func:`load_packed` needs of a packed document: its id, date and content key."""

    @property
    def id(self) -> str: ...

    @property
    def date(self) -> dt.date | None: ...

    @property
    def content_key(self) -> Hashable: ...


#: Turns a parsed document into what the caller keeps of it (in the parse worker).
Pack = Callable[[Document], Any]


def _sort_key(document: Document | Packed) -> tuple[dt.date, str]:
    return (document.date or dt.date.min, document.id)


def _content_key(document: Document) -> Hashable:
    """Two files with the same passages (speaker and text) are one transcript twice."""
    return tuple((p.speaker, p.text) for p in document.passages)


#: Below this many files a process pool costs more than it saves.
PARALLEL_MIN_FILES = 64


def _load_or_reason(path: Path, pack: Pack | None = None) -> Any:
    """One file's document (packed, if ``pack`` is given), or why it was rejected."""
    try:
        document = load_transcript(path)
        return document if pack is None else pack(document)
    except TranscriptError as exc:
        return str(exc)
    except Exception as exc:  # a parser bug must not take the whole corpus down
        logger.exception("unexpected error while loading %s", path.name)
        return f"could not be parsed ({type(exc).__name__})"


# The pack function of a parse worker, set once when the worker starts: sent with every task
# instead, it would arrive as a fresh copy each time and lose what it keeps between files.
_worker_pack: Pack | None = None


def _start_worker(pack: Pack | None) -> None:
    global _worker_pack
    _worker_pack = pack


def _load_in_worker(path: Path) -> Any:
    return _load_or_reason(path, _worker_pack)


def _load_all(
    paths: list[Path],
    workers: int,
    progress: Callable[[int, int], None] | None,
    pack: Pack | None = None,
) -> Iterator[Any]:
    """Each file's outcome in order, as soon as it is ready (never all held at once).

    Large folders are parsed in worker processes: parsing is pure Python, so separate
    processes use every core and leave the GIL to a bot that goes on answering while it
    reloads. If the workers cannot run (or die), the rest is parsed here.
    """
    total = len(paths)
    done = 0
    if workers > 1 and total >= PARALLEL_MIN_FILES:
        try:
            context = multiprocessing.get_context("spawn")
            pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(pack,)
            )
            try:
                for outcome in pool.map(_load_in_worker, paths, chunksize=16):
                    done += 1
                    if progress is not None:
                        progress(done, total)
                    yield outcome
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
        except (OSError, RuntimeError, BrokenProcessPool) as exc:
            logger.warning(
                "parsing in one process from file %d on: worker processes failed (%s)",
                done + 1,
                exc,
            )
    for path in paths[done:]:
        yield _load_or_reason(path, pack)
        done += 1
        if progress is not None:
            progress(done, total)


def check_data_dir(data_dir: Path) -> None:
    """Raise :class:`CorpusError` unless ``data_dir`` is an existing directory.

    Raises:
        CorpusError: With a one-line reason.
    """
    if not data_dir.exists():
        raise CorpusError(f"data folder not found: {data_dir}")
    if not data_dir.is_dir():
        raise CorpusError(f"data folder is not a directory: {data_dir}")


def load_corpus(
    data_dir: Path,
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> LoadedCorpus:
    """Load every ``*.txt`` file directly in ``data_dir``.

    Hidden files are ignored and the extension matches in any case (``.TXT``). Bad files
    never stop the load: each is listed in ``rejected`` with its reason (see
    :func:`load_transcript`; also a symlink leading outside the folder, and a second copy
    of a transcript already loaded: ``"duplicate of <name>"``).

    Args:
        data_dir: The data folder.
        workers: Processes to parse with (used for large folders only).
        progress: Called with (files done, files in all) as files are parsed.

    Returns:
        The loaded documents and the rejected files.

    Raises:
        CorpusError: ``data_dir`` does not exist, is not a directory or cannot be listed.
    """
    documents, rejected = _load(data_dir, workers, progress, None, _content_key)
    return LoadedCorpus(documents=tuple(unify_speakers(documents)), rejected=rejected)


def load_packed(
    data_dir: Path,
    pack: Pack,
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
    received: Callable[[Any], Any] | None = None,
    accept: Callable[[Any], Any] | None = None,
) -> tuple[list[Any], tuple[Rejected, ...]]:
    """:func:`load_corpus`, keeping of each document only what ``pack`` makes of it.

    ``pack`` runs where the file is parsed (in the worker processes), so a large folder never
    holds all its parsed documents at once, and the work done in ``pack`` is spread over the
    workers too. Its results must have ``id``, ``date`` and ``content_key`` (see
    :class:`Packed`); ``pack`` must be picklable and is created once per worker. ``received``,
    if given, is applied here to every packed document as it arrives (duplicates too, each
    worker's in the order it packed them) and its result goes on; ``accept``, if given, then
    to each one accepted (not a duplicate), and its result is kept instead: e.g. to move the
    bulk of it out of memory.

    Returns:
        The packed documents sorted by date (undated first), then id; the rejected files.
    """
    packed, rejected = _load(
        data_dir, workers, progress, pack, lambda document: document.content_key, accept, received
    )
    return packed, rejected


def _load(
    data_dir: Path,
    workers: int,
    progress: Callable[[int, int], None] | None,
    pack: Pack | None,
    content_key: Callable[[Any], Hashable],
    accept: Callable[[Any], Any] | None = None,
    received: Callable[[Any], Any] | None = None,
) -> tuple[list[Any], tuple[Rejected, ...]]:
    data_dir = Path(data_dir)
    check_data_dir(data_dir)
    try:
        root = data_dir.resolve(strict=True)
        entries = sorted(
            (e for e in data_dir.iterdir() if e.name.lower().endswith(".txt")),
            key=lambda e: e.name,
        )
    except OSError as exc:
        raise CorpusError(f"cannot read data folder {data_dir}: {exc.strerror or exc}") from None

    documents: list[Any] = []
    rejected: list[Rejected] = []
    seen_ids: dict[str, str] = {}
    seen_content: dict[Hashable, str] = {}
    to_load: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_symlink() and _outside(entry, root):
            rejected.append(Rejected(entry.name, "symlink points outside the data folder"))
            continue
        to_load.append(entry)
    outcomes = _load_all(to_load, workers, progress, pack)
    for entry, outcome in zip(to_load, outcomes, strict=True):
        if isinstance(outcome, str):
            rejected.append(Rejected(entry.name, outcome))
            continue
        if received is not None:
            outcome = received(outcome)
        content = content_key(outcome)
        if content in seen_content:
            rejected.append(Rejected(entry.name, f"duplicate of {seen_content[content]}"))
            continue
        if outcome.id in seen_ids:
            rejected.append(Rejected(entry.name, f"same document id as {seen_ids[outcome.id]}"))
            continue
        seen_content[content] = entry.name
        seen_ids[outcome.id] = entry.name
        documents.append(outcome if accept is None else accept(outcome))
    documents.sort(key=_sort_key)
    rejected.sort(key=lambda r: r.name)
    if rejected:
        logger.warning("%d file(s) rejected in %s", len(rejected), os.fspath(data_dir))
    return documents, tuple(rejected)
