import { expect, test } from 'vitest';
import { createRouter, type Handlers } from '../../src/shared/router';

const handlers = {
  pageState: async ({ url }: { url: string }) => ({ saved: url === 'saved' }),
  deleteIncident: async () => {
    throw new Error('disk full');
  },
} as unknown as Handlers;

test('routes a known message and wraps the answer in a Result', async () => {
  const route = createRouter(handlers);
  expect(await route({ type: 'pageState', payload: { url: 'saved' } })).toEqual({
    ok: true,
    value: { saved: true },
  });
});

test('a failing handler answers with an error as data, not a throw', async () => {
  const route = createRouter(handlers);
  expect(await route({ type: 'deleteIncident', payload: { id: 'x' } })).toEqual({
    ok: false,
    error: { code: 'handler-failed', message: 'disk full' },
  });
});

test('unknown or malformed messages are ignored', () => {
  const route = createRouter(handlers);
  expect(route({ type: 'toString' })).toBeUndefined();
  expect(route({ type: 'nope' })).toBeUndefined();
  expect(route(null)).toBeUndefined();
  expect(route('pageState')).toBeUndefined();
});
