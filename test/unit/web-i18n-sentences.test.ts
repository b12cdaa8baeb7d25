// Sentences the web builds outside JSX (errors, token checks, the agenda's range, the upload's
// answer) follow the locale: English as before, Portugal's and Brazil's words otherwise, dates
// in the locale's figures.
import { afterEach, describe, expect, it } from 'vitest';
import { readUploadAnswer } from '../../web/src/features/evidence/upload.js';
import { setCurrentLocale } from '../../web/src/shared/i18n/intl.js';
import { tokenProblem } from '../../web/src/shared/session/token-store.js';
import { describeError } from '../../web/src/shared/ui/describe-error.js';
import { agendaRange } from '../../web/src/shared/urls/agenda.js';

afterEach(() => setCurrentLocale('en'));

describe('sentences built outside JSX', () => {
  it('keeps English as it was', () => {
    expect(agendaRange({ from: '2026-12-01', to: '2026-11-01' }, '2026-12-01').problem).toBe('The end (2026-11-01) was before the start; showing 30 days from 2026-12-01.');
    expect(tokenProblem('')).toBe('Paste the token first.');
    expect(describeError(new Error('Failed to fetch'))).toBe('The server does not answer. Is `npm start` still running?');
    expect(readUploadAnswer(500, null).error).toBe('The server refused the upload (HTTP 500).');
  });

  it('speaks Portugal’s and Brazil’s Portuguese, dates day first', () => {
    setCurrentLocale('pt-PT');
    expect(agendaRange({ from: '2026-12-01', to: '2026-11-01' }, '2026-12-01').problem).toBe('O fim (01/11/2026) era anterior ao início; a mostrar 30 dias a partir de 01/12/2026.');
    expect(readUploadAnswer(413, null).error).toContain('ficheiro');
    expect(describeError(new Error('Failed to fetch'))).toMatch(/^O servidor não responde/);
    setCurrentLocale('pt-BR');
    expect(agendaRange({ from: '2026-12-01', to: '2026-11-01' }, '2026-12-01').problem).toContain('mostrando 30 dias');
    expect(readUploadAnswer(413, null).error).toContain('arquivo');
    expect(tokenProblem('')).toBe('Cole o token primeiro.');
    // A server's own words are passed through untouched.
    expect(describeError(new Error('Sign in first: send a token'))).toBe('Sign in first: send a token');
  });
});
