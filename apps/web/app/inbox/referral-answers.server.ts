import {
  AcceptReferralDocument,
  CompleteReferralDocument,
  DeclineReferralDocument,
  MarkReferralCouldNotContactDocument,
  MarkReferralNoShowDocument,
  ScheduleReferralDocument,
} from '../api/graphql.generated';
import type { ApiOutcome, WorkspaceApi } from '../api/workspace-api.server';
import type { Locale } from '../components/locale';
import type { PostedForm } from '../workspace/form-data';
import { DECLINE_REASONS, isIntent, type Intent, type PostedAnswer, type RefusedAnswer } from './referral-answers';

export function postedAnswerOf(form: PostedForm): PostedAnswer {
  return { intent: form.text('intent'), declineReason: form.text('reason'), scheduleDate: form.text('date').trim() };
}

/** Sends the provider's answer to the API; null when it was recorded. */
export async function sendAnswer(
  api: WorkspaceApi,
  id: string,
  posted: PostedAnswer,
  { t }: Locale,
): Promise<RefusedAnswer | null> {
  const refused = (
    status: RefusedAnswer['status'],
    message: string,
    fieldErrors: RefusedAnswer['fieldErrors'] = {},
  ) => ({
    ...posted,
    status,
    message,
    fieldErrors,
  });
  if (!isIntent(posted.intent)) return refused(400, t('inboxReferral.unknownAction'));
  const send = mutationFor(posted.intent, id, posted);
  if (!send) return refused(400, t('inboxReferral.refused'), { declineReason: t('inbox.fieldError.declineReason') });
  const outcome = await send(api);
  if (outcome.ok) return null;
  const { refusal } = outcome;
  if (refusal.code === 'NOT_FOUND' || refusal.code === 'FORBIDDEN') return refused(404, refusal.message);
  // A stale page or another person's answer first: the API refuses a change the current status does not allow.
  if (refusal.code === 'CONFLICT') return refused(409, t('inboxReferral.conflict'));
  if (refusal.code === 'RATE_LIMITED' || refusal.code === 'TOO_MANY_REQUESTS') {
    return refused(429, t('inboxReferral.tooMany'));
  }
  // A field the form names is said beside it; anything else, in the API's words.
  if (refusal.fieldErrors.date) {
    return refused(400, t('inboxReferral.refused'), { scheduleDate: t('inbox.fieldError.scheduleDate') });
  }
  return refused(400, `${t('inboxReferral.refused')} ${refusal.message}`);
}

type Mutation = (api: WorkspaceApi) => Promise<ApiOutcome<unknown>>;

/** The API call for an answer; null for a decline without a reason from the list, the one field checked here. */
function mutationFor(intent: Intent, id: string, posted: PostedAnswer): Mutation | null {
  switch (intent) {
    case 'accept':
      return (api) => api.run(AcceptReferralDocument, { id });
    case 'decline': {
      const reason = DECLINE_REASONS.find((known) => known === posted.declineReason);
      return reason ? (api) => api.run(DeclineReferralDocument, { id, reason }) : null;
    }
    case 'schedule':
      return (api) => api.run(ScheduleReferralDocument, { id, date: posted.scheduleDate || null });
    case 'complete':
      return (api) => api.run(CompleteReferralDocument, { id });
    case 'no-show':
      return (api) => api.run(MarkReferralNoShowDocument, { id });
    case 'could-not-contact':
      return (api) => api.run(MarkReferralCouldNotContactDocument, { id });
  }
}
