import { useContext } from 'react';
import { fieldId, FormName, SelectField, TextField } from '../components/form-fields';
import { useLocale } from '../components/locale';
import type { Translate } from '../i18n/i18n';

/** A therapist signs up with one license, or two; more can be added by an admin later. */
export const LICENSE_SLOTS = 2;

export interface LicenseValues {
  state: string;
  licenseType: string;
  number: string;
  npi: string;
}

const PARTS = [
  ['state', 'signUp.licenseState'],
  ['licenseType', 'signUp.licenseType'],
  ['number', 'signUp.licenseNumber'],
  ['npi', 'signUp.licenseNpi'],
] as const;

/** Each license field's name in the form's alert: "License 2 · License number". */
export function licenseLabels(t: Translate): Record<string, string> {
  const labels: Record<string, string> = { licenses: t('signUp.license') };
  for (let slot = 0; slot < LICENSE_SLOTS; slot++) {
    const legend = t(slot === 0 ? 'signUp.license' : 'signUp.anotherLicense');
    for (const [part, label] of PARTS) labels[`licenses.${slot}.${part}`] = `${legend} · ${t(label)}`;
  }
  return labels;
}

/**
 * One license: its state, credential, number and NPI, named `licenses.<slot>.<field>` as the API names its errors.
 * The page's style hides the blocks while "provider" is chosen.
 */
export function LicenseFields({
  slot,
  values,
  states,
  fieldErrors,
}: {
  slot: number;
  values: LicenseValues;
  states: Array<{ code: string; name: string }>;
  fieldErrors: Record<string, string>;
}) {
  const { t } = useLocale();
  const id = fieldId(slot === 0 ? 'licenses' : `licenses.${slot}`, useContext(FormName));
  const first = slot === 0;
  const error = first ? fieldErrors.licenses : undefined;
  const name = (part: string) => `licenses.${slot}.${part}`;
  return (
    <fieldset
      className={`usa-fieldset signup-license${error ? ' usa-form-group usa-form-group--error' : ''}`}
      id={id}
      aria-describedby={first ? `${id}-hint${error ? ` ${id}-error` : ''}` : undefined}
    >
      <legend className="usa-legend signup-license__legend">
        {t(first ? 'signUp.license' : 'signUp.anotherLicense')}
      </legend>
      {first && (
        <span className="usa-hint" id={`${id}-hint`}>
          {t('signUp.licenseHint')}
        </span>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <SelectField
        name={name('state')}
        label={t('signUp.licenseState')}
        value={values.state}
        options={states.map((state) => ({ value: state.code, label: state.name }))}
        emptyLabel={t('signUp.chooseState')}
        error={fieldErrors[name('state')]}
      />
      <TextField
        name={name('licenseType')}
        label={t('signUp.licenseType')}
        hint={t('signUp.licenseTypeHint')}
        value={values.licenseType}
        maxLength={10}
        error={fieldErrors[name('licenseType')]}
      />
      <TextField
        name={name('number')}
        label={t('signUp.licenseNumber')}
        value={values.number}
        maxLength={40}
        error={fieldErrors[name('number')]}
      />
      <TextField
        name={name('npi')}
        label={t('signUp.licenseNpi')}
        hint={t('signUp.licenseNpiHint')}
        value={values.npi}
        inputMode="numeric"
        maxLength={10}
        error={fieldErrors[name('npi')]}
      />
    </fieldset>
  );
}
