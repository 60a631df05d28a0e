// Owns HeistLens's presence on one page: when to run, what the popup is told, and switching
// off (which removes everything and restores the DOM).
import type { BrowserApi } from '../shared/browser';
import type { PageSummary, ToContent } from '../shared/messages';
import { createRouter, type HandlersOf } from '../shared/router';
import { isActiveOn, saveSettings, type Settings } from '../shared/settings';
import type { Analysis } from '../core/types';
import { passesGate } from './gate';
import { sampleText } from './sample';
import { runPage, type PageRun } from './pipeline';
import { measured, measuredAsync } from './timing';
import { waitForQuietDom } from './quiet-dom';
import { watchPage } from './watch';

const HIDDEN_CLASS = 'heistlens-hidden';
/** Text added to an already-marked page that is worth a new pass (about a paragraph). */
const NEW_CONTENT_CHARS = 400;

export class PageController {
  private run: PageRun | null = null;
  private analysis: Analysis | null = null;
  private analysed = false;
  private busy: Promise<void> | null = null;
  private watching: AbortController | null = null;

  constructor(
    private doc: Document,
    private settings: Settings,
    private api: Pick<BrowserApi, 'storage'>,
  ) {}

  get active(): boolean {
    return isActiveOn(this.settings, this.doc.location.hostname);
  }

  async start(): Promise<void> {
    if (!this.active || this.settings.mode === 'click') return;
    await waitForQuietDom(this.doc);
    await this.pass();
    this.watch();
  }

  /** One analysis of the page; `force` skips the gate and the classifier ("Analyse anyway"). */
  pass(force = false): Promise<void> {
    // A forced pass waits for the one under way, then runs: "Analyse anyway" must not be lost.
    if (this.busy && !force) return this.busy;
    const previous = this.busy ?? Promise.resolve();
    const run = previous.then(() => this.analyseOnce(force));
    this.busy = run;
    // Cleared only after the promise settles (never synchronously, even on a fast path).
    void run.finally(() => {
      if (this.busy === run) this.busy = null;
    });
    return run;
  }

  private async analyseOnce(force: boolean): Promise<void> {
    try {
      this.clear();
      // 'gate' is the page's own cost (sampling); 'gate-check' the round trip to the worker.
      const sample = force ? '' : measured('gate', () => sampleText(this.doc));
      if (force || (await measuredAsync('gate-check', () => passesGate(sample)))) {
        const verdict = await measuredAsync('total', () =>
          runPage(this.doc, this.settings, { force }),
        );
        this.analysis = verdict.analysis;
        this.run = verdict.run;
      }
      this.analysed = true;
    } catch (e) {
      console.debug('[HeistLens] page pass failed:', e);
    }
  }

  private watch(): void {
    this.watching?.abort();
    this.watching = new AbortController();
    // Late content re-runs while nothing is marked; on a marked page only a sizeable addition
    // (the next story of an endless feed) does, so rotating ads cost nothing. Navigation always.
    watchPage(
      this.doc,
      (added) => (!this.run || added >= NEW_CONTENT_CHARS ? this.pass() : undefined),
      {
        onNavigate: () => this.pass(),
        signal: this.watching.signal,
      },
    );
  }

  private clear(): void {
    this.run?.teardown();
    this.run = null;
    this.analysis = null;
    this.doc.documentElement.classList.remove(HIDDEN_CLASS);
    if (this.doc.documentElement.getAttribute('class') === '') {
      this.doc.documentElement.removeAttribute('class');
    }
  }

  /** Everything off: marks, UI, listeners, observers. */
  teardown(): void {
    this.watching?.abort();
    this.watching = null;
    this.clear();
    this.analysed = false;
  }

  summary(): PageSummary {
    if (!this.active) return { state: 'off' };
    if (!this.analysed) return { state: 'pending' };
    if (!this.run)
      return {
        state: 'not-story',
        ...(this.analysis ? { score: this.analysis.score, reasons: this.analysis.reasons } : {}),
      };
    const a = this.run.analysis;
    return {
      state: 'story',
      incident: a.incident,
      reasons: a.reasons,
      score: a.score,
      marks: this.run.marks,
    };
  }

  async setActive(active: boolean): Promise<void> {
    const host = this.doc.location.hostname;
    const others = this.settings.disabledSites.filter((h) => h !== host);
    this.settings = { ...this.settings, disabledSites: active ? others : [...others, host] };
    await saveSettings(this.api, this.settings);
    if (!active) this.teardown();
    else {
      await this.pass();
      this.watch();
    }
  }

  toggleHidden(): boolean {
    if (!this.run) return false;
    return this.doc.documentElement.classList.toggle(HIDDEN_CLASS);
  }

  router() {
    const handlers: HandlersOf<ToContent> = {
      pageSummary: () => this.summary(),
      analyseNow: async () => {
        await this.pass(true);
        return this.summary();
      },
      setActiveHere: async ({ active }) => {
        await this.setActive(Boolean(active));
        return this.summary();
      },
      toggleHighlights: () => ({ hidden: this.toggleHidden() }),
    };
    return createRouter<ToContent>(handlers);
  }
}
