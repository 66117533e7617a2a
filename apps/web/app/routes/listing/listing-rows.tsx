import type { ReactNode } from 'react';
import type { MyListingFieldsFragment, MyListingPageQuery } from '../../api/graphql.generated';
import { ChoiceGroup, SelectField, TextField, fieldId } from '../../components/form-fields';
import { useLocale } from '../../components/locale';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.en';
import {
  BLANK_LICENSES,
  BLANK_LOCATIONS,
  emptyLicense,
  emptyLocation,
  type LicenseDraft,
  type LocationDraft,
} from './listing-draft';

type Errors = Record<string, string>;

const ROW_FIELD_LABELS: Record<string, MessageKey> = {
  name: 'listingForm.locationName',
  street: 'listingForm.street',
  city: 'listingForm.city',
  zip: 'listingForm.zip',
  phone: 'listingForm.locationPhone',
  hideStreet: 'listingForm.streetPrivacy',
  state: 'listingForm.licenseState',
  licenseType: 'listingForm.licenseType',
  number: 'listingForm.licenseNumber',
  expiresOn: 'listingForm.expiresOn',
};

/** `locations.0.zip` as the summary of errors names it: "Location 1: ZIP code". */
export function rowFieldLabel(name: string, t: Translate): string {
  const [list, index, field] = name.split('.');
  if (index === undefined)
    return t(list === 'locations' ? 'listingForm.locationsHeading' : 'listingForm.licensesHeading');
  const row = t(list === 'locations' ? 'listingForm.location' : 'listingForm.license', { number: Number(index) + 1 });
  const label = ROW_FIELD_LABELS[field ?? ''];
  return label ? `${row}: ${t(label)}` : row;
}

/** The filled rows, then blank ones to add to them: lists that grow without JavaScript. */
function withBlankRows<T>(rows: T[], blanks: number, empty: () => T): T[] {
  return [...rows, ...Array.from({ length: blanks }, empty)];
}

/** One row of a list, under its own legend; `id` is where the summary's link for the whole list lands. */
function Rows({ form, list, error, children }: { form: string; list: string; error?: string; children: ReactNode }) {
  return (
    <div id={fieldId(list, form)} className={error ? 'usa-form-group usa-form-group--error' : undefined}>
      {error && <span className="usa-error-message">{error}</span>}
      {children}
    </div>
  );
}

function Row({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="usa-fieldset listing-row">
      <legend className="usa-legend listing-row__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function LocationRows({ locations, errors }: { locations: LocationDraft[]; errors: Errors }) {
  const { t } = useLocale();
  return (
    <Rows form="listing" list="locations" error={errors.locations}>
      {withBlankRows(locations, BLANK_LOCATIONS, emptyLocation).map((location, index) => {
        const field = (name: keyof LocationDraft) => {
          const path = `locations.${index}.${name}`;
          return { name: path, value: String(location[name]), error: errors[path] };
        };
        return (
          <Row key={index} legend={t('listingForm.location', { number: index + 1 })}>
            <TextField {...field('name')} label={t('listingForm.locationName')} />
            <TextField {...field('street')} label={t('listingForm.street')} />
            <ChoiceGroup
              name={field('hideStreet').name}
              type="checkbox"
              label={t('listingForm.streetPrivacy')}
              values={location.hideStreet ? ['true'] : []}
              options={[
                { value: 'true', label: t('listingForm.hideStreet'), description: t('listingForm.hideStreetHint') },
              ]}
            />
            <TextField {...field('city')} label={t('listingForm.city')} hint={t('listingForm.cityHint')} />
            <TextField
              {...field('zip')}
              label={t('listingForm.zip')}
              hint={t('listingForm.zipHint')}
              inputMode="numeric"
            />
            <TextField {...field('phone')} type="tel" label={t('listingForm.locationPhone')} />
          </Row>
        );
      })}
    </Rows>
  );
}

type UsStates = MyListingPageQuery['usStates'];

/** License rows; the claim form leaves out the expiry date and the verification the listing's licenses have. */
export function LicenseRows({
  form = 'listing',
  licenses,
  errors,
  usStates,
  verifications = [],
  blanks = BLANK_LICENSES,
}: {
  form?: string;
  licenses: Array<Omit<LicenseDraft, 'expiresOn'> & { expiresOn?: string }>;
  errors: Errors;
  usStates: UsStates;
  verifications?: MyListingFieldsFragment['licenses'];
  blanks?: number;
}) {
  const { t } = useLocale();
  const withExpiry = form === 'listing';
  return (
    <Rows form={form} list="licenses" error={errors.licenses}>
      {withBlankRows(licenses, blanks, emptyLicense).map((license, index) => {
        const field = (name: keyof LicenseDraft) => {
          const path = `licenses.${index}.${name}`;
          return { name: path, value: license[name] ?? '', error: errors[path] };
        };
        const known = verifications.find(
          (listed) =>
            listed.state === license.state &&
            listed.licenseType === license.licenseType &&
            listed.number === license.number,
        );
        // A license from the NPI registry comes without an expiry; the provider enters it before saving.
        const undated = known !== undefined && known.expiresOn === null;
        return (
          <Row key={index} legend={t('listingForm.license', { number: index + 1 })}>
            {known && <p>{t(`listingForm.verification.${known.verification}`)}</p>}
            <SelectField
              {...field('state')}
              label={t('listingForm.licenseState')}
              emptyLabel={t('listingForm.chooseState')}
              options={usStates.map((state) => ({ value: state.code, label: state.name }))}
            />
            <TextField
              {...field('licenseType')}
              label={t('listingForm.licenseType')}
              hint={t('listingForm.licenseTypeHint')}
            />
            <TextField {...field('number')} label={t('listingForm.licenseNumber')} />
            {withExpiry && (
              <TextField
                {...field('expiresOn')}
                type="date"
                label={t('listingForm.expiresOn')}
                hint={undated ? t('listingForm.expiryNotEntered') : undefined}
              />
            )}
          </Row>
        );
      })}
    </Rows>
  );
}
