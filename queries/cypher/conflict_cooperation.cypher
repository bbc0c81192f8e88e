// conflict_cooperation: events between two actors (either direction) by month and QuadClass, with summed Goldstein values
// param actor_a: actor id or name (any case)
// param actor_b: actor id or name (any case)
// columns: period, quad_class, events, goldstein
MATCH (a:Actor) WHERE a.id = $actor_a OR toLower(a.name) = toLower($actor_a)
MATCH (b:Actor) WHERE b.id = $actor_b OR toLower(b.name) = toLower($actor_b)
MATCH (x:Actor)<-[:SOURCE]-(e:Event)-[:TARGET]->(y:Actor)
WHERE ((x = a AND y = b) OR (x = b AND y = a)) AND NOT e.negated
WITH DISTINCT e
WITH CASE WHEN e.date IS NULL THEN 'unknown' ELSE substring(e.date, 0, 7) END AS period,
     e.quad_class AS quad_class, coalesce(e.goldstein, 0.0) AS g
RETURN period, quad_class, count(*) AS events, round(sum(g) * 100) / 100 AS goldstein
ORDER BY period, quad_class
