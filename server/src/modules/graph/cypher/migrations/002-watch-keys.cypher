// Watches made by `watch` before their key carried the day they started (type|from|to|since,
// as every other tie and as the importer computes it): export then import created a second
// watch beside each of them. Only keys not yet in that form change, so a second run changes
// nothing. Watches are a user's own bookkeeping, so the graph version stays as it is.
MATCH (u:User)-[w:WATCHES]->(n:Entity)
WHERE w.since IS NOT NULL AND w.key <> 'WATCHES|' + u.id + '|' + n.id + '|' + toString(w.since)
SET w.key = 'WATCHES|' + u.id + '|' + n.id + '|' + toString(w.since);
