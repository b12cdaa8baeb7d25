// The map's whole view lives in the query string so that a view can be shared by its URL.
// Pure: decode(search) -> ViewState, encode(ViewState) -> search. Defaults are left out of
// the URL so that links stay short and a default can change without breaking old links.
// Closed lists are written in lower case (`stage=loyalty`, `kind=hospital`) and read in any case.
import { InstitutionKind, type RelationshipStage } from '../../gql/vocabulary.js';
import { isIsoDate } from '../iso-date.js';
import { RELATIONSHIP_STAGES } from '../vocabulary/ladder.js';
import { STANCE_WORDS_IN_ORDER, type StanceWord } from '../vocabulary/stance.js';
import { slug, valuesOf } from '../vocabulary/values.js';
import { fromSearch, idParam as id, readable, toSearch, type ParamCodec } from './query-string.js';

export type ScopeKind = 'territory' | 'institution' | 'committee' | 'tender';
export interface Scope {
  kind: ScopeKind;
  id: string;
}

/** Tie types the map can draw; the query asks for all of them and the filter hides the rest. */
export const MAP_TIE_TYPES = ['INFLUENCES', 'KNOWS', 'REPORTS_TO', 'WORKS_AT', 'MEMBER_OF', 'PART_OF', 'ROLE_IN', 'DRAFTS', 'ISSUES'] as const;
export type MapTieType = (typeof MAP_TIE_TYPES)[number];
/** KNOWS and REPORTS_TO double the ink on the map for little insight; they are one click away. */
export const DEFAULT_VISIBLE_TIES: readonly MapTieType[] = ['INFLUENCES', 'WORKS_AT', 'MEMBER_OF', 'PART_OF', 'ROLE_IN', 'DRAFTS', 'ISSUES'];

/** The map's stage filter: a step of the ladder, or no stage at all (nobody of ours knows them). */
export const NO_STAGE = 'NONE';
export type StageFilter = RelationshipStage | typeof NO_STAGE;
export const STAGE_FILTERS: readonly StageFilter[] = [NO_STAGE, ...RELATIONSHIP_STAGES];

const INSTITUTION_KINDS = valuesOf(InstitutionKind);

export const SIDE_TABS = ['power', 'person', 'tender', 'reach'] as const;
export type SideTab = (typeof SIDE_TABS)[number];

/** What the details tab may open that the map does not draw: a programme, an event or a product. */
export const ITEM_KINDS = ['program', 'event', 'product'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export interface MapItem {
  kind: ItemKind;
  id: string;
}

/**
 * What changed, lit on the map: the changes of the inbox (what you watch, since you last
 * marked it read), or everything that changed in the map's scope in the last 30 days.
 */
export const CHANGED_VIEWS = ['since-last-read', 'last-30-days'] as const;
export type ChangedView = (typeof CHANGED_VIEWS)[number];

export interface ViewState {
  /** null: the first territory the server lists. */
  scope: Scope | null;
  /** YYYY-MM-DD; null: today. */
  asOf: string | null;
  /** Therapeutic area id; null: all areas. */
  area: string | null;
  ties: MapTieType[];
  /** Hides INFLUENCES and KNOWS ties weaker than this (0..1). */
  minStrength: number;
  /** Empty: every stage. */
  stages: StageFilter[];
  /** Empty: every stance. */
  stances: StanceWord[];
  /** Institution kinds; empty: every kind. */
  kinds: InstitutionKind[];
  search: string;
  /** Selected node (person, institution, committee or tender). */
  selected: string | null;
  /** A programme, event or product open in the details tab (over the selected node, which stays selected). */
  item: MapItem | null;
  /** What-if: people treated as gone. */
  without: string[];
  tab: SideTab;
  /** Tender whose specification shapers and decision group are shown. */
  tender: string | null;
  /** Light the spec shapers' paths on the map. */
  shapers: boolean;
  /** Target of "how do I reach this person". */
  reach: string | null;
  /** Draw coalitions as groups. */
  groups: boolean;
  /** Light what changed (null: nothing). */
  changed: ChangedView | null;
  /** Draw the ties the evidence proposes (open tie suggestions), dashed. */
  proposed: boolean;
  /** A large scope: draw every person instead of the overview (see features/influence-map/overview.ts). */
  everyone: boolean;
  /** A large scope's overview: the coalitions opened (their index; -1 for the people in none). */
  open: number[];
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
  scope: null,
  asOf: null,
  area: null,
  ties: [...DEFAULT_VISIBLE_TIES],
  minStrength: 0,
  stages: [],
  stances: [],
  kinds: [],
  search: '',
  selected: null,
  item: null,
  without: [],
  tab: 'power',
  tender: null,
  shapers: false,
  reach: null,
  groups: false,
  changed: null,
  proposed: false,
  everyone: false,
  open: [],
}) as ViewState;

