import { Link } from 'react-router';
import type { KeyPersonFieldsFragment } from '../../../gql/graphql.js';
import { mapNodeHref, type Scope } from '@shared/urls/map-view.js';
import { StanceSwatch } from '@shared/visual-encoding/Swatch.js';
import { KEY_PERSON_CRITERION_LABELS } from '@shared/vocabulary/labels.js';
import { KEY_PEOPLE_WORDS } from '@shared/vocabulary/read-model-words.js';
import { personCategoryLabel, stageLabel } from '@shared/vocabulary/words.js';
import { PERSON_CRITERIA } from '../pareto.js';
import { CriterionCell } from './CriterionCell.js';

/** The scope's most powerful people and where each stands as a key client; a name opens the person on the map. */
export function KeyPeopleTable({ people, scope }: { people: readonly KeyPersonFieldsFragment[]; scope: Scope }) {
  return (
    <div className="table-wrap">
      <table className="accounts-table key-people-table" data-testid="key-people-table">
        <thead>
          <tr>
            <th className="num" title={KEY_PEOPLE_WORDS.rank}>#</th>
            <th>{KEY_PEOPLE_WORDS.person}</th>
            {PERSON_CRITERIA.map((c) => (
              <th key={c.key} title={c.hint} className="criterion">
                {c.label}
              </th>
            ))}
            <th>{KEY_PEOPLE_WORDS.criteriaMet}</th>
            <th>{KEY_PEOPLE_WORDS.keyClient}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((k) => (
            <tr key={k.person.id} className={k.keyClient ? 'key' : ''} data-testid="key-person-row" data-person-id={k.person.id} data-key-client={k.keyClient}>
              <td className="num muted">{k.rank}</td>
              <td>
                <Link to={mapNodeHref(k.person.id, scope)} title={KEY_PEOPLE_WORDS.openOnMap}>
                  {k.person.title ? `${k.person.title} ` : ''}
                  {k.person.name}
                </Link>
                <div className="account-tags">
                  <span className="muted">{personCategoryLabel(k.person.category)}</span>
                  <span className="muted">· {stageLabel(k.person.ourStage)}</span>
                  <StanceSwatch stance={k.person.stanceTowardUs} dot />
                </div>
              </td>
              {PERSON_CRITERIA.map((c) => (
                <CriterionCell key={c.key} label={c.label} value={k[c.field]} />
              ))}
              <td>
                <span className={`criteria-count n${k.criteriaMet.length}`}>{k.criteriaMet.length}/4</span>{' '}
                <span className="muted small">{k.criteriaMet.map((c) => KEY_PERSON_CRITERION_LABELS[c]).join(', ') || KEY_PEOPLE_WORDS.noCriterion}</span>
              </td>
              <td>{k.keyClient ? <span className="tag key">{KEY_PEOPLE_WORDS.keyClientTag}</span> : <span className="muted small">{KEY_PEOPLE_WORDS.notKeyClient}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
