import type { TaxonomyImportPlan } from '@app/directory';

/** What an import changed, one code a line under each heading, and what the running processes still need. */
export function printTaxonomyImport(plan: TaxonomyImportPlan, say: (message: string) => void): void {
  const sections: Array<[string, string[]]> = [
    ['Added (out of scope unless the scope file lists them)', plan.added.map(named)],
    ['Updated', plan.updated.map(named)],
    ['Retired (kept; listings that have them keep them)', plan.retired.map(named)],
    ['Back from retirement', plan.restored.map(named)],
    [
      'Scope',
      plan.scope.map(({ code, category, slug }) =>
        category ? `${code}: ${category}, slug ${slug}` : `${code}: out of scope`,
      ),
    ],
  ];
  const changed = sections.filter(([, lines]) => lines.length > 0);
  if (changed.length === 0) {
    say('Nothing changed: the directory already has this release and scope.');
    return;
  }
  for (const [heading, lines] of changed) {
    say(`${heading}: ${lines.length}`);
    for (const line of lines) say(`  ${line}`);
  }
  say('The running API and worker serve it now; the site’s lists follow within five minutes.');
}

function named({ code, name }: { code: string; name: string }): string {
  return `${code} ${name}`;
}
