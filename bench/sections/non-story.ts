// 3. What HeistLens costs on pages that are not stories.
// Static pages (encyclopedia, web app): main-thread time attributed to the content script in a
// Chrome trace (script evaluation, timers, observers, listeners) united with its own User
// Timing measures (the gate). The mutating page: observer time measured without tracing (the
// page's own first/last observers bracket every other observer; see gen/non-story.ts), with the
// same page in a tab without the content script as the baseline.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encyclopediaPage, mutatingPage, webAppPage } from '../gen/non-story';
import { PAGES, type Session } from '../lib/browser';
import { figure, log, type Figure } from '../lib/stats';
import { attribute, startTrace } from '../lib/trace';

export interface StaticCase {
  name: string;
  htmlBytes: number;
  textChars: number;
  nodes: number;
  marked: boolean;
  /** Main-thread ms attributed to the content script over the visit. */
  totalMs: Figure;
  evaluateMs: Figure;
  /** The gate's page-side work (sampling), timed without tracing. */
  gateMs: Figure;
  /** The same under tracing, for reference (inflated by per-call trace events). */
  gateTracedMs: Figure;
  callbacksMs: Figure;
  callbackCount: number;
  msPer100KB: Figure;
}

export interface MutatingCase {
  name: string;
  seconds: number;
  mutations: number;
  /** Time in observers other than the page's own, with the extension, over the run. */
  observersMs: Figure;
  /** Same measure in a tab without the content script (the method's own noise floor). */
  baselineMs: Figure;
  observerCalls: number;
  /** Gate passes and their time (the first, after the quiet-DOM wait, and re-runs). */
  gateRuns: number;
  firstGateMs: Figure;
  laterGatesMs: Figure;
  marked: boolean;
}

export interface NonStoryResult {
  static: StaticCase[];
  mutating: MutatingCase;
}

interface Info {
  gates: number[];
  chars: number;
  nodes: number;
  marked: boolean;
}

const pageInfo = () => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let texts = 0;
  while (w.nextNode()) texts++;
  return {
    gates: performance.getEntriesByName('heistlens:gate').map((e) => e.duration),
    chars: document.body.textContent?.length ?? 0,
    nodes: document.querySelectorAll('*').length + texts,
    marked: document.querySelector('heistlens-mark, heistlens-panel') !== null,
  };
};

async function staticCase(
  session: Session,
  name: string,
  file: string,
  html: string,
  reps: number,
): Promise<StaticCase> {
  const { context } = session.browser;
  writeFileSync(resolve(PAGES, file), html);
  const runs: { total: number; evaluate: number; callbacks: number; calls: number; info: Info }[] =
    [];
  for (let i = 0; i < reps; i++) {
    const page = await context.newPage();
    // Start on the same origin, so the navigation stays in one renderer.
    await page.goto(`${session.server.origin}/blank.html`);
    const tracer = await startTrace(context, page);
    await page.goto(`${session.server.origin}/${file}`);
    await page.waitForFunction(
      () => performance.getEntriesByName('heistlens:gate').length > 0,
      null,
      { timeout: 30_000, polling: 100 },
    );
    await page.waitForTimeout(1500); // the watch's observer and URL poll run a while
    const a = attribute(await tracer.stop(), session.contentScriptUrl);
    const info = await page.evaluate(pageInfo);
    runs.push({
      total: a.totalMs,
      evaluate: a.evaluateMs,
      callbacks: a.callbacksMs,
      calls: a.callbackCount,
      info,
    });
    await page.close();
  }
  // Tracing inflates the gate's per-node acceptNode calls (each becomes a trace event), so the
  // gate is also timed on untraced visits, and that figure replaces the traced one in the total.
  const untracedGates: number[] = [];
  for (let i = 0; i < reps; i++) {
    const page = await context.newPage();
    await page.goto(`${session.server.origin}/${file}`);
    await page.waitForFunction(
      () => performance.getEntriesByName('heistlens:gate').length > 0,
      null,
      { timeout: 30_000, polling: 100 },
    );
    untracedGates.push((await page.evaluate(pageInfo)).gates.reduce((n, g) => n + g, 0));
    await page.close();
  }
  const gate = figure(untracedGates);
  const adjusted = runs.map((r) => ({
    ...r,
    total: r.total - r.info.gates.reduce((n, g) => n + g, 0) + gate.median,
  }));
  const last = runs.at(-1)!.info;
  const c: StaticCase = {
    name,
    htmlBytes: html.length,
    textChars: last.chars,
    nodes: last.nodes,
    marked: runs.some((r) => r.info.marked),
    totalMs: figure(adjusted.map((r) => r.total)),
    evaluateMs: figure(runs.map((r) => r.evaluate)),
    gateMs: gate,
    gateTracedMs: figure(runs.map((r) => r.info.gates.reduce((n, g) => n + g, 0))),
    callbacksMs: figure(runs.map((r) => r.callbacks)),
    callbackCount: Math.round(figure(runs.map((r) => r.calls)).median),
    msPer100KB: figure(adjusted.map((r) => r.total / (r.info.chars / 100_000))),
  };
  log(
    `non-story ${name}: ${c.totalMs.median.toFixed(1)} ms (gate ${c.gateMs.median.toFixed(1)}, eval ${c.evaluateMs.median.toFixed(1)})`,
  );
  return c;
}

