import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceUploadAnswer } from '../../server/src/modules/evidence/upload-route.js';
import { useTestApi, type TestApi } from './support/api.js';
import { DATABASE, uniquePrefix, useTestDriver } from './support/database.js';
import { evidenceFixtureCopy, letterTag } from './support/evidence-fixtures.js';

async function upload(api: TestApi, file: string, options: { as?: string; name?: string | null; body?: Buffer } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (options.as !== '') headers.authorization = `Bearer ${await api.token(options.as ?? 'test-admin')}`;
  if (options.name !== null) headers['x-file-name'] = encodeURIComponent(options.name ?? path.basename(file));
  const response = await fetch(`${api.url}/evidence/upload`, { method: 'POST', headers, body: new Uint8Array(options.body ?? readFileSync(file)) });
  return { status: response.status, body: (await response.json()) as EvidenceUploadAnswer & { error: string | null } };
}

describe('evidence upload (POST /evidence/upload)', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const prefix = uniquePrefix('evu');

  async function count(query: string, params: Record<string, unknown>): Promise<number> {
    const { records } = await driver.executeQuery(query, params, { database: DATABASE });
    return Number(records[0]!.get('n'));
  }

  it('imports an admin\'s PubMed file as the command does, and changes nothing when it is sent again', async () => {
    const { dir, ids } = evidenceFixtureCopy(letterTag());
    const file = path.join(dir, 'pubmed.xml');
    const first = await upload(api, file);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, file: 'pubmed.xml', format: 'pubmed_xml', works: 3, error: null });
    expect(first.body.report).toMatch(/^pubmed\.xml \(pubmed_xml\): 3 works/);
    expect(first.body.report).not.toContain(dir);
    expect(await count(`MATCH (p:Publication) WHERE p.pmid IN $p RETURN count(p) AS n`, { p: [ids.pmid1, ids.pmid2, ids.pmid3] })).toBe(3);

    const again = await upload(api, file);
    expect(again.status).toBe(200);
    expect(again.body.report).toMatch(/nodes 0 created, 0 updated, \d+ unchanged; ties 0 created, 0 updated/);
    expect(again.body.suggestions).toEqual({ created: 0, updated: 0 });
  });

  it('rejects a truncated file whole, naming the file the admin chose and the position', async () => {
    const tag = letterTag();
    const { dir, ids } = evidenceFixtureCopy(tag, 'bad');
    const answer = await upload(api, path.join(dir, 'truncated.xml'), { name: 'my export.xml' });
    expect(answer.status).toBe(422);
    expect(answer.body.ok).toBe(false);
    expect(answer.body.error).toMatch(/^my export\.xml \(line \d+, column \d+\): ends before the XML is complete/);
    expect(answer.body.report).toMatch(/^my export\.xml: rejected, nothing written from it/);
    expect(await count(`MATCH (n) WHERE n.id IN $ids OR n.name CONTAINS $tag RETURN count(n) AS n`, { ids: [`pmid-${ids.pmid1}`], tag })).toBe(0);
  });

  it('lets only admins upload, and wants a file name', async () => {
    const tag = letterTag();
    const { dir } = evidenceFixtureCopy(tag);
    const file = path.join(dir, 'congress.csv');
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) SET u.name = 'Upload KAM', u.role = 'kam'`, { id: `${prefix}-kam` }, { database: DATABASE });
    const kam = await upload(api, file, { as: `${prefix}-kam` });
    expect(kam).toEqual({ status: 403, body: { ok: false, error: 'Only admins may import evidence files.' } });
    const anonymous = await upload(api, file, { as: '' });
    expect(anonymous.status).toBe(401);
    const nameless = await upload(api, file, { name: null });
    expect(nameless.status).toBe(400);
    expect(nameless.body.error).toMatch(/X-File-Name/);
    const hidden = await upload(api, file, { name: '../../.profile' });
    expect(hidden.status).toBe(400);
    expect(await count(`MATCH (e:Event) WHERE e.name CONTAINS $t RETURN count(e) AS n`, { t: tag })).toBe(0);
  });
});

describe('evidence upload over the size limit', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver, { evidence: { areasFile: path.resolve('data/therapeutic-area-terms.csv'), maxUploadBytes: 4096 } });

  it('refuses a body over EVIDENCE_UPLOAD_MAX_MB with 413 and imports nothing', async () => {
    const tag = letterTag();
    const { dir, ids } = evidenceFixtureCopy(tag);
    const answer = await upload(api, path.join(dir, 'pubmed.xml'));
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatch(/^pubmed\.xml is larger than the upload limit of .* \(EVIDENCE_UPLOAD_MAX_MB\); import it with npm run evidence/);
    const { records } = await driver.executeQuery(`MATCH (p:Publication) WHERE p.pmid IN $p RETURN count(p) AS n`, { p: [ids.pmid1] }, { database: DATABASE });
    expect(records[0]!.get('n')).toBe(0);
  });
});
