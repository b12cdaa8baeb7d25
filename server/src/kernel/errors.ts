import { GraphQLError } from 'graphql';

/** Bad arguments: names the argument and says what is allowed. */
export class BadInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

/** The id given does not name an existing node of the expected kind. */
export class NotFoundError extends GraphQLError {
  constructor(argument: string, kind: string, id: string) {
    super(`${argument}: no ${kind} with id "${id}"`, { extensions: { code: 'NOT_FOUND', argument } });
  }
}

/** An integer argument within bounds, or a BadInputError naming it. */
export function intInRange(argument: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw new BadInputError(argument, `must be a whole number from ${min} to ${max}, got ${n}`);
  return n;
}
