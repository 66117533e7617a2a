import type { ReactNode } from 'react';
import type { MyListingPageQuery } from '../../api/graphql.generated';
import { ChoiceGroup, FormName, SelectField, TextArea, TextField } from '../../components/form-fields';
import { useLocale } from '../../components/locale';
import { FormAlert, PostForm } from '../../components/post-form';
import type { Translate } from '../../i18n/i18n';
import { specialtyOptions, type ListingDraft } from './listing-draft';
import { LicenseRows, LocationRows, rowFieldLabel } from './listing-rows';
import { canSave } from './listing-rules';
import { fieldErrorsOf, refusalText, type FormRefusal } from './listing-refusal';

type Page = Omit<MyListingPageQuery, 'myClaims'>;
type TextFieldName = { [K in keyof ListingDraft]: ListingDraft[K] extends string ? K : never }[keyof ListingDraft];

/**
 * Everything saveMyListing takes. While the listing cannot be changed (in review, rejected, archived) the same fields
 * are shown disabled, so the provider still sees what they sent.
 */
export function ListingForm({
  page,
  draft,
  csrfToken,
  refusal,
}: {
  page: Page;
  draft: ListingDraft;
  csrfToken: string;
  refusal: FormRefusal | undefined;
}) {
  const { t, href } = useLocale();
  const listing = page.myListing;
  const errors = fieldErrorsOf(refusal, t);
  const heading = (
    <h2 id="listing-form-heading">{listing ? t('listingForm.heading') : t('listingForm.createHeading')}</h2>
  );
  if (!canSave(listing)) {
    return (
      <section aria-labelledby="listing-form-heading" id="listing-form">
        {heading}
        <p>{t('listingForm.lockedHint', { status: t(`listingStatus.${listing?.reviewStatus ?? 'DRAFT'}`) })}</p>
        <SectionLinks />
        <FormName.Provider value="listing">
          <fieldset disabled className="usa-fieldset usa-form usa-form--large listing-form">
            <ListingFields page={page} draft={draft} errors={errors} />
          </fieldset>
        </FormName.Provider>
      </section>
    );
  }
  return (
    <section aria-labelledby="listing-form-heading" id="listing-form">
      {heading}
      <PostForm
        name="listing"
        csrfToken={csrfToken}
        action={`${href('/my-listing')}#listing-form`}
        className="usa-form usa-form--large listing-form"
      >
        <FormAlert
          form="listing"
          message={refusal && refusalText(refusal, 'listingForm.refused', t)}
          fieldErrors={errors}
          labels={fieldLabels(errors, t)}
        />
        <SectionLinks />
        <p className="usa-hint">{t('listingForm.requiredHint')}</p>
        <input type="hidden" name="attestationVersion" value={page.affirmingCareAttestation.version} />
        <ListingFields page={page} draft={draft} errors={errors} />
        <button className="usa-button" type="submit" name="intent" value="save">
          {t('listingForm.save')}
        </button>
      </PostForm>
    </section>
  );
}

function ListingFields({ page, draft, errors }: { page: Page; draft: ListingDraft; errors: Record<string, string> }) {
  const { t } = useLocale();
  const field = (name: TextFieldName) => ({ name, value: draft[name], error: errors[name] });
  const yesNo = [
    { value: 'true', label: t('listingForm.yes') },
    { value: 'false', label: t('listingForm.no') },
  ];
  return (
    <>
      <FormSection section="names">
        <TextField
          {...field('firstName')}
          label={t('listingForm.firstName')}
          hint={t('listingForm.legalNameHint')}
          required
        />
        <TextField {...field('lastName')} label={t('listingForm.lastName')} required />
        <TextField
          {...field('chosenName')}
          label={t('listingForm.chosenName')}
          hint={t('listingForm.chosenNameHint')}
        />
        <TextField {...field('chosenLastName')} label={t('listingForm.chosenLastName')} />
        <TextField {...field('pronouns')} label={t('listingForm.pronouns')} hint={t('listingForm.pronounsHint')} />
      </FormSection>
      <FormSection section="practice">
        <TextField
          {...field('npi')}
          label={t('listingForm.npi')}
          hint={t('listingForm.npiHint')}
          inputMode="numeric"
          required
        />
        <TextField
          {...field('credentials')}
          label={t('listingForm.credentials')}
          hint={t('listingForm.credentialsHint')}
        />
        <TextField {...field('phone')} type="tel" label={t('listingForm.phone')} autoComplete="tel" />
        <div className="listing-choices">
          <ChoiceGroup
            name="specialties"
            type="checkbox"
            label={t('listingForm.specialties')}
            hint={t('listingForm.specialtiesHint')}
            error={errors.specialties}
            values={draft.specialties}
            options={specialtyOptions(page.specialties, page.myListing?.specialties ?? [])}
          />
        </div>
        <SelectField
          {...field('primarySpecialty')}
          label={t('listingForm.primarySpecialty')}
          hint={t('listingForm.primarySpecialtyHint')}
          emptyLabel={t('listingForm.primarySpecialtyNone')}
          options={specialtyOptions(page.specialties, page.myListing?.specialties ?? [])}
        />
        <ChoiceGroup
          name="acceptingNewPatients"
          type="radio"
          label={t('listingForm.acceptingNewPatients')}
          error={errors.acceptingNewPatients}
          values={[String(draft.acceptingNewPatients)]}
          options={yesNo}
        />
        <ChoiceGroup
          name="offersTelehealth"
          type="radio"
          label={t('listingForm.offersTelehealth')}
          hint={t('listingForm.offersTelehealthHint')}
          error={errors.offersTelehealth}
          values={[String(draft.offersTelehealth)]}
          options={yesNo}
        />
      </FormSection>
      <FormSection section="locations" hint={t('listingForm.locationsHint')}>
        <LocationRows locations={draft.locations} errors={errors} />
      </FormSection>
      <FormSection section="licenses" hint={t('listingForm.licensesHint')}>
        <LicenseRows
          licenses={draft.licenses}
          errors={errors}
          usStates={page.usStates}
          verifications={page.myListing?.licenses ?? []}
        />
      </FormSection>
      <FormSection section="care">
        <ChoiceGroup
          name="careAttributes"
          type="checkbox"
          label={t('listingForm.careAttributes')}
          hint={t('listingForm.careAttributesHint')}
          error={errors.careAttributes}
          values={draft.careAttributes}
          options={page.careAttributes.map((attribute) => ({
            value: attribute.slug,
            label: attribute.baseline ? `${attribute.name} ${t('listingForm.requiredAttribute')}` : attribute.name,
            description: attribute.description,
          }))}
        />
        <div className="listing-choices listing-choices--short">
          <ChoiceGroup
            name="languages"
            type="checkbox"
            label={t('listingForm.languages')}
            error={errors.languages}
            values={draft.languages}
            options={page.languages.map((language) => ({ value: language.code, label: language.name }))}
          />
        </div>
        <div className="listing-choices">
          <ChoiceGroup
            name="insurancePlans"
            type="checkbox"
            label={t('listingForm.insurancePlans')}
            error={errors.insurancePlans}
            values={draft.insurancePlans}
            options={page.insurancePlans.map((plan) => ({ value: plan.slug, label: plan.name }))}
          />
        </div>
        <TextArea {...field('bio')} label={t('listingForm.bio')} hint={t('listingForm.bioHint')} maxLength={4000} />
      </FormSection>
      <Attestation page={page} draft={draft} error={errors.attest} />
    </>
  );
}

