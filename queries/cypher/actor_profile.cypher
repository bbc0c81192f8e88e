// actor_profile: an actor's counterparts by direction and PLOVER type
// param actor: actor id, name or alias (any case)
// columns: counterpart, direction, plover, events
MATCH (a:Actor)
WHERE (toLower(a.id) = toLower($actor) OR toLower(a.name) = toLower($actor)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($actor)))
MATCH (a)<-[r:SOURCE|TARGET]-(e:Event)-[r2:SOURCE|TARGET]->(c:Actor)
WHERE type(r) <> type(r2) AND NOT e.negated
WITH c, e, CASE type(r) WHEN 'SOURCE' THEN 'out' ELSE 'in' END AS direction
RETURN c.name AS counterpart, direction, coalesce(e.plover, '') AS plover, count(DISTINCT e) AS events
ORDER BY events DESC, counterpart, direction, plover
