import { useMemo, useState } from 'react';
import type { NodeLabel } from '../../gql/vocabulary.js';
import { NODE_LABEL_LABELS } from '../vocabulary/labels.js';
import { tr } from '../i18n/intl.js';

export interface SearchCandidate {
  id: string;
  name: string;
  label: NodeLabel;
  rank: number | null;
}

export interface SearchBoxProps {
  value: string;
  candidates: readonly SearchCandidate[];
  onChange(value: string): void;
  onPick(id: string): void;
}

/** Case- and accent-insensitive, so "sergio" finds "Sérgio". */
export function normalise(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function searchMatches(candidates: readonly SearchCandidate[], query: string, limit = 8): SearchCandidate[] {
  const q = normalise(query.trim());
  if (q.length < 2) return [];
  const hits = candidates.filter((c) => normalise(c.name).includes(q));
  // People first, the powerful first, then by name: the likely target tops the list.
  hits.sort((a, b) => (a.label === 'Person' ? 0 : 1) - (b.label === 'Person' ? 0 : 1) || (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.name.localeCompare(b.name));
  return hits.slice(0, limit);
}

export function SearchBox({ value, candidates, onChange, onPick }: SearchBoxProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchMatches(candidates, value), [candidates, value]);
  const pick = (c: SearchCandidate) => {
    onPick(c.id);
    setOpen(false);
  };
  return (
    <div className="search-box">
      <input
        type="search"
        placeholder={tr('search.placeholder')}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && matches[active]) pick(matches[active]);
          else if (e.key === 'Escape') setOpen(false);
        }}
        aria-label={tr('search.label')}
        data-testid="search"
      />
      {open && value.trim().length >= 2 && (
        <ul className="search-results" role="listbox">
          {matches.length === 0 && <li className="empty">{tr('search.noMatch', { value })}</li>}
          {matches.map((c, i) => (
            <li
              key={c.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(c);
              }}
            >
              <strong>{c.name}</strong>
              <small>{c.label === 'Person' && c.rank ? tr('search.rank', { rank: c.rank }) : NODE_LABEL_LABELS[c.label]}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
