import { AsyncLocalStorage } from 'node:async_hooks';
import type { Driver } from 'neo4j-driver';
import { DbClient } from '../../server/src/kernel/database/db-client.js';

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
 * The server's own DbClient (queries run, rows checked and counted exactly as in the app),
 * observed so that the database's own timing of every query is attributed to the HTTP
 * request that ran it (AsyncLocalStorage).
 */
export function timedDbClient(driver: Driver, database: string): DbClient {
  return new DbClient(driver, database, (_statement, summary, wallMs) => {
    const cost = requestCost.getStore();
    if (!cost) return;
    cost.roundTrips += 1;
    cost.driverMs += wallMs;
    cost.dbMs += toMs(summary.resultAvailableAfter) + toMs(summary.resultConsumedAfter);
  });
}
