import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// Read as text: axe-core is meant to run in the page, and loading it as a module here would run it in Node.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page against WCAG 2.0–2.2 A and AA and axe's best practices. It is evaluated through the
 * browser's debugging protocol, which the page's Content-Security-Policy does not apply to.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // A page's elements can be read before its stylesheets apply: on a busy machine axe would then measure unstyled
  // controls (an unstyled button is under 24 px tall).
  await page.waitForLoadState('load');
  await page.evaluate(axeSource);
  // Evaluated as text: it runs in the page, and this project's types describe Node, not the DOM.
  return page.evaluate(`
    axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } }).then((results) =>
      results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })),
    )
  `);
}
