"""Where extraction runs: in this process, on a local Dask cluster, or on an existing one.

Articles are read on the client (this process) and go out in batches of BATCH_ARTICLES; at
most IN_FLIGHT batches per worker thread are out at a time, and results come back in input
order through that window, which is the reorder buffer. Reading on the client keeps memory
bounded (a window of articles, never the corpus) and lets workers on other machines run
without the input files. Each worker process loads the spaCy model once (nlp.load_model is
cached per process) and keeps it for every batch it gets.

The batches are cut by input order alone, so every batch is parsed the same way whatever the
number of workers: the output is the same for 1 process, N local workers and a cluster.

A batch that fails on a worker (a worker killed, an error Dask gives up on after its retries)
becomes one Problem per article of the batch, naming it; the run goes on with the others.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator

from .errors import BackendError, ConfigError, GraphbuildError
from .model import Article, Problem

BATCH_ARTICLES = 32  # ~6 s of work per task, and spaCy's own batch size: no cost in one process
IN_FLIGHT = 3  # batches per worker thread: keeps workers busy while the oldest is awaited
SCHEDULER_ENV = "GRAPHBUILD_DASK_SCHEDULER"
WORKERS_WAIT = 60.0  # seconds a scheduler may take to get its first worker before the run stops
PLAIN_EVERY = 5.0  # seconds between progress lines when stderr is no terminal
# Dask's scheduler, client and workers keep their last messages, transitions and events for
# debugging (1,000 of each by default); a message holds a whole batch of articles or its tasks,
# so a long run kept every batch it sent. A short history, set for as long as the cluster runs.
DASK_CONFIG = {"distributed.admin.low-level-log-length": 10}
# Dask settings for a local cluster a run starts. Dask's defaults serve interactive work; on a
# run of long tasks they cost CPU the workers need (400 articles, 2 workers: the workers'
# CPU 36 -> 29 s, the client's 5.8 -> 3.3 s, output the same).
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,  # samples the running task's stack every 10 ms
    "distributed.admin.tick.interval": "1s",  # event loop health check, every 20 ms
    "distributed.admin.system-monitor.interval": "2s",  # CPU, memory and network figures, every 0.5 s
    "distributed.worker.memory.monitor-interval": "1s",  # the memory limit check, every 0.1 s
    # Dask asks glibc to hand freed memory back above 64 KiB, for workers that hold arrays; a
    # parse frees and takes small blocks all the time, and the churn doubled system CPU.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


def extract_stream(items: Iterable[Article | Problem], model: str | None, when: str, *, workers: int = 1,
                   scheduler: str | None = None, client=None,
                   batch_size: int = BATCH_ARTICLES, closing: list[threading.Thread] | None = None) -> Iterator:
    """ArticleEvents and Problems in input order, for the articles and problems of `items`.

    workers=1 without a scheduler or client runs in this process; workers=N starts a local
    cluster of N single-threaded worker processes; scheduler (or $GRAPHBUILD_DASK_SCHEDULER)
    connects to an existing cluster; client uses a distributed.Client you made. With
    `closing`, a cluster this call started is closed in a thread once the last result is in
    (its processes take seconds to end), and the thread is added to the list for the caller
    to join when its own work after the stream is done."""
    if workers < 1:
        raise ConfigError(f"--workers {workers}: need at least 1", "give the number of worker processes, e.g. --workers 2")
    scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
    engine = _Dask(workers, scheduler, client, closing) if (client is not None or scheduler or workers > 1) else _Local()
    with engine:
        pending: deque = deque()
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Problem):
                pending.append((None, item))
            else:
                batch.append(item)
                if len(batch) == batch_size:
                    pending.append((batch, engine.submit(batch, model, when)))
                    batch = []
            while len(pending) > engine.window:
                yield from engine.collect(*pending.popleft())
        if batch:
            pending.append((batch, engine.submit(batch, model, when)))
        while pending:
            yield from engine.collect(*pending.popleft())


class _Local:
    """The batches run here, one after the other."""

    window = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def submit(self, batch, model, when):
        from .pipeline import extract_batch

        return extract_batch(batch, model, when)

    def collect(self, batch, done):
        yield from done if batch is not None else (done,)


class _Dask:
    def __init__(self, workers: int, scheduler: str | None, client, closing: list[threading.Thread] | None) -> None:
        self.workers, self.scheduler, self.client, self.closing = workers, scheduler, client, closing
        self.own_client = client is None
        self.cluster = None

    def __enter__(self):
        import dask

        self.config = dask.config.set(DASK_CONFIG)  # undone in __exit__; a restarted worker gets it too
        try:
            return self._start()
        except BaseException:
            self.config.__exit__(None, None, None)
            raise

    def _start(self):
        from distributed import Client, LocalCluster

        if self.client is None and self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="20s", set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise BackendError(f"cannot reach the Dask scheduler at {self.scheduler} ({exc})",
                                   "start one with `dask scheduler` and workers with `dask worker ADDRESS`, "
                                   f"or check --scheduler / ${SCHEDULER_ENV}") from exc
            try:  # a scheduler without workers would take the batches and never answer
                self.client.wait_for_workers(1, timeout=WORKERS_WAIT)
            except (OSError, TimeoutError) as exc:
                self.client.close()
                raise BackendError(f"the Dask scheduler at {self.scheduler} has no workers "
                                   f"(none came within {WORKERS_WAIT:.0f} s)",
                                   f"start workers with `dask worker {self.scheduler}` on the machines that "
                                   "should extract, or use --workers N for a cluster on this machine") from exc
        elif self.client is None:
            import dask

            with dask.config.set(LOCAL_CLUSTER_CONFIG):  # read as the scheduler, nannies and workers start
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster, set_as_default=False)
        threads = sum(self.client.nthreads().values()) or self.workers
        self.window = IN_FLIGHT * threads
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if self.closing is not None and exc_type is None:
            closer = threading.Thread(target=self.close, name="graphbuild-cluster-close")
            closer.start()
            self.closing.append(closer)
        else:
            self.close()

    def close(self) -> None:
        if self.own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.config.__exit__(None, None, None)

    def submit(self, batch, model, when):
        from .pipeline import extract_batch

        return self.client.submit(extract_batch, batch, model, when, pure=False)

    def collect(self, batch, future):
        if batch is None:
            yield future  # a Problem of the reader, kept in its place
            return
        from .pipeline import lost

        try:
            results = future.result()
        except GraphbuildError:
            raise  # no model, a bad option: every batch would fail alike
        except Exception as exc:  # noqa: BLE001 - the batch is lost, its articles are named
            why = f"its batch failed on a Dask worker ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
            yield from (lost(a, why + "; run them again") for a in batch)
            return
        finally:
            future.release()
        yield from results


def count_articles(paths: list[str]) -> int:
    """How many articles PATHS hold, cheaply (files, and lines of .jsonl): for the ETA only."""
    from .readers import SUFFIXES

    n = 0
    for p in map(Path, paths):
        files = [p] if p.is_file() else _files(p) if p.is_dir() else []
        for f in files:
            if f.suffix.lower() == ".jsonl":
                try:
                    with f.open("rb") as fh:
                        n += sum(1 for line in fh if line.strip())
                except OSError:
                    pass
            elif f.suffix.lower() in SUFFIXES:
                n += 1
    return n


def _files(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (Path(root) / f for f in names if not f.startswith("."))


class Progress:
    """Progress on stderr: a tqdm bar on a terminal, else one plain line every few seconds
    (for logs); a closing line with the rate either way, unless the run was short and ran
    without a terminal. Off when not enabled (-q)."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled, self.total = enabled, total or None
        self.bar = None
        self.done = self.articles = self.events = 0
        self.start = self.last = time.monotonic()

    def __enter__(self):
        if self.enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, unit="article", file=sys.stderr, dynamic_ncols=True,
                            desc="graphbuild", smoothing=0.1)
        return self

    def update(self, result) -> None:
        if not self.enabled:
            return
        done = result.articles + result.skipped
        if self.bar is not None:
            self.bar.update(done - self.done)
            self.bar.set_postfix_str(f"{result.event_count} events", refresh=False)
        elif time.monotonic() - self.last >= PLAIN_EVERY:
            self.last = time.monotonic()
            rate = result.articles / max(self.last - self.start, 1e-9)
            of = f"/{self.total}" if self.total else ""
            eta = f", ETA {_clock((self.total - done) / rate)}" if self.total and rate > 0 and done < self.total else ""
            print(f"graphbuild: {done}{of} articles, {result.event_count} events, {rate:.2f} articles/s{eta}",
                  file=sys.stderr, flush=True)
        self.done = done
        self.articles, self.events = result.articles, result.event_count

    def __exit__(self, exc_type, *exc) -> None:
        if self.bar is not None:
            self.bar.close()
        took = time.monotonic() - self.start
        # The closing line of a long run (a short one is summed up by its output alone).
        if self.enabled and exc_type is None and self.done and (self.bar is not None or took >= PLAIN_EVERY):
            from .pipeline import plural

            print(f"graphbuild: {plural(self.articles, 'article')} extracted in {took:.1f} s "
                  f"({self.articles / max(took, 1e-9):.2f} articles/s), {plural(self.events, 'event')}",
                  file=sys.stderr, flush=True)


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
