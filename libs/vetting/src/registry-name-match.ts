/** How a listing's legal name compares with the NPI registry's record of its NPI. */
export enum RegistryNameMatch {
  MATCH = 'MATCH',
  /** The last names match (or one holds the other, as "Garcia" and "Garcia Lopez"), the first names do not. */
  PARTIAL = 'PARTIAL',
  MISMATCH = 'MISMATCH',
  NOT_IN_REGISTRY = 'NOT_IN_REGISTRY',
}

interface LegalName {
  firstName: string | null;
  lastName: string | null;
}

/** Compares names as people write them: case, accents, punctuation and spacing do not count. */
export function matchRegistryName(listing: LegalName, record: LegalName | null): RegistryNameMatch {
  if (!record) return RegistryNameMatch.NOT_IN_REGISTRY;
  const [first, last] = [wordsOf(listing.firstName), wordsOf(listing.lastName)];
  const [registryFirst, registryLast] = [wordsOf(record.firstName), wordsOf(record.lastName)];
  if (last.length === 0 || registryLast.length === 0) return RegistryNameMatch.MISMATCH;
  if (same(first, registryFirst) && same(last, registryLast)) return RegistryNameMatch.MATCH;
  return contains(last, registryLast) || contains(registryLast, last)
    ? RegistryNameMatch.PARTIAL
    : RegistryNameMatch.MISMATCH;
}

function wordsOf(name: string | null): string[] {
  return (
    (name ?? '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // O'Neil is ONEIL in the registry; hyphens and spaces part names.
      .replace(/['’.]/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

function same(a: string[], b: string[]): boolean {
  return a.join(' ') === b.join(' ');
}

function contains(words: string[], part: string[]): boolean {
  return part.every((word) => words.includes(word));
}
