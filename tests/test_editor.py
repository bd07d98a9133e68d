"""The editor, as a person writes in it: the text stays exactly as typed, Markdown is
coloured and rendered without changing it, the keys work, find and replace, print,
another date, a huge paste, and saves that fail without losing a word (issue 8)."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtTest import QTest

from conftest import type_text
from journal_app.domain.settings import TEXT_SIZE
from journal_app.services.app_services import open_services
from journal_app.ui.main_window import JOURNAL
from journal_app.ui.widgets import entry_editor
from journal_app.ui.widgets.markdown_highlighter import MarkdownHighlighter

# What a rich-text round trip would change, and every script people write in.
TRICKY = ("# A heading\n\n2*3 and <3 and \\_ stay as typed   \n\tindented with a tab\n"
          "non\u00a0breaking space\n我想和家人谈谈 家 · தமிழ் மொழி · മലയാളം · مرحبا بالعالم · 안녕하세요\n"
          "emoji 👨‍👩‍👧 👍🏽 ❤️ 🌱\n- a list\n> a quote\n**bold** *italic* [a link](https://example.org)")


def _journal(window):  # noqa: ANN001, ANN202
    window.show_area(JOURNAL)
    return window.area(JOURNAL)


def _paste(editor, text: str) -> None:  # noqa: ANN001
    QGuiApplication.clipboard().setText(text)
    editor.body_edit.paste()


def test_tricky_markdown_and_every_script_are_stored_and_shown_back_exactly(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = _journal(window)
    journal.start_entry(None)
    _paste(journal.editor, TRICKY)
    assert journal.save_now()
    entry_id = journal.editor.entry.id
    assert window.services.journal.get_entry(entry_id).body == TRICKY
    window.close()

    reopened = open_window(data_dir)
    journal = _journal(reopened)
    journal.list_view.setCurrentIndex(journal.model.index(0))
    assert journal.editor.text() == TRICKY
    assert journal.editor.body_edit.document().toRawText().count("\u00a0") == 1  # shown as typed
    type_text(journal.editor.body_edit, "x")
    assert journal.save_now()
    assert reopened.services.journal.get_entry(entry_id).body == "x" + TRICKY  # typed at the start


def test_lines_left_alone_keep_their_line_endings(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    setup = open_services(data_dir, clock)
    stored = setup.journal.write_entry("one\r\ntwo\r\nthree\rfour\n").id
    setup.close()
    window = open_window(data_dir)
    journal = _journal(window)
    journal.list_view.setCurrentIndex(journal.model.index(0))
    editor = journal.editor
    assert editor.body_edit.blockCount() == 5  # each kind of ending is a line break on screen
    assert not editor.has_unsaved_changes and editor.save_now()
    assert window.services.journal.get_entry(stored).body == "one\r\ntwo\r\nthree\rfour\n"  # untouched
    block = editor.body_edit.document().findBlockByNumber(1)  # "two"
    cursor = QTextCursor(block)
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor if False else QTextCursor.SelectionType.LineUnderCursor)
    editor.body_edit.setTextCursor(cursor)
    type_text(editor.body_edit, "TWO")
    assert editor.save_now()
    assert window.services.journal.get_entry(stored).body == "one\r\nTWO\r\nthree\rfour\n"


def test_markdown_is_coloured_and_read_formatted_without_changing_the_text(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    editor = _journal(window).editor
    window.area(JOURNAL).start_entry(None)
    _paste(editor, "# Then and now\n\nSome **strong** words.")
    heading = editor.body_edit.document().firstBlock()
    assert heading.layout().formats(), "the heading line is coloured"
    plain = editor.body_edit.document().findBlockByNumber(1)
    assert not plain.layout().formats()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert editor.pages.currentWidget() is editor.reading
    assert editor.reading.toPlainText().startswith("Then and now")  # rendered: no "#" left
    assert "**" not in editor.reading.toPlainText()
    assert editor.read_button.text() == "Edit"
    QTest.keyClick(editor.reading, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert editor.pages.currentWidget() is editor.body_edit
    assert editor.text() == "# Then and now\n\nSome **strong** words."


@pytest.mark.parametrize("before", ["", "🌱 ", "😮\u200d💨 👨\u200d👩\u200d👧 ", "𠀋 家 "])
def test_emphasis_after_emoji_colours_exactly_its_words(qtbot, before: str) -> None:  # noqa: ANN001
    """Qt counts positions in UTF-16 units: an emoji before the emphasis must not
    shift its colouring, nor have a colour boundary drawn through it."""
    document = QTextDocument()
    line = f"{before}some *soft* words 🌸"
    document.setPlainText(line)
    MarkdownHighlighter(document).rehighlight()
    ranges = document.firstBlock().layout().formats()
    italic = [(r.start, r.length) for r in ranges if r.format.fontItalic()]
    start = len(line[:line.index("*soft*")].encode("utf-16-le")) // 2
    assert italic == [(start, len("*soft*"))]


def test_raw_html_in_an_entry_is_shown_never_run(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    editor = _journal(window).editor
    window.area(JOURNAL).start_entry(None)
    _paste(editor, "<b>not bold</b> <img src='file:///etc/passwd'>")
    editor.set_reading(True)
    assert "<b>not bold</b>" in editor.reading.toPlainText()


def test_format_keys_wrap_and_prefix_in_one_undo_step(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    editor = _journal(window).editor
    window.area(JOURNAL).start_entry(None)
    body = editor.body_edit
    type_text(body, "brave words")
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    QTest.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "**brave** words"
    QTest.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "brave words"
    cursor = body.textCursor()  # "brave" selected again
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    QTest.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "*brave* words"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(body, Qt.Key.Key_H, shift_ctrl)
    assert editor.text() == "## *brave* words"
    QTest.keyClick(body, Qt.Key.Key_H, shift_ctrl)
    assert editor.text() == "*brave* words"
    editor.format_actions["list"].trigger()  # Ctrl+Shift+8, or Format → List
    assert editor.text() == "- *brave* words"
    QTest.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert "\u2028" not in editor.body_edit.document().toRawText()  # a plain new line


def test_find_and_replace_in_the_entry_and_ctrl_f_elsewhere_searches_the_journal(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = _journal(window)
    journal.start_entry(None)
    editor = journal.editor
    type_text(editor.body_edit, "The cat sat. Another Cat came.")
    QTest.keyClick(editor.body_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.find_bar.isVisible() and editor.find_bar.find_edit.hasFocus() or not window.isActiveWindow()
    type_text(editor.find_bar.find_edit, "cat")
    assert editor.find_bar.count.text() == "2 found"
    assert editor.body_edit.textCursor().selectedText() == "cat"
    QTest.keyClick(editor.find_bar.find_edit, Qt.Key.Key_Return)
    assert editor.body_edit.textCursor().selectedText() == "Cat"
    QTest.keyClick(editor.body_edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.find_bar.replace_edit, "dog")
    assert editor.find_bar.replace_all() == 2
    assert editor.text() == "The dog sat. Another dog came."
    editor.body_edit.undo()  # one step takes every replacement back
    assert editor.text() == "The cat sat. Another Cat came."
    QTest.keyClick(editor.find_bar.find_edit, Qt.Key.Key_Escape)
    assert not editor.find_bar.isVisible()
    journal.search_box.setFocus()
    QTest.keyClick(journal.search_box, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert journal.search_box.hasFocus() or not window.isActiveWindow()
    assert not editor.find_bar.isVisible()


def test_the_text_size_keys_change_and_remember_the_size(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = _journal(window)
    journal.start_entry(None)
    before = journal.editor.body_edit.font().pointSize()
    QTest.keyClick(journal.editor.body_edit, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert journal.editor.body_edit.font().pointSize() == before + 1
    assert window.services.settings.get(TEXT_SIZE) == before + 1
    QTest.keyClick(journal.editor.body_edit, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(journal.editor.body_edit, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.services.settings.get(TEXT_SIZE) == before - 1


def test_print_lays_out_title_date_and_rendered_text(qtbot, open_window, data_dir, dialogs, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtPrintSupport import QPrinter

    window = open_window(data_dir)
    journal = _journal(window)
    journal.start_entry(None)
    journal.editor.title_edit.setText("A *title* as typed")
    _paste(journal.editor, "## Something\n\n我想和家人谈谈 **now**")
    assert journal.save_now()
    QTest.keyClick(journal.editor.body_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (document,) = dialogs.printed
    text = document.toPlainText()
    assert text.startswith("A *title* as typed\n")  # a title is never read as Markdown
    assert journal.editor.when_label.text() in text
    assert "Something" in text and "## " not in text and "我想和家人谈谈 now" in text
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "entry.pdf"))
    document.print_(printer)
    pdf = (tmp_path / "entry.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


def test_an_entry_can_move_to_the_earlier_day_it_was_about(qtbot, open_window, data_dir, dialogs, clock) -> None:  # noqa: ANN001
    setup = open_services(data_dir, clock)  # the clock says 14 March 2026, 09:30 in London
    entry_id = setup.journal.write_entry("About last Sunday").id
    setup.close()
    window = open_window(data_dir)
    journal = _journal(window)
    journal.list_view.setCurrentIndex(journal.model.index(0))
    dialogs.moment_answer = datetime(2026, 3, 8, 21, 15)
    journal.editor.when_button.click()
    assert dialogs.moments_asked == [datetime(2026, 3, 14, 9, 30)]
    moved = window.services.journal.get_entry(entry_id)
    assert moved.local_date == date(2026, 3, 8)
    assert moved.written_at == datetime(2026, 3, 8, 21, 15, tzinfo=timezone.utc)  # London is on GMT then
    assert moved.body == "About last Sunday"
    assert "8 March 2026" in journal.editor.when_label.text()
    assert journal.model.summary(0).local_date == date(2026, 3, 8)
    dialogs.moment_answer = datetime(2026, 7, 1, 12, 0)  # summer time: the zone's own offset
    journal.editor.change_moment()
    summer = window.services.journal.get_entry(entry_id)
    assert (summer.written_at.hour, summer.utc_offset_minutes) == (11, 60)


def test_several_entries_a_day_each_with_an_optional_title(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = _journal(window)
    for title, words in (("Morning", "first"), ("", "second"), ("Night", "third")):
        journal.start_entry(None)
        journal.editor.title_edit.setText(title)
        type_text(journal.editor.body_edit, words)
        assert journal.save_now()
    headings = [journal.model.summary(r).heading for r in range(journal.model.rowCount())]
    assert headings == ["Night", "second", "Morning"]


def test_a_5_mb_paste_and_a_100000_character_line_are_saved_intact(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = _journal(window)
    journal.start_entry(None)
    big = "".join(f"Line {n}: 我想和家人谈谈 தமிழ் 🌱 *still* here\n" for n in range(110_000))
    assert len(big.encode()) > 5_000_000
    _paste(journal.editor, big)
    assert journal.save_now()
    entry_id = journal.editor.entry.id
    assert window.services.journal.get_entry(entry_id).body == big
    assert journal.editor.highlighter.document() is None  # no colouring this long: typing stays quick
    line = "word " * 20_000
    journal.start_entry(None)
    _paste(journal.editor, line)
    assert journal.save_now()
    assert window.services.journal.get_entry(journal.editor.entry.id).body == line
    from PySide6.QtCore import QLocale

    words = f"{QLocale().toString(20_000)} words"
    qtbot.waitUntil(lambda: journal.editor.word_label.text() == words, timeout=3000)


def test_open_writing_is_saved_before_any_dialog(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = _journal(window)
    journal.start_entry(None)
    type_text(journal.editor.body_edit, "Words before the dialog")
    seen = []
    dialogs.settings = lambda *args: (seen.append(window.services.journal.search("dialog").total), (False, None))[1]
    window.open_settings()
    assert seen == [1]  # committed before the dialog showed


# -- when saving fails -------------------------------------------------------------------------
def test_a_failed_save_says_so_keeps_every_word_retries_and_refuses_to_swap_pages(  # noqa: ANN001
        qtbot, open_window, data_dir, dialogs, monkeypatch) -> None:
    from sqlalchemy.exc import OperationalError

    from journal_app.storage.entries import EntryStore

    monkeypatch.setattr(entry_editor, "RETRY_MS", 200)
    window = open_window(data_dir)
    journal = _journal(window)
    journal.start_entry(None)
    type_text(journal.editor.body_edit, "First words")
    assert journal.save_now()
    entry_id = journal.editor.entry.id
    journal.editor._retry.setInterval(200)  # noqa: SLF001 - the retry, made quick for the test
    real_update = EntryStore.update_text

    def disk_full(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OperationalError("UPDATE entries", {}, Exception("database or disk is full"))

    monkeypatch.setattr(EntryStore, "update_text", disk_full)
    type_text(journal.editor.body_edit, " and more, 家人 🌱")
    assert not journal.save_now()
    assert journal.editor.state_label.text().startswith("Not saved yet.")
    assert "nothing was lost" in journal.editor.state_label.text()
    assert journal.editor.text() == "First words and more, 家人 🌱"
    assert window.services.journal.get_entry(entry_id).body == "First words"  # nothing half-written
    journal.new_entry()  # another page would drop the unsaved words: refused
    assert journal.editor.entry.id == entry_id and journal.editor.text() == "First words and more, 家人 🌱"
    dialogs.confirm_answer = False
    window.close()  # closing now would lose them: it asks, and staying is the default
    assert dialogs.asked[-1][0] == "Your latest words are not saved" and window.isVisible()
    monkeypatch.setattr(EntryStore, "update_text", real_update)  # space again
    qtbot.waitUntil(lambda: journal.editor.state_label.text() == "Saved", timeout=3000)
    assert window.services.journal.get_entry(entry_id).body == "First words and more, 家人 🌱"


def test_a_full_disk_is_reported_and_nothing_is_lost(qtbot, open_window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """On a real full disk: a 2 MB tmpfs (needs root; skipped where mounting is not allowed)."""
    import subprocess

    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here: the injected failure above covers this")
    try:
        monkeypatch.setattr(entry_editor, "RETRY_MS", 200)
        data_dir = mount / "journal"
        window = open_window(data_dir)
        journal = _journal(window)
        journal.start_entry(None)
        type_text(journal.editor.body_edit, "Kept safe")
        assert journal.save_now()
        filler = mount / "filler"
        with open(filler, "wb") as out:  # fill the disk to the last byte
            try:
                while True:
                    out.write(b"\0" * 65536)
                    out.flush()
            except OSError:
                pass
        words = "A long passage that will not fit. " * 40_000
        _paste(journal.editor, words)
        assert not journal.save_now()
        assert journal.editor.state_label.text().startswith("Not saved yet.")
        assert journal.editor.text() == "Kept safe" + words
        filler.unlink()  # space again: the retry saves it
        qtbot.waitUntil(lambda: journal.editor.state_label.text() == "Saved", timeout=5000)
        assert window.services.journal.get_entry(journal.editor.entry.id).body == "Kept safe" + words
        with window.services.db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        window.close()
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_the_page_is_written_in_the_writing_font_wherever_the_editor_sits(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from journal_app.ui import style

    app = QApplication.instance()
    style.apply(app)  # the app's style sheet is what used to put the UI font back
    window = open_window(data_dir)
    journal = _journal(window)
    journal.start_entry(None)
    wanted = style.writing_font(window.services.settings.get(TEXT_SIZE))
    try:
        for widget in (journal.editor.body_edit, journal.editor.reading):
            assert (widget.font().family(), widget.font().pointSize()) == (wanted.family(), wanted.pointSize())
    finally:
        app.setStyleSheet("")
