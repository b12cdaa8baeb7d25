// Keeps the language a user chose in the app (a BCP 47 tag), or forgets it (null). No graph
// version: nothing an analysis reads changes (the response cache keys answers on it instead).
// Params: $id, $locale. Returns: id (none when there is no such user).
MATCH (u:User {id: $id})
SET u.preferredLocale = $locale
RETURN u.id AS id
