import type { ReactNode } from 'react';
import { data, redirect } from 'react-router';
import { DirectoryApi } from '../../api/directory-api.server';
import { ReceivedReferralDocument, type ReceivedReferralQuery } from '../../api/graphql.generated';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { RouteErrorPage } from '../../components/error-pages';
import { useLocale } from '../../components/locale';
import { INTENTS_BY_STATUS, isIntent } from '../../inbox/referral-answers';
import { postedAnswerOf, sendAnswer } from '../../inbox/referral-answers.server';
import { ReferralAnswers } from '../../inbox/referral-answer-forms';
import { reasonLabel } from '../../inbox/referral-wording';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { readForm } from '../../workspace/form-data';
import { requireAccount } from '../../workspace/guard.server';
import type { Route } from './+types/referral';

type ReceivedReferral = ReceivedReferralQuery['referral'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The referral's id from the address; anything that cannot be one is a page that does not exist. */
function referralIdOf(params: Route.LoaderArgs['params']): string {
  if (!UUID.test(params.id)) throw new Response(null, { status: 404 });
  return params.id;
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  requireAccount(request, context, 'PROVIDER');
  const id = referralIdOf(params);
  const locale = requestLocale(request);
  // Reading it as its provider marks a new referral VIEWED: the API does so, and tells the therapist.
  const [{ referral }, vocabularies] = await Promise.all([
    new WorkspaceApi(context.api, request).read(ReceivedReferralDocument, { id }),
    new DirectoryApi(context.api).vocabularies(locale.lang),
  ]);
  const done = new URL(request.url).searchParams.get('done');
  const attributeNames = new Map(vocabularies.careAttributes.map((attribute) => [attribute.slug, attribute.name]));
  return {
    title: workspaceTitle(locale, 'title.inboxReferral'),
    csrfToken: context.csrfToken(),
    referral,
    stateName: vocabularies.usStates.find((state) => state.code === referral.clientState)?.name ?? referral.clientState,
    accommodations: referral.accommodations.map((slug) => attributeNames.get(slug) ?? slug),
    done: isIntent(done) ? done : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  requireAccount(request, context, 'PROVIDER');
  const id = referralIdOf(params);
  const locale = requestLocale(request);
  const posted = postedAnswerOf(await readForm(request));
  const refused = await sendAnswer(new WorkspaceApi(context.api, request), id, posted, locale);
  if (!refused) throw redirect(locale.href(`/inbox/${id}`, new URLSearchParams({ done: posted.intent })));
  if (refused.status === 404) throw new Response(null, { status: 404 });
  return data(refused, { status: refused.status });
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function InboxReferral({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, date } = useLocale();
  const { referral, csrfToken, done } = loaderData;
  return (
    <main id="main-content" className="grid-container workspace-page inbox-referral">
      <p>
        <a href={href('/inbox')}>{t('inbox.backToInbox')}</a>
      </p>
      <h1>{t('inboxReferral.heading', { date: date(referral.createdAt) })}</h1>
      {actionData ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{actionData.message}</p>
          </div>
        </div>
      ) : (
        done && (
          <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t(`inboxReferral.done.${done}`)}</p>
            </div>
          </div>
        )
      )}
      <p className="inbox-referral__status">
        {t('inboxReferral.status', { status: t(`inbox.status.${referral.status}`) })}
      </p>
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-7">
          <ReferralFacts
            referral={referral}
            stateName={loaderData.stateName}
            accommodations={loaderData.accommodations}
          />
          <ClientDetails client={referral.client} unanswered={isUnanswered(referral)} />
        </div>
        <div className="desktop:grid-col-5">
          <section aria-labelledby="answer-heading">
            <h2 id="answer-heading">{t('inboxReferral.actionsHeading')}</h2>
            {INTENTS_BY_STATUS[referral.status] ? (
              <ReferralAnswers
                referralId={referral.id}
                intents={INTENTS_BY_STATUS[referral.status] ?? []}
                csrfToken={csrfToken}
                posted={actionData}
              />
            ) : (
              <p>{t('inboxReferral.closed')}</p>
            )}
          </section>
          <section aria-labelledby="therapist-heading">
            <h2 id="therapist-heading">{t('inboxReferral.therapistHeading')}</h2>
            <p>
              {t('inboxReferral.therapistText', { name: referral.therapist.name, email: referral.therapist.email })}
            </p>
          </section>
        </div>
      </div>
    </main>
  );
}

const isUnanswered = ({ status }: ReceivedReferral) => status === 'SENT' || status === 'VIEWED';

function ReferralFacts({
  referral,
  stateName,
  accommodations,
}: {
  referral: ReceivedReferral;
  stateName: string;
  accommodations: string[];
}) {
  const locale = useLocale();
  const { t, date } = locale;
  const facts: Array<[string, string]> = [
    [t('inboxReferral.reason'), reasonLabel(referral.reason, locale)],
    [t('inboxReferral.urgency'), t(`inbox.urgency.${referral.urgency}`)],
    [t('inboxReferral.clientState'), stateName],
    [t('inboxReferral.modality'), t(`inboxReferral.modality.${referral.modality}`)],
    [t('inboxReferral.accommodations'), accommodations.join(', ') || t('inboxReferral.noAccommodations')],
  ];
  if (isUnanswered(referral)) facts.push([t('inboxReferral.answerBy'), date(referral.expiresAt)]);
  if (referral.status === 'SCHEDULED') {
    facts.push([
      t('inboxReferral.scheduledFor'),
      referral.scheduledFor ? date(referral.scheduledFor) : t('inboxReferral.scheduledWithoutDate'),
    ]);
  }
  if (referral.declineReason) {
    facts.push([t('inboxReferral.declineReason'), t(`inbox.declineReason.${referral.declineReason}`)]);
  }
  return (
    <section aria-labelledby="needs-heading">
      <h2 id="needs-heading">{t('inboxReferral.detailsHeading')}</h2>
      <FactList facts={facts} />
      {referral.warnings.includes('NOT_ACCEPTING_NEW_PATIENTS') && <p>{t('inboxReferral.notAcceptingWarning')}</p>}
    </section>
  );
}

function ClientDetails({ client, unanswered }: { client: ReceivedReferral['client']; unanswered: boolean }) {
  const { t } = useLocale();
  const notGiven = t('inboxReferral.notGiven');
  return (
    <section aria-labelledby="client-heading">
      <h2 id="client-heading">{t('inboxReferral.clientHeading')}</h2>
      {client ? (
        <FactList
          facts={[
            [t('inboxReferral.clientName'), client.name],
            [t('inboxReferral.preferredContact'), t(`inbox.contact.${client.preferredContact}`)],
            [
              t('inboxReferral.clientEmail'),
              client.email ? <a href={`mailto:${client.email}`}>{client.email}</a> : notGiven,
            ],
            [
              t('inboxReferral.clientPhone'),
              client.phone ? <a href={`tel:${client.phone}`}>{client.phone}</a> : notGiven,
            ],
            [t('inboxReferral.clientNote'), client.note ?? notGiven],
          ]}
        />
      ) : (
        <p>{t(unanswered ? 'inboxReferral.clientHidden' : 'inboxReferral.clientNeverReleased')}</p>
      )}
    </section>
  );
}

function FactList({ facts }: { facts: Array<[string, ReactNode]> }) {
  return (
    <dl className="inbox-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
