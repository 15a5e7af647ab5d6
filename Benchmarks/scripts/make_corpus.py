#!/usr/bin/env python3
"""Build a large news corpus for throughput measurements from the project's own articles.

usage: make_corpus.py --size 100M --out /tmp/trendline-corpus-100M [--file-size 256K]
                      [--sources 'Datasets/articles/*.txt' ...] [--seed 1]

Each output file is a "feed": a front-matter block with a date, then source articles
(their own front matter removed) one after another until the file reaches --file-size.
Every figure of an article copy (dates excepted) is re-drawn with a seeded RNG, so no two copies state the
same figures and nothing downstream can profit from repeated text; the character mix
(Chinese text, numbers, units, punctuation, line breaks) stays that of the sources.
The same arguments always produce the same bytes.
"""
import argparse, glob, os, random, re, sys

def parse_size(s):
    m = re.fullmatch(r'\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*', s, re.I)
    if not m:
        raise argparse.ArgumentTypeError(f'not a size: {s!r} (use e.g. 100M, 1G, 256K)')
    return int(float(m.group(1)) * {'': 1, 'K': 1 << 10, 'M': 1 << 20, 'G': 1 << 30}[m.group(2).upper()])

FRONT = re.compile(r'\A---\n.*?\n---\n', re.S)

def load_sources(patterns):
    paths = sorted({p for pat in patterns for p in glob.glob(pat, recursive=True) if os.path.isfile(p)})
    texts = []
    for p in paths:
        try:
            t = open(p, encoding='utf-8-sig').read()
        except (OSError, UnicodeDecodeError) as e:
            print(f'make_corpus: skipping {p}: {e}', file=sys.stderr)
            continue
        t = FRONT.sub('', t).strip()
        if t:
            texts.append(t + '\n\n')
    return paths, texts

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_src = os.path.join(here, '..', '..', 'Datasets', 'articles', '*.txt')
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--size', type=parse_size, required=True, help='total size, e.g. 100M or 1G')
    ap.add_argument('--out', required=True, help='output directory (created; existing feed files replaced)')
    ap.add_argument('--file-size', type=parse_size, default=parse_size('256K'), help='size of each file (256K)')
    ap.add_argument('--sources', nargs='+', default=[default_src], help='glob(s) of UTF-8 source articles')
    ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()

    paths, texts = load_sources(a.sources)
    if not texts:
        sys.exit(f'make_corpus: no readable source text in {a.sources}')
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    for old in glob.glob(os.path.join(a.out, 'feed-*.txt')):
        os.remove(old)

    digits = '0123456789'
    def new_number(m):
        return ''.join(digits[rng.randrange(1, 10)] if i == 0 and c != '0' else
                       (digits[rng.randrange(10)] if c.isdigit() else c)
                       for i, c in enumerate(m.group(0)))
    # dates keep their digits (2025年3月29日 stays a date); every other figure is re-drawn
    date_or_number = re.compile(r'\d+(?:\.\d+)?(?=[年月日号])|(\d+(?:\.\d+)?)')
    def redraw(t):
        return date_or_number.sub(lambda m: new_number(m) if m.group(1) else m.group(0), t)

    written, index = 0, 0
    while written < a.size:
        budget = min(a.file_size, a.size - written)
        day = index % 28 + 1
        parts = [f'---\ndate: 2025-{index % 12 + 1:02d}-{day:02d}\nsource: synthetic feed {index}\n---\n']
        size = len(parts[0].encode())
        while size < budget:
            piece = redraw(texts[rng.randrange(len(texts))])
            parts.append(piece)
            size += len(piece.encode())
        data = ''.join(parts).encode()
        with open(os.path.join(a.out, f'feed-{index:06d}.txt'), 'wb') as f:
            f.write(data)
        written += len(data)
        index += 1
    print(f'make_corpus: {index} files, {written / (1 << 20):.1f} MiB from {len(texts)} source articles '
          f'in {a.out}', file=sys.stderr)

if __name__ == '__main__':
    main()
