import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { schemaFiles } from '../../server/src/kernel/graphql/load-schema.js';
import { isUnauthenticated } from '../../web/src/app/apollo-client.js';
import { examplesFromMarkdown, nameOperation, schemaFromSdl, withAuthorization } from '../../web/src/features/console/console-support.js';
import { readClaims, splitTokenFromHash, tokenProblem } from '../../web/src/shared/session/token-store.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('sign-in token handling', () => {
  it('takes the token out of a sign-in link hash and keeps the rest', () => {
    expect(splitTokenFromHash('#token=abc.def.ghi')).toEqual({ token: 'abc.def.ghi', rest: '' });
    expect(splitTokenFromHash('#token=abc.def.ghi&panel=x')).toEqual({ token: 'abc.def.ghi', rest: '#panel=x' });
    expect(splitTokenFromHash('#panel=x')).toEqual({ token: null, rest: '#panel=x' });
    expect(splitTokenFromHash('')).toEqual({ token: null, rest: '' });
  });

  it('reads who a token is for and explains a bad paste', async () => {
    const token = await issueToken('x'.repeat(32), 'user-kam', '1h');
    expect(readClaims(token)).toMatchObject({ sub: 'user-kam' });
    expect(tokenProblem(token)).toBeNull();
    expect(tokenProblem('')).toMatch(/Paste the token/);
    expect(tokenProblem('Bearer something')).toMatch(/three parts/);
    const expired = await issueToken('x'.repeat(32), 'user-kam', '-1h');
    expect(tokenProblem(expired)).toMatch(/expired/);
  });

  it('recognises UNAUTHENTICATED as GraphQL errors or as a 401', () => {
    const graphqlErrors = new CombinedGraphQLErrors({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(isUnauthenticated(graphqlErrors)).toBe('Sign in first');
    const other = new CombinedGraphQLErrors({ errors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(isUnauthenticated(other)).toBeNull();
    const body = JSON.stringify({ errors: [{ message: 'Sign in first: send a token', extensions: { code: 'UNAUTHENTICATED' } }] });
    const http401 = new ServerError('401', { response: new Response(body, { status: 401 }), bodyText: body });
    expect(isUnauthenticated(http401)).toBe('The server needs you to sign in.');
    expect(isUnauthenticated(new Error('Failed to fetch'))).toBeNull();
  });
});

describe('query console', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('preloads every GraphQL example of the README as a named tab', () => {
    const tabs = examplesFromMarkdown(readme);
    expect(tabs.length).toBeGreaterThanOrEqual(6);
    expect(tabs[0]!.title).toMatch(/^Balance of power/);
    expect(tabs[0]!.query).toMatch(/^# Balance of power.*\nquery BalanceOfPower\w* \{/);
    expect(nameOperation('mutation {\n  x\n}', 'Editing')).toBe('mutation Editing {\n  x\n}');
    expect(nameOperation('query Named { x }', 'Other')).toBe('query Named { x }');
  });

  it('builds the schema for the docs from the SDL files, and every example validates against it', async () => {
    const files = Object.fromEntries(schemaFiles().map((f) => [f, readFileSync(f, 'utf8')]));
    const schema = schemaFromSdl(files);
    expect(schema.getQueryType()?.getFields().graphView).toBeDefined();
    const { parse, validate } = await import('graphql');
    for (const tab of examplesFromMarkdown(readme)) expect(validate(schema, parse(tab.query)), tab.title).toEqual([]);
  });

  it('adds our token unless the tab already sends one', () => {
    expect(withAuthorization({}, 't')).toEqual({ Authorization: 'Bearer t' });
    expect(withAuthorization({ authorization: 'Bearer mine' }, 't')).toEqual({ authorization: 'Bearer mine' });
    expect(withAuthorization(undefined, null)).toEqual({});
  });
});
