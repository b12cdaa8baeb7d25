import { useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { formatPercent } from '@shared/format.js';
import { tKey, tr } from '@shared/i18n/intl.js';
import { useCurrentUser } from '@shared/session/use-current-user.js';
import { SearchBox } from '@shared/ui/SearchBox.js';
import { useMapActions, useMapGraph, useMapStore, useMapView, usePickNode } from '../../influence-map/index.js';
import { useIntroductionPaths } from '../hooks/use-introduction-paths.js';

/** The links of a path as the API names them; each has its words (`introductions.tie.<TYPE>`), another is shown in lower case. */
const TIE_WORDS = new Set(['RELATES', 'KNOWS', 'INFLUENCES', 'REPORTS_TO', 'COLLEAGUE']);
const tieWord = (tie: string) => (TIE_WORDS.has(tie) ? tKey(`introductions.tie.${tie}`) : tie.toLowerCase());

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
        <FormattedMessage id="introductions.from" values={{ user: user.id, demo: user.source === 'default', strong: (chunks: ReactNode[]) => <strong>{chunks}</strong> }} />
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
            {tr('introductions.upTo')}
            <select value={maxHops} onChange={(e) => setMaxHops(Number(e.target.value))}>
              {[2, 3, 4, 5, 6].map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
            {tr('introductions.hops')}
          </label>
        </div>
      )}
      {!targetId && <p className="empty-state">{tr('introductions.pickHint', { button: tr('person.howToReach') })}</p>}
      {targetId && result.loading && !result.data && <p className="muted loading">{tr('introductions.looking')}</p>}
      {result.error && <p className="error">{tr('introductions.failed', { message: result.error.message })}</p>}
      {targetId && result.data && paths.length === 0 && (
        <p className="empty-state">{tr('introductions.noPath', { hops: maxHops })}</p>
      )}
      <ol className="path-list" data-testid="path-list">
        {paths.map((p, i) => (
          <li key={i} className={i === activeIndex ? 'active' : ''} onMouseEnter={() => setReachIndex(i)} onClick={() => setReachIndex(i)}>
            <div className="path-head">
              <strong>{tr('introductions.path', { number: i + 1 })}</strong>
              <span className="bar">
                <span style={{ width: `${Math.round(p.strength * 100)}%` }} />
              </span>
              <span className="score">{formatPercent(p.strength)}</span>
            </div>
            <p className="path-steps">
              {p.viaUser && <span className="step you">{tr('introductions.you')}</span>}
              {p.people.map((person, k) => {
                const tie = p.tieTypes[p.viaUser ? k : k - 1];
                return (
                  <span key={person.id}>
                    {(k > 0 || p.viaUser) && <span className="tie-word"> {tieWord(tie ?? '')} → </span>}
                    <button type="button" className="link-button step" onClick={(e) => { e.stopPropagation(); pick(person.id); }}>
                      {person.name}
                    </button>
                  </span>
                );
              })}
            </p>
            {p.introducer && <p className="small muted">{tr('introductions.ask', { name: p.introducer.name })}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
