import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { InstitutionKind } from '../../../gql/vocabulary.js';
import { monthsUntil, numericDate } from '@shared/dates.js';
import { formatFixed } from '@shared/format.js';
import { TIE_WORDS } from '@shared/vocabulary/read-model-words.js';
import { useCurrentUser } from '@shared/session/use-current-user.js';
import { PanelSection } from '@shared/ui/PanelSection.js';
import { StanceSwatch } from '@shared/visual-encoding/Swatch.js';
import { COMMITTEE_ROLE_LABELS, STAGE_CRITERION_LABELS, STANCE_LABELS, STANCE_MEANINGS, USER_ROLE_LABELS } from '@shared/vocabulary/labels.js';
import { stanceWord } from '@shared/vocabulary/stance.js';
import { enumValue } from '@shared/vocabulary/values.js';
import { personCategoryLabel, stageLabel } from '@shared/vocabulary/words.js';
import { PowerExplanation } from '../../balance-of-power/index.js';
import { WatchButton } from '../../changes/index.js';
import { StageForm, StanceForm } from '../../editing/index.js';
import { useMapActions, useMapGraph, useMapToday, useMapView, usePickNode } from '../../influence-map/index.js';
import { PersonPlanSection } from '../../plans/index.js';
import { PersonDetailsQuery } from '../graphql/person-details-query.js';
import { EventsSection, StanceHistory } from './PersonActivity.js';
import { DossierSection, RecentInteractions } from './PersonExtras.js';
import { DecisionRolesSection, PersonTiesSection } from './PersonTies.js';
import { tr } from '@shared/i18n/intl.js';

