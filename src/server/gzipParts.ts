import { constants, crc32, deflateRawSync } from 'node:zlib';

// A gzip answer whose long head is compressed once and whose short tail differs per request
// (docs/benchmarks.md, "Where a pull's time goes"). The head is raw deflate ended by a sync flush,
// so it stops on a byte boundary without a final block; the tail follows as one stored (plain)
// final block, and the trailer carries the CRC-32 and length of head and tail together. That is
// one ordinary gzip member (RFC 1952, blocks as in RFC 1951 3.2.4): any gzip reader takes it.

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
/** A stored block holds at most this many bytes (RFC 1951 3.2.4: LEN is 16 bits). */
const STORED_MAX = 0xffff;

export interface GzipHead {
  /** Gzip header and raw deflate of the head, without a final block. */
  readonly bytes: Buffer;
  readonly crc: number;
  /** Uncompressed length in bytes. */
  readonly length: number;
}

export function gzipHead(head: string): GzipHead {
  const raw = Buffer.from(head, 'utf8');
  const deflated = deflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
  return { bytes: Buffer.concat([HEADER, deflated]), crc: crc32(raw), length: raw.length };
}

/** The whole gzip member: the head, then `tail` (at most 65,535 bytes) stored as the final block. */
export function gzipWithTail(head: GzipHead, tail: string): Buffer {
  const raw = Buffer.from(tail, 'utf8');
  if (raw.length > STORED_MAX) throw new RangeError('a gzip tail is at most 65,535 bytes');
  const out = Buffer.allocUnsafe(head.bytes.length + 5 + raw.length + 8);
  let at = head.bytes.copy(out, 0);
  out[at++] = 1; // BFINAL = 1, BTYPE = 00 (stored); the rest of the byte is padding.
  at = out.writeUInt16LE(raw.length, at);
  at = out.writeUInt16LE(~raw.length & 0xffff, at);
  at += raw.copy(out, at);
  at = out.writeUInt32LE(crc32(raw, head.crc) >>> 0, at);
  out.writeUInt32LE((head.length + raw.length) >>> 0, at);
  return out;
}

/**
 * Whether Accept-Encoding allows gzip (RFC 9110 12.5.3): `gzip` (or its alias `x-gzip`) with a q
 * above 0, or, when neither is named, `*` with a q above 0.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)));
  }
  const weight = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0;
  return weight > 0;
}
