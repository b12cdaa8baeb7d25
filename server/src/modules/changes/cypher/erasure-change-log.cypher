// The change log's entries that kept a deleted tie of a person being erased (their
// `removed` JSON names the person's id). Params: $personId.
// Returns: version, removed [string] (the entry's deleted ties, as stored).
MATCH (e:ChangeEvent)
WHERE any(tie IN e.removed WHERE tie CONTAINS $personId)
RETURN e.version AS version, e.removed AS removed
