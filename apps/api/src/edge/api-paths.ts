/** Paths that belong to the API; everything else on the origin is the web site. */
const API_PATHS = /^\/(api|graphql|graphiql|health)(\/|\?|$)/;

export function isApiPath(url: string): boolean {
  return API_PATHS.test(url);
}
