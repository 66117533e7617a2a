import type { AppLoadContext } from 'react-router';
import { requireAdmin } from '../../workspace/guard.server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of the record whose trail an admin asked for; to anyone else, or for an id that cannot exist, a 404. */
export function auditSubject(context: AppLoadContext, id: string | undefined): string {
  requireAdmin(context);
  if (!id || !UUID.test(id)) throw new Response(null, { status: 404 });
  return id;
}
