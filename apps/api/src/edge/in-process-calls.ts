import { randomBytes } from 'node:crypto';

/**
 * The site's calls to the API inside this process carry this header with a value made at start-up. Nobody outside the
 * process can know it, so such calls are told apart from requests that merely come from the same address.
 */
export const IN_PROCESS_HEADER = 'x-in-process-call';
export const IN_PROCESS_TOKEN = randomBytes(24).toString('hex');

export function isInProcessCall(headers: Record<string, string | string[] | undefined>): boolean {
  return headers[IN_PROCESS_HEADER] === IN_PROCESS_TOKEN;
}