const SCOPE_KINDS: readonly ScopeKind[] = ['territory', 'institution', 'committee', 'tender'];
const ID = /^[\w.:@-]{1,200}$/;

function list(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
}

function oneOf<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return values.filter((v): v is T => (allowed as readonly string[]).includes(v));
}

/** Values of a closed list named in lower case (any case is read), in the list's order. */
function named<T extends string>(allowed: readonly T[], words: string[]): T[] {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  return allowed.filter((v) => wanted.has(slug(v)));
}

/** Chosen values in the list's order, in lower case. */
function writeNamed<T extends string>(allowed: readonly T[], chosen: readonly T[]): string {
  return allowed
    .filter((v) => chosen.includes(v))
    .map(slug)
    .join(',');
}

export function parseScope(value: string | null): Scope | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon < 0) return null;
  const kind = value.slice(0, colon) as ScopeKind;
  const scopeId = id(value.slice(colon + 1));
  return SCOPE_KINDS.includes(kind) && scopeId ? { kind, id: scopeId } : null;
}

export function formatScope(scope: Scope): string {
  return `${scope.kind}:${scope.id}`;
}

/** `event:event-north-1` -> the event; anything else -> null. */
export function parseItem(value: string | null): MapItem | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon < 0) return null;
  const kind = value.slice(0, colon) as ItemKind;
  const itemId = id(value.slice(colon + 1));
  return ITEM_KINDS.includes(kind) && itemId ? { kind, id: itemId } : null;
}

/** Reads a query string (with or without `?`); anything malformed falls back to the default. */
export function decodeViewState(search: string): ViewState {
  const p = fromSearch(search);
  const asOf = p.get('asOf');
  const min = Number(p.get('min'));
  const ties = p.has('ties') ? oneOf(MAP_TIE_TYPES, list(p.get('ties'))) : [...DEFAULT_VISIBLE_TIES];
  const tab = p.get('tab');
  return {
    scope: parseScope(p.get('scope')),
    asOf: isIsoDate(asOf) ? asOf : null,
    area: id(p.get('area')),
    ties,
    minStrength: Number.isFinite(min) && min > 0 && min <= 1 ? Math.round(min * 100) / 100 : 0,
    stages: named(STAGE_FILTERS, list(p.get('stage'))),
    stances: oneOf(STANCE_WORDS_IN_ORDER, list(p.get('stance'))),
    kinds: named(INSTITUTION_KINDS, list(p.get('kind'))),
    search: (p.get('q') ?? '').slice(0, 100),
    selected: id(p.get('node')),
    item: parseItem(p.get('item')),
    without: list(p.get('without')).filter((w) => ID.test(w)),
    tab: (SIDE_TABS as readonly string[]).includes(tab ?? '') ? (tab as SideTab) : 'power',
    tender: id(p.get('tender')),
    shapers: p.get('shapers') === '1',
    reach: id(p.get('reach')),
    groups: p.get('groups') === '1',
    changed: (CHANGED_VIEWS as readonly string[]).includes(p.get('changed') ?? '') ? (p.get('changed') as ChangedView) : null,
    proposed: p.get('proposed') === '1',
    everyone: p.get('all') === '1',
    open: parseOpen(p.get('open')),
  };
}

