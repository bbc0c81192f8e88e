"""Extraction on Dask: the same files whatever the parallelism, and no silent loss when a
worker dies. Small corpora (batches of two articles) keep each test under a minute."""
from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster

from graphbuild import parallel, pipeline
from graphbuild.cli import main
from graphbuild.incidents import assign
from graphbuild.model import Article, Problem
from graphbuild.readers import read_articles
from graphbuild.records import read_events

ROOT = Path(__file__).resolve().parent.parent
FILES = ("events.jsonl", "incidents.jsonl", "graph.ttl", "graph.graphml", "actors.html", "report.json")
# Sentences written for these tests: the same actors recur across articles, so the merge of
# actors across articles (names, countries, aliases) is exercised.
SENTENCES = [
    "Russian Foreign Minister Sergey Lavrov criticised NATO on Monday.",
    "Lavrov met Chinese Foreign Minister Wang Yi in Beijing.",
    "Germany condemned the missile strikes on Ukraine.",
    "The United States accused Iran of supplying drones to Russia.",
    "Japan and South Korea agreed to resume talks on trade.",
    "Turkish President Recep Tayyip Erdogan urged Israel to halt the offensive.",
    "France sent aid to Haiti after the earthquake.",
    "Egypt hosted talks between Hamas and Israeli officials.",
    "Police in Kenya arrested opposition supporters in Nairobi.",
    "Moscow denied the accusation and threatened to expel American diplomats.",
]


def _corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))
            fh.write(json.dumps({"id": f"a{i:02d}", "text": text, "date": f"2024-03-{i % 28 + 1:02d}"}) + "\n")
    return path


@pytest.fixture()
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _files(outdir: Path) -> dict[str, bytes]:
    return {name: (outdir / name).read_bytes() for name in FILES}


