// /plans keeps its view in the query string: the open plan, the owner filter, and the
// create form (optionally for a person, as linked from the map's person panel).
import { fromSearch, idParam, toSearch, type ParamCodec } from './query-string.js';

export interface PlansParams {
  /** Plan open in the detail panel. */
  plan: string | null;
  /** Owner filter (managers); null: everyone the viewer may see. */
  owner: string | null;
  /** The create form is open (for this person when set). */
  create: boolean;
  createPlanFor: string | null;
}

export const DEFAULT_PLANS_PARAMS: PlansParams = Object.freeze({ plan: null, owner: null, create: false, createPlanFor: null }) as PlansParams;

export function decodePlansParams(search: string): PlansParams {
  const p = fromSearch(search);
  const createPlanFor = idParam(p.get('createPlanFor'));
  return {
    plan: createPlanFor ? null : idParam(p.get('plan')),
    owner: idParam(p.get('owner')),
    create: createPlanFor !== null || p.get('new') === '1',
    createPlanFor,
  };
}

export function encodePlansParams(s: PlansParams): string {
  return toSearch([
    ['owner', s.owner],
    ['plan', s.create ? null : s.plan],
    ['new', s.create && !s.createPlanFor ? '1' : null],
    ['createPlanFor', s.create ? s.createPlanFor : null],
  ]);
}

export const plansCodec: ParamCodec<PlansParams> = { decode: decodePlansParams, encode: encodePlansParams };

/** Link to a person's plan form on /plans. */
export function createPlanHref(personId: string): string {
  return `/plans${encodePlansParams({ ...DEFAULT_PLANS_PARAMS, create: true, createPlanFor: personId })}`;
}

export function planHref(planId: string): string {
  return `/plans${encodePlansParams({ ...DEFAULT_PLANS_PARAMS, plan: planId })}`;
}
