"""Scale benchmark: articles/s for 1 and 2 workers, and peak memory as the corpus grows.

usage: python benchmarks/scale.py [--speed 2000] [--memory 2000 8000] [--sentences 14]
       [--shared ../shared] [--workdir DIR]

Makes the corpora with benchmarks/corpus.py (real sentences recombined, folders of files of
500 articles; a smaller corpus is a prefix of a larger one), then runs `graphbuild build CORPUS -o OUTDIR` as a separate
process for each configuration (its progress read from a pipe):

- speed: the --speed corpus with --workers 1 and --workers 2; articles/s over the whole
  command (model loading and cluster start included) and the ratio of the two (target:
  2 workers >= 1.7x one on a 2-core machine). Each run also prints the load average when it
  started and the CPU seconds of its processes (client and workers, and of the client alone:
  what it does besides waiting for the workers) and the serial tail, the seconds from the end
  of extraction to the end of the command: a ratio of wall times means something only on
  an otherwise idle machine, and the script says when it was not. The two outputs are compared
  file by file;
- memory: each --memory corpus with --workers 2; the peak RSS of the client (the build
  process) and of each worker process (Linux VmHWM, read every 0.2 s while they run: the
  last fraction of a second of the client is missed; the client's peak is also taken when
  the events and incidents are written, before the RDF writer and the network), and the ratio of
  the largest corpus's peaks to the smallest's (target: within 15%, memory bounded by the
  actors and pairs, not by the articles).

The 2-worker speed run doubles as the memory run of the same size. The script ends with its
own run time; smaller --speed, --memory or --sentences (mean sentences per article) make it shorter.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402  (the generator beside this script)

GRAPHBUILD = Path(sys.executable).parent / "graphbuild"
PROGRESS = re.compile(r"graphbuild: \d+(/\d+)? articles, ")  # a line every few seconds


def _hwm_kib(proc: psutil.Process) -> int:
    """Peak resident set of a live process, in KiB (VmHWM; the current RSS elsewhere)."""
    try:
        for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    try:
        return proc.memory_info().rss // 1024
    except psutil.Error:
        return 0


def _is_worker(proc: psutil.Process) -> bool:
    try:
        cmd = " ".join(proc.cmdline())
    except psutil.Error:
        return False
    return ("spawn_main" in cmd or "forkserver" in cmd) and "resource_tracker" not in cmd


def run(corpus_path: Path, workers: int, outdir: Path) -> dict:
    """One build as its own process: seconds, client peak and worker peaks (MiB)."""
    shutil.rmtree(outdir, ignore_errors=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    load = os.getloadavg()[0]
    start = time.monotonic()
    # Progress on, to a pipe: its closing line marks the end of extraction, and what follows is
    # the serial tail (incidents, network, GraphML, page, RDF), written by the client alone.
    proc = subprocess.Popen([str(GRAPHBUILD), "build", str(corpus_path), "-o", str(outdir),
                             "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env=env)
    extracted = [0.0]

    def progress() -> None:
        for line in proc.stderr:
            if " extracted in " in line:
                extracted[0] = time.monotonic()
            elif not PROGRESS.match(line):
                sys.stderr.write(line)

    reader = threading.Thread(target=progress, daemon=True)
    reader.start()
    peaks: dict[int, int] = {}
    client, before_rdf, client_cpu = [0], [0], [0.0]
    stop = threading.Event()

    def watch() -> None:
        me = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                client[0] = max(client[0], _hwm_kib(me))  # the high-water mark: only the last moment is missed
                times = me.cpu_times()
                client_cpu[0] = times.user + times.system
                if not before_rdf[0] and list(outdir.parent.glob(f".{outdir.name}.new-*/incidents.jsonl")):
                    before_rdf[0] = client[0]  # events and incidents written; the RDF and the network come next
                for child in me.children(recursive=True):
                    if child.pid not in peaks and not _is_worker(child):
                        continue
                    peaks[child.pid] = max(peaks.get(child.pid, 0), _hwm_kib(child))
            except psutil.Error:
                pass
            stop.wait(0.2)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    # Not wait4's ru_maxrss: it would count the worker processes the client waited for; its CPU
    # times do count them, which is what the CPU seconds of a run should be.
    _, status, usage = os.wait4(proc.pid, 0)
    end = time.monotonic()
    took = end - start
    stop.set()
    watcher.join()
    reader.join()
    if status:
        raise SystemExit(f"build with --workers {workers} on {corpus_path} failed (status {status})")
    workers_mib = sorted((kib / 1024 for kib in peaks.values() if kib > 50 * 1024), reverse=True)
    return {"seconds": took, "client": client[0] / 1024, "before_rdf": before_rdf[0] / 1024, "workers": workers_mib,
            "cpu": usage.ru_utime + usage.ru_stime, "client_cpu": client_cpu[0], "load": load,
            "tail": end - extracted[0] if extracted[0] else float("nan")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--speed", type=int, default=2000, help="articles for the speed runs (default: 2000)")
    ap.add_argument("--memory", type=int, nargs="+", default=[2000, 8000], help="corpus sizes for the memory runs (default: 2000 8000)")
    ap.add_argument("--sentences", type=int, default=14, help="mean sentences per article (default: 14)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="folder with eval/ (default: ../shared)")
    ap.add_argument("--workdir", type=Path, help="where corpora and outputs go (default: a temporary folder)")
    args = ap.parse_args(argv)
    began = time.monotonic()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="graphbuild-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    pool = corpus.sentences(args.shared)
    sizes = sorted({args.speed, *args.memory})
    paths = {}
    for n in sizes:
        paths[n] = work / f"corpus-{n}"
        shutil.rmtree(paths[n], ignore_errors=True)
        corpus.write(paths[n], corpus.articles(n, pool, per_article=args.sentences))
    print(f"corpora from {len(pool)} real sentences, in {work}; {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")

    one = run(paths[args.speed], 1, work / "out-1")
    two = run(paths[args.speed], 2, work / "out-2")
    files = ("events.jsonl", "incidents.jsonl", "graph.ttl", "graph.graphml", "actors.html", "report.json")
    differ = [f for f in files if (work / "out-1" / f).read_bytes() != (work / "out-2" / f).read_bytes()]
    r1, r2 = args.speed / one["seconds"], args.speed / two["seconds"]
    print(f"speed, {args.speed} articles: 1 worker {r1:.2f} articles/s ({one['seconds']:.0f} s, CPU {one['cpu']:.0f} s, "
          f"load {one['load']:.1f}, tail {one['tail']:.1f} s), 2 workers {r2:.2f} articles/s ({two['seconds']:.0f} s, "
          f"CPU {two['cpu']:.0f} s, load {two['load']:.1f}, the client alone {two['client_cpu']:.0f} s, "
          f"tail {two['tail']:.1f} s): {r2 / r1:.2f}x (target >= 1.7x); "
          + (f"outputs differ: {', '.join(differ)}" if differ else f"the {len(files)} output files identical"))
    busy = max(one["load"], two["load"])
    if busy > 0.5:
        print(f"  the machine was busy (load average up to {busy:.1f} when a run started): other processes "
              "shared the cores, so this ratio is not the speedup; measure it on an idle machine")

    memory = {args.speed: two}
    for n in args.memory:
        if n not in memory:
            memory[n] = run(paths[n], 2, work / f"out-mem-{n}")
    for n in sorted(memory):
        m = memory[n]
        print(f"memory, {n} articles, 2 workers: client {m['client']:.0f} MiB "
              f"({m['before_rdf']:.0f} MiB before the RDF), workers "
              + ", ".join(f"{w:.0f}" for w in m["workers"]) + f" MiB ({m['seconds']:.0f} s, load {m['load']:.1f})")
    lo, hi = memory[min(memory)], memory[max(memory)]
    worst_worker = max(hi["workers"]) / max(lo["workers"]) if lo["workers"] and hi["workers"] else float("nan")
    print(f"memory growth {min(memory)} -> {max(memory)} articles: client {hi['client'] / lo['client']:.2f}x "
          f"({hi['before_rdf'] / max(lo['before_rdf'], 1e-9):.2f}x before the RDF), "
          f"workers {worst_worker:.2f}x (target: within 1.15x)")
    print(f"the whole script took {(time.monotonic() - began) / 60:.1f} min; load {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
