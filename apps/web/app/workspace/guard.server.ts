import { redirect, type AppLoadContext } from 'react-router';
import type { SessionAccount } from '../load-context';

type Role = SessionAccount['role'];

/**
 * The signed-in account a workspace page is for. A signed-out visitor (a mail's link, a session that ended) is sent to
 * log in and brought back here; an account of another role is answered as if the page did not exist.
 */
export function requireAccount(request: Request, context: AppLoadContext, ...roles: Role[]): SessionAccount {
  const account = context.session.account;
  if (!account) throw redirect(logInPathFor(request));
  if (roles.length && !roles.includes(account.role)) throw new Response(null, { status: 404 });
  return account;
}

/**
 * The admin signed in for a console page. To anyone else, signed out included, every console address is a page that
 * does not exist: the console is never advertised.
 */
export function requireAdmin(context: AppLoadContext): SessionAccount {
  const account = context.session.account;
  if (account?.role !== 'ADMIN') throw new Response(null, { status: 404 });
  return account;
}

/** `/login?next=<this page>`, keeping the chosen language. */
export function logInPathFor(request: Request): string {
  const url = new URL(request.url);
  const query = new URLSearchParams({ next: `${url.pathname}${url.search}` });
  const lang = url.searchParams.get('lang');
  if (lang) query.set('lang', lang);
  return `/login?${query.toString()}`;
}

/** Where to go after logging in: only a path of this site, never another origin (`//elsewhere`, `/\elsewhere`). */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/** Where each role starts once logged in. */
export function homeOf(account: SessionAccount): string {
  if (account.role === 'THERAPIST') return '/referrals';
  if (account.role === 'PROVIDER') return '/inbox';
  return '/admin/listings';
}
