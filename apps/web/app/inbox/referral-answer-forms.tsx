import type { ReactNode } from 'react';
import { SelectField, TextField } from '../components/form-fields';
import { useLocale } from '../components/locale';
import { PostForm } from '../components/post-form';
import type { MessageKey } from '../i18n/messages.en';
import { DECLINE_REASONS, type AnswerField, type Intent, type PostedAnswer } from './referral-answers';

/** What the page shows again after a refused answer: what was typed, and what is wrong beside its field. */
type Posted = PostedAnswer & { fieldErrors: Partial<Record<AnswerField, string>> };

// Each answer: the sentence that says what happens next, and its one button.
const WORDING: Record<Intent, { explained: MessageKey; button: MessageKey; buttonStyle: string }> = {
  accept: { explained: 'inboxReferral.acceptExplained', button: 'inboxReferral.accept', buttonStyle: '' },
  decline: {
    explained: 'inboxReferral.declineExplained',
    button: 'inboxReferral.decline',
    buttonStyle: 'usa-button--secondary',
  },
  schedule: { explained: 'inboxReferral.scheduleExplained', button: 'inboxReferral.schedule', buttonStyle: '' },
  complete: { explained: 'inboxReferral.completeExplained', button: 'inboxReferral.complete', buttonStyle: '' },
  'no-show': {
    explained: 'inboxReferral.noShowExplained',
    button: 'inboxReferral.noShow',
    buttonStyle: 'usa-button--outline',
  },
  'could-not-contact': {
    explained: 'inboxReferral.couldNotContactExplained',
    button: 'inboxReferral.couldNotContact',
    buttonStyle: 'usa-button--outline',
  },
};

/** One plain form per answer the referral's status allows. */
export function ReferralAnswers({
  referralId,
  intents,
  csrfToken,
  posted,
}: {
  referralId: string;
  intents: readonly Intent[];
  csrfToken: string;
  posted: Posted | undefined;
}) {
  const { t, href } = useLocale();
  return intents.map((intent) => {
    const wording = WORDING[intent];
    const mine = posted?.intent === intent ? posted : undefined;
    return (
      <PostForm
        key={intent}
        name={intent}
        csrfToken={csrfToken}
        action={href(`/inbox/${referralId}`)}
        className="usa-form inbox-answer"
      >
        <input type="hidden" name="intent" value={intent} />
        <p>{t(wording.explained)}</p>
        <AnswerFields intent={intent} posted={mine} />
        <button className={`usa-button ${wording.buttonStyle}`.trim()} type="submit">
          {t(wording.button)}
        </button>
      </PostForm>
    );
  });
}

function AnswerFields({ intent, posted }: { intent: Intent; posted: Posted | undefined }): ReactNode {
  const { t } = useLocale();
  if (intent === 'decline') {
    return (
      <SelectField
        name="reason"
        label={t('inboxReferral.declineReasonLabel')}
        value={posted?.declineReason ?? ''}
        emptyLabel={t('inboxReferral.chooseReason')}
        options={DECLINE_REASONS.map((reason) => ({ value: reason, label: t(`inbox.declineReason.${reason}`) }))}
        error={posted?.fieldErrors.declineReason}
      />
    );
  }
  if (intent === 'schedule') {
    return (
      <TextField
        name="date"
        type="date"
        label={t('inboxReferral.scheduleDate')}
        hint={t('inboxReferral.scheduleDateHint')}
        value={posted?.scheduleDate ?? ''}
        error={posted?.fieldErrors.scheduleDate}
      />
    );
  }
  return null;
}
