import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, PRODUCTION_RATE_LIMIT_PER_MINUTE } from '../../server/src/kernel/config.js';
import { httpErrorAnswer } from '../../server/src/kernel/errors.js';
import { describeArgs } from '../../server/src/modules/audit/rules/describe-args.js';
import { personalProperties } from '../../server/src/modules/graph/model.js';
import { closestRelations, erasedTexts, ERASED_TEXTS, type TextNode } from '../../server/src/modules/planning/rules/erase-texts.js';
import { interactionName } from '../../server/src/modules/planning/rules/interaction-name.js';
import { DEFAULT_RETENTION_MONTHS, pastRetention, retainUntil } from '../../server/src/modules/privacy/rules/retention.js';

describe('personal fields, marked once in the model', () => {
  it('marks what a person, a dossier, an interaction, a plan and a step hold about someone', () => {
    expect(personalProperties('node', 'Person')).toEqual(['title', 'orcid', 'specialty', 'email', 'phone']);
    expect(personalProperties('node', 'Interaction')).toEqual(['outcome', 'notes']);
    expect(personalProperties('node', 'Plan')).toEqual(['goals', 'budgetPurpose', 'reviewNotes']);
    expect(personalProperties('node', 'PlanStep')).toEqual(['note']);
    expect(personalProperties('node', 'Dossier')).toHaveLength(7);
    expect(personalProperties('tie', 'KNOWS')).toEqual(['source']);
    // A work's spelling of its author's name is the name itself.
    expect(personalProperties('tie', 'AUTHORED')).toEqual(['source', 'written']);
    expect(personalProperties('node', 'Tender')).toEqual([]);
  });

  it('names interactions by what and when, never who', () => {
    expect(interactionName('informal_meeting', '2026-11-20')).toBe('Informal meeting on 2026-11-20');
    expect(interactionName('visit', null)).toBe('Visit');
  });
});

describe('what the audit keeps of a mutation', () => {
  const schema = buildSchema(`
    enum Kind { VISIT CALL }
    input Criterion { criterion: Kind!, since: String }
    input In { kind: Kind!, date: String, personIds: [ID!]!, notes: String, budget: Float, tags: [String!], criteria: [Criterion!] }
    type Query { x: Int }
    type Mutation { log(input: In!, reason: String!, flag: Boolean): Int }
  `);
  const args = schema.getMutationType()!.getFields().log!.args;

  it('keeps ids, closed-list words, numbers and flags, and only the names of text fields', () => {
    const detail = describeArgs(args, {
      input: { kind: 'visit', date: '1971-03-14', personIds: ['p1', 'p2'], notes: 'phone +351 912', budget: 10, tags: ['golf'], criteria: [{ criterion: 'call', since: '2026-01-01' }] },
      reason: 'Bruna asked',
      flag: true,
    });
    expect(detail).toBe(
      'fields: input.kind="visit", input.date, input.personIds=["p1","p2"], input.notes, input.budget=10, input.tags[1], input.criteria[0].criterion="call", input.criteria[0].since, reason, flag=true',
    );
    expect(detail).not.toMatch(/1971|351|golf|Bruna/);
  });
});

describe('erased texts', () => {
  const node = (label: TextNode['label'], relation: TextNode['relation'], props: Record<string, unknown>): TextNode => ({ id: 'n', label, relation, props });
  const person = { scope: 'person' as const, formerName: 'Bruna Rodrigues', placeholder: 'Erased person (p1)' };

  it('clears what was written about the person and renames what quoted them', () => {
    expect(erasedTexts(node('Interaction', 'participant', { kind: 'visit', date: '2026-11-01', notes: 'diagnosis', outcome: 'ok', name: 'Visit with Bruna Rodrigues' }), person)).toEqual({
      notes: null,
      outcome: null,
      name: 'Visit on 2026-11-01',
    });
    expect(erasedTexts(node('Plan', 'target', { goals: 'x', reviewNotes: ['y'], name: 'Relationship plan: Bruna Rodrigues' }), person)).toEqual({ goals: null, reviewNotes: null, name: ERASED_TEXTS.planName });
    expect(erasedTexts(node('PlanStep', 'about', { name: 'Ask Bruna Rodrigues to introduce you', note: 'her husband' }), person)).toEqual({
      note: null,
      name: 'Ask Erased person (p1) to introduce you',
    });
    expect(erasedTexts(node('Interaction', 'mention', { kind: 'call', name: 'Call', notes: 'Bruna Rodrigues was there' }), person)).toEqual({ notes: 'Erased person (p1) was there' });
    expect(erasedTexts(node('Interaction', 'mention', { kind: 'call', name: 'Call', notes: 'nobody' }), person)).toBeNull();
  });

  it('on retention, clears only the notes and outcomes of interactions the person took part in', () => {
    const dossier = { ...person, scope: 'dossier' as const };
    expect(erasedTexts(node('Interaction', 'participant', { kind: 'visit', notes: 'a', name: 'Visit' }), dossier)).toEqual({ notes: null });
    expect(erasedTexts(node('Plan', 'target', { goals: 'x' }), dossier)).toBeNull();
  });

  it('keeps the closest relation when a node came several ways', () => {
    const rows = closestRelations([node('PlanStep', 'mention', {}), node('PlanStep', 'target', {}), node('PlanStep', 'about', {})]);
    expect(rows.map((r) => r.relation)).toEqual(['target']);
  });
});

describe('retention', () => {
  const facts = { noticeOn: '2024-01-10', dossierOn: '2024-06-01', lastContactOn: '2025-02-01', holdsDossierData: true, retentionMonths: 12 };

  it('counts the period from the latest of the notice, the dossier write and the last contact', () => {
    expect(retainUntil(facts)).toBe('2026-02-01');
    expect(retainUntil({ ...facts, retentionMonths: null })).toBe(`${2025 + DEFAULT_RETENTION_MONTHS / 12}-02-01`);
    expect(pastRetention(facts, '2026-02-01')).toBe(false);
    expect(pastRetention(facts, '2026-02-02')).toBe(true);
  });

  it('has nothing to expire when nothing is held or no day is known', () => {
    expect(retainUntil({ ...facts, holdsDossierData: false })).toBeNull();
    expect(retainUntil({ ...facts, noticeOn: null, dossierOn: null, lastContactOn: null })).toBeNull();
  });
});

describe('limits and errors outside GraphQL', () => {
  it('limits each user in production by default, configurably, and not in development unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) }).rateLimitPerMinute).toBe(PRODUCTION_RATE_LIMIT_PER_MINUTE);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '120' }).rateLimitPerMinute).toBe(120);
    expect(loadConfig({}).rateLimitPerMinute).toBe(0);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it('answers body and routing errors in the GraphQL over HTTP shape, and masks the rest', () => {
    expect(httpErrorAnswer({ type: 'entity.parse.failed', status: 400 }, '1mb')).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] } });
    expect(httpErrorAnswer({ type: 'entity.too.large', status: 413 }, '1mb')).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });
    const internal = httpErrorAnswer(new Error('ENOENT: /srv/app/web/dist/index.html'), '1mb');
    expect(internal.status).toBe(500);
    expect(JSON.stringify(internal)).not.toMatch(/srv|ENOENT/);
  });
});
