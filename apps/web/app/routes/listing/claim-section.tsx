import type { MyClaimFieldsFragment, MyListingPageQuery } from '../../api/graphql.generated';
import { TextField } from '../../components/form-fields';
import { useLocale } from '../../components/locale';
import { FormAlert, PostForm } from '../../components/post-form';
import { CLAIM_LICENSE_ROWS, type ClaimDraft } from './listing-draft';
import { fieldErrorsOf, refusalText, type FormRefusal } from './listing-refusal';
import { LicenseRows, rowFieldLabel } from './listing-rows';

/** For a provider without a listing: their claims so far, and (with none open) the form to claim one by its NPI. */
export function ClaimSection({
  claims,
  usStates,
  csrfToken,
  refusal,
}: {
  claims: MyClaimFieldsFragment[];
  usStates: MyListingPageQuery['usStates'];
  csrfToken: string;
  refusal: (FormRefusal & { claimDraft: ClaimDraft }) | undefined;
}) {
  const { t } = useLocale();
  const openClaim = claims.some((claim) => claim.status === 'OPEN');
  return (
    <section aria-labelledby="claim-heading" id="claim">
      <h2 id="claim-heading">{t('listingClaim.heading')}</h2>
      <p>{t('listingClaim.lead')}</p>
      {claims.length > 0 && <ClaimsTable claims={claims} csrfToken={csrfToken} />}
      {openClaim ? (
        <p>{t('listingClaim.openNote')}</p>
      ) : (
        <ClaimForm usStates={usStates} csrfToken={csrfToken} refusal={refusal} />
      )}
    </section>
  );
}

function ClaimsTable({ claims, csrfToken }: { claims: MyClaimFieldsFragment[]; csrfToken: string }) {
  const { t, date, href } = useLocale();
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless listing-claims">
      <caption>{t('listingClaim.yoursHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('listingClaim.npiColumn')}</th>
          <th scope="col">{t('listingClaim.statusColumn')}</th>
          <th scope="col">{t('listingClaim.datesColumn')}</th>
          <th scope="col">{t('listingClaim.noteColumn')}</th>
          <th scope="col">{t('listingClaim.actionColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id}>
            <th scope="row" data-label={t('listingClaim.npiColumn')}>
              {claim.npi}
            </th>
            <td data-label={t('listingClaim.statusColumn')}>{t(`listingClaimStatus.${claim.status}`)}</td>
            <td data-label={t('listingClaim.datesColumn')}>
              {t('listingClaim.sent', { date: date(claim.createdAt) })},{' '}
              {claim.decidedAt
                ? t('listingClaim.decided', { date: date(claim.decidedAt) })
                : t('listingClaim.expires', { date: date(claim.expiresAt) })}
            </td>
            <td data-label={t('listingClaim.noteColumn')}>{claim.reason}</td>
            <td data-label={t('listingClaim.actionColumn')}>
              {claim.status === 'OPEN' && (
                <PostForm name={`claim-${claim.id}`} csrfToken={csrfToken} action={href('/my-listing')} className="">
                  <input type="hidden" name="claimId" value={claim.id} />
                  <button
                    className="usa-button usa-button--outline"
                    type="submit"
                    name="intent"
                    value="withdrawClaim"
                    aria-label={t('listingClaim.withdraw', { npi: claim.npi })}
                  >
                    {t('listingClaim.withdrawShort')}
                  </button>
                </PostForm>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ClaimForm({
  usStates,
  csrfToken,
  refusal,
}: {
  usStates: MyListingPageQuery['usStates'];
  csrfToken: string;
  refusal: (FormRefusal & { claimDraft: ClaimDraft }) | undefined;
}) {
  const { t, href } = useLocale();
  const errors = fieldErrorsOf(refusal, t);
  const labels = Object.fromEntries(
    Object.keys(errors).map((name) => [
      name,
      name === 'npi' ? t('listingClaim.npi').replace(/ \*$/, '') : rowFieldLabel(name, t),
    ]),
  );
  return (
    <PostForm name="claim" csrfToken={csrfToken} action={`${href('/my-listing')}#claim`}>
      <FormAlert
        form="claim"
        message={refusal && refusalText(refusal, 'listingClaim.refused', t)}
        fieldErrors={errors}
        labels={labels}
      />
      <TextField
        name="npi"
        label={t('listingClaim.npi')}
        hint={t('listingForm.npiHint')}
        value={refusal?.claimDraft.npi ?? ''}
        error={errors.npi}
        inputMode="numeric"
        required
      />
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">{t('listingClaim.licensesLegend')}</legend>
        <p className="usa-hint">{t('listingClaim.licensesHint')}</p>
        <LicenseRows
          form="claim"
          licenses={refusal?.claimDraft.licenses ?? []}
          errors={errors}
          usStates={usStates}
          blanks={Math.max(0, CLAIM_LICENSE_ROWS - (refusal?.claimDraft.licenses.length ?? 0))}
        />
      </fieldset>
      <button className="usa-button" type="submit" name="intent" value="claim">
        {t('listingClaim.submit')}
      </button>
    </PostForm>
  );
}
