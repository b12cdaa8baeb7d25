// A graphql-codegen plugin of ours: every enum of the SDL as a runtime constant, in the
// SDL's order, mapping each GraphQL name to the word stored in the graph (its lower case,
// or the name itself for the enums listed in `storedAsNamed`, such as relationship
// types). The SDL stays the one source of truth for closed lists: the server validates
// input, ranks stages and maps enum values with these constants, and graphql-tools uses
// them as enum resolvers.
const { isEnumType } = require('graphql');

module.exports = {
  plugin(schema, _documents, config) {
    const storedAsNamed = new Set(config.storedAsNamed ?? []);
    const out = ['// Generated from the SDL by codegen/vocabulary-plugin.cjs: do not edit.', ''];
    const names = Object.keys(schema.getTypeMap())
      .filter((name) => !name.startsWith('__') && isEnumType(schema.getType(name)))
      .sort();
    for (const name of names) {
      const type = schema.getType(name);
      const description = type.description ? type.description.replace(/\*\//g, '* /').split('\n') : [];
      if (description.length) out.push('/**', ...description.map((line) => ` * ${line}`.trimEnd()), ' */');
      const entries = type.getValues().map((value) => {
        const stored = storedAsNamed.has(name) ? value.name : value.name.toLowerCase();
        return `  ${value.name}: '${stored}',`;
      });
      out.push(`export const ${name} = {`, ...entries, '} as const;');
      out.push(`export type ${name} = (typeof ${name})[keyof typeof ${name}];`, '');
    }
    return out.join('\n');
  },
};
