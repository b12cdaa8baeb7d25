import type { IntroductionPathsQuery } from '../../../gql/graphql.js';
import type { SearchCandidate } from '../../../shared/ui/SearchBox.js';
import { SearchBox } from '../../../shared/ui/SearchBox.js';
import { useState } from 'react';

export interface IntroductionPanelProps {
  targetId: string | null;
  targetName: string | null;
  userId: string;
  userSource: 'me' | 'token' | 'default';
  maxHops: number;
  activeIndex: number;
  result: { data?: IntroductionPathsQuery | undefined; loading: boolean; error?: Error | undefined };
  candidates: readonly SearchCandidate[];
  onTarget(id: string | null): void;
  onMaxHops(hops: number): void;
  onActive(index: number): void;
  onPick(id: string): void;
}

const TIE_WORDS: Record<string, string> = {
  RELATES: 'your relationship',
  KNOWS: 'knows',
  INFLUENCES: 'influences',
  REPORTS_TO: 'reports to',
  COLLEAGUE: 'colleague',
};

/** "How do I reach this person": the strongest warm-introduction chains from the current user. */
export function IntroductionPanel(props: IntroductionPanelProps) {
  const [query, setQuery] = useState('');
  const paths = props.result.data?.introductionPaths ?? [];
  return (
    <div className="reach-panel" data-testid="reach-panel">
      <p className="muted small">
        From <strong>{props.userId}</strong>
        {props.userSource === 'default' ? ' (the demo KAM; sign in to start from yourself)' : ''} to:
      </p>
      <SearchBox
        value={query}
        candidates={props.candidates.filter((c) => c.label === 'Person')}
        onChange={setQuery}
        onPick={(id) => {
          setQuery('');
          props.onTarget(id);
        }}
      />
      {props.targetId && (
        <div className="panel-heading">
          <h2>{props.targetName ?? props.targetId}</h2>
          <label className="inline-field">
            up to
            <select value={props.maxHops} onChange={(e) => props.onMaxHops(Number(e.target.value))}>
              {[2, 3, 4, 5, 6].map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
            hops
          </label>
        </div>
      )}
      {!props.targetId && <p className="empty-state">Pick a person above or on the map, then “How do I reach them?”.</p>}
      {props.targetId && props.result.loading && !props.result.data && <p className="muted loading">Looking for the strongest introductions…</p>}
      {props.result.error && <p className="error">Could not search paths: {props.result.error.message}</p>}
      {props.targetId && props.result.data && paths.length === 0 && (
        <p className="empty-state">No introduction path within {props.maxHops} hops. Allow more hops, or meet them at an event.</p>
      )}
      <ol className="path-list" data-testid="path-list">
        {paths.map((p, i) => (
          <li key={i} className={i === props.activeIndex ? 'active' : ''} onMouseEnter={() => props.onActive(i)} onClick={() => props.onActive(i)}>
            <div className="path-head">
              <strong>Path {i + 1}</strong>
              <span className="bar">
                <span style={{ width: `${Math.round(p.strength * 100)}%` }} />
              </span>
              <span className="score">{Math.round(p.strength * 100)}%</span>
            </div>
            <p className="path-steps">
              {p.viaUser && <span className="step you">You</span>}
              {p.people.map((person, k) => {
                const tie = p.tieTypes[p.viaUser ? k : k - 1];
                return (
                  <span key={person.id}>
                    {(k > 0 || p.viaUser) && <span className="tie-word"> {TIE_WORDS[tie ?? ''] ?? (tie ?? '').toLowerCase()} → </span>}
                    <button type="button" className="link-button step" onClick={(e) => { e.stopPropagation(); props.onPick(person.id); }}>
                      {person.name}
                    </button>
                  </span>
                );
              })}
            </p>
            {p.introducer && <p className="small muted">Ask {p.introducer.name} to introduce you.</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
