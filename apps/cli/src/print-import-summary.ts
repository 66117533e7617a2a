import type { RegistryImportSummary } from '@app/directory';

const count = (value: number) => value.toLocaleString('en-US');

/** What an import did: kept, skipped and why (with the first bad lines), changed, deactivated, listings flagged. */
export function printImportSummary(summary: RegistryImportSummary, say: (line: string) => void): void {
  say(
    `${summary.fileName}: ${summary.kind} file of ${summary.dataDate}, ${count(summary.rowsRead)} rows in ${summary.seconds.toFixed(1)} s`,
  );
  say(`  kept ${count(summary.rowsKept)}, skipped ${count(summary.rowsSkipped)}`);
  for (const [reason, rows] of Object.entries(summary.skippedByReason)) say(`    ${count(rows)} ${reason}`);
  if (summary.badLines.length) {
    say(`  first bad lines:`);
    for (const bad of summary.badLines) say(`    line ${bad.line}: ${bad.reason}: ${bad.detail}`);
  }
  say(`  registry rows added or changed: ${count(summary.rowsChanged)}`);
  say(`  NPIs newly deactivated: ${count(summary.newlyDeactivated)}`);
  say(`  approved listings flagged for re-verification: ${count(summary.listingsFlagged)}`);
}
