/**
 * The English catalogue of what the data commands print (npm run import, export, evidence,
 * backup, restore, retention, digest, token): usage lines, refusals, reports and progress
 * labels. A command prints in its `--locale`, else the shell's LC_ALL, LC_MESSAGES or LANG
 * (cli/cli-support.ts). Option names, file names, commands and environment variables stay
 * as typed.
 *
 * `cli.*` every command's, `backup.*` backup and restore, `retention.*` the retention job.
 */

export const cliEn = {
  // Every command's.
  'cli.badLocale': '--locale must be en, pt-PT or pt-BR, got "{given}"',
  'cli.interrupted': 'Interrupted; closing the database...',
  'cli.noUser': 'No user with id "{userId}". Users are User nodes (the demo has user-admin, user-kam, user-manager, user-strategist).',
  'cli.importUsage': 'Usage: npm run import -- <folder> [--locale en|pt-PT|pt-BR]   (the folder holds nodes.csv and/or ties.csv)',
  'cli.exportUsage': 'Usage: npm run export -- <folder> [--locale en|pt-PT|pt-BR]   (writes nodes.csv and ties.csv)',
  'cli.exported': 'Exported {nodes} nodes and {ties} ties to {folder}',
  'cli.exportProgress': 'exported nodes',
  'cli.evidenceUsage':
    'Usage: npm run evidence -- <file-or-folder>... [--areas <table.csv>] [--locale en|pt-PT|pt-BR]\n  PubMed XML (efetch), MEDLINE text (PubMed format), ClinicalTrials.gov API v2 JSON and\n  congress CSV (event,date,city,session,role,name,affiliation,topic); the format is detected\n  per file. A bad file is rejected whole (file and position named); re-importing changes nothing.',
  'cli.tokenUsage': 'Usage: npm run token -- <userId> [--ttl 30d] [--locale en|pt-PT|pt-BR]   (e.g. user-kam, user-manager, user-strategist, user-admin)',
  'cli.tokenFor': 'Token for {name} ({role}); send it as "Authorization: Bearer <token>":',
  'cli.signInLink': 'Web sign-in link: {link}',
  'cli.digestUsage':
    'Usage: npm run digest -- <userId> [--since YYYY-MM-DD] [--locale en|pt-PT|pt-BR]   (default: since the user last read their inbox, in the shell\u2019s language)',

  // Backup and restore.
  'backup.usage': 'Usage: npm run backup -- <file> [--locale en|pt-PT|pt-BR]   (writes the whole graph as JSON lines; the app may keep running)',
  'restore.usage': 'Usage: npm run restore -- <file> [--locale en|pt-PT|pt-BR]   (into an empty database; checks the counts afterwards)',
  'backup.progress': 'backed up nodes + ties',
  'restore.progress': 'restored nodes + ties',
  'backup.unsupportedValue': '{where} holds a value type the backup cannot write yet (a point or a time without a date); nothing was written.',
  'backup.notEmpty':
    'The database already holds {nodes} nodes; a restore only writes into an empty database. Point NEO4J_DATA at an empty folder (or NEO4J_URI at an empty database) and run it again.',
  'backup.notABackup': '{file} is not a KAMgraph backup (its first line is not a kamgraph-backup header).',
  'backup.unknownVersion': '{file} is a backup of format version {version}, which this KAMgraph cannot read.',
  'backup.truncated': '{file} ends before its closing line: the backup was cut short. Nothing was restored; use another backup.',
  'backup.streamMismatch':
    'The backup wrote {written} {what, select, ties {ties} other {nodes labelled {label}}} but the database counted {counted} in the same transaction; the file is incomplete.',
  'backup.countMismatch':
    'After the restore the database holds {found} {what, select, label {nodes labelled "{name}"} type {ties of type "{name}"} other {nodes in all}} where the backup holds {expected}. The restore is incomplete: empty the database and run it again.',
  'backup.done': 'Backed up {nodes} nodes and {ties} ties (graph version {version}) to {file}',
  'restore.done': 'Restored {nodes} nodes and {ties} ties from {file}; the counts per label and per tie type match the backup.',

  // The retention job (npm run retention, and the server's log).
  'retention.nothing': 'Retention on {today}: nothing is past its retention period.',
  'retention.dryRun':
    'Retention on {today} (dry run, nothing erased): {count, plural, one {# person has} other {# people have}} dossier data past retention:',
  'retention.erased': 'Retention on {today}: erased the dossier data of {count, plural, one {# person} other {# people}}:',
  'retention.line': '  {personId}  retention ended {endedOn} ({basis, select, none {no lawful basis recorded} other {{basis}}})',
} as const satisfies Record<string, string>;
