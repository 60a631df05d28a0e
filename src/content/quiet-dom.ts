// Resolves once the page has stopped changing for `quietMs` (or after `maxMs`), so we never
// touch a page that is still hydrating.
export function waitForQuietDom(
  doc: Document,
  {
    quietMs = 250,
    maxMs = 3000,
    signal,
  }: { quietMs?: number; maxMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(done, quietMs);
    const cap = setTimeout(done, maxMs);
    signal?.addEventListener('abort', done);
  });
}
