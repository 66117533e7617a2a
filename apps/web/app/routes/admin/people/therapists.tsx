import { AdminAccountsDocument, type ReviewedAccountFragment } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { TextArea, TextField } from '../../../components/form-fields';
import { useLocale } from '../../../components/locale';
import { FormAlert, PostForm } from '../../../components/post-form';
import { Pager } from '../../../components/search-results';
import { pageLinksOf } from '../../../search/search-query';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { requireAdmin } from '../../../workspace/guard.server';
import { runPeopleAction } from './people-actions.server';
import { DecisionLink, DecisionPanel, PageAlert, useNoticeText, withDecisionOpen } from './people-components';
import { doneNotice, isDecision, type PeopleActionData } from './people-decisions';
import type { Route } from './+types/therapists';

const PAGE_SIZE = 10;
const PATH = '/admin/therapists';

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const query = new URL(request.url).searchParams;
  const { accounts } = await new WorkspaceApi(context.api, request).read(AdminAccountsDocument, {
    status: 'PENDING_APPROVAL',
    first: PAGE_SIZE,
    after: query.get('cursor'),
  });
  const listQuery = new URLSearchParams();
  for (const name of ['cursor', 'prev']) for (const value of query.getAll(name)) listQuery.append(name, value);
  const decide = query.get('decide');
  return {
    title: workspaceTitle(requestLocale(request), 'title.adminTherapists'),
    csrfToken: context.csrfToken(),
    therapists: accounts.nodes,
    pageInfo: accounts.pageInfo,
    listQuery: listQuery.toString(),
    deciding: isDecision(decide) ? { decision: decide, accountId: query.get('account') } : null,
    done: doneNotice(query.get('done')) ?? null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAdmin(context);
  return runPeopleAction(request, context);
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function Therapists({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useLocale();
  const noticeText = useNoticeText();
  const { therapists, pageInfo, listQuery, done } = loaderData;
  const links = pageLinksOf(new URLSearchParams(listQuery), pageInfo.endCursor, pageInfo.hasNextPage);
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('therapists.heading')}</h1>
      <p className="usa-intro">{t('therapists.lead')}</p>
      <PageAlert kind="success" text={!actionData && done ? t(done) : undefined} />
      <PageAlert kind="error" text={actionData?.stale && actionData.alert ? noticeText(actionData.alert) : undefined} />
      {therapists.length === 0 && <p>{t('therapists.none')}</p>}
      {therapists.map((therapist) => (
        <TherapistCard key={therapist.id} therapist={therapist} loaderData={loaderData} actionData={actionData} />
      ))}
      <Pager links={links} path={PATH} />
    </main>
  );
}

type Loaded = Route.ComponentProps['loaderData'];

function TherapistCard({
  therapist,
  loaderData,
  actionData,
}: {
  therapist: ReviewedAccountFragment;
  loaderData: Loaded;
  actionData: PeopleActionData | undefined;
}) {
  const { t, href, date } = useLocale();
  const { deciding, csrfToken, listQuery } = loaderData;
  const query = new URLSearchParams(listQuery);
  const licenses = therapist.licenses ?? [];
  const verified = licenses.some((license) => license.verification);
  const decision = deciding?.accountId === therapist.id && !actionData?.stale ? deciding.decision : null;
  const hintId = `account-${therapist.id}-approval-hint`;
  return (
    <article className="people-card" id={`account-${therapist.id}`} aria-labelledby={`account-${therapist.id}-name`}>
      <h2 id={`account-${therapist.id}-name`}>{therapist.displayName}</h2>
      <ul className="usa-list usa-list--unstyled people-card__facts">
        <li>{therapist.email}</li>
        <li>{t(therapist.emailConfirmed ? 'people.emailConfirmed' : 'people.emailNotConfirmed')}</li>
        <li>{t('therapists.waitingSince', { date: date(therapist.createdAt) })}</li>
        <li>
          <a href={href(`/admin/accounts/${therapist.id}`)}>
            {t('therapists.auditTrail')}
            <span className="usa-sr-only">: {therapist.displayName}</span>
          </a>
        </li>
      </ul>
      <h3>{t('therapists.licenses')}</h3>
      {licenses.length === 0 && <p>{t('therapists.noLicenses')}</p>}
      {licenses.map((license) => (
        <LicenseItem
          key={license.id}
          license={license}
          accountId={therapist.id}
          csrfToken={csrfToken}
          action={href(PATH, query)}
          actionData={actionData}
        />
      ))}
      {decision ? (
        <DecisionPanel
          decision={decision}
          account={therapist}
          csrfToken={csrfToken}
          action={href(PATH, withDecisionOpen(query, decision, therapist.id))}
          cancelTo={`${href(PATH, query)}#account-${therapist.id}`}
          actionData={actionData}
        />
      ) : (
        <div className="people-card__decisions">
          <DecisionLink
            decision="approve"
            path={PATH}
            query={query}
            accountId={therapist.id}
            describedBy={verified ? undefined : hintId}
          />
          <DecisionLink decision="reject" path={PATH} query={query} accountId={therapist.id} />
          {!verified && (
            <p className="usa-hint" id={hintId}>
              {t('therapists.needsVerifiedLicense')}
            </p>
          )}
        </div>
      )}
    </article>
  );
}

type License = NonNullable<ReviewedAccountFragment['licenses']>[number];

function LicenseItem({
  license,
  accountId,
  csrfToken,
  action,
  actionData,
}: {
  license: License;
  accountId: string;
  csrfToken: string;
  action: string;
  actionData: PeopleActionData | undefined;
}) {
  const { t, date } = useLocale();
  const noticeText = useNoticeText();
  const formName = `verify-${license.id}`;
  const posted = actionData?.form === formName ? actionData : undefined;
  const { verification } = license;
  return (
    <div className="people-license">
      <p className="people-license__name">
        <strong>
          {t('therapists.license', { state: license.state, type: license.licenseType, number: license.number })}
        </strong>
        {license.npi && <> · {t('therapists.npi', { npi: license.npi })}</>}
      </p>
      {verification ? (
        <p>
          <span className="usa-tag people-tag--verified">
            {t('therapists.verified', { date: date(verification.verifiedAt), source: verification.source })}
          </span>
          {verification.note && <> {verification.note}</>}
        </p>
      ) : (
        <>
          <p>
            <span className="usa-tag people-tag--unverified">{t('therapists.notVerified')}</span>
          </p>
          <PostForm name={formName} csrfToken={csrfToken} action={action} className="usa-form people-verify">
            <FormAlert form={formName} message={posted?.alert ? noticeText(posted.alert) : undefined} />
            <input type="hidden" name="intent" value="verify" />
            <input type="hidden" name="license" value={license.id} />
            <input type="hidden" name="account" value={accountId} />
            <TextField
              name="source"
              label={t('therapists.source')}
              hint={t('therapists.sourceHint')}
              value={posted?.values.source ?? ''}
              error={posted?.fieldErrors.source && t(posted.fieldErrors.source)}
              maxLength={200}
              required
            />
            <TextArea
              name="note"
              label={t('therapists.note')}
              hint={t('therapists.noteHint')}
              value={posted?.values.note ?? ''}
              maxLength={1000}
            />
            <button className="usa-button usa-button--outline" type="submit">
              {t('therapists.recordVerification')}
            </button>
          </PostForm>
        </>
      )}
    </div>
  );
}
