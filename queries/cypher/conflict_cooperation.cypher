// conflict_cooperation: incidents between two actors (either direction) by month and QuadClass, with the
// events that mention them and their summed Goldstein values (an incident counts in each month and class of a mention)
// param actor_a: actor id, name or alias (any case)
// param actor_b: actor id, name or alias (any case)
// columns: period, quad_class, incidents, mentions, goldstein
MATCH (a:Actor) WHERE (toLower(a.id) = toLower($actor_a) OR toLower(a.name) = toLower($actor_a)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($actor_a)))
MATCH (b:Actor) WHERE (toLower(b.id) = toLower($actor_b) OR toLower(b.name) = toLower($actor_b)
       OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($actor_b)))
// the events between the two actors, walked from the actors (PROFILE: matching every event
// and testing its two ends scanned the actors for each of them)
CALL (a, b) {
  MATCH (a)<-[:SOURCE]-(e:Event)-[:TARGET]->(b) RETURN e
  UNION
  MATCH (b)<-[:SOURCE]-(e:Event)-[:TARGET]->(a) RETURN e
}
WITH DISTINCT e WHERE NOT e.negated
OPTIONAL MATCH (e)-[:MENTION_OF]->(i:Incident)
WITH CASE WHEN e.date IS NULL THEN 'unknown' ELSE substring(e.date, 0, 7) END AS period,
     e.quad_class AS quad_class, coalesce(e.goldstein, 0.0) AS g, coalesce(i, e) AS incident
RETURN period, quad_class, count(DISTINCT incident) AS incidents, count(*) AS mentions, round(sum(g) * 100) / 100 AS goldstein
ORDER BY period, quad_class
