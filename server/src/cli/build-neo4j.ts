import { ensureLauncherBuilt } from '../kernel/database/embedded-neo4j.js';
import { fail } from './cli-support.js';

try {
  ensureLauncherBuilt();
  process.stdout.write('The embedded Neo4j launcher is built (neo4j-embedded/target).\n');
} catch (error) {
  fail(error);
}
