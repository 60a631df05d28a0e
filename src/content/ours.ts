// What HeistLens injects, recognised in one place: every element carries the heistlens prefix
// (DESIGN.md), so observers and walkers can skip our own nodes.
export const STYLE_ID = 'heistlens-style';

/** Our marks, UI hosts and stylesheet. */
export const isOurElement = (el: Element): boolean =>
  el.tagName.startsWith('HEISTLENS-') || el.id === STYLE_ID;

/** Our UI (card, panel hosts), whose text is never part of the page's text. Marks are not UI. */
export const isOurUi = (el: Element): boolean =>
  isOurElement(el) && el.tagName !== 'HEISTLENS-MARK';
