import { renderToString } from 'react-dom/server';
import { type AppLoadContext, type EntryContext, ServerRouter } from 'react-router';

/**
 * Renders every page whole, in one pass (the pages have no deferred data): a visitor without JavaScript and a crawler
 * get the same complete HTML, and a page costs one render. The nonce is the one the server put in this response's
 * Content-Security-Policy.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
): Response {
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
  if (request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  const html = renderToString(<ServerRouter context={routerContext} url={request.url} nonce={loadContext.nonce} />);
  // Bytes, not a string: a string body is first checked character by character for lone surrogates.
  return new Response(Buffer.from(`<!DOCTYPE html>${html}`), { status: responseStatusCode, headers: responseHeaders });
}
