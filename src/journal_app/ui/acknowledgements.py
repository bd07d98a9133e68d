"""What Today says when a session ends: short, kind, varied, never gushing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.content import Prompt
from ..domain.session import WritingSession, acknowledgement

_PLAIN = (
    "Thank you for giving this some time today.",
    "That's written down now, and it's yours.",
    "You stayed with something that matters. That counts.",
    "Whatever you wrote, it's saved, and it stays here with you.",
    "Time spent listening to yourself is time well spent.",
    "Another page you can come back to whenever you like.",
    "That took some care. Take a breath before you go on.",
    "You showed up for this today. That is enough.",
)
_HEAVY = "That was a heavy one. Go gently for the rest of the day."
_LOWER = ("It's all right if writing stirred things up. The grounding exercises in Support are there "
          "whenever you want one.")


def acknowledgement_text(session: WritingSession, prompt: Prompt | None) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Acknowledgements", text)

    lower = session.mood_before is not None and session.mood_after is not None and session.mood_after < session.mood_before
    if lower:
        return tr(_LOWER)
    if prompt is not None and prompt.intensity == "heavy":
        return tr(_HEAVY)
    return tr(_PLAIN[acknowledgement(session, len(_PLAIN))])
