// bench/results.md: one table per section, and the issue's targets with met / missed.
import type { BundleResult } from './sections/bundle';
import type { CardResult } from './sections/card';
import type { DatasetResult } from './sections/dataset';
import type { EngineCase } from './sections/engine';
import type { NonStoryResult } from './sections/non-story';
import { MARKJS_CAP_MS, type PageCase } from './sections/pages';
import { fmt, type Figure } from './lib/stats';

export interface Results {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    os: string;
    node: string;
    chromium: string;
    /** 1/5/15-minute load averages: the machine is shared, figures move with it. */
    loadAtStart: number[];
    loadAtEnd?: number[];
  };
  commit: string;
  /** Files under src/ with uncommitted changes when the bench ran (a shared tree). */
  dirty: number;
  lexiconAliases: number;
  browser?: { extensionId: string };
  engine?: EngineCase[];
  pages?: PageCase[];
  nonStory?: NonStoryResult;
  card?: CardResult;
  dataset?: DatasetResult;
  bundle?: BundleResult;
  durationS?: number;
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const n = (x: number) => x.toLocaleString('en-US');
const x = (r: number) => (r >= 100 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`);
const p = (f: Figure | undefined, digits = 1) =>
  f
    ? `p50 ${f.median.toFixed(digits)} / p95 ${(f.p95 ?? NaN).toFixed(digits)} ms (min ${f.min.toFixed(digits)}, max ${f.max.toFixed(digits)}, n=${f.n})`
    : 'n/a';

interface Target {
  what: string;
  target: string;
  measured: string;
  met: boolean | null;
}

function markjsCell(pc: PageCase): string {
  if (pc.markjs) return fmt(pc.markjs);
  if (pc.markjsCapped) {
    const c = pc.markjsCapped;
    return `> ${MARKJS_CAP_MS / 1000} s (stopped after ${(c.spentMs / 1000).toFixed(0)} s with ${n(c.keywordsDone)} of ${n(c.keywords)} keywords; ≈ ${(c.projectedMs / 1000).toFixed(0)} s projected)`;
  }
  return 'not run';
}

/** mark.js time (a lower bound when capped) over HeistLens end to end. */
function markjsRatio(pc: PageCase): { ratio: number; lowerBound: boolean } {
  if (pc.markjs) return { ratio: pc.markjs.median / pc.heistlens.median, lowerBound: false };
  if (pc.markjsCapped)
    return { ratio: pc.markjsCapped.spentMs / pc.heistlens.median, lowerBound: true };
  return { ratio: NaN, lowerBound: false };
}

export function targets(r: Results): Target[] {
  const t: Target[] = [];
  const p10 = r.pages?.find((pc) => pc.words >= 10_000 && pc.words < 20_000);
  if (p10) {
    const ratio = p10.heistlens.median / p10.floor.median;
    t.push({
      what: 'HeistLens end to end vs the floor, 10,000-word page',
      target: '≤ 10× the floor',
      measured: `${x(ratio)} (${p10.heistlens.median.toFixed(1)} ms vs ${p10.floor.median.toFixed(2)} ms)`,
      met: ratio <= 10,
    });
  }
  for (const pc of r.pages ?? []) {
    const { ratio, lowerBound } = markjsRatio(pc);
    t.push({
      what: `mark.js vs HeistLens, ${n(pc.words)} words`,
      target: '≥ 100× faster than mark.js',
      measured: Number.isFinite(ratio) ? `${lowerBound ? '> ' : ''}${x(ratio)}` : 'not run',
      met: Number.isFinite(ratio) ? ratio >= 100 : null,
    });
  }
  for (const c of r.nonStory?.static ?? []) {
    t.push({
      what: `${c.name} (${kb(c.textChars)} of text)`,
      target: '≤ 1 ms main thread per 100 KB of text',
      measured: `${c.msPer100KB.median.toFixed(2)} ms per 100 KB (${c.totalMs.median.toFixed(1)} ms in all, of which gate ${c.gateMs.median.toFixed(1)} ms)`,
      met: c.msPer100KB.median <= 1,
    });
  }
  const mu = r.nonStory?.mutating;
  if (mu) {
    const added = mu.observersMs.median - mu.baselineMs.median;
    t.push({
      what: `${mu.name}: time added beyond the debounced observer`,
      target: 'nothing measurable (≤ 5 ms over the run)',
      measured: `re-checks after the page settled: ${mu.laterGatesMs.median.toFixed(1)} ms (${mu.gateRuns - 1} gate re-run); the observer itself: ${added.toFixed(0)} ms over ${n(mu.mutations)} mutations (${((added / mu.mutations) * 1000).toFixed(0)} µs each); first gate ${mu.firstGateMs.median.toFixed(0)} ms`,
      met: mu.laterGatesMs.median <= 5,
    });
  }
  if (r.card) {
    t.push({
      what: 'Card painted after hover',
      target: '≤ 16 ms p95',
      measured: `p95 ${r.card.paintedMs.p95!.toFixed(1)} ms (p50 ${r.card.paintedMs.median.toFixed(1)})`,
      met: r.card.paintedMs.p95! <= 16,
    });
    t.push({
      what: 'Actor lookup round trip',
      target: '≤ 5 ms p95',
      measured: `p95 ${r.card.actorLookupMs.p95!.toFixed(2)} ms (p50 ${r.card.actorLookupMs.median.toFixed(2)})`,
      met: r.card.actorLookupMs.p95! <= 5,
    });
  }
  if (r.dataset) {
    t.push({
      what: 'Seeding on install',
      target: '≤ 1 s',
      measured: `${r.dataset.seedMs.median.toFixed(0)} ms (median of ${r.dataset.seedMs.n})`,
      met: r.dataset.seedMs.median <= 1000,
    });
  }
  const cs = r.bundle?.entries.find((e) => e.kind === 'content script');
  if (cs) {
    t.push({
      what: 'Content script, gzipped',
      target: '≤ 60 KiB (61,440 B)',
      measured: `${n(cs.gzipBytes)} B (${kb(cs.gzipBytes)})`,
      met: cs.gzipBytes <= 60 * 1024,
    });
  }
  return t;
}

/** `notes`: bench/notes.md (what moved each figure, known bottlenecks), appended as written. */
export function renderMarkdown(r: Results, notes?: string): string {
  const L: string[] = [];
  const m = r.machine;
  L.push('# HeistLens benchmarks', '');
  L.push(
    `Generated by \`npm run bench\` on ${r.date.slice(0, 16).replace('T', ' ')} UTC, commit ${r.commit}` +
      (r.dirty
        ? ` (with ${r.dirty} uncommitted file(s) under src/ from a shared working tree)`
        : '') +
      '.',
  );
  L.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.os}. Node ${m.node}. Browser: ${m.chromium} (headless, through playwright-core). ` +
      `Lexicon: ${n(r.lexiconAliases)} distinct aliases. Every figure is the median of repeated runs with (min–max, n); run time ${r.durationS ?? '?'} s. ` +
      `Load average (1/5/15 min) ${m.loadAtStart.join(' / ')} at the start, ${m.loadAtEnd?.join(' / ') ?? '?'} at the end, on ${m.cores} cores shared with other work: expect noise.`,
    '',
  );

  const tg = targets(r);
  if (tg.length) {
    L.push('## Targets (issue 7)', '', '| What | Target | Measured | |', '|---|---|---|---|');
    for (const t of tg)
      L.push(
        `| ${t.what} | ${t.target} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'met' : '**missed**'} |`,
      );
    L.push('');
  }

  if (r.engine) {
    L.push(
      '## 1. Engine in Node (`analyze`, bundled lexicon)',
      '',
      '| Input | Size | Time | Throughput | Story? | Mentions |',
      '|---|---|---|---|---|---|',
    );
    for (const e of r.engine)
      L.push(
        `| ${e.name} | ${n(e.chars)} chars | ${fmt(e.ms)} | ${fmt(e.mbPerS, 'MB/s', 2)} | ${e.isCryptoHack ? 'yes' : 'no'} | ${n(e.mentions)} |`,
      );
    const cold = r.engine[0]?.coldMs;
    if (cold !== undefined)
      L.push(
        '',
        `First call in the process (automata built, JIT cold): ${cold.toFixed(0)} ms on the 10 KB story.`,
      );
    L.push('');
  }

  if (r.pages) {
    L.push(
      '## 2. Story pages in Chromium, same browser session',
      '',
      'HeistLens = `heistlens:gate` (sampling the page) + `heistlens:gate-check` (the gate in the service worker, round trip) + `heistlens:total` (article, text map, analyse incl. the message round trip to the service worker, highlight, cards and panel), read from the page\'s performance timeline (the content script\'s measures are visible to the main world). "Main thread" leaves out the two round trips, whose work runs in the service worker. The floor and mark.js run on the same HTML in a tab the content script does not run in. Times are synchronous script time; style and layout that follow are not included for any of the three.',
      '',
      '| Page | Floor (TreeWalker, first pass) | HeistLens end to end | HeistLens main thread | mark.js (full lexicon) | HeistLens / floor | mark.js / HeistLens | Marks (HeistLens / mark.js) |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const pc of r.pages ?? []) {
      const { ratio, lowerBound } = markjsRatio(pc);
      L.push(
        `| ${n(pc.words)} words (${kb(pc.htmlBytes)} HTML, ${n(pc.textChars)} chars) | ${fmt(pc.floor, 'ms', 2)} | ${fmt(pc.heistlens)} | ${fmt(pc.heistlensMainThread)} | ${markjsCell(pc)} | ${x(pc.heistlens.median / pc.floor.median)} | ${Number.isFinite(ratio) ? (lowerBound ? '> ' : '') + x(ratio) : '–'} | ${n(pc.marks)} / ${pc.markjsMarks === undefined ? '–' : n(pc.markjsMarks)}${pc.markjsCapped ? ' (partial)' : ''} |`,
      );
    }
    L.push(
      '',
      `Later TreeWalker passes over the same page (warm): ${r.pages.map((pc) => `${n(pc.words)} words ${fmt(pc.floorWarm, 'ms', 2)}`).join('; ')}.`,
    );
    L.push(
      '',
      '### HeistLens stages',
      '',
      '| Page | gate (sampling) | gate check (round trip) | article | text map | analyse (round trip) | highlight | total (w/o gate) |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const pc of r.pages) {
      const s = pc.stages;
      L.push(
        `| ${n(pc.words)} words | ${fmt(s.gate)} | ${s['gate-check']?.n ? fmt(s['gate-check']) : '–'} | ${fmt(s.article)} | ${fmt(s['text-map'])} | ${fmt(s.analyse)} | ${fmt(s.highlight)} | ${fmt(s.total)} |`,
      );
    }
    const cold = r.pages[0]?.coldMs;
    if (cold !== undefined)
      L.push(
        '',
        `First story page of the browser session (service worker's engine cold): ${cold.toFixed(0)} ms end to end, not in the medians.`,
      );
    L.push('');
  }

  if (r.nonStory) {
    L.push(
      '## 3. Pages that are not stories',
      '',
      "Static pages: main-thread time attributed to the content script in a Chrome trace (CDP `Tracing`, light categories): the union of the outermost trace events whose script is the content script (evaluation, timers, observers, listeners, message replies) and of its own synchronous User Timing measures (the gate's sampling), with the gate timed on untraced visits (tracing inflates its per-node callbacks; traced figure in brackets). Visit = load, the quiet-DOM wait, the gate, then 1.5 s more.",
      '',
      '| Page | Text | Nodes | Total | Script evaluation | Gate | Other callbacks | Per 100 KB of text | Marked? |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const c of r.nonStory.static)
      L.push(
        `| ${c.name} | ${kb(c.textChars)} | ${n(c.nodes)} | ${fmt(c.totalMs)} | ${fmt(c.evaluateMs)} | ${fmt(c.gateMs)} [${c.gateTracedMs.median.toFixed(1)}] | ${fmt(c.callbacksMs)} (${n(c.callbackCount)} calls) | ${fmt(c.msPer100KB)} | ${c.marked ? '**yes**' : 'no'} |`,
      );
    const mu = r.nonStory.mutating;
    L.push(
      '',
      `Mutating page (${n(mu.mutations)} mutations in ${mu.seconds} s from load; measured without tracing, which inflates small callbacks): the page brackets every other MutationObserver between its own first and last observer and sums the gap.`,
      '',
      '| Measure | Figure |',
      '|---|---|',
      `| Observer time, extension loaded (${n(mu.observerCalls)} deliveries) | ${fmt(mu.observersMs)} |`,
      `| Same, tab without the content script (noise floor of the method) | ${fmt(mu.baselineMs)} |`,
      `| First gate (after the quiet-DOM wait gives up at 3 s) | ${fmt(mu.firstGateMs)} |`,
      `| Gate re-runs after the page went still (${mu.gateRuns - 1}) | ${fmt(mu.laterGatesMs)} |`,
      `| Marked? | ${mu.marked ? '**yes**' : 'no'} |`,
      '',
    );
  }

  if (r.card) {
    const c = r.card;
    L.push(
      '## 4. Card',
      '',
      `${c.hovers} hovers over marks of a 10,000-word story (a fresh card each time), measured in the page from the mouseover event's timestamp.`,
      '',
    );
    L.push('| Measure | Figure |', '|---|---|');
    L.push(`| Hover → card host in the DOM | ${p(c.hostMs)} |`);
    L.push(`| Hover → card with its content painted (next frame) | ${p(c.paintedMs)} |`);
    if (c.handlerMs)
      L.push(
        `| HeistLens's own work in the hover handler (\`heistlens:card\`) | ${p(c.handlerMs)} |`,
      );
    for (const [k, f] of Object.entries(c.paintedByKind)) L.push(`| … on ${k} marks | ${p(f)} |`);
    L.push(
      `| actorCard round trip (extension page → service worker → back) | ${p(c.actorLookupMs, 2)} |`,
    );
    L.push(`| victimInfo round trip | ${p(c.victimLookupMs, 2)} |`, '');
  }

  if (r.dataset) {
    const d = r.dataset;
    L.push('## 5. Dataset and library', '', '| Measure | Figure |', '|---|---|');
    L.push(
      `| Seeding on install: service-worker start → dataset version committed (fresh profile) | ${fmt(d.seedMs, 'ms', 0)} |`,
    );
    L.push(
      `| … of which fetching + parsing the bundled dataset (${kb(d.datasetBytes)}) | ${fmt(d.fetchParseMs)} |`,
    );
    L.push(`| IndexedDB after seeding (navigator.storage.estimate) | ${kb(d.idbBytesSeeded)} |`);
    L.push(
      `| IndexedDB with ${n(d.library.incidents)} saved incidents | ${kb(d.idbBytesWithLibrary)} |`,
    );
    L.push(
      `| Import of ${n(d.library.incidents)} incidents (${kb(d.library.exportBytes)} JSON) | ${n(d.library.importMs)} ms (n=1) |`,
    );
    L.push(
      `| Open the library: list drawn (page's own timer) | ${fmt(d.library.openMs, 'ms', 0)} |`,
    );
    L.push(
      `| Open the library: reload → list drawn (wall) | ${fmt(d.library.openWallMs, 'ms', 0)} |`,
    );
    L.push(`| … source summaries loaded and drawn | ${fmt(d.library.sourcesMs, 'ms', 0)} |`);
    for (const [q, f] of Object.entries(d.library.searchMs))
      L.push(`| Search "${q}" → list updated (next frame) | ${fmt(f)} |`);
    L.push('');
  }

  if (r.bundle) {
    L.push(
      '## 6. Bundle sizes (the Chrome build, `vite build`)',
      '',
      '| Entry point | Files | Raw | Gzipped |',
      '|---|---|---|---|',
    );
    for (const e of r.bundle.entries)
      L.push(
        `| ${e.kind}: \`${e.entry}\` | ${e.files.length} | ${kb(e.rawBytes)} | ${kb(e.gzipBytes)} (${n(e.gzipBytes)} B) |`,
      );
    L.push(
      '',
      '<details><summary>Every file</summary>',
      '',
      '| File | Raw | Gzipped |',
      '|---|---|---|',
    );
    for (const f of r.bundle.files)
      L.push(`| \`${f.file}\` | ${n(f.rawBytes)} B | ${n(f.gzipBytes)} B |`);
    L.push('', '</details>', '');
  }
  if (notes) L.push(notes.trim(), '');
  return L.join('\n') + '\n';
}
