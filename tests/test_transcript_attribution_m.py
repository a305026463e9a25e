"""Who said it, and nothing lost (issue 8, layouts read on real set M).

- A news site's story that announces a list of the minister's statements ("Он также сделал
  несколько заявлений:") and gives them as bullets without full stops: the list is his words,
  not a list of links to other stories, and is kept.
- A forum repost of an interview that glued each answer onto its question's line
  ("Вопрос: ...?Ответ: ..."): the answer is the interviewee's turn.
- "В беседе с ТАСС Захарова прокомментировала обращение министра Джона Смита": the preposition
  governs the agency's acronym; Zakharova, in the nominative after it, is the subject.
- A topic page opening with a biography ("... is the director ... since 10 August 2015") is
  not dated by the day the post was taken up.

The pages are written for these tests in the layouts of those sites.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from tests.conftest import said_by as _said_by

SHOIGU, ZAKHAROVA, NEBENZYA = "Sergei Shoigu", "Maria Zakharova", "Vassily Nebenzia"


def test_a_list_announced_as_the_ministers_statements_is_kept_as_his_words() -> None:
    page = (
        "Шойгу рассказал о подготовке к совещанию министров обороны\n\n"
        "Время для прочтения\n2 минуты\n\n"
        "Министр обороны РФ Сергей Шойгу сообщил, что примет участие в совещании министров "
        "обороны стран ШОС в Ташкенте.\n\n"
        "Он также сделал несколько заявлений:\n\n"
        "  • Учения с партнёрами по организации пройдут осенью, как и планировалось\n"
        "  • Поставки техники в войска идут строго по графику\n"
        "  • Число совместных тренировок с союзниками в этом году вырастет вдвое\n"
        "  • Попытки навязать региону чужие правила будут безуспешными\n"
        "  • Оборонное ведомство готово к открытому диалогу с соседями"
    )
    said = _said_by(page, SHOIGU)
    for words in ("Поставки техники в войска", "вырастет вдвое", "к открытому диалогу"):
        assert words in said


def test_links_to_other_stories_are_still_left_out() -> None:
    page = (
        "Захарова ответила на вопрос о визах\n\n"
        "Официальный представитель МИД Мария Захарова заявила, что визовый режим для "
        "журналистов не изменится.\n\n"
        "Читайте также:\n\n"
        "• В Москве прошли переговоры глав МИД двух стран\n"
        "• Посол России вручил верительные грамоты\n"
        "• В Женеве завершился очередной раунд консультаций\n"
        "• МИД прокомментировал решение о высылке дипломатов"
    )
    document = parse_transcript(page, "page")
    assert not any("верительные грамоты" in p.text for p in document.passages)


def test_an_answer_glued_onto_its_question_is_the_interviewees_turn() -> None:
    page = (
        "Интервью Постоянного представителя В.А.Небензи агентству «ТАСС», 3 мая 2024 года\n\n"
        "Вопрос: Василий Алексеевич, многие говорят, что Совет Безопасности стал главной "
        "площадкой мировой дипломатии. Так ли это?Ответ: Совет всегда был местом, где "
        "обсуждаются вопросы войны и мира, и сегодня повестка у нас очень плотная.\n\n"
        "Вопрос: Чего вы ждёте от следующего месяца? Ответ: Мы рассчитываем провести "
        "несколько открытых дебатов по Ближнему Востоку."
    )
    document = parse_transcript(page, "page")
    answers = [p for p in document.passages if p.speaker == NEBENZYA]
    assert any(p.text.startswith("Совет всегда был местом") for p in answers)
    assert any(p.text.startswith("Мы рассчитываем провести") for p in answers)
    questions = [p.text for p in document.passages if p.role == "question"]
    assert all("повестка у нас очень плотная" not in q for q in questions)
    assert all("открытых дебатов" not in q for q in questions)


def test_a_name_after_an_agencys_acronym_after_a_preposition_is_the_subject() -> None:
    page = (
        "В беседе с ТАСС Захарова прокомментировала обращение министра обороны Великобритании "
        "Джона Смита к российскому руководству.\n\n"
        "По ее словам, такие заявления говорят сами за себя. «Это крик отчаяния», — "
        "подчеркнула Захарова."
    )
    document = parse_transcript(page, "page")
    speakers = {p.speaker for p in document.passages}
    assert speakers == {ZAKHAROVA}


def test_a_biographys_since_date_does_not_date_a_topic_page() -> None:
    page = (
        "Maria Zakharova is the Director of the Information and Press Department of the "
        "Russian Foreign Ministry since 10 August 2015. Read More\n\n"
        "Russian Foreign Ministry spokeswoman Maria Zakharova said on Sunday that Moscow "
        "remains in contact with the authorities of the island. ...\n\n"
        "Russia has never threatened anyone, Russian Foreign Ministry spokeswoman Maria "
        "Zakharova said in a statement. ..."
    )
    assert parse_transcript(page, "page").date is None


def test_criticising_or_condemning_something_is_saying_it() -> None:
    gallery = (
        "Постпред РФ при НАТО Александр Грушко раскритиковал курс альянса на «сдерживание "
        "России», но объявил о готовности работать с НАТО над общими угрозами, такими как "
        "терроризм и наркотрафик. Свою позицию он изложил в интервью британской газете."
    )
    assert "готовности работать с НАТО" in _said_by(gallery, "Alexander Grushko")
    story = (
        "Lavrov spoke at the meeting of G20 foreign ministers.\n\n"
        "British Foreign Secretary David Lammy slammed Lavrov, denouncing the Kremlin's "
        "“unprovoked and illegal war of aggression.”\n\n"
        "Kremlin spokesman Dmitry Peskov condemned the decision as an “open attack on the "
        "freedom of faith.”"
    )
    assert "unprovoked and illegal war" in _said_by(story, "David Lammy")
    assert "unprovoked and illegal war" not in _said_by(story, "Sergey Lavrov")
    assert "freedom of faith" in _said_by(story, "Dmitry Peskov")
