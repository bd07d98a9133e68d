"""The prompt of the day: stable within a date, no early repeats, respects settings."""
from __future__ import annotations

from datetime import date, timedelta

from journal_app.domain.content import Citation, Prompt
from journal_app.domain.daily_prompt import choose_daily_prompt


def prompt(pid: str, intensity: str = "gentle", audience: str = "everyone") -> Prompt:
    return Prompt(pid, "first-week", f"text of {pid}", ("a", "b"), intensity, audience,
                  Citation("bts-solidarity", "S", "s"), content_note="note" if intensity == "heavy" else None)


POOL = [prompt(f"g{n}") for n in range(5)] + [prompt(f"m{n}", "moderate") for n in range(3)] + [
    prompt("h0", "heavy"), prompt("a0", audience="asian-descent")]
DAY = date(2026, 11, 23)


def test_same_choice_for_the_same_day_and_state() -> None:
    assert choose_daily_prompt(POOL, DAY, audiences=("asian-descent",)) == \
        choose_daily_prompt(list(reversed(POOL)), DAY, audiences=("asian-descent",))


def test_gentle_prompts_come_first() -> None:
    shown: dict[str, date] = {}
    picks = []
    for n in range(6):
        day = DAY + timedelta(days=n)
        chosen = choose_daily_prompt(POOL, day, audiences=("asian-descent",), last_shown=shown)
        shown[chosen.id] = day
        picks.append(chosen)
    assert [p.intensity for p in picks] == ["gentle"] * 6  # five g's and the gentle a0
    seventh = choose_daily_prompt(POOL, DAY + timedelta(days=6), audiences=("asian-descent",), last_shown=shown)
    assert seventh.intensity == "moderate"


def test_no_repeat_while_the_pool_allows_then_least_recently_shown_returns() -> None:
    shown: dict[str, date] = {}
    fitting = [p for p in POOL if p.intensity != "heavy" and p.audience == "everyone"]
    for n in range(len(fitting)):
        day = DAY + timedelta(days=n)
        chosen = choose_daily_prompt(POOL, day, depth="moderate", last_shown=shown)
        assert chosen.id not in shown
        shown[chosen.id] = day
    oldest = min(shown, key=shown.get)
    again = choose_daily_prompt(POOL, DAY + timedelta(days=len(fitting)), depth="moderate", last_shown=shown)
    assert again.id == oldest


def test_prompts_answered_in_the_last_30_days_wait() -> None:
    answered = {p.id: DAY - timedelta(days=3) for p in POOL if p.id != "g4"}
    assert choose_daily_prompt(POOL, DAY, last_answered=answered).id == "g4"
    long_ago = {p.id: DAY - timedelta(days=45) for p in POOL}
    assert choose_daily_prompt(POOL, DAY, last_answered=long_ago) is not None


def test_depth_and_audience_settings_are_respected() -> None:
    for n in range(30):
        day = DAY + timedelta(days=n)
        gentle = choose_daily_prompt(POOL, day, depth="gentle", last_shown={})
        assert gentle.intensity == "gentle" and gentle.audience == "everyone"
    only_moderate_left = {p.id: DAY for p in POOL if p.intensity == "gentle"}
    assert choose_daily_prompt(POOL, DAY, depth="moderate", last_shown=only_moderate_left).intensity == "moderate"
    chosen_with_audience = {choose_daily_prompt(POOL, DAY + timedelta(days=n), audiences=("asian-descent",))
                            for n in range(60)}
    assert any(p.audience == "asian-descent" for p in chosen_with_audience)
    assert all(p.audience == "everyone" for p in
               (choose_daily_prompt(POOL, DAY + timedelta(days=n)) for n in range(60)))


def test_a_small_pool_falls_back_and_an_empty_one_gives_none() -> None:
    tiny = [prompt("only")]
    assert choose_daily_prompt(tiny, DAY, last_shown={"only": DAY - timedelta(days=1)}).id == "only"
    assert choose_daily_prompt([prompt("h", "heavy")], DAY, depth="gentle") is None
