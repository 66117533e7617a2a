import { createContext, useContext, type ReactNode } from 'react';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** The form the fields belong to, which prefixes their ids: `search-zip`, `referral-client-firstName`. */
export const FormName = createContext('search');

export const fieldId = (name: string, form = 'search') => `${form}-${name.replace(/\./g, '-')}`;

function useFieldId(name: string): string {
  return fieldId(name, useContext(FormName));
}

/** Label, hint and error tied to the control: USWDS markup, errors announced with the field's name. */
function FieldGroup({ name, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className="usa-label" htmlFor={useFieldId(name)}>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** The hint and the error under a label or legend; `describedBy` ties them to the control. */
function HintAndError({ name, hint, error }: Omit<FieldProps, 'label'>) {
  const id = useFieldId(name);
  return (
    <>
      {hint && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

function useDescribedBy(name: string, hint?: string, error?: string): string | undefined {
  const id = useFieldId(name);
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(
  props: FieldProps & {
    value: string;
    type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'url';
    inputMode?: 'numeric' | 'text';
    autoComplete?: string;
    maxLength?: number;
    required?: boolean;
    /** A date that defaults to today: the workspace script turns the server's today (UTC) into the visitor's own. */
    todayIsLocal?: boolean;
  },
) {
  const { name, hint, error, value, type, inputMode, autoComplete, maxLength, required, todayIsLocal } = props;
  return (
    <FieldGroup {...props}>
      <input
        className={`usa-input${error ? ' usa-input--error' : ''}`}
        id={useFieldId(name)}
        name={name}
        type={type ?? 'text'}
        // A password is never sent back into the page.
        defaultValue={type === 'password' ? undefined : value}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        maxLength={maxLength}
        required={required}
        aria-describedby={useDescribedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        data-local-today={todayIsLocal ? '' : undefined}
      />
    </FieldGroup>
  );
}

export function TextArea(props: FieldProps & { value: string; maxLength?: number; required?: boolean }) {
  const { name, hint, error, value, maxLength, required } = props;
  return (
    <FieldGroup {...props}>
      <textarea
        className={`usa-textarea${error ? ' usa-input--error' : ''}`}
        id={useFieldId(name)}
        name={name}
        defaultValue={value}
        maxLength={maxLength}
        required={required}
        aria-describedby={useDescribedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FieldGroup>
  );
}

/** A choice in a select; options with a `group` are shown under it, in the order given. */
interface SelectOption {
  value: string;
  label: string;
  group?: string;
}

export function SelectField(props: FieldProps & { value: string; options: SelectOption[]; emptyLabel?: string }) {
  const { name, hint, error, value, options, emptyLabel } = props;
  return (
    <FieldGroup {...props}>
      <select
        className={`usa-select${error ? ' usa-input--error' : ''}`}
        id={useFieldId(name)}
        name={name}
        defaultValue={value}
        aria-describedby={useDescribedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {groupsOf(options).map(({ group, members }) =>
          group === undefined ? (
            members.map(optionElement)
          ) : (
            <optgroup key={group} label={group}>
              {members.map(optionElement)}
            </optgroup>
          ),
        )}
      </select>
    </FieldGroup>
  );
}

function optionElement(option: SelectOption) {
  return (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
}

// Consecutive options of one group go under one heading.
function groupsOf(options: SelectOption[]): Array<{ group: string | undefined; members: SelectOption[] }> {
  const groups: Array<{ group: string | undefined; members: SelectOption[] }> = [];
  for (const option of options) {
    const last = groups.at(-1);
    if (last && last.group === option.group) last.members.push(option);
    else groups.push({ group: option.group, members: [option] });
  }
  return groups;
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
  const groupId = useFieldId(name);
  return (
    <fieldset
      className={`usa-fieldset usa-form-group${error ? ' usa-form-group--error' : ''}`}
      aria-describedby={useDescribedBy(name, hint, error)}
      id={groupId}
    >
      <legend className="usa-legend">{label}</legend>
      <HintAndError name={name} hint={hint} error={error} />
      {options.map((option) => {
        const id = `${groupId}-${option.value}`;
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
