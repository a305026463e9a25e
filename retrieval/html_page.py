"""A transcript page's HTML -> the statement text, in the data folder's transcript format.

No network and no files here: bytes in, a :class:`Page` and its transcript text out, so the
importer (``bot/importer.py``) can fetch, save and reload around it.

The main text comes from trafilatura (it keeps every paragraph and drops navigation, sidebars,
share buttons and comments on the layouts in ``tests/pages/``); this module turns its output into
paragraphs and keeps what transcripts need from the markup:

* a speaker label set in bold at the start of a paragraph (``<b>Sergey Lavrov:</b> We ...``,
  ``<strong>Question</strong>: ...``, ``<b>В.Путин:</b>...``, a bold label alone in its paragraph,
  a bold name followed by a dash) becomes a ``Name: text`` label the parser reads;
* the title is the heading nearest before the statement's first paragraph (a mirror's ``<h1>`` is
  often the site's name), else the page's ``og:title`` or ``<title>``;
* the date comes from the page's metadata (htmldate, through trafilatura); the parser still
  prefers a date written in the title.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura

from retrieval.normalize import normalize_whitespace
from retrieval.transcript import MIN_WORDS

__all__ = [
    "MIN_STATEMENT_WORDS",
    "Page",
    "PageError",
    "decode_html",
    "extract_page",
    "page_file_stem",
    "text_digest",
    "transcript_text",
]

#: A page with fewer words of main text than one passage holds has no statement in it.
MIN_STATEMENT_WORDS = MIN_WORDS
#: Longest title kept (the parser reads a longer first line as body text).
MAX_TITLE_CHARS = 300
#: Longest file-name stem made from a title (the date and an ``_`` come before it).
MAX_SLUG_CHARS = 80
_MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


class PageError(ValueError):
    """The page holds no statement we can import; ``str(exc)`` is a short human reason."""


@dataclass(frozen=True, slots=True)
class Page:
    """What was extracted from one page.

    Attributes:
        title: The statement's title (never empty: a page with none gets a placeholder).
        date: The page's publication date, when its metadata gives one.
        url: The page's address (for a saved page: its canonical or "saved from" address).
        paragraphs: The statement's paragraphs in reading order, labels as ``Name: text``.
    """

    title: str
    date: dt.date | None
    url: str | None
    paragraphs: tuple[str, ...]


# --- bytes -> text ------------------------------------------------------------------------------

_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode_html(data: bytes, declared: str | None = None) -> str:
    """An HTML page's text, decoded by its declared charset.

    Order: the charset the server declared, a byte-order mark, a ``<meta>`` charset in the first
    4 KB, then UTF-8. Nothing is guessed beyond that: a misread page would misquote.

    Raises:
        PageError: The bytes are not text in any declared charset, nor UTF-8.
    """
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    if data.startswith(b"\xef\xbb\xbf"):
        candidates.append("utf-8-sig")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates.append("utf-16")
    if match := _META_CHARSET_RE.search(data[:4096]):
        candidates.append(match.group(1).decode("ascii"))
    candidates.append("utf-8")
    for name in candidates:
        try:
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
        return _XML_DECLARATION_RE.sub("", text.lstrip("\ufeff"), count=1)
    raise PageError("the page is not UTF-8 and declares no charset it is written in")


# --- the page -----------------------------------------------------------------------------------


def extract_page(html: str, url: str | None = None) -> Page:
    """Extract the statement from a page.

    Args:
        html: The page (see :func:`decode_html` for bytes).
        url: Where it came from; a saved page's own canonical address is used when None.

    Raises:
        PageError: The page cannot be read as HTML, or holds no statement text.
    """
    if not html.strip():
        raise PageError("the page is empty")
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise PageError(f"not readable as HTML ({exc})") from None
    url = url or _own_address(tree, html)
    extracted = trafilatura.extract(
        _without_summaries(tree),
        url=url,
        output_format="xml",
        include_formatting=True,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        with_metadata=True,
    )
    if not extracted:
        raise PageError("no statement text found in the page")
    doc = lxml.etree.fromstring(extracted.encode("utf-8"))
    main = doc.find("main")
    blocks = list(_blocks(main)) if main is not None else []
    title = _title(tree, blocks, doc.get("title"), url)
    paragraphs = _paragraphs(blocks, title)
    words = sum(len(p.split()) for p in paragraphs)
    if words < MIN_STATEMENT_WORDS:
        raise PageError(
            f"no statement text found in the page ({words} words of text; "
            f"at least {MIN_STATEMENT_WORDS} make a statement)"
        )
    return Page(title=title, date=_date(doc.get("date")), url=url, paragraphs=tuple(paragraphs))


#: Classes of a page's editorial summary ("Vladimir Putin held a meeting ..."): the press
#: office's words, which as unlabelled opening text would be attributed to the first speaker.
_SUMMARY_CLASSES = ("read__lead", "entry-summary", "p-summary")


def _without_summaries(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the page without its summary blocks (kremlin.ru's lead, microformat summaries)."""
    copy = deepcopy(tree)
    for element in list(copy.iter()):
        classes = (element.get("class") or "").split() if isinstance(element.tag, str) else []
        if any(name in classes for name in _SUMMARY_CLASSES) and element.getparent() is not None:
            element.drop_tree()
    return copy


