// Draws the toolbar icon (a news page with a highlighted line) as PNGs in public/icon/.
// Run with `node scripts/make-icons.mjs`; the PNGs are committed, so builds need nothing else.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [11, 98, 214, 255];
const WHITE = [255, 255, 255, 255];
const GRAY = [160, 170, 185, 255];
const YELLOW = [255, 200, 40, 255];
const CLEAR = [0, 0, 0, 0];

/** The color of the pixel at (x, y) in [0, 1] coordinates. */
function colorAt(x, y) {
  const r = 0.2; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  const inPage = x > 0.22 && x < 0.78 && y > 0.16 && y < 0.84;
  if (!inPage) return BLUE;
  const line = (top) => y > top && y < top + 0.07;
  if (line(0.48) && x > 0.28 && x < 0.72) return YELLOW;
  if ((line(0.26) || line(0.37) || line(0.59) || line(0.7)) && x > 0.3 && x < 0.7) return GRAY;
  return WHITE;
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const samples = 4; // 4×4 supersampling smooths the edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colorAt((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 4; i++) sum[i] += c[i] * (i === 3 ? 1 : c[3] / 255);
        }
      }
      const n = samples * samples;
      const a = sum[3] / n;
      const px = [0, 1, 2].map((i) => (a ? Math.round(sum[i] / n / (a / 255)) : 0));
      raw.set([...px, Math.round(a)], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
