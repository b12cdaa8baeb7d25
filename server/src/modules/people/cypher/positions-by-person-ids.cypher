// WORKS_AT positions valid as of a date, for many people at once.
// Params: $ids [string], $asOf (Date). Returns: personId, institution {id,name,kind}, title, head, since, until.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[w:WORKS_AT]->(i:Institution)
WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until > $asOf)
RETURN p.id AS personId,
       {id: i.id, name: i.name, kind: i.kind, city: i.city, ours: coalesce(i.ours, false),
        competitor: coalesce(i.competitor, false), keyAccount: coalesce(i.keyAccount, false)} AS institution,
       w.position AS title, coalesce(w.head, false) AS head, w.since AS since, w.until AS until
ORDER BY personId, head DESC, since
