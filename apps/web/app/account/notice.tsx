import type { ReactNode } from 'react';

/** A USWDS slim alert that is not an error: what just happened, announced politely. */
export function Notice({ type, children }: { type: 'success' | 'info' | 'warning'; children: ReactNode }) {
  return (
    <div className={`usa-alert usa-alert--${type} usa-alert--slim`} role="status">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{children}</p>
      </div>
    </div>
  );
}
