import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: paths in settings are resolved against it, not the caller's cwd. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const port = z.coerce.number().int().min(1).max(65535);
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const memory = z.string().regex(/^\d+[kmgKMG]$/, 'a size such as 512m or 2g');

/** GRAPH_VERSION_CHECK_MS when unset: what the bench runs too. */
export const DEFAULT_GRAPH_VERSION_CHECK_MS = 250;

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
    /** Failed restarts in a row of the embedded Neo4j before the app gives up and exits 1. */
    NEO4J_MAX_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
    SEED_ON_EMPTY: flag.default(true),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),
    INTROSPECTION: flag.optional(),
    // Sign-in with the company's identity provider (OpenID Connect); CLI tokens keep working.
    OIDC_ISSUER: z.url({ message: 'the identity provider\'s issuer URL, e.g. https://login.example.com/realms/acme' }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_ROLE_CLAIM: z.string().min(1).optional(),
    OIDC_SCOPES: z.string().min(1).default('openid email profile'),
    DEMO_PEOPLE: z.coerce.number().int().min(10).max(1_000_000).default(300),
    /** The country the service is set up for: its words, names and currency, and the demo's country (docs/country-packs.md). */
    COUNTRY_PACK: z.enum(['pt', 'br', 'generic']).default('pt'),
    /**
     * How often each server process reads the graph version in the background, in ms, to
     * learn of writes made outside this server (the CLI, other machines): what it
     * remembers between writes (who asks, the version) is at most this old then. 0: both
     * are read from Neo4j with every request instead (kernel/auth/viewer-source.ts).
     */
    GRAPH_VERSION_CHECK_MS: z.coerce
      .number()
      .int()
      .max(60_000)
      .refine((ms) => ms === 0 || ms >= 50, '0 (read with every request) or at least 50 ms')
      .default(DEFAULT_GRAPH_VERSION_CHECK_MS),
    /** Server processes sharing PORT (node:cluster); 1 runs the server in this process. */
    WORKERS: z.coerce.number().int().min(1).max(64).default(1),
    /** The therapeutic-area table evidence import places works with (README, Evidence). */
    EVIDENCE_AREA_TERMS: z.string().min(1).default('data/therapeutic-area-terms.csv'),
    /** The largest evidence file an admin may upload in the web app; bigger ones go through npm run evidence. */
    EVIDENCE_UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(2048).default(50),
    // Live changes and webhooks (modules/changes): how often the change log is read, how
    // long a webhook receiver has to answer, how many attempts, the first retry's wait
    // (each next one doubles), and whether this process delivers webhooks at all.
    CHANGES_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(2_000),
    WEBHOOKS: flag.default(true),
    /** Requests per minute per user; 0 turns the limit off. Default: 600 in production, off otherwise. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).optional(),
    /** How often the retention job runs, in hours; 0 turns it off (npm run retention still works). */
    RETENTION_JOB_HOURS: z.coerce.number().min(0).max(24 * 31).default(24),
    /** After listening, ask what the app's first screen asks, once, so that its first user does not wait for a cold start (server/src/warm-up.ts). */
    WARM_UP: flag.default(true),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'is required in production (a random string of 32+ characters)' });
    }
    for (const key of ['OIDC_CLIENT_ID', 'OIDC_AUDIENCE'] as const) {
      if (env.OIDC_ISSUER && !env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when OIDC_ISSUER is set' });
    }
    if (env.NEO4J_URI && env.NEO4J_PASSWORD === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when NEO4J_URI points at an external Neo4j',
      });
    }
  });

/** Every environment variable the configuration reads. */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape) as ReadonlyArray<keyof z.infer<typeof EnvSchema>>;

export type Config = Readonly<z.infer<typeof EnvSchema>> & {
  readonly neo4jDataDir: string;
  /** EVIDENCE_AREA_TERMS resolved against the repository. */
  readonly evidenceAreaTerms: string;
  /** AUTH_SECRET, or in development a secret generated once and kept in .auth-secret. */
  readonly authSecret: string;
  readonly introspection: boolean;
  /** RATE_LIMIT_PER_MINUTE or its default for NODE_ENV; 0 means no limit. */
  readonly rateLimitPerMinute: number;
};

/** Requests per minute a user may send in production unless RATE_LIMIT_PER_MINUTE says otherwise. */
export const PRODUCTION_RATE_LIMIT_PER_MINUTE = 600;

/** Where development keeps its generated signing secret (gitignored). */
export const DEV_SECRET_FILE = path.join(PROJECT_ROOT, '.auth-secret');

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
    evidenceAreaTerms: path.resolve(PROJECT_ROOT, parsed.data.EVIDENCE_AREA_TERMS),
    authSecret: parsed.data.AUTH_SECRET ?? developmentSecret(),
    introspection: parsed.data.INTROSPECTION ?? parsed.data.NODE_ENV !== 'production',
    rateLimitPerMinute: parsed.data.RATE_LIMIT_PER_MINUTE ?? (parsed.data.NODE_ENV === 'production' ? PRODUCTION_RATE_LIMIT_PER_MINUTE : 0),
  });
}

/** Generated on first use and kept, so tokens survive restarts; never used in production. */
function developmentSecret(): string {
  if (existsSync(DEV_SECRET_FILE)) {
    const stored = readFileSync(DEV_SECRET_FILE, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString('hex');
  writeFileSync(DEV_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}
