"""One line of a PathsAtRateSimulation report: rate_summary.py INDEX_HTML LABEL RATE SECONDS."""
import sys

import report

page = open(sys.argv[1], encoding="utf-8").read()
label, rate, seconds = sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
for name, total, errors, p50, p99, slowest in report.requests(page):
    if name == "at rate":
        print(f"{label} at {rate:,.0f} requests/s offered: {total / seconds:,.0f} answered per second, "
              f"p50 {p50} ms, p99 {p99} ms, max {slowest} ms, {errors} errors")