def _own_address(tree: lxml.html.HtmlElement, html: str) -> str | None:
    """A saved page's address: canonical link, ``og:url``, or the browser's "saved from" note."""
    for xpath in (
        "//link[@rel='canonical']/@href",
        "//meta[@property='og:url']/@content",
    ):
        for value in tree.xpath(xpath):
            if str(value).startswith(("http://", "https://")):
                return str(value).strip()
    if match := re.search(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+)\s*-->", html[:4096]):
        return match.group(1)
    return None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- trafilatura's XML -> paragraphs --------------------------------------------------------------

_BLOCK_TAGS = frozenset({"p", "head", "quote", "list", "table", "div"})
_LABEL_TAIL_RE = re.compile(r"^\s*(?:\([^()]{0,80}\)\s*)?[:：]")
_DASH_RE = re.compile(r"^\s*[–—-]\s+")
# A name that a dash may follow as a label: one to six capitalised words or initials.
_NAME_RE = re.compile(r"^(?:[^\W\d_][\w.'’-]*\.?\s*){1,6}$")
_SOURCE_LINE_RE = re.compile(r"^(?:source|источник)\s*:", re.IGNORECASE)


@dataclass(slots=True)
class _Block:
    text: str
    label_only: bool = False  # a bold label with nothing after it in its paragraph
    heading: bool = False


def _blocks(element: lxml.etree._Element) -> Iterator[_Block]:
    """Paragraph-level blocks of trafilatura's ``<main>`` in reading order."""
    if element.text and element.text.strip():
        yield _Block(normalize_whitespace(element.text))
    for child in element:
        tag = child.tag
        if tag == "p":
            yield _paragraph(child)
        elif tag == "head":
            text = _text(child)
            if text:
                yield _Block(text, heading=True)
        elif tag == "list":
            items = [_text(item) for item in child.iter("item")]
            lines = [f"• {item}" for item in items if item]
            if lines:
                yield _Block("\n".join(lines))
        elif tag in ("table", "row", "cell", "quote", "div"):
            yield from _blocks(child)
        elif tag == "lb":
            pass
        else:
            text = _text(child)
            if text:
                yield _Block(text)
        if child.tail and child.tail.strip():
            yield _Block(normalize_whitespace(child.tail))


def _text(element: lxml.etree._Element) -> str:
    """An element's text with ``<lb/>`` as line breaks, whitespace tidied per line."""
    return _tidy(element.text or "", list(element))


