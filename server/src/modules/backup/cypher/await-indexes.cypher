// Waits until the restore key index is online. Params: none. Returns: nothing.
CALL db.awaitIndexes(300)
