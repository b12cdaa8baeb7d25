// Publications and trials by id (DataLoader batches; talks come from the catalog module).
// Params: $ids [string]. Returns the works' fields (null where the label has none).
UNWIND $ids AS id
MATCH (w:Entity {id: id})
WHERE w:Publication OR w:Trial
RETURN w.id AS id, CASE WHEN w:Publication THEN 'Publication' ELSE 'Trial' END AS label,
       w.name AS name, w.date AS date, w.url AS url, w.pmid AS pmid, w.doi AS doi,
       w.journal AS journal, coalesce(w.meshTerms, []) AS meshTerms,
       coalesce(w.collectiveAuthors, []) AS collectiveAuthors, w.authorCount AS authorCount,
       w.nctId AS nctId, w.officialTitle AS officialTitle, coalesce(w.phases, []) AS phases,
       w.overallStatus AS overallStatus, w.completionDate AS completionDate,
       coalesce(w.conditions, []) AS conditions
