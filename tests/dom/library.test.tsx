// The library page against a real (fake-indexeddb) database through the real handlers.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createRouter } from '../../src/shared/router';
import { HeistLensDB } from '../../src/db/database';
import { importLibrary } from '../../src/db/library-import';
import { listSaved } from '../../src/db/saved-incidents';
import { buildExport, serializeExport } from '../../src/shared/library-export';
import { LibraryApp, type Send } from '../../src/ui/library/LibraryApp';
import { exportOf, generateLibrary } from '../unit/library/generate';

let db: HeistLensDB;
let root: HTMLElement;
let downloads: { name: string; text: string }[];

const settle = async (ms = 30) => {
  for (let k = 0; k < 5; k++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, ms));
    });
  }
};
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const button = (name: string) => $$('button').find((b) => b.textContent?.trim() === name)!;
const snapshot = async () => serializeExport(exportOf(await listSaved(db)));

beforeEach(async () => {
  db = new HeistLensDB(`test-${Math.random()}`);
  const lib = generateLibrary(42, 120);
  lib.incidents[0]!.victims = [{ name: 'Quetzal Vault', kind: 'payment-processor' }];
  lib.incidents[0]!.actors = [{ name: 'Lazarus Group', entityId: 'actor:lazarus-group' }];
  await importLibrary(db, exportOf(lib));
  const { handlers } = createHandlers(db, { loadDataset: async () => ({}) as never });
  const route = createRouter(handlers);
  const send = ((type: string, payload: unknown) => route({ type, payload })) as unknown as Send;
  downloads = [];
  root = document.createElement('div');
  document.body.appendChild(root);
  render(
    <LibraryApp
      send={send}
      download={(name, text) => downloads.push({ name, text })}
      now={() => new Date('2026-02-03T04:05:06.000Z')}
    />,
    root,
  );
  await settle();
});

afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

test('lists, searches and pages through the library', async () => {
  expect($('caption').textContent).toContain('120 incidents');
  expect($$('table.incidents tbody tr')).toHaveLength(50);
  const search = $<HTMLInputElement>('input[type="search"]');
  search.value = 'quetzal vault';
  await act(() => {
    search.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle(5);
  expect($('caption').textContent).toMatch(/^1 incident/);
  expect($('table.incidents tbody').textContent).toContain('Quetzal Vault');
  expect($('section.totals').textContent).toContain('Lazarus Group');
});

test('exports the selection or everything, in the three formats', async () => {
  for (const name of ['Export JSON', 'Export STIX 2.1', 'Export CSV']) {
    button(name).click();
    await settle(5);
  }
  expect(downloads.map((d) => d.name)).toEqual([
    'heistlens-library-2026-02-03.json',
    'heistlens-stix-2026-02-03.json',
    'heistlens-library-2026-02-03.csv',
  ]);
  expect(JSON.parse(downloads[0]!.text).incidents).toHaveLength(120);
  const first = $<HTMLInputElement>('table.incidents tbody input[type="checkbox"]');
  await act(() => first.click());
  await settle(5);
  button('Export JSON').click();
  await settle(5);
  expect(JSON.parse(downloads[3]!.text).incidents).toHaveLength(1);
  expect(root.textContent).toContain('Exports the 1 selected');
});

test('opens details; delete can be undone', async () => {
  const before = await snapshot();
  const open = $$('table.incidents tbody button.link')[0]!;
  const name = open.textContent!;
  await act(() => open.click());
  await settle(5);
  expect($('aside.detail h2').textContent).toBe(name);
  await act(() => button('Delete incident').click());
  await settle();
  expect($('caption').textContent).toContain('119 incidents');
  expect($('[role="status"]').textContent).toContain(`Deleted “${name}”`);
  await act(() => button('Undo').click());
  await settle();
  expect($('caption').textContent).toContain('120 incidents');
  expect(await snapshot()).toBe(before);
});

test('a refused import shows what and where in role="alert" and changes nothing', async () => {
  const before = await snapshot();
  const input = $<HTMLInputElement>('input[type="file"]');
  const doc = JSON.parse(serializeExport(buildExport([], [], '2026-01-01T00:00:00Z', 't')));
  doc.version = 9;
  const file = new File([JSON.stringify(doc)], 'future.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
  const alert = $('[role="alert"]');
  expect(alert.textContent).toMatch(/Import refused: Unsupported version 9.*\(at \$\.version\)/);
  expect(await snapshot()).toBe(before);
});

test('a file over 50 MB is refused without being read', async () => {
  const input = $<HTMLInputElement>('input[type="file"]');
  const file = new File(['{}'], 'huge.json');
  Object.defineProperty(file, 'size', { value: 60 * 1024 * 1024 });
  const text = vi.spyOn(file, 'text');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(5);
  expect($('[role="alert"]').textContent).toMatch(/too large \(60\.0 MB\)/);
  expect(text).not.toHaveBeenCalled();
});

test('hostile strings render as text, never as HTML', async () => {
  const search = $<HTMLInputElement>('input[type="search"]');
  search.value = 'onerror';
  await act(() => {
    search.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle(5);
  expect($$('table.incidents tbody tr').length).toBeGreaterThan(0);
  expect(root.querySelector('img, script')).toBeNull();
});

test('edits an incident and splits a merged source back out', async () => {
  const row = $$('table.incidents tbody tr').find(
    (r) => Number(r.querySelector('td.count')?.textContent) >= 2,
  )!;
  await act(() => row.querySelector<HTMLElement>('button.link')!.click());
  await settle(5);
  await act(() => button('Edit').click());
  await settle(5);
  const notes = $<HTMLTextAreaElement>('form.edit textarea:last-of-type');
  notes.value = 'Checked against the FBI notice.';
  await act(() => {
    notes.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => button('Save changes').click());
  await settle();
  expect($('aside.detail').textContent).toContain('Checked against the FBI notice.');
  expect($('[role="status"]').textContent).toContain('Changes saved');

  const before = $$('aside.detail ol.source-list li').length;
  await act(() => button('Split into its own incident').click());
  await settle();
  expect($('caption').textContent).toContain('121 incidents');
  expect($$('aside.detail ol.source-list li')).toHaveLength(1); // the new incident is shown
  expect(before).toBeGreaterThanOrEqual(2);
});
