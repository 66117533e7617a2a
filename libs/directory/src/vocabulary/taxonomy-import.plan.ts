import { FieldProblem, InvalidInputError } from '@app/shared';
import { SpecialtyCategory } from '../search/search-criteria';
import { ScopeEntry, TaxonomyCode } from './taxonomy-files';

/** A code as the directory has it before the import. */
export interface KnownSpecialty extends TaxonomyCode {
  slug: string | null;
  category: SpecialtyCategory | null;
  retiredOn: string | null;
}

/** A code's new place in or out of scope; a code leaving the scope keeps its slug (it was published). */
export interface ScopeChange {
  code: string;
  category: SpecialtyCategory | null;
  slug: string | null;
}

export interface TaxonomyImportPlan {
  added: TaxonomyCode[];
  /** Codes whose name, grouping, classification, specialization or definition changed. */
  updated: TaxonomyCode[];
  /** Current codes the release leaves out. */
  retired: KnownSpecialty[];
  /** Retired codes the release has again. */
  restored: TaxonomyCode[];
  scope: ScopeChange[];
}

export interface TaxonomyImportInput {
  known: KnownSpecialty[];
  release: TaxonomyCode[];
  /** The whole scope when a scope file is given; without one every code keeps its scope and new codes are out. */
  scope: ScopeEntry[] | null;
  /** Codes on listings and their open revisions. */
  inUse: string[];
}

const DESCRIBED_BY: Array<keyof TaxonomyCode> = ['name', 'grouping', 'classification', 'specialization', 'definition'];
const SCOPE_FIELD = '--scope';

/**
 * What loading a release (and a scope) changes. Nothing is ever deleted: listings may keep a retired code. Refuses
 * a scope that would change a published slug, give one slug two codes, name a code nobody knows, or leave out a
 * code listings use.
 */
export function planTaxonomyImport({ known, release, scope, inUse }: TaxonomyImportInput): TaxonomyImportPlan {
  const knownByCode = new Map(known.map((k) => [k.code, k]));
  const released = new Set(release.map((r) => r.code));
  const plan: TaxonomyImportPlan = {
    added: release.filter((r) => !knownByCode.has(r.code)),
    updated: release.filter((r) => {
      const before = knownByCode.get(r.code);
      return before !== undefined && DESCRIBED_BY.some((field) => before[field] !== r[field]);
    }),
    retired: known.filter((k) => !k.retiredOn && !released.has(k.code)),
    restored: release.filter((r) => knownByCode.get(r.code)?.retiredOn),
    scope: [],
  };
  if (scope) plan.scope = scopeChanges(scope, known, released, new Set(inUse));
  return plan;
}

function scopeChanges(
  scope: ScopeEntry[],
  known: KnownSpecialty[],
  released: Set<string>,
  inUse: Set<string>,
): ScopeChange[] {
  const knownByCode = new Map(known.map((k) => [k.code, k]));
  const codeBySlug = new Map(known.filter((k) => k.slug).map((k) => [k.slug, k.code]));
  const listed = new Set(scope.map((entry) => entry.code));
  const problems: FieldProblem[] = [];
  const problem = (reason: string) => problems.push({ field: SCOPE_FIELD, reason });
  for (const { code, slug } of scope) {
    const before = knownByCode.get(code);
    if (!before && !released.has(code)) problem(`${code} is in neither the release nor the directory`);
    if (before?.slug && before.slug !== slug) problem(`${code} keeps its published slug "${before.slug}"`);
    const holder = codeBySlug.get(slug);
    if (holder && holder !== code) problem(`the slug "${slug}" of ${code} already belongs to ${holder}`);
  }
  const leaving = known.filter((k) => k.category && !listed.has(k.code));
  for (const { code, name } of leaving.filter((k) => inUse.has(k.code))) {
    problem(`leaves out ${code} (${name}), which listings use`);
  }
  if (problems.length) throw new InvalidInputError(problems);
  return [
    ...scope.filter(({ code, category, slug }) => {
      const before = knownByCode.get(code);
      return before?.category !== category || before.slug !== slug;
    }),
    ...leaving.map(({ code, slug }) => ({ code, category: null, slug })),
  ];
}
