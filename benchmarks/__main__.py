"""`make bench`: run every benchmarks/bench_*.py module and print one table of results."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import benchmarks

Row = tuple[str, str, str, bool]


def collect() -> list[tuple[str, Row]]:
    """Each benchmark module's rows, tagged with the module's short name."""
    rows: list[tuple[str, Row]] = []
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        area = info.name.removeprefix("bench_")
        try:
            module = importlib.import_module(f"benchmarks.{info.name}")
            measured = module.measure()
        # One broken benchmark must not hide the others' figures.
        except Exception as error:
            measured = [("the benchmark itself", f"failed: {error}", "runs", False)]
        rows.extend((area, row) for row in measured)
    return rows


def main() -> int:
    """Print the table; exit 1 when a target is missed."""
    rows = collect()
    headers = ("area", "what", "measured", "target", "met")
    table = [
        (area, what, got, target, "yes" if met else "NO") for area, (what, got, target, met) in rows
    ]
    widths = [
        max(len(str(cell)) for cell in column) for column in zip(headers, *table, strict=False)
    ]
    for line in (headers, tuple("-" * w for w in widths), *table):
        print("  ".join(str(cell).ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
    return 0 if all(met for _, (_, _, _, met) in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
