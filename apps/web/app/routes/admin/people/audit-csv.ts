import { AdminAccountDocument } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { requireAdmin } from '../../../workspace/guard.server';
import { csvDownload, csvOf } from '../../../admin/exports/csv';
import type { Route } from './+types/audit-csv';

const HEADER = ['at', 'action', 'from_status', 'to_status', 'actor', 'actor_account_id', 'reason'];

/** The account's audit trail as a spreadsheet: every event, oldest first, in the API's own words. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  requireAdmin(context);
  const { accountHistory } = await new WorkspaceApi(context.api, request).read(AdminAccountDocument, { id: params.id });
  const rows = accountHistory.map((event) => [
    event.at,
    event.action,
    event.fromStatus ?? '',
    event.toStatus,
    event.actorDisplayName ?? '',
    event.actorAccountId ?? '',
    event.reason ?? '',
  ]);
  return csvDownload(`account-${params.id}-audit.csv`, csvOf(HEADER, rows));
}
