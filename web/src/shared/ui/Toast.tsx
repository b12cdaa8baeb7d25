import { useState } from 'react';
import { useExpiring } from '../hooks/use-expiring.js';

/** A confirmation to show for `ms`, and the function that shows one. */
export function useToast(ms: number): [string | null, (message: string | null) => void] {
  const [message, say] = useState<string | null>(null);
  useExpiring(message, () => say(null), ms);
  return [message, say];
}

/** A short confirmation over the page ("Plan reopened."). */
export function Toast({ message, className = 'page-toast' }: { message: string | null; className?: string }) {
  if (!message) return null;
  return (
    <div className={className} role="status" data-testid="toast">
      {message}
    </div>
  );
}
