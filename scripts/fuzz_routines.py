#!/usr/bin/env python3
"""Long fuzz of the routine loader and validator: 10,000 hypothesis examples per test.

    .venv/bin/python scripts/fuzz_routines.py [--examples N]

Runs tests/core/test_fuzz_routines.py with COACH_FUZZ_EXAMPLES=N and prints how many cases
ran, the slowest case, and any failures. Exits with pytest's status.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = "tests/core/test_fuzz_routines.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="coach-fuzz-") as tmp:
        stats = Path(tmp) / "cases.txt"
        stats.touch()
        env = {
            **os.environ,
            "COACH_FUZZ_EXAMPLES": str(args.examples),
            "COACH_FUZZ_STATS": str(stats),
            "QT_QPA_PLATFORM": "offscreen",
        }
        command = [sys.executable, "-m", "pytest", TESTS, "-q", "-p", "no:cacheprovider"]
        print(f"$ COACH_FUZZ_EXAMPLES={args.examples} {' '.join(command[1:])}", flush=True)
        started = time.monotonic()
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        wall = time.monotonic() - started

        per_test: dict[str, list[float]] = {}
        for line in stats.read_text(encoding="utf-8").splitlines():
            name, seconds = line.rsplit(" ", 1)
            per_test.setdefault(name, []).append(float(seconds))

    print(result.stdout.rstrip())
    if result.stderr.strip():
        print(result.stderr.rstrip(), file=sys.stderr)
    total = sum(len(v) for v in per_test.values())
    slowest = max((max(v) for v in per_test.values()), default=0.0)
    print()
    print(f"{'test':<12} {'cases':>8} {'max s':>8} {'mean ms':>8}")
    for name, times in sorted(per_test.items()):
        mean_ms = 1000 * sum(times) / len(times)
        print(f"{name:<12} {len(times):>8} {max(times):>8.3f} {mean_ms:>8.2f}")
    print(f"cases run: {total} (generated and checked, shrinking included)")
    print(f"max time per case: {slowest:.3f} s (limit 1.0 s)")
    print(f"wall time: {wall:.0f} s")
    failures = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    print(f"failures: {len(failures)}")
    for line in failures:
        print(f"  {line}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
