// People of a list added to the graph in a window (their addedOn day), or named by the
// change log as added. Params: $ids [person id], $from, $to (Date), $added [person id].
// Returns: personId, on (the addedOn day; the log's day when none was stamped).
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE (p.addedOn >= $from AND p.addedOn <= $to) OR p.id IN $added
RETURN p.id AS personId, p.addedOn AS on
