import type { Driver } from 'neo4j-driver';
import type { CypherQuery } from './cypher.js';
import { toPlain } from './plain.js';
import { retryOnLockConflict } from './retry.js';

/**
 * The one way repositories run Cypher: named queries, parameters only, reads routed to
 * readers (clusters), rows converted to plain values. `roundTrips` counts database calls
 * so tests can prove a request does not grow its queries with its rows.
 */
export class DbClient {
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  async read<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P): Promise<R[]> {
    return this.run(query, params, 'READ');
  }

  async write<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P): Promise<R[]> {
    return this.run(query, params, 'WRITE');
  }

  private async run<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P, mode: 'READ' | 'WRITE'): Promise<R[]> {
    this.roundTrips += 1;
    const run = () => this.driver.executeQuery(query.text, params, { database: this.database, routing: mode });
    const result = mode === 'WRITE' ? await retryOnLockConflict(run) : await run();
    return result.records.map((record) => toPlain(record.toObject()) as R);
  }
}
