#!/usr/bin/env python3
"""Throughput of Trendline and the tools users reach for today, on the same text in one run.

usage: peers.py --corpus DIR_OR_FILES... [--trendline PATH] [--sample-mb 4] [--venv /tmp/trendline-peers-venv]

Peers (installed with pip into a virtualenv under /tmp, never into the project):
  JioNLP             jio.ner.extract_money (money only)
  Recognizers-Text   Microsoft's Python port, Chinese currency and percentage models

All tools read the same sample: the first --sample-mb MiB of the corpus files (sorted by path),
split into paragraphs at line breaks. The peers are called once per non-empty paragraph, the way
they are meant to be used; Trendline reads the sample files with `trendline extract --jobs 1`
(single core, claims written to a temporary file). Only the extraction is timed: interpreter start-up,
imports and model construction are not, and neither is Trendline's process start-up (measured on a
one-line file and taken off; the fastest of three runs of each). Prints MiB/s per tool and Trendline's speed as a multiple of each.
"""
import argparse, glob, os, subprocess, sys, tempfile, time

# the suite is only published as a pre-release, and it imports a name emoji 1.0 removed
PEERS = ['jionlp', 'recognizers-text-suite==1.0.2a2', 'emoji<1.0']

def ensure_venv(venv):
    """Re-run this script inside a virtualenv that has the peers, creating it when needed."""
    if os.path.realpath(sys.prefix) == os.path.realpath(venv):
        return
    py = os.path.join(venv, 'bin', 'python')
    if not os.path.exists(py):
        print(f'peers: creating {venv}', file=sys.stderr)
        subprocess.run([sys.executable, '-m', 'venv', venv], check=True)
    probe = subprocess.run([py, '-c', 'import jionlp, recognizers_number_with_unit, recognizers_number'],
                           capture_output=True)
    if probe.returncode != 0:
        print(f'peers: pip install {" ".join(PEERS)}', file=sys.stderr)
        subprocess.run([py, '-m', 'pip', 'install', '-q', *PEERS], check=True)
    os.execv(py, [py, os.path.abspath(__file__), *sys.argv[1:]])

def sample_files(paths, limit):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(f for f in glob.glob(os.path.join(p, '**', '*'), recursive=True)
                            if f.endswith(('.txt', '.md')) and os.path.isfile(f))
        elif os.path.isfile(p):
            files.append(p)
        else:
            sys.exit(f'peers: {p}: no such file or directory')
    chosen, total = [], 0
    for f in files:
        if total >= limit:
            break
        chosen.append(f)
        total += os.path.getsize(f)
    if not chosen:
        sys.exit('peers: the corpus holds no .txt or .md files')
    return chosen, total

def timed(fn, paragraphs):
    found = 0
    t0 = time.perf_counter()
    for p in paragraphs:
        found += len(fn(p))
    return time.perf_counter() - t0, found

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', nargs='+', required=True, help='corpus directory or files (make_corpus.py output)')
    ap.add_argument('--trendline', default=os.path.join(here, '..', '..', '.build', 'release', 'trendline'),
                    help='the trendline binary, built with swift build -c release (default: ../../.build/release)')
    ap.add_argument('--sample-mb', type=float, default=4, help='MiB of text every tool reads (4)')
    ap.add_argument('--recognizers-mb', type=float, default=0.25,
                    help='MiB of the sample Recognizers-Text reads (0.25; it runs at tens of KiB/s)')
    ap.add_argument('--venv', default='/tmp/trendline-peers-venv')
    a = ap.parse_args()
    if not os.access(a.trendline, os.X_OK):
        sys.exit(f'peers: {a.trendline}: not an executable; build it with `swift build -c release` or pass --trendline')
    ensure_venv(a.venv)

    files, size = sample_files(a.corpus, int(a.sample_mb * (1 << 20)))
    mib = size / (1 << 20)
    paragraphs = []
    for f in files:
        paragraphs += [l for l in open(f, encoding='utf-8-sig').read().split('\n') if l.strip()]
    print(f'sample: {len(files)} files, {mib:.2f} MiB, {len(paragraphs)} paragraphs', file=sys.stderr)

    results = []  # (tool, seconds, found)

    # Trendline, single core; the claims go to a temp file and are counted. As for the peers, start-up is
    # not timed: the process's start and rule tables cost the same for one line as for the sample, so the
    # fastest of three runs on a one-line file is taken off the fastest of three runs on the sample (the
    # sample takes a tenth of a second, so a single run is mostly noise).
    def run_trendline(paths):
        best, found = None, 0
        for _ in range(3):
            with tempfile.TemporaryFile() as out:
                t0 = time.perf_counter()
                r = subprocess.run([a.trendline, 'extract', '--jobs', '1', *paths], stdout=out, stderr=subprocess.PIPE)
                secs = time.perf_counter() - t0
                if r.returncode != 0:
                    sys.exit(f'peers: trendline failed ({r.returncode}): {r.stderr.decode()[:500]}')
                out.seek(0)
                found = sum(1 for _ in out)
            best = secs if best is None else min(best, secs)
        return best, found
    with tempfile.TemporaryDirectory() as d:
        one = os.path.join(d, 'one.txt')
        with open(one, 'w', encoding='utf-8') as f:
            f.write('规模达1亿元。\n')
        startup, _ = run_trendline([one])
    secs, found = run_trendline(files)
    print(f'trendline start-up (not timed, like the peers\' imports): {startup * 1000:.0f} ms; '
          f'with it the sample takes {secs:.3f} s', file=sys.stderr)
    results.append(('trendline extract (full: all units + linking)', max(secs - startup, 1e-6), found))

    import jionlp as jio
    jio.ner.extract_money('热身：投资超过1.2亿元。')      # load its dictionaries before timing
    secs, found = timed(jio.ner.extract_money, paragraphs)
    results.append(('JioNLP extract_money (money only)', secs, found))

    from recognizers_text import Culture
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    currency = NumberWithUnitRecognizer(Culture.Chinese).get_currency_model()
    percentage = NumberRecognizer(Culture.Chinese).get_percentage_model()
    currency.parse('热身：投资超过1.2亿元。'); percentage.parse('增长5%')
    # Recognizers-Text is slow: it reads the first --recognizers-mb of the same paragraphs.
    budget, part = int(a.recognizers_mb * (1 << 20)), []
    for p in paragraphs:
        if budget <= 0:
            break
        part.append(p)
        budget -= len(p.encode()) + 1
    part_mib = sum(len(p.encode()) + 1 for p in part) / (1 << 20)
    secs, found = timed(lambda p: currency.parse(p) + percentage.parse(p), part)
    results.append(('Recognizers-Text currency + percentage (zh)', secs * mib / part_mib, found))

    base = results[0][1]
    print(f'\n{"tool":<48} {"MiB/s":>9} {"found":>9} {"trendline is":>14}')
    for tool, secs, found in results:
        ratio = '' if tool.startswith('trendline') else f'{secs / base:.1f}x faster'
        print(f'{tool:<48} {mib / secs:9.2f} {found:9d} {ratio:>14}')
    print(f'(Recognizers-Text read {part_mib:.2f} MiB of the sample; its time is scaled to the whole sample, '
          f'its count is for the part it read)')

if __name__ == '__main__':
    main()
