import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { tr } from '@shared/i18n/intl.js';
import { readToken } from '@shared/session/token-store.js';
import { uploadEvidence, type UploadAnswer } from '../upload.js';

/** Admins import one evidence file (PubMed XML or MEDLINE, ClinicalTrials.gov JSON, congress CSV). */
export function UploadForm() {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const client = useApolloClient();

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setAnswer(null);
    try {
      const result = await uploadEvidence(file, readToken());
      setAnswer(result);
      if (result.ok) await client.refetchQueries({ include: ['TieSuggestions', 'UnmatchedPeople'] });
    } catch (error) {
      setAnswer({ ok: false, report: null, error: tr('evidence.upload.sendFailed', { message: error instanceof Error ? error.message : String(error) }), works: 0, newNames: 0, suggestions: { created: 0, updated: 0 } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="evidence-upload" onSubmit={submit} data-testid="evidence-upload">
      <h2>{tr('evidence.upload.title')}</h2>
      <p className="muted">{tr('evidence.upload.help')}</p>
      <label className="inline-field">
        {tr('evidence.upload.file')}
        <input ref={input} type="file" name="evidence-file" accept=".xml,.txt,.nbib,.json,.csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <button type="submit" disabled={!file || busy}>
        {busy ? tr('evidence.upload.busy') : tr('evidence.upload.submit')}
      </button>
      {answer && (
        <div className={`state-card ${answer.ok ? 'success' : 'error'}`} role={answer.ok ? 'status' : 'alert'} data-testid="evidence-upload-answer" data-ok={answer.ok}>
          {answer.ok ? (
            <strong>{tr('evidence.upload.done', { works: answer.works, created: answer.suggestions.created, newNames: answer.newNames })}</strong>
          ) : (
            <strong>{answer.error}</strong>
          )}
          {answer.report && <pre className="evidence-report">{answer.report}</pre>}
        </div>
      )}
    </form>
  );
}
