// who_criticised_whom: who criticised whom (CAMEO root 11, PLOVER ACCUSE), most incidents first (an incident: the events that mention one happening)
// param actor: actor id, name or alias (any case), as source or target (optional)
// param date_from: ISO date of the article, first day included (optional)
// param date_to: ISO date of the article, last day included (optional)
// param include_hedged: boolean, also count hedged, hypothetical and future events (optional, default false)
// columns: source, target, incidents, mentions
MATCH (s:Actor)<-[:SOURCE]-(e:Event)-[:TARGET]->(t:Actor),
      (e)-[:OF_TYPE]->(c:CameoCode)
WHERE c.root = '11'
  AND NOT e.negated
  AND ($include_hedged OR NOT e.modality IN ['hedged', 'hypothetical', 'future'])
  AND ($actor IS NULL OR any(x IN [s, t] WHERE toLower(x.id) = toLower($actor)
       OR toLower(x.name) = toLower($actor)
       OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($actor))))
  AND ($date_from IS NULL OR e.date >= $date_from)
  AND ($date_to IS NULL OR e.date <= $date_to)
OPTIONAL MATCH (e)-[:MENTION_OF]->(i:Incident)
// an event loaded without an incident counts as one
RETURN s.name AS source, t.name AS target, count(DISTINCT coalesce(i, e)) AS incidents, count(DISTINCT e) AS mentions
ORDER BY incidents DESC, mentions DESC, source, target
