/** One call to the directory's public HTTP API (REST or GraphQL), as any client makes it. */
export interface ApiRequest {
  method: 'GET' | 'POST';
  /** Path and query string, e.g. `/api/v1/providers?state=KS`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

/**
 * How the site reaches the API. The server mounting the site provides it through the load context: in one process it
 * goes through the HTTP stack in memory (same routes, validation and errors as over the network, without a socket).
 */
export type ApiTransport = (request: ApiRequest) => Promise<ApiResponse>;

/** The API answered something the site does not expect: shown as the error page, with the status it gave. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
  ) {
    super(`The API answered ${status} for ${path.split('?')[0]}`);
  }
}