/** `open=0,3,none`: coalition indexes, `none` for the people in no coalition; sorted, no repeats. */
function parseOpen(value: string | null): number[] {
  const out = new Set<number>();
  for (const word of list(value)) {
    if (word === 'none') out.add(-1);
    else if (/^\d{1,4}$/.test(word)) out.add(Number(word));
  }
  return [...out].sort((a, b) => a - b);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
}

/** Writes only what differs from the default, in a fixed order, so equal views give equal URLs. */
export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.scope) p.set('scope', formatScope(state.scope));
  if (state.asOf) p.set('asOf', state.asOf);
  if (state.area) p.set('area', state.area);
  if (!sameList(state.ties, DEFAULT_VISIBLE_TIES)) p.set('ties', MAP_TIE_TYPES.filter((t) => state.ties.includes(t)).join(','));
  if (state.minStrength > 0) p.set('min', String(state.minStrength));
  if (state.stages.length) p.set('stage', writeNamed(STAGE_FILTERS, state.stages));
  if (state.stances.length) p.set('stance', writeNamed(STANCE_WORDS_IN_ORDER, state.stances));
  if (state.kinds.length) p.set('kind', writeNamed(INSTITUTION_KINDS, state.kinds));
  if (state.search) p.set('q', state.search);
  if (state.selected) p.set('node', state.selected);
  if (state.item) p.set('item', `${state.item.kind}:${state.item.id}`);
  if (state.without.length) p.set('without', state.without.join(','));
  if (state.tab !== 'power') p.set('tab', state.tab);
  if (state.tender) p.set('tender', state.tender);
  if (state.shapers) p.set('shapers', '1');
  if (state.reach) p.set('reach', state.reach);
  if (state.groups) p.set('groups', '1');
  if (state.changed) p.set('changed', state.changed);
  if (state.proposed) p.set('proposed', '1');
  if (state.everyone) p.set('all', '1');
  if (state.open.length) p.set('open', [...new Set(state.open)].sort((a, b) => a - b).map((c) => (c < 0 ? 'none' : String(c))).join(','));
  return readable(p);
}

export const mapViewCodec: ParamCodec<ViewState> = { decode: decodeViewState, encode: encodeViewState };

/** Filters that hide things on the map (not scope or date): used for "clear filters". */
export function activeFilterCount(state: ViewState): number {
  return (
    (sameList(state.ties, DEFAULT_VISIBLE_TIES) ? 0 : 1) +
    (state.minStrength > 0 ? 1 : 0) +
    (state.stages.length ? 1 : 0) +
    (state.stances.length ? 1 : 0) +
    (state.kinds.length ? 1 : 0)
  );
}

export function clearFilters(state: ViewState): ViewState {
  return { ...state, ties: [...DEFAULT_VISIBLE_TIES], minStrength: 0, stages: [], stances: [], kinds: [] };
}

/** The GraphQL ScopeInput for a scope: exactly one id. */
export function scopeInput(scope: Scope): { territoryId?: string; institutionId?: string; committeeId?: string; tenderId?: string } {
  return { [`${scope.kind}Id`]: scope.id };
}

/** The map of one scope (an account's institution, a committee). */
export function mapScopeHref(scope: Scope): string {
  return `/${encodeViewState({ ...DEFAULT_VIEW, scope })}`;
}

/** The map with a person (or institution, committee) selected and its details open; in a scope when given. */
export function mapNodeHref(id: string, scope: Scope | null = null): string {
  return `/${encodeViewState({ ...DEFAULT_VIEW, scope, selected: id, tab: 'person' })}`;
}

/** The map with a tender's decision group open and its spec shapers' paths lit. */
export function mapTenderHref(id: string): string {
  // Tender first, as these links have always been written (any order reads the same view).
  return `/${toSearch([
    ['tender', id],
    ['tab', 'tender'],
    ['shapers', '1'],
  ])}`;
}
