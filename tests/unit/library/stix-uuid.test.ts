import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { uuidv5 } from '../../../src/shared/stix-uuid';

test('UUIDv5 matches the RFC 9562 example (DNS namespace, www.example.com)', () => {
  expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
    '2ed6657d-e927-568b-95e1-2665a8aea6a2',
  );
});

test('the SHA-1 behind it agrees with node:crypto for many lengths', () => {
  for (let n = 0; n < 200; n += 7) {
    const name = 'x'.repeat(n) + 'é';
    const ns = '4b1f6c2e-9d3a-4e57-8a61-0c2f7e95d3b8';
    const digest = createHash('sha1')
      .update(Buffer.concat([Buffer.from(ns.replace(/-/g, ''), 'hex'), Buffer.from(name)]))
      .digest();
    digest[6] = (digest[6]! & 0x0f) | 0x50;
    digest[8] = (digest[8]! & 0x3f) | 0x80;
    const h = digest.subarray(0, 16).toString('hex');
    const expected = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    expect(uuidv5(name, ns)).toBe(expected);
  }
});
