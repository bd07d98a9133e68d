"""What a person can do to prompts beyond writing: write their own, edit or delete
them, and import a pack. Each change refreshes the shared catalog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ...content.problems import ContentError
from ...domain.content import Prompt
from ...domain.errors import JournalError
from .. import messages
from ..plural import plural


class PromptActions(QObject):
    def __init__(self, prompts, holder, dialogs, parent) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._prompts, self._holder, self._dialogs, self._parent = prompts, holder, dialogs, parent

    def _refresh(self) -> None:
        self._holder.set(self._holder.base, self._prompts.full_catalog(self._holder.base))

    def write_own(self) -> Prompt | None:
        values = self._dialogs.own_prompt(self._parent, self._holder.current, None)
        if values is None:
            return None
        return self._saving(lambda: self._prompts.add_own_prompt(**values))

    def edit_own(self, prompt: Prompt) -> Prompt | None:
        values = self._dialogs.own_prompt(self._parent, self._holder.current, prompt)
        if values is None:
            return None
        return self._saving(lambda: self._prompts.update_own_prompt(prompt.id, **values))

    def delete_own(self, prompt: Prompt) -> None:
        if self._dialogs.confirm(
            self._parent, self.tr("Delete this prompt?"),
            self.tr("Entries you wrote in answer to it stay in your journal."), self.tr("Delete"),
        ):
            self._saving(lambda: self._prompts.delete_own_prompt(prompt.id))

    def _saving(self, change):  # noqa: ANN001, ANN202
        try:
            result = change()
        except JournalError as exc:
            self._dialogs.error(self._parent, *messages.describe(exc))
            return None
        self._refresh()
        return result

    def import_pack(self) -> None:
        path = self._dialogs.open_file(self._parent, self.tr("Import a prompt pack"),
                                       self.tr("Prompt packs (*.toml)"))
        if path is None:
            return
        try:
            pack = self._prompts.import_pack(Path(path), self._holder.base)
        except ContentError as exc:
            self._dialogs.error(self._parent, self.tr("This pack was not imported"),
                                messages.describe_content_problems(exc.problems))
            return
        except JournalError as exc:
            self._dialogs.error(self._parent, *messages.describe(exc))
            return
        self._refresh()
        self._dialogs.information(
            self._parent, self.tr("Pack imported"),
            plural(len(pack.prompts), "“%1” added %n prompt.", "“%1” added %n prompts.").replace("%1", pack.title))
