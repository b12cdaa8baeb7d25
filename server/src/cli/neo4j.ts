import { startEmbeddedNeo4j } from '../kernel/database/embedded-neo4j.js';
import { configOrExit, fail } from './cli-support.js';

// Runs only the embedded database, for tools (cypher-shell, Neo4j Desktop) or a second terminal.
const config = configOrExit();
try {
  const neo4j = await startEmbeddedNeo4j({
    dataDir: config.neo4jDataDir,
    port: config.NEO4J_BOLT_PORT,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
  });
  process.stderr.write(`Press Ctrl+C to stop. Data: ${config.neo4jDataDir}\n`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  fail(error);
}
