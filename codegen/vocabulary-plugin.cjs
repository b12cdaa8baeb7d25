// A graphql-codegen plugin of ours: every enum of the SDL as a runtime constant, in the
// SDL's order. For the server (`values: 'stored'`) each GraphQL name maps to the word
// stored in the graph: its lower case, or the name itself for the enums listed in
// `storedAsNamed` (relationship types, labels). For the web (`values: 'names'`) each maps
// to itself, which is what the API sends. The SDL stays the one source of truth for
// closed lists: the server validates input, ranks stages and maps enum values with these
// constants (graphql-tools takes them as enum resolvers), and the web orders and labels
// them. With `possibleTypes: true` it writes instead which object types stand behind each
// interface, for the web's Apollo cache.
const { readFileSync } = require('node:fs');
const { isAbstractType, isEnumType, Kind, parse } = require('graphql');

/**
 * Each enum's values in the order the SDL declares them. codegen hands plugins a schema
 * sorted alphabetically (so that generated files do not depend on the order files are
 * read in); the order of a ladder or a scale is read from the files themselves.
 */
function declaredOrder(files) {
  const order = new Map();
  for (const file of files) {
    for (const definition of parse(readFileSync(file, 'utf8')).definitions) {
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION) order.set(definition.name.value, definition.values.map((v) => v.name.value));
    }
  }
  return order;
}

/**
 * Which object types each interface or union stands for, as Apollo's cache needs them
 * (`possibleTypes`): without it a fragment on an interface (a tie's other end, `Entity`)
 * cannot be matched against the object the server sends, and its fields read as missing.
 */
function possibleTypes(schema) {
  const abstract = Object.keys(schema.getTypeMap())
    .filter((name) => !name.startsWith('__') && isAbstractType(schema.getType(name)))
    .sort();
  const entries = abstract.map((name) => {
    const types = schema.getPossibleTypes(schema.getType(name)).map((t) => `'${t.name}'`).sort();
    return `  ${name}: [${types.join(', ')}],`;
  });
  return ['/** The object types behind each interface and union (Apollo\'s `possibleTypes`). */', 'export const POSSIBLE_TYPES: Record<string, readonly string[]> = {', ...entries, '};', ''];
}

module.exports = {
  plugin(schema, _documents, config) {
    if (config.possibleTypes) return ['// Generated from the SDL by codegen/vocabulary-plugin.cjs: do not edit.', '', ...possibleTypes(schema)].join('\n');
    const names = config.values === 'names';
    const storedAsNamed = new Set(config.storedAsNamed ?? []);
    const order = declaredOrder(config.sdlFiles ?? []);
    const out = ['// Generated from the SDL by codegen/vocabulary-plugin.cjs: do not edit.', ''];
    const enumNames = Object.keys(schema.getTypeMap())
      .filter((name) => !name.startsWith('__') && isEnumType(schema.getType(name)))
      .sort();
    for (const name of enumNames) {
      const type = schema.getType(name);
      const description = type.description ? type.description.replace(/\*\//g, '* /').split('\n') : [];
      if (description.length) out.push('/**', ...description.map((line) => ` * ${line}`.trimEnd()), ' */');
      const values = order.get(name) ?? type.getValues().map((value) => value.name);
      const entries = values.map((value) => `  ${value}: '${names || storedAsNamed.has(name) ? value : value.toLowerCase()}',`);
      out.push(`export const ${name} = {`, ...entries, '} as const;');
      out.push(`export type ${name} = (typeof ${name})[keyof typeof ${name}];`, '');
    }
    return out.join('\n');
  },
};
