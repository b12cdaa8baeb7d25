import express from 'express';
import { verifyToken } from '../../server/src/kernel/auth/tokens.js';
import type { AnalyticsCache } from '../../server/src/kernel/cache/analytics-cache.js';
import { createContext } from '../../server/src/context.js';
import { systemClock } from '../../server/src/kernel/clock.js';
import type { DbClient } from '../../server/src/kernel/database/db-client.js';
import type { ViewerSource } from '../../server/src/kernel/auth/viewer-source.js';
import type { ScopePower } from '../../server/src/modules/power/questions.js';
import type { WholeGraphPower } from '../../server/src/modules/power/whole-graph.js';
import { QUESTIONS, type QuestionName } from './questions.js';

/**
 * `POST /<question>` with `{"variables": {...}}`: the same work as the GraphQL endpoint
 * minus GraphQL. The same body parser and bearer token check, the same viewer source,
 * the same per-request context (repositories, DataLoaders, analytics cache), the same
 * question code; the answer is `{"data": ...}` with the fields the GraphQL document selects.
 */
export function rawRoutes(db: DbClient, viewers: ViewerSource, authSecret: string, analyticsCache: AnalyticsCache | null, wholeGraph: WholeGraphPower<ScopePower> | null): express.Router {
  const router = express.Router();
  router.post('/:question', express.json({ limit: '1mb' }), async (req, res) => {
    const question = QUESTIONS[req.params.question as QuestionName];
    if (!question) {
      res.status(404).json({ error: `no question ${req.params.question}` });
      return;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const check = match ? await verifyToken(authSecret, match[1]!) : { ok: false as const, reason: 'no token' };
    if (!check.ok) {
      res.status(401).json({ error: 'UNAUTHENTICATED' });
      return;
    }
    try {
      // As the GraphQL route does: the graph version comes with the viewer (questions only).
      const today = systemClock.today();
      const { viewer, graphVersion } = await viewers.viewerAndVersion(check.userId, today);
      if (!viewer) {
        res.status(401).json({ error: 'UNAUTHENTICATED' });
        return;
      }
      wholeGraph?.notice(graphVersion);
      const ctx = createContext(db, viewer, { analyticsCache, wholeGraph, graphVersion, today });
      const data = await question.raw(ctx, (req.body?.variables ?? {}) as Record<string, unknown>);
      res.json({ data });
    } catch (error) {
      res.status(500).json({ error: (error as Error).message });
    }
  });
  return router;
}
