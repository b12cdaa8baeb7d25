// Bad input answered in the reader's language (issue 17): a mutation's field errors and the
// API's GraphQL errors in the request's Accept-Language (or @locale), a bad CSV row by
// importFolder and by `npm run import` in the shell's language, a bad PubMed file and a bad
// congress CSV row sent to the upload, and a webhook's body at a real local receiver in the
// language chosen when it was registered. Field names, positions and enum values stay as
// the API and the files spell them.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { ImportRejected } from '../../server/src/modules/import-export/import-issues.js';
import { graphql } from './gql/index.js';
import { useTestApi, type TestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { useWebhookReceiver, waitForValue } from './support/webhook-receiver.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';
import { evidenceFixtureCopy, letterTag } from './support/evidence-fixtures.js';

const SET_TIE = graphql(`mutation I18nErrTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }`);
const SET_ROLE = graphql(`mutation I18nErrRole($u: ID!) { setUserRole(userId: $u, role: KAM) { ok errors { field message } } }`);
const MAP = graphql(`query I18nErrMap($t: ID!, $s: Float) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }`);
const MAP_IN_BRAZILIAN = graphql(`query I18nErrMapBr($t: ID!, $s: Float) @locale(is: PT_BR) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }`);
const DECISION_GROUP = graphql(`query I18nErrGroup($x: ID!, $d: Date) { decisionGroup(tenderId: $x, asOf: $d) { roles { role } } }`);
const PERSON = graphql(`mutation I18nErrPerson($t: ID!) { upsertPerson(input: { name: "Ana", territoryId: $t }) { ok } }`);
const CREATE_WEBHOOK = graphql(`
  mutation I18nErrWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id locale } } }
`);
const DELIVERIES = graphql(`query I18nErrDeliveries($id: ID!) { webhook(id: $id) { deliveries { status lastError } } }`);
const LIVE_EVERYWHERE = graphql(`subscription I18nErrLive { changed(scope: { everywhere: true }) { id } }`);
const TENDER = graphql(`mutation I18nErrTender($id: ID!, $name: String!) { upsertTender(input: { id: $id, name: $name, status: ANNOUNCED }) { ok } }`);

const PT = { acceptLanguage: 'pt-PT' };
const BR = { acceptLanguage: 'pt-BR' };

async function upload(api: TestApi, file: string, acceptLanguage: string, name = path.basename(file)) {
  const response = await fetch(`${api.url}/evidence/upload`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${await api.token('test-admin')}`, 'x-file-name': encodeURIComponent(name), 'accept-language': acceptLanguage },
    body: new Uint8Array(readFileSync(file)),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; error: string | null; report: string } };
}

describe('bad input answered in Portuguese of Portugal and of Brazil', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver, { changes: { pollMs: 100, retryBaseMs: 200, timeoutMs: 1_000, maxAttempts: 2 } });
  const p = uniquePrefix('i18nerr');
  const id = (s: string) => `${p}-${s}`;

  beforeAll(async () => {
    await importFolder(
      testDb(driver),
      writeCsvFolder(
        [
          { id: id('T'), type: 'Territory', name: `Erros ${p}` },
          { id: id('h'), type: 'Institution', name: 'Hospital dos Erros', kind: 'hospital' },
          { id: id('a'), type: 'Person', name: 'Dr.ª Ana Reis' },
          { id: id('X'), type: 'Tender', name: 'Concurso de insulina', status: 'planned', statusHistory: '2026-01-10 planned' },
          { id: id('s'), type: 'User', name: 'Sónia Estratega', role: 'strategist' },
          { id: id('k'), type: 'User', name: 'Kim Kam', role: 'kam' },
        ],
        [
          { from: id('h'), to: id('T'), type: 'LOCATED_IN' },
          { from: id('a'), to: id('h'), type: 'WORKS_AT', position: 'Physician' },
          { from: id('h'), to: id('X'), type: 'ISSUES' },
          { from: id('k'), to: id('T'), type: 'LOCATED_IN' },
        ],
      ),
    );
  });

  describe('through the API', () => {
    it('words a mutation\'s field errors in the request\'s language, naming the fields as the API does', async () => {
      const input = { from: id('a'), to: id('a'), type: 'INFLUENCES' as const, strength: 1.5, since: '2026-05-01', until: '2026-01-01' };
      const english = (await api.query(SET_TIE, { input })).data!.setTie;
      expect(english.ok).toBe(false);
      expect(english.errors).toEqual(
        expect.arrayContaining([
          { field: 'input.strength', message: '1.5 is above 1' },
          { field: 'input.until', message: '2026-01-01 is before since 2026-05-01' },
          { field: 'input.to', message: 'a tie must join two different nodes' },
        ]),
      );
      for (const language of [PT, BR]) {
        const { errors } = (await api.query(SET_TIE, { input }, language)).data!.setTie;
        expect(errors).toEqual(
          expect.arrayContaining([
            { field: 'input.strength', message: '1.5 é superior a 1' },
            { field: 'input.until', message: '2026-01-01 é anterior a since 2026-05-01' },
            { field: 'input.to', message: 'um vínculo tem de ligar dois nós diferentes' },
          ]),
        );
      }
      // Where Portugal and Brazil word it differently.
      expect((await api.query(SET_ROLE, { u: id('nobody') }, PT)).data!.setUserRole.errors).toEqual([{ field: 'userId', message: `não existe nenhum utilizador com o id "${id('nobody')}"` }]);
      expect((await api.query(SET_ROLE, { u: id('nobody') }, BR)).data!.setUserRole.errors).toEqual([{ field: 'userId', message: `não existe nenhum usuário com o id "${id('nobody')}"` }]);
    });

    it('words GraphQL errors too: bad arguments, missing ids and refusals keep their argument and code', async () => {
      const range = await api.query(MAP, { t: id('T'), s: 2 }, PT);
      expect(range.errors![0]).toMatchObject({ message: 'minStrength: deve estar entre 0 e 1, recebido: 2', extensions: { code: 'BAD_USER_INPUT', argument: 'minStrength' } });
      expect((await api.query(MAP, { t: id('T'), s: 2 })).errors![0]!.message).toBe('minStrength: must be from 0 to 1, got 2');

      const missing = { x: id('nope') };
      expect((await api.query(DECISION_GROUP, missing, PT)).errors![0]).toMatchObject({ message: `tenderId: não existe nenhum concurso público com o id "${id('nope')}"`, extensions: { code: 'NOT_FOUND' } });
      expect((await api.query(DECISION_GROUP, missing, BR)).errors![0]!.message).toBe(`tenderId: não existe nenhuma licitação com o id "${id('nope')}"`);

      const strategist = { as: id('s') };
      expect((await api.query(PERSON, { t: id('T') }, { ...strategist, ...PT })).errors![0]).toMatchObject({
        message: 'Os estrategas só têm acesso de leitura: peça esta alteração a um KAM, gestor ou administrador.',
        extensions: { code: 'FORBIDDEN' },
      });
      expect((await api.query(PERSON, { t: id('T') }, { ...strategist, ...BR })).errors![0]!.message).toBe(
        'Os estrategas só têm acesso de leitura: peça esta alteração a um KAM, gerente ou administrador.',
      );

      // A date that is no date: graphql-js frames it in English, the Date scalar's words follow the request.
      const badDate = await api.query(DECISION_GROUP, { x: id('X'), d: '2026-13-01' }, BR);
      expect(badDate.errors![0]!.message).toContain('Date deve ser uma data do calendário escrita AAAA-MM-DD, recebido: "2026-13-01"');
    });

    it('lets @locale outrank Accept-Language for errors as for answers', async () => {
      const { errors } = await api.query(MAP_IN_BRAZILIAN, { t: id('T'), s: -1 }, PT);
      expect(errors![0]!.message).toBe('minStrength: deve estar entre 0 e 1, recebido: -1');
      expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('words a subscription\'s refusal in the socket\'s locale parameter', async () => {
      const client = createClient({
        url: `${api.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${await api.token(id('k'))}`, locale: 'pt-BR' },
        retryAttempts: 0,
      });
      const refusal = await new Promise<string>((resolve, reject) => {
        client.subscribe(
          { query: print(LIVE_EVERYWHERE) },
          { next: (value) => resolve(value.errors?.[0]?.message ?? 'data'), error: reject, complete: () => resolve('complete') },
        );
      });
      await client.dispose();
      expect(refusal).toBe('scope.everywhere: só os administradores e os estrategas veem todos os territórios; pergunte por um dos seus territórios.');
    });

    it('words refusals before the operation is read: no sign-in, an unknown route', async () => {
      const answer = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'pt-BR' },
        body: JSON.stringify({ query: '{ me { locale } }' }),
      });
      expect(answer.status).toBe(401);
      const body = (await answer.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(body.errors[0]!.message).toBe('Faça login primeiro: envie "Authorization: Bearer <token>" (npm run token -- <userId> gera um) ou faça login com a sua conta da empresa.');
      const route = await fetch(`${api.url}/nowhere`, { headers: { 'accept-language': 'pt-PT' } });
      expect(await route.json()).toEqual({ errors: [{ message: 'Não há nada aqui: a API está em /graphql, o estado do serviço em /health.', extensions: { code: 'NOT_FOUND' } }] });
    });
  });

  describe('a bad CSV row', () => {
    const badFolder = () =>
      writeCsvFolder(
        [
          { id: id('ok'), type: 'Institution', name: 'Clínica Boa', kind: 'hospital' },
          { id: id('bad'), type: 'Institution', name: 'Clínica Má', kind: 'clinica' },
        ],
        [],
      );

    it('is rejected naming the file, line and column, in the reader\'s language', async () => {
      const rejected = await importFolder(testDb(driver), badFolder()).catch((e: unknown) => e);
      expect(rejected).toBeInstanceOf(ImportRejected);
      const error = rejected as ImportRejected;
      expect(error.message).toMatch(/^Import rejected, nothing was written\. 1 problem:\n {2}nodes\.csv:3 \[kind\]: "clinica" is not one of hospital, /);
      expect(error.wordedIn('pt-PT')).toMatch(/^Importação rejeitada, nada foi gravado\. 1 problema:\n {2}nodes\.csv:3 \[kind\]: "clinica" não é nenhum de hospital, /);
      const { records } = await driver.executeQuery('MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n', { ids: [id('ok'), id('bad')] }, { database: DATABASE });
      expect(Number(records[0]!.get('n'))).toBe(0);
    });

    it('is reported by npm run import in the shell\'s language, or in --locale', async () => {
      const folder = badFolder();
      const env = { ...process.env, NODE_ENV: 'development', NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: 'unused', LOG_LEVEL: 'silent', LC_ALL: '', LC_MESSAGES: '' };
      const importCli = (args: string[], extra: Record<string, string>) =>
        promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/src/cli/import.ts'), ...args], {
          cwd: PROJECT_ROOT,
          env: { ...env, ...extra },
          timeout: 60_000,
        }).then(
          () => '',
          (error: { stderr: string }) => error.stderr,
        );
      const brazilian = await importCli([folder], { LANG: 'pt_BR.UTF-8' });
      expect(brazilian).toMatch(/Importação rejeitada, nada foi gravado\. 1 problema:\n {2}nodes\.csv:3 \[kind\]: "clinica" não é nenhum de hospital, /);
      const flag = await importCli([folder, '--locale', 'pt-PT'], { LANG: 'C.UTF-8' });
      expect(flag).toMatch(/nodes\.csv:3 \[kind\]: "clinica" não é nenhum de /);
      const refused = await importCli([folder, '--locale', 'fr'], { LANG: 'pt_PT.UTF-8' });
      expect(refused).toContain('--locale deve ser en, pt-PT ou pt-BR, recebido: "fr"');
    }, 120_000);
  });

  describe('a bad evidence file sent to the upload', () => {
    it('names the file and the position of a truncated PubMed file in the request\'s language', async () => {
      const { dir } = evidenceFixtureCopy(letterTag(), 'bad');
      const pt = await upload(api, path.join(dir, 'truncated.xml'), 'pt-PT', 'a minha exportação.xml');
      expect(pt.status).toBe(422);
      expect(pt.body.error).toMatch(/^a minha exportação\.xml \(linha \d+, coluna \d+\): termina antes de o XML estar completo \(o ficheiro parece truncado\)/);
      expect(pt.body.report).toMatch(/^a minha exportação\.xml: rejeitado, nada foi gravado a partir dele\./);
      const br = await upload(api, path.join(dir, 'truncated.xml'), 'pt-BR', 'minha exportação.xml');
      expect(br.body.error).toMatch(/^minha exportação\.xml \(linha \d+, coluna \d+\): termina antes de o XML estar completo \(o arquivo parece truncado\)/);
    });

    it('names the line of a bad congress CSV row', async () => {
      const { dir } = evidenceFixtureCopy(letterTag());
      const file = path.join(dir, 'datas.csv');
      writeFileSync(file, 'event,date,city,session,role,name,affiliation,topic\nCongresso,2025-02-30,Lisboa,Abertura,speaker,Ana Reis,Hospital,Tema\n');
      const br = await upload(api, file, 'pt-BR');
      expect(br.status).toBe(422);
      expect(br.body.error).toBe('datas.csv (linha 2): date "2025-02-30" não é uma data (AAAA-MM-DD)');
      expect((await upload(api, file, 'en')).body.error).toBe('datas.csv (line 2): date "2025-02-30" is not a date (YYYY-MM-DD)');
    });
  });

  describe('a webhook\'s body at a real receiver', () => {
    const received: Array<{ url: string; body: string; language: string | undefined }> = [];
    const receiver = useWebhookReceiver(api, (req, body, res) => {
      if (req.url === '/down') {
        res.writeHead(500).end();
        return;
      }
      received.push({ url: req.url ?? '', body, language: req.headers['content-language'] });
      res.writeHead(204).end();
    });
    const base = () => receiver.url('');
    const hooks = receiver.hooks;
    // The dispatcher's first round reads the run's whole change log: generous on a busy machine.
    const waitFor = <T>(probe: () => Promise<T | undefined>, ms = 45_000): Promise<T> => waitForValue(probe, ms);

    it('refuses a bad registration in the request\'s language, naming the fields', async () => {
      const bad = (await api.query(CREATE_WEBHOOK, { input: { url: 'ftp://example.org/x', scope: { territoryId: id('T') }, secret: 'curto' } }, BR)).data!.createWebhook;
      expect(bad.ok).toBe(false);
      expect(bad.errors).toEqual(
        expect.arrayContaining([
          { field: 'input.url', message: '"ftp://example.org/x" não é uma URL http(s)' },
          { field: 'input.secret', message: 'deve ter pelo menos 16 caracteres (ou omita e um será gerado)' },
        ]),
      );
      const pt = (await api.query(CREATE_WEBHOOK, { input: { url: 'ftp://example.org/x', scope: { territoryId: id('T') } } }, PT)).data!.createWebhook;
      expect(pt.errors).toEqual([{ field: 'input.url', message: '"ftp://example.org/x" não é um URL http(s)' }]);
    });

    it('sends each change worded in the language chosen when the webhook was registered', async () => {
      // The registering request's language, or the one the input names.
      const brazilian = (await api.query(CREATE_WEBHOOK, { input: { url: `${base()}/br`, scope: { territoryId: id('T') }, kinds: ['TENDER_STATUS_CHANGED'] } }, BR)).data!.createWebhook;
      const portuguese = (await api.query(CREATE_WEBHOOK, { input: { url: `${base()}/pt`, scope: { territoryId: id('T') }, kinds: ['TENDER_STATUS_CHANGED'], locale: 'PT_PT' } })).data!.createWebhook;
      const down = (await api.query(CREATE_WEBHOOK, { input: { url: `${base()}/down`, scope: { territoryId: id('T') }, kinds: ['TENDER_STATUS_CHANGED'] } })).data!.createWebhook;
      hooks.push(brazilian.webhook!.id, portuguese.webhook!.id, down.webhook!.id);
      expect(brazilian.webhook!.locale).toBe('PT_BR');
      expect(portuguese.webhook!.locale).toBe('PT_PT');
      expect(down.webhook!.locale).toBe('EN');

      expect((await api.query(TENDER, { id: id('X'), name: 'Concurso de insulina' })).data!.upsertTender.ok).toBe(true);
      const atBr = await waitFor(async () => received.find((r) => r.url === '/br'));
      const atPt = await waitFor(async () => received.find((r) => r.url === '/pt'));
      const summaryOf = (r: { body: string }) => JSON.parse(r.body) as { locale: string; change: { kind: string; summary: string; message: { id: string } } };
      expect(atBr.language).toBe('pt-BR');
      expect(summaryOf(atBr)).toMatchObject({ locale: 'pt-BR', change: { kind: 'TENDER_STATUS_CHANGED', summary: 'Concurso de insulina passou de planejada a anunciada', message: { id: 'change.tenderStatusChanged' } } });
      expect(atPt.language).toBe('pt-PT');
      expect(summaryOf(atPt)).toMatchObject({ locale: 'pt-PT', change: { summary: 'Concurso de insulina passou de planeado a anunciado' } });

      // A failed delivery's reason is kept as a message: each admin reads it in their language.
      const failed = await waitFor(async () => {
        const deliveries = (await api.query(DELIVERIES, { id: down.webhook!.id }, PT)).data!.webhook!.deliveries;
        return deliveries[0]?.lastError ? deliveries[0] : undefined;
      });
      expect(failed.lastError).toBe('o recetor respondeu HTTP 500');
      expect((await api.query(DELIVERIES, { id: down.webhook!.id }, BR)).data!.webhook!.deliveries[0]!.lastError).toBe('o receptor respondeu HTTP 500');
      expect((await api.query(DELIVERIES, { id: down.webhook!.id })).data!.webhook!.deliveries[0]!.lastError).toBe('the receiver answered HTTP 500');
    }, 150_000);
  });
});

