// Main-thread time attributed to the content script, from a Chrome trace taken over CDP:
// the union of (a) the outermost trace events whose script is the content script
// (EvaluateScript, timer/observer/listener FunctionCalls) and (b) our own User Timing measures
// (which cover the synchronous stages, including microtask continuations the trace does not
// attribute to a script). Overlaps are counted once.
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  id?: string;
  id2?: { local?: string };
  args?: { data?: { url?: string }; fileName?: string };
}

// Light categories: the disabled-by-default timeline categories capture a JS stack for every
// timer install and call, which inflates small callbacks (a 0.02 ms observer read 0.3 ms).
export const CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing'];

export interface Tracer {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(context: BrowserContext, page: Page): Promise<Tracer> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  } as never);
  return {
    async stop() {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return events;
    },
  };
}

const ASYNC_MEASURES = new Set(['heistlens:total', 'heistlens:gate-check', 'heistlens:analyse']);

export interface Attribution {
  /** Union of all attributed intervals on the page's main thread, ms. */
  totalMs: number;
  /** Script evaluation (parse, compile, top-level run) of the content script. */
  evaluateMs: number;
  /** Callbacks (timers, observers, listeners, message replies) outside our measures. */
  callbacksMs: number;
  /** Our User Timing measures (heistlens:gate etc.), summed. */
  measuresMs: number;
  callbackCount: number;
}

function union(intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [cs, ce] = [-Infinity, -Infinity];
  for (const [s, e] of intervals) {
    if (s > ce) {
      if (ce > cs) total += ce - cs;
      [cs, ce] = [s, e];
    } else ce = Math.max(ce, e);
  }
  if (ce > cs) total += ce - cs;
  return total;
}

export function attribute(events: TraceEvent[], scriptUrl: string): Attribution {
  const ours = events.filter(
    (e) => e.ph === 'X' && (e.args?.data?.url === scriptUrl || e.args?.fileName === scriptUrl),
  );
  // The page's main thread is where the content script was evaluated.
  const evaluate = ours.find((e) => e.name === 'EvaluateScript');
  const tid = evaluate?.tid ?? ours[0]?.tid;
  const onThread = ours.filter((e) => e.tid === tid).sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of onThread) {
    const eEnd = e.ts + (e.dur ?? 0);
    if (e.ts >= end) {
      outer.push(e);
      end = eEnd;
    } else end = Math.max(end, eEnd);
  }
  // User Timing measures arrive as async begin/end pairs (ts in µs, trace clock).
  const measures: [number, number][] = [];
  const open = new Map<string, number>();
  for (const e of events) {
    // Measures that span a wait for the worker (or the whole pass) are not main-thread time.
    if (!e.name.startsWith('heistlens:') || ASYNC_MEASURES.has(e.name)) continue;
    const key = `${e.name}:${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) {
      measures.push([open.get(key)!, e.ts]);
      open.delete(key);
    }
  }
  const intervals: [number, number][] = [
    ...outer.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]),
    ...measures,
  ];
  const evalMs = outer
    .filter((e) => e.name === 'EvaluateScript')
    .reduce((n, e) => n + (e.dur ?? 0), 0);
  const callbacks = outer.filter((e) => e.name !== 'EvaluateScript');
  return {
    totalMs: union(intervals) / 1000,
    evaluateMs: evalMs / 1000,
    callbacksMs: union(callbacks.map((e) => [e.ts, e.ts + (e.dur ?? 0)])) / 1000,
    measuresMs: measures.reduce((n, [s, e]) => n + e - s, 0) / 1000,
    callbackCount: callbacks.length,
  };
}
