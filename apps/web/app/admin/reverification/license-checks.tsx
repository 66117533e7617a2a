import type { ReverifiedLicenseFieldsFragment } from '../../api/graphql.generated';
import { ChoiceGroup, TextField } from '../../components/form-fields';
import { useLocale } from '../../components/locale';
import { licenseName } from './due-reason-list';
import { LICENSE_RESULTS, licenseField, type ReverifyValues } from './reverify-form';

/** Each license of the listing, what is on file about it, and where to record the check made now. */
export function LicenseChecks({
  licenses,
  values,
  fieldErrors,
}: {
  licenses: ReverifiedLicenseFieldsFragment[];
  values: ReverifyValues;
  fieldErrors: Record<string, string>;
}) {
  const { t, date } = useLocale();
  return (
    <>
      {licenses.map((license, index) => {
        const check = values.licenses[index];
        return (
          <fieldset className="usa-fieldset license-check" key={license.id}>
            <legend className="usa-legend text-bold">
              {t('reverify.licenseLegend', { license: licenseName(license) })}
            </legend>
            <p>
              {license.expiresOn
                ? t('reverify.licenseOnFile', {
                    expires: date(license.expiresOn),
                    verification: t(`reverify.verification.${license.verification}`),
                  })
                : t('reverify.licenseOnFileUndated', {
                    verification: t(`reverify.verification.${license.verification}`),
                  })}
              {license.verifiedAt &&
                ` ${t('reverify.licenseLastChecked', {
                  date: date(license.verifiedAt),
                  source: license.verificationSource ?? '',
                })}`}
            </p>
            <ChoiceGroup
              type="radio"
              name={licenseField(index, 'result')}
              label={t('reverify.result')}
              values={[check.result]}
              options={LICENSE_RESULTS.map((result) => ({ value: result, label: t(`reverify.result.${result}`) }))}
            />
            <TextField
              name={licenseField(index, 'source')}
              label={t('reverify.source')}
              hint={t('reverify.sourceHint')}
              value={check.source}
              error={fieldErrors[licenseField(index, 'source')]}
              maxLength={200}
            />
            <TextField
              name={licenseField(index, 'verifiedOn')}
              type="date"
              todayIsLocal
              label={t('reverify.verifiedOn')}
              value={check.verifiedOn}
              error={fieldErrors[licenseField(index, 'verifiedOn')]}
            />
          </fieldset>
        );
      })}
    </>
  );
}
