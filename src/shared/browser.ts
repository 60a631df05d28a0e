// The seam between our code and the browser (DESIGN.md style 4): extension code takes `api`
// as a parameter defaulting to this object, so tests can pass a substitute.
import browser from 'webextension-polyfill';

export type BrowserApi = typeof browser;
export const defaultApi: BrowserApi = browser;
