"""Compares a Gatling report with bench/load-thresholds.properties: prints one line per request, fails (exit 1)
when the errors exceed max-errors, warns (GitHub annotation on Actions) for each p99 above its threshold."""
import os
import sys

from report import requests


def thresholds(path):
    values = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = int(value.strip())
    return values


def say(level, message):
    print(f"::{level}::{message}" if os.environ.get("GITHUB_ACTIONS") == "true" else f"{level}: {message}")


def main(report, limits_file):
    limits = thresholds(limits_file)
    rows = list(requests(open(report, encoding="utf-8").read()))
    if not rows:
        say("error", f"no request in {report}")
        return 1
    print(f"{'request':<26} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p99 ms':>7} {'limit':>7} {'max ms':>7}")
    slow = []
    for name, total, errors, p50, p99, slowest in rows:
        # the warm-up compiles and prepares; only the measured phases have a p99 threshold
        limit = limits.get("p99-ms." + name.replace(" ", "-"))
        print(f"{name:<26} {total:>8} {errors:>6} {p50:>7} {p99:>7} {limit if limit else '-':>7} {slowest:>7}")
        if limit is not None and p99 > limit:
            slow.append(f"{name} p99 {p99} ms > {limit} ms")
    errors = sum(row[2] for row in rows)
    allowed = limits.get("max-errors", 0)
    for line in slow:
        say("warning", f"load check: {line} (threshold in {os.path.basename(limits_file)})")
    if errors > allowed:
        say("error", f"load check: {errors} failed requests (at most {allowed} allowed)")
        return 1
    print(f"load check: PASS ({sum(row[1] for row in rows)} requests, {errors} errors, "
          f"{len(slow)} p99 over threshold)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
