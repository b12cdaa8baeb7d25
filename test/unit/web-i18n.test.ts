// The web's languages: every catalogue has the same message ids as English, every message
// parses as ICU MessageFormat with the same arguments, every closed list's value has its words,
// the locale is chosen as documented, dates and numbers follow the locale, and the converted
// folders render no words of their own in JSX.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import * as vocabulary from '../../web/src/gql/vocabulary.js';
import { AREAS, CATALOGUES, type MessageId } from '../../web/src/shared/i18n/catalogues.js';
import { setCurrentLocale, tr } from '../../web/src/shared/i18n/intl.js';
import { chooseLocale, LOCALES, matchLocale } from '../../web/src/shared/i18n/locales.js';
import { dayLabel, numericDate, relativeDays, shortDate } from '../../web/src/shared/dates.js';
import { formatAmount, formatCount, formatScore } from '../../web/src/shared/format.js';
import * as labels from '../../web/src/shared/vocabulary/labels.js';
import { KEY_ACCOUNT_STATUS_ADVICE } from '../../web/src/shared/vocabulary/labels.js';
import { langParam, withLang } from '../../web/src/shared/urls/lang.js';

const WEB = path.resolve(import.meta.dirname, '../../web/src');
const en = CATALOGUES.en;

/** The argument names a message uses (plural/select options included), sorted. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    if (e.type === TYPE.tag) {
      argumentsOf(e.children, into);
      continue;
    }
    into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) argumentsOf(option.value, into);
  }
  return into;
}

afterEach(() => setCurrentLocale('en'));

describe('catalogues', () => {
  // One folder per area, one file per locale in it (messages/<area>/<locale>.json).
  const areas = Object.keys(AREAS).sort();

  it('has areas, each with a file per locale and no file for a locale the app does not speak', () => {
    expect(areas.length).toBeGreaterThan(0);
    const problems = areas.flatMap((area) => [
      ...LOCALES.filter((l) => !AREAS[area]![l]).map((l) => `messages/${area}/${l}.json is missing`),
      ...Object.keys(AREAS[area]!).filter((l) => !(LOCALES as readonly string[]).includes(l)).map((l) => `messages/${area}/${l}.json: ${l} is not in LOCALES`),
    ]);
    expect(problems).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the message ids of English, area by area', (locale) => {
    const problems: string[] = [];
    for (const area of areas) {
      const reference = AREAS[area]!.en ?? {};
      const theirs = AREAS[area]![locale] ?? {};
      for (const id of Object.keys(reference)) if (!(id in theirs)) problems.push(`messages/${area}/${locale}.json lacks ${id}`);
      for (const id of Object.keys(theirs)) if (!(id in reference)) problems.push(`messages/${area}/${locale}.json has ${id}, which messages/${area}/en.json lacks`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps each message id in one area only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const area of areas) {
      for (const id of Object.keys(AREAS[area]!.en ?? {})) {
        const first = seen.get(id);
        if (first) twice.push(`${id} is in messages/${first}/ and messages/${area}/`);
        else seen.set(id, area);
      }
    }
    expect(twice).toEqual([]);
  });

  it('types every English id (each area’s English file is in MessageId, shared/i18n/catalogues.ts)', () => {
    // Compile-time: these must be MessageIds. Run-time: the merged English has every area's ids.
    const sample: MessageId[] = ['signIn.title', 'map.status.updating', 'person.howToReach', 'relationshipStageLabels.CONTACT'];
    for (const id of sample) expect(en[id]).toBeTruthy();
    const catalogues = readFileSync(path.join(WEB, 'shared/i18n/catalogues.ts'), 'utf8');
    const untyped = areas.filter((area) => !catalogues.includes(`./messages/${area}/en.json'`));
    expect(untyped.map((area) => `messages/${area}/en.json is not imported for MessageId in catalogues.ts`)).toEqual([]);
  });

  it.each(LOCALES)('every %s message parses as ICU MessageFormat, with the same arguments as English', (locale) => {
    const problems: string[] = [];
    for (const [id, message] of Object.entries(CATALOGUES[locale])) {
      try {
        const args = [...argumentsOf(parse(message))].sort();
        const reference = [...argumentsOf(parse(en[id as keyof typeof en] ?? ''))].sort();
        if (args.join() !== reference.join()) problems.push(`${id}: arguments ${args.join()} instead of ${reference.join()}`);
      } catch (error) {
        problems.push(`${id}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s translates (no message left identical to a long English one)', (locale) => {
    // Short words may be the same in both (KOL, PNG, D1); a sentence never is.
    const same = Object.entries(CATALOGUES[locale]).filter(([id, m]) => m === en[id as keyof typeof en] && /\s\w+\s\w+\s\w+/.test(m) && !/^[{<]/.test(m));
    expect(same.map(([id]) => id)).toEqual([]);
  });

  it('every closed list of the SDL a labels table covers has a message for each value, in every locale', () => {
    const missing: string[] = [];
    for (const locale of LOCALES) {
      setCurrentLocale(locale);
      for (const [name, table] of Object.entries(labels)) {
        if (!table || typeof table !== 'object') continue;
        for (const [value, fn] of Object.entries(table as Record<string, unknown>)) {
          const text = typeof fn === 'function' ? (fn as (b: labels.ShareBand) => string)({ min: '30%', max: '55%', mono: '75%' }) : String(fn);
          if (!text || /^[a-z]+[A-Z]\w*\.[A-Z_a-z]+$/.test(text)) missing.push(`${locale} ${name}.${value}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The tables span the enums they are typed by.
    expect(Object.keys(labels.RELATIONSHIP_STAGE_LABELS)).toEqual(Object.values(vocabulary.RelationshipStage));
    expect(Object.keys(labels.TIE_TYPE_LABELS)).toEqual(Object.values(vocabulary.TieType));
  });

  it('speaks the article’s ladder in Portuguese, and the two Portuguese differ where Portugal and Brazil do', () => {
    setCurrentLocale('pt-PT');
    expect(Object.values(labels.RELATIONSHIP_STAGE_LABELS)).toEqual(['Contacto', 'Conhecimento', 'Fidelização', 'Quase amizade']);
    setCurrentLocale('pt-BR');
    expect(Object.values(labels.RELATIONSHIP_STAGE_LABELS)).toEqual(['Contato', 'Conhecimento', 'Fidelização', 'Quase amizade']);
    expect(labels.USER_ROLE_LABELS.ADMIN).toMatch(/Administrador/);
    expect(KEY_ACCOUNT_STATUS_ADVICE.NORMAL({ min: '30%', max: '55%', mono: '75%' })).toContain('30%');
  });
});

describe('choosing the locale', () => {
  it('takes the URL, else the profile, else the first browser language spoken, else English', () => {
    expect(chooseLocale({ url: 'pt-BR', profile: 'en', browser: ['pt-PT'] })).toBe('pt-BR');
    expect(chooseLocale({ url: 'xx', profile: 'pt-PT', browser: ['en'] })).toBe('pt-PT');
    expect(chooseLocale({ browser: ['de-DE', 'pt-BR', 'en'] })).toBe('pt-BR');
    expect(chooseLocale({ browser: ['fr'] })).toBe('en');
    expect(matchLocale('pt')).toBe('pt-PT');
    expect(matchLocale('PT-br')).toBe('pt-BR');
    expect(matchLocale('en-US')).toBe('en');
  });

  it('keeps `lang` in the query string beside a page’s own parameters', () => {
    expect(withLang('?scope=territory:t1&tab=person', 'pt-PT')).toBe('?scope=territory:t1&tab=person&lang=pt-PT');
    expect(withLang('?lang=pt-PT&tab=person', null)).toBe('?tab=person');
    expect(langParam('?tab=person&lang=pt-BR')).toBe('pt-BR');
  });
});

describe('dates and numbers in the locale', () => {
  it('keeps English as it was', () => {
    expect(shortDate('2026-11-28', '2026-01-01')).toBe('28 Nov');
    expect(dayLabel('2026-01-02', '2026-01-01')).toBe('Tomorrow');
    expect(relativeDays('2026-01-04', '2026-01-01')).toBe('in 3 days');
    expect(relativeDays('2025-12-30', '2026-01-01')).toBe('2 days ago');
    expect(numericDate('2026-01-12')).toBe('2026-01-12');
    expect(formatCount(4800)).toBe('4,800');
    expect(formatScore(0.667)).toBe('0.67');
    expect(formatAmount(1488000, 'EUR')).toBe('1,488,000 EUR');
  });

  it('writes days before months and decimal commas in Portuguese', () => {
    setCurrentLocale('pt-PT');
    expect(numericDate('2026-01-12')).toBe('12/01/2026');
    expect(dayLabel('2026-01-01', '2026-01-01')).toBe('Hoje');
    expect(relativeDays('2026-01-04', '2026-01-01')).toBe('dentro de 3 dias');
    expect(formatScore(0.667)).toBe('0,67');
    expect(formatAmount(1488000, 'EUR')).toMatch(/^1\s488\s000\s€$/);
    setCurrentLocale('pt-BR');
    expect(numericDate('2026-01-12')).toBe('12/01/2026');
    expect(formatAmount(1488000, 'BRL')).toMatch(/^R\$\s1\.488\.000$/);
    expect(tr('dates.nearDay', { day: 'yesterday' })).toBe('Ontem');
  });
});

// Folders whose components take every word from the catalogues. A folder joins this list once
// converted; the scan reads JSX text and the attributes a user reads.
const CONVERTED = ['app', 'shared', 'features/influence-map', 'features/plans', 'features/agenda', 'features/key-accounts', 'features/recommendations', 'features/tender', 'features/editing', 'features/balance-of-power', 'features/introductions', 'features/catalog', 'features/person', 'features/evidence', 'features/changes', 'features/console'];
const READ_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label']);

function tsxFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) tsxFiles(p, out);
    else if (p.endsWith('.tsx')) out.push(p);
  }
  return out;
}

/** Words in JSX text, in a read attribute's string, or a string literal rendered as a child. */
export function wordsInJsx(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const words = /\p{L}{2,}/u;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && words.test(node.text)) found.push(node.text.trim());
    else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && words.test(node.initializer.text)) found.push(node.initializer.text);
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent) || (ts.isJsxAttribute(node.parent) && READ_ATTRIBUTES.has(node.parent.name.getText()))) && node.expression && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression) || ts.isTemplateExpression(node.expression)) && words.test(node.expression.getText()) && !node.expression.getText().includes('tr(')) found.push(node.expression.getText());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no words left in the converted components', () => {
  it.each(CONVERTED)('web/src/%s renders only catalogue messages', (folder) => {
    const left = tsxFiles(path.join(WEB, folder)).flatMap((file) => wordsInJsx(file).map((w) => `${path.relative(WEB, file)}: ${w}`));
    // The brand and the language names are names, not words to translate.
    expect(left.filter((l) => !/: (KAMgraph|PNG|CSV)$/.test(l))).toEqual([]);
  });
});
