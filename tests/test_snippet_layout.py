"""A search snippet in the journal list: its text shown in its own reading order,
the matched words marked where they are, in every script."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont

from journal_app.domain.entry import MATCH_END, MATCH_START
from journal_app.ui.widgets.snippet_layout import marked_parts, snippet_layout

HIGHLIGHT = QColor("#F4DFA6")


def mark(word: str) -> str:
    return f"{MATCH_START}{word}{MATCH_END}"


def marked_ranges(layout) -> list[tuple[int, int]]:  # noqa: ANN001
    return [(r.start, r.length) for r in layout.formats() if r.format.background().color() == HIGHLIGHT]


def test_the_marks_come_off_and_say_where_each_match_is() -> None:
    text, marks = marked_parts(f"a walk by the {mark('river')} and the {mark('River')} again")
    assert text == "a walk by the river and the River again"
    assert [text[a:b] for a, b in marks] == ["river", "River"]


@pytest.mark.parametrize("before", ["", "🌱 ", "👨\u200d👩\u200d👧 and 😮\u200d💨 ", "𠀋 "])
def test_a_match_after_emoji_is_marked_exactly(qtbot, before: str) -> None:  # noqa: ANN001
    layout = snippet_layout(f"{before}by the {mark('river')} today", QFont(), 2000, HIGHLIGHT)
    start = len(f"{before}by the ".encode("utf-16-le")) // 2  # Qt counts UTF-16 units
    assert marked_ranges(layout) == [(start, len("river"))]


def test_a_right_to_left_sentence_keeps_its_order_with_the_match_in_place(qtbot) -> None:  # noqa: ANN001
    # "I feel calm this evening": the match is the second word, so it sits to the
    # left of the first (Arabic reads from the right).
    layout = snippet_layout(f"أشعر {mark('بالهدوء')} هذا المساء.", QFont(), 2000, HIGHLIGHT)
    line = layout.lineAt(0)
    first_word, match = line.cursorToX(0)[0], line.cursorToX(len("أشعر "))[0]
    assert match < first_word
    assert marked_ranges(layout) == [(len("أشعر "), len("بالهدوء"))]
    latin = snippet_layout(f"I feel {mark('calm')} this evening", QFont(), 2000, HIGHLIGHT)
    line = latin.lineAt(0)  # (a line lives only as long as its layout)
    assert line.cursorToX(len("I feel "))[0] > line.cursorToX(0)[0]


def test_a_long_snippet_is_cut_with_an_ellipsis_and_marks_past_the_cut_go(qtbot) -> None:  # noqa: ANN001
    snippet = f"{mark('river')} " + "and the water ran on " * 30 + mark("stone")
    layout = snippet_layout(snippet, QFont(), 200, HIGHLIGHT)
    assert layout.text().endswith("…") and len(layout.text()) < len(marked_parts(snippet)[0])
    assert marked_ranges(layout) == [(0, len("river"))]


@pytest.mark.parametrize("before", ["we talked for a long while over dinner and then my ", "我们吃完晚饭以后聊了很久然后我的"])
def test_the_first_match_keeps_a_third_of_the_row_before_it(qtbot, before: str) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFontMetrics

    from journal_app.ui.widgets.entry_delegate import lead_to_first_match

    metrics = QFontMetrics(QFont())
    room = metrics.horizontalAdvance("x" * 12)
    shown = lead_to_first_match(f"{before}{mark('grandmother')} said", metrics.horizontalAdvance, room)
    lead = shown[:shown.index(MATCH_START)]
    assert shown.startswith("…") and metrics.horizontalAdvance(lead) <= room
    assert len(lead) > 1 and before.endswith(lead[1:])  # the words just before it, whole
    short = f"my {mark('grandmother')} said"
    assert lead_to_first_match(short, metrics.horizontalAdvance, room) == short  # nothing to drop
