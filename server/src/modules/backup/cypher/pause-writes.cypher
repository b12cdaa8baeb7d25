// Takes the write lock on the graph version in the backup's own transaction (rolled back
// at the end, so the marker is never stored). Every API write bumps this version in its
// transaction, so none can commit while the backup reads: the backup sees one moment.
// Params: none. Returns: version.
MERGE (m:GraphMeta {key: 'graph'})
SET m.backupPausedAt = datetime()
RETURN coalesce(m.version, 0) AS version
