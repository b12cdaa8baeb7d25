import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { WebhookDispatcher } from '../../server/src/modules/changes/webhooks.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import { graphql } from './gql/index.js';
import { TEST_TODAY, useTestApi } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';
import { useWebhookReceiver } from './support/webhook-receiver.js';

const CREATE_WEBHOOK = graphql(`
  mutation CursorCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }
`);
const SET_TIE = graphql(`mutation CursorSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }`);

/**
 * Where the webhook queue starts reading the change log. The dispatcher's rounds run on a
 * timer, so on a busy machine the first round after a webhook is registered may come after
 * the writes it must send; and a log written while no webhook existed is never sent to one
 * registered later. Here the dispatcher's rounds are run by the test, one at a time.
 */
describe('the webhook queue’s starting point', () => {
  const driver = useTestDriver();
  // The server's own dispatcher never runs a round within the test.
  const api = useTestApi(driver, { changes: { pollMs: 3_600_000 } });
  const received: { delivery: string; body: string }[] = [];
  const receiver = useWebhookReceiver(api, (req, body, res) => {
    received.push({ delivery: String(req.headers['x-kamgraph-delivery']), body });
    res.writeHead(204).end();
  });
  const p = uniquePrefix('cursor');
  const id = (s: string) => `${p}-${s}`;
  const dispatcher = () =>
    new WebhookDispatcher(api.db, createLogger('silent'), fixedClock(TEST_TODAY), null, { pollMs: 3_600_000, timeoutMs: 5_000, maxAttempts: 2, retryBaseMs: 100 });

  beforeAll(async () => {
    // As a database no webhook was ever registered in: no queue yet.
    await driver.executeQuery('MATCH (c:WebhookCursor) DELETE c', {}, { database: DATABASE });
    const since = '2025-01-01';
    await writeGraph(
      testDb(driver),
      {
        nodes: [
          { id: id('T'), type: 'Territory', name: `Cursor Land ${p}`, props: {} },
          { id: id('h'), type: 'Institution', name: 'Cursor Hospital', props: { kind: 'hospital' } },
          { id: id('a'), type: 'Person', name: 'Dr. Alda Cursor', props: { addedOn: since } },
          { id: id('b'), type: 'Person', name: 'Dr. Beto Cursor', props: { addedOn: since } },
        ],
        ties: [
          { from: id('h'), to: id('T'), type: 'LOCATED_IN', props: {} },
          { from: id('a'), to: id('h'), type: 'WORKS_AT', props: { position: 'Physician', since } },
          { from: id('b'), to: id('h'), type: 'WORKS_AT', props: { position: 'Physician', since } },
        ],
      },
      { atomic: true },
    );
  });

  it('sends a new webhook the changes written before the queue’s first round, and none written before it was registered', async () => {
    // Written while no webhook exists: nobody is sent this.
    expect((await api.query(SET_TIE, { input: { from: id('b'), to: id('a'), type: 'KNOWS', since: TEST_TODAY } })).data!.setTie.ok).toBe(true);
    const made = await api.query(CREATE_WEBHOOK, { input: { url: receiver.url('/hook'), scope: { territoryId: id('T') }, kinds: ['TIE_STARTED'] } });
    const hook = made.data!.createWebhook.webhook!.id;
    receiver.hooks.push(hook);
    // Written after it was registered, before any round of the queue.
    expect((await api.query(SET_TIE, { input: { from: id('a'), to: id('b'), type: 'INFLUENCES', strength: 0.8, since: TEST_TODAY } })).data!.setTie.ok).toBe(true);

    const rounds = dispatcher();
    await rounds.tick();
    await rounds.stop();
    const ours = received.filter((r) => r.delivery.startsWith(`${hook}|`));
    expect(ours).toHaveLength(1);
    const body = JSON.parse(ours[0]!.body) as { change: { kind: string; tieKeys: string[] } };
    expect(body.change.kind).toBe('TIE_STARTED');
    expect(body.change.tieKeys.some((k) => k.startsWith(`INFLUENCES|${id('a')}|${id('b')}`))).toBe(true);
  });
});
