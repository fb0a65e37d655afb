import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// Secrets (activation codes, session tokens) are stored only as SHA-256 hashes: a copy of the
// database does not let anyone activate a device or take over a session. They are random enough
// (~79 bits for a short-lived, rate-limited, single-use code; 256 bits for a token) that a plain
// hash without salt is the right tool.

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Compares two secrets in constant time, whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(given), 'hex'), Buffer.from(sha256(expected), 'hex'));
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** No 0/O, 1/I/L: a code read from paper or said over the phone cannot be misread. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/**
 * 16 symbols of 31: ~79 bits, enough that no closure of activation for everyone is needed to keep
 * guessing hopeless (README, "Rate limits"). Activation and share codes alike.
 */
export const CODE_LENGTH = 16;
/** Codes made before the 16-symbol ones: still redeemed until they expire (14 days). */
export const LEGACY_CODE_LENGTH = 10;

/** A code like `ABCD-EFGH-JKLM-NPQR`: groups of four, easy to read out and type. */
export function randomActivationCode(): string {
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return raw.match(/.{1,4}/g)?.join('-') ?? raw;
}

/** What people type: any case, with or without spaces and dashes. */
export function normaliseActivationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}
