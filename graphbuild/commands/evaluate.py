"""`graphbuild evaluate GOLD PRED`: score extracted events and print the figures."""
from __future__ import annotations

from ..evaluate import ArticleScores, Prediction, RecordScores, evaluate as score


def evaluate(args) -> int:
    scores = score(args.gold, args.pred, untyped=getattr(args, "untyped", False))
    lines = article_lines(scores, args.verbose) if isinstance(scores, ArticleScores) \
        else record_lines(scores, args.verbose)
    print("\n".join(lines))
    return 0


def article_summary(s: ArticleScores) -> str:
    return (f"recall_core={s.recall_core:.2f} recall_all={s.recall_all:.2f} precision={s.precision:.2f} "
            f"f1_core={s.f1_core:.2f} events={s.events} core_found={s.core_found} core_total={s.core_total} "
            f"all_found={s.all_found} all_total={s.all_total} correct={s.correct}")


def record_summary(s: RecordScores) -> str:
    return (f"event_precision={s.event_precision:.3f} event_recall={s.event_recall:.3f} "
            f"event_f1={s.event_f1:.3f} pair_precision={s.pair_precision:.3f} "
            f"pair_recall={s.pair_recall:.3f} pair_f1={s.pair_f1:.3f} "
            f"no_event_records_clean={s.no_event_clean}/{s.no_event_records} "
            f"gold_events={s.gold_events} predicted_events={s.predicted_events}")


def _actor_name(a) -> str:
    if isinstance(a, dict):
        return str(a.get("name") or a.get("id") or "?")
    return str(a or "?")


def _wrong(p: Prediction) -> str:
    return (f"wrong: line {p.line}: {p.code or '-'} {_actor_name(p.source)} -> {_actor_name(p.target)}"
            f" | {p.sentence[:100]}")


def article_lines(s: ArticleScores, verbose: bool = False) -> list[str]:
    out = []
    if verbose:
        out.append("found: " + (", ".join(s.found) or "-"))
        out += [f"missed: {g.id} {g.source} -> {g.target} root {'/'.join(sorted(g.roots))} | {g.cue or g.text or ''}"
                for g in s.missed]
        out += [_wrong(p) for p in s.wrong]
    return out + [article_summary(s)]


def record_lines(s: RecordScores, verbose: bool = False) -> list[str]:
    out = []
    if verbose:
        fmt = lambda e: f"{e[0]}: {e[1] or '-'} -> {e[2] or '-'} {e[3] or '-'}"  # noqa: E731
        out += [f"missed: {fmt(g)}" for g in s.missed]
        out += [f"wrong: {fmt(p)}" for p in s.wrong]
    return out + [record_summary(s)]
