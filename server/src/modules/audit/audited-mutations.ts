import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import { describeArgs } from './rules/describe-args.js';

type AnyResolver = (parent: unknown, args: Record<string, unknown>, ctx: GraphContext, info: GraphQLResolveInfo) => unknown;

/** Wraps every mutation so that who did what, when, and how it ended is recorded. */
export function auditedMutations(mutations: MutationResolvers): MutationResolvers {
  const wrapped: Record<string, AnyResolver> = {};
  for (const [name, resolver] of Object.entries(mutations as Record<string, AnyResolver>)) {
    wrapped[name] = async (parent, args, ctx, info) => {
      const target = targetOf(args);
      const given = describeArgs(info.parentType.getFields()[info.fieldName]?.args ?? [], args);
      try {
        const result = (await resolver(parent, args, ctx, info)) as { ok?: boolean; errors?: Array<{ field: string }> };
        const outcome = result?.ok === false ? `rejected (${(result.errors ?? []).map((e) => e.field).join(', ')})` : 'ok';
        ctx.audit.record(`mutation.${name}`, target, `${outcome}; ${given}`);
        return result;
      } catch (error) {
        const code = error instanceof GraphQLError ? String(error.extensions.code ?? 'ERROR') : 'ERROR';
        ctx.audit.record(`mutation.${name}`, target, `refused (${code}); ${given}`);
        throw error;
      }
    };
  }
  return wrapped as MutationResolvers;
}

function targetOf(args: Record<string, unknown>): string | null {
  const input = (args.input ?? {}) as Record<string, unknown>;
  const candidates = [args.personId, args.userId, args.id, input.id, input.personId, input.from, args.from, args.planId, args.stepId, args.interactionId, args.tenderId];
  const found = candidates.find((v) => typeof v === 'string' && v !== '');
  return (found as string | undefined) ?? null;
}
