// Removes the restore's marks, in batches. Params: none. Returns: nothing.
MATCH (n:BackupRestoring)
CALL (n) {
  REMOVE n:BackupRestoring, n.backupRestoreKey
} IN TRANSACTIONS OF 10000 ROWS
