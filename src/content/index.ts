// Content script entry: runs on every http(s) page. Costs a settings read and, after the page
// is quiet, a bounded look at its text; does more only on a crypto-hack story.
import { defaultApi } from '../shared/browser';
import { loadSettings } from '../shared/settings';
import { PageController } from './page-controller';

async function main(): Promise<void> {
  const settings = await loadSettings(defaultApi);
  const controller = new PageController(document, settings, defaultApi);
  const route = controller.router();
  defaultApi.runtime.onMessage.addListener((msg: unknown) => route(msg));
  await controller.start();
}

void main();
