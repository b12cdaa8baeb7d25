// Accepts or rejects an open suggestion, with who and when (and why, when rejecting).
// Params: $id, $status ('accepted' | 'rejected'), $by (user id), $on (Date), $reason.
// Returns: id (no row when the suggestion was not open).
MATCH (s:TieSuggestion {id: $id, status: 'open'})
SET s.status = $status, s.decidedBy = $by, s.decidedOn = $on, s.rejectReason = $reason
RETURN s.id AS id
