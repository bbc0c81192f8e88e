// edge_evidence: the evidence sentences of the events from one actor to another
// param source: actor id, name or alias (any case) of the source
// param target: actor id, name or alias (any case) of the target
// param plover: PLOVER type, e.g. ACCUSE (optional)
// columns: article, date, cameo, predicate, sentence
MATCH (s:Actor) WHERE (toLower(s.id) = toLower($source) OR toLower(s.name) = toLower($source)
       OR any(alias IN coalesce(s.aliases, []) WHERE toLower(alias) = toLower($source)))
MATCH (t:Actor) WHERE (toLower(t.id) = toLower($target) OR toLower(t.name) = toLower($target)
       OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($target)))
MATCH (s)<-[:SOURCE]-(e:Event)-[:TARGET]->(t),
      (e)-[:REPORTED_IN]->(d:Article)
WHERE NOT e.negated AND ($plover IS NULL OR e.plover = $plover)
WITH DISTINCT e, d
RETURN d.id AS article, d.date AS date, e.cameo AS cameo, e.predicate AS predicate, e.sentence AS sentence
ORDER BY date, article, sentence, cameo
