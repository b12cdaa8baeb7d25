// Marks a user's inbox read on a day, at the graph version their inbox was computed at,
// and keeps each watched scope's ranking as it stands (what later rank moves compare with).
// Params: $userId, $today (Date), $version (int), $rankings ([{scopeId, entries}], entries
// `personId rank score`). Returns: readOn.
MATCH (u:User {id: $userId})
SET u.inboxReadOn = $today, u.inboxReadVersion = $version
WITH u
CALL (u) {
  UNWIND $rankings AS ranking
  MATCH (u)-[w:WATCHES]->(:Entity {id: ranking.scopeId})
  SET w.rankingAtRead = ranking.entries
}
RETURN u.inboxReadOn AS readOn
