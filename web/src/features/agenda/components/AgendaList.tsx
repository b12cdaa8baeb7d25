import { Link } from 'react-router';
import type { AgendaQuery } from '../../../gql/graphql.js';
import { numericDate } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { slug } from '@shared/vocabulary/values.js';
import { agendaItemHref, kindInfo, type AgendaGroups } from '../agenda-days.js';

type Item = AgendaQuery['agenda'][number];

function AgendaRow({ item }: { item: Item }) {
  const info = kindInfo(item.kind);
  const href = agendaItemHref(item);
  return (
    <li className={`agenda-item kind-${slug(item.kind)}${item.overdue ? ' overdue' : ''}`} data-testid="agenda-item" data-kind={slug(item.kind)} data-subject={item.subjectId ?? ''} data-overdue={item.overdue}>
      <span className="kind-dot" aria-hidden="true" title={info.hint} />
      <span className="kind-label">{info.label}</span>
      <span className="agenda-title">{href ? <Link to={href}>{item.title}</Link> : item.title}</span>
      {item.overdue && <span className="tag danger">{tr('agenda.list.overdueTag', { date: numericDate(item.date) })}</span>}
    </li>
  );
}

/** Overdue first, then one block per day. */
export function AgendaList({ groups, filtered }: { groups: AgendaGroups<Item>; filtered: boolean }) {
  if (groups.overdue.length === 0 && groups.days.length === 0) {
    return (
      <p className="empty-state">
        {filtered ? tr('agenda.list.emptyFiltered') : tr('agenda.list.empty')}
      </p>
    );
  }
  return (
    <div className="agenda-list" data-testid="agenda">
      {groups.overdue.length > 0 && (
        <section className="agenda-day overdue" data-testid="agenda-overdue">
          <h3>
            {tr('agenda.list.overdue')} <span className="count">{groups.overdue.length}</span>
          </h3>
          <ul>
            {groups.overdue.map((item, i) => (
              <AgendaRow key={`${item.kind}-${item.subjectId}-${item.date}-${i}`} item={item} />
            ))}
          </ul>
        </section>
      )}
      {groups.days.map((day) => (
        <section key={day.date} className={`agenda-day when-${day.when}`} data-date={day.date}>
          <h3>
            {day.label}
            {day.label !== day.date && <span className="muted day-date">{numericDate(day.date)}</span>}
          </h3>
          <ul>
            {day.items.map((item, i) => (
              <AgendaRow key={`${item.kind}-${item.subjectId}-${i}`} item={item} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
