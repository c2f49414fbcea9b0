"""Prints p50/p99/max/throughput/errors per request of a Gatling HTML report (Gatling 3.12+ writes no stats.json)."""
import html
import re
import sys


def requests(page):
    """(name, total, errors, p50, p99, max) of each request row of a Gatling index.html; times in ms."""
    for row in re.findall(r'<tr id="req_[^"]*".*?</tr>', page, re.S):
        name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', row).group(1))
        cells = {col: int(value.replace(",", "")) if value.replace(",", "").isdigit() else value
                 for col, value in re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row)}
        yield name, cells["2"], cells["4"], cells["8"], cells["11"], cells["12"]


if __name__ == "__main__":
    page = open(sys.argv[1], encoding="utf-8").read()
    products, seconds = int(sys.argv[2]), int(sys.argv[3])
    print(f"\nN = {products:,} products; report: {sys.argv[1]}")
    print(f"{'scenario':<18} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'req/s':>7}")
    for name, total, errors, p50, p99, slowest in requests(page):
        if name.startswith("warm-up"):
            # the warm-up starts right after the restart: what the first shoppers of a new replica see
            print(f"{name:<26} {total:>8} {errors:>6} {p50:>7} {p99:>7} {slowest:>7}  (first seconds after the restart)")
            continue
        # each scenario runs alone for its phase, so its throughput is its completed requests over the phase
        print(f"{name:<18} {total:>8} {errors:>6} {p50:>7} {p99:>7} {slowest:>7} {total / seconds:>7.1f}")
