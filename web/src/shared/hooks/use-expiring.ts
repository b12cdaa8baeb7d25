import { useEffect, useRef } from 'react';

/** Clears a shown value (a confirmation) after `ms`; a new value starts the time again. */
export function useExpiring<T>(value: T | null, clear: () => void, ms: number): void {
  const clearRef = useRef(clear);
  clearRef.current = clear;
  useEffect(() => {
    if (value === null) return;
    const timer = setTimeout(() => clearRef.current(), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
}
