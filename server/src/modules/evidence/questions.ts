/**
 * Reading evidence with the viewer's visibility: works, people's evidence and standing,
 * tie suggestions (both people visible), and the review queue of unmatched names.
 */
import { formatMessage, message, type Locale, type MessageId } from '../../kernel/i18n/catalogue.js';
import type { SuggestionReasonCode, SuggestionStatus, UnmatchedStatus, WorkKind } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { BadInputError, intInRange } from '../../kernel/errors.js';
import { connectionOf, LIST_PAGE, pageOf } from '../../kernel/graphql/connections.js';
import { loadAll } from '../../kernel/graphql/load.js';
import { keepVisible } from '../graph/questions.js';
import { assertMaySeeScope, peopleInScope, type ScopeArgs } from '../power/questions.js';
import type { AuthorshipModel, InvestigatorshipModel, MatchCandidateModel, ScientificStandingModel, TieSuggestionModel, UnmatchedPersonModel, WorkModel } from './models.js';
import { fold } from './rules/names.js';
import { standingOf } from './rules/standing.js';

const REASON_MESSAGES: Record<SuggestionReasonCode, MessageId> = {
  co_authored: 'suggestion.co_authored',
  co_investigated: 'suggestion.co_investigated',
  shared_session: 'suggestion.shared_session',
  senior_author_over_first_author: 'suggestion.senior_author_over_first_author',
  principal_investigator_over_site_investigator: 'suggestion.principal_investigator_over_site_investigator',
};

/** A suggestion as the API gives it: its reasons in words, in the request's language. */
export function withMessages(s: TieSuggestionModel, locale: Locale): TieSuggestionModel {
  return { ...s, reasons: s.reasons.map((r) => ({ ...r, message: formatMessage(REASON_MESSAGES[r.code] ?? 'suggestion.co_authored', { count: r.count }, locale) })) };
}

/** One work by id (publications, trials and congress talks are public record). */
export function work(ctx: GraphContext, id: string): Promise<WorkModel | null> {
  return ctx.loaders.work.load(id);
}

const WORK_LABELS: Record<WorkKind, string> = { publication: 'Publication', trial: 'Trial', talk: 'Talk' };

/** A person's works, newest first. */
export async function personEvidence(ctx: GraphContext, personId: string, args: { kinds?: readonly WorkKind[] | null; first?: number | null }): Promise<WorkModel[]> {
  const first = intInRange('first', args.first, 100, 1, 500);
  const labels = args.kinds?.length ? new Set(args.kinds.map((k) => WORK_LABELS[k])) : null;
  const works = (await ctx.loaders.personWorks.load(personId)).filter((w) => !labels || labels.has(w.label));
  return loadAll(ctx.loaders.work, works.slice(0, first).map((w) => w.workId));
}

/** A person's scientific standing as of a date, optionally weighing one area. */
export async function scientificStanding(ctx: GraphContext, personId: string, args: { asOf?: string | null; therapeuticArea?: string | null }): Promise<ScientificStandingModel> {
  const parts = await ctx.loaders.participations.load(personId);
  const standing = standingOf(parts, args.asOf ?? ctx.today, args.therapeuticArea ?? null);
  return { ...standing, evidence: standing.evidence.map((l) => ({ workId: l.workId, description: formatMessage(l.messageId, l.params, ctx.locale), weight: l.weight, recency: l.recency, area: l.area, contribution: l.contribution })) };
}

/** The people a work names, in order; a person outside the viewer's territories is shown by name only. */
export async function namedIn(ctx: GraphContext, workId: string): Promise<Array<AuthorshipModel & InvestigatorshipModel>> {
  const rows = await ctx.loaders.workPeople.load(workId);
  const shown = new Set(await keepVisible(ctx, rows.flatMap((r) => (r.personId ? [r.personId] : []))));
  return rows.map((r) => ({
    ...r,
    personId: r.personId && shown.has(r.personId) ? r.personId : null,
    role: (r.role ?? 'principal_investigator') as InvestigatorshipModel['role'],
    overall: r.overall ?? false,
  }));
}

/** The works named in a tie's source (`pmid-…;trial-…`), those that exist. */
export async function worksInSource(ctx: GraphContext, source: string | null): Promise<WorkModel[]> {
  if (!source) return [];
  const ids = source
    .split(/[;,\s]+/)
    .map((s) => s.trim())
    .filter((s) => /^(pmid-|trial-|talk-)/.test(s));
  return loadAll(ctx.loaders.work, ids);
}

