"""Inputs of bench/throughput.sh: throughput_inputs.py LIST.csv OUT_DIR

Writes OUT_DIR/list-legacy.csv (the list as it is), list-native.csv (one product with a made-up GTIN-13 per maker of
the list, so that barcodes have something to find), paths-name.txt (check by name: every product and maker as
written, in lower case without accents, and with one letter dropped when long enough) and paths-barcode.txt (check
by barcode: those GTINs as EAN-13 and GTIN-14, and one in ten unknown).
"""
import csv
import re
import shutil
import sys
import unicodedata
from urllib.parse import quote

source, out = sys.argv[1], sys.argv[2]
shutil.copyfile(source, f"{out}/list-legacy.csv")
with open(source, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))


def maker(brand):
    return re.sub(r"\s*\(.*\)\s*$", "", brand).strip()


def plain(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def gtin13(n):
    digits = f"590{n:09d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


makers = sorted({maker(r["brand"]) for r in rows if r["brand"].strip()})
names = sorted({r["boycott_product"].strip() for r in rows if r["boycott_product"].strip() not in ("", "N/A", "-")})
gtins = [gtin13(i + 1) for i in range(len(makers))]
with open(f"{out}/list-native.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow("record,company,brand,product,parent,country,category,barcodes,reason,severity,sources,since,status,"
               "suggested_company,suggested_brand,suggested_product,note".split(","))
    for m, g in zip(makers, gtins):
        # the file names what it refers to; the import matches these records with the stored maker
        w.writerow(["company", m] + [""] * 15)
        w.writerow(["brand", m, m] + [""] * 14)
        w.writerow(["product", m, m, f"{m} Classic", "", "", "Food", g] + [""] * 9)

queries = []
for name in names + makers:
    queries += [name, plain(name)]
    if len(name) >= 9:
        queries.append(name[:4] + name[5:])
with open(f"{out}/paths-name.txt", "w", encoding="utf-8") as f:
    for q in queries:
        f.write(f"/api/v1/check?q={quote(q)}\n")
with open(f"{out}/paths-barcode.txt", "w", encoding="utf-8") as f:
    for i, g in enumerate(gtins):
        f.write(f"/api/v1/check?barcode={g}\n/api/v1/check?barcode=0{g}\n")
        if i % 5 == 0:
            f.write(f"/api/v1/check?barcode={gtin13(900000 + i)}\n")