def _tidy(lead: str, children: list[lxml.etree._Element]) -> str:
    parts: list[str] = [lead]
    for child in children:
        parts.append("\n" if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    lines = (normalize_whitespace(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _paragraph(p: lxml.etree._Element) -> _Block:
    """A ``<p>``, with a leading bold run read as a speaker label when it is one."""
    children = list(p)
    first = children[0] if children else None
    if (
        first is None
        or (p.text and p.text.strip())
        or first.tag != "hi"
        or "#b" not in (first.get("rend") or "")
    ):
        return _Block(_text(p))
    bold = _text(first).strip()
    rest = _tidy(first.tail or "", children[1:])
    label: str | None = None
    if bold.endswith((":", "：")):
        label = bold[:-1].strip()
    elif match := _LABEL_TAIL_RE.match(rest):
        # "<b>Question</b>: ...", "<b>Вопрос</b> (перевод с английского): ..."
        note = rest[: match.end() - 1].strip()
        label = f"{bold} {note}" if note else bold
        rest = rest[match.end() :]
    elif (match := _DASH_RE.match(rest)) and _NAME_RE.match(bold):
        label, rest = bold, rest[match.end() :]
    if not label:
        return _Block(_text(p))
    rest = rest.strip()
    return _Block(f"{label}: {rest}" if rest else f"{label}:", label_only=not rest)


def _paragraphs(blocks: list[_Block], title: str) -> list[str]:
    """Blocks -> the transcript's paragraphs: labels joined to their text, clutter left out."""
    title_key = title.casefold()
    out: list[str] = []
    pending_label: str | None = None
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if block.heading and text.casefold() == title_key:
            continue  # the title, repeated as the first heading
        if _SOURCE_LINE_RE.match(text) and len(text.split()) <= 12:
            continue  # a repost's "Source: ..." credit; the importer writes its own
        if block.label_only:
            if pending_label:
                out.append(pending_label)
            pending_label = text
            continue
        if pending_label:
            text = f"{pending_label} {text}"
            pending_label = None
        out.append(text)
    if pending_label:
        out.append(pending_label)
    return out


# --- the title ----------------------------------------------------------------------------------

_HEADINGS = frozenset({"h1", "h2", "h3"})
_TEXT_HOLDERS = frozenset({"p", "div", "td", "li", "span", "blockquote", "section", "article"})
_SITE_SUFFIX_RE = re.compile(r"\s+(?:[-|•—–]|::)\s+")


def _title(
    tree: lxml.html.HtmlElement, blocks: list[_Block], meta_title: str | None, url: str | None
) -> str:
    first = next((b.text for b in blocks if not b.heading and len(b.text.split()) >= 3), None)
    candidates = [
        _heading_before(tree, first) if first else None,
        _meta(tree, "og:title"),
        _page_title(tree),
        meta_title,
    ]
    for candidate in candidates:
        if candidate and len(candidate.split()) >= 2:
            return _clip_title(candidate)
    host = urlsplit(url).hostname if url else None
    return f"Statement from {host}" if host else "Untitled statement"


def _clip_title(title: str) -> str:
    title = normalize_whitespace(title)
    if len(title) <= MAX_TITLE_CHARS:
        return title
    return title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + " …"


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _heading_before(tree: lxml.html.HtmlElement, first_paragraph: str) -> str | None:
    """The last h1-h3 in document order before the element where the statement starts."""
    target = _key(first_paragraph)[:60]
    if not target:
        return None
    heading: str | None = None
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        tag = element.tag.lower()
        if tag in _HEADINGS:
            text = normalize_whitespace(element.text_content())
            if text:
                heading = text
            continue
        if tag in _TEXT_HOLDERS and _key(element.text_content()).startswith(target):
            return heading
    return None


def _meta(tree: lxml.html.HtmlElement, prop: str) -> str | None:
    for value in tree.xpath(f"//meta[@property='{prop}' or @name='{prop}']/@content"):
        if str(value).strip():
            return normalize_whitespace(str(value))
    return None


def _page_title(tree: lxml.html.HtmlElement) -> str | None:
    """``<title>`` without the site's name after a separator ("... - The Ministry of ...")."""
    nodes = tree.xpath("//title")
    if not nodes:
        return None
    text = normalize_whitespace(nodes[0].text_content())
    parts = _SITE_SUFFIX_RE.split(text)
    return max(parts, key=len) if len(parts) > 1 else text


# --- the transcript file ------------------------------------------------------------------------


def transcript_text(page: Page) -> str:
    """The page in the data folder's transcript format: title, date, ``Source:``, body.

    Paragraphs are separated by a blank line; labels stay at the start of their paragraph.
    """
    head = [page.title]
    if page.date:
        head.append(f"{page.date.day} {_MONTHS_EN[page.date.month - 1]} {page.date.year}")
    if page.url:
        head.append(f"Source: {page.url}")
    return "\n".join(head) + "\n\n" + "\n\n".join(page.paragraphs) + "\n"


def text_digest(page: Page) -> str:
    """A digest of the statement's words (not its markup, title or link): the same text
    reposted elsewhere has the same digest."""
    words = " ".join(" ".join(page.paragraphs).split()).casefold()
    return hashlib.blake2b(words.encode("utf-8"), digest_size=16).hexdigest()


_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip


def page_file_stem(title: str, date: dt.date | None) -> str:
    """``2021-03-17_foreign-minister-sergey-lavrovs-remarks-…``: date and title, ASCII only."""
    ascii_title = unicodedata.normalize("NFKD", title.casefold().translate(_TRANSLIT))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.encode("ascii", "ignore").decode()).strip("-")
    if len(slug) > MAX_SLUG_CHARS:
        slug = slug[:MAX_SLUG_CHARS].rsplit("-", 1)[0]
    prefix = date.isoformat() if date else "undated"
    return f"{prefix}_{slug or 'statement'}"
