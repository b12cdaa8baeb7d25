import type { ReactNode } from 'react';
import { provenanceText } from '../format.js';
import { LIST_WORDS, PROVENANCE_WORDS } from '../vocabulary/read-model-words.js';

/** Where a fact comes from and how sure we are of it ("congress 2025 · confidence 0.4"), and who recorded it through the app. */
export function Provenance({ source, confidence, recordedBy }: { source: string | null; confidence: number | null; recordedBy?: { name: string } | null }) {
  const text = provenanceText(source, confidence);
  if (!text && !recordedBy) return null;
  return (
    <div className="provenance" title={PROVENANCE_WORDS.title}>
      {text}
      {text && recordedBy && ' · '}
      {recordedBy && <span className="recorded-by">{PROVENANCE_WORDS.recordedBy(recordedBy.name)}</span>}
    </div>
  );
}

/** A side-panel section's loading, failure or nothing to list, in one muted line. */
export function SectionState({ loading, error, empty }: { loading: boolean; error?: Error | undefined; empty?: ReactNode | false }) {
  if (error) return <p className="error small">{LIST_WORDS.couldNotLoad(error.message)}</p>;
  if (loading) return <p className="muted loading">{LIST_WORDS.loading}</p>;
  if (empty) return <p className="muted">{empty}</p>;
  return null;
}
