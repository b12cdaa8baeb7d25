import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledExecutionGateway } from '../../server/src/kernel/graphql/compiled-executor.js';

const typeDefs = /* GraphQL */ `
  type Query { people(first: Int = 2): [Person!]! failing: String broken: Person! }
  type Person { id: ID! name: String! friends: [Person!]! }
  type Mutation { rename(id: ID!, name: String!): Person! }
`;
const names = new Map([['a', 'Ana'], ['b', 'Bruno'], ['c', 'Carla']]);
const person = (id: string) => ({ id, name: names.get(id)! });
const schema = makeExecutableSchema({
  typeDefs,
  resolvers: {
    Query: {
      people: (_: unknown, { first }: { first: number }) => [...names.keys()].slice(0, first).map(person),
      failing: () => {
        throw new GraphQLError('first: must be from 1 to 5', { extensions: { code: 'BAD_USER_INPUT' } });
      },
      broken: () => null,
    },
    Person: { friends: async (p: { id: string }) => [...names.keys()].filter((id) => id !== p.id).map(person) },
    Mutation: {
      rename: (_: unknown, { id, name }: { id: string; name: string }) => {
        names.set(id, name);
        return person(id);
      },
    },
  },
});

async function ask(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, ...(variables ? { variables } : {}) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.parse(JSON.stringify(response.body.singleResult)) as Record<string, unknown>;
}

describe('compiled query execution (graphql-jit behind Apollo)', () => {
  it('answers exactly as graphql-js does: data, variables, nested lists, errors, null bubbling, mutations, introspection', async () => {
    const compiled = new ApolloServer({ gateway: compiledExecutionGateway(schema), includeStacktraceInErrorResponses: false });
    const plain = new ApolloServer({ schema, includeStacktraceInErrorResponses: false });
    await compiled.start();
    await plain.start();
    try {
      const cases: Array<[string, Record<string, unknown>?]> = [
        ['{ __typename people { id name friends { name __typename } } }'],
        ['query ($n: Int) { people(first: $n) { name } }', { n: 3 }],
        ['query ($n: Int) { people(first: $n) { name } }', { n: 'three' }],
        ['{ people { id } failing }'],
        ['{ people { id } broken { id } }'],
        ['{ __schema { queryType { name } mutationType { name } } }'],
        ['{ __type(name: "Person") { fields { name } } }'],
        ['mutation { rename(id: "c", name: "Clara") { id name } }'],
      ];
      for (const [query, variables] of cases) {
        expect(await ask(compiled, query, variables), query).toEqual(await ask(plain, query, variables));
      }
      expect(await ask(compiled, '{ people(first: 3) { name } }')).toEqual({ data: { people: [{ name: 'Ana' }, { name: 'Bruno' }, { name: 'Clara' }] } });
    } finally {
      await compiled.stop();
      await plain.stop();
    }
  });
});
