import path from 'node:path';
import { exportFolder } from '../modules/import-export/export-folder.js';
import { configOrExit, fail, progressPrinter, withDatabase } from './cli-support.js';

const folder = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!folder) {
  process.stderr.write('Usage: npm run export -- <folder>   (writes nodes.csv and ties.csv)\n');
  process.exit(2);
}
const config = configOrExit();
const progress = progressPrinter();
try {
  const report = await withDatabase(config, (db) =>
    exportFolder(db, path.resolve(folder), (nodes) => progress('exported nodes', nodes)),
  );
  process.stdout.write(`Exported ${report.nodes} nodes and ${report.ties} ties to ${path.resolve(folder)}\n`);
} catch (error) {
  fail(error);
}
