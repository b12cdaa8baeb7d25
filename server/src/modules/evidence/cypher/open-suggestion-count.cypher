// How many open suggestions involve a person. Params: $personId. Returns: open.
MATCH (s:TieSuggestion {status: 'open'})
WHERE s.fromId = $personId OR s.toId = $personId
RETURN count(s) AS open
