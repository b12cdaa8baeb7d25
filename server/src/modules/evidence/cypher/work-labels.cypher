// Which of some ids are works, and of which kind. Params: $ids [string]. Returns: id, label.
UNWIND $ids AS id
MATCH (w:Entity {id: id})
WHERE w:Publication OR w:Trial OR w:Talk
RETURN w.id AS id, [l IN labels(w) WHERE l IN ['Publication', 'Trial', 'Talk']][0] AS label
