// Renders docs/benchmarks.md from bench/results/latest.json. Everything in the page is
// computed from the JSON, so the page and the figures cannot drift apart.
import { notesFor, setupSection } from './report-notes.mjs';
import { median, quartiles } from './stats.mjs';

const kB = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)} ms`);
const sizeCell = (size) => (size && !size.error && size.gzip !== undefined ? `**${kB(size.gzip)}** <br><sub>${kB(size.raw)} raw · ${kB(size.brotli)} br</sub>` : size?.error ? `n/a (${size.error})` : 'n/a');

/** Display order and names of the measured libraries. */
export function labelsOf(results) {
  const labels = { consentry: 'Consentry', 'consentry-one-file': 'Consentry as one file (bench build)', floor: 'inline floor (30 lines)' };
  for (const [name, peer] of Object.entries(results.peers)) labels[name] = `${peer.label} ${peer.version ?? '(not installed)'}`;
  return labels;
}

// Page ids of the browser bench → package names of the size tables.
export const PAGE_PACKAGE = { 'cookieconsent-v3': 'vanilla-cookieconsent', klaro: 'klaro', orejime: 'orejime', osano: 'cookieconsent', consentry: 'consentry', 'consentry-one-file': 'consentry-one-file', floor: 'floor' };

function sizesTable(results, labels) {
  const rows = ['| library | every page (returning visitor) | first visit (banner shown) | npm core for an SPA |', '|---|---|---|---|'];
  const consentry = results.sizes.consentry;
  if (consentry) {
    const names = (size) => size.files.map((file) => file.name.split('/').pop()).join(' + ');
    const onAccept = consentry.onAccept?.files.length ? `<br><sub>then on "accept": ${names(consentry.onAccept)}, ${kB(consentry.onAccept.gzip)} gzip</sub>` : '';
    rows.push(`| ${labels.consentry} | ${sizeCell(consentry.everyPage)} <br><sub>drop-in without UI</sub> | ${sizeCell(consentry.firstVisit)} <br><sub>${consentry.firstVisit ? names(consentry.firstVisit) : 'needs the browser run'}</sub> ${onAccept} | ${sizeCell(consentry.core)} <br><sub>${consentry.core?.entry ? 'createConsent + gate, esbuild --minify' : ''}</sub> |`);
  } else {
    rows.push(`| ${labels.consentry} | not measured: ${results.consentry.reason ?? 'drop-in missing'} | | |`);
  }
  const oneFile = results.sizes['consentry-one-file'];
  if (oneFile) rows.push(`| ${labels['consentry-one-file']} | ${sizeCell(oneFile.everyPage)} <br><sub>loader + core + UI in one script, esbuild --minify; not shipped</sub> | ${sizeCell(oneFile.everyPage)} <br><sub>same file</sub> | – |`);
  for (const [name, peer] of Object.entries(results.peers)) {
    const size = results.sizes[name];
    if (!size) continue;
    rows.push(`| ${labels[name]} | ${sizeCell(size.everyPage)} | ${sizeCell(size.everyPage)} <br><sub>same file(s)</sub> | ${sizeCell(size.core)} <br><sub>${peer.coreNote}</sub> |`);
  }
  return rows.join('\n');
}

function pageTable(results, labels) {
  const browser = results.browser;
  const rows = [
    '| library | banner visible (median, IQR) | first paint | main-thread work: tasks / script | layout shift (median / max) | long tasks: median count (total); runs with any | click → GA request | GA requests before consent (all runs) | returning visit: library bytes, banner, GA |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const id of browser.order) {
    const lib = browser.libs[id];
    const m = lib.median;
    const back = lib.returning;
    rows.push(
      `| ${labels[PAGE_PACKAGE[id]] ?? id} | ${ms(m.banner)} ${lib.bannerQuartiles ? `<sub>(${Math.round(lib.bannerQuartiles[0])}–${Math.round(lib.bannerQuartiles[1])})</sub>` : ''} | ${ms(m.fcp)} | ${ms(m.taskMs)} / ${ms(m.scriptMs)} | ${m.cls ?? '–'} / ${lib.maxCls === null ? '–' : Math.round(lib.maxCls * 10000) / 10000} | ${m.longTasks ?? '–'} (${ms(m.longTaskMs)}); ${lib.runsWithLongTask}/${lib.measured} | ${ms(m.clickToGa)} <sub>(${lib.gaAfterClick}/${lib.measured} runs)</sub> | ${lib.gaBeforeConsent} | ${kB(back.gzipTransfer)} gzip; banner ${back.bannerShown}/${back.measured}; GA ${back.gaLoaded}/${back.measured} |`,
    );
  }
  return rows.join('\n');
}

// Median over rounds of Consentry's figure divided by the other page's figure in the same
// round: the two visits ran seconds apart, so load on the machine mostly cancels out.
function pairedRatios(browser, id, key) {
  const ours = browser.libs.consentry?.runs ?? [];
  const theirs = browser.libs[id]?.runs ?? [];
  return ours
    .map((run, round) => (run.first?.[key] && theirs[round]?.first?.[key] ? run.first[key] / theirs[round].first[key] : null))
    .filter((value) => value !== null);
}
const pairedRatio = (browser, id, key) => median(pairedRatios(browser, id, key));

function ratiosTable(results, labels) {
  const browser = results.browser;
  const sizes = results.sizes;
  if (!sizes.consentry) return 'Consentry was not measured in this run.';
  const x = (value) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`);
  const rows = ['| Consentry ÷ … | every page, gzip | first visit, gzip | npm core, gzip | banner visible | main-thread work | click → GA |', '|---|---|---|---|---|---|---|'];
  for (const id of browser?.order ?? Object.keys(PAGE_PACKAGE)) {
    if (id === 'consentry') continue;
    const name = PAGE_PACKAGE[id];
    const size = sizes[name];
    const sizeRatio = (ours, theirs) => (ours?.gzip && theirs?.gzip ? ours.gzip / theirs.gzip : null);
    rows.push(`| ${labels[name] ?? id} | ${x(sizeRatio(sizes.consentry.everyPage, size?.everyPage))} | ${x(sizeRatio(sizes.consentry.firstVisit, size?.everyPage))} | ${x(sizeRatio(sizes.consentry.core, size?.core))} | ${browser ? x(pairedRatio(browser, id, 'banner')) : '–'} | ${browser ? x(pairedRatio(browser, id, 'taskMs')) : '–'} | ${browser ? x(pairedRatio(browser, id, 'clickToGa')) : '–'} |`);
  }
  return rows.join('\n');
}

