import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../server/src/modules/import-export/import-issues.js';
import { readCsvFolder } from '../../server/src/modules/import-export/read-csv-folder.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kamgraph-csv-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** What the CSV reader accepts as a file's shape, before any row is looked at. */
describe('reading an import folder', () => {
  it('takes a file holding only its header row as a valid empty file', async () => {
    const parsed = await readCsvFolder(folder({ 'nodes.csv': 'id,type,name\nperson-1,Person,Ana\n', 'ties.csv': 'from,to,type,strength\n' }));
    expect(parsed.issues).toEqual([]);
    expect(parsed.nodes).toHaveLength(1);
    expect(parsed.ties).toEqual([]);
  });

  it('takes a header row with a byte-order mark and Windows line ends', async () => {
    const parsed = await readCsvFolder(folder({ 'ties.csv': '\uFEFFfrom,to,type\r\n' }));
    expect(parsed.issues).toEqual([]);
  });

  it('refuses a file without even a header, naming the file', async () => {
    const parsed = await readCsvFolder(folder({ 'nodes.csv': 'id,type,name\n', 'ties.csv': '' }));
    expect(parsed.issues.map((i) => formatIssue(i))).toEqual(['ties.csv: is empty (no header row)']);
    expect(parsed.issues.map((i) => formatIssue(i, 'pt-BR'))).toEqual(['ties.csv: está vazio (sem linha de cabeçalho)']);
  });

  it('refuses a header that lacks a required column, on line 1, whether or not rows follow', async () => {
    for (const text of ['from,type\n', 'from,type\na,KNOWS\n']) {
      const parsed = await readCsvFolder(folder({ 'ties.csv': text }));
      expect(parsed.issues.map((i) => formatIssue(i))).toEqual(['ties.csv:1: header lacks column to (needs from,to,type first)']);
      expect(parsed.issues.map((i) => formatIssue(i, 'pt-PT'))).toEqual(['ties.csv:1: falta ao cabeçalho a coluna to (precisa de from,to,type primeiro)']);
    }
  });
});
