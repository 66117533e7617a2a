import type { ReactNode } from 'react';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

export const fieldId = (name: string) => `search-${name}`;

/** Label, hint and error tied to the control: USWDS markup, errors announced with the field's name. */
function FieldGroup({ name, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className="usa-label" htmlFor={fieldId(name)}>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** The hint and the error under a label or legend; `describedBy` ties them to the control. */
function HintAndError({ name, hint, error }: Omit<FieldProps, 'label'>) {
  return (
    <>
      {hint && (
        <span className="usa-hint" id={`${fieldId(name)}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="usa-error-message" id={`${fieldId(name)}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint && `${fieldId(name)}-hint`, error && `${fieldId(name)}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(
  props: FieldProps & { value: string; inputMode?: 'numeric' | 'text'; autoComplete?: string; maxLength?: number },
) {
  const { name, hint, error, value, inputMode, autoComplete, maxLength } = props;
  return (
    <FieldGroup {...props}>
      <input
        className={`usa-input${error ? ' usa-input--error' : ''}`}
        id={fieldId(name)}
        name={name}
        type="text"
        defaultValue={value}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        maxLength={maxLength}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FieldGroup>
  );
}

export function SelectField(
  props: FieldProps & { value: string; options: Array<{ value: string; label: string }>; emptyLabel?: string },
) {
  const { name, hint, error, value, options, emptyLabel } = props;
  return (
    <FieldGroup {...props}>
      <select
        className={`usa-select${error ? ' usa-input--error' : ''}`}
        id={fieldId(name)}
        name={name}
        defaultValue={value}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

/** Several checkboxes or radios under one legend; `multiple` sends every ticked value under the same name. */
export function ChoiceGroup(
  props: FieldProps & {
    type: 'checkbox' | 'radio';
    values: string[];
    options: Array<{ value: string; label: string; description?: string }>;
  },
) {
  const { name, label, hint, error, type, values, options } = props;
  return (
    <fieldset
      className={`usa-fieldset usa-form-group${error ? ' usa-form-group--error' : ''}`}
      aria-describedby={describedBy(name, hint, error)}
      id={fieldId(name)}
    >
      <legend className="usa-legend">{label}</legend>
      <HintAndError name={name} hint={hint} error={error} />
      {options.map((option) => {
        const id = `${fieldId(name)}-${option.value}`;
        return (
          <div className={`usa-${type}`} key={option.value}>
            <input
              className={`usa-${type}__input`}
              id={id}
              type={type}
              name={name}
              value={option.value}
              defaultChecked={values.includes(option.value)}
            />
            <label className={`usa-${type}__label`} htmlFor={id}>
              {option.label}
              {option.description && <span className={`usa-${type}__label-description`}>{option.description}</span>}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
