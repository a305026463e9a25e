"""Quotes that run across sentences and paragraphs.

Each sentence's sayer in a paragraph whose quotes are masked whole (:func:`paragraph_sayers`);
a quote a paragraph leaves open and a later one closes with its attribution; a lead-in's quote
that goes on paragraph after paragraph with no marks; a quote whose attribution is the line
below it.
"""

from __future__ import annotations

import re

from retrieval.speakers import is_known_official
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._references import _PRESIDENTS, _RUSSIAN_PRESIDENTS, Ref, Sayer
from retrieval.transcript._say_verbs import _SAY_RE
from retrieval.transcript._sentence_sayer import first_person, sentence_sayer
from retrieval.transcript._sizing import sentence_spans
from retrieval.transcript._subjects import _QUOTE_OPEN


def retold_spans(paragraph: str, speaker: str) -> list[tuple[int, int, bool]]:
    """Each sentence of a paragraph (start, end) and whether it has ``speaker`` say something
    by name ("Mr Putin stated that ...") or by the post he holds ("the President said that
    ..." of a known president, "the minister noted" of another known official)."""
    out: list[tuple[int, int, bool]] = []
    president = speaker in _PRESIDENTS
    for (a, b), sayer in zip(_spans(paragraph), paragraph_sayers(paragraph), strict=True):
        his = (
            sayer == speaker
            or (sayer is Ref.HEAD_OF_STATE and president)
            or (sayer is Ref.RUSSIAN_PRESIDENT and speaker in _RUSSIAN_PRESIDENTS)
            or (sayer is Ref.OWN_POST and not president and is_known_official(speaker))
        )
        out.append((a, b, his))
    return out


def says(paragraph: str, speaker: str) -> bool:
    """Whether a sentence of the paragraph has ``speaker`` say something ("Maria Zakharova
    advised the West to ...") or refers to them as its sayer ("the minister said")."""
    return any(sayer == speaker or sayer is Ref.OWN_POST for sayer in paragraph_sayers(paragraph))


def all_quote(paragraph: str) -> bool:
    """Whether a paragraph is one quotation and nothing else (a live blog's block quote)."""
    text = paragraph.strip()
    return bool(text) and text[0] in _QUOTE_OPEN and not re.search(r"[^\W\d_]", mask_quotes(text))


# A stop glued to the next sentence's first letter or quote ("— сказал Лавров.В свою очередь
# Подоляк ...", "вторглась.«Тормозит ..."), after a lower-case letter (not "В.В.Путин").
# (After an acronym only a full stop and a capitalised word: "...министр обороны РФ.Минск не
# приемлет ..." is two sentences, "U.S.Army" none.)
# (The stop comes first in the pattern, so that the scan looks only at stops.)
_GLUED_STOP_RE = re.compile(
    r"[.!?](?:(?<=[a-zа-яё][.!?])(?=[«“]?[A-ZА-ЯЁ])|(?<=[A-ZА-ЯЁ]{2}\.)(?=[A-ZА-ЯЁ][a-zа-яё]))"
)


def first_sentence(paragraph: str) -> str:
    """A paragraph's first sentence, as :func:`paragraph_sayers` cuts it."""
    spans = _spans(paragraph)
    return paragraph[spans[0][0] : spans[0][1]] if spans else ""


def _spans(paragraph: str) -> list[tuple[int, int]]:
    """A paragraph's sentences (:func:`sentence_spans`), also cut where a copy glued two
    sentences together: the attribution of one must not be read as the next one's."""
    spans = sentence_spans(paragraph)
    if _GLUED_STOP_RE.search(paragraph) is None:
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        start = a
        for glued in _GLUED_STOP_RE.finditer(paragraph, a, b):
            if start < glued.end() < b:
                out.append((start, glued.end()))
                start = glued.end()
        out.append((start, b))
    return out


def _leaves_quote_open(paragraph: str) -> bool:
    """Whether a paragraph opens a quote it does not close ("«Киев не выполняет ... каждый
    день." with the closing mark in the next paragraph); straight quotes only when the
    paragraph holds an odd number of them and opens with one or ends in an opening one."""
    if paragraph.count("«") > paragraph.count("»") or paragraph.count("“") > paragraph.count("”"):
        return True
    if paragraph.count('"') % 2 == 0:
        return False
    if paragraph.lstrip().startswith('"'):
        return True
    # '... Василий Небензя. "Мы видели ...': the last straight quote opens (a space before it,
    # a letter after it).
    last = paragraph.rfind('"')
    # (Or it ends the paragraph, a hard-wrapped copy breaking the line right after it:
    # '... погибшему в ходе спасательной операции морпеху. "' then 'Честно скажу, ...".')
    after = paragraph[last + 1 : last + 2]
    return paragraph[last - 1 : last].isspace() and (after.isalpha() or not after)


