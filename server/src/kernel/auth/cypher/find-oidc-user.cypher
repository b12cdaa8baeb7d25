// The user a sign-in with the company's identity provider belongs to: the one linked to
// its subject, else an unlinked user with the same e-mail (linked on this first sign-in).
// Params: $subject, $email (lower case or null). Returns: id, role, linked.
OPTIONAL MATCH (bySubject:User {oidcSubject: $subject})
OPTIONAL MATCH (byEmail:User)
  WHERE bySubject IS NULL AND $email IS NOT NULL AND byEmail.oidcSubject IS NULL AND toLower(byEmail.email) = $email
WITH coalesce(bySubject, byEmail) AS u, bySubject IS NOT NULL AS linked
WHERE u IS NOT NULL
RETURN u.id AS id, u.role AS role, linked
ORDER BY id
LIMIT 1
