"""Neo4j: a local server (server), connections (connection), the sink (loader) and the
named Cypher queries (querying)."""
import logging


class _OncePerProblem(logging.Filter):
    """Let the driver say each problem once: its retry loop logs the same failure at every
    attempt ("Transaction failed and will be retried in 1.9s (...)", then 4.1s, ...), and
    Python prints each of those on stderr."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else ()
        key = (record.name, record.msg, tuple(str(a) for a in args if not isinstance(a, (int, float))))
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


_ONCE = _OncePerProblem()
for _name in ("neo4j", "neo4j.pool", "neo4j.io", "neo4j.notifications", "neo4j.auth_management"):
    logging.getLogger(_name).addFilter(_ONCE)
