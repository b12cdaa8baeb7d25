/** What `npm run backup` and `npm run restore` tell the person running them (translated together). */
export const backupMessages = {
  backupUsage: 'Usage: npm run backup -- <file>   (writes the whole graph as JSON lines; the app may keep running)',
  restoreUsage: 'Usage: npm run restore -- <file>   (into an empty database; checks the counts afterwards)',
  unsupportedValue: (where: string) =>
    `${where} holds a value type the backup cannot write yet (a point or a time without a date); nothing was written.`,
  notEmpty: (nodes: number) =>
    `The database already holds ${nodes} nodes; a restore only writes into an empty database. ` +
    'Point NEO4J_DATA at an empty folder (or NEO4J_URI at an empty database) and run it again.',
  notABackup: (file: string) => `${file} is not a KAMgraph backup (its first line is not a kamgraph-backup header).`,
  unknownVersion: (file: string, version: unknown) => `${file} is a backup of format version ${String(version)}, which this KAMgraph cannot read.`,
  truncated: (file: string) => `${file} ends before its closing line: the backup was cut short. Nothing was restored; use another backup.`,
  streamMismatch: (what: string, written: number, counted: number) =>
    `The backup wrote ${written} ${what} but the database counted ${counted} in the same transaction; the file is incomplete.`,
  countMismatch: (what: string, name: string, expected: number, found: number) =>
    `After the restore the database holds ${found} ${what} "${name}" where the backup holds ${expected}. The restore is incomplete: empty the database and run it again.`,
  backedUp: (file: string, nodes: number, ties: number, version: number) =>
    `Backed up ${nodes} nodes and ${ties} ties (graph version ${version}) to ${file}`,
  restored: (file: string, nodes: number, ties: number) =>
    `Restored ${nodes} nodes and ${ties} ties from ${file}; the counts per label and per tie type match the backup.`,
} as const;
