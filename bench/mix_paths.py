"""Request mixes over a catalog for bench/saturation.sh: mix_paths.py NAMES BARCODES OUT_DIR [COUNT]

NAMES holds one name per line (products, brands and companies), BARCODES one GTIN-14 per line. Writes COUNT
(default 300,000) request paths to OUT_DIR/paths-zipf.txt and OUT_DIR/paths-uniform.txt, two in three a check by
barcode and one in three a check by name. The Zipf mix draws the k-th most popular item with a probability
proportional to 1/k (exponent 1, over a fixed shuffle of the catalog, so popularity is not alphabetical): a few
products are scanned very often and most rarely, as in shops. The uniform mix draws every item alike: the worst
case for any cache.
"""
import bisect
import itertools
import random
import sys
from urllib.parse import quote

names_file, barcodes_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
count = int(sys.argv[4]) if len(sys.argv) > 4 else 300_000
rng = random.Random(13)
names = [line.rstrip("\n") for line in open(names_file, encoding="utf-8") if line.strip()]
barcodes = [line.strip() for line in open(barcodes_file, encoding="utf-8") if line.strip()]
rng.shuffle(names)
rng.shuffle(barcodes)


def zipf_sampler(size):
    cumulative = list(itertools.accumulate(1.0 / rank for rank in range(1, size + 1)))
    return lambda: bisect.bisect_left(cumulative, rng.random() * cumulative[-1])


def write(path, pick_name, pick_barcode):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            if i % 3 == 2:
                f.write(f"/api/v1/check?q={quote(names[pick_name()])}\n")
            else:
                f.write(f"/api/v1/check?barcode={barcodes[pick_barcode()]}\n")


write(f"{out}/paths-zipf.txt", zipf_sampler(len(names)), zipf_sampler(len(barcodes)))
write(f"{out}/paths-uniform.txt", lambda: rng.randrange(len(names)), lambda: rng.randrange(len(barcodes)))
print(f"mixes of {count:,} requests over {len(names):,} names and {len(barcodes):,} barcodes")
