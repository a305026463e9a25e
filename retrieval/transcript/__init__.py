"""Parse one Foreign Ministry transcript page (plain text) into an attributed :class:`Document`.

The page format: an optional date-time line (often glued: ``17 March 202118:27``), the title,
a language-versions line (``• en-GB1 ru-RU1``), unlabelled opening remarks, labelled turns
(``Question:``, ``Sergey Lavrov:``), then page chrome (``Additional materials``) that ends it.

Attribution rules (a wrong attribution is the worst bug this package can have):

* A turn starts only at something shaped like a speaker label (see
  :func:`retrieval.speakers.label_kind`). Weak labels (plain capitalised words such as
  ``Olga Belova``) must also be confirmed by the document: used twice, named in the title,
  or carrying a post and a full name. ``Ukraine:`` heading a briefing section is not a speaker.
* Unlabelled text (opening remarks, text after a ``* * *`` separator) belongs to the title's
  speaker; without one, to the first labelled speaker if that is a known official; otherwise
  to ``"Unknown speaker"`` -- never to ``"Question"``.
* Salutations (``Ladies and gentlemen,``) are never passages of their own: they join the next
  paragraph of the same turn (or, at the end of a turn, the previous one).

The parser in steps, one module each (private; only the names below are the API):

* ``_page``: the page as clean lines, its ``Source:`` link, the chrome that ends it, the date
  line and the title, the place named in the title;
* ``_dated_items``: a page listing several dated items (an embassy's archive), each parsed as
  a page of its own with its own title, date and speakers;
* ``_epigraphs``: a poem or saying with its author's name set above a speech (nobody's);
* ``_dates``: dates in titles and date lines (month names come from :mod:`retrieval.text`);
* ``_lines``: what one line is: chrome, a separator, a label and its text;
* ``_labels``: body lines as labelled / plain / blank lines, weak labels vetted, labels mid-line;
* ``_turns``: turns and their paragraphs, dash dialogues, initials, interviewers;
* ``_sizing``: one turn's paragraphs as passages (sentences, long split, short joined);
* ``_json_record``: a scraper's JSON record mirrored as a page, read as its fields;
* reported speech, for a news story's narration, layered so that each imports only those
  before it: ``_say_verbs`` (verbs of saying), ``_quote_marks`` (what is quoted),
  ``_references`` ("he", "the minister"), ``_subjects`` (the subject of a verb of saying),
  ``_sentence_sayer`` (whose words a sentence gives), ``_quote_runs`` (quotes that run across
  paragraphs), ``_reader`` (who was named last, as a report is read), ``_named_again``
  (surnames and posts named again), ``_page_sayers`` (the page as a report: its main sayer,
  its interviewee) and ``_reported`` (:func:`attribute`, a report cut by speaker);
* ``_parser``: :func:`parse_transcript`, which runs the steps and attributes each passage.
"""

from retrieval.transcript._errors import TranscriptError
from retrieval.transcript._parser import parse_transcript
from retrieval.transcript._sizing import MAX_WORDS, MIN_WORDS

__all__ = ["MAX_WORDS", "MIN_WORDS", "TranscriptError", "parse_transcript"]
