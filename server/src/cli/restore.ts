import path from 'node:path';
import { restoreBackup } from '../modules/backup/backup.js';
import { backupMessages } from '../modules/backup/messages.js';
import { configOrExit, fail, progressPrinter, withDatabase } from './cli-support.js';

const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!file) {
  process.stderr.write(`${backupMessages.restoreUsage}\n`);
  process.exit(2);
}
const config = configOrExit();
const progress = progressPrinter();
try {
  const report = await withDatabase(config, (db) => restoreBackup(db, path.resolve(file), (nodes, ties) => progress('restored nodes + ties', nodes + ties)));
  process.stdout.write(`${backupMessages.restored(report.file, report.nodes, report.ties)}\n`);
} catch (error) {
  fail(error);
}
