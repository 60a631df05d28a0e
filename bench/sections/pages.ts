// 2. Story pages of 2,000 / 10,000 / 100,000 words in Chromium with the built extension, side
// by side in one browser session: the floor (one TreeWalker pass collecting the text),
// HeistLens end to end and per stage, and mark.js marking the same alias lexicon.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { bundledLexicon } from '../../src/data/lexicon';
import { storyPage } from '../gen/story';
import { heistlensMeasures, PAGES, type Session } from '../lib/browser';
import { figure, log, type Figure } from '../lib/stats';

export interface PageCase {
  words: number;
  htmlBytes: number;
  textChars: number;
  marks: number;
  /** First TreeWalker pass over a freshly loaded page. */
  floor: Figure;
  /** Later passes over the same page. */
  floorWarm: Figure;
  /**
   * gate (sampling) + gate-check (round trip to the worker's gate) + total (article, text map,
   * analyse round trip, highlight, cards and panel).
   */
  heistlens: Figure;
  /** The same minus the round trips (gate check, analyse): work on the page's own main thread. */
  heistlensMainThread: Figure;
  stages: Record<string, Figure>;
  /** The first page of the browser session (service worker cold), not in the medians. */
  coldMs?: number;
  markjs: Figure | null;
  /** Set when mark.js was stopped at the cap: time spent and the share of keywords done. */
  markjsCapped?: { spentMs: number; keywordsDone: number; keywords: number; projectedMs: number };
  markjsMarks?: number;
}

const SIZES = [
  { words: 2_000, reps: 7, markReps: 3 },
  { words: 10_000, reps: 5, markReps: 2 },
  { words: 100_000, reps: 3, markReps: 1 },
];
export const MARKJS_CAP_MS = 60_000;
const MARKJS_BATCH = 250; // mark.js overflows the stack above ~1,000 keywords per call

const require = createRequire(import.meta.url);
const MARKJS_SOURCE = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

export function lexiconAliases(): string[] {
  return [...new Set(bundledLexicon().terms.map((t) => t.alias))];
}

export async function benchPages(session: Session): Promise<PageCase[]> {
  const { context } = session.browser;
  const aliases = lexiconAliases();
  const out: PageCase[] = [];
  let cold: number | undefined;
  for (const size of SIZES) {
    const story = storyPage(size.words);
    const file = `story-${size.words}.html`;
    writeFileSync(resolve(PAGES, file), story.html);
    const url = `${session.server.origin}/${file}`;

    // HeistLens: a fresh document (and content-script instance) per run.
    const page = await context.newPage();
    const runs: Record<string, number>[] = [];
    let marks = 0;
    for (let i = 0; i <= size.reps; i++) {
      await page.goto(url);
      const m = await heistlensMeasures(page);
      // Older builds ran the gate in the page and had no 'gate-check' measure.
      const e2e = (m.gate ?? 0) + (m['gate-check'] ?? 0) + (m.total ?? 0);
      if (cold === undefined) cold = e2e;
      if (i === 0) continue; // warm-up
      runs.push({ ...m, e2e, mainThread: e2e - (m.analyse ?? 0) - (m['gate-check'] ?? 0) });
      marks = await page.locator('heistlens-mark').count();
    }
    await page.close();

    // Floor and mark.js on the same HTML in a page the content script does not run in
    // (about:blank + setContent), so neither sees HeistLens's marks or observers.
    const bare = await context.newPage();
    const floorTimes: number[] = [];
    const warmFloorTimes: number[] = [];
    let textChars = 0;
    for (let i = 0; i < 7; i++) {
      // The floor is the first read of a freshly loaded page, as HeistLens's pass is; the
      // passes after it (walker and nodes warm) are kept as a second figure.
      await bare.setContent(story.html);
      for (let k = 0; k < 3; k++) {
        const r = await bare.evaluate(() => {
          const t = performance.now();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const parts: string[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
          const text = parts.join('');
          return { ms: performance.now() - t, chars: text.length };
        });
        (k === 0 ? floorTimes : warmFloorTimes).push(r.ms);
        textChars = r.chars;
      }
    }

    const markTimes: number[] = [];
    let capped: PageCase['markjsCapped'];
    let markjsMarks: number | undefined;
    for (let rep = 0; rep < size.markReps && !capped; rep++) {
      await bare.setContent(story.html);
      await bare.addScriptTag({ content: MARKJS_SOURCE });
      let spent = 0;
      let done = 0;
      for (let k = 0; k < aliases.length; k += MARKJS_BATCH) {
        const batch = aliases.slice(k, k + MARKJS_BATCH);
        spent += await bare.evaluate((keywords) => {
          const Mark = (
            window as unknown as {
              Mark: new (el: Element) => { mark(k: string[], o: object): void };
            }
          ).Mark;
          const t = performance.now();
          new Mark(document.body).mark(keywords, {
            separateWordSearch: false,
            accuracy: 'exactly',
            diacritics: false,
          });
          return performance.now() - t;
        }, batch);
        done += batch.length;
        if (spent > MARKJS_CAP_MS && done < aliases.length) {
          capped = {
            spentMs: spent,
            keywordsDone: done,
            keywords: aliases.length,
            projectedMs: (spent * aliases.length) / done,
          };
          break;
        }
      }
      if (!capped) markTimes.push(spent);
      markjsMarks = await bare.locator('mark[data-markjs]').count();
      log(
        `mark.js ${size.words} words: ${capped ? `> ${Math.round(spent)} ms (stopped)` : `${Math.round(spent)} ms`}`,
      );
    }
    await bare.close();

    const stageNames = [
      'gate',
      'gate-check',
      'article',
      'text-map',
      'analyse',
      'highlight',
      'total',
    ];
    const pc: PageCase = {
      words: story.words,
      htmlBytes: story.html.length,
      textChars,
      marks,
      floor: figure(floorTimes),
      floorWarm: figure(warmFloorTimes),
      heistlens: figure(runs.map((r) => r.e2e!)),
      heistlensMainThread: figure(runs.map((r) => r.mainThread!)),
      stages: Object.fromEntries(stageNames.map((s) => [s, figure(runs.map((r) => r[s] ?? 0))])),
      ...(out.length === 0 && cold !== undefined ? { coldMs: cold } : {}),
      markjs: markTimes.length ? figure(markTimes) : null,
      ...(capped ? { markjsCapped: capped } : {}),
      ...(markjsMarks !== undefined ? { markjsMarks } : {}),
    };
    out.push(pc);
    log(
      `pages ${size.words} words: floor ${pc.floor.median.toFixed(2)} ms, HeistLens ${pc.heistlens.median.toFixed(1)} ms, ${marks} marks`,
    );
  }
  return out;
}
