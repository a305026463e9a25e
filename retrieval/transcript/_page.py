"""The page around the statement text: its lines, `Source:` link, header, title and chrome.

:func:`prepare` turns the page into clean lines and cuts off the chrome that ends it;
:func:`header` finds the title among the first lines (past menus, banners, clocks and other
site furniture), the dates they give, and where the statement text starts; :func:`title_place`
reads the place named in the title.

The title is never the statement's own first sentence or turn: a line that reads as a sentence,
a labelled turn or a quote stays text. A page with no line fit to be a title has none.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from retrieval.speakers import (
    POST_WORDS,
    find_known_speaker,
    is_post_word,
    label_kind,
    person_name,
    speaker_from_title,
)
from retrieval.text import clean_lines, label_key, normalize_newlines
from retrieval.transcript._cut_end import completed_cut_name
from retrieval.transcript._datelines import lead_day_date, split_stamp_date, stamp_day
from retrieval.transcript._dates import (
    TIME,
    WEEKDAYS,
    DateLine,
    date_line,
    first_date,
    first_date_end,
    only_date,
    tagged_date_line,
    title_date,
)
from retrieval.transcript._json_record import json_record_text
from retrieval.transcript._labels import speech_heading
from retrieval.transcript._lines import (
    END_MARKERS,
    LABEL_RE,
    LANG_CODE,
    NUMBERED_RE,
    ends_article,
    ends_item,
    has_text,
    heads_related_links,
    is_chrome,
    is_clutter,
    is_footer,
    is_profile_line,
    stopped_standfirst,
    unglued_site_link,
)
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._quote_runs import all_quote
from retrieval.transcript._reported import heads_statements
from retrieval.transcript._sentence_sayer import first_person, has_say_verb, headline_speaker
from retrieval.transcript._statement_lists import announces_list

# A title line longer than this is body text, unless it can be cut at the title's date.
_MAX_TITLE_CHARS = 400
#: Lines examined for the title: the first this many lines with text (or up to the first turn).
HEAD_LINES = 25
#: A title has at most this many words; a weak one (no event word, no speaker) at least
#: _MIN_WEAK_TITLE_WORDS (menus and site names are shorter, headlines longer).
_MAX_TITLE_WORDS = 45
#: An event's official title, opening with the event's name, may have this many words.
_MAX_EVENT_TITLE_WORDS = 70
_MIN_WEAK_TITLE_WORDS = 4
#: An event's title naming its speaker may end with a full stop up to this many words.
_MAX_OFFICIAL_TITLE_WORDS = 30
#: Lines of at most this many words that are not sentences, between the title and the text,
#: are furniture (a place, "Key theses:", "Printer-friendly version") rather than text.
_FRAGMENT_WORDS = 5
# Chrome glued to the last sentence of a flattened page: "... reputation. Additional materials".
_INLINE_END_RE = re.compile(
    r"(?<=[.!?…»\"”)\]])\s+(?:(?:Additional materials|Дополнительные материалы)"
    r"(?:\s+(?:Advanced settings|Расширенные настройки)(?:\s.*)?)?"
    r"|(?:Advanced settings|Расширенные настройки)(?:\s.*)?)$",
    re.DOTALL,
)
# What every match of _INLINE_END_RE contains: lines without any are spared the search.
_INLINE_END_MARKERS = (
    "Additional materials",
    "Дополнительные материалы",
    "Advanced settings",
    "Расширенные настройки",
)
# The language line glued into another line: after a bullet, or two codes or more.
_INLINE_LANG_RE = re.compile(
    rf"\s(?:[•·]\s*{LANG_CODE}|{LANG_CODE}\s+{LANG_CODE})(?:\s+{LANG_CODE})*(?=\s|$)"
)
_BLANK_RUN_RE = re.compile(r"\n\s*\n")
_SOURCE_RE = re.compile(r"^(?:source|источник)\s*:\s*(?P<url>https?://\S+)$", re.IGNORECASE)
_PLACE_WORD_RE = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?$")
_PLACE_LINKS = frozenset({"on", "upon", "de", "del", "am", "la", "le", "sur", "na", "of"})
# Words that name the kind of event a transcript records: a line with one is a title.
_EVENT_RE = re.compile(
    r"(?<![^\W\d_])(?:interview\w*|remarks|statements?|speech|address|briefing|"
    r"(?:press|news) conference|press-conference|conference|meeting|talks|answers|transcript|"
    r"comments?|article|op-ed|q&a|lecture|message|greetings|direct line|reception|"
    r"интервью|выступлени\w*|заявлени\w*|брифинг\w*|пресс-конференци\w*|пресс-подход\w*|"
    r"стенограмм\w*|встреч\w*|бесед\w*|ответы|комментари\w*|стать\w*|послани\w*|обращени\w*|"
    r"лекци\w*|речь|переговор\w*|совещани\w*|прямая линия|разговор\w*|"
    r"entretien|déclaration|discours|conférence|point de presse)(?![^\W\d_])",
    re.IGNORECASE,
)


def names_event(line: str) -> bool:
    """Whether a line names the kind of event a transcript records (remarks, an interview, a
    briefing, «выступление»)."""
    return _EVENT_RE.search(line) is not None


# A sentence ends here: . ! ? … (closing quotes and brackets aside).
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'»”’)\]]*$")


def ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does (a stop, closing quotes aside): text, not a
    headline or a caption."""
    return _SENTENCE_END_RE.search(line.rstrip()) is not None


# (Not the dot of an initial or an abbreviation: "U.S. Wants", "V. Putin".)
# (Not after an initial, "V. Putin", nor a courtesy title, "Mr. Peter Iliichev".)
# What a news site appends to a headline to say what the story holds ("Шумков показал Путину
# слайды. Стенограмма", "... | Video"): not a second sentence of a line that is running text.
_HEADLINE_TAG_RE = re.compile(
    r"\s*[.|:—–-]\s*(?i:стенограмма|видео|фото|фоторепортаж|полный\s+текст|текст|video|photos?"
    r"|transcript|full\s+text|full\s+transcript)\.?\s*$"
)
_INNER_SENTENCE_RE = re.compile(
    r"(?<!\b[A-ZА-ЯЁ])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bAmb)(?<!\bSt)(?<!\bAmbs)"
    # (A heading in capitals: "STATEMENT BY MR. ALEXANDER LUKASHEVICH, ...".)
    r"(?<!\bMR)(?<!\bMS)(?<!\bMRS)(?<!\bDR)"
    r"[.!?…][\"'»”’)\]]*\s+[\"'«“„(]?[A-ZА-ЯЁ]"
)
_QUOTE_LINE_RE = re.compile(r"^[\"«“„'].{10,}[\"»”“'][.!?…]?$")
# A quote as a headline with its sayer after it: "'[I]t is unclear to us why ... informed,'
# Russian Permanent Representative to the UN Sergey Lavrov on Iraq, November 21".
ATTRIBUTED_QUOTE_LINE_RE = re.compile(
    r"^(?P<quote>[\"«“„'].{10,}?[,.!?…]?[\"»”’'])\s*[,–—-]?\s+(?P<sayer>[^.!?\"«»“”]{3,120})$"
)
_DASH_TURN_RE = re.compile(r"^[—–-]\s*[^\W\d_]")
# A headline in the form "Speaker: what they said" / "what they said — Speaker".
_HEADLINE_SAYS_RE = re.compile(
    r"\b(?:says?|said|tells?|told|warns?|calls?|urges?|claims?|believes|stresses|notes|"
    r"заявил\w*|сказал\w*|считает|назвал\w*|призвал\w*|отметил\w*|рассказал\w*|уверен\w*)\b",
    re.IGNORECASE,
)


# A forum's formatting tags a copy kept at a line's start or end: "[b] REPLICA: ...", "...
# for? [/B]" (a label behind one is no label).
_BBCODE_RE = re.compile(r"(?im)^[ \t]*\[/?[biu]\][ \t]*|[ \t]*\[/?[biu]\][ \t]*$")
_HTML_BLOCK_TAG_RE = re.compile(
    r"[ \t]*</?(?:h[1-6]|p|div|br|li|ul|ol|blockquote)\b[^<>]{0,200}>[ \t]*", re.I
)
_HTML_INLINE_TAG_RE = re.compile(r"</?(?:strong|b|i|em|u|a|span|font|sup|sub)\b[^<>]{0,200}>", re.I)


_ENTITY_RE = re.compile(
    r"&\s?(mdash|ndash|laquo|raquo|quot|nbsp|amp|hellip|rsquo|lsquo|ldquo|rdquo|bdquo|#\d{2,5});"
)


# A photographer's credit glued after a caption's last sentence: '... he said in response to
# criticism. Sergei Kiselyov / Moskva News Agency' (the photographer is no speaker).
_CREDIT_TAIL_RE = re.compile(
    r"(?<=[.!?”\"»])\s+(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+\s*/\s*(?:[A-Z][\w.'’-]*\s*){1,4}$"
)
# A link's card glued after a name: the name, the name again, a post, "Новости о персоне", the
# name once more.
_PERSON_CARD_RE = re.compile(
    r"(?P<name>[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+)(?P=name)[^\n]{0,120}?Новости о персоне(?P=name)"
)
# A site template's placeholder for an embed: "#{smallinfographicleft=431467}".
_TEMPLATE_TAG_RE = re.compile(r"#\{[\w=:;,.-]{1,80}\}")
_TWO_APOSTROPHES_CLOSING_RE = re.compile(r"(?<=[^\s'])''(?!')")
_TWO_APOSTROPHES_OPENING_RE = re.compile(r"(?<![^\s(])''(?=[^\W\d_])")


# An emoji set as a label at a line's start: a question mark for the interviewer's turn, a
# speech balloon for the answer ("❓: Андрей Юрьевич, ...?", "💬 : Отношения ...").
_EMOJI_LABEL_RE = re.compile(
    r"^[ \t]*(?P<emoji>[\u2753\u2754]|\U0001F4AC)\ufe0f?[ \t]*:[ \t]*", re.MULTILINE
)


# A turn set after its speaker and a bar, as Rossiyskaya Gazeta lays out interviews:
# "Российская газета | Разве ...?", "Александр Яковенко | В свое время ...".
_PIPE_LABEL_RE = re.compile(
    r"^(?P<label>[A-ZА-ЯЁ][^|\n]{2,40}?) \| (?P<rest>\S[^\n]{20,})$", re.MULTILINE
)


def _pipe_labels(text: str) -> str:
    """Bars after speakers read as labels' colons, on a page where two turns or more are laid
    out so and one of them is under a person's name (a menu's "Home | News" is neither)."""
    turns = list(_PIPE_LABEL_RE.finditer(text))
    named = {
        m.group("label")
        for m in turns
        if len(m.group("label").split()) in (2, 3) and person_name(m.group("label"))
    }
    if len(turns) < 2 or not named:
        return text

    def label(match: re.Match[str]) -> str:
        asks = match.group("rest").rstrip().endswith("?")
        if match.group("label") in named or asks:
            return f"{match.group('label')}: {match.group('rest')}"
        return match.group(0)

    return _PIPE_LABEL_RE.sub(label, text)


