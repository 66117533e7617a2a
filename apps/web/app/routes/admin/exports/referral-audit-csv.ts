import { csvDownload, csvOf } from '../../../admin/exports/csv';
import { auditSubject } from '../../../admin/exports/audit-export.server';
import { ReferralAuditTrailDocument } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { requestLocale } from '../../../seo/page-meta';
import type { Route } from './+types/referral-audit-csv';

/** A referral's audit trail as a CSV download: who did or read what, and when; nothing about the client. */
export async function loader({ request, context, params }: Route.LoaderArgs): Promise<Response> {
  const id = auditSubject(context, params.id);
  const { referralAudit } = await new WorkspaceApi(context.api, request).read(ReferralAuditTrailDocument, { id });
  const { t } = requestLocale(request);
  const header = [t('audit.at'), t('audit.action'), t('audit.actorRole'), t('audit.actor')];
  const rows = referralAudit.map((entry) => [entry.at, entry.action, entry.actorRole, entry.actorAccountId]);
  return csvDownload(`referral-${id}-audit.csv`, csvOf(header, rows));
}