/** A person on the map: positions, committees, power explained, ties, decision roles, talks and events, stances and their history, our relationships and plans, with their edit forms. */
export function PersonPanel({ personId }: { personId: string }) {
  const [view, update] = useMapView();
  const { nodeById } = useMapGraph();
  const node = nodeById.get(personId);
  const today = useMapToday();
  const user = useCurrentUser();
  const onPick = usePickNode();
  const { say: onMessage } = useMapActions();
  const onReach = (id: string) => update({ reach: id, tab: 'reach' }, 'push');
  const onToggleWithout = (id: string) => update({ without: view.without.includes(id) ? view.without.filter((w) => w !== id) : [...view.without, id] }, 'push');
  const details = useQuery(PersonDetailsQuery, { variables: { id: personId } });
  const person = details.data?.person;
  const removed = view.without.includes(personId);

  const stanceTargets = useMemo(() => {
    const targets = new Map<string, { id: string; name: string; ours: boolean }>();
    for (const s of person?.stances ?? []) targets.set(s.towardId, { id: s.towardId, name: s.towardName, ours: s.ours });
    for (const n of nodeById.values()) if (n.label === 'Institution' && enumValue(InstitutionKind, n.kind) === InstitutionKind.COMPANY && !targets.has(n.id)) targets.set(n.id, { id: n.id, name: n.name, ours: false });
    // The demo's own company id; the API does not flag "ours" on map nodes yet.
    if (![...targets.values()].some((t) => t.ours)) targets.set('company-ours', { id: 'company-ours', name: tr('personDetails.ourCompany'), ours: true });
    return [...targets.values()].sort((a, b) => Number(b.ours) - Number(a.ours) || a.name.localeCompare(b.name));
  }, [person?.stances, nodeById]);

  if (details.error) return <p className="error" role="alert">{tr('person.couldNotLoad', { message: details.error.message })}</p>;
  if (!person && details.loading) return <p className="muted loading">{tr('app.loadingWhat', { what: node?.name ?? tr('person.thisPerson') })}</p>;
  if (!person) return <p className="empty-state">{tr('person.gone')}</p>;

  const word = stanceWord(person.stanceTowardUs);
  const mine = person.relationships.find((r) => r.user.id === user.id);

  return (
    <div className="person-panel" data-testid="person-panel" data-person-id={personId}>
      <header className="person-head">
        <h2>
          {person.title ? `${person.title} ` : ''}
          {person.name}
        </h2>
        <p className="muted">
          {personCategoryLabel(person.category)}
          {person.specialty ? ` · ${person.specialty}` : ''}
          {node?.rank ? tr('person.rank', { rank: node.rank, power: formatFixed(node.power ?? 0, 2) }) : ''}
        </p>
        {person.optedOut && <p className="warning">{tr('person.optedOut')}</p>}
        <div className="pills">
          <span className="pill" title={tr('person.meanStanceTitle', { meaning: STANCE_MEANINGS[word].toLowerCase() })} data-testid="stance-pill">
            <StanceSwatch stance={person.stanceTowardUs} />
            {STANCE_LABELS[word]}
            {person.stanceTowardUs !== null && !Number.isInteger(person.stanceTowardUs) ? tr('person.meanStance', { mean: formatFixed(person.stanceTowardUs, 1) }) : ''}
          </span>
          <span className="pill" data-testid="stage-pill">{tr('person.stagePill', { stage: stageLabel(person.ourStage) })}</span>
          <span className="pill">{tr('person.ownerPill', { owner: person.owner?.name ?? tr('person.nobody') })}</span>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={() => onReach(personId)} data-testid="reach-button">
            {tr('person.howToReach')}
          </button>
          <button type="button" className={removed ? 'on' : ''} aria-pressed={removed} onClick={() => onToggleWithout(personId)} data-testid="what-if-button">
            {removed ? tr('person.bringBack') : tr('person.whatIfLeft')}
          </button>
          <WatchButton id={personId} />
        </div>
      </header>

      <PanelSection title={tr('person.positions')} empty={person.positions.length === 0 && tr('person.noPosition')}>
        <ul className="plain">
          {person.positions.map((p, i) => (
            <li key={i}>
              <strong>{p.title ?? tr('person.works')}</strong>
              {p.head ? tr('person.head') : ''} {tr('person.at')}{' '}
              <button type="button" className="link-button" onClick={() => onPick(p.institution.id)}>
                {p.institution.name}
              </button>
              {p.since ? <span className="muted"> {TIE_WORDS.since(numericDate(p.since))}</span> : null}
            </li>
          ))}
        </ul>
      </PanelSection>

      <PanelSection title={tr('person.committees')} empty={person.committees.length === 0 && tr('person.noCommittees')}>
        <ul className="plain">
          {person.committees.map((c, i) => {
            const ending = c.until ? monthsUntil(today, c.until) : null;
            return (
              <li key={i}>
                <strong>{COMMITTEE_ROLE_LABELS[c.role]}</strong> {tr('person.of')}{' '}
                <button type="button" className="link-button" onClick={() => onPick(c.committee.id)}>
                  {c.committee.name}
                </button>
                {c.until && <span className={ending !== null && ending < 6 ? 'tag warn' : 'muted'}> {TIE_WORDS.until(numericDate(c.until))}</span>}
              </li>
            );
          })}
        </ul>
      </PanelSection>

      <PanelSection title={tr('person.whyPower')}>
        <PowerExplanation personId={personId} rank={node?.rank ?? null} />
      </PanelSection>

      <PersonTiesSection personId={personId} personName={person.name} />
      <DecisionRolesSection personId={personId} />
      <EventsSection personId={personId} />

      <PanelSection title={tr('person.stances')} empty={person.stances.length === 0 && tr('person.noStances')}>
        <ul className="plain">
          {person.stances.map((s) => (
            <li key={s.towardId}>
              <StanceSwatch stance={s.value} /> {s.towardName}
              {s.ours ? tr('person.us') : ''}: <strong>{s.value > 0 ? `+${s.value}` : s.value}</strong>
              <span className="muted">
                {s.source ? ` · ${s.source}` : ''}
                {s.since ? `, ${numericDate(s.since)}` : ''}
              </span>
            </li>
          ))}
        </ul>
        <StanceHistory personId={personId} />
        <details>
          <summary>{tr('person.recordStance')}</summary>
          <StanceForm
            personId={personId}
            targets={stanceTargets}
            currentValue={(id) => person.stances.find((s) => s.towardId === id)?.value ?? null}
            onDone={onMessage}
          />
        </details>
      </PanelSection>

      <PanelSection title={tr('person.ourRelationships')} empty={person.relationships.length === 0 && tr('person.noRelationships')}>
        <ul className="plain">
          {person.relationships.map((r) => (
            <li key={r.user.id} data-user-id={r.user.id}>
              {r.user.name} <span className="muted">({r.user.role ? USER_ROLE_LABELS[r.user.role] : tr('person.noRoleYet')})</span>: <strong>{stageLabel(r.stage)}</strong>
              {r.since ? <span className="muted"> {TIE_WORDS.since(numericDate(r.since))}</span> : null}
              {r.owns ? <span className="tag">{tr('person.ownerTag')}</span> : null}
              {r.criteria.length > 0 && (
                <span className="muted small" title={r.criteria.map((c) => `${STAGE_CRITERION_LABELS[c.criterion]}${c.since ? ` (${c.since})` : ''}`).join('\n')}>
                  {' '}
                  · {tr('person.criteriaObserved', { count: r.criteria.length })}
                </span>
              )}
              {r.missingCriteria.length > 0 && (
                <span className="tag warn" title={r.missingCriteria.map((c) => STAGE_CRITERION_LABELS[c]).join('\n')}>
                  {tr('person.criteriaMissing', { count: r.missingCriteria.length })}
                </span>
              )}
            </li>
          ))}
        </ul>
        <StageForm
          key={`${personId}-${mine?.stage ?? 'none'}-${mine?.criteria.length ?? 0}`}
          personId={personId}
          userId={user.id}
          relationship={mine ?? null}
          onDone={onMessage}
        />
      </PanelSection>

      <RecentInteractions personId={personId} />
      <DossierSection personId={personId} />

      <PersonPlanSection personId={personId} today={today} onMessage={onMessage} />
    </div>
  );
}