def _quote_goes_on(previous: str, paragraph: str, *, last: bool) -> bool:
    """Whether ``paragraph`` goes on with a quote: one the paragraph before left open and this
    one closes; one left open with no mark here when the page ends with this paragraph (a copy
    cut off mid-quote: «Нам приписывают ... / Дело обстоит с точностью до наоборот. Подчеркну
    ...»); or one whose opening mark was lost, closed here before its attribution ('Eurovision
    2024 has outdone any orgy ... Without surprises," Zakharova wrote.')."""
    end = _continued_quote_end(paragraph)
    if _leaves_quote_open(previous):
        if _has_quote_marks(paragraph) and not _only_inner_quotes(paragraph):
            return end >= 0
        # Cut off mid-quote: only if no sentence names a sayer of its own ("Earlier, Lavrov
        # said ..." after a quote a typo left open is the reporter's).
        return last and not any(sentence_sayer(paragraph[a:b]) for a, b in _spans(paragraph))
    if end < 0 or not _has_quote_marks(paragraph) or _only_inner_quotes(paragraph):
        return False
    before = paragraph[:end]
    if any(isinstance(sentence_sayer(before[a:b]), str) for a, b in _spans(before)):
        # "Об этом сообщил ... Лавров. ... Лавров отметил, что ... усилий." В воскресенье ...",
        # - рассказал Лавров.': narration naming its own sayer before a mark set after the
        # stop by a typo, not the end of a quote whose opening mark was lost ("Мы об этом
        # заявляли" may be inside one).
        return False
    # The words before the mark with their opening mark put back: '"...," Zakharova wrote.'
    start = max(paragraph.rfind(stop, 0, end) for stop in (". ", "! ", "? "))
    closing = re.split(r"(?<=[.!?…])\s", paragraph[end + 1 :], maxsplit=1)[0]
    opening = {"»": "«", "”": "“"}.get(paragraph[end], '"')
    quoted = opening + paragraph[start + 2 if start >= 0 else 0 : end + 1] + closing
    return isinstance(sentence_sayer(quoted), str)


def _quoted_between(paragraphs: list[str], continued: list[bool]) -> dict[int, tuple[Sayer, str]]:
    """Mark as going on with a quote the paragraphs without a quote mark between one that
    leaves a quote open and a later one that closes it («Поздравляю вас ... / Открытый и
    неравнодушный человек ... / Желаю вам успехов», — цитирует ...), and that closing one;
    not if one of them names a sayer of its own (then the quote was left open by a typo), nor
    if the closing attribution names no one.

    Returns:
        Each paragraph inside such a quote -> the sayer its closing attribution names, and
        that attribution's sentence (with the quote's opening mark put back).
    """
    inside_quote: dict[int, tuple[Sayer, str]] = {}
    for opener, paragraph in enumerate(paragraphs[:-2]):
        if not _leaves_quote_open(paragraph):
            continue
        closer = opener + 1
        while closer < len(paragraphs) and (
            not _has_quote_marks(paragraphs[closer]) or _only_inner_quotes(paragraphs[closer])
        ):
            closer += 1
        inside = range(opener + 1, closer)
        if not inside or closer == len(paragraphs):
            continue
        text = paragraphs[closer]
        end = _continued_quote_end(text)
        if end < 0 or any(
            sentence_sayer(paragraphs[at][a:b]) for at in inside for a, b in _spans(paragraphs[at])
        ):
            continue
        sayer, attribution = _closing_attribution(text, end)
        if sayer is None:
            continue
        for at in [*inside, closer]:
            continued[at] = True
        inside_quote.update((at, (sayer, attribution)) for at in inside)
    return inside_quote


