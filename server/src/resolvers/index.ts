import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar } from './date-scalar.js';
import { Person } from './Person.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Person,
};