interface Gap {
  ms: number;
  calls: number;
}

async function mutatingCase(
  session: Session,
  seconds: number,
  reps: number,
): Promise<MutatingCase> {
  const { context } = session.browser;
  const html = mutatingPage(seconds);
  writeFileSync(resolve(PAGES, 'mutating.html'), html);
  const done = () => (window as unknown as { __done?: boolean }).__done === true;
  const read = () => {
    const w = window as unknown as { __gap: Gap; __mutations: number };
    return { gap: w.__gap, mutations: w.__mutations };
  };
  const withExt: { gap: Gap; mutations: number; info: Info }[] = [];
  const without: number[] = [];
  for (let i = 0; i < reps; i++) {
    const page = await context.newPage();
    await page.goto(`${session.server.origin}/mutating.html`);
    await page.waitForFunction(done, null, { timeout: 60_000, polling: 200 });
    await page.waitForTimeout(1500); // the debounced observer fires once the page is still
    withExt.push({ ...(await page.evaluate(read)), info: await page.evaluate(pageInfo) });
    await page.close();

    const bare = await context.newPage();
    await bare.setContent(html);
    await bare.waitForFunction(done, null, { timeout: 60_000, polling: 200 });
    without.push((await bare.evaluate(read)).gap.ms);
    await bare.close();
  }
  const gates = withExt.map((r) => r.info.gates);
  const m: MutatingCase = {
    name: `DOM mutating 100×/s for ${seconds} s`,
    seconds,
    mutations: withExt.at(-1)!.mutations,
    observersMs: figure(withExt.map((r) => r.gap.ms)),
    baselineMs: figure(without),
    observerCalls: withExt.at(-1)!.gap.calls,
    gateRuns: Math.max(...gates.map((g) => g.length)),
    firstGateMs: figure(gates.map((g) => g[0] ?? 0)),
    laterGatesMs: figure(gates.map((g) => g.slice(1).reduce((n, x) => n + x, 0))),
    marked: withExt.some((r) => r.info.marked),
  };
  log(
    `non-story mutating: observers ${m.observersMs.median.toFixed(1)} ms vs baseline ${m.baselineMs.median.toFixed(1)} ms; ${m.gateRuns} gate runs`,
  );
  return m;
}

export async function benchNonStory(session: Session): Promise<NonStoryResult> {
  writeFileSync(resolve(PAGES, 'blank.html'), '<!doctype html><title>blank</title>');
  return {
    static: [
      await staticCase(
        session,
        '1 MB encyclopedia page',
        'encyclopedia.html',
        encyclopediaPage(),
        3,
      ),
      await staticCase(session, 'web app, 50,000 nodes', 'web-app.html', webAppPage(), 3),
    ],
    mutating: await mutatingCase(session, 10, 2),
  };
}