def _quote_tails(paragraphs: list[str]) -> dict[int, tuple[Sayer, str]]:
    """The paragraphs whose last sentences open a quote that the very next paragraph closes
    with its attribution ("... прокомментировала данные СМИ. «Российские вооруженные силы
    ... государства." / "Исходя из ... США», — приводит ее слова «Коммерсантъ»."): each such
    paragraph -> the sayer that attribution names, and the attribution's sentence."""
    tails: dict[int, tuple[Sayer, str]] = {}
    for opener, paragraph in enumerate(paragraphs[:-1]):
        if not _leaves_quote_open(paragraph) or paragraph.lstrip()[:1] in '«“"':
            continue  # (a paragraph that is all quote is read by _quoted_between)
        text = paragraphs[opener + 1]
        end = _continued_quote_end(text)
        if end < 0:
            continue
        sayer, attribution = _closing_attribution(text, end)
        if sayer is not None:
            tails[opener] = (sayer, attribution)
    return tails


def _closing_attribution(text: str, end: int) -> tuple[Sayer, str]:
    """The sayer of a paragraph that closes, at ``end``, a quote opened before it ("...
    США», — приводит ее слова «Коммерсантъ»."), and the sentence read for it: the quoted
    words up to the mark, with the opening mark put back, and the attribution after it."""
    closing = re.split(r"(?<=[.!?…])\s", text[end + 1 :], maxsplit=1)[0]
    opening = {"»": "«", "”": "“"}.get(text[end], '"')
    attribution = opening + text[: end + 1] + closing
    return sentence_sayer(attribution), attribution


def _open_quote_goes_on(paragraphs: list[str]) -> dict[int, tuple[Sayer, str]]:
    """The paragraphs that go on with a quote a lead-in announced and no mark closes ("...,
    Zakharova said at a briefing:" / "“There is no need to fantasize ... easy." / "Russian
    peacekeepers are doing ... we always focus on this." / "We are trying ..."): a copy that
    opens each paragraph of a long quote without a mark, and never closes it. Each following
    paragraph without quote marks that speaks in the first person, names no sayer of its own
    and announces nothing goes on with it; the first that does not ends it.

    Returns:
        Each such paragraph -> the lead-in's sayer and the lead-in.
    """
    found: dict[int, tuple[Sayer, str]] = {}
    for opener in range(1, len(paragraphs) - 1):
        lead_in, paragraph = paragraphs[opener - 1].rstrip(), paragraphs[opener].lstrip()
        if not lead_in.endswith(":") or paragraph[:1] not in '“«"':
            continue
        if not _leaves_quote_open(paragraph):
            continue
        if not isinstance(sayer := sentence_sayer(lead_in), str):
            continue
        for at in range(opener + 1, len(paragraphs)):
            text = paragraphs[at]
            if (
                _has_quote_marks(text)
                or text.rstrip().endswith(":")
                or not first_person(text)
                or any(sentence_sayer(text[a:b]) for a, b in _spans(text))
            ):
                break
            found[at] = (sayer, lead_in)
    return found


#: A line that only attributes the paragraph above it ("сказал Грушко журналистам") has at
#: most this many words.
_ATTRIBUTION_LINE_WORDS = 6


def _attributed_below(paragraphs: list[str]) -> dict[int, str]:
    """The paragraphs whose words a line right below them attributes, with no quote marks
    anywhere: a site's set-apart quote, then a line in lower case that opens on a verb of
    saying and names the one who said it ("Их нынешняя позиция ... как можно дольше." /
    "сказал Грушко журналистам"). Paragraph -> that one."""
    found: dict[int, str] = {}
    for number, line in enumerate(paragraphs[1:], 1):
        words = line.split()
        if not words or len(words) > _ATTRIBUTION_LINE_WORDS or not words[0][:1].islower():
            continue
        if not _SAY_RE.match(line) or _has_quote_marks(line) or line.rstrip()[-1:] in "?!:":
            continue
        above = paragraphs[number - 1]
        if _has_quote_marks(above) or above.rstrip()[-1:] not in ".!?…":
            continue
        if isinstance(sayer := sentence_sayer(line), str):
            found[number - 1] = sayer
    return found


def _only_inner_quotes(paragraph: str) -> bool:
    """Whether a paragraph's quote marks are whole pairs inside it, a name's («Зенит» стал
    обладателем Кубка УЕФА) or a title's, none of them closing or opening a quote."""
    if '"' in paragraph or _leaves_quote_open(paragraph):
        return False
    return all(_unmatched_close(paragraph, opening, close) < 0 for opening, close in ("«»", "“”"))


def _has_quote_marks(text: str) -> bool:
    return any(mark in text for mark in '«»“”"')


