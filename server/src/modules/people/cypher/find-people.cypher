// People matching a strategist's filter, by name (ids only: the caller keeps those the
// viewer may see, orders by power when asked, and loads a page). Every filter is
// optional (null: any). Params: $search (name contains, lower case without accents: the
// name is compared the same way, so "joao" finds João), $categories [string],
// $specialty (contains), $territoryId (located there directly or through where they
// work), $institutionId (works there or at one of its parts), $committeeId (sits on it),
// $stages [string] (our best current stage is one of them), $reached (true: one of our
// users has a stage with them; false: nobody has), $stanceMin and $stanceMax (mean stance
// toward our company and products), $ids [string] (only these: a power-rank cut made by
// the caller), $today (Date). Returns: id.
MATCH (p:Person)
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($search IS NULL
       OR reduce(folded = '', c IN split(normalize(toLower(p.name), NFD), '')
                 | folded + CASE WHEN c >= '\u0300' AND c <= '\u036f' THEN '' ELSE c END) CONTAINS $search)
  AND ($categories IS NULL OR p.category IN $categories)
  AND ($specialty IS NULL OR toLower(coalesce(p.specialty, '')) CONTAINS toLower($specialty))
  AND ($territoryId IS NULL
       OR EXISTS { (p)-[l:LOCATED_IN]->(:Territory {id: $territoryId}) WHERE l.until IS NULL OR l.until > $today }
       OR EXISTS { (p)-[w:WORKS_AT]->(:Institution)-[:PART_OF*0..2]->(:Institution)-[:LOCATED_IN]->(:Territory {id: $territoryId})
                   WHERE (w.since IS NULL OR w.since <= $today) AND (w.until IS NULL OR w.until > $today) })
  AND ($institutionId IS NULL
       OR EXISTS { (p)-[w:WORKS_AT]->(:Institution)-[:PART_OF*0..2]->(:Institution {id: $institutionId})
                   WHERE (w.since IS NULL OR w.since <= $today) AND (w.until IS NULL OR w.until > $today) })
  AND ($committeeId IS NULL
       OR EXISTS { (p)-[m:MEMBER_OF]->(:Committee {id: $committeeId})
                   WHERE (m.since IS NULL OR m.since <= $today) AND (m.until IS NULL OR m.until > $today) })
  AND ($reached IS NULL
       OR $reached = EXISTS { (:User)-[r:RELATES]->(p) WHERE (r.since IS NULL OR r.since <= $today) AND (r.until IS NULL OR r.until > $today) })
  AND ($stages IS NULL
       OR EXISTS { (:User)-[r:RELATES]->(p) WHERE r.stage IN $stages AND (r.since IS NULL OR r.since <= $today) AND (r.until IS NULL OR r.until > $today) })
// The mean stance is worked out only when a stance bound is given (a national graph's
// people would otherwise each cost a subquery).
OPTIONAL CALL (p) {
  WITH p WHERE $stanceMin IS NOT NULL OR $stanceMax IS NOT NULL
  OPTIONAL MATCH (p)-[s:STANCE]->(target)
  WHERE (s.since IS NULL OR s.since <= $today) AND (s.until IS NULL OR s.until > $today)
  OPTIONAL MATCH (maker:Institution)-[:MAKES]->(target)
  WITH s, coalesce(target.ours, maker.ours, false) AS ours
  RETURN avg(CASE WHEN ours THEN toFloat(s.value) END) AS stance
}
WITH p, stance
WHERE ($stanceMin IS NULL OR stance >= $stanceMin) AND ($stanceMax IS NULL OR stance <= $stanceMax)
RETURN p.id AS id
ORDER BY p.name, p.id
