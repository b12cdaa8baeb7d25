import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// `docker compose config` needs the compose plugin, which this machine lacks; this checks
// the parts that matter to a user with Docker: the image, health checks and start order.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path.resolve(import.meta.dirname, '../../docker-compose.yml'), 'utf8'));

  it('runs the official Neo4j 5.26 image with a health check', () => {
    expect(compose.services.neo4j.image).toBe('neo4j:5.26');
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell/);
  });

  it('starts the app once Neo4j is healthy, pointed at it by NEO4J_URI', () => {
    const app = compose.services.app;
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.healthcheck.test.join(' ')).toMatch(/\/health/);
  });

  it('keeps no default password', () => {
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD:\?/);
  });
});
