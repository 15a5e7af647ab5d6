#!/usr/bin/env python3
"""The issue-5 figures for `trendline extract`, measured in one run on corpora from make_corpus.py.

usage: measure.py --trendline PATH --small DIR [--large DIR] [--repeat 1]

Prints, for each corpus: wall time, MiB/s and peak RSS of `trendline extract` with --jobs 1
(single core) and with --jobs N (all cores), the parallel speed-up, the large/small time ratio
(linearity), and a baseline measured in the same run: `wc -l` reading the same files, so the
figures can be compared across machines as multiples of plain reading. Output goes to /dev/null.
Runs each measurement --repeat times and keeps the fastest (the machine may be shared).
"""
import argparse, glob, os, re, subprocess, sys, time

def corpus_bytes(d):
    files = sorted(glob.glob(os.path.join(d, '**', '*.txt'), recursive=True))
    if not files:
        sys.exit(f'measure: {d}: no .txt files (make one with make_corpus.py)')
    return files, sum(os.path.getsize(f) for f in files)

def run(cmd, repeat):
    """Fastest wall time, its peak RSS (KiB) and CPU seconds (user + sys) over `repeat` runs, by GNU time."""
    best = None
    for _ in range(repeat):
        r = subprocess.run(['/usr/bin/time', '-v', *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.exit(f'measure: {" ".join(cmd[:3])} … exited {r.returncode}:\n{r.stderr[-800:]}')
        wall = re.search(r'Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)', r.stderr)
        h, m, s = wall.groups()
        secs = int(h or 0) * 3600 + int(m) * 60 + float(s)
        rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', r.stderr).group(1))
        cpu = sum(float(x) for x in re.findall(r'(?:User|System) time \(seconds\): ([\d.]+)', r.stderr))
        if best is None or secs < best[0]:
            best = (secs, rss, cpu)
    return best

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--trendline', required=True)
    ap.add_argument('--small', required=True, help='corpus directory, e.g. 100 MiB')
    ap.add_argument('--large', help='corpus directory, e.g. 1 GiB (optional)')
    ap.add_argument('--jobs', type=int, default=os.cpu_count())
    ap.add_argument('--repeat', type=int, default=1)
    a = ap.parse_args()
    print(f'machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start')
    times = {}
    for name, d in (('small', a.small), ('large', a.large)):
        if d is None:
            continue
        files, size = corpus_bytes(d)
        mib = size / (1 << 20)
        base, _, _ = run(['sh', '-c', f'cat {d}/*.txt | wc -l'], a.repeat)
        one, rss1, cpu1 = run([a.trendline, 'extract', '--jobs', '1', d], a.repeat)
        par, rssn, cpun = run([a.trendline, 'extract', '--jobs', str(a.jobs), d], a.repeat)
        times[name] = (one, par)
        print(f'{name}: {d}: {len(files)} files, {mib:.0f} MiB')
        print(f'  baseline cat|wc -l     {base:8.2f} s {mib / base:9.1f} MiB/s')
        print(f'  extract --jobs 1       {one:8.2f} s {mib / one:9.1f} MiB/s  peak RSS {rss1 / 1024:6.1f} MiB'
              f'  ({base / one * 100:.1f}% of baseline speed; {mib / cpu1:.1f} MiB per CPU-second)')
        print(f'  extract --jobs {a.jobs:<2}      {par:8.2f} s {mib / par:9.1f} MiB/s  peak RSS {rssn / 1024:6.1f} MiB'
              f'  speed-up {one / par:.2f}x (CPU busy {cpun / par:.2f} of {a.jobs} cores)')
    if a.large:
      print(f'linearity: large/small time, --jobs 1: {times["large"][0] / times["small"][0]:.2f}x, '
            f'--jobs {a.jobs}: {times["large"][1] / times["small"][1]:.2f}x '
            f'(size ratio {corpus_bytes(a.large)[1] / corpus_bytes(a.small)[1]:.2f}x)')
    print(f'load average {os.getloadavg()[0]:.2f} at end')

if __name__ == '__main__':
    main()
