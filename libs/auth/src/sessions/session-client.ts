import Bowser from 'bowser';
import { isIPv4, isIPv6 } from 'node:net';

/** What a session remembers of the device that started it: enough to recognise it in a list, never more. */
export interface SessionClient {
  /** The full client address, used only to derive an approximate one. */
  address: string;
  userAgent?: string;
}

const UNKNOWN_DEVICE = 'Unknown device';
const UNKNOWN_ADDRESS = 'unknown';
// Bowser passes the first word of an agent it does not know through as the browser's name: keep only plain names.
const PLAIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .()+-]{0,39}$/u;
const IPV4_MAPPED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** "Firefox on macOS" from a user agent; whatever the agent does not say plainly is left out. */
export function deviceLabel(userAgent: string | undefined): string {
  if (!userAgent?.trim()) return UNKNOWN_DEVICE;
  const { browser, os } = Bowser.parse(userAgent);
  const [browserName, osName] = [plainName(browser.name), plainName(os.name)];
  if (browserName && osName) return `${browserName} on ${osName}`;
  if (browserName) return browserName;
  return osName ? `A browser on ${osName}` : UNKNOWN_DEVICE;
}

/** The network an address is in (IPv4 /24 as "203.0.113.x", IPv6 /48 as "2001:db8:1::/48"), never the address. */
export function approximateAddress(address: string): string {
  const mapped = IPV4_MAPPED.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return approximateAddress(mapped);
  if (isIPv4(address)) return `${address.split('.').slice(0, 3).join('.')}.x`;
  if (isIPv6(address)) return `${ipv6Groups(address).slice(0, 3).join(':')}::/48`;
  return UNKNOWN_ADDRESS;
}

function plainName(name: string | undefined): string | undefined {
  return name && PLAIN_NAME.test(name) ? name : undefined;
}

// The eight 16-bit groups, "::" expanded, without leading zeros; only the first three are ever read.
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.split('%')[0].split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const [before, after] = [groups(head), groups(tail)];
  const missing = 8 - before.length - after.length - (after.at(-1)?.includes('.') ? 1 : 0);
  const expanded =
    tail === undefined ? before : [...before, ...Array<string>(Math.max(missing, 0)).fill('0'), ...after];
  return expanded.map((group) => (group.includes('.') ? group : parseInt(group, 16).toString(16)));
}
