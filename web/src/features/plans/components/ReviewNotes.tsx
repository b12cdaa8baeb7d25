import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { numericDate } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { ReviewPlanMutation } from '../graphql/review-plan-mutation.js';
import { parseReviewNote } from '../plan-board.js';

export interface ReviewNotesProps {
  planId: string;
  notes: readonly string[];
  reviewOn: string | null | undefined;
  mayChange: boolean;
  onMessage(message: string): void;
}

/** The manager's and owner's dated review notes, newest first, and a box to add one. */
export function ReviewNotes({ planId, notes, reviewOn, mayChange, onMessage }: ReviewNotesProps) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [review, { loading }] = useMutation(ReviewPlanMutation);
  const parsed = notes.map(parseReviewNote).reverse();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      const result = await review({ variables: { id: planId, note } });
      const payload = result.data?.reviewPlan;
      if (!payload?.ok) return setProblem(payload?.errors.map((x) => x.message).join('; ') ?? tr('plans.review.notSaved'));
      setNote('');
      onMessage(tr('plans.review.added'));
    } catch (error) {
      setProblem(tr('plans.review.couldNotAdd', { message: (error as Error).message }));
    }
  };
  return (
    <div className="review-notes">
      {reviewOn && <p className="muted small">{tr('plans.review.next', { date: numericDate(reviewOn) })}</p>}
      {parsed.length === 0 && <p className="muted">{tr('plans.review.none')}</p>}
      <ul className="note-list" data-testid="review-notes">
        {parsed.map((n, i) => (
          <li key={i}>
            {n.date && (
              <span className="note-meta">
                {numericDate(n.date)} · {n.author}
              </span>
            )}
            <span>{n.text}</span>
          </li>
        ))}
      </ul>
      {mayChange && (
        <form className="edit-form inline review-form" onSubmit={submit} data-testid="review-form">
          <label className={`field${problem ? ' has-error' : ''}`}>
            <span className="sr-only">{tr('plans.review.label')}</span>
            <input type="text" name="note" value={note} onChange={(e) => setNote(e.target.value)} placeholder={tr('plans.review.placeholder')} />
            {problem && (
              <small className="field-error" role="alert">
                {problem}
              </small>
            )}
          </label>
          <button type="submit" disabled={loading || note.trim() === ''}>
            {loading ? tr('plans.saving') : tr('plans.review.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
