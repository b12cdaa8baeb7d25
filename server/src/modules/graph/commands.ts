/**
 * Writes to the graph with their access checks: the generic node upsert that people,
 * institutions, committees and tenders share, and ties of any type.
 */
import { apiSpelling, packRefusalMessage } from '../country/vocabulary.js';
import { assertMayEdit, seesEverything } from '../../kernel/auth/viewer.js';
import { failed, fieldError, ForbiddenError, type FieldError } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import type { GraphContext } from '../../context.js';
import { TIE_ENDPOINTS, type NodeRecord, type NodeType, type PropertyValue, type TieRecord, type TieType } from './model.js';
import type { TieModel } from './models.js';
import type { Reference } from './repository.js';
import { requireText, typedProps } from './rules/typed-input.js';

export interface NodeInput {
  id?: string | null;
  name: string;
  [field: string]: unknown;
}

/** A field of the input that names another node, and the structural tie it makes. */
export interface NodeLink {
  field: string;
  type: TieType;
  allowed: readonly NodeType[];
  /** The tie points from the other node to this one (an issuer ISSUES a tender). */
  reverse?: boolean;
}

/**
 * Validates, checks references and access, and writes a node with its structural ties in
 * one transaction. Returns the node's id, or field errors and nothing written.
 */
export async function upsertNode(
  ctx: GraphContext,
  type: NodeType,
  input: NodeInput,
  fields: readonly string[],
  links: readonly NodeLink[],
): Promise<{ id: string; errors: FieldError[] }> {
  assertMayEdit(ctx.viewer);
  const errors: FieldError[] = [];
  const name = requireText(input, 'name', errors);
  const props = typedProps('node', type, input, fields, errors);
  for (const [field, value] of Object.entries(props)) {
    const refused = packRefusalMessage(ctx.countryPack, type, field, value, ctx.locale, apiSpelling);
    if (refused) errors.push({ field: `input.${field}`, message: refused });
  }
  if (input.id !== undefined && input.id !== null && input.id.trim() === '') errors.push(fieldError('input.id', 'error.idBlank'));
  const graph = ctx.repositories.graph;
  const id = input.id?.trim() || graph.newId(type);
  const references: Reference[] = [];
  const ties: TieRecord[] = [];
  for (const link of links) {
    const target = input[link.field];
    if (typeof target !== 'string' || target === '') continue;
    references.push({ field: `input.${link.field}`, id: target, allowed: link.allowed });
    ties.push(link.reverse ? { from: target, to: id, type: link.type, props: {} } : { from: id, to: target, type: link.type, props: {} });
  }
  if (errors.length === 0) errors.push(...(await graph.checkReferences(references, { id, type })));
  if (errors.length > 0) return { id, errors };
  await assertMayWriteNode(ctx, id, references, links[0]?.field);
  const node: NodeRecord = { id, type, name, props };
  await graph.write([node], ties);
  return { id, errors };
}

/**
 * KAMs and managers write inside their territories: an existing node must be visible, and
 * a new one must be tied (territoryId, partOfId, institutionId, issuerId) to something visible.
 */
async function assertMayWriteNode(ctx: GraphContext, id: string, references: Reference[], linkField: string | undefined) {
  if (seesEverything(ctx.viewer)) return;
  const exists = (await ctx.repositories.graph.entityTypes([id])).has(id);
  await ctx.access.assertVisible([exists ? id : null, ...references.map((r) => r.id)], exists ? 'input.id' : 'input');
  if (!exists && references.length === 0 && linkField) {
    throw new ForbiddenError(message('error.linkRequired'), `input.${linkField}`);
  }
}

/** Editors write ties between things they see. */
export async function assertMayWriteTie(ctx: GraphContext, ids: string[]): Promise<void> {
  assertMayEdit(ctx.viewer);
  await ctx.access.assertVisible(ids, 'from/to');
}

const TIE_FIELDS = [
  'strength', 'role', 'position', 'head', 'domain', 'basis', 'value', 'topic', 'lot', 'quantity', 'price', 'currency', 'since', 'until', 'source', 'confidence',
] as const;

export interface TieInput {
  from: string;
  to: string;
  type: TieType;
  [field: string]: unknown;
}

export async function setTie(ctx: GraphContext, input: TieInput) {
  await assertMayWriteTie(ctx, [input.from, input.to]);
  const errors: FieldError[] = [];
  const props: Record<string, PropertyValue> = { ...typedProps('tie', input.type, input, TIE_FIELDS, errors), recordedBy: ctx.viewer.userId };
  if (typeof props.since === 'string' && typeof props.until === 'string' && props.until < props.since) {
    errors.push(fieldError('input.until', 'error.untilBeforeSince', { until: props.until, since: props.since }));
  }
  if (input.from === input.to) errors.push(fieldError('input.to', 'error.sameEnds'));
  // These hold one value at a time, dated, and a stage needs its evidence: their own mutations keep that true.
  if (input.type === 'RELATES') errors.push(fieldError('input.type', 'error.tieRelates'));
  if (input.type === 'STANCE') errors.push(fieldError('input.type', 'error.tieStance'));
  if (input.type === 'WATCHES') errors.push(fieldError('input.type', 'error.tieWatches'));
  if (errors.length === 0) {
    const allowed = TIE_ENDPOINTS[input.type];
    errors.push(
      ...(await ctx.repositories.graph.checkReferences([
        { field: 'input.from', id: input.from, allowed: allowed.from },
        { field: 'input.to', id: input.to, allowed: allowed.to },
      ])),
    );
  }
  if (errors.length) return failed(errors, { tie: null });
  const tie = await ctx.repositories.graph.setTie({ from: input.from, to: input.to, type: input.type, props });
  return { ok: true, errors: [], tie };
}

export async function removeTie(ctx: GraphContext, args: { from: string; to: string; type: TieType; since?: string | null }) {
  const { from, to, type, since } = args;
  await assertMayWriteTie(ctx, [from, to]);
  const removed = await ctx.repositories.graph.removeTie(from, to, type, since ?? null);
  if (!removed) return failed([fieldError('since', 'error.noSuchTie', { type, from, to, since: since ?? null })], { id: null });
  return { ok: true, errors: [], id: `${type}|${from}|${to}|${since ?? ''}` };
}

/**
 * A tie that holds one value at a time (a stance, a relationship stage): references are
 * checked, the previous value is closed today and the new one starts today.
 */
export async function setCurrentTie(
  ctx: GraphContext,
  tie: { from: Reference; to: Reference; type: TieType; props: Record<string, PropertyValue> },
  errors: FieldError[] = [],
): Promise<{ ok: boolean; errors: FieldError[]; tie: TieModel | null }> {
  if (errors.length === 0) errors.push(...(await ctx.repositories.graph.checkReferences([tie.from, tie.to])));
  if (errors.length) return failed(errors, { tie: null });
  const written = await ctx.repositories.graph.setCurrentTie(tie.from.id, tie.to.id, tie.type, tie.props, ctx.today);
  return { ok: true, errors: [], tie: written };
}

export async function deleteNode(ctx: GraphContext, id: string) {
  assertMayEdit(ctx.viewer);
  if (ctx.viewer.role !== 'admin') {
    await ctx.access.assertVisible([id], 'id');
    const type = (await ctx.repositories.graph.entityTypes([id])).get(id);
    if (type === 'Territory' || type === 'User') throw new ForbiddenError(message('error.adminDeletes', { type }), 'id');
  }
  const type = await ctx.repositories.graph.deleteNode(id);
  if (!type) return failed([fieldError('id', 'error.noSuchNode', { id })], { id: null });
  return { ok: true, errors: [], id };
}
