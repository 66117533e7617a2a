import type { ApproveListingInput, ReverifiedLicenseFieldsFragment } from '../../api/graphql.generated';
import type { Translate } from '../../i18n/i18n';
import type { PostedForm } from '../../workspace/form-data';

export const LICENSE_RESULTS = ['VERIFIED', 'NOT_CHECKED'] as const;
export type LicenseResult = (typeof LICENSE_RESULTS)[number];

export interface LicenseCheckValues {
  result: LicenseResult;
  source: string;
  verifiedOn: string;
}

/** What the admin entered: one check per license of the listing, in the listing's order, and a note. */
export interface ReverifyValues {
  version: number;
  reason: string;
  licenses: LicenseCheckValues[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const licenseField = (index: number, field: keyof LicenseCheckValues) => `licenses.${index}.${field}`;

/** A fresh form: every license to check today. */
export function blankValues(version: number, licenseCount: number, today: string): ReverifyValues {
  const check: LicenseCheckValues = { result: 'VERIFIED', source: '', verifiedOn: today };
  return { version, reason: '', licenses: Array.from({ length: licenseCount }, () => ({ ...check })) };
}

export function readReverifyForm(form: PostedForm, licenseCount: number): ReverifyValues {
  return {
    version: Number(form.text('version')),
    reason: form.text('reason').trim(),
    licenses: Array.from({ length: licenseCount }, (_, index) => ({
      result: form.text(licenseField(index, 'result')) === 'NOT_CHECKED' ? 'NOT_CHECKED' : 'VERIFIED',
      source: form.text(licenseField(index, 'source')).trim(),
      verifiedOn: form.text(licenseField(index, 'verifiedOn')).trim(),
    })),
  };
}

/** What must be right before the confirmation step, by field; the API checks it all again. */
export function problemsOf(values: ReverifyValues, today: string, t: Translate): Record<string, string> {
  const problems: Record<string, string> = {};
  values.licenses.forEach((check, index) => {
    if (check.result !== 'VERIFIED') return;
    if (check.source.length < 3) problems[licenseField(index, 'source')] = t('reverify.error.source');
    if (!DATE.test(check.verifiedOn) || check.verifiedOn > today)
      problems[licenseField(index, 'verifiedOn')] = t('reverify.error.verifiedOn');
  });
  return problems;
}

/** The licenses checked now, as `reverifyListing` takes them; `checkedIndexes` maps the API's positions back. */
export function toReverifyInput(
  id: string,
  values: ReverifyValues,
  licenses: ReverifiedLicenseFieldsFragment[],
): { input: ApproveListingInput; checkedIndexes: number[] } {
  const checkedIndexes = values.licenses.flatMap((check, index) => (check.result === 'VERIFIED' ? [index] : []));
  return {
    checkedIndexes,
    input: {
      id,
      version: values.version,
      reason: values.reason || null,
      licenseVerifications: checkedIndexes.map((index) => {
        const { state, licenseType, number } = licenses[index];
        const { source, verifiedOn } = values.licenses[index];
        return { state, licenseType, number, source, verifiedOn };
      }),
    },
  };
}

/** The API's field errors (`licenseVerifications.2.source`) under the names of this form's fields. */
export function fieldErrorsOnForm(apiErrors: Record<string, string>, checkedIndexes: number[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(apiErrors).map(([field, message]) => {
      const match = /^licenseVerifications\.(\d+)\.(source|verifiedOn)$/.exec(field);
      const index = match ? checkedIndexes[Number(match[1])] : undefined;
      return [index === undefined || !match ? field : licenseField(index, match[2] as 'source'), message];
    }),
  );
}
