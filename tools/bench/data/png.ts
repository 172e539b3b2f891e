import type { Prng } from './prng';

/**
 * A small but real PNG (8-bit RGB, deflate "stored" blocks, so no compressor is needed): a
 * receipt-like picture of pale paper with darker lines of "text", its size and shading drawn
 * from the stream. A few kilobytes each; any image viewer, and the app's receiptMimeType(),
 * reads it as a PNG.
 */
export function receiptPng(p: Prng): Uint8Array {
  const width = p.int(28, 44);
  const height = p.int(28, 48);
  const paper = [p.int(230, 255), p.int(225, 250), p.int(210, 240)] as const;
  const ink = p.int(20, 90);
  const raw = new Uint8Array(height * (width * 3 + 1));
  let at = 0;
  for (let y = 0; y < height; y++) {
    raw[at++] = 0; // filter: none
    const textRow = y % 4 !== 0 && y > 3 && y < height - 3;
    const lineEnd = 4 + ((y * 7 + width) % (width - 8));
    for (let x = 0; x < width; x++) {
      const inked = textRow && x > 3 && x < lineEnd && (x * 3 + y) % 5 !== 0;
      for (const channel of paper) raw[at++] = inked ? ink : channel;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function zlibStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  for (let offset = 0; offset < data.length || offset === 0; offset += 65_535) {
    const block = data.subarray(offset, offset + 65_535);
    const last = offset + 65_535 >= data.length ? 1 : 0;
    const head = new Uint8Array([last, block.length & 0xff, block.length >> 8, 0, 0]);
    head[3] = ~block.length & 0xff;
    head[4] = (~block.length >> 8) & 0xff;
    parts.push(head, block);
    if (last) break;
  }
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65_521;
    b = (b + a) % 65_521;
  }
  const adler = new Uint8Array(4);
  new DataView(adler.buffer).setUint32(0, ((b << 16) | a) >>> 0);
  parts.push(adler);
  return concat(parts);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
