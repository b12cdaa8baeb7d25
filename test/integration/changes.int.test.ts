import { createHmac, timingSafeEqual } from 'node:crypto';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createContext } from '../../server/src/context.js';
import { loadViewer } from '../../server/src/kernel/auth/access.js';
import { renderDigest } from '../../server/src/modules/changes/digest.js';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { graphql } from './gql/index.js';
import { TEST_TODAY, useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { useWebhookReceiver, waitForValue } from './support/webhook-receiver.js';
import { testDb, uniquePrefix, useTestDriver } from './support/database.js';

const FEED = graphql(`
  query ChangesFeed($t: ID!, $since: Date!, $until: Date, $kinds: [ChangeKind!], $first: Int, $after: String) {
    changes(scope: { territoryId: $t }, since: $since, until: $until, kinds: $kinds, first: $first, after: $after) {
      totalCount
      rankingPending
      countsByKind { kind count }
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id kind on summary weight personIds entityIds tieKeys rankBefore rankAfter
          people { id name }
          evidence { description value ids }
          stanceBefore stanceAfter stageBefore stageAfter statusBefore statusAfter
          recordedOn recordedBy { id }
          message { id params { name value entityId } }
        }
      }
    }
  }
`);
const SET_TIE = graphql(`
  mutation ChangesSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }
`);
const SET_STANCE = graphql(`
  mutation ChangesSetStance($p: ID!, $t: ID!, $v: Int!) { setStance(personId: $p, towardId: $t, value: $v) { ok errors { field message } } }
`);
const TENDER = graphql(`
  mutation ChangesTender($id: ID!, $name: String!, $status: TenderStatus) { upsertTender(input: { id: $id, name: $name, status: $status }) { ok errors { field message } } }
`);
const WATCH = graphql(`mutation ChangesWatch($id: ID!) { watch(id: $id) { ok errors { field message } watch { since entity { id } } } }`);
const UNWATCH = graphql(`mutation ChangesUnwatch($id: ID!) { unwatch(id: $id) { ok errors { field message } } }`);
const INBOX = graphql(`
  query ChangesInbox {
    me {
      watches { since entity { id __typename } }
      inbox {
        readOn since until unreadCount
        countsByKind { kind count }
        countsByWatch { count entity { id } }
        changes(first: 100) { totalCount nodes { id kind on summary personIds } }
      }
    }
  }
`);
const READ = graphql(`mutation ChangesRead { markInboxRead { ok inbox { unreadCount readOn } } }`);
const INBOX_WEIGHTS = graphql(`
  query ChangesInboxWeights($watch: ID) {
    me {
      inbox {
        unreadCount rankingPending countsByWatch { count entity { id } }
        changes(watch: $watch, first: 100) { totalCount nodes { id kind weight personIds rankBefore rankAfter movedCount moves { personId rankBefore rankAfter } } }
      }
    }
  }
`);
const RANKS = graphql(`
  query ChangesRanks($t: ID!) { balanceOfPower(scope: { territoryId: $t }, first: 100) { ranking { rank person { id } } } }
`);
const LIVE = graphql(`
  subscription ChangesLive($t: ID!) { changed(scope: { territoryId: $t }) { id kind on summary personIds tieKeys recordedBy { id } retracted } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation ChangesCreateWebhook($input: WebhookInput!) {
    createWebhook(input: $input) { ok errors { field message } secret webhook { id url kinds scopeKind scopeId secretHint } }
  }
`);
const DELIVERIES = graphql(`
  query ChangesDeliveries($id: ID!) { webhook(id: $id) { id deliveries { changeId kind status attempts lastStatus lastError deliveredAt } } }
`);

/**
 * A territory whose November holds one change of every kind, dated in the graph: a new
 * chair, a seat ended, a seat ending in the coming months, an influence tie begun, an
 * acquaintance ended, a stance and a stage that moved, a person added; a tender whose
 * status moves through the API. A person of another territory (z) influences someone in
 * it: the admin sees that tie, the territory's KAM must not.
 */
describe('change feeds, watches, live updates and webhooks', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver, { changes: { pollMs: 100, retryBaseMs: 200, timeoutMs: 1_000, maxAttempts: 3 } });
  const p = uniquePrefix('chg');
  const id = (s: string) => `${p}-${s}`;
  const kam = { as: id('kam') };
  const SINCE = '2026-11-01';

  beforeAll(async () => {
    const nodes = [
      { id: id('T'), type: 'Territory', name: `Change Land ${p}` },
      { id: id('O'), type: 'Territory', name: `Other Land ${p}` },
      { id: id('h'), type: 'Institution', name: 'Change Hospital', kind: 'hospital' },
      { id: id('ho'), type: 'Institution', name: 'Far Hospital', kind: 'hospital' },
      { id: id('rival'), type: 'Institution', name: 'Rival Pharma', kind: 'company' },
      { id: id('C'), type: 'Committee', name: 'Drug and Therapeutics Committee' },
      { id: id('X'), type: 'Tender', name: 'Insulin tender' },
      { id: id('kam'), type: 'User', name: 'Kim Kam', role: 'kam' },
      { id: id('a'), type: 'Person', name: 'Dr. Ana Reis', addedOn: '2024-01-01' },
      { id: id('b'), type: 'Person', name: 'Dr. Bruno Melo', addedOn: '2024-01-01' },
      { id: id('c'), type: 'Person', name: 'Dr. Carla Dias', addedOn: '2024-01-01' },
      { id: id('d'), type: 'Person', name: 'Dr. Duarte Novo', addedOn: '2026-11-20' },
      { id: id('z'), type: 'Person', name: 'Dr. Zeta Secret', addedOn: '2024-01-01' },
    ];
    const since = '2025-01-01';
    const ties = [
      { from: id('h'), to: id('T'), type: 'LOCATED_IN' },
      { from: id('ho'), to: id('O'), type: 'LOCATED_IN' },
      { from: id('C'), to: id('h'), type: 'PART_OF' },
      { from: id('h'), to: id('X'), type: 'ISSUES' },
      { from: id('kam'), to: id('T'), type: 'LOCATED_IN' },
      ...['a', 'b', 'c'].map((x) => ({ from: id(x), to: id('h'), type: 'WORKS_AT', position: 'Physician', since })),
      { from: id('d'), to: id('h'), type: 'WORKS_AT', position: 'Pharmacist', since: '2026-11-20' },
      { from: id('z'), to: id('ho'), type: 'WORKS_AT', position: 'Physician', since },
      { from: id('a'), to: id('C'), type: 'MEMBER_OF', role: 'chair', since: '2026-11-05' },
      { from: id('b'), to: id('C'), type: 'MEMBER_OF', role: 'member', since, until: '2026-11-10' },
      { from: id('c'), to: id('C'), type: 'MEMBER_OF', role: 'member', since, until: '2027-03-01' },
      { from: id('a'), to: id('X'), type: 'ROLE_IN', role: 'decision_maker', since },
      { from: id('b'), to: id('c'), type: 'INFLUENCES', strength: 0.7, since: '2026-11-08' },
      { from: id('z'), to: id('a'), type: 'INFLUENCES', strength: 0.9, since: '2026-11-09' },
      { from: id('a'), to: id('b'), type: 'KNOWS', since: '2024-01-01', until: '2026-11-12' },
      { from: id('a'), to: id('rival'), type: 'STANCE', value: -1, since, until: '2026-11-15' },
      { from: id('a'), to: id('rival'), type: 'STANCE', value: 1, since: '2026-11-15' },
      { from: id('kam'), to: id('c'), type: 'RELATES', stage: 'contact', since: '2025-06-01', until: '2026-11-16' },
      { from: id('kam'), to: id('c'), type: 'RELATES', stage: 'acquaintance', since: '2026-11-16' },
    ];
    await importFolder(testDb(driver), writeCsvFolder(nodes, ties));
  });

  const feed = async (vars: { since?: string; until?: string; kinds?: Array<'RANK_MOVED' | 'TIE_STARTED' | 'TIE_ENDED' | 'STANCE_CHANGED' | 'STAGE_CHANGED' | 'ROLE_STARTED' | 'ROLE_ENDED' | 'TERM_ENDING' | 'TENDER_STATUS_CHANGED' | 'PERSON_ADDED'>; first?: number; after?: string }, as?: { as: string }) => {
    const res = await api.query(FEED, { t: id('T'), since: vars.since ?? SINCE, ...vars }, as);
    expect(res.errors).toBeUndefined();
    return res.data!.changes;
  };
  const nodesOf = (c: Awaited<ReturnType<typeof feed>>) => c.edges.map((e) => e.node);
  /**
   * The inbox once the latest write is ranked: right after a write the server may answer
   * with the newest ranking ready and say so (rankingPending), and the answer changes when
   * the new ranking is.
   */
  const settledInbox = async (vars: { watch?: string } = {}, as?: { as: string }) => {
    for (let attempt = 0; ; attempt += 1) {
      const res = await api.query(INBOX_WEIGHTS, vars, as);
      expect(res.errors).toBeUndefined();
      const inbox = res.data!.me.inbox;
      if (!inbox.rankingPending || attempt >= 100) return inbox;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('tells every kind of change in the window, with its date, in sentences, weightiest first', async () => {
    const changes = await feed({ until: '2026-11-26', first: 100 });
    // The scope was never ranked before: the feed waited for its rankings.
    expect(changes.rankingPending).toBe(false);
    const nodes = nodesOf(changes);
    const find = (kind: string, pred: (n: (typeof nodes)[number]) => boolean = () => true) => nodes.find((n) => n.kind === kind && pred(n));

    expect(find('ROLE_STARTED', (n) => n.personIds[0] === id('a'))).toMatchObject({ on: '2026-11-05', summary: 'Dr. Ana Reis now chairs Drug and Therapeutics Committee' });
    expect(find('ROLE_ENDED', (n) => n.personIds[0] === id('b'))).toMatchObject({ on: '2026-11-10', summary: 'Dr. Bruno Melo no longer sits on Drug and Therapeutics Committee' });
    expect(find('TERM_ENDING', (n) => n.personIds[0] === id('c'))?.on).toBe('2027-03-01');
    expect(find('TIE_STARTED', (n) => n.personIds.join() === [id('b'), id('c')].join())).toMatchObject({ on: '2026-11-08' });
    expect(find('TIE_STARTED', (n) => n.personIds.join() === [id('b'), id('c')].join())!.summary).toMatch(/^Dr\. Bruno Melo now influences Dr\. Carla Dias \(strength 0\.70/);
    expect(find('TIE_ENDED')).toMatchObject({ on: '2026-11-12', summary: 'Dr. Ana Reis and Dr. Bruno Melo are no longer in touch' });
    expect(find('STANCE_CHANGED')).toMatchObject({ on: '2026-11-15', stanceBefore: -1, stanceAfter: 1, summary: "Dr. Ana Reis's stance toward Rival Pharma moved from sceptical to favourable" });
    expect(find('STAGE_CHANGED')).toMatchObject({ on: '2026-11-16', stageBefore: 'CONTACT', stageAfter: 'ACQUAINTANCE', summary: 'Kim Kam moved from contact to acquaintance with Dr. Carla Dias' });
    expect(find('PERSON_ADDED')).toMatchObject({ on: '2026-11-20', personIds: [id('d')], summary: 'Dr. Duarte Novo was added to the graph' });
    // The message behind the sentence, for clients that word it themselves.
    expect(find('ROLE_STARTED', (n) => n.personIds[0] === id('a'))!.message).toMatchObject({ id: 'change.roleStarted.committee' });

    // Ranks moved: the balance of power the day before the window against its last day,
    // each move explained by the changes of the window that touch the person.
    const ana = find('RANK_MOVED', (n) => n.personIds[0] === id('a'))!;
    expect(ana.rankBefore).not.toBe(ana.rankAfter);
    expect(ana.summary).toBe(`Dr. Ana Reis ${ana.rankAfter! < ana.rankBefore! ? 'rose' : 'fell'} from #${ana.rankBefore} to #${ana.rankAfter} in Change Land ${p}`);
    expect(ana.evidence.map((e) => e.description)).toContain('Dr. Ana Reis now chairs Drug and Therapeutics Committee');
    const bruno = find('RANK_MOVED', (n) => n.personIds[0] === id('b'))!;
    expect(bruno.evidence.map((e) => e.description)).toContain('Dr. Bruno Melo now influences Dr. Carla Dias (strength 0.70)');
    expect(find('RANK_MOVED', (n) => n.personIds[0] === id('d'))).toMatchObject({ rankBefore: null, summary: `Dr. Duarte Novo entered Change Land ${p} at #4` });

    // Sorted by weight; the new chair's seat weighs more than an acquaintance ended (which moves no score).
    const weights = nodes.map((n) => n.weight);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
    expect(find('TIE_ENDED')!.weight).toBe(0);
    expect(find('ROLE_STARTED', (n) => n.personIds[0] === id('a'))!.weight).toBeGreaterThan(0);
    // A change is reported once.
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(changes.totalCount).toBe(nodes.length);
    expect(changes.countsByKind.reduce((s, k) => s + k.count, 0)).toBe(nodes.length);
    // The admin sees the influence from another territory.
    expect(find('TIE_STARTED', (n) => n.personIds.includes(id('z')))).toBeDefined();
  });

  it('filters by kind and pages with cursors', async () => {
    const roles = await feed({ until: '2026-11-26', kinds: ['ROLE_STARTED', 'ROLE_ENDED'] });
    expect(new Set(nodesOf(roles).map((n) => n.kind))).toEqual(new Set(['ROLE_STARTED', 'ROLE_ENDED']));
    const all = await feed({ until: '2026-11-26', first: 100 });
    const first = await feed({ until: '2026-11-26', first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await feed({ until: '2026-11-26', first: 3, after: first.pageInfo.endCursor! });
    expect([...nodesOf(first), ...nodesOf(next)].map((n) => n.id)).toEqual(nodesOf(all).slice(0, 6).map((n) => n.id));
  });

  it('shows a KAM nothing about people outside their territories', async () => {
    const nodes = nodesOf(await feed({ until: '2026-11-26', first: 500 }, kam));
    expect(nodes.length).toBeGreaterThan(5);
    const text = JSON.stringify(nodes);
    expect(text).not.toContain(id('z'));
    expect(text).not.toContain('Zeta Secret');
    expect(text).not.toContain(id('ho'));
  });

  it('refuses bad input, naming the argument', async () => {
    const late = await api.query(FEED, { t: id('T'), since: '2026-11-20', until: '2026-11-10' });
    expect(late.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'since' } });
    expect(late.errors![0]!.message).toMatch(/^since: Nov 20, 2026 is after until \(Nov 10, 2026\)/);
    const hidden = await api.query(FEED, { t: id('O'), since: SINCE }, kam);
    expect(hidden.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(hidden.errors![0]!.message).toContain(id('O'));
    const zero = await api.query(FEED, { t: id('T'), since: SINCE, first: 0 });
    expect(zero.errors![0]).toMatchObject({ extensions: { argument: 'first' } });
    const kind = await api.query(`query { changes(scope: { territoryId: "${id('T')}" }, since: "${SINCE}", kinds: [NOT_A_KIND]) { totalCount } }`);
    expect(kind.errors![0]!.message).toMatch(/NOT_A_KIND/);
  });

  it('lists a change written through the API today with the day it took effect, even back-dated', async () => {
    const back = await api.query(SET_TIE, { input: { from: id('c'), to: id('a'), type: 'INFLUENCES', strength: 0.6, since: '2026-10-01' } }, kam);
    expect(back.data!.setTie.ok).toBe(true);
    const status = await api.query(TENDER, { id: id('X'), name: 'Insulin tender', status: 'ANNOUNCED' }, kam);
    expect(status.data!.upsertTender.ok).toBe(true);
    const nodes = nodesOf(await feed({ since: TEST_TODAY, first: 100 }, kam));
    expect(nodes.find((n) => n.kind === 'TIE_STARTED' && n.personIds.join() === [id('c'), id('a')].join())).toMatchObject({
      on: '2026-10-01',
      recordedOn: TEST_TODAY,
      recordedBy: { id: id('kam') },
    });
    expect(nodes.find((n) => n.kind === 'TENDER_STATUS_CHANGED')).toMatchObject({ on: TEST_TODAY, statusAfter: 'ANNOUNCED', summary: 'Insulin tender moved from no status to announced' });
    // As-of answers and the feed agree: the back-dated tie is not in October's feed as a write of October,
    // but it is there by its own date.
    const october = nodesOf(await feed({ since: '2026-10-01', until: '2026-10-01' }, kam));
    expect(october.some((n) => n.kind === 'TIE_STARTED' && n.personIds.join() === [id('c'), id('a')].join())).toBe(true);
  });

  it('keeps watches and an inbox with unread counts, emptied by markInboxRead', async () => {
    expect((await api.query(WATCH, { id: id('a') }, kam)).data!.watch).toMatchObject({ ok: true, watch: { since: TEST_TODAY, entity: { id: id('a') } } });
    expect((await api.query(WATCH, { id: id('T') }, kam)).data!.watch.ok).toBe(true);
    const refused = await api.query(WATCH, { id: id('kam') }, kam);
    expect(refused.data!.watch).toMatchObject({ ok: false, errors: [{ field: 'id' }] });
    expect(refused.data!.watch.errors[0]!.message).toContain('is a User');
    const hidden = await api.query(WATCH, { id: id('z') }, kam);
    expect(hidden.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });

    const before = (await api.query(INBOX, undefined, kam)).data!.me;
    expect(before.watches.map((w) => w.entity.id).sort()).toEqual([id('T'), id('a')].sort());
    expect(before.inbox.readOn).toBeNull();
    expect(before.inbox.unreadCount).toBeGreaterThan(0);
    expect(before.inbox.unreadCount).toBe(before.inbox.changes.totalCount);
    expect(before.inbox.countsByWatch.map((w) => w.entity.id)).toContain(id('a'));
    expect(JSON.stringify(before.inbox)).not.toContain('Zeta Secret');

    const read = await api.query(READ, undefined, kam);
    expect(read.data!.markInboxRead).toMatchObject({ ok: true, inbox: { unreadCount: 0, readOn: TEST_TODAY } });

    // A colleague's edit after the read fills it again.
    expect((await api.query(SET_STANCE, { p: id('a'), t: id('rival'), v: 2 })).data!.setStance.ok).toBe(true);
    const after = (await api.query(INBOX, undefined, kam)).data!.me.inbox;
    expect(after.unreadCount).toBe(1);
    expect(after.changes.nodes[0]).toMatchObject({ kind: 'STANCE_CHANGED', summary: "Dr. Ana Reis's stance toward Rival Pharma moved from favourable to preferring" });
    expect((await api.query(UNWATCH, { id: id('a') }, kam)).data!.unwatch.ok).toBe(true);
    expect((await api.query(UNWATCH, { id: id('a') }, kam)).data!.unwatch).toMatchObject({ ok: false, errors: [{ field: 'id' }] });
  });

  it('prints the inbox as a Markdown digest (npm run digest), from a day of its own', async () => {
    const viewer = (await loadViewer(api.db, id('kam'), TEST_TODAY))!;
    const markdown = await renderDigest(createContext(api.db, viewer, { today: TEST_TODAY }), { since: SINCE });
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# What changed for Kim Kam');
    expect(lines[2]).toBe('Nov 1, 2026 – Nov 27, 2026');
    expect(lines).toContain(`## Change Land ${p} (territory)`);
    expect(lines).toContain('- **Nov 5, 2026** Dr. Ana Reis now chairs Drug and Therapeutics Committee _(weight 0.40)_');
    // The territory's rank moves are one item, with who moved listed under it.
    expect(lines.some((l) => /^- \*\*Nov 27, 2026\*\* Ranking of Change Land .+: Dr\. /.test(l))).toBe(true);
    expect(lines.some((l) => /^  - Dr\. [A-Za-z. ]+: (#\d+ → #\d+|entered at #\d+|left \(was #\d+\))$/.test(l))).toBe(true);
    expect(markdown).not.toContain('Zeta Secret');
  });

  it('pushes changes in the scope to a graphql-ws subscriber within seconds, and nothing to an unauthenticated socket', async () => {
    const wsUrl = `${api.url.replace('http', 'ws')}/graphql`;
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await api.token(id('kam'))}` }, retryAttempts: 0 });
    const received: Array<{ kind: string; personIds: string[]; tieKeys: string[]; recordedBy: { id: string } | null }> = [];
    const arrivedAt = new Map<string, number>();
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: print(LIVE), variables: { t: id('T') } },
        {
          next: (value) => {
            const change = (value.data as { changed: (typeof received)[number] }).changed;
            received.push(change);
            for (const key of change.tieKeys) arrivedAt.set(key, Date.now());
            resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    // The socket subscribes asynchronously: write until one change comes through, then
    // measure each write's way to the subscriber by its own tie key.
    const writtenAt = new Map<string, number>();
    for (let day = 10; day < 25 && arrivedAt.size === 0; day += 1) {
      const since = `2026-11-${day}`;
      writtenAt.set(`INFLUENCES|${id('b')}|${id('a')}|${since}`, Date.now());
      expect((await api.query(SET_TIE, { input: { from: id('b'), to: id('a'), type: 'INFLUENCES', strength: 0.5, since } })).data!.setTie.ok).toBe(true);
      await Promise.race([done, new Promise((r) => setTimeout(r, 2_000))]);
    }
    await done;
    const [key, at] = [...arrivedAt][0]!;
    expect(at - writtenAt.get(key)!).toBeLessThan(2_000);
    expect(received[0]).toMatchObject({ kind: 'TIE_STARTED', personIds: [id('b'), id('a')], recordedBy: { id: 'test-admin' } });
    await client.dispose();

    // No token: the socket is closed before anything runs.
    const anonymous = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    const outcome = await new Promise<string>((resolve) => {
      anonymous.subscribe({ query: print(LIVE), variables: { t: id('T') } }, { next: () => resolve('data'), error: (e) => resolve(`error ${(e as { code?: number }).code ?? ''}`), complete: () => resolve('complete') });
    });
    expect(outcome).toBe('error 4403');
    await anonymous.dispose();
  });

  it("tells the inbox's rank moves against the ranking kept when it was read, even for a write made later that day", async () => {
    const rankOf = async (personId: string) => (await api.query(RANKS, { t: id('T') }, kam)).data!.balanceOfPower.ranking.find((r) => r.person.id === personId)?.rank ?? null;
    expect((await api.query(WATCH, { id: id('T') }, kam)).data!.watch.ok).toBe(true);
    expect((await api.query(READ, undefined, kam)).data!.markInboxRead.inbox!.unreadCount).toBe(0);
    const before = await rankOf(id('d'));
    // A colleague makes the newest pharmacist chair the committee, and records their sway
    // over everyone, today: the day of the read.
    expect((await api.query(SET_TIE, { input: { from: id('d'), to: id('C'), type: 'MEMBER_OF', role: 'chair', since: TEST_TODAY } })).data!.setTie.ok).toBe(true);
    for (const x of ['a', 'b', 'c']) {
      expect((await api.query(SET_TIE, { input: { from: id('d'), to: id(x), type: 'INFLUENCES', strength: 1, since: TEST_TODAY } })).data!.setTie.ok).toBe(true);
    }
    const after = await rankOf(id('d'));
    expect(after).not.toBe(before);
    const inbox = await settledInbox({ watch: id('T') }, kam);
    // The territory's rank moves are one change, listing the moves that matter (a territory
    // of four: all of its top 20). A ranking recomputed as of the read day would already
    // hold today's seat: no move at all.
    const ranks = inbox.changes.nodes.filter((n) => n.kind === 'RANK_MOVED');
    expect(ranks).toHaveLength(1);
    expect(ranks[0]!.moves.find((m) => m.personId === id('d'))).toMatchObject({ rankBefore: before, rankAfter: after });
    expect(ranks[0]!.personIds).toEqual(ranks[0]!.moves.map((m) => m.personId));
    expect(ranks[0]!.movedCount).toBe(ranks[0]!.moves.length);
    expect(inbox.changes.nodes.some((n) => n.kind === 'ROLE_STARTED' && n.personIds[0] === id('d'))).toBe(true);
    // The feed keeps one change per person who moved.
    const feedMoves = nodesOf(await feed({ since: TEST_TODAY, kinds: ['RANK_MOVED'] }, kam));
    expect(feedMoves.filter((n) => n.personIds[0] === id('d'))).toEqual([expect.objectContaining({ rankAfter: after, personIds: [id('d')] })]);
    // After the next read, the kept ranking is the new one: nothing moved since.
    await api.query(READ, undefined, kam);
    expect((await settledInbox({ watch: id('T') }, kam)).unreadCount).toBe(0);
  });

  it('weighs a change reached only through a watched person 0, and one also in a watched scope as that scope weighs it', async () => {
    // The admin watches Zeta (of the other territory) and this territory with Bruno in it.
    for (const watched of [id('z'), id('T'), id('b')]) expect((await api.query(WATCH, { id: watched })).data!.watch.ok).toBe(true);
    await api.query(READ);
    const seat = (person: string) => ({ input: { from: person, to: id('C'), type: 'MEMBER_OF' as const, role: 'secretary', since: TEST_TODAY } });
    const far = await api.query(SET_TIE, { input: { from: id('z'), to: id('ho'), type: 'WORKS_AT', position: 'Head of Oncology', head: true, since: TEST_TODAY } });
    expect(far.data!.setTie.ok).toBe(true);
    expect((await api.query(SET_TIE, seat(id('b')))).data!.setTie.ok).toBe(true);
    const inbox = await settledInbox();
    const zeta = inbox.changes.nodes.find((n) => n.kind === 'ROLE_STARTED' && n.personIds[0] === id('z'))!;
    const bruno = inbox.changes.nodes.find((n) => n.kind === 'ROLE_STARTED' && n.personIds[0] === id('b'))!;
    expect(zeta.weight).toBe(0);
    expect(bruno.weight).toBeGreaterThan(0);
    // Bruno's seat counts for both watches it touches; filtered by a watch, the list holds only its own.
    const counts = new Map(inbox.countsByWatch.map((w) => [w.entity.id, w.count]));
    expect(counts.get(id('z'))).toBe(1);
    const onlyZeta = (await settledInbox({ watch: id('z') })).changes;
    expect(onlyZeta.nodes.map((n) => n.id)).toEqual([zeta.id]);
    const onlyBruno = (await settledInbox({ watch: id('b') })).changes;
    expect(onlyBruno.nodes.map((n) => n.id)).toContain(bruno.id);
    expect(onlyBruno.nodes.find((n) => n.id === bruno.id)!.weight).toBe(bruno.weight);
    for (const watched of [id('z'), id('T'), id('b')]) await api.query(UNWATCH, { id: watched });
  });

  it('answers at once after a write with its ranking pending, never keeps that answer whole, and is ranked with the write when asked again', async () => {
    const today = { since: TEST_TODAY, first: 100 };
    const settledFeed = async () => {
      for (let attempt = 0; ; attempt += 1) {
        const answer = await feed(today);
        if (!answer.rankingPending || attempt >= 100) return answer;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    expect((await settledFeed()).rankingPending).toBe(false);
    expect((await api.query(SET_TIE, { input: { from: id('a'), to: id('c'), type: 'INFLUENCES', strength: 0.9, since: TEST_TODAY } })).data!.setTie.ok).toBe(true);
    // The scope was ranked before the write: the answer does not wait for it to be ranked again.
    const first = await feed(today);
    expect(first.rankingPending).toBe(true);
    const tie = (answer: typeof first) => nodesOf(answer).find((n) => n.kind === 'TIE_STARTED' && n.personIds.join() === [id('a'), id('c')].join());
    expect(tie(first)).toMatchObject({ on: TEST_TODAY, recordedOn: TEST_TODAY });
    // Asked again (the same graph, the same question): not the pending answer from the
    // response cache, but, once the ranking is ready, one ranked with the write.
    const settled = await settledFeed();
    expect(settled.rankingPending).toBe(false);
    expect(tie(settled)).toBeDefined();
    const ranks = (await api.query(RANKS, { t: id('T') })).data!.balanceOfPower.ranking;
    for (const move of nodesOf(settled).filter((n) => n.kind === 'RANK_MOVED' && n.rankAfter !== null)) {
      expect(ranks.find((r) => r.person.id === move.personIds[0])?.rank).toBe(move.rankAfter);
    }
  });

  describe('webhooks', () => {
    const received: Array<{ body: string; signature: string; delivery: string }> = [];
    let failFirst = 0;
    const receiver = useWebhookReceiver(api, (req, body, res) => {
      if (req.url === '/flaky' && failFirst > 0) {
        failFirst -= 1;
        res.writeHead(500).end();
        return;
      }
      if (req.url === '/never') return; // never answers: the server's timeout must give up
      received.push({ body, signature: String(req.headers['x-kamgraph-signature']), delivery: String(req.headers['x-kamgraph-delivery']) });
      res.writeHead(204).end();
    });
    const base = () => receiver.url('');
    const hooks = receiver.hooks;
    const SECRET = 'a-webhook-secret-for-tests';

    // Deliveries go out in the background; on a machine also running the browser tests they can
    // take a while, so the probes wait generously (a delivery that never comes still fails).
    const waitFor = <T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> => waitForValue(probe, ms);

    it('refuses URLs that are not http(s) or point at the server itself, kinds it cannot push, short secrets, and non-admins', async () => {
      const bad = await api.query(CREATE_WEBHOOK, { input: { url: 'ftp://example.org/x', scope: { territoryId: id('T') }, secret: 'short' } });
      expect(bad.data!.createWebhook.ok).toBe(false);
      expect(bad.data!.createWebhook.errors.map((e) => e.field).sort()).toEqual(['input.secret', 'input.url']);
      const self = await api.query(CREATE_WEBHOOK, { input: { url: `${api.url}/graphql`, scope: { territoryId: id('T') } } });
      expect(self.data!.createWebhook.errors[0]).toMatchObject({ field: 'input.url' });
      expect(self.data!.createWebhook.errors[0]!.message).toContain('points at this KAMgraph server itself');
      const rank = await api.query(CREATE_WEBHOOK, { input: { url: base(), scope: { territoryId: id('T') }, kinds: ['RANK_MOVED'] } });
      expect(rank.data!.createWebhook.errors[0]).toMatchObject({ field: 'input.kinds' });
      const byKam = await api.query(CREATE_WEBHOOK, { input: { url: base(), scope: { territoryId: id('T') } } }, kam);
      expect(byKam.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });

    it('POSTs each change signed with HMAC-SHA256, retries a failing receiver, and logs every delivery', async () => {
      const made = await api.query(CREATE_WEBHOOK, { input: { url: `${base()}/hook`, scope: { territoryId: id('T') }, secret: SECRET } });
      expect(made.data!.createWebhook).toMatchObject({ ok: true, secret: SECRET, webhook: { scopeKind: 'territory', scopeId: id('T'), secretHint: 'a-we…' } });
      const hook = made.data!.createWebhook.webhook!.id;
      hooks.push(hook);
      failFirst = 2;
      const flaky = (await api.query(CREATE_WEBHOOK, { input: { url: `${base()}/flaky`, scope: { territoryId: id('T') }, kinds: ['ROLE_STARTED'], secret: SECRET } })).data!.createWebhook.webhook!.id;
      hooks.push(flaky);
      const never = (await api.query(CREATE_WEBHOOK, { input: { url: `${base()}/never`, scope: { territoryId: id('T') }, kinds: ['ROLE_STARTED'], secret: SECRET } })).data!.createWebhook.webhook!.id;
      hooks.push(never);
      // Nothing outside the scope is sent: a tie in the other territory only.
      await api.query(SET_TIE, { input: { from: id('z'), to: id('ho'), type: 'MEMBER_OF', role: 'member' } });
      expect((await api.query(SET_TIE, { input: { from: id('c'), to: id('C'), type: 'MEMBER_OF', role: 'secretary', since: TEST_TODAY } })).data!.setTie.ok).toBe(true);

      const delivery = await waitFor(async () => received.find((r) => r.delivery.startsWith(`${hook}|`) && r.body.includes('ROLE_STARTED')));
      const expected = `sha256=${createHmac('sha256', SECRET).update(delivery.body).digest('hex')}`;
      expect(timingSafeEqual(Buffer.from(delivery.signature), Buffer.from(expected))).toBe(true);
      const body = JSON.parse(delivery.body) as { webhookId: string; change: { kind: string; on: string; summary: string; personIds: string[] } };
      expect(body).toMatchObject({ webhookId: hook, change: { kind: 'ROLE_STARTED', on: TEST_TODAY, personIds: [id('c')], summary: 'Dr. Carla Dias now is secretary of Drug and Therapeutics Committee' } });
      expect(received.some((r) => r.body.includes(id('z')))).toBe(false);

      const log = await waitFor(async () => {
        const d = (await api.query(DELIVERIES, { id: hook })).data!.webhook!.deliveries;
        return d.length > 0 && d.every((x) => x.status === 'DELIVERED') ? d : undefined;
      });
      expect(log[0]).toMatchObject({ kind: 'ROLE_STARTED', attempts: 1, lastStatus: 204 });
      // The flaky receiver failed twice and got it on the third attempt.
      const retried = await waitFor(async () => {
        const d = (await api.query(DELIVERIES, { id: flaky })).data!.webhook!.deliveries;
        return d[0]?.status === 'DELIVERED' ? d[0] : undefined;
      });
      // Only the sender holding the delivery's lease records its attempt, so the last one recorded
      // is the one that got through. (A send that outlived its lease on a busy machine reaches the
      // receiver without being counted, so the count is 2 or 3.)
      expect(retried.lastStatus).toBe(204);
      expect(retried.attempts).toBeGreaterThanOrEqual(2);
      expect(retried.attempts).toBeLessThanOrEqual(3);
      // The receiver that never answers is given up after its attempts, logged as failed.
      const gaveUp = await waitFor(async () => {
        const d = (await api.query(DELIVERIES, { id: never })).data!.webhook!.deliveries;
        return d[0]?.status === 'FAILED' ? d[0] : undefined;
      }, 60_000);
      expect(gaveUp).toMatchObject({ attempts: 3, lastStatus: null });
      expect(gaveUp.lastError).toMatch(/no answer within/);
    }, 180_000);
  });
});
