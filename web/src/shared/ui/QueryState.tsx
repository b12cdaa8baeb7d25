import type { ReactNode } from 'react';
import { describeError } from './describe-error.js';
import { tr } from '../i18n/intl.js';

export interface QueryStateProps {
  loading: boolean;
  error?: Error | undefined;
  /** What is being loaded, for the messages ("your plans"). */
  what: string;
  onRetry?(): unknown;
  /** Shown instead of the spinner once data exists (a refetch in the background). */
  hasData?: boolean;
  children?: ReactNode;
}

/** Loading and error states that say what happened and what to do. Renders nothing once loaded. */
export function QueryState({ loading, error, what, onRetry, hasData, children }: QueryStateProps) {
  if (error && !hasData) {
    const forbidden = /FORBIDDEN|may see|may not/i.test(error.message);
    return (
      <div className="state-card error" role="alert">
        <strong>{tr('queryState.couldNotLoad', { what })}</strong>
        <p>{forbidden ? tr('queryState.forbidden', { message: error.message }) : describeError(error)}</p>
        {onRetry && (
          <button type="button" onClick={() => onRetry()}>
            {tr('common.tryAgain')}
          </button>
        )}
      </div>
    );
  }
  if (loading && !hasData) {
    return (
      <p className="muted loading state-line" role="status">
        {tr('app.loadingWhat', { what })}
      </p>
    );
  }
  return <>{children}</>;
}
