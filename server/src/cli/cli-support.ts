import { ConfigError, loadConfig, type Config } from '../kernel/config.js';
import { isWorded } from '../kernel/errors.js';
import { DEFAULT_LOCALE, formatMessage, type Locale } from '../kernel/i18n/catalogue.js';
import { localeOf, localeOfEnvironment } from '../kernel/i18n/locale.js';
import { applySchema } from '../modules/graph/apply-schema.js';
import { openDatabase } from '../kernel/database/connect.js';
import { DbClient } from '../kernel/database/db-client.js';

/**
 * The language a command prints in: `--locale en|pt-PT|pt-BR`, else the shell's
 * (LC_ALL, LC_MESSAGES, LANG), else English. A `--locale` no catalogue has is refused.
 */
export function cliLocale(args: string[], env: Readonly<Record<string, string | undefined>> = process.env): Locale {
  const given = option(args, 'locale');
  if (given === undefined) return localeOfEnvironment(env);
  const locale = /^(en|pt)([-_].*)?$/i.test(given.trim()) ? localeOf(given) : null;
  if (locale) return locale;
  process.stderr.write(`${formatMessage('cli.badLocale', { given }, localeOfEnvironment(env))}\n`);
  process.exit(2);
}

/**
 * The language of a text written for one user (the digest): `--locale` when given, else the
 * language the user chose in the app, else the shell's (`cliLocale`).
 */
export function userLocale(args: string[], chosen: Locale | null | undefined, env: Readonly<Record<string, string | undefined>> = process.env): Locale {
  if (option(args, 'locale') === undefined && chosen) return chosen;
  return cliLocale(args, env);
}

/** The arguments that are not options: `--name value` pairs of the options named are left out. */
export function positionals(args: string[], valued: readonly string[]): string[] {
  return args.filter((a, i) => !a.startsWith('-') && !valued.some((name) => args[i - 1] === `--${name}`));
}

/** Prints a one-line error (no stack for expected failures), in `locale` when it can say itself so, and exits non-zero. */
export function fail(error: unknown, locale: Locale = DEFAULT_LOCALE): never {
  const message = isWorded(error) ? error.wordedIn(locale) : error instanceof Error ? error.message : String(error);
  process.stderr.write(`\n${message}\n`);
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error);
    throw error;
  }
}

/** Connects like the app does and applies the schema; closes on SIGINT/SIGTERM. */
export async function withDatabase<T>(config: Config, work: (db: DbClient) => Promise<T>, locale: Locale = DEFAULT_LOCALE): Promise<T> {
  const database = await openDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const stop = () => {
    process.stderr.write(`\n${formatMessage('cli.interrupted', {}, locale)}\n`);
    void database.close().then(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await applySchema(database.driver, database.database);
    return await work(new DbClient(database.driver, database.database));
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await database.close();
  }
}

/** A progress line that rewrites itself on a terminal and prints sparsely otherwise; numbers written the locale's way. */
export function progressPrinter(locale: Locale = DEFAULT_LOCALE): (label: string, done: number, total?: number) => void {
  const number = new Intl.NumberFormat(locale);
  let last = 0;
  return (label, done, total) => {
    const now = Date.now();
    const finished = total !== undefined && done >= total;
    if (!finished && now - last < 1000) return;
    last = now;
    const pct = total ? ` (${Math.round((done / total) * 100)}%)` : '';
    const text = `${label}: ${number.format(done)}${total ? ` / ${number.format(total)}` : ''}${pct}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${text}${finished ? '\n' : ''}`);
    else process.stderr.write(`${text}\n`);
  };
}

/** `--name value` or `--name=value` from argv. */
export function option(args: string[], name: string): string | undefined {
  const index = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = args[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}
