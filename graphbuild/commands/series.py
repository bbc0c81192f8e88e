"""`graphbuild series OUTDIR --actor A [--actor B]`: events per period as a table, CSV and picture."""
from __future__ import annotations

import sys

from ..records import iter_events
from ..series import series as make_series


def series(args) -> int:
    s = make_series(iter_events(args.outdir), args.actor, by=args.by)
    print(s.table())
    for path, write in ((args.csv, s.write_csv), (args.plot, s.plot)):
        if path:
            write(path)
            print(f"wrote {path}", file=sys.stderr)
    return 0
