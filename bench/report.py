"""Prints p50/p99/max/throughput/errors per request of a Gatling HTML report (Gatling 3.12+ writes no stats.json)."""
import html
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
products, seconds = int(sys.argv[2]), int(sys.argv[3])
print(f"\nN = {products:,} products; report: {sys.argv[1]}")
print(f"{'scenario':<18} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'req/s':>7}")
for row in re.findall(r'<tr id="req_[^"]*".*?</tr>', page, re.S):
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', row).group(1))
    cells = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    if name.startswith("warm-up"):
        continue
    # each scenario runs alone for its phase, so its throughput is its completed requests over the phase
    total = int(cells["2"].replace(",", ""))
    print(f"{name:<18} {total:>8} {cells['4']:>6} {cells['8']:>7} {cells['11']:>7} {cells['12']:>7} "
          f"{total / seconds:>7.1f}")
