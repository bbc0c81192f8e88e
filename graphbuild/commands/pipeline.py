"""extract and build."""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from .. import pipeline
from ..errors import ConfigError
from ..fileio import atomic_write
from ..records import dumps


def _report_problems(result: pipeline.Result) -> int:
    for p in result.problems:
        print(f"graphbuild: {'read with a problem' if p.kept else 'skipped'} {p}", file=sys.stderr)
    return 1 if result.problems else 0


def _engine(args) -> dict:
    return {"workers": args.workers, "scheduler": args.scheduler}


def _line(e) -> str:
    return (f"{e.source.name}\t{e.predicate}\t{e.cameo}\t{e.target.name if e.target else '-'}\t{e.modality}"
            f"{' (negated)' if e.negated else ''}\n")


@contextlib.contextmanager
def _output(path: str | None):
    """The place extract writes to, opened before the work so a bad -o fails at once."""
    if not path:
        yield sys.stdout
        return
    if Path(path).is_dir():
        raise ConfigError(f"{path} is a folder", f"give -o a file name, e.g. {Path(path) / 'events.jsonl'}")
    try:
        with atomic_write(path) as fh:
            yield fh
    except OSError as exc:
        raise ConfigError(f"cannot write to {path} ({exc.strerror or exc})",
                          "choose a file in a folder you can write to") from exc


def extract(args) -> int:
    result = pipeline.Result(keep=False)
    fmt = dumps if args.format == "jsonl" else _line
    with _output(args.output) as out:
        if args.format != "jsonl":
            out.write("source\tpredicate\tcameo\ttarget\tmodality\n")
        for item in pipeline.stream(args.paths, args.model, args.strict, not args.quiet, result, **_engine(args)):
            for e in getattr(item, "events", ()):
                out.write(fmt(e) + ("\n" if args.format == "jsonl" else ""))
        if args.output and not result.articles:
            raise pipeline.nothing_read(result, args.output)
    return _report_problems(result)


def build(args) -> int:
    from ..incidents import IncidentRule

    try:
        rule = IncidentRule(window_days=args.incident_window, actors=args.incident_actors)
    except ValueError as exc:
        raise ConfigError(f"--incident-window {args.incident_window}: need 0 or more days",
                          "give the number of days, e.g. --incident-window 2") from exc
    result = pipeline.build(args.paths, args.outdir, model=args.model, strict=args.strict,
                            base_iri=args.base_iri, progress=not args.quiet, rule=rule, **_engine(args))
    print(pipeline.summary(result))
    print(f"written to {args.outdir}/: {', '.join(pipeline.OUTPUTS)}, report.json")
    if args.neo4j:
        from ..neo4j import connection, loader
        from ..records import iter_events

        report = loader.load_events(iter_events(Path(args.outdir) / "events.jsonl"),
                                    connection.settings(args.uri, args.database))
        print(f"loaded {pipeline.plural(report.events, 'event')}, {pipeline.plural(report.actors, 'actor')}, "
              f"{pipeline.plural(report.articles, 'article')} into Neo4j")
    return _report_problems(result)
