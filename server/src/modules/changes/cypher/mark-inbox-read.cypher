// Marks a user's inbox read on a day, at the graph version their inbox was computed at.
// Params: $userId, $today (Date), $version (int). Returns: readOn.
MATCH (u:User {id: $userId})
SET u.inboxReadOn = $today, u.inboxReadVersion = $version
RETURN u.inboxReadOn AS readOn
