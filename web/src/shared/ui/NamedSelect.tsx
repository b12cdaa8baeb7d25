import type { SelectHTMLAttributes } from 'react';
import { Options } from '../forms/FormField.js';
import { useViewer } from '../session/use-viewer.js';

export interface Named {
  id: string;
  name: string;
}

export type NamedSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  items: readonly Named[];
  value: string | null;
  onChange(id: string | null): void;
  /** The empty choice's words ("All of my team"); none when absent. */
  none?: string | undefined;
  testId?: string;
};

/** A select of named things (team members, territories) by id; the empty choice is null. */
export function NamedSelect({ items, value, onChange, none, testId, ...select }: NamedSelectProps) {
  return (
    <select {...select} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
      <Options options={items.map((i) => ({ value: i.id, label: i.name }))} placeholder={none} />
    </select>
  );
}

/** A control in a page's top bar: a NamedSelect whose label only screen readers hear. */
export function BarSelect({ label, className = 'owner-filter', ...select }: NamedSelectProps & { label: string; className?: string }) {
  return (
    <label className={className}>
      <span className="sr-only">{label}</span>
      <NamedSelect {...select} />
    </label>
  );
}

/** Whose plans or agenda: everyone (empty) or one KAM of a manager's team; nothing for others. */
export function TeamFilter({ label, everyone, value, onChange, testId }: { label: string; everyone: string; value: string | null; onChange(id: string | null): void; testId: string }) {
  const viewer = useViewer();
  if (!viewer.isManager || viewer.team.length === 0) return null;
  return <BarSelect label={label} items={viewer.team} none={everyone} value={value} onChange={onChange} testId={testId} />;
}
