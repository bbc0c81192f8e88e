// event_chain: the shortest chains of events linking two actors, in either direction
// param source: actor id, name or alias (any case) at one end
// param target: actor id, name or alias (any case) at the other end
// param max_hops: integer, longest chain searched, at most 6 (optional, default 4)
// columns: hops, path
// A hop is one non-negated event between two actors: Actor-(:Event)-Actor, two relationships.
MATCH (a:Actor) WHERE (toLower(a.id) = toLower($source) OR toLower(a.name) = toLower($source)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($source)))
MATCH (z:Actor) WHERE (toLower(z.id) = toLower($target) OR toLower(z.name) = toLower($target)
       OR any(alias IN coalesce(z.aliases, []) WHERE toLower(alias) = toLower($target)))
WITH a, z WHERE a <> z
MATCH p = allShortestPaths((a)-[:SOURCE|TARGET*..12]-(z))
WHERE all(n IN nodes(p) WHERE n:Actor OR NOT n.negated)
WITH p, length(p) / 2 AS hops
WHERE hops <= $max_hops
WITH hops, [x IN nodes(p) WHERE x:Actor | x.name] AS names
WITH collect({hops: hops, path: reduce(s = head(names), n IN tail(names) | s + ' -> ' + n)}) AS chains
// several actors may match a name: keep the chains of the smallest length among them all
WITH chains, reduce(m = 7, c IN chains | CASE WHEN c.hops < m THEN c.hops ELSE m END) AS best
UNWIND chains AS c
WITH c WHERE c.hops = best
WITH DISTINCT c.hops AS hops, c.path AS path
RETURN hops, path
ORDER BY path
