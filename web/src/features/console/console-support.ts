// The console's default tabs are the README's example questions, read from the README at
// build time so the two can never drift apart. Pure helpers of the console live here too.
import { buildSchema, type GraphQLSchema } from 'graphql';
import { tr } from '@shared/i18n/intl.js';

export interface ExampleTab {
  title: string;
  query: string;
}

/** Each ```graphql block, titled by the sentence before it (up to its colon). */
export function examplesFromMarkdown(markdown: string): ExampleTab[] {
  const out: ExampleTab[] = [];
  const block = /```graphql\n([\s\S]*?)```/g;
  let match: RegExpExecArray | null;
  while ((match = block.exec(markdown))) {
    const before = markdown.slice(0, match.index).trimEnd();
    const lastParagraph = before.slice(before.lastIndexOf('\n\n') + 2).replace(/\s+/g, ' ').trim();
    const title = lastParagraph.replace(/:$/, '').replace(/\s*\(.*?\)\s*$/, '').trim() || tr('console.example', { number: out.length + 1 });
    out.push({ title, query: `# ${title}\n${nameOperation(match[1]!.trimEnd(), title)}\n` });
  }
  return out;
}

/** GraphiQL titles tabs by operation name: `{ ... }` becomes `query BalanceOfPowerInATerritory { ... }`. */
export function nameOperation(query: string, title: string): string {
  const name = title
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  if (!name) return query;
  const trimmed = query.trimStart();
  if (trimmed.startsWith('{')) return `query ${name} ${trimmed}`;
  const anonymous = /^(query|mutation|subscription)\s*\{/.exec(trimmed);
  if (anonymous) return `${anonymous[1]} ${name} ${trimmed.slice(anonymous[1]!.length).trimStart()}`;
  return query;
}

/** Adds `Authorization: Bearer <token>` unless the headers already carry one (any case). */
export function withAuthorization(headers: Record<string, unknown> | undefined, token: string | null): Record<string, unknown> {
  const out = { ...(headers ?? {}) };
  if (token && !Object.keys(out).some((k) => k.toLowerCase() === 'authorization')) out.Authorization = `Bearer ${token}`;
  return out;
}

/** The schema from the SDL files (bundled at build time): docs without introspection. */
export function schemaFromSdl(files: Record<string, string>): GraphQLSchema {
  return buildSchema(Object.values(files).join('\n'));
}

