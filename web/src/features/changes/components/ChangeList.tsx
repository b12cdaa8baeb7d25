import { Link } from 'react-router';
import type { ChangeFieldsFragment } from '../../../gql/graphql.js';
import { ChangeKind } from '../../../gql/vocabulary.js';
import { shortDate } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { mapNodeHref, type Scope } from '@shared/urls/map-view.js';
import { CHANGE_KIND_LABELS } from '@shared/vocabulary/labels.js';
import { slug } from '@shared/vocabulary/values.js';

/** A rank move: new at #3, was #5 and left, #5 → #3. */
function rankText(before: number | null, after: number | null): string {
  if (before === null) return tr('changes.rank.new', { after });
  if (after === null) return tr('changes.rank.left', { before });
  return tr('changes.rank.moved', { before, after });
}

/** How many of a grouped rank move's moves are listed under it. */
const MOVES_SHOWN = 8;

/** The moves of the inbox's grouped rank move: who moved, from where to where. */
function MoveList({ moves, movedCount, scope }: { moves: ChangeFieldsFragment['moves']; movedCount: number | null; scope: Scope | null }) {
  const hidden = moves.length - Math.min(moves.length, MOVES_SHOWN);
  const unlisted = (movedCount ?? moves.length) - moves.length;
  return (
    <div className="change-moves">
      <ul data-testid="rank-moves">
        {moves.slice(0, MOVES_SHOWN).map((m) => (
          <li key={m.personId}>
            {m.person ? (
              <Link to={mapNodeHref(m.person.id, scope)} title={tr('changes.openOnMap')}>
                {m.person.name}
              </Link>
            ) : (
              m.personId
            )}{' '}
            <span className="rank-move">{rankText(m.rankBefore ?? null, m.rankAfter ?? null)}</span>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="muted small">{tr('changes.moves.hidden', { count: hidden })}</p>}
      {unlisted > 0 && <p className="muted small">{tr('changes.moves.unlisted', { count: unlisted })}</p>}
    </div>
  );
}

/** Changes as a list: day, kind, sentence, the people (each opens on the map), and for a rank move the ranks and the ties behind it. */
export function ChangeList({ changes, today, scope = null, emptyText = tr('changes.empty') }: { changes: readonly ChangeFieldsFragment[]; today: string; scope?: Scope | null; emptyText?: string }) {
  if (changes.length === 0) return <p className="empty-state">{emptyText}</p>;
  return (
    <ol className="change-list" data-testid="change-list">
      {changes.map((c) => (
        <li key={c.id} className="change-item" data-kind={slug(c.kind)} data-testid="change-item">
          <div className="change-head">
            <span className="change-date">{shortDate(c.on, today)}</span>
            <span className="tag">{CHANGE_KIND_LABELS[c.kind]}</span>
            {c.kind === ChangeKind.RANK_MOVED && c.moves.length <= 1 && <span className="rank-move" data-testid="rank-move">{rankText(c.rankBefore ?? null, c.rankAfter ?? null)}</span>}
          </div>
          <p className="change-summary">{c.summary}</p>
          {c.kind === ChangeKind.RANK_MOVED && c.moves.length > 1 && <MoveList moves={c.moves} movedCount={c.movedCount ?? null} scope={scope} />}
          {c.people.length > 0 && c.moves.length <= 1 && (
            <p className="change-people">
              {c.people.map((p) => (
                <Link key={p.id} to={mapNodeHref(p.id, scope)} title={tr('changes.openOnMap')} data-testid="change-person">
                  {p.name}
                </Link>
              ))}
            </p>
          )}
          {c.kind === ChangeKind.RANK_MOVED && c.evidence.length > 0 && (
            <div className="change-evidence">
              <span className="muted">{tr('changes.why')}</span>
              <ul>
                {c.evidence.map((e, i) => (
                  <li key={i}>{e.description}</li>
                ))}
              </ul>
            </div>
          )}
          {c.recordedBy && c.recordedOn && <p className="muted small">{tr('changes.recorded', { by: c.recordedBy.name, on: shortDate(c.recordedOn, today) })}</p>}
        </li>
      ))}
    </ol>
  );
}

/** Kind chips: each kind with its count; none chosen means all. */
export function KindFilter({ counts, chosen, onChange }: { counts: readonly { kind: ChangeKind; count: number }[]; chosen: readonly ChangeKind[]; onChange(kinds: ChangeKind[]): void }) {
  if (counts.length === 0 && chosen.length === 0) return null;
  const shown = new Map(counts.map((c) => [c.kind, c.count]));
  for (const k of chosen) if (!shown.has(k)) shown.set(k, 0);
  return (
    <div className="chip-row kind-filter" data-testid="kind-filter">
      {[...shown].map(([kind, count]) => {
        const on = chosen.includes(kind);
        return (
          <button key={kind} type="button" className={`chip${on ? ' on' : ''}`} aria-pressed={on} onClick={() => onChange(on ? chosen.filter((k) => k !== kind) : [...chosen, kind])} data-kind={slug(kind)}>
            {CHANGE_KIND_LABELS[kind]} <span className="count">{count}</span>
          </button>
        );
      })}
    </div>
  );
}