function budgetTable(results) {
  const sizes = results.sizes.consentry;
  const libs = results.browser?.libs ?? {};
  const peerIds = ['cookieconsent-v3', 'klaro', 'orejime', 'osano'].filter((id) => libs[id]?.median.banner !== null && libs[id]);
  const fastest = peerIds.reduce((best, id) => (best === null || libs[id].median.banner < libs[best].median.banner ? id : best), null);
  const ours = libs.consentry?.measured > 0 ? libs.consentry : undefined;
  const verdict = (ok) => (ok === null ? 'not measured' : ok ? 'met' : '**not met**');
  const rows = ['| budget (DESIGN.md, issue 8) | target | measured | |', '|---|---|---|---|'];
  const every = sizes?.everyPage?.gzip ?? null;
  const first = sizes?.firstVisit?.gzip ?? null;
  rows.push(`| every page / returning visitor | ≤ 4.0 kB gzip | ${kB(every)} | ${verdict(every === null ? null : every <= 4000)} |`);
  rows.push(`| first visit, UI included | ≤ 12 kB gzip | ${kB(first)} | ${verdict(first === null ? null : first <= 12000)} |`);
  const limit = fastest ? 0.8 * libs[fastest].median.banner : null;
  const banner = ours?.median.banner ?? null;
  const paired = fastest && ours ? pairedRatio(results.browser, fastest, 'banner') : null;
  rows.push(`| banner visible | ≤ 0.8 × fastest peer (${fastest ?? '–'}: ${ms(fastest ? libs[fastest].median.banner : null)}) = ${ms(limit)} | ${ms(banner)}${paired ? ` (per-round ratio to ${fastest}: ${paired.toFixed(2)}×)` : ''} | ${verdict(banner === null || limit === null ? null : banner <= limit)} |`);
  // Per-round ratios spread by ±0.1 between runs on this rig: a median above 1.00 whose lower
  // quartile is at or below it is said to be level, not later.
  const splitRatios = ours && libs['consentry-one-file']?.measured > 0 ? pairedRatios(results.browser, 'consentry-one-file', 'banner') : [];
  const split = median(splitRatios);
  const splitSpread = quartiles(splitRatios);
  const splitVerdict = split === null ? verdict(null) : split <= 1 ? 'met' : splitSpread[0] <= 1 ? 'level within the spread' : '**not met**';
  rows.push(`| banner visible, split drop-in (issue 7) | no later than the same code as one file | ${split === null ? '–' : `${split.toFixed(2)}× the one-file build's, per round (IQR ${splitSpread.map((value) => value.toFixed(2)).join('–')}; medians ${ms(ours.median.banner)} / ${ms(libs['consentry-one-file'].median.banner)})`} | ${splitVerdict} |`);
  rows.push(`| layout shift | none | ${ours ? `max ${ours.maxCls}` : '–'} | ${verdict(ours ? ours.maxCls === 0 : null)} |`);
  rows.push(`| long tasks | none | ${ours ? `${ours.runsWithLongTask}/${ours.measured} runs with one` : '–'} | ${verdict(ours ? ours.runsWithLongTask === 0 : null)} |`);
  rows.push(`| GA requests before consent | 0 | ${ours ? ours.gaBeforeConsent : '–'} | ${verdict(ours ? ours.gaBeforeConsent === 0 : null)} |`);
  return rows.join('\n');
}

// Figures printed as JSON lines; the common shape { name, median, unit, runs, ... } becomes
// a table, anything else is shown as the JSON it is.
function figuresTable(figures) {
  const tabular = figures.every((figure) => typeof figure.name === 'string' && figure.median !== undefined);
  if (!tabular) return `\`\`\`json\n${figures.map((figure) => JSON.stringify(figure)).join('\n')}\n\`\`\``;
  const shown = new Set(['bench', 'name', 'median', 'unit', 'runs']);
  const rows = figures.map((figure) => {
    const extra = Object.entries(figure).filter(([key]) => !shown.has(key)).map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`).join(', ');
    return `| ${figure.name.replaceAll("|", "\\|")} | ${figure.median} ${figure.unit ?? ''} | ${figure.runs ?? ''} | ${extra.replaceAll('|', '\\|')} |`;
  });
  return ['| figure | median | runs | details |', '|---|---|---|---|', ...rows].join('\n');
}

function breakdownSection(results) {
  const breakdown = results.sizes.consentry?.breakdown;
  if (!breakdown || Object.keys(breakdown).length === 0) return '';
  const tables = Object.entries(breakdown)
    .filter(([, rows]) => rows)
    .map(([file, rows]) => `**${file}**\n\n| source | minified bytes | share |\n|---|---|---|\n${rows.map((row) => `| \`${row.source}\` | ${row.bytes} | ${row.share} % |`).join('\n')}`);
  const spa = results.sizes.consentry.core?.largestInputs;
  if (spa?.length) tables.push(`**npm core for an SPA** (\`${results.sizes.consentry.core.entry.replaceAll('\n', ' ')}\`, per built input file)\n\n| input | minified bytes |\n|---|---|\n${spa.filter((row) => row.bytes > 0).map((row) => `| \`${row.source}\` | ${row.bytes} |`).join('\n')}`);
  return `## What is in Consentry's first-visit files

Minified bytes per source file, from each file's source map (bench/lib/bundle-breakdown.mjs);
gzip works across module boundaries, so only the whole file has a gzip size.

${tables.join('\n\n')}

`;
}

function microSection(results) {
  if (!results.micro?.length) return 'No `bench/*.bench.mjs` file was found (or `BENCH_SKIP_NODE=1`).';
  return results.micro
    .map((bench) => {
      const head = `### \`bench/${bench.file}\` — ${bench.ok ? 'ok' : `**failed**: ${bench.error}`} (${bench.seconds} s)`;
      const figures = bench.figures.length ? `\n\n${figuresTable(bench.figures)}` : '';
      const text = bench.text ? `\n\n\`\`\`text\n${bench.text}\n\`\`\`` : '';
      return head + figures + text;
    })
    .join('\n\n');
}

/**
 * The whole docs/benchmarks.md.
 * @param {object} results the content of bench/results/latest.json
 * @returns {string} Markdown
 */
export function renderReport(results) {
  const labels = labelsOf(results);
  const browser = results.browser;
  const peerList = Object.values(results.peers).map((peer) => `${peer.label} ${peer.version ?? '(not installed)'}`).join(', ');
  return `# Benchmarks

<!-- Generated by \`npm run bench\` (bench/run.mjs → bench/lib/report.mjs) from bench/results/latest.json. Do not edit by hand. -->

Consentry side by side with the consent libraries people use today, measured in one run on one
machine, on the same page.

- **Date:** ${results.date} · **commit** ${results.commit}
- **Machine:** ${results.machine} · **Node** ${results.node} · **Chromium** ${browser?.chromium ?? 'not run'} (headless)
- **Peers (npm, pinned in bench/peers.json):** ${peerList}
- **Machine load:** 1-minute load average ${results.loadAverage ? `${results.loadAverage.start.toFixed(1)} when the run started, ${results.loadAverage.end?.toFixed(1) ?? '–'} after the browser rounds (which load the machine themselves)` : 'not recorded'}; other work on the machine slows every page alike, so compare ratios from one run rather than absolute times across runs
- **Consentry build:** dist built ${results.consentry.builtAt ?? '–'}, served from a snapshot taken at the start of the run
- **Runs:** ${browser ? `${browser.rounds} interleaved rounds${browser.stoppedEarly ? ` (stopped early: time budget; ${results.runsRequested} requested)` : ''}, each page visited once per round in a fresh browser context, plus one unrecorded warm-up round` : 'browser bench not run'}

## How to rerun

\`\`\`sh
npm run build     # the bench measures the built dist files
npm run bench     # ~5–10 min on 2 cores; BENCH_RUNS=15 BENCH_PORT=8907 by default
\`\`\`

\`npm run bench\` installs the peers from npm into \`bench/.peers/\` (git-ignored), runs the Node
micro-benchmarks (\`bench/*.bench.mjs\`), measures sizes, serves every page from a local HTTPS
server (test-only certificate, gzip like a production server) and drives the system Chromium
with puppeteer-core. It writes \`bench/results/latest.json\` and this page, and never fails a
build: the figures are for reading, not asserting. \`node bench/report.mjs\` re-renders this page
from the JSON.

## Budgets

${budgetTable(results)}

## Sizes

What each usage scenario downloads, summed over its JavaScript and CSS files. Bold: gzip
(level 9); below it raw and brotli (quality 11). Peers are one bundle each, so their first and
returning visits load the same files.

${sizesTable(results, labels)}

## Page figures

${browser ? `Medians over ${browser.rounds} runs per page; time 0 is the navigation start of the page (its
\`performance.timeOrigin\`). Ratios to Consentry are in the next section.

${pageTable(results, labels)}` : `Not run: ${results.errors.join('; ')}`}

## Ratios

Consentry's figure divided by each other library's: below 1.00× Consentry is smaller or
faster. Sizes compare the scenarios above (a peer's first visit = its every-page files); times
are the median of per-round ratios (the two pages ran seconds apart in the same round).

${ratiosTable(results, labels)}

${breakdownSection(results)}${setupSection(results)}

## Notes

${notesFor(results, labels).map((note) => `- ${note}`).join('\n')}

## Node micro-benchmarks

${microSection(results)}
${results.errors.length ? `\n## Problems in this run\n\n${results.errors.map((error) => `- ${error}`).join('\n')}\n` : ''}`;
}
