// The restore finds a tie's ends by their key from the backup: an index makes that a lookup.
// Params: none. Returns: nothing.
CREATE INDEX backup_restore_key IF NOT EXISTS FOR (n:BackupRestoring) ON (n.backupRestoreKey)