def _emoji_label(match: re.Match[str]) -> str:
    rest = match.string[match.end() : match.end() + 40]
    russian = re.search(r"[а-яё]", rest, re.IGNORECASE) is not None
    question = match.group("emoji") != "\U0001f4ac"
    if russian:
        return "Вопрос: " if question else "Ответ: "
    return "Question: " if question else "Answer: "


# A "?" opening a word after a space or at a line's start: no question mark stands so, a
# lost opening guillemet does.
_LOST_QUOTE_OPEN_RE = re.compile(r"(?m)(?:^|(?<=\s))\?(?=[^\W\d_])")
# Such a "?" and the next "?" after a word or a stop that a stop, a dash, a lower-case word or
# the line's end follows (a question mark goes on with a capital): the quote they enclose.
_LOST_QUOTE_PAIR_RE = re.compile(
    r"(?m)(?:^|(?<=\s))\?(?P<words>[^\W\d_][^\n]*?[^\s?])\?"
    r"(?=[,.;:!)]|\s+[—–-]|\s+[a-zа-яё]|$)"
)
# Two hyphens opening a line before its words (not a rule of three or more).
_TWO_HYPHENS_RE = re.compile(r"(?m)^--(?=\s+\w)")


# A list's bullet glued after the sentence before it ("Главное из выступления:▪️Тот, кто ...
# развитие.▪️Одно из ..."): a copy that lost the list's line breaks.
_GLUED_BULLET_RE = re.compile(r"(?<=[.!?:;…»\"”])[ \t]*(?=[▪●◾◼■►]\ufe0f?\s*\S)")


# A site's "read the full version" widget glued before the next paragraph ("Узнайте больше в
# полной версии ➞«Ведь вопрос ...»"): a paragraph break.
_FULL_VERSION_LINK_RE = re.compile(r"[ \t]*Узнайте больше в полной версии\s*➞[ \t]*")


# A video agency's shot list: "SOT, Sergei Lavrov, Foreign Minister of Russia (Russian):
# "..."" (sound on tape: who speaks, his post, the language), run together in one paragraph
# with the narration; the words in quotes when the list gives them so.
_SOUND_ON_TAPE_RE = re.compile(
    r"(?:(?<=\s)|^)SOT,\s*(?P<who>[^:()\n]{3,120}?)\s*\([A-Z][a-z]+\)\s*:\s*"
    # (Words whose closing mark is lost end at the next speaker: 'it will be ten. SOT, ...'.)
    r"(?P<words>\"(?:(?!SOT,)[^\"\n])*\"|“(?:(?!SOT,)[^”\n])*”)?",
    re.MULTILINE,
)


# A news agency's shot list: "SOUNDBITE (Russian) RUSSIAN DEPUTY PRIME MINISTER IGOR SHUVALOV
# SAYING, REPLYING TO ...: "..."" (who speaks in capitals, what he replies to, his words).
_SOUNDBITE_RE = re.compile(
    r"(?:\bCUTAWAY\s+)?\bSOUNDBITE\s*\([A-Z][a-z]+\)\s*(?P<who>[A-Z][A-Z.'’ -]{3,120}?)\s+"
    r"SAYING\b[^\"“\n]{0,200}?(?P<words>\"[^\"\n]*\"|“[^”\n]*”)"
)


def _sound_on_tape(match: re.Match[str]) -> str:
    """One shot list's speaker as a label of his own paragraph, his quoted words under it
    (a name in capitals in the title case a label has)."""
    who = match.group("who")
    if who.isupper():
        who = " ".join(word.capitalize() for word in who.split())
    words = match.group("words")
    return f"\n\n{who}: " + (f"{words}\n\n" if words else "")


# Thai letters (a page really in Thai keeps its "โ"), and the "โ" a mis-decoded quote mark
# or apostrophe left, between two letters ("Bidenโs") or not.
_THAI_LETTERS_RE = re.compile("[\u0e01-\u0e5b]")
_THAI_MARK_RE = re.compile(r"(?P<inside>(?<=[^\W\d_])\u0e42(?=[^\W\d_]))|\u0e42")


# An opening mark that closes: after a letter or a sentence's mark, before a dash, a comma,
# a stop or the line's end (an opening one stands before its first word).
_OPENING_MARK_CLOSING_RE = re.compile(r"(?<=[^\W_]|[.!?…])“(?=\s*[-–—,.;:]|\s*$)", re.MULTILINE)


def prepare(text: str) -> tuple[list[str], str | None]:
    """Normalised lines with `Source:` lines taken out and the page chrome cut off."""
    # Runs of blank lines mean the same as one; collapsing them first keeps huge gaps cheap.
    if '"content"' in text and (record := json_record_text(text)) is not None:
        text = record  # a scraper's JSON record mirrored as a page: its fields are the page
    text = completed_cut_name(_BLANK_RUN_RE.sub("\n\n", normalize_newlines(text)))
    if "[" in text:
        text = _BBCODE_RE.sub("", text)
    if "&" in text:
        # A copy's HTML entities, some with a space put in ("& mdash;"): the characters.
        text = _ENTITY_RE.sub(lambda m: html.unescape(f"&{m.group(1)};"), text)
    if "''" in text:
        # Two apostrophes typed for a quote mark ('“Russia will do everything ...,'' he
        # said'): the curly mark they stand for, closing after a word, else opening.
        text = _TWO_APOSTROPHES_CLOSING_RE.sub("”", text)
        text = _TWO_APOSTROPHES_OPENING_RE.sub("“", text)
    if "</" in text or "<br" in text:
        # A copy that kept the page's markup ("</strong> <h2>О последствиях ...</h2> Начнем
        # с того, ..."): a heading or a paragraph tag ends a paragraph, other tags go.
        text = _HTML_BLOCK_TAG_RE.sub("\n\n", text)
        text = _HTML_INLINE_TAG_RE.sub("", text)
    if "--" in text:
        # Two hyphens typed for the dash that opens a line ("-- Сергей Викторович, ..."): one,
        # so that a dash interview's lines read as turns (and the passage's words stay the
        # page's: "- Сергей ..." is inside "-- Сергей ...").
        text = _TWO_HYPHENS_RE.sub("-", text)
    if " | " in text:
        text = _pipe_labels(text)
    if "SOT," in text:
        text = _SOUND_ON_TAPE_RE.sub(_sound_on_tape, text)
    if "SOUNDBITE" in text:
        text = _SOUNDBITE_RE.sub(_sound_on_tape, text)
    if "➞" in text:
        text = _FULL_VERSION_LINK_RE.sub("\n\n", text)
    if any(mark in text for mark in "▪●◾◼■►"):
        # Each item of a list that lost its line breaks on its own line again.
        text = _GLUED_BULLET_RE.sub("\n", text)
    if "\u0e42" in text and not _THAI_LETTERS_RE.search(text.replace("\u0e42", "")):
        # A copy decoded in the Thai code page: every curly quote mark and apostrophe became
        # "โ" ('โOur delegation is ...,โ Peskov said', "Bidenโs"). Marks again.
        text = _THAI_MARK_RE.sub(lambda m: "’" if m.group("inside") else '"', text)
    if "“" in text:
        # 'Curtain“- wrote Maria Zacharowa': a copy closing its quotes with the opening mark,
        # right after the words and before a dash, comma or full stop.
        text = _OPENING_MARK_CLOSING_RE.sub("”", text)
    if " \u221a " in text:
        # '..., √ сказал помощник президента': a copy whose encoding turned each dash between
        # words into a square-root sign; the dash again, so that the attribution reads.
        text = text.replace(" \u221a ", " \u2014 ")
    if "персоне" in text:
        # "министр обороны Сергей ШойгуСергей ШойгуМинистр обороны РФНовости о персонеСергей
        # Шойгу, выступая ...": a link's card about the person glued after his name.
        text = _PERSON_CARD_RE.sub(r"\g<name>", text)
    if "#{" in text:
        # "#{smallinfographicleft=431467}Лужков предположил: ...": a site's template tag for
        # an embed, glued to the sentence it stands before.
        text = _TEMPLATE_TAG_RE.sub("", text)
    if "?" in text and _LOST_QUOTE_OPEN_RE.search(text):
        # A copy whose encoding lost the guillemets, each now "?" ('?Нет, — сказала она.
        # — Мы запросили официально?.'): quote marks again, so that the quotes have sayers.
        text = _LOST_QUOTE_PAIR_RE.sub(r"«\g<words>»", text)
    if "/" in text and ("Фото" in text or "Photo" in text):
        # "Фото: Дмитрий Астахов/ТАСС Президент РФ Владимир Путин рассказал, что ...": a
        # photo's credit glued before the story's lead; the lead stays, the credit goes.
        text = _GLUED_PHOTO_CREDIT_RE.sub(_lead_after_credit, text)
    if "\u2753" in text or "\u2754" in text:
        # "❓: ..." / "💬 : ...": emoji for an interview's labels, a question and an answer.
        text = _EMOJI_LABEL_RE.sub(_emoji_label, text)
    lines = [
        stopped_standfirst(_quote_closed(_mixed_marks_closed(line)))
        for line in _unwrap(clean_lines(text))
    ]
    if " / " in text:
        lines = [_CREDIT_TAIL_RE.sub("", line) for line in lines]
    if ">" in text or "]" in text or ")" in text:
        lines = [_LABEL_ELISION_RE.sub(r"\g<label> ", line) for line in lines]
    if "?" in text or "—" in text or "–" in text:
        lines = _unglued_turns(lines)
    source: str | None = None
    for i, line in enumerate(lines):
        if match := _SOURCE_RE.match(line):
            source = source or match.group("url")
            lines[i] = ""
    for i, line in enumerate(lines):
        if not line:
            continue
        if len(line) < 40 and label_key(line).strip(" •·") in END_MARKERS:
            return lines[:i], source
        if any(marker in line for marker in _INLINE_END_MARKERS) and (
            match := _INLINE_END_RE.search(line)
        ):
            return [*lines[:i], line[: match.start()].rstrip()], source
    return lines, source


# A cut marked right after a turn's label ("A.A.Polishchuk: <...> Today, ...", "Вопрос: […]
# ..."): the mark goes, so that the label reads as one.
_LABEL_ELISION_RE = re.compile(
    r"^(?P<label>[^:\n]{1,80}:)\s*(?:<\s*(?:\.{3}|…)\s*>|\[\s*(?:\.{3}|…)\s*\]|\(\s*(?:\.{3}|…)\s*\))\s+"
)

