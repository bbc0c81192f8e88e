// actor_profile: an actor's counterparts by direction and PLOVER type
// param actor: actor id, name or alias (any case)
// columns: counterpart, direction, plover, incidents, mentions
MATCH (a:Actor)
WHERE (toLower(a.id) = toLower($actor) OR toLower(a.name) = toLower($actor)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($actor)))
MATCH (a)<-[r:SOURCE|TARGET]-(e:Event)-[r2:SOURCE|TARGET]->(c:Actor)
WHERE type(r) <> type(r2) AND NOT e.negated
OPTIONAL MATCH (e)-[:MENTION_OF]->(i:Incident)
WITH c, e, coalesce(i, e) AS incident, CASE type(r) WHEN 'SOURCE' THEN 'out' ELSE 'in' END AS direction
RETURN c.name AS counterpart, direction, coalesce(e.plover, '') AS plover, count(DISTINCT incident) AS incidents,
       count(DISTINCT e) AS mentions
ORDER BY incidents DESC, mentions DESC, counterpart, direction, plover
