import { useState } from 'react';
import { useCurrentUser } from '../../../shared/session/use-current-user.js';
import { SearchBox } from '../../../shared/ui/SearchBox.js';
import { useMapActions, useMapGraph, useMapStore, useMapView, usePickNode } from '../../influence-map/index.js';
import { useIntroductionPaths } from '../hooks/use-introduction-paths.js';

const TIE_WORDS: Record<string, string> = {
  RELATES: 'your relationship',
  KNOWS: 'knows',
  INFLUENCES: 'influences',
  REPORTS_TO: 'reports to',
  COLLEAGUE: 'colleague',
};

/** "How do I reach this person": the strongest warm-introduction chains from the current user. */
export function IntroductionPanel() {
  const [view, update] = useMapView();
  const user = useCurrentUser();
  const { candidates, nodeById } = useMapGraph();
  const result = useIntroductionPaths();
  const maxHops = useMapStore((s) => s.maxHops);
  const activeIndex = useMapStore((s) => s.reachIndex);
  const { setMaxHops, setReachIndex } = useMapActions();
  const pick = usePickNode();
  const targetId = view.reach;
  const targetName = targetId ? (nodeById.get(targetId)?.name ?? null) : null;
  const [query, setQuery] = useState('');
  const paths = result.data?.introductionPaths ?? [];
  return (
    <div className="reach-panel" data-testid="reach-panel">
      <p className="muted small">
        From <strong>{user.id}</strong>
        {user.source === 'default' ? ' (the demo KAM; sign in to start from yourself)' : ''} to:
      </p>
      <SearchBox
        value={query}
        candidates={candidates.filter((c) => c.label === 'Person')}
        onChange={setQuery}
        onPick={(id) => {
          setQuery('');
          update({ reach: id }, 'push');
        }}
      />
      {targetId && (
        <div className="panel-heading">
          <h2>{targetName ?? targetId}</h2>
          <label className="inline-field">
            up to
            <select value={maxHops} onChange={(e) => setMaxHops(Number(e.target.value))}>
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
      {!targetId && <p className="empty-state">Pick a person above or on the map, then “How do I reach them?”.</p>}
      {targetId && result.loading && !result.data && <p className="muted loading">Looking for the strongest introductions…</p>}
      {result.error && <p className="error">Could not search paths: {result.error.message}</p>}
      {targetId && result.data && paths.length === 0 && (
        <p className="empty-state">No introduction path within {maxHops} hops. Allow more hops, or meet them at an event.</p>
      )}
      <ol className="path-list" data-testid="path-list">
        {paths.map((p, i) => (
          <li key={i} className={i === activeIndex ? 'active' : ''} onMouseEnter={() => setReachIndex(i)} onClick={() => setReachIndex(i)}>
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
                    <button type="button" className="link-button step" onClick={(e) => { e.stopPropagation(); pick(person.id); }}>
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