# A photo's credit, a photographer and an agency ("Фото: Дмитрий Астахов/ТАСС", "Photo: Sergei
# Bobylev/TASS"), at the start of a line that goes on with the story.
_GLUED_PHOTO_CREDIT_RE = re.compile(
    r"^(?P<credit>(?:Фото|Photo)[ \t]*:[ \t]*[^/\n]{2,60}/[ \t]*(?:РИА\s+Новости|[\w.-]+))[ \t]+"
    r"(?P<lead>[A-ZА-ЯЁ][^\n]+)$",
    re.MULTILINE,
)
#: The lead after such a credit has this many words at least (a caption is shorter).
_CREDIT_LEAD_WORDS = 12


def _lead_after_credit(match: re.Match[str]) -> str:
    """The story's lead a photo credit was glued before, on a line of its own; a caption
    (short, or telling no one's words) keeps its credit, and goes with it."""
    lead = match.group("lead")
    if len(lead.split()) < _CREDIT_LEAD_WORDS or not has_say_verb(lead):
        return match.group()
    return f"{match.group('credit')}\n\n{lead}"


# The comma and dash before a quote's attribution: '..., — подчеркнула Захарова.'.
_ATTRIBUTION_DASH_RE = re.compile(r",\s*[—–-]\s*")
#: The attribution after that dash is this many characters at most.
_ATTRIBUTION_CHARS = 60


def _mixed_marks_closed(line: str) -> str:
    """A line whose copy closed a curly quote with a straight mark ('... represents “a win-win
    situation."'): the curly closing mark, so that the straight marks after it pair up again
    (the next quote, '"No one stands to lose ...," Medvedev said', had gone to no one)."""
    if "“" not in line or line.count('"') % 2 == 0 or line.count("“") <= line.count("”"):
        return line
    opened = line.rfind("“")
    if "”" in line[opened:]:
        return line
    closing = line.find('"', opened)
    if closing < 0:
        return line
    return f"{line[:closing]}”{line[closing + 1 :]}"


def _quote_closed(line: str) -> str:
    """A line opening a quote that it never closes, closed before the dash of its
    attribution ('"Это все привело к ..., — подчеркнула Захарова.': a copy dropped the
    closing mark, and the words had gone to no one); one opened mid-line, before the comma of
    its attribution (:func:`_comma_attribution_closed`)."""
    opener = line[:1]
    if opener not in '"«' and '"' in line and line.count('"') % 2 == 1:
        return _comma_attribution_closed(line)
    if not (
        (opener == '"' and line.count('"') % 2 == 1)
        or (opener == "«" and line.count("«") > line.count("»"))
    ):
        return line
    dashes = list(_ATTRIBUTION_DASH_RE.finditer(line))
    if not dashes:
        return line
    dash = dashes[-1]
    rest = line[dash.end() :]
    if len(rest) > _ATTRIBUTION_CHARS or re.search(r"[\"«»“”]", rest) or not has_say_verb(rest):
        return line
    closing = '"' if opener == '"' else "»"
    return f"{line[: dash.start()]}{closing}{line[dash.start() :]}"


#: An attribution after a comma ("Interfax quoted Foreign Ministry spokesman ... as saying.")
#: has at most this many characters.
_COMMA_ATTRIBUTION_CHARS = 100


def _comma_attribution_closed(line: str) -> str:
    """A line whose last quote mark opens words it never closes, closed before the comma of
    the attribution that ends the line ('... in Poland "could have a negative effect on ...,
    Interfax quoted Foreign Ministry spokesman Mikhail Kamynin as saying.')."""
    opening = line.rfind('"')
    if opening + 1 >= len(line) or not line[opening + 1].isalpha():
        return line  # a closing mark: the lost one is another
    comma = line.rfind(", ", opening)
    if comma < 0:
        return line
    rest = line[comma + 2 :]
    if len(rest) > _COMMA_ATTRIBUTION_CHARS or re.search(r"[\"«»“”]", rest):
        return line
    return f'{line[:comma]}"{line[comma:]}' if has_say_verb(rest) else line


# A question and its answer that a copy glued into one line, each with its role label:
# "Вопрос: ... здесь?Ответ: Совет Безопасности ...", "Question: ...? Answer: ...".
_GLUED_ANSWER_RE = re.compile(
    r"^(?:вопрос|question)\s*:.*?[?](?:[\"'»”’)\]]*)\s*(?=(?:ответ|answer)\s*:)",
    re.IGNORECASE | re.DOTALL,
)


# A dash question, then after its "?" a person's label (a note after a comma) and a dash.
_DASH_ASKED_THEN_LABEL_RE = re.compile(
    r"^[-–—]\s.*?\?[\"'»”’]?\s+(?P<name>(?:[A-ZА-ЯЁ][\w'’.-]*\s+){1,2}[A-ZА-ЯЁ][\w'’.-]*)"
    r"(?:,[^:?!.]{0,80})?\s*:\s*[-–—]\s",
    re.DOTALL,
)


def _unglued_turns(lines: list[str]) -> list[str]:
    """The lines with a question's answer glued onto the question's line set on a line of its
    own (a forum repost of an interview), so that the answer is the interviewee's turn."""
    out: list[str] = []
    for line in lines:
        match = _GLUED_ANSWER_RE.match(line) if "?" in line else None
        asked = _ASKED_THEN_TOLD_RE.match(line) if "?" in line else None
        if match:
            out += [line[: match.end()].rstrip(), "", line[match.end() :]]
        elif (named := _DASH_ASKED_THEN_LABEL_RE.match(line) if "?" in line else None) and (
            person_name(named.group("name")) is not None
        ):
            # "- ... Are we doomed to suffer from sanctions? ... Anatoly Antonov, Russian
            # ambassador to the United States: - You've used ...": the answer's label run in.
            out += [line[: named.start("name")].rstrip(), "", line[named.start("name") :]]
        elif asked and has_say_verb(asked.group("rest")):
            # "Journalist (Russian): «...?» Former Ambassador X gave an interview ... «...,»
            # said the diplomat": a question, then a story of the answer.
            out += [line[: asked.start("rest")].rstrip(), "", "* * *", "", asked.group("rest")]
        elif cuts := (
            _run_in_turns(line)
            or _run_in_dash_turns(line)
            or _lost_breaks(line)
            or _run_in_dash_quotes(line)
        ):
            for start, end in itertools.pairwise([0, *cuts, len(line)]):
                out += [line[start:end].strip(), ""]
            out.pop()
        else:
            out.append(line)
    return out


# A journalist's quoted question under a label, then a news story on in the same paragraph
# ("Journalist (Russian): «...?» Former Russian Ambassador ... gave an interview ...").
_ASKED_THEN_TOLD_RE = re.compile(
    r"^(?i:(?:journalist|reporter|correspondent|interviewer|question|журналист|корреспондент"
    r"|вопрос|ведущ\w*)(?:\s*\([^()]{1,30}\))?)\s*:\s*[«\"“][^«»\"“”]{5,400}\?[»\"”]\s+"
    r"(?P<rest>[A-ZА-ЯЁ].{60,})$"
)
# A label run into a one-paragraph page after a sentence's end: "...? Иван Петров: Наши ...".
_RUN_IN_LABEL_RE = re.compile(
    r"(?<=[.?!…»\"”])\s+(?P<label>[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){0,2})\s*:\s+(?=\S)"
)
_LINE_LABEL_RE = re.compile(r"^(?P<label>[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){0,2})\s*:\s")


def _run_in_turns(line: str) -> list[int]:
    """Where the turns of an interview that a copy ran into one paragraph start ("Курьер:
    ...? Иван Петров: ... Курьер: ...?"): the line opens with a label, and it comes back
    after a sentence's end, another label answering it (at most two labels: a third
    capitalised word before a colon is likelier a heading of the text)."""
    first = _LINE_LABEL_RE.match(line)
    if first is None or line.count(":") < 3:
        return []
    found = list(_RUN_IN_LABEL_RE.finditer(line))
    labels = {first.group("label"), *(m.group("label") for m in found)}
    if len(labels) != 2 or first.group("label") not in {m.group("label") for m in found}:
        return []
    return [m.start("label") for m in found]


# A dash turn run into a one-paragraph page after a sentence's end: "... рассказал о ... . —
# Как вы оцениваете ...? — Япония — наш сосед ..." (a dash inside a sentence follows no stop).
_RUN_IN_DASH_RE = re.compile(r"(?<=[.?!…])\s+(?=[—–]\s+[A-ZА-ЯЁ«\"“])")


def _run_in_dash_turns(line: str) -> list[int]:
    """Where the dash turns of an interview that a copy ran into one paragraph start: after a
    sentence's end, a dash and a capital, at least twice, and some turn asks ("...?") and is
    answered by the next turn (which does not ask)."""
    if line.count("?") < 1 or line.count("—") + line.count("–") < 2:
        return []
    cuts = [m.end() for m in _RUN_IN_DASH_RE.finditer(line)]
    if len(cuts) < 2:
        return []
    turns = [line[a:b].strip() for a, b in itertools.pairwise([*cuts, len(line)])]
    answered = any(
        asked.endswith("?") and not reply.endswith("?")
        for asked, reply in itertools.pairwise(turns)
    )
    return cuts if answered else []


# A dash quote's close: a comma (or "!", "?", "…"), a dash and the attribution's first words.
_DASH_QUOTE_CLOSE_RE = re.compile(r"[,!?…]\s+[—–]\s+(?P<after>[^\W\d_][^.!?]{0,60})")
#: A dash quote run into a paragraph closes within this many characters of its opening dash.
_DASH_QUOTE_CHARS = 1500


def _run_in_dash_quotes(line: str) -> list[int]:
    """Where the dash quotes of a news story that a copy ran into one paragraph start: after a
    sentence's end, a dash and a capital, closed further on by ", — отметил губернатор" ("...
    назвала «практически прифронтовой». — Наверное ... напряжены, — отметил губернатор."), so
    that each opens a paragraph as the story had it."""
    if line.count("—") + line.count("–") < 2:
        return []
    cuts: list[int] = []
    for opening in _RUN_IN_DASH_RE.finditer(line):
        start = opening.end()
        if line.count("«", 0, start) > line.count("»", 0, start):
            # («... вы с ними разговаривали? – Говорит: нет, ...», – сообщил он: a dash inside a
            # guillemet quote retells a dialogue within that one quote.)
            continue
        close = _DASH_QUOTE_CLOSE_RE.search(line, start + 2, start + _DASH_QUOTE_CHARS)
        if close is not None and has_say_verb(close.group("after")):
            cuts.append(start)
    return cuts


