// Deterministic STIX identifiers: UUIDv5 (RFC 9562, SHA-1 name-based) from a stable key, so
// exporting the same library twice gives the same ids. Synchronous and dependency-free
// (WebCrypto's digest is async), which keeps the STIX builder a pure function.

/** HeistLens's own namespace for name-based ids (a fixed, randomly chosen UUID). */
export const HEISTLENS_NAMESPACE = '4b1f6c2e-9d3a-4e57-8a61-0c2f7e95d3b8';

function sha1(bytes: Uint8Array): Uint8Array {
  const words = ((bytes.length + 8) >> 6) + 1;
  const w = new Uint32Array(words * 16);
  for (let i = 0; i < bytes.length; i++) w[i >> 2]! |= bytes[i]! << (24 - (i % 4) * 8);
  w[bytes.length >> 2]! |= 0x80 << (24 - (bytes.length % 4) * 8);
  w[words * 16 - 1] = bytes.length * 8;
  let [h0, h1, h2, h3, h4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const m = new Uint32Array(80);
  const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
  for (let block = 0; block < w.length; block += 16) {
    for (let t = 0; t < 16; t++) m[t] = w[block + t]!;
    for (let t = 16; t < 80; t++) m[t] = rotl(m[t - 3]! ^ m[t - 8]! ^ m[t - 14]! ^ m[t - 16]!, 1);
    let [a, b, c, d, e] = [h0, h1, h2, h3, h4];
    for (let t = 0; t < 80; t++) {
      const [f, k] =
        t < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : t < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : t < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const tmp = (rotl(a, 5) + f + e + k + m[t]!) >>> 0;
      [e, d, c, b, a] = [d, c, rotl(b, 30) >>> 0, a, tmp];
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const out = new Uint8Array(20);
  [h0, h1, h2, h3, h4].forEach((h, i) => {
    out[i * 4] = h >>> 24;
    out[i * 4 + 1] = (h >>> 16) & 0xff;
    out[i * 4 + 2] = (h >>> 8) & 0xff;
    out[i * 4 + 3] = h & 0xff;
  });
  return out;
}

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

export function uuidv5(name: string, namespace = HEISTLENS_NAMESPACE): string {
  const ns = namespace.replace(/-/g, '');
  const nsBytes = Uint8Array.from(ns.match(/../g)!.map((h) => parseInt(h, 16)));
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(nsBytes.length + nameBytes.length);
  input.set(nsBytes);
  input.set(nameBytes, nsBytes.length);
  const b = sha1(input).slice(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A STIX identifier `type--uuid` derived from a stable key. */
export const stixId = (type: string, key: string): string => `${type}--${uuidv5(`${type}|${key}`)}`;
