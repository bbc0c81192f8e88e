// central_actors: the actors in most incidents, with their number of distinct counterparts
// param limit: integer, number of actors (optional, default 10)
// columns: actor, incidents, mentions, counterparts
MATCH (a:Actor)<-[r:SOURCE|TARGET]-(e:Event)-[r2:SOURCE|TARGET]->(c:Actor)
WHERE NOT e.negated AND type(r) <> type(r2)
OPTIONAL MATCH (e)-[:MENTION_OF]->(i:Incident)
RETURN a.name AS actor, count(DISTINCT coalesce(i, e)) AS incidents, count(DISTINCT e) AS mentions,
       count(DISTINCT c) AS counterparts
ORDER BY incidents DESC, mentions DESC, counterparts DESC, actor
LIMIT $limit
