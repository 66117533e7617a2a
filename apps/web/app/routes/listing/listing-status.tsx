import type { MyListingFieldsFragment } from '../../api/graphql.generated';
import { useLocale } from '../../components/locale';
import { FormAlert, PostForm } from '../../components/post-form';
import { canSubmit, canWithdraw } from './listing-rules';
import { refusalText, type FormRefusal } from './listing-refusal';

/** Where the listing stands and what happens next, in plain words, with the steps its status allows. */
export function ListingStatusPanel({
  listing,
  hasOpenClaim,
  csrfToken,
  refusal,
}: {
  listing: MyListingFieldsFragment | null;
  hasOpenClaim: boolean;
  csrfToken: string;
  refusal: FormRefusal | undefined;
}) {
  const { t, date } = useLocale();
  const revision = listing?.openRevision;
  return (
    <section className="usa-summary-box listing-status" aria-labelledby="listing-status-heading">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="listing-status-heading">
          {t('myListing.statusHeading')}
        </h2>
        {refusal && <FormAlert form="status" message={refusalText(refusal, 'listingActions.refused', t)} />}
        {listing ? (
          <>
            <p>
              <strong>{t('myListing.statusLabel')}</strong> {t(`listingStatus.${listing.status}`)}.{' '}
              {t('myListing.since', { date: date(listing.statusChangedAt) })}
            </p>
            <p>{t(`listingNext.${listing.status}`)}</p>
            {listing.reverifyOn && listing.status === 'APPROVED' && (
              <p>{t('myListing.reverifyOn', { date: date(listing.reverifyOn) })}</p>
            )}
            {revision && (
              <>
                <h3>{t('listingRevision.heading')}</h3>
                <p>
                  <strong>{t('myListing.statusLabel')}</strong> {t(`listingStatus.${revision.status}`)}.{' '}
                  {revision.status in REVISION_NEXT && t(REVISION_NEXT[revision.status as keyof typeof REVISION_NEXT])}
                </p>
              </>
            )}
            {listing.decisionNote && (
              <div className="listing-decision-note">
                <h3>{t('myListing.decisionNoteHeading', { date: date(listing.decisionNote.decidedAt) })}</h3>
                <blockquote>{listing.decisionNote.reason}</blockquote>
              </div>
            )}
            <ListingSteps listing={listing} csrfToken={csrfToken} />
          </>
        ) : (
          <p>{hasOpenClaim ? t('listingNext.claimOpen') : t('listingNext.none')}</p>
        )}
      </div>
    </section>
  );
}

const REVISION_NEXT = {
  DRAFT: 'listingRevision.DRAFT',
  SUBMITTED: 'listingRevision.SUBMITTED',
  IN_REVIEW: 'listingRevision.IN_REVIEW',
  CHANGES_REQUESTED: 'listingRevision.CHANGES_REQUESTED',
} as const;

function ListingSteps({ listing, csrfToken }: { listing: MyListingFieldsFragment; csrfToken: string }) {
  const { t, href } = useLocale();
  return (
    <>
      {canSubmit(listing) && (
        <PostForm name="submit" csrfToken={csrfToken} action={href('/my-listing')} className="listing-step">
          <p>{t('listingActions.submitHint')}</p>
          <button className="usa-button" type="submit" name="intent" value="submit">
            {t('listingActions.submit')}
          </button>
        </PostForm>
      )}
      {canWithdraw(listing) && (
        <PostForm name="withdraw" csrfToken={csrfToken} action={href('/my-listing')} className="listing-step">
          <button className="usa-button usa-button--outline" type="submit" name="intent" value="withdraw">
            {t('listingActions.withdraw')}
          </button>
        </PostForm>
      )}
    </>
  );
}