function Attestation({ page, draft, error }: { page: Page; draft: ListingDraft; error: string | undefined }) {
  const { t, date } = useLocale();
  const affirmed = page.myListing?.attestation;
  return (
    <FormSection section="attestation">
      <p>{t('listingForm.attestationLead')}</p>
      <blockquote className="listing-attestation">{page.affirmingCareAttestation.text}</blockquote>
      {affirmed?.current && <p>{t('listingForm.attested', { date: date(affirmed.attestedAt) })}</p>}
      {affirmed && !affirmed.current && <p>{t('listingForm.attestationOutdated')}</p>}
      {!affirmed?.current && (
        <ChoiceGroup
          name="attest"
          type="checkbox"
          label={t('listingForm.attest')}
          error={error}
          values={draft.attest ? ['true'] : []}
          options={[{ value: 'true', label: t('listingForm.attestBox') }]}
        />
      )}
    </FormSection>
  );
}

const SECTIONS = {
  names: 'listingForm.namesHeading',
  practice: 'listingForm.practiceHeading',
  locations: 'listingForm.locationsHeading',
  licenses: 'listingForm.licensesHeading',
  care: 'listingForm.careHeading',
  attestation: 'listingForm.attestationHeading',
} as const;

/** A long form on a phone: links to each of its parts. */
function SectionLinks() {
  const { t } = useLocale();
  return (
    <nav aria-label={t('listingForm.sectionsNav')} className="listing-sections">
      <ul className="usa-list">
        {Object.entries(SECTIONS).map(([section, heading]) => (
          <li key={section}>
            <a href={`#section-${section}`}>{t(heading)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function FormSection({
  section,
  hint,
  children,
}: {
  section: keyof typeof SECTIONS;
  hint?: string;
  children: ReactNode;
}) {
  const { t } = useLocale();
  return (
    <div className="listing-section">
      <h3 id={`section-${section}`}>{t(SECTIONS[section])}</h3>
      {hint && <p className="usa-hint">{hint}</p>}
      {children}
    </div>
  );
}

const TOP_LEVEL_LABELS: Record<string, Parameters<Translate>[0]> = {
  npi: 'listingForm.npi',
  firstName: 'listingForm.firstName',
  lastName: 'listingForm.lastName',
  chosenName: 'listingForm.chosenName',
  chosenLastName: 'listingForm.chosenLastName',
  pronouns: 'listingForm.pronouns',
  credentials: 'listingForm.credentials',
  phone: 'listingForm.phone',
  bio: 'listingForm.bio',
  specialties: 'listingForm.specialties',
  careAttributes: 'listingForm.careAttributes',
  languages: 'listingForm.languages',
  insurancePlans: 'listingForm.insurancePlans',
  attest: 'listingForm.attest',
  acceptingNewPatients: 'listingForm.acceptingNewPatients',
  offersTelehealth: 'listingForm.offersTelehealth',
};

/** The summary names each field as its label does, rows by their number: "Location 1: ZIP code". */
function fieldLabels(errors: Record<string, string>, t: Translate): Record<string, string> {
  return Object.fromEntries(
    Object.keys(errors).map((name) => {
      const key = TOP_LEVEL_LABELS[name];
      return [name, key ? t(key).replace(/ \*$/, '') : rowFieldLabel(name, t)];
    }),
  );
}
