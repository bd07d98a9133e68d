"""`python -m bench` (`make bench`): generate what is missing, time start-up, write REPORT.md.

    python -m bench [--runs N] [--sizes empty,ten-years,100k] [--regenerate]
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

from . import content_load, editing, generate, journal_list, machine, progress, report, startup

REPORT = Path(__file__).resolve().parent / "REPORT.md"


def _sizes(text: str) -> list[str]:
    sizes = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in generate.SIZES]
    if unknown or not sizes:
        raise argparse.ArgumentTypeError(
            f"unknown size {', '.join(unknown) or '(none)'}; choose from {', '.join(generate.SIZES)}")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, metavar="N",
                        help="timed start-ups per case (default 15)")
    parser.add_argument("--sizes", type=_sizes, default=list(generate.SIZES),
                        help="journals to time, comma-separated (default: empty,ten-years,100k)")
    parser.add_argument("--regenerate", action="store_true",
                        help="remake the journals even if bench/data holds current ones")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    command = "python -m bench " + " ".join(argv if argv is not None else sys.argv[1:])
    started = datetime.now().astimezone()

    records: dict[str, tuple[generate.Generated, bool]] = {}
    for size in args.sizes:
        t = time.perf_counter()
        record, fresh = generate.ensure_journal(size, args.regenerate)
        records[size] = (record, fresh)
        print(("generated " if fresh else "reused ") + generate.describe(record)
              + (f" [{time.perf_counter() - t:.1f} s wall]" if fresh else ""), flush=True)

    floor = startup.floor_case()
    cases = [floor] + [startup.app_case(s, generate.bench_journal_dir(s)) for s in args.sizes]
    load_before = machine.load_average()
    timings = startup.measure(cases, args.runs, progress=lambda line: print(line, flush=True))

    content = content_load.measure(max(args.runs, 30))
    edits = editing.measure(max(args.runs, 30))
    lists = {size: journal_list.measure(generate.bench_journal_dir(size), max(args.runs, 20))
             for size in args.sizes if size != "empty"}
    progresses = {size: progress.measure(generate.bench_journal_dir(size), max(args.runs // 2, 5))
                  for size in args.sizes if size != "empty"}
    journals = {
        size: report.Journal(record, fresh, generate.journal_bytes(generate.bench_journal_dir(size)))
        for size, (record, fresh) in records.items()
    }
    text = report.render(machine=machine.describe(load_before), started=started,
                         finished=datetime.now().astimezone(), command=command.strip(),
                         runs=args.runs, journals=journals, timings=timings, floor_name=floor.name, content=content,
                         editing=edits, lists=lists, progresses=progresses)
    REPORT.write_text(text, encoding="utf-8")
    summary = text.split("## Summary", 1)[1].split("## Machine", 1)[0].strip()
    print(f"\n{summary}\n\nwrote {REPORT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
