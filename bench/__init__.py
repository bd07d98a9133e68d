"""Speed measurements for Intertwined (`make bench`, `python -m bench`).

Not a test suite: nothing here asserts a time. It generates realistic journals
(`bench.generate`), times start-up against a floor measured in the same run
(`bench.startup`, `bench/floor_window.py`) and writes `bench/REPORT.md`.
"""
