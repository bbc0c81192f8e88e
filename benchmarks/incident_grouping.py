"""How well incidents group the mentions of one happening, on hand-annotated articles.

usage: python benchmarks/incident_grouping.py [GOLD_DIR] [--texts DIR ...] [--window DAYS]
       [--actors id|country] [--codes root|plover|code] [--directed] [-v]

GOLD_DIR holds article gold files (`*.gold.json`, default ../shared/eval/dev); each names its
article (`doc`), looked up in GOLD_DIR and then in each --texts DIR (default: seeds/). All the
articles are built together, as one corpus (so an incident could wrongly span articles).

The rule's options are those of graphbuild.incidents.IncidentRule (default: its defaults;
--directed: no undirected roots). A gold happening is the core and extended gold events of one article with the same actors
(either order when symmetric) and the same CAMEO root: a headline and the paragraph that
repeats it are two gold events of one happening. A found gold event (one the article scorer
credits to some prediction) is grouped right when
  - every prediction that finds it is in one incident, and
  - that incident holds a prediction of every other found gold event of its happening and
    of no found gold event of another happening.
Printed: the share of found gold events grouped right, and the counts (-v: the others).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from graphbuild import pipeline
from graphbuild.evaluate import article_predictions, gold_matches, load_gold, read_predictions
from graphbuild.incidents import ACTOR_KEYS, CODE_KEYS, DEFAULT_RULE, IncidentRule

ROOT = Path(__file__).resolve().parent.parent


def happening(article: str, g) -> tuple:
    actors = tuple(sorted((g.source, g.target))) if g.symmetric else (g.source, g.target)
    return article, actors, g.root


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "dev"))
    ap.add_argument("--texts", action="append", default=None)
    ap.add_argument("--window", type=int, default=DEFAULT_RULE.window_days)
    ap.add_argument("--actors", choices=ACTOR_KEYS, default=DEFAULT_RULE.actors)
    ap.add_argument("--codes", choices=CODE_KEYS, default=DEFAULT_RULE.codes)
    ap.add_argument("--directed", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    dirs = [Path(args.gold_dir), *(Path(d) for d in (args.texts or [ROOT / "seeds"]))]
    golds = sorted(Path(args.gold_dir).glob("*.gold.json"))
    docs = {}
    for path in golds:
        doc = json.loads(path.read_text(encoding="utf-8"))["doc"]
        docs[path] = next((d / doc for d in dirs if (d / doc).is_file()), None)
        if docs[path] is None:
            sys.exit(f"{path.name}: article {doc!r} not found in {', '.join(map(str, dirs))}")
    with tempfile.TemporaryDirectory() as tmp:
        rule = IncidentRule(args.window, args.actors, args.codes, () if args.directed else DEFAULT_RULE.undirected)
        pipeline.build([str(p) for p in docs.values()], Path(tmp) / "out", rule=rule)
        rows = read_predictions(Path(tmp) / "out" / "events.jsonl")
    incident_of = {n: e["incident"] for n, e in rows}
    by_doc = defaultdict(list)
    for n, e in rows:
        by_doc[e["doc_id"]].append((n, e))

    # found gold event (article, id) -> (its happening, the incidents of the predictions finding it)
    found: dict[tuple[str, str], tuple[tuple, set[str]]] = {}
    for path, text in docs.items():
        gold = load_gold(path)
        events = {g.id: g for g in gold.core + gold.extended}
        for gid, preds in gold_matches(gold, article_predictions(by_doc[text.stem])).items():
            found[text.stem, gid] = (happening(text.stem, events[gid]), {incident_of[p.line] for p in preds})
    right, wrong = 0, []
    for key, (what, incidents) in sorted(found.items()):
        ok = len(incidents) == 1
        if ok:
            [incident] = incidents
            ok = all((incident in others) == (other == what)
                     for k, (other, others) in found.items() if k != key)
        right += ok
        if not ok:
            wrong.append((key, what, sorted(incidents)))
    total = len(found)
    print(f"grouped_right={right / total if total else 0:.3f} found_gold_events={total} grouped_right_count={right} "
          f"happenings={len({w for w, _ in found.values()})} "
          f"incidents={len(set(incident_of.values()))} events={len(rows)}")
    if args.verbose:
        for (doc, gid), what, incidents in wrong:
            print(f"  not grouped right: {doc} {gid} {what[1]} root {what[2]}: incidents {incidents}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
