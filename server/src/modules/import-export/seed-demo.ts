import { generateDemo } from '../../demo/generate-demo.js';
import { systemClock } from '../../kernel/clock.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import type { CountryPack } from '../country/pack.js';
import { writeGraph, type WriteProgress, type WriteSummary } from '../graph/graph-writer.js';

export interface SeedOptions {
  people: number;
  seed?: number;
  /**
   * The day the demo is anchored at (every generated date is relative to it). Default:
   * today, so a demo seeded next year is as alive as one seeded now.
   */
  today?: string;
  /** The country to seed (COUNTRY_PACK); default Portugal. */
  country?: CountryPack;
  onProgress?: (progress: WriteProgress) => void;
}

export interface SeedReport extends WriteSummary {
  generatedMs: number;
  writtenMs: number;
}

/**
 * Writes the demo territory. Batches commit one by one (a national graph would not fit
 * one transaction); ids are stable, so re-running after a failure completes the graph.
 */
export async function seedDemo(db: DbClient, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const today = options.today ?? systemClock.today();
  const graph = generateDemo({
    people: options.people,
    today,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.country ? { country: options.country } : {}),
  });
  const generated = performance.now();
  const summary = await writeGraph(db, graph, {
    atomic: false,
    batchSize: 10_000,
    today,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { ...summary, generatedMs: generated - started, writtenMs: performance.now() - generated };
}
