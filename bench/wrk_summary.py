"""Prints one line of a wrk --latency report: wrk_summary.py LABEL REPORT -> requests/s, p50, p99, errors."""
import re
import sys

label, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()


def latency(percentile):
    m = re.search(rf"^\s*{percentile}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(int(g) for g in socket.groups()) if socket else 0)
total = re.search(r"(\d+) requests in", text).group(1)
print(f"{label}: {rps:,.0f} requests/s, p50 {latency(50):.2f} ms, p99 {latency(99):.2f} ms, "
      f"{errors} errors in {int(total):,} requests")
