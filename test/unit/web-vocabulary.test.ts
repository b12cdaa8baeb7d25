// The web's closed lists: their order is the SDL's (web/src/gql/vocabulary.ts, generated),
// their words are in web/src/shared/vocabulary/labels.ts, and no other web file keeps a
// list of its own.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../web/src/gql/vocabulary.js';
import { RelationshipStage, StageCriterion } from '../../web/src/gql/vocabulary.js';
import * as labels from '../../web/src/shared/vocabulary/labels.js';
import { CRITERIA_OF_STAGE, RELATIONSHIP_STAGES, asStage, criteriaUpTo, stageProgress, stageRank, stagesAbove, stagesUpTo } from '../../web/src/shared/vocabulary/ladder.js';
import { STANCE_WORDS_IN_ORDER, stanceWord } from '../../web/src/shared/vocabulary/stance.js';
import { enumValue, slug, valuesOf } from '../../web/src/shared/vocabulary/values.js';
import { roleLabel, stageLabel, tieRoleLabel } from '../../web/src/shared/vocabulary/words.js';

describe('the relationship ladder, in the order of the SDL', () => {
  it('ranks stages by their index in the generated constant; no stage ranks below contact', () => {
    expect(RELATIONSHIP_STAGES).toEqual(Object.values(RelationshipStage));
    expect(RELATIONSHIP_STAGES).toEqual(['CONTACT', 'ACQUAINTANCE', 'LOYALTY', 'NEAR_FRIENDLY']);
    expect(RELATIONSHIP_STAGES.map(stageRank)).toEqual([0, 1, 2, 3]);
    expect(stageRank(null)).toBe(-1);
    expect(stageRank(undefined)).toBeLessThan(stageRank('CONTACT'));
  });

  it('offers the steps above a stage (all of them above none) and up to it', () => {
    expect(stagesAbove(null)).toEqual(['CONTACT', 'ACQUAINTANCE', 'LOYALTY', 'NEAR_FRIENDLY']);
    expect(stagesAbove('LOYALTY')).toEqual(['NEAR_FRIENDLY']);
    expect(stagesAbove('NEAR_FRIENDLY')).toEqual([]);
    expect(stagesUpTo('ACQUAINTANCE')).toEqual(['CONTACT', 'ACQUAINTANCE']);
    expect(stagesUpTo(null)).toEqual([]);
  });

  it('asks for the criteria of a step and of every step below it; contact needs none', () => {
    expect(CRITERIA_OF_STAGE.CONTACT).toEqual([]);
    expect(criteriaUpTo('CONTACT')).toEqual([]);
    expect(criteriaUpTo('ACQUAINTANCE')).toEqual(['KNOWS_KAM_AND_COMPANY', 'KAM_KNOWS_THEM']);
    expect(criteriaUpTo('LOYALTY')).toEqual(['KNOWS_KAM_AND_COMPANY', 'KAM_KNOWS_THEM', 'KNOWS_OUR_MEDICINES', 'SPEAKS_WITH_RESPECT']);
    expect(CRITERIA_OF_STAGE.NEAR_FRIENDLY).toEqual(['TALKS_WILLINGLY', 'SHARES_INFORMATION', 'LETS_KAM_ASK_FOR_HELP']);
    // Every criterion belongs to exactly one step, and climbing the ladder meets them in the SDL's order.
    expect(criteriaUpTo('NEAR_FRIENDLY')).toEqual(Object.values(StageCriterion));
  });

  it('measures a plan from its start stage toward its target (no start: from no stage)', () => {
    expect(stageProgress('CONTACT', 'CONTACT', 'LOYALTY')).toBe(0);
    expect(stageProgress('CONTACT', 'ACQUAINTANCE', 'LOYALTY')).toBe(0.5);
    expect(stageProgress('CONTACT', 'LOYALTY', 'LOYALTY')).toBe(1);
    expect(stageProgress('CONTACT', 'ACQUAINTANCE', 'ACQUAINTANCE')).toBe(1);
    expect(stageProgress(null, null, 'NEAR_FRIENDLY')).toBe(0);
    expect(stageProgress(null, 'CONTACT', 'ACQUAINTANCE')).toBe(0.5);
    // A stage that fell below the start counts as no progress.
    expect(stageProgress('ACQUAINTANCE', 'CONTACT', 'LOYALTY')).toBe(0);
  });

  it('reads a stage from a String field or a URL word; "unknown" and the old words are no stage', () => {
    expect(asStage('LOYALTY')).toBe('LOYALTY');
    expect(asStage('near_friendly')).toBe('NEAR_FRIENDLY');
    expect(asStage('unknown')).toBeNull();
    expect(asStage('loyal')).toBeNull();
    expect(stageLabel(null)).toBe('No stage yet');
    expect(stageLabel('ACQUAINTANCE')).toBe('Acquaintance');
  });
});

describe('the stance scale', () => {
  it('has words of its own, never the ladder’s', () => {
    expect(STANCE_WORDS_IN_ORDER).toEqual(['opposed', 'sceptical', 'neutral', 'favourable', 'preferring', 'unknown']);
    expect([-2, -1, 0, 1, 2].map((v) => labels.STANCE_LABELS[stanceWord(v)])).toEqual(['Opposed (−2)', 'Sceptical (−1)', 'Neutral (0)', 'Favourable (+1)', 'Preferring (+2)']);
    const ladder = Object.values(labels.RELATIONSHIP_STAGE_LABELS).map((l) => l.toLowerCase());
    for (const word of Object.values(labels.STANCE_WORDS)) expect(ladder.some((l) => l.includes(word.toLowerCase()) || word.toLowerCase().includes(l))).toBe(false);
  });
});

