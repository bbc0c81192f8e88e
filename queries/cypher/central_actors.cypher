// central_actors: the actors in most events, with their number of distinct counterparts
// param limit: integer, number of actors (optional, default 10)
// columns: actor, events, counterparts
MATCH (a:Actor)<-[r:SOURCE|TARGET]-(e:Event)-[r2:SOURCE|TARGET]->(c:Actor)
WHERE NOT e.negated AND type(r) <> type(r2)
RETURN a.name AS actor, count(DISTINCT e) AS events, count(DISTINCT c) AS counterparts
ORDER BY events DESC, counterparts DESC, actor
LIMIT $limit
