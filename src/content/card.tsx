// The card that opens on hover or focus of a mark. Asks the background for what the dataset
// knows; Escape or leaving closes it and returns focus to the mark.
import type { Analysis, Mention } from '../core/types';
import { send } from '../shared/send';
import type { ActorCardView, VictimView } from '../shared/views';
import { ActorCard } from '../ui/components/ActorCard';
import { MentionCard } from '../ui/components/MentionCard';
import { measured } from './timing';
import { createUiHost, type UiHost } from './ui-host';

const CARD_WIDTH = 360;

/** What a mark stands for: the mention and the analysis of the story it belongs to. */
export type MarkLookup = (
  mark: HTMLElement,
) => { analysis: Analysis; mention: Mention } | undefined;

export function attachCards(
  doc: Document,
  lookup: MarkLookup,
  stories: readonly Analysis[],
  signal: AbortSignal,
): void {
  let ui: UiHost | null = null;
  let openFor: HTMLElement | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  // Answers are cached per page. Asking the background on every hover put a message round trip,
  // and so at least one more frame, between hover and card (victim cards p50 31.7 ms / p95
  // 41.5 ms after hover against 15.3 / 26.9 ms for amounts; bench, issue 7).
  const actors = answers((id) => send('actorCard', { id }).then((r) => (r.ok ? r.value : null)));
  const victims = answers((name) =>
    send('victimInfo', { name }).then((r) => (r.ok ? r.value : undefined)),
  );

  // Ask for the story's cards once the page is idle, so the first hover on each name needs no
  // message round trip either (issue 7: card painted ≤ 16 ms p95 after hover).
  const prefetch = () => {
    if (signal.aborted) return;
    for (const analysis of stories) {
      for (const m of analysis.mentions) {
        if (m.kind === 'actor' && m.entityId) void actors.get(m.entityId);
        else if (m.kind === 'victim') void victims.get(m.canonical ?? m.text);
      }
    }
  };
  const view = doc.defaultView;
  if (view && 'requestIdleCallback' in view) view.requestIdleCallback(prefetch, { timeout: 2000 });
  else setTimeout(prefetch, 200);

  const close = (returnFocus: boolean) => {
    ui?.remove();
    ui = null;
    if (returnFocus) openFor?.focus();
    openFor = null;
  };

  const place = (mark: HTMLElement) => {
    const r = mark.getBoundingClientRect();
    const view = doc.defaultView!;
    const left = Math.max(
      8,
      Math.min(r.left + view.scrollX, view.scrollX + view.innerWidth - CARD_WIDTH - 16),
    );
    return `position: absolute; z-index: 2147483646; left: ${left}px; top: ${r.bottom + view.scrollY + 6}px;`;
  };

  // The synchronous part of opening is a User Timing measure ("heistlens:card"), so the bench can
  // tell our own work from the browser's input and frame latency.
  const open = (mark: HTMLElement) => measured('card', () => openNow(mark));
  const openNow = (mark: HTMLElement) => {
    if (openFor === mark) return;
    close(false);
    const found = lookup(mark);
    if (!found) return;
    const { analysis, mention } = found;
    openFor = mark;
    ui = createUiHost(doc, 'heistlens-card', place(mark));
    const label = `HeistLens: ${mention.canonical ?? mention.text}`;
    const frame = (body: preact.ComponentChild, busy = false) => (
      <div role="dialog" aria-label={label} aria-busy={busy}>
        {body}
      </div>
    );
    const current = ui;
    const actorBody = (view: ActorCardView | null) => {
      const actor = analysis.incident.actors.find((a) => a.entityId === mention.entityId);
      const attribution = actor?.attribution
        ? `${actor.attribution.strength}${actor.attribution.by ? ` by ${actor.attribution.by}` : ''}`
        : undefined;
      return view ? (
        <ActorCard view={view} asWritten={mention.text} attribution={attribution} />
      ) : (
        <MentionCard mention={mention} />
      );
    };
    const victimBody = (info: VictimView | undefined) => (
      <MentionCard mention={mention} victim={info} />
    );
    // What the card needs from the background, if anything; answers that have already arrived
    // (prefetched, or an earlier hover) render at once, with no placeholder in between.
    let body: preact.ComponentChild | Promise<preact.ComponentChild>;
    if (mention.kind === 'actor' && mention.entityId) {
      const known = actors.arrived(mention.entityId);
      body = known ? actorBody(known.value) : actors.get(mention.entityId).then(actorBody);
    } else if (mention.kind === 'victim') {
      const name = mention.canonical ?? mention.text;
      const known = victims.arrived(name);
      body = known ? victimBody(known.value) : victims.get(name).then(victimBody);
    } else {
      body = <MentionCard mention={mention} />;
    }
    if (!(body instanceof Promise)) {
      current.render(frame(body));
      return;
    }
    current.render(frame(<p class="card">Looking up {mention.text}…</p>, true));
    void body.then((arrived) => {
      if (ui === current) current.render(frame(arrived));
    });
  };

  // composedPath()[0] sees through open shadow roots, where event.target is retargeted to the host.
  const markOf = (e: Event) => {
    const t = e.composedPath()[0] ?? e.target;
    return t instanceof Element ? (t.closest('heistlens-mark') as HTMLElement | null) : null;
  };

  const opts = { signal, capture: true } as const;
  doc.addEventListener(
    'mouseover',
    (e) => {
      const m = markOf(e);
      if (m) {
        clearTimeout(closeTimer);
        open(m);
      }
    },
    opts,
  );
  doc.addEventListener(
    'mouseout',
    (e) => {
      if (!markOf(e)) return;
      const to = (e as MouseEvent).relatedTarget;
      if (to instanceof Node && ui?.host.contains(to)) return;
      closeTimer = setTimeout(() => {
        if (ui && !ui.host.matches(':hover') && doc.activeElement !== openFor) close(false);
      }, 400);
    },
    opts,
  );
  doc.addEventListener(
    'focusin',
    (e) => {
      const m = markOf(e);
      if (m) open(m);
    },
    opts,
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && ui) {
        e.stopPropagation();
        close(true);
      } else if (e.key === 'Enter') {
        const m = markOf(e);
        if (m) open(m);
      }
    },
    opts,
  );
  signal.addEventListener('abort', () => {
    clearTimeout(closeTimer);
    close(false);
  });
}

/** A cache of the background's answers that also tells, synchronously, which have arrived. */
function answers<T>(ask: (key: string) => Promise<T>) {
  const pending = new Map<string, Promise<T>>();
  const arrived = new Map<string, T>();
  return {
    get(key: string): Promise<T> {
      let answer = pending.get(key);
      if (!answer) {
        answer = ask(key).then((value) => {
          arrived.set(key, value);
          return value;
        });
        pending.set(key, answer);
      }
      return answer;
    },
    arrived: (key: string): { value: T } | undefined =>
      arrived.has(key) ? { value: arrived.get(key) as T } : undefined,
  };
}
