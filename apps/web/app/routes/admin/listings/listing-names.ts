interface Named {
  firstName: string;
  lastName: string;
  chosenName?: string | null;
  chosenLastName?: string | null;
  credentials: string[];
}

/** The name the public sees: the chosen name when given, else the legal one, with credentials. */
export function publicNameOf(listing: Named): string {
  const name = `${listing.chosenName ?? listing.firstName} ${listing.chosenLastName ?? listing.lastName}`;
  return listing.credentials.length ? `${name}, ${listing.credentials.join(', ')}` : name;
}

/** Whole days from `since` to `now`. */
export function daysBetween(since: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 86_400_000));
}

/** Who holds a review: the admin who started the newest review of the listing. */
export function reviewHolderOf(history: Array<{ action: string; actorName?: string | null }>): string | null {
  const started = history.filter((event) => event.action === 'START_REVIEW').at(-1);
  return started?.actorName ?? null;
}
