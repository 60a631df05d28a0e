// Content script entry: runs on every http(s) page. Cheap unless the page looks like a
// crypto-hack story; waits for a quiet DOM; re-runs on late content and SPA navigation.
import { defaultApi } from '../shared/browser';
import { isActiveOn, loadSettings } from '../shared/settings';
import { passesGate } from './gate';
import { runPage, type PageRun } from './pipeline';
import { waitForQuietDom } from './quiet-dom';
import { watchPage } from './watch';

async function main(): Promise<void> {
  const settings = await loadSettings(defaultApi);
  if (!isActiveOn(settings, location.hostname)) return;

  let current: PageRun | null = null;
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      current?.teardown();
      current = null;
      if (passesGate(document)) current = await runPage(document, settings);
    } catch (e) {
      console.debug('[HeistLens] page pass failed:', e);
    } finally {
      running = false;
    }
  };

  await waitForQuietDom(document);
  await pass();
  // Late content, infinite scroll and History-API navigation: re-run while nothing is marked.
  watchPage(document, () => (current ? undefined : pass()), { onNavigate: pass });

  defaultApi.runtime.onMessage.addListener((msg: unknown) => {
    if ((msg as { type?: string })?.type === 'toggleHighlights') {
      document.documentElement.classList.toggle('heistlens-hidden');
    }
    return undefined;
  });
}

void main();