export interface TieSuggestionsArgs {
  scope?: ScopeArgs | null;
  /** With `scope`: both people in it. */
  withinScope?: boolean | null;
  personId?: string | null;
  type?: string | null;
  status?: SuggestionStatus | null;
  minConfidence?: number | null;
  first?: number | null;
  after?: string | null;
}

/** Suggestions whose two people the viewer may see, most confident first, a page at a time. */
export async function tieSuggestions(ctx: GraphContext, args: TieSuggestionsArgs) {
  const filter = {
    scope: args.scope ?? null,
    withinScope: args.withinScope ?? false,
    personId: args.personId ?? null,
    type: args.type ?? null,
    status: args.status ?? 'open',
    minConfidence: args.minConfidence ?? 0,
  };
  const page = pageOf('tieSuggestions', filter, args, LIST_PAGE);
  if (filter.minConfidence < 0 || filter.minConfidence > 1) throw new BadInputError('minConfidence', message('api.range', { min: 0, max: 1, got: String(filter.minConfidence) }));
  if (filter.type !== null && filter.type !== 'KNOWS' && filter.type !== 'INFLUENCES') throw new BadInputError('type', message('error.suggestionType'));
  if (filter.withinScope && !filter.scope) throw new BadInputError('withinScope', message('error.withinScope'));
  let scopeIds: string[] | null = null;
  if (filter.scope) {
    await assertMaySeeScope(ctx, filter.scope);
    scopeIds = await peopleInScope(ctx, { scope: filter.scope });
  }
  if (filter.personId) await ctx.access.assertVisible([filter.personId], 'personId');
  const found = await ctx.repositories.evidence.listSuggestions({ status: filter.status, type: filter.type, personId: filter.personId, scopeIds, within: filter.withinScope, minConfidence: filter.minConfidence });
  const seen = await ctx.access.visible([...new Set(found.flatMap((s) => [s.fromId, s.toId]))]);
  const kept = found.filter((s) => seen.has(s.fromId) && seen.has(s.toId));
  const slice = kept.slice(page.offset, page.offset + page.limit).map((s) => s.id);
  const nodes = (await loadAll(ctx.loaders.suggestion, slice)).map((s) => withMessages(s, ctx.locale));
  return connectionOf('tieSuggestions', filter, page, nodes, kept.length);
}

/** One suggestion, when the viewer may see both its people. */
export async function tieSuggestion(ctx: GraphContext, id: string): Promise<TieSuggestionModel | null> {
  const suggestion = await ctx.loaders.suggestion.load(id);
  if (!suggestion) return null;
  await ctx.access.assertVisible([suggestion.fromId, suggestion.toId], 'id');
  return withMessages(suggestion, ctx.locale);
}

/** The review queue: names awaiting a decision (or ignored), most works first. */
export async function unmatchedPeople(ctx: GraphContext, args: { search?: string | null; status?: UnmatchedStatus | null; first?: number | null; after?: string | null }) {
  const filter = { search: args.search ? fold(args.search) : null, status: args.status ?? 'pending' };
  const page = pageOf('unmatchedPeople', filter, args, LIST_PAGE);
  const ids = await ctx.repositories.evidence.listUnmatched(filter.status, filter.search || null);
  const nodes = await loadAll(ctx.loaders.unmatched, ids.slice(page.offset, page.offset + page.limit));
  return connectionOf('unmatchedPeople', filter, page, nodes, ids.length);
}

/** A name's candidates, among the people the viewer may see. */
export async function visibleCandidates(ctx: GraphContext, unmatched: UnmatchedPersonModel): Promise<MatchCandidateModel[]> {
  const shown = new Set(await keepVisible(ctx, unmatched.candidates.map((c) => c.personId)));
  const exists = await loadAll(ctx.loaders.person, [...shown]);
  const present = new Set(exists.map((p) => p.id));
  return unmatched.candidates.filter((c) => present.has(c.personId));
}

/** The works naming an unmatched name, newest first. */
export async function unmatchedWorks(ctx: GraphContext, id: string, first: number | null | undefined): Promise<WorkModel[]> {
  const limit = intInRange('first', first, 20, 1, 100);
  return loadAll(ctx.loaders.work, await ctx.repositories.evidence.contributorWorks(id, limit));
}

/** A suggestion's works, newest first. */
export function suggestionWorks(ctx: GraphContext, s: TieSuggestionModel): Promise<WorkModel[]> {
  return loadAll(ctx.loaders.work, s.workIds);
}

