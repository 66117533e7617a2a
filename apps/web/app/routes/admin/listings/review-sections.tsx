import type { ListingAuditFieldsFragment } from '../../../api/graphql.generated';
import { useLocale, type Locale } from '../../../components/locale';
import { catalogOf } from '../../../i18n/i18n';
import { diffRevision, type FieldDiff } from './listing-diff';
import { publicNameOf } from './listing-names';
import type { Route } from './+types/review';

export type ReviewData = Route.ComponentProps['loaderData'];

/** The listing as the public would see it on its profile page, once approved. */
export function PublicPreview({ review: { listing } }: { review: ReviewData }) {
  const { t } = useLocale();
  return (
    <section className="admin-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('adminReview.asPublic')}</h2>
      {listing.status !== 'APPROVED' && <p className="usa-tag">{t('adminReview.notYetPublic')}</p>}
      <h3>{publicNameOf(listing)}</h3>
      {listing.pronouns && <p>{t('provider.pronouns', { pronouns: listing.pronouns })}</p>}
      <p>{t('adminReview.legalName', { name: `${listing.firstName} ${listing.lastName}` })}</p>
      <p>{listing.acceptingNewPatients ? t('result.accepting') : t('result.notAccepting')}</p>
      {listing.bio && (
        <>
          <h4>{t('provider.about')}</h4>
          <p className="provider-profile__bio">{listing.bio}</p>
        </>
      )}
      <h4>{t('provider.specialties')}</h4>
      <ul className="usa-list">
        {listing.specialties.map((s) => (
          <li key={s.code}>{s.primary ? t('provider.primarySpecialty', { name: s.name }) : s.name}</li>
        ))}
      </ul>
      <h4>{t('provider.care')}</h4>
      <ul className="usa-list">
        {listing.careAttributes.map((a) => (
          <li key={a.slug}>{a.name}</li>
        ))}
      </ul>
      <h4>{t('provider.locations')}</h4>
      {listing.locations.map((location) => (
        <address className="provider-location" key={location.id}>
          {location.name && <strong>{location.name}</strong>}
          {location.name && <br />}
          {location.hideStreet || !location.street ? <em>{t('provider.streetHidden')}</em> : location.street}
          <br />
          {location.city}, {location.state} {location.zip}
        </address>
      ))}
      <h4>{t('provider.telehealth')}</h4>
      <p>
        {listing.offersTelehealth
          ? t('provider.telehealthStates', { states: listing.licenses.map((l) => l.state).join(', ') })
          : t('provider.noTelehealth')}
      </p>
      {listing.phone && <p>{t('provider.phone', { phone: listing.phone })}</p>}
      <h4>{t('provider.languages')}</h4>
      <p>{listing.languages.map((l) => l.name).join(', ')}</p>
      <h4>{t('provider.insurance')}</h4>
      {listing.insurancePlans.length > 0 ? (
        <ul className="usa-list">
          {listing.insurancePlans.map((plan) => (
            <li key={plan.slug}>{plan.name}</li>
          ))}
        </ul>
      ) : (
        <p>{t('provider.noInsurance')}</p>
      )}
    </section>
  );
}

/** The open revision, field by field, against the approved listing. */
export function ChangesSection({ review }: { review: ReviewData }) {
  const { t } = useLocale();
  const revision = review.listing.openRevision;
  const rows = revision
    ? diffRevision(review.listing, revision.changes, {
        specialty: (code) => review.specialtyNames[code] ?? code,
        careAttribute: (slug) => review.careAttributeNames[slug] ?? slug,
        primary: (name) => t('adminReview.primary', { name }),
        expiry: (expiresOn) => expiresOn ?? t('adminReview.expiryNotEntered'),
      })
    : [];
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('adminReview.changes')}</h2>
      {revision ? (
        <>
          <p>{t('adminReview.changesLead')}</p>
          <DiffTable rows={rows} />
        </>
      ) : (
        <p>{t('adminReview.noChanges')}</p>
      )}
    </section>
  );
}

