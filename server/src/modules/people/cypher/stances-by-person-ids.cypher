// Stances of people toward companies and products, as of a date.
// Params: $ids [string], $asOf (Date). Returns: personId, towardId, towardName, value, ours.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[s:STANCE]->(target)
WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until > $asOf)
OPTIONAL MATCH (maker:Institution)-[:MAKES]->(target)
RETURN p.id AS personId, target.id AS towardId, target.name AS towardName, s.value AS value,
       coalesce(target.ours, maker.ours, false) AS ours, s.source AS source, s.since AS since
