// One hop of the ties an introduction can travel, around a frontier of people or users:
// KNOWS and INFLUENCES (either direction), REPORTS_TO, colleagues at a small workplace, and
// a user's RELATES stage. Params: $ids [string], $asOf (Date), $smallWorkplace (int).
// Returns one row per person or user with ties: from, and ties, a list of [to, type,
// strength (KNOWS and INFLUENCES, as recorded), stage (RELATES only), confidence,
// toOptedOut, toIsUser] (positional lists: a row per tie costs the driver more to decode than
// the query costs). How strongly each carries an introduction is decided in
// rules/contact-strength.ts, not here.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE a:Person OR a:User
CALL (a) {
  MATCH (a)-[r:KNOWS|INFLUENCES]-(b:Person|User)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN b, type(r) AS type, r.strength AS strength, null AS stage, r.confidence AS confidence
  UNION ALL
  MATCH (a)-[r:REPORTS_TO]-(b:Person|User)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN b, 'REPORTS_TO' AS type, null AS strength, null AS stage, r.confidence AS confidence
  UNION ALL
  // The workplace's size is counted once per workplace, before its colleagues are listed.
  MATCH (a)-[w1:WORKS_AT]->(i:Institution)
  WHERE (w1.since IS NULL OR w1.since <= $asOf) AND (w1.until IS NULL OR w1.until > $asOf)
    AND COUNT { (i)<-[:WORKS_AT]-() } <= $smallWorkplace
  MATCH (i)<-[w2:WORKS_AT]-(b:Person)
  WHERE b <> a AND (w2.since IS NULL OR w2.since <= $asOf) AND (w2.until IS NULL OR w2.until > $asOf)
  RETURN b, 'COLLEAGUE' AS type, null AS strength, null AS stage, null AS confidence
  UNION ALL
  MATCH (a)-[r:RELATES]-(b:Person|User)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)
  RETURN b, 'RELATES' AS type, null AS strength, r.stage AS stage, r.confidence AS confidence
}
RETURN a.id AS from,
       collect([b.id, type, toFloat(strength), stage, toFloat(confidence), coalesce(b.optedOut, false), b:User]) AS ties
