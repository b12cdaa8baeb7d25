import type { ReactNode } from 'react';

export interface PanelSectionProps {
  title: ReactNode;
  /** Said instead of the content when there is nothing to list (false: there is). */
  empty?: ReactNode | false;
  className?: string;
  children?: ReactNode;
}

/** A titled section of a side panel or a plan. */
export function PanelSection({ title, empty = false, className, children }: PanelSectionProps) {
  return (
    <section className={className ? `panel-section ${className}` : 'panel-section'}>
      <h3>{title}</h3>
      {empty !== false && <p className="muted">{empty}</p>}
      {children}
    </section>
  );
}
