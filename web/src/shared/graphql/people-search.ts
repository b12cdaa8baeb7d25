import { skipToken, useQuery } from '@apollo/client/react';
import type { PersonBriefFieldsFragment } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { useDebounced } from '../hooks/use-debounced.js';

/** People by name, as the signed-in user may see them (with our stage, to suggest a plan's target). */
export const PeopleSearchQuery = graphql(`
  query PeopleSearch($search: String!) {
    people(search: $search, first: 8) {
      nodes {
        ...PersonBriefFields
      }
    }
  }
`);

export interface PeopleSearchOptions {
  /** Asked from this many characters on. */
  minLength?: number;
  /** Asked once the text has rested this long (0: at once). */
  delayMs?: number;
  skip?: boolean;
}

export interface PeopleSearch {
  /** The text asked for (trimmed, after the delay). */
  term: string;
  /** The search is asked for this text. */
  asked: boolean;
  /** The answer; undefined until it arrives. */
  people: readonly PersonBriefFieldsFragment[] | undefined;
  loading: boolean;
  error: Error | undefined;
}

/** The one person search of the app (the tie form's other end, the plan and interaction pickers). */
export function usePeopleSearch(text: string, { minLength = 2, delayMs = 0, skip = false }: PeopleSearchOptions = {}): PeopleSearch {
  const term = useDebounced(text.trim(), delayMs);
  const asked = !skip && term.length >= minLength;
  const result = useQuery(PeopleSearchQuery, asked ? { variables: { search: term } } : skipToken);
  return { term, asked, people: asked ? result.data?.people.nodes : undefined, loading: result.loading, error: result.error };
}
