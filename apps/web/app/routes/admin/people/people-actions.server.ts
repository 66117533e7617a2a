import { data, redirect, type AppLoadContext } from 'react-router';
import {
  type AccountDecisionInput,
  ApproveAccountDocument,
  ReinstateAccountDocument,
  RejectAccountDocument,
  SuspendAccountDocument,
  type TypedDocumentString,
  VerifyTherapistLicenseDocument,
} from '../../../api/graphql.generated';
import { type ApiRefusal, WorkspaceApi } from '../../../api/workspace-api.server';
import { readForm } from '../../../workspace/form-data';
import { type Decision, isDecision, needsReason, type Notice, type PeopleActionData } from './people-decisions';

const MUTATIONS: Record<Decision, TypedDocumentString<unknown, { input: AccountDecisionInput }>> = {
  approve: ApproveAccountDocument,
  reject: RejectAccountDocument,
  suspend: SuspendAccountDocument,
  reinstate: ReinstateAccountDocument,
};

/**
 * The people pages' posts: record a license verification, or confirm a decision about an account. Done, back to the
 * same page (its decision form closed) saying so; refused, the page again with the message and the admin's words.
 */
export async function runPeopleAction(request: Request, context: AppLoadContext) {
  const form = await readForm(request);
  const intent = form.text('intent');
  const values = {
    reason: form.text('reason').trim(),
    source: form.text('source').trim(),
    note: form.text('note').trim(),
  };
  const api = new WorkspaceApi(context.api, request);
  if (intent === 'verify') {
    const licenseId = form.text('license');
    const refused = (fields: PeopleActionData['fieldErrors'], alert: PeopleActionData['alert'], status: number) =>
      data<PeopleActionData>(
        { form: `verify-${licenseId}`, values, fieldErrors: fields, alert, stale: false },
        { status },
      );
    if (values.source.length < 3) return refused({ source: 'therapists.sourceRequired' }, null, 400);
    const outcome = await api.run(VerifyTherapistLicenseDocument, {
      input: { id: licenseId, source: values.source, note: values.note || null },
    });
    if (!outcome.ok) return refused({}, alertOf(outcome.refusal), statusOf(outcome.refusal));
    throw redirect(doneUrl(request, 'verify', form.text('account')));
  }
  if (!isDecision(intent)) throw new Response(null, { status: 400 });
  return decide(api, request, intent, form.text('account'), values);
}

async function decide(
  api: WorkspaceApi,
  request: Request,
  decision: Decision,
  accountId: string,
  values: PeopleActionData['values'],
) {
  const refused = (result: Partial<PeopleActionData>, status: number) =>
    data<PeopleActionData>(
      { form: 'decide', values, fieldErrors: {}, alert: null, stale: false, ...result },
      { status },
    );
  if (needsReason(decision) && !values.reason)
    return refused({ fieldErrors: { reason: 'decision.reasonRequired' } }, 400);
  const outcome = await api.run(MUTATIONS[decision], { input: { id: accountId, reason: values.reason || null } });
  if (outcome.ok) throw redirect(doneUrl(request, decision, accountId));
  const stale = outcome.refusal.reason === 'AUTH.INVALID_ACCOUNT_TRANSITION';
  return refused({ alert: alertOf(outcome.refusal), stale }, statusOf(outcome.refusal));
}

/** The page posted from, its decision form closed, saying what was done (scrolled to the account it was about). */
function doneUrl(request: Request, done: string, accountId: string): string {
  const url = new URL(request.url);
  url.searchParams.delete('decide');
  url.searchParams.delete('account');
  url.searchParams.set('done', done);
  return `${url.pathname}?${url.searchParams.toString()}#account-${accountId}`;
}

function alertOf(refusal: ApiRefusal): Notice | { text: string } {
  if (refusal.reason === 'AUTH.INVALID_ACCOUNT_TRANSITION') {
    return { key: 'decision.stale', values: { status: refusal.fieldErrors.status ?? '' } };
  }
  if (refusal.reason === 'AUTH.LICENSE_UNVERIFIED') return { key: 'decision.unverified' };
  if (refusal.code === 'NOT_FOUND') return { key: 'decision.gone' };
  return { text: refusal.message };
}

const statusOf = (refusal: ApiRefusal) =>
  refusal.code === 'CONFLICT' ? 409 : refusal.code === 'NOT_FOUND' ? 404 : 400;
