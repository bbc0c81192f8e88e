// who_met_whom: who met whom (CAMEO root 04, PLOVER CONSULT), most events first
// param actor: actor id, name or alias (any case), as source or target (optional)
// param date_from: ISO date of the article, first day included (optional)
// param date_to: ISO date of the article, last day included (optional)
// columns: source, target, events
MATCH (s:Actor)<-[:SOURCE]-(e:Event)-[:TARGET]->(t:Actor),
      (e)-[:OF_TYPE]->(c:CameoCode)
WHERE c.root = '04'
  AND NOT e.negated
  AND NOT e.modality IN ['hedged', 'hypothetical', 'future']
  AND ($actor IS NULL OR any(x IN [s, t] WHERE toLower(x.id) = toLower($actor)
       OR toLower(x.name) = toLower($actor)
       OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($actor))))
  AND ($date_from IS NULL OR e.date >= $date_from)
  AND ($date_to IS NULL OR e.date <= $date_to)
RETURN s.name AS source, t.name AS target, count(DISTINCT e) AS events
ORDER BY events DESC, source, target