def _continued_quote_end(paragraph: str) -> int:
    """Where a quote opened in the paragraph before closes in this one: its first closing
    mark with no opening mark before it, or an odd first straight quote that follows a word
    or a stop ('... changed," the minister said') or ends the paragraph (-1: none)."""
    if not _has_quote_marks(paragraph) or _only_inner_quotes(paragraph):
        # The quote goes on through it (a page cut off mid-quote); a name's marks inside it
        # («Зенит» стал обладателем Кубка УЕФА) close nothing.
        return len(paragraph) - 1
    for close, opening in (("»", "«"), ("”", "“")):
        if (at := _unmatched_close(paragraph, opening, close)) >= 0:
            return at
    at = paragraph.find('"')
    # (Or one that ends the paragraph after a space: '... by British instructors "'.)
    odd = at > 0 and paragraph.count('"') % 2 == 1
    if odd and (not paragraph[at - 1].isspace() or not paragraph[at + 1 :].strip()):
        return at
    return -1


def _unmatched_close(paragraph: str, opening: str, close: str) -> int:
    """The first closing mark no opening mark before it matches: '... «Они нам ничего не
    сказали»», — сказала Захарова' closes at its second mark, the quote it quotes being
    whole before it (-1: none)."""
    depth = 0
    for at, char in enumerate(paragraph):
        if char == opening:
            depth += 1
        elif char == close:
            if depth == 0:
                return at
            depth -= 1
    return -1


def _masked(paragraph: str, continued: bool) -> str:
    """The paragraph with its quotes blanked (:func:`mask_quotes`); when it closes a quote
    opened in the paragraph before, its words up to that mark are quoted words too (a name
    there, "наш официальный представитель Мария Захарова говорила", is no sayer)."""
    end = _continued_quote_end(paragraph) if continued else -1
    if end < 0:
        return mask_quotes(paragraph)
    return " " * (end + 1) + mask_quotes(paragraph[end + 1 :])


def paragraph_sayers(
    paragraph: str, *, report: bool = False, continued: bool = False
) -> list[Sayer]:
    """Each sentence's sayer (:func:`sentence_sayer`), the paragraph's quotes masked whole
    (``continued``: it opens inside a quote an earlier paragraph left open)."""
    masked = _masked(paragraph, continued)
    spans = _spans(paragraph)
    sayers = [sentence_sayer(paragraph[a:b], masked[a:b], report=report) for a, b in spans]
    cut_end = paragraph[-1:].isalpha() or paragraph.endswith(("…", "..."))
    if spans and sayers[-1] is None and cut_end:
        a, b = spans[-1]
        if (whole := _uncut(paragraph[a:b])) is not None:
            sayers[-1] = sentence_sayer(whole, mask_quotes(whole), report=report)
            if not isinstance(sayers[-1], str):
                sayers[-1] = None  # only a name is sure enough to finish a cut word for
    return sayers


# '..., Kremlin spokesman Dmitry Peskov s', '..., spokeswoman Maria Zakharova sai ...': a
# teaser cut inside the verb of its closing attribution, after a comma and a capitalised name.
_CUT_VERB_RE = re.compile(r",[^,]*[A-ZА-ЯЁ][\w'’-]+\s+(?P<cut>[a-zа-яё]{1,6})\s*(?:\.\.\.|…)?\s*$")
# The verbs such a cut word is the start of, the likelier first.
_CUT_VERBS = (
    "said says stated stressed told noted added заявил заявила сказал сказала отметил "
    "отметила подчеркнул подчеркнула сообщил сообщила добавил добавила".split()
)
# Whole short words that also start a verb of saying: "a visit by Peskov to", "Лавров и".
_NOT_CUT = frozenset("to no so ad за со".split())


def _uncut(sentence: str) -> str | None:
    """A sentence cut inside its closing verb of saying with the verb made whole (and its
    full stop), or None when it is not such a sentence."""
    last = sentence.rstrip(" .…").rsplit(None, 1)[-1:]
    if not last or len(last[0]) > 6 or not last[0].islower():
        return None  # (most paragraphs: no cut word at the end, and no pattern run)
    found = _CUT_VERB_RE.search(sentence)
    if found is None or found.group("cut") in _NOT_CUT:
        return None
    cut = found.group("cut")
    verb = next((v for v in _CUT_VERBS if v.startswith(cut) and v != cut), None)
    return None if verb is None else sentence[: found.start("cut")] + verb + "."
