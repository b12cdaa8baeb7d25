import { ConfigError, loadConfig, type Config } from '../kernel/config.js';
import { applySchema } from '../modules/graph/apply-schema.js';
import { openDatabase } from '../kernel/database/connect.js';
import { DbClient } from '../kernel/database/db-client.js';

/** Prints a one-line error (no stack for expected failures) and exits non-zero. */
export function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
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
export async function withDatabase<T>(config: Config, work: (db: DbClient) => Promise<T>): Promise<T> {
  const database = await openDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const stop = () => {
    process.stderr.write('\nInterrupted; closing the database...\n');
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

/** A progress line that rewrites itself on a terminal and prints sparsely otherwise. */
export function progressPrinter(): (label: string, done: number, total?: number) => void {
  let last = 0;
  return (label, done, total) => {
    const now = Date.now();
    const finished = total !== undefined && done >= total;
    if (!finished && now - last < 1000) return;
    last = now;
    const pct = total ? ` (${Math.round((done / total) * 100)}%)` : '';
    const text = `${label}: ${done.toLocaleString('en-US')}${total ? ` / ${total.toLocaleString('en-US')}` : ''}${pct}`;
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