def test_outputs_are_identical_for_one_process_two_workers_and_a_cluster(tmp_path, fixed_time):
    corpus = [str(_corpus(tmp_path / "in.jsonl", 9)), str(ROOT / "seeds")]
    one = pipeline.build(corpus, tmp_path / "one", batch_size=2)
    assert one.articles == 9 + len(list((ROOT / "seeds").glob("*.txt"))) and one.event_count > 10
    pipeline.build(corpus, tmp_path / "two", workers=2, batch_size=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        pipeline.build(corpus, tmp_path / "cluster", scheduler=cluster.scheduler_address, batch_size=2)
    want = _files(tmp_path / "one")
    assert _files(tmp_path / "two") == want
    assert _files(tmp_path / "cluster") == want
    ids = [json.loads(line)["doc_id"] for line in want["events.jsonl"].decode().splitlines()]
    seeds = [p.stem for p in sorted((ROOT / "seeds").glob("*.txt"))]
    # input order: a00..a08, then the seed articles in path order
    assert ids == sorted(ids, key=lambda d: (d in seeds, seeds.index(d) if d in seeds else d))


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_same_incidents_whatever_the_input_order_and_batches(tmp_path, fixed_time):
    corpus = _corpus(tmp_path / "in.jsonl", 9)
    backwards = tmp_path / "backwards.jsonl"
    backwards.write_text("".join(reversed(corpus.read_text(encoding="utf-8").splitlines(keepends=True))), encoding="utf-8")
    pipeline.build([str(corpus)], tmp_path / "forwards", batch_size=2)
    pipeline.build([str(backwards)], tmp_path / "backwards", batch_size=3)
    incidents = (tmp_path / "forwards" / "incidents.jsonl").read_bytes()
    assert (tmp_path / "backwards" / "incidents.jsonl").read_bytes() == incidents
    of = {d: {r["id"]: r["incident"] for r in _records(tmp_path / d / "events.jsonl")} for d in ("forwards", "backwards")}
    assert of["forwards"] == of["backwards"] and None not in of["forwards"].values()
    # The corpus repeats its sentences on nearby days: some incidents span articles, not all one.
    spans = [r["articles"] for r in _records(tmp_path / "forwards" / "incidents.jsonl")]
    assert max(spans) > 1 and 1 < len(spans) < len(of["forwards"])


def _kill_a_busy_worker(client: Client) -> None:
    """SIGKILL a worker process while it has batches assigned (as the OOM killer would)."""
    pids = client.run(os.getpid)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        busy = [w for w, tasks in client.processing().items() if tasks and w in pids]
        if busy:
            time.sleep(0.5)  # let the batch start
            os.kill(pids[busy[0]], signal.SIGKILL)
            return
        time.sleep(0.05)
    raise AssertionError("no worker got a batch")


def _build_while_killing(corpus, outdir: Path, client: Client) -> pipeline.Result:
    out = {}
    run = threading.Thread(target=lambda: out.setdefault("r", pipeline.build(corpus, outdir, client=client, batch_size=2)))
    run.start()
    _kill_a_busy_worker(client)
    run.join(timeout=600)
    assert "r" in out, "the build did not finish"
    return out["r"]


def test_a_killed_worker_is_replaced_and_the_run_completes_with_the_same_files(tmp_path, fixed_time):
    corpus = [str(_corpus(tmp_path / "in.jsonl", 16))]
    pipeline.build(corpus, tmp_path / "one", batch_size=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        result = _build_while_killing(corpus, tmp_path / "killed", client)
    assert not result.problems and result.articles == 16
    assert _files(tmp_path / "killed") == _files(tmp_path / "one")


def test_a_batch_lost_with_its_worker_names_its_articles_and_the_rest_is_written(tmp_path, fixed_time):
    corpus = [str(_corpus(tmp_path / "in.jsonl", 16))]
    pipeline.build(corpus, tmp_path / "one", batch_size=2)
    # No retries: the batches the killed worker held are lost, not run again elsewhere.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
            result = _build_while_killing(corpus, tmp_path / "lost", client)
    lost = {p.reason.split("'")[1] for p in result.problems}
    assert lost and all("not extracted" in p.reason and "run them again" in p.reason for p in result.problems)
    assert result.articles + len(lost) == 16
    report = json.loads((tmp_path / "lost" / "report.json").read_text())
    assert len(report["problems"]) == len(lost) and all(any(f"'{a}'" in p for p in report["problems"]) for a in lost)
    # Every article not named as lost has exactly the events of the undisturbed run; their
    # incidents are those of the events extracted (a lost mention is in none).
    def events(d):
        return [e for e in read_events(d) if e.doc_id not in lost]
    survivors = events(tmp_path / "one")
    assert [replace(e, incident=None) for e in events(tmp_path / "lost")] == [replace(e, incident=None) for e in survivors]
    assert events(tmp_path / "lost") == assign(survivors)


def test_a_failing_article_costs_only_itself(tmp_path, fixed_time, monkeypatch):
    from graphbuild import extract as extract_module

    real = extract_module.Extractor.run

    def run(self):
        if "Haiti" in self.doc.text:
            raise RuntimeError("rule crashed")
        return real(self)

    monkeypatch.setattr(extract_module.Extractor, "run", run)
    result = pipeline.extract([str(_corpus(tmp_path / "in.jsonl", 6))], batch_size=4)
    bad = {p.reason.split("'")[1] for p in result.problems}
    assert bad and all("RuntimeError: rule crashed" in p.reason for p in result.problems)
    assert result.articles == 6 - len(bad) and {e.doc_id for e in result.events}.isdisjoint(bad)


def test_a_scheduler_without_workers_is_one_clear_error_not_a_hang(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(parallel, "WORKERS_WAIT", 2.0)
    corpus = _corpus(tmp_path / "in.jsonl", 2)
    with LocalCluster(n_workers=0, dashboard_address=None) as cluster:
        started = time.monotonic()
        code = main(["build", str(corpus), "-o", str(tmp_path / "out"), "--scheduler", cluster.scheduler_address])
        assert time.monotonic() - started < 60
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 2  # the error, then its fix
    assert err[0] == (f"graphbuild: error: the Dask scheduler at {cluster.scheduler_address} has no workers "
                      "(none came within 2 s)")
    assert f"`dask worker {cluster.scheduler_address}`" in err[1]
    assert not (tmp_path / "out" / "events.jsonl").exists()


# Three groups of actors that share no one, so the page lays out several connected groups of
# more than two actors each: the groups the layout once read in a hash-seeded order.
REGIONS = [
    "Brazil accused Argentina of dumping steel.", "Argentina met Chile's foreign minister in Santiago.",
    "Chile condemned Peru over the border incident.", "Peru praised Bolivia for its mediation.",
    "Kenya accused Uganda of arming rebels.", "Uganda hosted talks with Tanzania.",
    "Tanzania criticised Rwanda over the refugees.", "Rwanda thanked Burundi for the aid.",
    "Norway criticised Sweden.", "Sweden met Finland.", "Finland accused Estonia of spying.",
    "Estonia praised Norway.", "Denmark criticised Finland.", "Iceland met Denmark.", "Sweden accused Iceland.",
    "Burundi accused Kenya of meddling.", "Tanzania praised Kenya.", "Bolivia criticised Brazil.",
]


def test_the_files_do_not_depend_on_the_process_or_the_workers(tmp_path, fixed_time):
    """Each build in a process of its own, with its own hash seed (string sets iterate in
    another order in each), as `graphbuild build` runs them: every file is the same."""
    corpus = tmp_path / "in.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(8):
            text = " ".join(REGIONS[(i * 3 + k) % len(REGIONS)] for k in range(5)) + " " + SENTENCES[i]
            fh.write(json.dumps({"id": f"r{i}", "text": text, "date": f"2024-05-{i + 1:02d}"}) + "\n")
    graphbuild = Path(sys.executable).parent / "graphbuild"
    for name, seed, workers in (("one", "1", "1"), ("two", "2", "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([str(graphbuild), "build", str(corpus), "-o", str(tmp_path / name), "-q", "--workers", workers],
                       check=True, env=env, stdout=subprocess.DEVNULL)
    assert _files(tmp_path / "two") == _files(tmp_path / "one")


def test_a_long_run_on_a_local_cluster_keeps_only_a_window_of_its_batches(tmp_path, fixed_time):
    """Dask's debugging logs (messages, transitions, events) hold the batches they carried:
    bounded, the client holds a few batches of articles however many it sent, and the
    configuration is as it was once the run is over."""
    corpus = _corpus(tmp_path / "in.jsonl", 40)
    before = dask.config.get("distributed.admin.low-level-log-length")
    run = parallel.extract_stream(read_articles([str(corpus)]), None, "2024-01-01T00:00:00Z", workers=2, batch_size=1)
    done = [next(run) for _ in range(40)]  # every article, the cluster still up
    gc.collect()
    alive = sum(type(o) is Article for o in gc.get_objects())
    scheduler = run.gi_frame.f_locals["engine"].cluster.scheduler
    logs = [scheduler.transition_log, *(s.recent_message_log for s in scheduler.stream_comms.values())]
    assert len(done) == 40 and not any(isinstance(d, Problem) for d in done)
    kept = parallel.DASK_CONFIG["distributed.admin.low-level-log-length"]
    assert alive <= 2 * kept + 6  # the scheduler's logs to each worker, and the batches out
    assert all(len(log) <= kept for log in logs)
    run.close()
    assert dask.config.get("distributed.admin.low-level-log-length") == before
