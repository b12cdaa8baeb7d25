/**
 * An interaction's name says what and when, never who: a name quoting the people met
 * would survive their erasure in every list and export that shows it.
 */
export function interactionName(kind: string, date: string | null | undefined): string {
  const label = kind.replace(/_/g, ' ');
  const capitalised = `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
  return date ? `${capitalised} on ${date}` : capitalised;
}
