import type { CommitteeFilter, InstitutionFilter } from '../../__generated__/resolvers-types.js';
import type { CommitteeRole } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { LIST_PAGE, visibleConnection } from '../../kernel/graphql/connections.js';
import { loadAll } from '../../kernel/graphql/load.js';
import { COMMITTEE_ROLES } from '../graph/model.js';
import { keepVisible, otherIds, tiesOf } from '../graph/questions.js';
import type { CommitteeSeatModel, StaffMemberModel } from './models.js';

type Page = { first?: number | null; after?: string | null };

export async function institutions(ctx: GraphContext, args: { filter?: InstitutionFilter | null } & Page) {
  const filter = args.filter ?? {};
  const ids = await ctx.repositories.institutions.institutionIds(filter);
  return visibleConnection('institutions', filter, args, LIST_PAGE, ids, (x) => ctx.access.visible(x), (page) => loadAll(ctx.loaders.institution, page));
}

export async function committees(ctx: GraphContext, args: { filter?: CommitteeFilter | null } & Page) {
  const filter = args.filter ?? {};
  const ids = await ctx.repositories.institutions.committeeIds(filter);
  return visibleConnection('committees', filter, args, LIST_PAGE, ids, (x) => ctx.access.visible(x), (page) => loadAll(ctx.loaders.committee, page));
}

/** Who works at an institution as of a date, heads first, among the people the viewer may see. */
export async function staffOf(ctx: GraphContext, institutionId: string, asOf: string): Promise<StaffMemberModel[]> {
  const ends = (await tiesOf(ctx, institutionId, { types: ['WORKS_AT'], direction: 'in', asOf })).filter((e) => e.otherLabel === 'Person');
  const shown = new Set(await keepVisible(ctx, otherIds(ends)));
  return ends
    .filter((e) => shown.has(e.otherId))
    .map((e) => ({
      personId: e.otherId,
      position: e.tie.position,
      head: e.tie.head ?? false,
      since: e.tie.since,
      until: e.tie.until,
      source: e.tie.source,
      confidence: e.tie.confidence,
    }))
    .sort((a, b) => Number(b.head) - Number(a.head) || (a.since ?? '').localeCompare(b.since ?? ''));
}

const ROLE_ORDER = (role: CommitteeRole) => COMMITTEE_ROLES.indexOf(role);

/** Who sits on a committee as of a date (or ever, with every seat), chair first. */
export async function seatsOf(ctx: GraphContext, committeeId: string, asOf: string | null): Promise<CommitteeSeatModel[]> {
  const ends = (await tiesOf(ctx, committeeId, { types: ['MEMBER_OF'], direction: 'in', asOf })).filter((e) => e.otherLabel === 'Person');
  const shown = new Set(await keepVisible(ctx, otherIds(ends)));
  return ends
    .filter((e) => shown.has(e.otherId))
    .map((e) => ({
      personId: e.otherId,
      committeeId,
      role: ((COMMITTEE_ROLES as readonly string[]).includes(e.tie.role ?? '') ? e.tie.role : 'member') as CommitteeRole,
      since: e.tie.since,
      until: e.tie.until,
      source: e.tie.source,
      confidence: e.tie.confidence,
    }))
    .sort((a, b) => ROLE_ORDER(a.role) - ROLE_ORDER(b.role) || (b.since ?? '').localeCompare(a.since ?? ''));
}