# A question glued to its answer where a copy lost the break after a question set in bold:
# "... about Afghanistan’s future?There are grounds ...". (Well-set text has a space there.)
_GLUED_QUESTION_RE = re.compile(r"(?<=[a-zа-яё»”\"’)]\?)(?=[A-ZА-ЯЁ][a-zа-яё]|[A-ZА-ЯЁ]{1,3}:)")
# On such a line the other lost breaks: after a sentence's last word of three letters or more
# ("... as soon as possible.Much will ...", "... and others.RT: What is ...") and after an
# "Edited excerpts:" heading.
_GLUED_SENTENCE_RE = re.compile(
    r"(?:(?<=[a-zа-яё]{3}[.!])|(?<=[a-zа-яё]{3}[.!][»”\"’])|(?<=[Ee]xcerpts:)|(?<=выдержки:))"
    r"(?=[A-ZА-ЯЁ][a-zа-яё]|[A-ZА-ЯЁ]{1,3}:)"
)


def _lost_breaks(line: str) -> list[int]:
    """Where the paragraphs of an interview start that a copy glued into one line with no
    space at all between them (The Hindu's "Edited excerpts:" with its questions in bold): only
    on a line where a question is glued to its answer so, every such break."""
    if "?" not in line or _GLUED_QUESTION_RE.search(line) is None:
        return []
    cuts = {m.start() for m in _GLUED_QUESTION_RE.finditer(line)}
    cuts.update(m.start() for m in _GLUED_SENTENCE_RE.finditer(line))
    return sorted(cuts)


