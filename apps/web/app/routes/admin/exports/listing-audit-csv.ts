import { csvDownload, csvOf } from '../../../admin/exports/csv';
import { auditSubject } from '../../../admin/exports/audit-export.server';
import { ListingAuditTrailDocument } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { requestLocale } from '../../../seo/page-meta';
import type { Route } from './+types/listing-audit-csv';

/** A listing's vetting audit trail, oldest first, as a CSV download. */
export async function loader({ request, context, params }: Route.LoaderArgs): Promise<Response> {
  const id = auditSubject(context, params.id);
  const { listingHistory } = await new WorkspaceApi(context.api, request).read(ListingAuditTrailDocument, { id });
  const { t } = requestLocale(request);
  const header = [
    t('audit.at'),
    t('audit.action'),
    t('audit.fromStatus'),
    t('audit.toStatus'),
    t('audit.actor'),
    t('audit.reason'),
    t('audit.revision'),
    t('audit.claim'),
  ];
  const rows = listingHistory.map((event) => [
    event.at,
    event.action,
    event.fromStatus,
    event.toStatus,
    event.actorAccountId,
    event.reason,
    event.revisionId,
    event.claimId,
  ]);
  return csvDownload(`listing-${id}-audit.csv`, csvOf(header, rows));
}
