import type { AccountStatus } from '../../../api/graphql.generated';
import { TextArea } from '../../../components/form-fields';
import { useLocale } from '../../../components/locale';
import { FormAlert, PostForm } from '../../../components/post-form';
import type { MessageKey } from '../../../i18n/messages.en';
import { type Decision, needsReason, type Notice, type PeopleActionData } from './people-decisions';

const HEADINGS: Record<Decision, MessageKey> = {
  approve: 'decision.approveHeading',
  reject: 'decision.rejectHeading',
  suspend: 'decision.suspendHeading',
  reinstate: 'decision.reinstateHeading',
};
const EFFECTS: Record<Decision, MessageKey> = {
  approve: 'decision.approveEffect',
  reject: 'decision.rejectEffect',
  suspend: 'decision.suspendEffect',
  reinstate: 'decision.reinstateEffect',
};
const CONFIRMS: Record<Decision, MessageKey> = {
  approve: 'decision.confirmApprove',
  reject: 'decision.confirmReject',
  suspend: 'decision.confirmSuspend',
  reinstate: 'decision.confirmReinstate',
};
const OPENERS: Record<Decision, MessageKey> = {
  approve: 'therapists.approve',
  reject: 'therapists.reject',
  suspend: 'decision.suspend',
  reinstate: 'decision.reinstate',
};

/** An alert translated on the page: a key with its values (a status among them), or the API's own words. */
export function useNoticeText(): (notice: Notice | { text: string }) => string {
  const { t } = useLocale();
  return (notice) => {
    if ('text' in notice) return notice.text;
    const status = notice.values?.status;
    const values = status ? { ...notice.values, status: t(`accountStatus.${status as AccountStatus}`) } : notice.values;
    return t(notice.key, values);
  };
}

export function PageAlert({ text, kind }: { text: string | undefined; kind: 'success' | 'error' }) {
  if (!text) return null;
  return (
    <div className={`usa-alert usa-alert--${kind} usa-alert--slim`} role={kind === 'error' ? 'alert' : 'status'}>
      <div className="usa-alert__body">
        <p className="usa-alert__text">{text}</p>
      </div>
    </div>
  );
}

/** The page's query (its paging kept) with one account's decision open. */
export function withDecisionOpen(query: URLSearchParams, decision: Decision, accountId: string): URLSearchParams {
  const opened = new URLSearchParams(query);
  opened.set('decide', decision);
  opened.set('account', accountId);
  return opened;
}

/** The first step of a decision: a link that opens its confirmation (a GET: nothing changes yet). */
export function DecisionLink({
  decision,
  path,
  query,
  accountId,
  describedBy,
}: {
  decision: Decision;
  path: string;
  query: URLSearchParams;
  accountId: string;
  describedBy?: string;
}) {
  const { t, href } = useLocale();
  const secondary = decision === 'reject' || decision === 'suspend' ? ' usa-button--secondary' : '';
  return (
    <a
      className={`usa-button${secondary}`}
      href={href(path, withDecisionOpen(query, decision, accountId))}
      aria-describedby={describedBy}
    >
      {t(OPENERS[decision])}
    </a>
  );
}

/** The second step: what the decision does, the reason it is recorded with, and the button that makes it. */
export function DecisionPanel({
  decision,
  account,
  csrfToken,
  action,
  cancelTo,
  actionData,
}: {
  decision: Decision;
  account: { id: string; displayName: string };
  csrfToken: string;
  action: string;
  cancelTo: string;
  actionData: PeopleActionData | undefined;
}) {
  const { t } = useLocale();
  const noticeText = useNoticeText();
  const posted = actionData?.form === 'decide' ? actionData : undefined;
  const headingId = `decide-${account.id}-heading`;
  return (
    <section className="people-decision" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(HEADINGS[decision], { name: account.displayName })}</h3>
      <p>{t(EFFECTS[decision])}</p>
      <PostForm name="decide" csrfToken={csrfToken} action={action} className="usa-form">
        <FormAlert form="decide" message={posted?.alert ? noticeText(posted.alert) : undefined} />
        <input type="hidden" name="intent" value={decision} />
        <input type="hidden" name="account" value={account.id} />
        {needsReason(decision) && (
          <TextArea
            name="reason"
            label={t('decision.reason')}
            hint={t('decision.reasonHint')}
            value={posted?.values.reason ?? ''}
            error={posted?.fieldErrors.reason && t(posted.fieldErrors.reason)}
            maxLength={1000}
            required
          />
        )}
        <div className="people-decision__buttons">
          <button className="usa-button" type="submit">
            {t(CONFIRMS[decision])}
          </button>
          <a className="usa-button usa-button--unstyled" href={cancelTo}>
            {t('decision.cancel')}
          </a>
        </div>
      </PostForm>
    </section>
  );
}
