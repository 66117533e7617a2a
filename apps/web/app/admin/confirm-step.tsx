import type { ReactNode } from 'react';

/**
 * The second step of a decision: what will happen, said plainly, with the values entered carried along unseen, and
 * the choice to go ahead or back to change them. Posted with `step=confirm` or `step=edit`.
 */
export function ConfirmStep({
  id,
  heading,
  hidden,
  confirmLabel,
  backLabel,
  children,
}: {
  id: string;
  heading: string;
  hidden: Record<string, string>;
  confirmLabel: string;
  backLabel: string;
  children: ReactNode;
}) {
  return (
    <section className="usa-summary-box confirm-step" aria-labelledby={`${id}-heading`}>
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id={`${id}-heading`}>
          {heading}
        </h2>
        <div className="usa-summary-box__text">{children}</div>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="usa-button-group">
          <button type="submit" name="step" value="confirm" className="usa-button">
            {confirmLabel}
          </button>
          <button type="submit" name="step" value="edit" className="usa-button usa-button--outline">
            {backLabel}
          </button>
        </div>
      </div>
    </section>
  );
}

/** Which step a decision form was posted from. */
export function postedStep(value: string): 'review' | 'confirm' | 'edit' {
  return value === 'confirm' || value === 'edit' ? value : 'review';
}

/** A notice above a page shown again: refused, or someone else acted first. */
export function Notice({ kind, message }: { kind: 'error' | 'warning' | 'success'; message: string | undefined }) {
  if (!message) return null;
  return (
    <div className={`usa-alert usa-alert--${kind} usa-alert--slim`} role={kind === 'success' ? 'status' : 'alert'}>
      <div className="usa-alert__body">
        <p className="usa-alert__text">{message}</p>
      </div>
    </div>
  );
}
