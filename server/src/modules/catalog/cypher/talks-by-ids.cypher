// Imported congress talks by id (DataLoader batches): the Talk node, the event it was
// held at and its speaker (a person; null while the speaker awaits review).
// Params: $ids [string]. Returns: id, personId, eventId, topic, session, role, date, title.
UNWIND $ids AS id
MATCH (t:Talk {id: id})-[:HELD_AT]->(e:Event)
OPTIONAL MATCH (p:Person)-[:SPOKE_AT]->(t)
WITH t, e, head(collect(p.id)) AS personId
RETURN t.id AS id, personId, e.id AS eventId, t.topic AS topic, t.session AS session,
       t.role AS role, t.date AS date, t.name AS title
