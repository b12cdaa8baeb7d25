import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/kernel/config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, NEO4J_BOLT_PORT: 7687, NEO4J_DATABASE: 'neo4j', SEED_ON_EMPTY: true, DEMO_PEOPLE: 300 });
    expect(config.neo4jDataDir).toMatch(/\.data\/neo4j$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('refuses a bad environment with a message naming each variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' })).toThrow(/PORT:.*\n.*NEO4J_URI: a bolt:\/\//s);
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toThrow(/NEO4J_PASSWORD: is required/);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP: a size such as 512m or 2g/);
  });

  it('needs a client id and an audience with an OIDC issuer', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.acme.test' })).toThrow(/OIDC_CLIENT_ID: is required when OIDC_ISSUER is set\n.*OIDC_AUDIENCE: is required/s);
    expect(() => loadConfig({ OIDC_ISSUER: 'not a url', OIDC_CLIENT_ID: 'web', OIDC_AUDIENCE: 'api' })).toThrow(/OIDC_ISSUER: the identity provider's issuer URL/);
    expect(loadConfig({ OIDC_ISSUER: 'https://login.acme.test', OIDC_CLIENT_ID: 'web', OIDC_AUDIENCE: 'api' }).OIDC_SCOPES).toBe('openid email profile');
  });

  it('reads the graph version in the background every 250 ms unless told otherwise, and refuses a period that would flood the database', () => {
    expect(loadConfig({}).GRAPH_VERSION_CHECK_MS).toBe(250);
    expect(loadConfig({ GRAPH_VERSION_CHECK_MS: '0' }).GRAPH_VERSION_CHECK_MS).toBe(0);
    expect(() => loadConfig({ GRAPH_VERSION_CHECK_MS: '5' })).toThrow(/GRAPH_VERSION_CHECK_MS: 0 \(read with every request\) or at least 50 ms/);
    expect(() => loadConfig({ GRAPH_VERSION_CHECK_MS: '-1' })).toThrow(/GRAPH_VERSION_CHECK_MS/);
  });

  it('accepts a cluster or Aura address', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' }).NEO4J_URI).toBe(uri);
    }
  });
});
