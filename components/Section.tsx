import { type ReactNode, useId } from 'react';

/**
 * A landmark region named by its heading, so readers of assistive technology (and tests) can
 * find it by role and name: `getByRole('region', { name: 'Notes' })`.
 */
export function Section(props: { title: string; children: ReactNode; actions?: ReactNode }) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId}>{props.title}</h2>
        {props.actions}
      </header>
      {props.children}
    </section>
  );
}