describe('enum values outside the type system', () => {
  it('reads a word in either case and writes lower case', () => {
    expect(enumValue(vocabulary.InstitutionKind, 'pharmacy_chain')).toBe('PHARMACY_CHAIN');
    expect(enumValue(vocabulary.InstitutionKind, 'HOSPITAL')).toBe('HOSPITAL');
    expect(enumValue(vocabulary.InstitutionKind, 'formulary')).toBeNull();
    expect(enumValue(vocabulary.InfluenceBasis, 'money')).toBeNull();
    expect(enumValue(vocabulary.InfluenceBasis, null)).toBeNull();
    expect(slug('NEEDS_ATTENTION')).toBe('needs_attention');
    expect(valuesOf(vocabulary.PlanProgress)).toEqual(['ON_TRACK', 'NEEDS_ATTENTION', 'BEHIND', 'ACHIEVED', 'CLOSED']);
  });

  it('labels the roles a tie carries as a String, whatever their case', () => {
    expect(roleLabel('chair')).toBe('Chair');
    expect(roleLabel('SPECIFICATION_AUTHOR')).toBe('Specification author');
    expect(roleLabel('decision_maker')).toBe('Decision maker');
    expect(tieRoleLabel('WORKS_AT', 'Chief Physician')).toBe('Chief Physician');
    expect(tieRoleLabel('MEMBER_OF', 'secretary')).toBe('Secretary');
  });
});

describe('labels', () => {
  /** Every label table named `<ENUM>_LABELS` covers exactly its enum's values. */
  const tables: [string, Record<string, string>][] = [
    ['RelationshipStage', labels.RELATIONSHIP_STAGE_LABELS],
    ['StageCriterion', labels.STAGE_CRITERION_LABELS],
    ['DevelopmentLevel', labels.DEVELOPMENT_LEVEL_LABELS],
    ['ManagerStyle', labels.MANAGER_STYLE_LABELS],
    ['PlanStatus', labels.PLAN_STATUS_LABELS],
    ['PlanProgress', labels.PLAN_PROGRESS_LABELS],
    ['StepStatus', labels.STEP_STATUS_LABELS],
    ['StepKind', labels.STEP_KIND_LABELS],
    ['InteractionKind', labels.INTERACTION_KIND_LABELS],
    ['FollowUpStatus', labels.FOLLOW_UP_STATUS_LABELS],
    ['AgendaItemKind', labels.AGENDA_ITEM_KIND_LABELS],
    ['KeyAccountStatus', labels.KEY_ACCOUNT_STATUS_LABELS],
    ['KeyClientCriterion', labels.KEY_CLIENT_CRITERION_LABELS],
    ['PersonCategory', labels.PERSON_CATEGORY_LABELS],
    ['InstitutionKind', labels.INSTITUTION_KIND_LABELS],
    ['CommitteeRole', labels.COMMITTEE_ROLE_LABELS],
    ['DecisionRole', labels.DECISION_ROLE_LABELS],
    ['TenderStatus', labels.TENDER_STATUS_LABELS],
    ['InfluenceBasis', labels.INFLUENCE_BASIS_LABELS],
    ['PowerFactor', labels.POWER_FACTOR_LABELS],
    ['CoalitionLeaning', labels.COALITION_LEANING_LABELS],
    ['RoleKind', labels.ROLE_KIND_LABELS],
    ['UserRole', labels.USER_ROLE_LABELS],
    ['NodeLabel', labels.NODE_LABEL_LABELS],
    ['TieType', labels.TIE_TYPE_LABELS],
  ];

  it.each(tables)('has one non-empty label for every %s value', (name, table) => {
    const values = Object.values((vocabulary as unknown as Record<string, Record<string, string>>)[name]!);
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const label of Object.values(table)) expect(label.trim()).not.toBe('');
  });

  it('names no basis for money (docs/domain.md#informal-influence)', () => {
    expect(Object.values(labels.INFLUENCE_BASIS_LABELS).join(' ')).not.toMatch(/money|payment|gift/i);
  });
});

// --- No web file but shared/vocabulary keeps a list of a closed list's words ---

const WEB = path.resolve(import.meta.dirname, '../../web/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full.endsWith(`${path.sep}gql`) || full.endsWith(`${path.sep}vocabulary`) ? [] : sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('no hand-written lists of the vocabulary', () => {
  // Lists of tie types (which the map draws) and node labels are choices, not the vocabulary's order.
  const CHOICES = new Set(['TieType', 'NodeLabel', 'TieDirection']);
  const lists = Object.entries(vocabulary as unknown as Record<string, Record<string, string>>)
    .filter(([name]) => !CHOICES.has(name))
    .map(([name, e]) => [name, new Set(Object.values(e).flatMap((v) => [v, v.toLowerCase()]))] as const);
  // The words the API used before the vocabulary changed.
  const OLD_WORDS = new Set(['unknown', 'introduced', 'acquainted', 'loyal', 'advocate', 'hostile', 'money', 'stalled']);

  it('finds no array of words all from one closed list, and none of the old words, outside shared/vocabulary', () => {
    const found: string[] = [];
    for (const file of sources(WEB)) {
      const text = readFileSync(file, 'utf8');
      for (const array of text.matchAll(/\[([^[\]]*)\]/g)) {
        const words = [...array[1]!.matchAll(/'([A-Za-z_]+)'/g)].map((m) => m[1]!);
        for (const [name, values] of lists) {
          if (words.length >= 2 && words.every((w) => values.has(w))) found.push(`${path.relative(WEB, file)}: ${name} [${words.join(', ')}]`);
        }
      }
      for (const m of text.matchAll(/'([a-z_]+)'/g)) if (OLD_WORDS.has(m[1]!)) found.push(`${path.relative(WEB, file)}: '${m[1]}'`);
    }
    expect(found).toEqual([]);
  });
});
