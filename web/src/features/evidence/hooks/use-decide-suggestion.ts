import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { TieSuggestionCardFieldsFragment } from '../../../gql/graphql.js';
import { tr } from '@shared/i18n/intl.js';
import { TIE_TYPE_LABELS } from '@shared/vocabulary/labels.js';
import { AcceptTieSuggestionMutation, AFTER_DECISION, RejectTieSuggestionMutation } from '../graphql/decide-mutations.js';

type Decided = Pick<TieSuggestionCardFieldsFragment, 'id' | 'type' | 'from' | 'to'>;

const WORDS = {
  accepted: (who: string, type: string) => tr('evidence.decide.accepted', { who, type }),
  notAccepted: (reasons: string) => tr('evidence.decide.notAccepted', { reasons }),
  rejected: (who: string) => tr('evidence.decide.rejected', { who }),
  notRejected: (reasons: string) => tr('evidence.decide.notRejected', { reasons }),
};

export interface Decision {
  ok: boolean;
  /** What happened, in words for a toast. */
  message: string;
}

/**
 * Accepts or rejects a suggestion and refreshes every list of them (the review page's, the
 * map's); `alsoAfterAccept`: the queries a new tie changes besides (the map, power ...).
 */
export function useDecideSuggestion(alsoAfterAccept: readonly string[] = []): { decide(s: Decided, how: 'accept' | 'reject'): Promise<Decision>; busy: boolean } {
  const [accept, { loading: accepting }] = useMutation(AcceptTieSuggestionMutation, { refetchQueries: [...AFTER_DECISION, ...alsoAfterAccept], awaitRefetchQueries: true });
  const [reject, { loading: rejecting }] = useMutation(RejectTieSuggestionMutation, { refetchQueries: AFTER_DECISION, awaitRefetchQueries: true });
  const decide = useCallback(
    async (s: Decided, how: 'accept' | 'reject'): Promise<Decision> => {
      const who = `${s.from.name} → ${s.to.name}`;
      if (how === 'accept') {
        const payload = (await accept({ variables: { id: s.id } })).data?.acceptTieSuggestion;
        return payload?.ok ? { ok: true, message: WORDS.accepted(who, TIE_TYPE_LABELS[s.type]) } : { ok: false, message: WORDS.notAccepted(reasons(payload?.errors)) };
      }
      const payload = (await reject({ variables: { id: s.id } })).data?.rejectTieSuggestion;
      return payload?.ok ? { ok: true, message: WORDS.rejected(who) } : { ok: false, message: WORDS.notRejected(reasons(payload?.errors)) };
    },
    [accept, reject],
  );
  return { decide, busy: accepting || rejecting };
}

function reasons(errors: readonly { field: string; message: string }[] | undefined): string {
  return (errors ?? []).map((e) => `${e.field} ${e.message}`).join('; ');
}
