// Names waiting for review (or ignored), with the works that name them. Upserts each
// contributor (created pending; a decided one keeps its status), adds the affiliations
// and cities seen (most recent first, at most 10), replaces its candidates, and merges its
// ties to the works (AUTHORED, INVESTIGATOR_IN, SPOKE_AT; type allow-listed by the caller).
// Params: $rows [{id, key, name, searchName (folded), lastName, foreName, initials, orcid, affiliations, cities,
// candidates ['personId score nameScore placeScore'], bestScore, ties [{workId, type, key, props}]}],
// $today (Date). Returns: created, updated.
UNWIND $rows AS row
MERGE (c:Contributor {id: row.id})
  ON CREATE SET c.status = 'pending', c.key = row.key, c.firstSeen = $today, c.__new = true
WITH c, row, coalesce(c.__new, false) AS isNew,
     [a IN row.affiliations WHERE NOT a IN coalesce(c.affiliations, [])] AS newAffiliations,
     [x IN row.cities WHERE NOT x IN coalesce(c.cities, [])] AS newCities
WITH c, row, isNew, newAffiliations, newCities,
     size(newAffiliations) > 0 OR size(newCities) > 0
       OR coalesce(c.candidates <> row.candidates, true) OR coalesce(c.orcid, '') <> coalesce(row.orcid, c.orcid, '') AS differs
SET c.name = row.name, c.searchName = row.searchName, c.lastName = row.lastName, c.foreName = coalesce(row.foreName, c.foreName),
    c.initials = coalesce(row.initials, c.initials), c.orcid = coalesce(row.orcid, c.orcid),
    c.affiliations = (newAffiliations + coalesce(c.affiliations, []))[0..10],
    c.cities = (newCities + coalesce(c.cities, []))[0..10],
    c.candidates = row.candidates, c.bestScore = row.bestScore
REMOVE c.__new
WITH c, row, isNew, differs
CALL (c, row) {
  UNWIND row.ties AS tie
  MATCH (w:Entity {id: tie.workId})
  MERGE (c)-[r:$(tie.type) {key: tie.key}]->(w)
    ON CREATE SET r.__new = true
  WITH r, tie, coalesce(r.__new, false) AS tieNew
  SET r += tie.props
  REMOVE r.__new
  RETURN sum(CASE WHEN tieNew THEN 1 ELSE 0 END) AS tiesCreated
}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND (differs OR tiesCreated > 0) THEN 1 ELSE 0 END) AS updated
