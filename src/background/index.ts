// Service worker (Chrome) / event page (Firefox): owns the database, seeds the dataset and
// answers the content script and extension pages through one router.
import { defaultApi } from '../shared/browser';
import { HeistLensDB } from '../db/database';
import { createHandlers } from './handlers';
import { createRouter } from '../shared/router';

const db = new HeistLensDB();
const { handlers, ensureSeeded } = createHandlers(db);
const route = createRouter(handlers);

// Returning undefined lets other listeners answer; returning a promise sends its value back.
defaultApi.runtime.onMessage.addListener((msg: unknown) => route(msg));

defaultApi.runtime.onInstalled.addListener(() => {
  void ensureSeeded();
});

defaultApi.commands?.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await defaultApi.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) {
    await defaultApi.tabs
      .sendMessage(tab.id, { type: 'toggleHighlights', payload: {} })
      .catch(() => undefined); // no content script on this tab (e.g. a browser page)
  }
});
