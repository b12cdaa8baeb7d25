// Records that a proposal was confirmed. Params: $id, $on (Date). Returns: id.
MATCH (i:Interaction {id: $id, kind: 'proposal'})
SET i.confirmedOn = $on
WITH i
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
RETURN i.id AS id