#: A page is hard-wrapped when at least this share of its line breaks fall inside a sentence
#: (a line without a final stop, the next starting in lower case): then those lines are joined.
_WRAPPED_SHARE = 0.3
_WRAP_END_RE = re.compile(r"[.!?…:;»\"”)\]]$")
# A line ending with an abbreviation of capitals and dots: "U.S.", "U.K.", "U.N."
_CAPITALS_ABBREV_END_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped page ("We are holding our" / "traditional meeting")."""
    pairs = [i for i in range(len(lines) - 1) if lines[i] and lines[i + 1]]
    inside = [i for i in pairs if not _WRAP_END_RE.search(lines[i]) and lines[i + 1][:1].islower()]
    # "... the adjustments in U.S." / "strategic policy as positive ...": a sentence broken
    # after an abbreviation of capitals, on any page (its dot is no sentence's end).
    abbreviated = {
        i for i in pairs if _CAPITALS_ABBREV_END_RE.search(lines[i]) and lines[i + 1][:1].islower()
    }
    wrapped = len(inside) >= 3 and len(inside) >= _WRAPPED_SHARE * len(pairs)
    if not wrapped and not abbreviated:
        return lines
    glued = set(abbreviated)
    if wrapped:
        glued |= set(inside) | {i for i in pairs if _label_wrapped(lines[i], lines[i + 1])}
        glued |= {i for i in pairs if _post_wrapped(lines[i], lines[i + 1])}
        glued |= {i for i in pairs if _verb_wrapped(lines[i], lines[i + 1])}
    joined: list[str] = []
    glue = False
    for i, line in enumerate(lines):
        if glue:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
        glue = i in glued
    return joined


def _post_wrapped(line: str, following: str) -> bool:
    """Whether a hard-wrapped page broke a sentence between a post and the name after it
    ("..., Turkish Foreign Minister" / "Hakan Fidan said this ..."): the line ends with a
    post word and no stop, the next one starts with a capital (a lower-case start is glued
    anyway)."""
    words = line.split()
    return (
        bool(words)
        and following[:1].isupper()
        and not _WRAP_END_RE.search(line)
        and words[-1][:1].isupper()
        and is_post_word(label_key(words[-1]))
    )


# A verb of saying after a dash or a comma ending a line: «..." - сказал» / «Грызлов.»
_SAY_VERB_END_RE = re.compile(r"[,–—-]\s+[а-яёa-z]+$")


def _verb_wrapped(line: str, following: str) -> bool:
    """Whether a hard-wrapped page broke a sentence between a verb of saying and its subject
    («..., - сказал» / «Грызлов.»): the line ends with the verb after a dash or a comma,
    the next one starts with a capital (a lower-case start is glued anyway)."""
    end = _SAY_VERB_END_RE.search(line)
    return end is not None and following[:1].isupper() and has_say_verb(end.group())


#: A speaker label broken over two lines has at most this many words on the first.
_WRAPPED_LABEL_WORDS = 8


def _label_wrapped(line: str, following: str) -> bool:
    """Whether a hard-wrapped page broke a speaker label over two lines ("Fyodor" /
    "Lukyanov: The forum ...", "Moderator of the Valdai" / "Club's plenary session Fyodor
    Lukyanov: Good afternoon"): the first line ends with a capitalised word and no stop, and
    with it the second line's label is a label, where alone it is none or a bare surname."""
    words = line.split()
    if not words or len(words) > _WRAPPED_LABEL_WORDS or not words[-1][:1].isupper():
        return False
    if _WRAP_END_RE.search(line) or ":" not in following:
        return False
    match = LABEL_RE.match(following)
    if match is None:
        return False
    label = match.group("label").strip()
    alone = label_kind(label)
    if alone == "known":
        # "President of Russia Vladimir" / "Putin: ...": the first name ends the first line
        # (never a site's name over a headline: "ABCMEDIA" / "Захарова: ...").
        known = find_known_speaker(label)
        full = label_key(f"{words[-1]} {label}")
        return known is not None and full in known.aliases
    if alone is not None and (alone != "name" or len(label.split()) > 1):
        return False
    return label_kind(f"{line} {label}") is not None


@dataclass(slots=True)
class Header:
    """What the first lines of a page give.

    Attributes:
        title: The title, or None if no line is fit to be one.
        date: The best date the page's own date lines give: an event's date line (one naming
            a place, or one under the title) before the page's stamp above the title.
        place: The place an event's date line names ("June 2, 2022, The Kremlin, Moscow").
        event_date: The date of an event's date line, one that names a place ("June 2, 2022,
            The Kremlin, Moscow"), anywhere on the page: it beats the page's own stamps.
        lead_date: A date in an opening sentence that names the event ("held his news
            conference on December 17, 2020"): before any date line that is only the page's
            (or a forum post's, or a copy's) stamp.
        late_date: A date line further down the page (a post's date under its text): the
            last resort.
        lead: The opening sentences (at most two), where a page that states no date may
            give the day without a year (:func:`._datelines.lead_day`,
            :func:`._datelines.named_day`).
        stamp_day: The ``(month, day)`` of a site's stamp without a year at the top of the
            page ("30 Aug. 17:30 (UTC+3 MSK)"), likewise.
        headline_quotes: Quotes standing above the title as headlines ("«Мы не будем ...»"):
            the words of the title's speaker.
        body: The lines of the statement text, furniture removed.
    """

    title: str | None = None
    date: dt.date | None = None
    place: str | None = None
    event_date: dt.date | None = None
    lead_date: dt.date | None = None
    late_date: dt.date | None = None
    lead: list[str] = field(default_factory=list)
    stamp_day: tuple[int, int] | None = None
    headline_quotes: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


def _words(line: str) -> int:
    return len(line.split())


# Words that go on with an event's name in an official title ("answers to", "interview with",
# "remarks and answers", "news conference following ...").
_EVENT_LINKS = frozenset(
    "to at on with for following after during in and by before about of from".split()
)


def is_sentence(line: str) -> bool:
    """Whether a line reads as running text rather than a heading.

    Long lines are text; so are lines of 8 words or more that end with a full stop (not the
    "г." of a date) or hold two sentences, and longer ones that end with ! or ? (a headline
    may exclaim or ask).
    """
    line = _HEADLINE_TAG_RE.sub("", line)
    words = _words(line)
    if words > _MAX_TITLE_WORDS or len(line) > _MAX_TITLE_CHARS:
        # (Not the Ministry's long official title of an event, which ends without a stop:
        # "Speech and answers to questions from the mass media by Russian Foreign Minister
        # Sergey Lavrov during the joint press conference with ..., Washington, 9 August 2013".)
        return not (
            words <= _MAX_EVENT_TITLE_WORDS
            and len(line) <= _MAX_TITLE_CHARS
            and _EVENT_RE.match(line) is not None
            and not _SENTENCE_END_RE.search(line)
        )
    inner = _INNER_SENTENCE_RE.search(line) is not None
    # "Беседа ... Дмитрия Медведева ...", "Foreign Minister Sergey Lavrov’s answers to ...": the
    # event's name first, or right after its speaker's possessive.
    possessive = re.search(r"['’]s\s+", line[:120])
    # The possessive must be a person's ("... Sergey Lavrov’s answers"), not "Wednesday's talks".
    named_event = _EVENT_RE.match(line)
    if named_event is None and possessive and person_name(line[: possessive.start()]):
        named_event = _EVENT_RE.match(line, possessive.end())
        # "... Lavrov’s answers to media questions", not "Polyanskiy’s statement underscored
        # a pivotal moment": an event's name goes on with a preposition, not a verb.
        after = line[named_event.end() :].split(maxsplit=1) if named_event else []
        if (
            after
            and after[0].strip(",.:;").casefold() not in _EVENT_LINKS
            and after[0][0].isalpha()
        ):
            named_event = None
    official = named_event is not None and speaker_from_title(line) is not None
    if official and not inner and words <= _MAX_OFFICIAL_TITLE_WORDS:
        # "Беседа ... Дмитрия Медведева с представителями СМИ.": an official title (it opens
        # with the event's name) may end with a full stop.
        return False
    end = _SENTENCE_END_RE.search(re.sub(r"\s(?:г|гг)\.$", "", line))
    if end and words >= (8 if end.group()[0] in ".…" else 12):
        return True
    # "Zakharova said the meeting was useful.": who said what, with a full stop.
    if end and end.group()[0] == "." and words >= 4 and _HEADLINE_SAYS_RE.search(line):
        return True
    return words >= 8 and inner


def _turn_start(line: str) -> bool:
    """Whether a line opens a speaker's turn (a label, or a dash reply of a few words or a
    sentence; "- Sputnik International" and "- Sputnik International, 1920" are a site's
    name: capitalised words and numbers only, no sentence)."""
    if _DASH_TURN_RE.match(line) and (
        (_words(line) > 3 and not _site_name(line))
        or (_words(line) > 1 and _SENTENCE_END_RE.search(line))
    ):
        return True
    if speech_heading(line) is not None:
        return True  # "Vladimir Putin's speech:" over his statement at a joint appearance
    match = LABEL_RE.match(line)
    if not match or is_clutter(line):
        return False
    kind = label_kind(match.group("label"))
    if kind is None:
        return False
    if kind == "name" and len(match.group("label").split()) < 2:
        return False
    rest = match.group("rest").strip()
    return not rest or rest[0].isupper() or rest[0] in '"«“„(—–-…[' or rest[0].isdigit()


#: A site's name after a dash has this many words at most ("- Sputnik International, 1920").
_MAX_SITE_NAME_WORDS = 5


def _site_name(line: str) -> bool:
    """Whether a dash line is a site's name or menu item: a few capitalised words and numbers,
    with no lower-case word and no sentence's end ("- Sputnik International, 1920")."""
    words = line.lstrip("—–- ").split()
    return (
        len(words) <= _MAX_SITE_NAME_WORDS
        and all(word[0].isupper() or word[0].isdigit() for word in words)
        and not _SENTENCE_END_RE.search(line)
    )


#: A publisher's or paper's name over a headline ('ИД "Время"') has at most this many words.
_MASTHEAD_WORDS = 3


def _masthead(line: str) -> bool:
    """Whether a line over a headline is the site's furniture or its name: clutter, or a few
    words that make no sentence ('ИД "Время"' over "Сергей Лавров: Перед угрозой ...")."""
    return is_clutter(line) or (_words(line) <= _MASTHEAD_WORDS and not is_sentence(line))


def _headline_label(line: str) -> bool:
    """ "Захарова: Москва ждёт ответа", "Ambassador Galuzin: Relations With Japan Continue to
    Improve": a headline shaped like a label, not a turn (a known speaker's name, or words in
    title case, before a few words that end without a full stop)."""
    match = LABEL_RE.match(line)
    if not match:
        return False
    rest = match.group("rest").strip()
    # (A headline quoting its speaker may end the quoted sentence: 'Ramzan Kadyrov: “…And I
    # really mean it!”'.)
    if not 0 < _words(rest) <= 20 or (_SENTENCE_END_RE.search(rest) and not all_quote(rest)):
        return False
    label = match.group("label")
    return bool(find_known_speaker(label)) or _posted_surname(label) or _title_case(rest)


def _quoted_headline(line: str) -> bool:
    """Whether a label-shaped line's words are all one quote ('Valentina Matvienko: “In the
    legislature ...”', «Лавров: «Мы готовы»»): a headline quoting someone, not a turn."""
    match = LABEL_RE.match(line)
    rest = match.group("rest").strip() if match else ""
    return len(rest) > 2 and rest[0] in '«“"„' and all_quote(rest)


#: A headline's "post Surname" label ("Посол Нечаев", "Замглавы МИД Рябков") has at most this
#: many words.
_POSTED_SURNAME_WORDS = 4


def _posted_surname(label: str) -> bool:
    """Whether a headline's label is a post and a surname ("Посол Нечаев: Россия не ..."):
    post words (and the country or body they serve, in capitals), then one capitalised word
    that is no post."""
    words = label.split()
    if not 2 <= len(words) <= _POSTED_SURNAME_WORDS or not is_post_word(label_key(words[0])):
        return False
    surname = words[-1]
    if not re.fullmatch(r"[A-ZА-ЯЁ][a-zа-яё'’-]{2,}", surname) or is_post_word(label_key(surname)):
        return False
    return all(is_post_word(label_key(word)) or word.isupper() for word in words[1:-1])


#: A headline in title case has at least this share of its longer words capitalised.
_TITLE_CASE_SHARE = 0.6


def _title_case(text: str) -> bool:
    """Whether an English line is written in title case ("Relations With Japan Continue")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitals >= _TITLE_CASE_SHARE * len(words)


# A site's section heading in capitals that lists what it holds: "SPEECHES, INTERVIEWS, ARTICLES".
_SECTION_LIST_RE = re.compile(r"^[A-ZА-ЯЁ]+(?: [A-ZА-ЯЁ]+)?(?:,\s*[A-ZА-ЯЁ]+(?: [A-ZА-ЯЁ]+)?){2,}$")


def _title_strength(line: str, first: bool) -> int:
    """3: names an event; 2: names a speaker or who said what; 1: a plain heading of four
    words or more, or of two or more on the page's first line (``first``); 0: none."""
    if _credited_headline(line):
        return 2
    if _ABOUT_HEADLINE_RE.match(line) and headline_speaker(line):
        # "Ushakov – about the conversation between Putin and Trump:": whose words below.
        return 2
    end = line.rstrip()[-1:]
    # "The main thing from Maria Zakharova's statements at the briefing:" heads a list; a
    # lead-in without an event and a speaker ("Key theses:", "Стенограмма встречи:") does not.
    if (
        is_sentence(line)
        or end == ";"
        or (end == ":" and not _official(line))
        # ("«The meeting ... has been postponed»," over "Ushakov stated.": quoted words going
        # on into their attribution, whatever event they name.)
        or (end == "," and (not _EVENT_RE.search(line) or line[:1] in "\"«“„'"))
        or _QUOTE_LINE_RE.match(line)
        or _DASH_TURN_RE.match(line)
        or is_clutter(line)
        # A site's section in capitals, a list of what it holds: "SPEECHES, INTERVIEWS,
        # ARTICLES" (the story's own title stands below it).
        or _SECTION_LIST_RE.match(line)
    ):
        return 0
    if _EVENT_RE.search(line) and _words(line) >= 2:
        return 3
    if speaker_from_title(line) or _HEADLINE_SAYS_RE.search(line) or _headline_label(line):
        return 2 if _words(line) >= 3 else 0
    return 1 if _words(line) >= (2 if first else _MIN_WEAK_TITLE_WORDS) else 0


# A headline giving whose words follow and their topic, ending with a colon that leads into
# them: "Ushakov – about the conversation between Putin and Trump:", «Ушаков — о разговоре ...:».
_ABOUT_HEADLINE_RE = re.compile(
    r"^[A-ZА-ЯЁ][\w'’.-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?\s+[–—-]\s+(?:about|on|о|об|про)\s.{5,150}:\s*$"
)


# A headline that credits its words to someone after a colon at its end, maybe with a stop and
# a subheading in brackets: "NATO will use the Georgians in Afghanistan as long as possible:
# Rogozin. (In the foreseeable future, Georgia will not ...)".
_CREDITED_HEADLINE_RE = re.compile(
    r"^[^:\n]{15,200}:\s+(?P<name>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?)\.?"
    r"(?:\s+\([^()\n]{1,200}\))?\s*$"
)


def _credited_headline(line: str) -> bool:
    """Whether a line is a headline ending with the known speaker it credits (stop or not)."""
    found = _CREDITED_HEADLINE_RE.match(line)
    return found is not None and find_known_speaker(found.group("name")) is not None


def _official(line: str) -> bool:
    return _EVENT_RE.search(line) is not None and speaker_from_title(line) is not None


def _menu_lines(rows: list[str], indexes: list[int]) -> set[int]:
    """Lines in runs of three or more short non-sentences in a row: a menu."""
    menu: set[int] = set()
    run: list[int] = []
    for i in [*indexes, -1]:
        short = i >= 0 and len(rows[i].split(None, 4)) <= 4 and not _SENTENCE_END_RE.search(rows[i])
        consecutive = bool(run) and i == run[-1] + 1
        if short and (consecutive or not run):
            run.append(i)
            continue
        if len(run) >= 3:
            menu.update(run)
        run = [i] if short else []
    return menu


def _cut_long_title(line: str) -> tuple[str, str] | None:
    """A flattened page's first line cut into (title, the text after it), if it can be."""
    if (lang := _INLINE_LANG_RE.search(line)) and lang.start() > 0:
        title, rest = line[: lang.start()].strip(" •·"), line[lang.end() :].strip()
        if len(title) <= _MAX_TITLE_CHARS:
            return title, rest
    date_end = first_date_end(line[:_MAX_TITLE_CHARS])
    if date_end is not None and not _INNER_SENTENCE_RE.search(line[:date_end]):
        return line[:date_end].strip(), line[date_end:].strip(" .")
    return None


def _post_title_at(rows: list[str]) -> int | None:
    """The line of a forum post's own title ("Post Vladimir Putin's speeches and events II":
    the post icon's word glued to it) right under the poster's profile lines: the poster's
    heading over what he copies, not the title of the page the post reproduces."""
    for i, line in enumerate(rows[:HEAD_LINES]):
        if line.startswith("Post ") and i and is_profile_line(rows[i - 1]):
            return i
    return None


# A photo's credit closing a headline: " / Фото: ...", " | Photo: ...".
_TITLE_PHOTO_CREDIT_RE = re.compile(r"\s*[/|]\s*(?:фото|photo)\s*:.*$", re.IGNORECASE)


# A breadcrumb of a site's sections glued before a headline.
_TITLE_CRUMB_RE = re.compile(
    r"^\s*/?\s*(?:(?:Главная|Home|Новости|News|Публикации|Publications|Интервью|Interviews|Статьи"
    r"|Articles|Выступления|Speeches|Политика|Politics|В мире|World)\s*/\s*)+",
    re.IGNORECASE,
)


def header(lines: list[str]) -> Header:
    """Find the title, the dates and the start of the text among a page's first lines."""
    rows = [unglued_site_link(line) for line in lines]
    if (post_title := _post_title_at(rows)) is not None:
        rows[post_title] = ""
    found = Header()
    head: list[int] = []  # indexes of the lines with text examined for the title
    dated: list[tuple[int, dt.date, bool, str | None]] = []
    updated_at: list[int] = []  # the date lines of an "Updated" stamp
    related_at: int | None = None  # a "See also" heading under the story's first sentences
    footers: set[int] = set()  # a blog post's date and tags under its story
    for i, line in enumerate(rows):
        if len(head) >= HEAD_LINES:
            break
        if not line or not has_text(line):
            continue
        if parsed := date_line(line):
            if _site_clock(rows, i):
                rows[i] = ""
                continue
            if _UPDATED_LINE_RE.match(line):
                # "Updated - September 23, 2017 12:53 pm IST" over "Published - July 21,
                # 2014": when the page was edited, no date of its story.
                updated_at.append(i)
            dated.append((i, parsed.date, parsed.event, parsed.place))
            if tagged_date_line(line):
                footers.add(i)  # (the post's date under its story: other stories below)
            if not parsed.rest:
                rows[i] = ""
                continue
            rows[i] = line = parsed.rest
        elif stamp := _stamp_date(line):
            dated.append((i, stamp, False, None))
            rows[i] = ""
            continue
        elif len(head) < _STAMP_DAY_LINES and (split := _split_stamp(rows, i)):
            dated.append((i, split[0], False, None))
            rows[i] = rows[split[1]] = ""
            continue
        elif len(head) < _STAMP_DAY_LINES and (day := stamp_day(line)):
            # A site's stamp without a year over the page ("30 Aug. 17:30"); one further down
            # is a related story's.
            found.stamp_day = found.stamp_day or day
            rows[i] = ""
            continue
        line_key = label_key(line)
        repeated = any(label_key(rows[j]) == line_key for j in head)
        if (
            _turn_start(line)
            # The title given twice, above or right below: "X: headline" is no turn either time.
            and not (repeated or _given_again(rows, i))
            and not (
                _headline_label(line)
                and (
                    # ('Valentina Matvienko: “In the legislature the desired balance of
                    # generations”' under a blog's tagline: a turn is no quote of itself.)
                    _quoted_headline(line)
                    or all(is_clutter(rows[j]) for j in head)
                    # (Under a publisher's name, words in the first person are still a turn:
                    # "Sergey Lavrov: We have just finished the talks with" under the title
                    # "Talks in Moscow".)
                    or (all(_masthead(rows[j]) for j in head) and not first_person(line))
                )
            )
        ):
            break
        if is_clutter(line):
            # The story stands above a "See also" heading: links to other stories follow.
            if (
                related_at is None
                and heads_related_links(line)
                and any(is_sentence(rows[j]) for j in head)
            ):
                related_at = i
            head.append(i)
            continue
        if len(line) > _MAX_TITLE_CHARS and not [j for j in head if not is_clutter(rows[j])]:
            if cut := _cut_long_title(line):
                rows[i : i + 1] = [cut[0], "", cut[1]] if cut[1] else [cut[0]]
                head.append(i)
            break
        head.append(i)
    menu = _menu_lines(rows, head)
    # No other story's headline is the title.
    strengths = {
        i: 0
        if i in menu or (related_at is not None and i > related_at) or _crumb_of(rows, head, i)
        else _title_strength(rows[i], first=i == head[0])
        for i in head
    }
    first_text = next(
        (
            i
            for i in head
            if i not in menu
            and is_sentence(rows[i])
            and not is_clutter(rows[i])
            and not _QUOTE_LINE_RE.match(rows[i])  # a quote as a headline is not the text yet
        ),
        None,
    )
    title_at = _choose_title(rows, head, strengths, first_text)
    if title_at is not None:
        # "[Putin Meeting:] Transcript of ...": an editor's bracketed note is not the title.
        title = re.sub(r"^(?:\[[^\]]{0,60}\]|[•·▪●]+)\s*", "", rows[title_at])
        # A video's running time glued to its headline: "... ready for signing ٠٠:٠٣:١٢".
        title = re.sub(r"\s+\d{1,2}(?::\d{2}){1,2}$", "", title)
        # "... любит гулять по Тверской площади / Фото: Наталья Петрова, «Вечерняя Москва»": a
        # photo's credit after the headline (the photographer is no one the page quotes).
        title = _TITLE_PHOTO_CREDIT_RE.sub("", title)
        # "/ Главная / Публикации / Генконсул РФ в Лейпциге: ...": the site's breadcrumb.
        title = _TITLE_CRUMB_RE.sub("", title)
        found.title = title.strip().rstrip(" ,;:") or None
    if len(updated_at) < len(dated):
        dated = [item for item in dated if item[0] not in updated_at]
    found.date = _page_date(dated, title_at)
    found.place = next((place for _, _, _, place in dated if place), None)
    examined = max(head, default=-1)
    later = [parsed for line in rows[examined + 1 :] if line and (parsed := _late_date_line(line))]
    events = [d for _, d, event, _ in dated if event] + [p.date for p in later if p.event]
    found.event_date = events[0] if events else None
    found.late_date = later[0].date if later else None
    sentences = [rows[i] for i in head if is_sentence(rows[i]) and not is_clutter(rows[i])][:2]
    found.lead_date = _lead_date(sentences, found.date or found.late_date)
    found.lead = sentences
    found.body = _body(rows, head, menu, title_at, first_text, footers)
    if title_at is not None:
        # An epigraph opening with an ellipsis ("«...за нами поднимется новая смена»") is a
        # site's motto, not a quote of the speaker.
        found.headline_quotes = [
            rows[i]
            for i in head
            if i < title_at
            and (_QUOTE_LINE_RE.match(rows[i]) or ATTRIBUTED_QUOTE_LINE_RE.match(rows[i]))
            and not re.match(r"^[\"«“„']\s*(?:\.\.\.|…)", rows[i])
        ]
    return found


# A story's subhead over the statements it goes on to give: «Заявления Небензи в ООН»,
# "Statements by Peskov".
_STATEMENTS_SUBHEAD_RE = re.compile(
    r"^\W*(?:главные\s+|основные\s+|другие\s+)?(?:заявления|высказывания|тезисы|цитаты)\s"
    r"|^\W*(?:(?:main|key|other)\s+)?(?:statements|quotes|remarks)\s+(?:by|of|from)\s",
    re.IGNORECASE,
)


#: A blog's intro over the official title has at most this many lines of running text (one
#: seen on the real sets; a story's lead, quote and follow-up are more).
_INTRO_LINES = 3


def _choose_title(
    rows: list[str], head: list[int], strengths: dict[int, int], first_text: int | None
) -> int | None:
    """The title line: an event's title anywhere among the first lines (under running text
    only if it names someone: a blog's intro about "the interview" is not the title, the
    official title under it is); else the first headline or plain heading above the text."""
    above = [i for i in head if strengths[i] == 3 and (first_text is None or i <= first_text)]
    # Under running text only when no event's title stands above it: a blog's intro over the
    # official title, not a paragraph that names a visit and a date under the page's own title
    # (an aggregator's copy cut off mid-sentence in its last line).
    # A question is a story's subheading there ("How did the Kremlin react to Trump's
    # statement?"), never the official title.
    below = (
        []
        if above
        else [
            i
            for i in head
            if strengths[i] == 3
            and speaker_from_title(rows[i])
            and not rows[i].rstrip().endswith("?")
            # Nor a story's sentence under its opening report ("Министр ... Сергей Лавров
            # заявил, что ..." over "Встреча Лаврова и Кассиса прошла ... в Нью-Йорке."): there
            # a line ending with its stop (and no date) is the story going on.
            and not (
                rows[i].rstrip().endswith(".")
                and not title_date(rows[i])
                and any(_reports_sentence(rows[j]) for j in head if j < i)
            )
            # Nor a heading over a list of someone's statements ("Другие заявления Пескова:"
            # under the post's own first line, «Заявления Небензи в ООН» under a story's
            # lead): the text, not a title.
            and not heads_statements(rows[i])
            and not _STATEMENTS_SUBHEAD_RE.match(rows[i])
            # Nor a sentence of the story ("In response to ..., Medvedev said ...").
            and not is_sentence(rows[i])
            # Nor the story's report of someone's words cut off at the page's end ("Ранее
            # Келин в интервью BBC ... заявил, что не видит ..., доб").
            and not (_THAT_CLAUSE_RE.search(rows[i]) and has_say_verb(rows[i]))
            # A blog's intro is short: under a story's paragraphs and quotes the line naming
            # an event is a photo's caption ("Dmitry Medvedev Holding a Meeting in Russia"),
            # and taking it for the title would lose the story above it.
            and sum(is_sentence(rows[j]) for j in head if j < i) <= _INTRO_LINES
        ]
    )
    if above and not any(title_date(rows[i]) for i in above):
        # A blog's headline and intro over the official title it reproduces ("Foreign Minister
        # Sergey Lavrov's statement and answers to media questions ..., Jakarta, July 13,
        # 2023"): a line that names the speaker and ends on the event's date, no sentence.
        official = [
            i
            for i in head
            if first_text is not None
            and i > first_text
            and strengths[i] == 3
            and not is_sentence(rows[i])
            and speaker_from_title(rows[i])
            and title_date(rows[i])
        ]
        if official:
            return official[0]
    events = above + below
    # An event's title naming its speaker first ("Vladimir Putin's annual news conference"
    # over "The news conference was broadcast live by ...").
    # (Not a story's one sentence under its headline: "Переговоры прошли в деловой
    # обстановке, заявил министр ... Сергей Лавров." ends with its stop and reports him.)
    named = [i for i in events if speaker_from_title(rows[i]) and not _reports_sentence(rows[i])]
    # A repost's headline over the official title: the one that gives the event's date
    # ("..., New York, September 22, 2016") is the official title.
    dated = [i for i in named if title_date(rows[i])]
    if dated or named or events:
        return (dated or named or events)[0]
    above_text = [i for i in head if first_text is None or i <= first_text]
    headings = [i for i in above_text if strengths[i] in (1, 2)]
    # A heading of a few words on the first line ("A title") only when nothing longer is there.
    full = [i for i in headings if _words(rows[i]) >= _MIN_WEAK_TITLE_WORDS or strengths[i] == 2]
    # A site's banner printed twice ("Permanent Mission of the Russian Federation to the
    # United Nations", over and again) is not the title of a heading under it that names its
    # speaker ("Statement by Permanent Representative Vassily Nebenzia at ...").
    twice = _printed_twice(rows, head)
    if any(strengths[i] == 2 and speaker_from_title(rows[i]) for i in full):
        full = [i for i in full if not (strengths[i] == 1 and i in twice)]
    # A headline naming its speaker that the page gives twice (its breadcrumb ends with it:
    # "» » » Владимир Путин встретился с доверенными лицами") over a plain line above it (an
    # advert), not over another headline naming a speaker.
    if any(strengths[i] == 2 and i in twice for i in full):
        full = [i for i in full if strengths[i] == 2]
    # A headline quoting its speaker ('Valentina Matvienko: “In the legislature ...”') over
    # a blog's tagline above it ("Gathering and spreading news from various ..."), not over a
    # headline naming a speaker ("Zakharova mocks a photo ..." over its second headline).
    quoted = [i for i in full if _quoted_headline(rows[i])]
    if quoted and not any(strengths[i] == 2 for i in full if i < quoted[0]):
        full = quoted
    chosen = full or headings
    return chosen[0] if chosen else None


# The clause of reported words: "..., заявил, что ...", "... said that ...".
_THAT_CLAUSE_RE = re.compile(r",\s+что[\s,]|\bthat[\s,]", re.IGNORECASE)


def _reports_sentence(line: str) -> bool:
    """Whether a line is a sentence of a report: it ends with a full stop and has a verb of
    saying ("..., заявил министр иностранных дел Сергей Лавров.")."""
    return line.rstrip().endswith(".") and has_say_verb(line)


# A breadcrumb's marks before its last item: "» » » ", "Главная > Новости > ".
_CRUMBS_RE = re.compile(r"^(?:[^»>/|]{0,40}[»>/|]\s*)+")


def _crumb_of(rows: list[str], head: list[int], i: int) -> bool:
    """Whether ``rows[i]`` is a breadcrumb ending with a heading the page gives on its own
    ("» » » Лавров провёл переговоры ..." over "Лавров провёл переговоры ..."): not the title,
    the heading is."""
    if not rows[i].startswith(("»", ">")):
        return False
    tail = _CRUMBS_RE.sub("", rows[i]).strip()
    return any(j != i and rows[j].strip() == tail for j in head)


def _printed_twice(rows: list[str], head: list[int]) -> set[int]:
    """The first lines that stand twice among them (once perhaps as a breadcrumb's last
    item)."""
    given = Counter(_CRUMBS_RE.sub("", rows[j]).strip() for j in head)
    return {i for i in head if given[rows[i].strip()] >= 2}


def _page_date(
    dated: list[tuple[int, dt.date, bool, str | None]], title_at: int | None
) -> dt.date | None:
    """An event's date line first (naming a place, or under the title), then the page stamp."""
    after = [date for i, date, _, _ in dated if title_at is not None and i > title_at]
    events = [date for _, date, event, _ in dated if event]
    ordered = [*events, *after, *(date for _, date, _, _ in dated)]
    return ordered[0] if ordered else None


#: A stamp without a year is the page's only above this many of its lines with text: set
#: G's stand first; set F's related stories list "18 апреля, 17:26" under the text.
_STAMP_DAY_LINES = 2
#: A date in a lead sentence earlier than this is history the text recalls, not the event's.
_FIRST_LEAD_YEAR = 1991


def _lead_date(sentences: list[str], stamp: dt.date | None) -> dt.date | None:
    """The event's date from the opening sentences: the first sentence's first full date
    ("On Students' Day, January 25, 2012, Medvedev met ..."), or a date in the second one
    when it names the event; recent dates only. Else a day without a year opening the first
    sentence ("On October 24, Putin delivered ..."), in the year of the page's ``stamp`` just
    after it (:func:`lead_day_date`). A date inside quoted words is what was said, never the
    event's ("“... changed the world: Sept. 11, 2001, and Aug. 8, 2008,” Rogozin said")."""
    for n, sentence in enumerate(sentences):
        if stamp is not None and first_person(sentence):
            # "We should like to draw your attention ... announced on 30 March 2016 that ..."
            # under a statement's date line: the speech itself, its dates what it speaks of.
            continue
        date = first_date(mask_quotes(sentence), bounds=False)
        if date and date.year >= _FIRST_LEAD_YEAR and (n == 0 or _EVENT_RE.search(sentence)):
            return date
    return lead_day_date(sentences[0], stamp) if sentences else None


# A site's clock under its date: "Moscow: 15:46", "London: 13:46".
_CITY_CLOCK_RE = re.compile(r"^[A-ZА-ЯЁ][^\W\d_]+(?:\s[A-ZА-ЯЁ][^\W\d_]+)?:\s*[0-9]{1,2}:[0-9]{2}$")


def _site_clock(rows: list[str], i: int) -> bool:
    """Whether the date line ``rows[i]`` is the site's clock (today's date over the time in
    two cities: "10 April 2020" / "Moscow: 15:46" / "London: 13:46"), no date of the page.
    One time under a date ("Time: 10:00") is the event's."""
    before = next((line for line in reversed(rows[max(0, i - 2) : i]) if line), "")
    if _WEATHER_RE.match(before.strip()):
        # "0.2 C" over "January 27, 2023": a weather widget's temperature and today's date.
        return True
    following = [line for line in rows[i + 1 : i + 5] if line][:2]
    if following and label_key(following[0]) in _PLAYER_LINES:
        # "11:24 GMT25 February 2020" over "Listen Live": the clock of a site whose radio
        # player heads every page, whatever day the story is of.
        return True
    return len(following) == 2 and all(_CITY_CLOCK_RE.match(line) for line in following)


# A weather widget's temperature: "0.2 C", "-3 °C", "+12°", "54 F".
_WEATHER_RE = re.compile(r"^[+\-−]?[0-9]{1,2}(?:[.,][0-9])?\s*(?:°\s*[CFСcfс]?|[CFСcfс])$")
# A site's radio player under its clock ("Listen Live").
_PLAYER_LINES = frozenset({"listen live"})


#: A stamp line has at most this many words besides its date ("February 20, 2018 Special
#: Dispatch No. 7343", "Old January 7th, 2019 #921"); a title with a date has more, or
#: lower-case words.
_MAX_STAMP_WORDS = 4
#: ... and at most this many characters in all (the longest stamp of set H has 40).
_MAX_STAMP_CHARS = 100
_STAMP_WORD_RE = re.compile(
    r"^(?:[A-ZА-ЯЁ][^\W_]*\.?|[#№]?[0-9]+[.,:]?|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?,?|[|^•·#№/–—-])$"
)


def _next_text(rows: list[str], i: int) -> int | None:
    """The index of the line with text right under line ``i`` (past one blank line at most)."""
    return next((j for j in range(i + 1, min(i + 3, len(rows))) if rows[j].strip()), None)


def _given_again(rows: list[str], i: int) -> bool:
    """Whether the next line with text repeats line ``i``: a copy gives the title twice."""
    nxt = _next_text(rows, i)
    return nxt is not None and label_key(rows[nxt]) == label_key(rows[i])


def _split_stamp(rows: list[str], i: int) -> tuple[dt.date, int] | None:
    """A stamp's date split over line ``i`` and the next line with text, and that line's index."""
    nxt = _next_text(rows, i)
    date = split_stamp_date(rows[i], rows[nxt]) if nxt is not None else None
    return (date, nxt) if date and nxt is not None else None


# A date line that says when the page was updated: "Updated - September 23, 2017 12:53 pm".
_UPDATED_LINE_RE = re.compile(r"^\W*(?:updated|обновлено|last\s+modified)\b", re.IGNORECASE)
# A stamp's note of when the page was updated: "(обновлено: 13:50 14.02.2026)".
_UPDATED_RE = re.compile(r"\s*\((?:обновлено|updated)\b[^()]{0,40}\)", re.IGNORECASE)


def _stamp_date(line: str) -> dt.date | None:
    """The date of a page's stamp line that is no date line: a date with a few capitalised
    words or numbers around it ("February 20, 2018 Special Dispatch No. 7343", a forum post's
    "Old January 7th, 2019 #921"), or a date field in a source line ("YOUTUBE ^ | Oct 2, 2025 |
    Vladimir Putin"). Not a title: it names no event and no speaker."""
    if "•" in line and (date := _bylined_stamp(line)):
        return date
    if (updated := _UPDATED_RE.search(line)) and line[: updated.start()].strip():
        # "13:49 14.02.2026 (обновлено: 13:50 14.02.2026)": the stamp is the first date.
        return _stamp_date(line[: updated.start()] + line[updated.end() :])
    if (site := _site_stamp(line)) is not None:
        return site
    if (published := _publication_stamp(line)) is not None:
        return published
    # A stamp is short: running text (most lines with a year) is spared the date patterns.
    found = only_date(line) if len(line) <= _MAX_STAMP_CHARS else None
    if found is None:
        return None
    date, start, end = found
    fields = _fields(line)
    if len(fields) >= 3 and any(date_line(field) for field in fields):
        return date
    if _outlet_after_dashes(line):
        return date
    words = f"{line[:start]} {line[end:]}".split()
    if (
        len(words) > _MAX_STAMP_WORDS
        or not all(_STAMP_WORD_RE.match(word) for word in words)
        or _EVENT_RE.search(line)
        or speaker_from_title(line)
    ):
        return None
    return date


# A labelled date among a post's fields under its text: "Автор: Редакция | Дата: 2022/03/16, 14:37
# | Рубрика: Мир". Only a field that says it is the date: a list of other stories under the text
# has dates too.
_DATE_FIELD_RE = re.compile(r"^(?:date|дата|published|опубликовано)\b", re.IGNORECASE)


#: An outlet's name after a stamp's date has at most this many words.
_OUTLET_WORDS = 5


def _outlet_after_dashes(line: str) -> bool:
    """Whether a line is a date and, after dashes, the outlet's name in a few words and
    nothing else: "9 октября 2021, 16:16 — Общественная служба новостей — ОСН". A lead
    sentence after its date is longer or ends like a sentence."""
    parts = [part.strip() for part in re.split(r"\s[–—]\s", line)]
    if len(parts) < 2 or date_line(parts[0]) is None:
        return False
    return all(
        0 < len(part.split()) <= _OUTLET_WORDS and not re.search(r"[.!?:;,«»\"“”]", part)
        for part in parts[1:]
    )


def _fields(line: str) -> list[str]:
    """The '|'-separated fields of a post's stamp line; none when the line has no '|'."""
    return [field.strip() for field in line.split("|")] if "|" in line else []


def _late_date_line(line: str) -> DateLine | None:
    """A date line further down the page, or a labelled date field of a post's stamp."""
    if parsed := date_line(line):
        return parsed
    if (published := _publication_stamp(line)) is not None:
        return DateLine(published, "", False, None)
    return next(
        (
            parsed
            for field in _fields(line)
            if _DATE_FIELD_RE.match(field) and (parsed := date_line(field)) and not parsed.rest
        ),
        None,
    )


# The publication's name and a dash before a press archive's date, which a weekday follows
# ("What the Papers Say Part B (Russia) - June 5, 2007 Tuesday"), or a byline in brackets
# before a weekday and a date ("(KosovoCompromise Staff) Wednesday, August 04, 2010").
_PUBLICATION_BEFORE_RE = re.compile(r"^[^.!?:;«»“”\"]{2,60}\s[-–—]\s*$")
_BYLINE_BEFORE_RE = re.compile(r"^\([^()]{2,40}\)\s*(?P<weekday>[^\W\d_]+),?\s*$")


def _publication_stamp(line: str) -> dt.date | None:
    """The date of a press archive's or a byline's stamp (:data:`_PUBLICATION_BEFORE_RE`,
    :data:`_BYLINE_BEFORE_RE`); the weekday beside the date is what makes the line a stamp
    and not a headline with a date."""
    if len(line) > _MAX_STAMP_CHARS or (found := only_date(line)) is None:
        return None
    date, start, end = found
    before, after = line[:start], line[end:].strip(" ,.").casefold()
    if _PUBLICATION_BEFORE_RE.match(before) and after in WEEKDAYS:
        return date
    byline = _BYLINE_BEFORE_RE.match(before)
    if byline and not after and byline.group("weekday").casefold() in WEEKDAYS:
        return date
    return None


#: A byline after a stamp ("Сергей Рябков, заместитель Министра ...") has this many words at
#: most (the one seen has 7); a headline after a date has a colon or more words.
_MAX_BYLINE_WORDS = 10
_TIME_RE = re.compile(TIME)


def _bylined_stamp(line: str) -> dt.date | None:
    """The date of a stamp and a byline: "16:08 21.08.2018 • Сергей Рябков, заместитель
    Министра иностранных дел России" (a time and a date, a bullet, a name and a post). A
    headline after the bullet ("21.08.2018 • Рябков: ...") makes it no stamp."""
    stamp, _, byline = line.partition("•")
    if "•" in byline or ":" in byline or len(byline.split()) > _MAX_BYLINE_WORDS:
        return None
    parsed = date_line(stamp.strip()) if _TIME_RE.search(stamp) else None
    return parsed.date if parsed and not parsed.rest else None


# A news site's stamp after a photo's caption: "<caption> - Sputnik International, 1920,
# 26.01.2023" (the site's name, the picture's width, the day it was published).
_SITE_STAMP_RE = re.compile(
    r"(?:^|\s[-–—]\s)[A-ZА-ЯЁ][\w.]*(?:\s[A-ZА-ЯЁ][\w.]*){0,3},\s*(?:[0-9]{3,4},\s*)?"
    r"(?P<d>[0-3]?[0-9])\.(?P<m>[01]?[0-9])\.(?P<y>(?:19|20)[0-9]{2})$"
)
#: A caption with its site stamp is this long at most (the one seen has 103 characters).
_MAX_SITE_STAMP_CHARS = 250


def _site_stamp(line: str) -> dt.date | None:
    """The date of a site's stamp ending a line (:data:`_SITE_STAMP_RE`), if it is one."""
    if len(line) > _MAX_SITE_STAMP_CHARS or not line[-1:].isdigit() or "," not in line:
        return None
    match = _SITE_STAMP_RE.search(line)
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"])) if match else None
    except ValueError:
        return None


def _fragment(line: str) -> bool:
    """A short line between the title and the text that is furniture: a place ("Circular
    Hall, The Kremlin, Moscow"), a menu item in capitals, or a short lead-in ("Key theses:").
    A heading with ordinary words ("Minister Sergey Lavrov's schedule") is text."""
    words = line.split()
    if len(words) > _FRAGMENT_WORDS or line.rstrip()[-1:] in ',.!?…»"”':
        return False
    if line.rstrip().endswith(":"):
        return len(words) <= 3
    return all(not w[:1].islower() for w in words)


def _glued_title(line: str, key: str) -> int:
    """Where the text starts in ``line`` when it opens with a copy of the title whose
    :func:`_title_copy_key` is ``key`` (spaces and quote marks aside: «Россия 24» and Россия
    24), else 0."""
    if len(key) < _GLUED_TITLE_CHARS:
        return 0
    matched = 0
    for at, char in enumerate(line):
        if _TITLE_COPY_IGNORED_RE.match(char):
            continue
        if matched == len(key):
            # The text after it opens a sentence ("...Sergey Shoigu has held ..." is a title
            # that is the sentence's own start).
            rest = line[at:].lstrip()
            return at if has_text(rest) and not rest[:1].islower() else 0
        if char != key[matched]:
            return 0
        matched += 1
    return 0


def _title_copy_key(title: str) -> str:
    """The title's characters that a copy of it must repeat (see :func:`_glued_title`)."""
    return _TITLE_COPY_IGNORED_RE.sub("", title)


#: A title this long at least is not mistaken for the start of a sentence.
_GLUED_TITLE_CHARS = 30
_TITLE_COPY_IGNORED_RE = re.compile(r"[\s«»\"“”„]")


def _body(
    rows: list[str],
    head: list[int],
    menu: set[int],
    title_at: int | None,
    first_text: int | None,
    footers: set[int],
) -> list[str]:
    """The statement text: furniture above and around the title left out (``footers``: the
    lines of a post's date and tags, under which other stories follow).

    Above the title only quotes are kept (a headline quoting the speaker); between the title
    and the first sentence of text, furniture (menus, clutter, a repeated title, a teaser that
    the next line repeats in full, short fragments such as a place or "Key theses:"); from
    the first sentence on, only footers, and the page ends at a comment form or a licence.
    """
    dropped: set[int] = set()
    fragments: list[int] = []
    # (Without spaces: a copy's second title may glue "(Москва, ...)" to the name before.)
    title_key = re.sub(r"\s+", "", label_key(rows[title_at])) if title_at is not None else None
    # (The title's copy key once per page, not once per line: see _glued_title.)
    copy_key = _title_copy_key(rows[title_at]) if title_at is not None else ""
    seen: set[str] = set()
    for n, i in enumerate(head):
        line = rows[i]
        key = label_key(line)
        compact = re.sub(r"\s+", "", key)
        before_title = title_at is not None and i < title_at
        following = rows[head[n + 1]] if n + 1 < len(head) else ""
        teaser = line.endswith(("...", "…")) and following.startswith(line.rstrip(".… "))
        # A breadcrumb ending with the title ("BlogTranscriptsVladimir Putin Annual ...").
        crumb = (
            title_key is not None and title_key in compact and len(compact) < len(title_key) + 40
        )
        if first_text is not None and i >= first_text and not before_title:
            if crumb or teaser:
                dropped.add(i)
            continue
        # A copy of the title broken over lines ("Statement by Sergey Ryabkov, ... Security
        # Policy" / "on the theme ...,") above the text: each line a piece of the title.
        bare = compact.rstrip(",;:.")
        piece = title_key is not None and len(bare) >= _MIN_TITLE_PIECE and bare in title_key
        if (
            i in menu
            or i == title_at
            or crumb
            or piece
            or key in seen
            or teaser
            or is_clutter(line)
            or before_title
        ):
            dropped.add(i)
        elif _fragment(line):
            fragments.append(i)
        seen.add(key)
    body: list[str] = []
    # Furniture is left out only when text remains: a page is never emptied by these rules
    # (its short lines are then its text).
    kept = [i for i in range(len(rows)) if i not in dropped and has_text(rows[i])]
    if any(i not in fragments for i in kept):
        dropped.update(fragments)
    elif not kept:
        dropped = {i for i in dropped if i == title_at or is_chrome(rows[i])}
    # The lines under a "See also" heading amid the text are other stories' headlines, up to
    # the first blank line after them or the first sentence: "See also" over "Peskov: Putin
    # has not been ... contacts with Erdogan" is no label of the text's next turn.
    links: bool | None = None  # None: not under such a heading; False: none skipped yet
    for i, line in enumerate(rows):
        if i in footers and any(has_text(kept) for kept in body):
            # A post's date and tags under its story (taken as the date, so blanked): what
            # follows are other stories, into which nobody's turn runs on.
            body.extend(["", "* * *", ""])
            continue
        if i in dropped:
            continue
        if not line:  # no footer, no end of an article or an item: kept as it is
            links = None if links else links
            body.append(line)
            continue
        if ends_article(line) and any(has_text(kept) for kept in body):
            break
        if heads_related_links(line) and any(has_text(kept) for kept in body):
            links = False
            continue
        if links is not None:
            if not _SENTENCE_END_RE.search(line):
                links = True
                continue
            links = None
        if title_at is not None and i > title_at and (cut := _glued_title(line, copy_key)):
            # "... (10 июня 2024 года)Я хотел бы начать ...": a copy of the title glued to the
            # first sentence of the text is no part of it.
            line = line[cut:].lstrip()
        if ends_item(line):
            # Another story of the listing follows: nobody's turn runs on into it.
            body.extend(["", "* * *", ""])
        elif not is_footer(line):
            body.append(line)
    return _without_lists(body)


#: A line above the text that the title holds is a piece of a copy of it when it has at least
#: this many characters (a shorter one may be a name or a place standing alone).
_MIN_TITLE_PIECE = 24
#: A run of at least this many heading lines in a row is a contents list or a menu; of
#: this many dash or bullet items, a list of links to other stories.
_MIN_LIST_LINES = 5
_MIN_LINK_ITEMS = 3
#: A heading or a link's title has at most this many words and no closing punctuation.
_MAX_HEADING_WORDS = 15
#: A numbered or bulleted item of a contents list may be longer.
_MAX_ITEM_WORDS = 25
_ITEM_RE = re.compile(r"^(?:[-–—•·▪●*]|[0-9]{1,2}[.)])\s")


def heading_like(line: str) -> bool:
    """A short line that ends without a sentence's punctuation and is no speaker's label."""
    longest = _MAX_ITEM_WORDS if _ITEM_RE.match(line) else _MAX_HEADING_WORDS
    # A paragraph's words past the longest heading's are not counted (one more tells it apart).
    words = len(line.split(None, longest))
    # A comma ends no heading: it ends a salutation opening a turn ("Putin: Mr President,
    # ladies and gentlemen,") or a line a hard-wrapped page broke mid-sentence.
    if not words or words > longest or re.search(r"[.!?…;,]$", line.rstrip('»"”’)')):
        return False
    match = LABEL_RE.match(line)
    return not (match and label_kind(match.group("label")) and not match.group("rest").strip())


def _without_lists(body: list[str]) -> list[str]:
    """The body without lists of headings: a list of the briefing's topics, a list of links to
    other stories ("- Захарова рассказала ... СМИ России"). Their lines are no one's words.
    The last heading stays when text follows it (it heads that text). A numbered table of
    contents stays: it is the transcript's own outline of what was said."""
    drop: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*body, "."]):
        if not line:
            continue
        heading = i < len(body) and heading_like(line)
        # A numbered contents list and a list of plain headings after it are two lists.
        same_kind = not run or bool(NUMBERED_RE.match(line)) == bool(
            NUMBERED_RE.match(body[run[-1]])
        )
        if heading and same_kind:
            run.append(i)
            continue
        items = sum(bool(_ITEM_RE.match(body[j])) for j in run)
        numbered = sum(bool(NUMBERED_RE.match(body[j])) for j in run)
        if (
            numbered * 2 < len(run)
            and (len(run) >= _MIN_LIST_LINES or items >= _MIN_LINK_ITEMS)
            and not _announced(body, run[0])
        ):
            heads_text = i < len(body) and not _ITEM_RE.match(body[run[-1]])
            drop.update(run[:-1] if heads_text else run)
        run = [i] if heading else []
    kept = [line for i, line in enumerate(body) if i not in drop]
    # A page is never emptied by this rule: its short lines are then its text.
    return kept if any(has_text(line) for line in kept) else body


def _announced(body: list[str], first: int) -> bool:
    """Whether the list starting at ``body[first]`` is announced as someone's statements ("Он
    также сделал несколько заявлений:" above it, or as its first line): their words, kept."""
    before = next((body[j] for j in range(first - 1, -1, -1) if body[j].strip()), "")
    return any(announces_list(line) for line in (body[first], before))


def title_place(title: str, date_start: int) -> str | None:
    """The place named just before the title's date: "..., Moscow, March 17, 2021" -> Moscow."""
    prefix = title[:date_start].rstrip(" ,–—-(")
    if "," not in prefix and "(" not in prefix:
        return None
    segment = re.split(r"[,(]", prefix)[-1].strip()
    words = segment.split()
    if not 1 <= len(words) <= 4:
        return None
    for i, word in enumerate(words):
        if not _PLACE_WORD_RE.match(word):
            return None
        low = word.casefold()
        if word[0].isupper():
            if low in POST_WORDS:
                return None
        elif low not in _PLACE_LINKS or i in (0, len(words) - 1):
            return None
    # A person ("..., Sergey Lavrov, March 17") is not a place.
    return None if speaker_from_title(segment) else segment
