import type { ReactNode } from 'react';
import { FormName } from './form-fields';

/**
 * A form that changes something: a plain POST that works without JavaScript, carrying the page's CSRF token. Its
 * name prefixes its fields' ids. `once` lets the page's script keep a double click from sending it twice.
 */
export function PostForm({
  name,
  csrfToken,
  action,
  className,
  children,
}: {
  name: string;
  csrfToken: string;
  action?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <FormName.Provider value={name}>
      <form method="post" action={action} className={className ?? 'usa-form usa-form--large'} data-once="">
        <input type="hidden" name="_csrf" value={csrfToken} />
        {children}
      </form>
    </FormName.Provider>
  );
}

/** What the API refused, at the top of the form: the message, and a link to each field it named. */
export function FormAlert({
  form,
  message,
  fieldErrors = {},
  labels = {},
}: {
  form: string;
  message: string | undefined;
  fieldErrors?: Record<string, string>;
  labels?: Record<string, string>;
}) {
  if (!message) return null;
  const fields = Object.entries(fieldErrors);
  return (
    <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{message}</p>
        {fields.length > 0 && (
          <ul className="usa-list">
            {fields.map(([field, reason]) => (
              <li key={field}>
                <a href={`#${form}-${field.replace(/\./g, '-')}`}>
                  {labels[field] ?? field}: {reason}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
