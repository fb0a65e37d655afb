import { z } from './zod';

// A staff device proves each request with its own key (README, "Security": "A staff device's
// cookie alone opens nothing"). At set-up the device makes an ECDSA P-256 key pair; the private key
// is sealed in the caseload vault, so only an unlocked device can sign. The public key is
// registered once per staff session (PUT /api/staff/device-key). Every staff request to
// /api/sync/pull, /api/sync/push and /api/staff/* then carries
//
//   x-tir-proof: t=<unix ms>;s=<base64url ECDSA P-256 SHA-256 signature, IEEE P1363 (r‖s)>
//
// over the lines of proofMessage(): method, path with query, the same t, and the hex SHA-256 of
// the exact body bytes. The server accepts t within PROOF_MAX_SKEW_MS of its own clock.

export const PROOF_HEADER = 'x-tir-proof';

/** Five minutes either way: phones' clocks drift, and a replay is only possible inside it. */
export const PROOF_MAX_SKEW_MS = 5 * 60_000;

/** The text that is signed; one line per part, so no part can run into the next. */
export function proofMessage(method: string, path: string, timestamp: number, bodySha256Hex: string): string {
  return ['tir-proof-v1', method.toUpperCase(), path, String(timestamp), bodySha256Hex].join('\n');
}

export function formatProof(timestamp: number, signature: string): string {
  return `t=${timestamp};s=${signature}`;
}

export function parseProof(header: string | undefined): { timestamp: number; signature: string } | null {
  const match = header ? /^t=(\d{1,16});s=([A-Za-z0-9_-]{40,200})$/.exec(header) : null;
  if (!match?.[1] || !match[2]) return null;
  return { timestamp: Number(match[1]), signature: match[2] };
}

/** `PUT /api/staff/device-key`: the device's public key, SPKI DER in base64url (a P-256 key is 91 bytes). */
export const deviceKeyRequestSchema = z.object({ publicKey: z.string().regex(/^[A-Za-z0-9_-]{100,200}$/) }).strict();
export type DeviceKeyRequest = z.infer<typeof deviceKeyRequestSchema>;
