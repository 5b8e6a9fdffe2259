#!/usr/bin/env python3
"""Make a benchmark archive: many article files and a sources.yaml, from the seeds.

  gen_archive.py SEED_DIR OUT_DIR [--mb 10] [--seed 1] [--articles N]

--articles N makes exactly N articles whatever their size (the archive index benchmark,
bench/run_archive, uses 100000).

Each article is one seed with every digit run replaced by a fresh random number of a
similar kind (years stay years, small numbers stay small; 15% written in Arabic-Indic
digits), so figures vary and claims conflict the way an archive's do. Publication dates
are spread over 2015-2024; outlets and ids vary. Deterministic (seeded RNG).
"""
import argparse
import datetime as dt
import glob
import os
import random
import re

DIGITS = re.compile(r"[0-9]+")
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
OUTLETS = ["Wire A", "Daily B", "Portal C", "Weekly D", "Agency E"]


def vary(text, rng):
    def repl(m):
        s = m.group(0)
        v = int(s)
        if len(s) == 4 and 1900 <= v <= 2099:
            out = str(rng.randint(1990, 2024))
        elif len(s) <= 2:
            out = str(rng.randint(1, 28))
        else:
            k = max(1, len(s) + rng.choice((-1, 0, 0, 1)))
            out = str(rng.randint(10 ** (k - 1), 10 ** k - 1))
        return out.translate(INDIC) if rng.random() < 0.15 else out
    return DIGITS.sub(repl, text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seed_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=int, default=0,
                    help="make exactly this many articles (overrides --mb)")
    a = ap.parse_args()
    seeds = [open(p, encoding="utf-8").read()
             for p in sorted(glob.glob(os.path.join(a.seed_dir, "*.txt")))]
    rng = random.Random(a.seed)
    os.makedirs(a.out_dir, exist_ok=True)
    total, n = 0, 0
    entries = []
    start = dt.date(2015, 1, 1)
    while (n < a.articles) if a.articles > 0 else (total < a.mb * 1e6):
        text = vary(rng.choice(seeds), rng)
        name = f"a{n:06d}.txt"
        sub = f"{n // 1000:03d}"
        os.makedirs(os.path.join(a.out_dir, sub), exist_ok=True)
        data = text.encode("utf-8")
        with open(os.path.join(a.out_dir, sub, name), "wb") as f:
            f.write(data)
        published = start + dt.timedelta(days=rng.randint(0, 3650))
        entries.append((f"a{n:06d}", f"{sub}/{name}", rng.choice(OUTLETS), published))
        total += len(data)
        n += 1
    with open(os.path.join(a.out_dir, "sources.yaml"), "w", encoding="utf-8") as f:
        f.write("sources:\n")
        for id_, file, outlet, published in entries:
            f.write(f'  - id: "{id_}"\n    file: {file}\n    outlet: {outlet}\n'
                    f"    language: ar\n    published: {published.isoformat()}\n")
    print(f"{n} articles, {total} bytes in {a.out_dir}")


if __name__ == "__main__":
    main()
