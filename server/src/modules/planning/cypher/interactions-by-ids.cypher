// Interactions with participants and follow-up state. Params: $ids [string].
// Returns: id, name, props, personIds, userIds, followedUp, tenderId.
UNWIND $ids AS id
MATCH (i:Interaction {id: id})
CALL (i) {
  OPTIONAL MATCH (who:Entity)-[:PARTICIPATED_IN]->(i)
  RETURN [w IN collect(who) WHERE w:Person | w.id] AS personIds, [w IN collect(who) WHERE w:User | w.id] AS userIds
}
CALL (i) {
  RETURN EXISTS { (:Interaction)-[:FOLLOWS_UP]->(i) } AS followedUp
}
OPTIONAL MATCH (i)-[:ABOUT]->(t:Tender)
RETURN i.id AS id, i.name AS name, properties(i) AS props, personIds, userIds, followedUp, head(collect(t.id)) AS tenderId
