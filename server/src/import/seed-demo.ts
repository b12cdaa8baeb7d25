import type { Driver } from 'neo4j-driver';
import { generateDemo } from '../demo/generate-demo.js';
import { writeGraph, type WriteProgress, type WriteSummary } from './graph-writer.js';

export interface SeedOptions {
  people: number;
  seed?: number;
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
export async function seedDemo(driver: Driver, database: string, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const graph = generateDemo({ people: options.people, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  const generated = performance.now();
  const summary = await writeGraph(driver, database, graph, {
    atomic: false,
    batchSize: 10_000,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { ...summary, generatedMs: generated - started, writtenMs: performance.now() - generated };
}
