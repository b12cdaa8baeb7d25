// Empties the database (npm run seed -- --reset), in batches so that a national graph
// needs no giant transaction; runs outside an explicit transaction (IN TRANSACTIONS).
// Params: none. Returns: nothing.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
