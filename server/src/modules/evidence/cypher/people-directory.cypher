// Everyone evidence may name, for matching: people with their ORCID iD and where they
// work today (institution name and city). Anonymised people are never matched.
// Params: $today (Date). Returns one row: people [[id, name, orcid]], jobs [[personId,
// institution name, city]], as positional lists (a national graph has 100,000 people).
CALL () {
  MATCH (p:Person)
  WHERE NOT coalesce(p.anonymised, false)
  RETURN collect([p.id, p.name, p.orcid]) AS people
}
CALL () {
  MATCH (p:Person)-[w:WORKS_AT]->(i:Institution)
  WHERE NOT coalesce(p.anonymised, false) AND (w.until IS NULL OR w.until > $today)
  RETURN collect([p.id, i.name, i.city]) AS jobs
}
RETURN people, jobs
