// Records the lawful basis, notice and retention of a person's data (null clears notice
// and retention fields). Params: $personId, $props (typed). Returns: id.
MATCH (p:Person {id: $personId})
SET p += $props
WITH p
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN p.id AS id
