// Creates a batch of nodes with their labels and properties, marked with their backup key.
// Params: $rows [{key, labels, props}]. Returns: created.
UNWIND $rows AS row
CREATE (n:BackupRestoring)
SET n = row.props, n.backupRestoreKey = row.key, n:$(row.labels)
RETURN count(n) AS created
