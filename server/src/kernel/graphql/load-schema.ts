import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GRAPHQL_DIR = path.dirname(fileURLToPath(import.meta.url));
const MODULES_DIR = path.resolve(GRAPHQL_DIR, '..', '..', 'modules');

/** Where the SDL lives: the kernel's base (scalars, root types), then one file per module. */
export function schemaFiles(): string[] {
  const modules = readdirSync(MODULES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(MODULES_DIR, entry.name, 'schema.graphql'))
    .filter((file) => existsSync(file))
    .sort();
  return [path.join(GRAPHQL_DIR, 'base.graphql'), ...modules];
}

/** The SDL, base first so that `extend type Query` has a Query to extend. */
export function loadTypeDefs(): string {
  return schemaFiles()
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}
