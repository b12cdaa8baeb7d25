// How many people the bench database holds (reuse it when this matches the size asked).
// Params: none. Returns: people.
MATCH (p:Person) RETURN count(p) AS people
