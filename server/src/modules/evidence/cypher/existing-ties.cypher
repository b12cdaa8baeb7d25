// Which suggested ties already hold (typed by hand or accepted earlier): KNOWS either
// way, INFLUENCES from -> to. Params: $pairs [{type, from, to}], $today (Date).
// Returns: key (`type|from|to`).
UNWIND $pairs AS pair
MATCH (a:Person {id: pair.from})
MATCH (b:Person {id: pair.to})
WITH pair, a, b
WHERE (pair.type = 'KNOWS' AND EXISTS { MATCH (a)-[k:KNOWS]-(b) WHERE k.until IS NULL OR k.until > $today })
   OR (pair.type = 'INFLUENCES' AND EXISTS { MATCH (a)-[i:INFLUENCES]->(b) WHERE i.until IS NULL OR i.until > $today })
RETURN pair.type + '|' + pair.from + '|' + pair.to AS key
