import { AsyncLocalStorage } from 'node:async_hooks';
import type { CypherQuery } from '../../server/src/kernel/database/cypher.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { toPlain } from '../../server/src/kernel/database/plain.js';

/** What one HTTP request cost at the database. */
export interface RequestCost {
  roundTrips: number;
  /** Sum over the request's queries of the database's own time: resultAvailableAfter + resultConsumedAfter. */
  dbMs: number;
  /** Sum of the driver calls' wall time as the server saw them (Bolt, network, decoding included). */
  driverMs: number;
}

export const requestCost = new AsyncLocalStorage<RequestCost>();

const toMs = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0));

/**
 * The server's DbClient, plus the database's own timing of every query, attributed to the
 * HTTP request that ran it (AsyncLocalStorage). It runs queries exactly as DbClient does.
 */
export class TimedDbClient extends DbClient {
  override read<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P): Promise<R[]> {
    return this.timed(query, params, 'READ');
  }

  override write<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P): Promise<R[]> {
    return this.timed(query, params, 'WRITE');
  }

  private async timed<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P, mode: 'READ' | 'WRITE'): Promise<R[]> {
    this.roundTrips += 1;
    const cost = requestCost.getStore();
    const started = performance.now();
    const result = await this.driver.executeQuery(query.text, params, { database: this.database, routing: mode });
    if (cost) {
      cost.roundTrips += 1;
      cost.driverMs += performance.now() - started;
      cost.dbMs += toMs(result.summary.resultAvailableAfter) + toMs(result.summary.resultConsumedAfter);
    }
    return result.records.map((record) => toPlain(record.toObject()) as R);
  }
}
