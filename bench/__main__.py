"""`python -m bench` (`make bench`): generate what is missing, time start-up, write REPORT.md.

    python -m bench [--runs N] [--sizes empty,ten-years,100k] [--regenerate]
                    [--only MEASURES | --skip MEASURES] [--kills N] [--imports N]

MEASURES, comma-separated, from: import, startup, content, editing, list, progress,
memory, kills, scroll (default: all of them).
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

from . import (
    content_load,
    editing,
    generate,
    importing,
    journal_list,
    kills,
    machine,
    memory,
    progress,
    report,
    scroll,
    startup,
)

REPORT = Path(__file__).resolve().parent / "REPORT.md"
MEASURES = ("import", "startup", "content", "editing", "list", "progress", "memory", "kills", "scroll")


def _sizes(text: str) -> list[str]:
    sizes = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in generate.SIZES]
    if unknown or not sizes:
        raise argparse.ArgumentTypeError(
            f"unknown size {', '.join(unknown) or '(none)'}; choose from {', '.join(generate.SIZES)}")
    return sizes


def _measures(text: str) -> set[str]:
    chosen = {m.strip() for m in text.split(",") if m.strip()}
    unknown = chosen - set(MEASURES)
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown measure {', '.join(sorted(unknown)) or '(none)'}; choose from {', '.join(MEASURES)}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, metavar="N",
                        help="timed start-ups per case (default 15)")
    parser.add_argument("--sizes", type=_sizes, default=list(generate.SIZES),
                        help="journals to time, comma-separated (default: empty,ten-years,100k)")
    parser.add_argument("--regenerate", action="store_true",
                        help="remake the journals even if bench/data holds current ones")
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--only", type=_measures, metavar="MEASURES",
                        help=f"run only these, comma-separated ({', '.join(MEASURES)})")
    chosen.add_argument("--skip", type=_measures, default=set(), metavar="MEASURES",
                        help="run all but these")
    parser.add_argument("--imports", type=int, default=importing.RUNS, metavar="N",
                        help=f"timed imports per size (default {importing.RUNS})")
    parser.add_argument("--kills", type=int, default=kills.KILLS, metavar="N",
                        help=f"SIGKILLs while writing (default {kills.KILLS}, the target)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    run = set(args.only or MEASURES) - args.skip
    command = "python -m bench " + " ".join(argv if argv is not None else sys.argv[1:])
    started = datetime.now().astimezone()

    records: dict[str, tuple[generate.Generated, bool]] = {}
    for size in args.sizes:
        t = time.perf_counter()
        record, fresh = generate.ensure_journal(size, args.regenerate)
        records[size] = (record, fresh)
        print(("generated " if fresh else "reused ") + generate.describe(record)
              + (f" [{time.perf_counter() - t:.1f} s wall]" if fresh else ""), flush=True)

    sized = [s for s in args.sizes if s != "empty"]
    timings = floor = None
    load_before = machine.load_average()
    imports = ({size: importing.measure(size, args.imports, progress=lambda line: print(line, flush=True))
                for size in sized} if "import" in run else None)
    if "startup" in run:
        floor = startup.floor_case()
        cases = [floor] + [startup.app_case(s, generate.bench_journal_dir(s)) for s in args.sizes]
        timings = startup.measure(cases, args.runs, progress=lambda line: print(line, flush=True))
    memories = (memory.measure(args.sizes, max(3, args.runs // 5), progress=lambda line: print(line, flush=True))
                if "memory" in run else None)
    killed = None
    if "kills" in run:
        generate.ensure_journal("ten-years")  # the kills go into a copy of it
        killed = kills.measure(args.kills, progress=lambda line: print(line, flush=True))
        print(kills.describe(killed), flush=True)

    content = content_load.measure(max(args.runs, 30)) if "content" in run else None
    edits = editing.measure(max(args.runs, 30)) if "editing" in run else None
    lists = ({size: journal_list.measure(generate.bench_journal_dir(size), max(args.runs, 20)) for size in sized}
             if "list" in run else None)
    progresses = ({size: progress.measure(generate.bench_journal_dir(size), max(args.runs // 2, 5)) for size in sized}
                  if "progress" in run else None)
    scrolls = {}
    for size in sized if "scroll" in run else ():
        scrolls[size] = scroll.measure(generate.bench_journal_dir(size))
        print(f"scrolled the {size} list: {len(scrolls[size].all_frames()):,} frames, longest "
              f"{max(scrolls[size].all_frames()):.0f} ms", flush=True)
    journals = {
        size: report.Journal(record, fresh, generate.journal_bytes(generate.bench_journal_dir(size)))
        for size, (record, fresh) in records.items()
    }
    text = report.render(machine=machine.describe(load_before), started=started,
                         finished=datetime.now().astimezone(), command=command.strip(),
                         runs=args.runs, journals=journals, timings=timings,
                         floor_name=floor.name if floor else None, content=content,
                         editing=edits, lists=lists, progresses=progresses, memory=memories, kills=killed,
                         scrolls=scrolls if "scroll" in run else None, imports=imports,
                         skipped=[m for m in MEASURES if m not in run])
    REPORT.write_text(text, encoding="utf-8")
    summary = text.split("## Summary", 1)[1].split("## Machine", 1)[0].strip()
    print(f"\n{summary}\n\nwrote {REPORT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
