import { redirect } from 'react-router';
import { LogOutDocument } from '../../api/graphql.generated';
import { WorkspaceApi } from '../../api/workspace-api.server';
import type { Route } from './+types/logout';

/** Ends the session in the API (its refresh token stops working), then forgets it here. */
export async function action({ request, context }: Route.ActionArgs) {
  if (context.session.account) {
    await new WorkspaceApi(context.api, request).run(LogOutDocument);
    context.session.end();
  }
  const lang = new URL(request.url).searchParams.get('lang');
  throw redirect(`/login?logged-out${lang ? `&lang=${lang}` : ''}`);
}

export function loader() {
  throw redirect('/login');
}
