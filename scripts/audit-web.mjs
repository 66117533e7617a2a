// `npm run audit:web`: Lighthouse (mobile, simulated throttling) on each kind of public page, in Debian's Chromium,
// against the real app with the demo directory on its own embedded PostgreSQL. Prints the four scores per page and
// the JavaScript each page ships, and exits non-zero when a page misses the targets.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = Number(process.env.AUDIT_PORT ?? 3100);
const SITE = `http://127.0.0.1:${PORT}`;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };
const MAX_SCRIPT_KB = 60;
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);

async function main() {
  if (!CHROMIUM) throw new Error('No Chromium: install one with `sudo apt-get install -y chromium` or set CHROMIUM_PATH.');
  const server = startSite();
  try {
    await untilReady();
    const pages = await pagesToAudit();
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const rows = [];
      for (const [name, path] of pages) rows.push(await audit(name, path, chrome.port));
      report(rows);
      process.exitCode = rows.every((row) => row.passed) ? 0 : 1;
    } finally {
      await chrome.kill();
    }
  } finally {
    server.kill('SIGTERM');
  }
}

/** The production build on its own port and data folder, so a running `npm start` is left alone. */
function startSite() {
  const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(PORT),
      DATA_DIR: process.env.AUDIT_DATA_DIR ?? '.data/audit',
      EMBEDDED_PG_PORT: process.env.AUDIT_PG_PORT ?? '54349',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code) => {
    if (code) console.error(`The site stopped with code ${code}`);
  });
  return child;
}

async function untilReady() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${SITE}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${SITE} did not become ready`);
}

async function pagesToAudit() {
  const search = await (await fetch(`${SITE}/api/v1/providers?state=KS&category=gynecology&limit=1`)).json();
  return [
    ['home', '/'],
    ['search results', '/search?state=KS&category=gynecology'],
    ['provider profile', `/providers/${search.data[0].id}`],
    ['state landing page', '/states/ks/gynecology'],
    ['home in Spanish', '/?lang=es'],
  ];
}

async function audit(name, path, port) {
  const { lhr } = await lighthouse(`${SITE}${path}`, { port, output: 'json', logLevel: 'error' });
  const scores = Object.fromEntries(
    Object.keys(TARGETS).map((category) => [category, Math.round((lhr.categories[category].score ?? 0) * 100)]),
  );
  const scripts = lhr.audits['network-requests'].details.items.filter((item) => item.resourceType === 'Script');
  const scriptKb = scripts.reduce((sum, item) => sum + item.transferSize, 0) / 1024;
  const failing = Object.entries(lhr.audits)
    .filter(([, result]) => result.score !== null && result.score < 1 && result.scoreDisplayMode === 'binary')
    .map(([id]) => id);
  const passed = Object.entries(TARGETS).every(([category, target]) => scores[category] >= target) && scriptKb <= MAX_SCRIPT_KB;
  return { name, path, scores, scriptKb, failing, passed, version: lhr.lighthouseVersion };
}

function report(rows) {
  console.log(`\nLighthouse ${rows[0].version} · mobile · ${new Date().toISOString()}\n`);
  console.log('| page | performance | accessibility | best practices | SEO | JavaScript (compressed) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const { name, scores, scriptKb } of rows) {
    const cells = Object.keys(TARGETS).map((category) => scores[category]);
    console.log(`| ${name} | ${cells.join(' | ')} | ${scriptKb.toFixed(1)} KB |`);
  }
  console.log(`\nTargets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95, JavaScript ≤ ${MAX_SCRIPT_KB} KB.`);
  for (const row of rows.filter((r) => r.failing.length)) console.log(`${row.name}: audits not passed: ${row.failing.join(', ')}`);
  console.log(rows.every((row) => row.passed) ? 'Every page meets the targets.' : 'Some pages miss the targets.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
