import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FollowUpStatus, UserRole } from '../../../gql/vocabulary.js';
import { numericDate } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import type { MessageId } from '@shared/i18n/catalogues.js';
import { useViewer } from '@shared/session/use-viewer.js';
import { Fact } from '@shared/ui/Fact.js';
import {
  AGENDA_ITEM_KIND_LABELS,
  DATA_PROTECTION_TEXT,
  DOSSIER_ACCESS_TEXT,
  FOLLOW_UP_STATUS_LABELS,
  INTERACTION_KIND_LABELS,
  LAWFUL_BASIS_LABELS,
  NOTICE_METHOD_LABELS,
} from '@shared/vocabulary/labels.js';
import { ErasePersonMutation, PersonDossierQuery, PersonInteractionsQuery } from '../graphql/person-extras-queries.js';

/** Why a section is empty: the server lacks the field (not yet built), forbids it, or failed. */
export function extrasProblem(error: unknown): 'unavailable' | 'forbidden' | 'failed' | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes('FORBIDDEN')) return 'forbidden';
    if (codes.includes('GRAPHQL_VALIDATION_FAILED') || error.errors.some((e) => /Cannot query field/.test(e.message))) return 'unavailable';
  }
  if (error instanceof Error && /Cannot query field|400/.test(error.message)) return 'unavailable';
  return 'failed';
}

const PROBLEM_TEXT: Record<'unavailable' | 'forbidden' | 'failed', MessageId> = {
  unavailable: 'personDetails.unavailable',
  forbidden: 'personDetails.forbidden',
  failed: 'personDetails.failed',
};

export function RecentInteractions({ personId }: { personId: string }) {
  const result = useQuery(PersonInteractionsQuery, { variables: { id: personId } });
  const problem = extrasProblem(result.error);
  const list = (result.data?.person?.interactions ?? []).slice(0, 6);
  return (
    <section className="panel-section" data-testid="interactions">
      <h3>{tr('personDetails.interactions')}</h3>
      {result.loading && <p className="muted loading">{tr('listWords.loading')}</p>}
      {problem && <p className="muted">{tr(PROBLEM_TEXT[problem])}</p>}
      {!result.loading && !problem && list.length === 0 && <p className="muted">{tr('personDetails.noInteractions')}</p>}
      <ul className="plain">
        {list.map((i) => (
          <li key={i.id}>
            <strong>{i.date ? numericDate(i.date) : tr('personDetails.undated')}</strong> {i.kind ? INTERACTION_KIND_LABELS[i.kind] : ''}
            {i.name ? `: ${i.name}` : ''}
            {i.outcome ? <span className="muted"> — {i.outcome}</span> : null}
            {i.followUpStatus === FollowUpStatus.DUE || i.followUpStatus === FollowUpStatus.OVERDUE ? <span className="tag warn">{FOLLOW_UP_STATUS_LABELS[i.followUpStatus]}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The dossier's fields in the order shown, each with its label in the current locale. */
const DOSSIER_FIELDS = [
  ['birthday', () => AGENDA_ITEM_KIND_LABELS.BIRTHDAY],
  ['hobbies', () => tr('personDetails.hobbies')],
  ['family', () => tr('personDetails.family')],
  ['values', () => tr('personDetails.values')],
  ['communicationStyle', () => tr('personDetails.communicationStyle')],
  ['characterType', () => tr('personDetails.characterType')],
] as const;

export function DossierSection({ personId }: { personId: string }) {
  const result = useQuery(PersonDossierQuery, { variables: { id: personId } });
  const problem = extrasProblem(result.error);
  const dossier = result.data?.person?.dossier;
  return (
    <section className="panel-section dossier" data-testid="dossier">
      <h3>
        {tr('personDetails.dossier')} <span className="tag">{tr('personDetails.personalData')}</span>
      </h3>
      {result.loading && <p className="muted loading">{tr('listWords.loading')}</p>}
      {problem && <p className="muted">{tr(PROBLEM_TEXT[problem])}</p>}
      {!result.loading && !problem && !dossier && <p className="muted">{DOSSIER_ACCESS_TEXT[result.data?.person?.dossierAccess ?? 'GRANTED']}</p>}
      {result.data?.person?.consent === false && <p className="warning">{tr('personDetails.noConsent')}</p>}
      {dossier && (
        <dl className="facts">
          {DOSSIER_FIELDS.map(([key, label]) => {
            const value = dossier[key];
            if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
            return (
              <Fact key={key} label={label()}>{Array.isArray(value) ? value.join(', ') : value}</Fact>
            );
          })}
          {dossier.source && (
            <Fact label={tr('editing.source')}>
              {dossier.source}
              {dossier.recordedOn ? `, ${numericDate(dossier.recordedOn)}` : ''}
            </Fact>
          )}
        </dl>
      )}
      <DataProtectionFacts personId={personId} />
    </section>
  );
}

/** Lawful basis, notice and retention: where a compliance officer looks; admins may erase here. */
function DataProtectionFacts({ personId }: { personId: string }) {
  const result = useQuery(PersonDossierQuery, { variables: { id: personId } });
  const viewer = useViewer();
  const person = result.data?.person;
  if (!person) return null;
  const t = DATA_PROTECTION_TEXT;
  const d = person.dataProtection;
  return (
    <div className="data-protection" data-testid="data-protection">
      <h4>{t.title}</h4>
      {person.anonymised && <p className="muted">{t.erased}</p>}
      <dl className="facts">
        <Fact label={t.lawfulBasis}>{d.lawfulBasis ? LAWFUL_BASIS_LABELS[d.lawfulBasis] : t.noBasis}</Fact>
        {d.noticeOn && (
          <Fact label={t.informed}>
            {numericDate(d.noticeOn)}
            {d.noticeMethod ? ` ${NOTICE_METHOD_LABELS[d.noticeMethod]}` : ''}
          </Fact>
        )}
        <Fact label={t.retention}>{t.retentionValue(d.effectiveRetentionMonths, d.retainUntil ?? null)}</Fact>
      </dl>
      {viewer.role === UserRole.ADMIN && !person.anonymised && <EraseForm personId={personId} />}
    </div>
  );
}

function EraseForm({ personId }: { personId: string }) {
  const [reason, setReason] = useState('');
  const [erase, { data, loading, error }] = useMutation(ErasePersonMutation, { refetchQueries: 'active' });
  const t = DATA_PROTECTION_TEXT;
  const payload = data?.erasePersonalData;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!window.confirm(t.eraseConfirm)) return;
    void erase({ variables: { personId, reason } });
  };
  return (
    <form className="erase" onSubmit={submit} data-testid="erase-form">
      <h4>{t.eraseTitle}</h4>
      <label>
        {t.eraseReason} <input value={reason} onChange={(e) => setReason(e.target.value)} name="reason" />
      </label>
      <button type="submit" disabled={loading}>
        {t.eraseButton}
      </button>
      {payload?.errors.map((e) => (
        <p key={e.field} className="error" role="alert">
          {e.field}: {e.message}
        </p>
      ))}
      {payload?.ok && <p role="status">{t.eraseDone(payload.erased.reduce((sum, part) => sum + part.items, 0))}</p>}
      {error && <p className="error" role="alert">{error.message}</p>}
    </form>
  );
}
