"""A transcript saved as a JSON record: a scraper's dump ('{"title": "...", "date": "...",
"content": "Sergey Lavrov:\\u00a0 Pleased to meet you.\\nYevangelina: Yes.\\n..."}') mirrored as a
page, often cut off mid-string. Its fields are the page: the title, the date and the text,
with the string escapes read (a line break written "\\n" is a line break)."""

from __future__ import annotations

import re

# A field of a JSON record on a line of its own: "title": "...", up to the string's close or,
# for the text a copy cut off, the page's end.
_FIELD_RE = re.compile(
    r'^\s*"(?P<key>title|date|content|text|body)"\s*:\s*"(?P<value>(?:[^"\\]|\\.)*)(?:"|\\?$)',
    re.MULTILINE | re.DOTALL,
)
# A string escape: "\n", "\"", "\u2019" (a "\u20" the cut left is dropped).
_ESCAPE_RE = re.compile(r"\\(?:u(?P<hex>[0-9a-fA-F]{4})|u[0-9a-fA-F]{0,3}$|(?P<char>.))", re.DOTALL)
_ESCAPED = {"n": "\n", "t": "\t", "r": "", '"': '"', "\\": "\\", "/": "/", "b": "", "f": ""}
#: A record's text is read only when it is this long: a short field is some other data.
_MIN_CONTENT = 200


def json_record_text(text: str) -> str | None:
    """The page a JSON record on it stands for (title, date and text, each a paragraph), or
    None when the page holds no record with a long text field."""
    fields: dict[str, str] = {}
    for found in _FIELD_RE.finditer(text):
        fields.setdefault(found.group("key"), found.group("value"))
    content = fields.get("content") or fields.get("text") or fields.get("body")
    if content is None or len(content) < _MIN_CONTENT or "\\" not in content:
        return None
    parts = [fields.get("title"), fields.get("date"), content]
    return "\n\n".join(_unescaped(part) for part in parts if part)


def _unescaped(value: str) -> str:
    def one(match: re.Match[str]) -> str:
        if match.group("hex"):
            return chr(int(match.group("hex"), 16))
        char = match.group("char")
        return _ESCAPED.get(char, char) if char is not None else ""

    return _ESCAPE_RE.sub(one, value)
