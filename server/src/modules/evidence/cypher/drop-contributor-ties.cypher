// A name that now belongs to a person leaves the review queue for that work: its tie from
// the contributor is removed (the person's tie replaces it).
// Params: $rows [{contributorId, workId}]. Returns: removed.
UNWIND $rows AS row
MATCH (c:Contributor {id: row.contributorId})-[r:AUTHORED|INVESTIGATOR_IN|SPOKE_AT]->(w:Entity {id: row.workId})
DELETE r
RETURN count(r) AS removed
