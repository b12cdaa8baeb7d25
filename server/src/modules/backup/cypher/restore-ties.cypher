// Creates a batch of relationships between restored nodes.
// Params: $rows [{type, from, to, props}]. Returns: created.
UNWIND $rows AS row
MATCH (a:BackupRestoring {backupRestoreKey: row.from})
MATCH (b:BackupRestoring {backupRestoreKey: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