function DiffTable({ rows }: { rows: FieldDiff[] }) {
  const { t } = useLocale();
  const lines = (values: string[]) => (values.length ? values.join('; ') : t('adminReview.none'));
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header admin-diff">
      <thead>
        <tr>
          <th scope="col">{t('adminReview.field')}</th>
          <th scope="col">{t('adminReview.approved')}</th>
          <th scope="col">{t('adminReview.proposed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={row.changed ? 'admin-diff__changed' : undefined}>
            <th scope="row" data-label={t('adminReview.field')}>
              {t(`adminReview.field.${row.field}`)}
            </th>
            <td data-label={t('adminReview.approved')}>
              {row.changed ? <del>{lines(row.approved)}</del> : lines(row.approved)}
            </td>
            <td data-label={t('adminReview.proposed')}>
              {row.changed ? <ins>{lines(row.proposed)}</ins> : t('adminReview.unchanged')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What approval rests on: the NPI, the licenses, the attestation and the evidence of each care attribute. */
export function EvidenceSections({ review: { listing, history } }: { review: ReviewData }) {
  const locale = useLocale();
  const { t, date } = locale;
  const npiCheck = history.findLast((event) => event.checks)?.checks?.npi;
  return (
    <>
      <section aria-labelledby="npi-heading">
        <h2 id="npi-heading">{t('adminReview.npiHeading')}</h2>
        <p>
          <strong>{listing.openRevision?.changes.npi ?? listing.npi}</strong>
        </p>
        <p>
          {npiCheck
            ? t(npiCheck.unique ? 'adminReview.npiUnique' : 'adminReview.npiShared')
            : t('adminReview.npiUnchecked')}
        </p>
      </section>
      <section aria-labelledby="licenses-heading">
        <h2 id="licenses-heading">{t('adminReview.licensesHeading')}</h2>
        <ul className="usa-list">
          {listing.licenses.map((l) => (
            <li key={l.id}>
              {licenseLine(l, locale)}
              {': '}
              {l.verification === 'VERIFIED' && l.verifiedAt && l.verificationSource
                ? t('adminReview.verifiedBy', { date: date(l.verifiedAt), source: l.verificationSource })
                : t(`adminReview.verification.${l.verification}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="attestation-heading">
        <h2 id="attestation-heading">{t('adminReview.attestationHeading')}</h2>
        {listing.attestation ? (
          <p>
            {t('adminReview.attestation', {
              version: listing.attestation.version,
              date: date(listing.attestation.attestedAt),
            })}{' '}
            {t(listing.attestation.current ? 'adminReview.attestationCurrent' : 'adminReview.attestationOutdated')}
          </p>
        ) : (
          <p>{t('adminReview.noAttestation')}</p>
        )}
      </section>
      <section aria-labelledby="care-evidence-heading">
        <h2 id="care-evidence-heading">{t('adminReview.careHeading')}</h2>
        <ul className="usa-list">
          {listing.careAttributes.map((a) => (
            <li key={a.slug}>
              {a.name}:{' '}
              {t('adminReview.evidence', {
                level: t(`adminReview.evidence.${a.evidence}`),
                date: date(a.evidencedOn),
              })}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** A license with its expiry, or with word that the provider has not entered it (a draft from the NPI registry). */
export function licenseLine(
  license: { state: string; licenseType: string; number: string; expiresOn: string | null },
  { t, date }: Locale,
): string {
  const names = { state: license.state, type: license.licenseType, number: license.number };
  return license.expiresOn
    ? t('adminReview.licenseLine', { ...names, date: date(license.expiresOn) })
    : t('adminReview.licenseLineUndated', names);
}

/** Every step taken on the listing, newest first. */
export function AuditTrail({ history }: { history: ListingAuditFieldsFragment[] }) {
  const locale = useLocale();
  const { t, date } = locale;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('adminReview.historyHeading')}</h2>
      {history.length === 0 ? (
        <p>{t('adminReview.historyEmpty')}</p>
      ) : (
        <ol className="usa-list admin-history" reversed>
          {[...history].reverse().map((event) => (
            <li key={event.id}>
              {t('adminReview.historyLine', {
                date: date(event.at),
                actor: event.actorName ?? t('adminReview.someone'),
                action: actionDoneText(event.action, locale),
              })}
              {event.fromStatus && event.toStatus && (
                <>
                  {' '}
                  (
                  {t('adminReview.historyMove', {
                    from: t(`listingStatus.${event.fromStatus}`),
                    to: t(`listingStatus.${event.toStatus}`),
                  })}
                  )
                </>
              )}
              {event.reason && <blockquote>{event.reason}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** "approved it", or the API's own name for a step this page has no words for (claims, say). */
export function actionDoneText(action: string, { t, lang }: Locale): string {
  const key = `adminActionDone.${action}`;
  return key in catalogOf(lang) ? t(key as `adminActionDone.APPROVE`) : action;
}
