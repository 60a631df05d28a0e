// Draws the toolbar icon (a lens over a dark tile) as PNGs in public/icons. Run once by hand
// when the design changes: `npx tsx tests/tools/make-icons.ts`.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - c * 0.9;
      const dy = y + 0.5 - c * 0.9;
      const d = Math.hypot(dx, dy) / size;
      const handle = x > c && y > c && Math.abs(x - y) < size * 0.09 && x < size * 0.9;
      const corner =
        Math.min(x, y, size - 1 - x, size - 1 - y) < size * 0.08 &&
        Math.hypot(
          Math.max(0, size * 0.16 - Math.min(x, size - 1 - x)),
          Math.max(0, size * 0.16 - Math.min(y, size - 1 - y)),
        ) >
          size * 0.16;
      let rgba = [29, 35, 48, 255];
      if (d > 0.22 && d < 0.32) rgba = [245, 158, 11, 255];
      else if (d <= 0.22) rgba = [220, 38, 38, 200];
      if (handle && d >= 0.3) rgba = [245, 158, 11, 255];
      if (corner) rgba = [0, 0, 0, 0];
      row.set(rgba, 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
