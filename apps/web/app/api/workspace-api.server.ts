import { redirect } from 'react-router';
import { logInPathFor } from '../workspace/guard.server';
import { ApiError, type ApiTransport } from './api-transport';
import type { TypedDocumentString } from './graphql.generated';

/** Why the API refused a call: its category and reason, and each field it named with what is wrong with it. */
export interface ApiRefusal {
  /** `BAD_USER_INPUT`, `NOT_FOUND`, `CONFLICT`, `FORBIDDEN`, `UNAUTHENTICATED`, `RATE_LIMITED`… */
  code: string;
  /** The precise rule, e.g. `AUTH.INVALID_CREDENTIALS` or `REFERRAL.STALE_VERSION`. */
  reason: string | undefined;
  message: string;
  /** By the field's path as the form names its input (`client.firstName`), without the argument's name. */
  fieldErrors: Record<string, string>;
}

export type ApiOutcome<T> = { ok: true; data: T } | { ok: false; refusal: ApiRefusal };

interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; details?: Array<{ field: string; reason: string }> };
}

// The answers a page shows the visitor (a wrong password, a stale form, a referral gone): anything else is a fault.
const SHOWN_TO_VISITOR = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'TOO_MANY_REQUESTS',
]);

const SESSION_ENDED = 'AUTH.UNAUTHENTICATED';

/** The signed-in workspaces' calls: GraphQL, as the visitor (the server adds their token), through the public API. */
export class WorkspaceApi {
  /** `request`: the page asked for, to come back to after logging in again should the session have ended. */
  constructor(
    private readonly transport: ApiTransport,
    private readonly request: Request,
  ) {}

  /** Runs one operation; a refusal the visitor can act on comes back as such, anything else is thrown. */
  async run<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<ApiOutcome<TResult>> {
    const { status, body } = await this.transport({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    const { data, errors } = (body ?? {}) as { data?: TResult | null; errors?: GraphqlError[] };
    const error = errors?.[0];
    if (!error && data) return { ok: true, data };
    const code = error?.extensions?.code ?? '';
    // The visitor's session ended elsewhere (logged out everywhere, suspended): the server has dropped its cookie.
    if (error?.extensions?.reason === SESSION_ENDED) {
      throw redirect(logInPathFor(this.request));
    }
    if (!SHOWN_TO_VISITOR.has(code)) throw new ApiError(status, '/graphql');
    return { ok: false, refusal: refusalOf(error as GraphqlError) };
  }

  /** For loaders: the data, or the page's error (404 for what is not the visitor's or not there). */
  async read<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TResult> {
    const outcome = await this.run(document, ...variables);
    if (outcome.ok) return outcome.data;
    const status = outcome.refusal.code === 'NOT_FOUND' || outcome.refusal.code === 'FORBIDDEN' ? 404 : 400;
    throw new Response(null, { status });
  }
}

function refusalOf(error: GraphqlError): ApiRefusal {
  const details = error.extensions?.details ?? [];
  return {
    code: error.extensions?.code ?? '',
    reason: error.extensions?.reason,
    message: error.message,
    fieldErrors: Object.fromEntries(details.map(({ field, reason }) => [field.replace(/^input\./, ''), reason])),
  };
}
