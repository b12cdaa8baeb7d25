import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: paths in settings are resolved against it, not the caller's cwd. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const port = z.coerce.number().int().min(1).max(65535);
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const memory = z.string().regex(/^\d+[kmgKMG]$/, 'a size such as 512m or 2g');

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt://, neo4j://, neo4j+s:// or bolt+s:// address')
      .optional(),
    NEO4J_USERNAME: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_BOLT_PORT: port.default(7687),
    NEO4J_DATA: z.string().min(1).default('.data/neo4j'),
    NEO4J_HEAP: memory.default('2g'),
    NEO4J_PAGECACHE: memory.default('1g'),
    SEED_ON_EMPTY: flag.default(true),
    DEMO_PEOPLE: z.coerce.number().int().min(10).max(1_000_000).default(300),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && env.NEO4J_PASSWORD === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when NEO4J_URI points at an external Neo4j',
      });
    }
  });

export type Config = Readonly<z.infer<typeof EnvSchema>> & { readonly neo4jDataDir: string };

export class ConfigError extends Error {}

/** Parses the environment once; a bad value names the variable and what it expects. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze({
    ...parsed.data,
    neo4jDataDir: path.resolve(PROJECT_ROOT, parsed.data.NEO4J_DATA),
  });
}
