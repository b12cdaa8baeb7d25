// The demo's regional territories other than the home one, by id, for the bench's
// multi-region territory. Params: $count (int). Returns: id.
MATCH (t:Territory)
WHERE t.level = 'region' AND t.id <> 'territory-north'
RETURN t.id AS id
ORDER BY id
LIMIT $count
