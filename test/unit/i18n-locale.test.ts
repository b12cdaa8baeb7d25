import { describe, expect, it } from 'vitest';
import { userLocale } from '../../server/src/cli/cli-support.js';
import { enumOfLocale, localeOf, localeOfEnum, localeOfEnvironment, negotiateLocale, requestedLocale } from '../../server/src/kernel/i18n/locale.js';

describe('the request locale (Accept-Language)', () => {
  it.each([
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['PT-br', 'pt-BR'],
    ['pt', 'pt-PT'],
    ['pt-PT', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['pt-MZ;q=0.9', 'pt-PT'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR', 'en'],
    ['de, fr;q=0.5', 'en'],
    ['*', 'en'],
    ['', 'en'],
  ] as const)('%j reads %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('honours q-values and order', () => {
    expect(negotiateLocale('fr;q=1, pt-br;q=0.5')).toBe('pt-BR');
    expect(negotiateLocale('en;q=0.5, pt;q=0.8')).toBe('pt-PT');
    expect(negotiateLocale('pt-BR;q=0.3, pt-PT;q=0.9')).toBe('pt-PT');
    expect(negotiateLocale('pt-BR, en;q=0.9')).toBe('pt-BR');
    expect(negotiateLocale('en, pt-BR;q=0.9')).toBe('en');
    expect(negotiateLocale('pt-BR;q=0, pt-PT;q=0.2')).toBe('pt-PT');
  });

  it('tells a request that names a language of ours from one that leaves it to the user’s choice', () => {
    expect(requestedLocale('pt-BR, en;q=0.9')).toBe('pt-BR');
    expect(requestedLocale('en-US')).toBe('en');
    // Absent, blank, only `*` (Node's fetch) or none of ours: the user's chosen language decides.
    for (const header of [undefined, null, '', '  ', '*', 'de, fr;q=0.5']) expect(requestedLocale(header), String(header)).toBeNull();
  });

  it('reads no header, or several, sensibly', () => {
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale(null)).toBe('en');
    expect(negotiateLocale(['fr', 'pt-BR;q=0.5'])).toBe('pt-BR');
  });

  it('maps the GraphQL enum and explicit names', () => {
    expect(localeOfEnum('PT_BR')).toBe('pt-BR');
    expect(localeOfEnum('pt_pt')).toBe('pt-PT');
    expect(localeOfEnum('EN')).toBe('en');
    expect(localeOfEnum('FR')).toBeNull();
    expect(enumOfLocale('pt-PT')).toBe('PT_PT');
    expect(localeOf('pt-br')).toBe('pt-BR');
    expect(localeOf('PT_PT')).toBe('pt-PT');
    expect(localeOf('')).toBeNull();
    expect(localeOf(42)).toBeNull();
  });

  it('reads a command\'s language from the shell the POSIX way: LC_ALL, else LC_MESSAGES, else LANG', () => {
    expect(localeOfEnvironment({ LANG: 'pt_BR.UTF-8' })).toBe('pt-BR');
    expect(localeOfEnvironment({ LANG: 'pt_PT.UTF-8' })).toBe('pt-PT');
    expect(localeOfEnvironment({ LANG: 'pt_PT@euro' })).toBe('pt-PT');
    expect(localeOfEnvironment({ LANG: 'pt_AO.UTF-8' })).toBe('pt-PT');
    expect(localeOfEnvironment({ LC_ALL: 'pt_BR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('pt-BR');
    expect(localeOfEnvironment({ LC_MESSAGES: 'pt_PT.UTF-8', LANG: 'pt_BR.UTF-8' })).toBe('pt-PT');
    expect(localeOfEnvironment({ LC_ALL: '', LANG: 'pt_BR' })).toBe('pt-BR');
    expect(localeOfEnvironment({ LANG: 'C.UTF-8' })).toBe('en');
    expect(localeOfEnvironment({ LANG: 'POSIX' })).toBe('en');
    expect(localeOfEnvironment({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeOfEnvironment({})).toBe('en');
  });
});

describe('the language of a text written for one user (the digest)', () => {
  const shell = { LANG: 'pt_BR.UTF-8' };
  it('is --locale when given, else the user’s chosen language, else the shell’s', () => {
    expect(userLocale(['user-kam', '--locale', 'en'], 'pt-PT', shell)).toBe('en');
    expect(userLocale(['user-kam'], 'pt-PT', shell)).toBe('pt-PT');
    expect(userLocale(['user-kam'], null, shell)).toBe('pt-BR');
    expect(userLocale(['user-kam'], undefined, {})).toBe('en');
  });
});
