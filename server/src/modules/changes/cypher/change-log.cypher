// The change log's events: those written on a day of a window, or (with $afterVersion)
// every event after a graph version. Params: $from, $to (Date), $afterVersion (int or null).
// Returns: version, on, by, facts, removed; oldest first.
MATCH (e:ChangeEvent)
WHERE ($afterVersion IS NULL AND e.on >= $from AND e.on <= $to)
   OR ($afterVersion IS NOT NULL AND e.version > $afterVersion)
RETURN e.version AS version, e.on AS on, e.by AS by, e.facts AS facts, coalesce(e.removed, []) AS removed
ORDER BY version
LIMIT 10000
