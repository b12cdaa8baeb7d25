// Erasure on request: the person's personal fields go and the node stays as an anonymised
// placeholder, so the ties that shape power and paths still hold; the provenance text on
// their ties goes too. Params: $personId, $placeholder, $today (Date), $cleared (each
// personal Person property -> null), $tieCleared (each personal tie property -> null).
// Returns: touched (the person and the ties changed).
MATCH (p:Person {id: $personId})
SET p += $cleared, p.name = $placeholder, p.anonymised = true, p.erasedOn = $today, p.consent = false, p.optedOut = true
WITH p
CALL (p) {
  OPTIONAL MATCH (p)-[r]-()
  WITH r WHERE r IS NOT NULL AND any(k IN keys($tieCleared) WHERE r[k] IS NOT NULL)
  SET r += $tieCleared
  RETURN count(r) AS ties
}
RETURN 1 + ties AS touched
