// People's works, newest first (undated last). Params: $ids [string] (person ids).
// Returns: personId, workId, label (Publication, Trial or Talk).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->(w)
WHERE w:Publication OR w:Trial OR w:Talk
WITH DISTINCT p, w
RETURN p.id AS personId, w.id AS workId, [l IN labels(w) WHERE l IN ['Publication', 'Trial', 'Talk']][0] AS label
ORDER BY personId, w.date IS NULL, w.date DESC, w.id
