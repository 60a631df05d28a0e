// Debounced watch for late content and SPA navigation. Our own nodes are ignored so marking
// never triggers another pass.
import { isOurElement } from './ours';
export function watchPage(
  doc: Document,
  /** Called (debounced) with the number of characters of text added since the last call. */
  onChange: (addedChars: number) => unknown,
  {
    onNavigate,
    debounceMs = 600,
    signal,
  }: { onNavigate: () => unknown; debounceMs?: number; signal?: AbortSignal },
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What the pending timer will do; a change timer is re-armed, not replaced, on more changes. */
  let pending: 'change' | 'navigate' | undefined;
  let lastChange = 0;
  let added = 0;
  const isOurs = (n: Node) => n.nodeType === 1 && isOurElement(n as Element);
  // New content arrives as elements; Text nodes come and go when we split them for marks.
  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1 || isOurs(n)) continue;
        relevant = true;
        added += Math.min(n.textContent?.length ?? 0, 100_000);
      }
      if (!relevant) relevant = [...r.removedNodes].some((n) => n.nodeType === 1 && !isOurs(n));
    }
    if (!relevant) return;
    // A page that changes all the time (tickers, live feeds) calls this on every change: keep
    // one timer and move its deadline instead of clearing and setting a timer each time
    // (observer time on a page mutating 100×/s: see the commit; bench, issue 7).
    lastChange = Date.now();
    if (pending === 'change') return;
    clearTimeout(timer);
    pending = 'change';
    timer = setTimeout(fireChange, debounceMs);
  });
  const fireChange = () => {
    const wait = lastChange + debounceMs - Date.now();
    if (wait > 1) {
      timer = setTimeout(fireChange, wait);
      return;
    }
    pending = undefined;
    const chars = added;
    added = 0;
    void onChange(chars);
  };
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  let lastUrl = doc.location.href;
  const checkUrl = () => {
    if (doc.location.href === lastUrl) return;
    lastUrl = doc.location.href;
    clearTimeout(timer);
    pending = 'navigate';
    timer = setTimeout(() => {
      pending = undefined;
      void onNavigate();
    }, debounceMs);
  };
  // Content scripts cannot patch the page's history.pushState; poll the URL cheaply instead
  // and listen to popstate for back/forward.
  const poll = setInterval(checkUrl, 500);
  doc.defaultView?.addEventListener('popstate', checkUrl);
  signal?.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(poll);
    clearTimeout(timer);
  });
}
