import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { PROOF_HEADER, PROOF_MAX_SKEW_MS, parseProof, proofMessage } from '../../domain/deviceProof';
import { ApiError } from '../errors';
import { deviceKeyOf, type Db, type Session } from '../store';
import { rawBodyOf } from './jsonBodies';

// Checks a staff device's proof (src/domain/deviceProof.ts). Without a valid one a staff session
// opens nothing: a copied cookie (a disk image of the phone, a backup) is not enough, the key
// sealed under the staff member's secret is needed too.
//
// Two codes, neither a reason for the device to wipe itself:
// - 428 `proof-required`: no proof, or the session has no key registered yet. Not 401 on purpose:
//   the app before device proofs wipes its caseload on any 401 but `no-session`, and a staff phone
//   still running it (until its service worker brings this version) would lose its vault and its
//   unsent visit notes at its first sync, even while locked. On 428 it only shows a sync error.
// - 401 `proof-invalid`: a proof that does not verify: another key, another body, method or path,
//   or a timestamp more than five minutes from the server's clock. Only this version sends proofs.
// A session that is revoked or expired gets `unauthenticated` before this check, so a locked
// phone learns that it must wipe itself without proving anything, and learns nothing else.

/** Staff devices must register their key within this time after activation (README, "Security"). */
export const DEVICE_KEY_WINDOW_MS = 24 * 60 * 60_000;

const keys = new Map<string, KeyObject>();

function publicKeyOf(spki: string): KeyObject {
  let key = keys.get(spki);
  if (!key) {
    key = createPublicKey({ key: Buffer.from(spki, 'base64url'), format: 'der', type: 'spki' });
    // A small cache: parsing DER per request is cheap, but not free.
    if (keys.size > 10_000) keys.clear();
    keys.set(spki, key);
  }
  return key;
}

function verifies(spki: string, message: Buffer, signature: string): boolean {
  try {
    return verify('sha256', message, { key: publicKeyOf(spki), dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  } catch {
    // A key or signature that does not even parse verifies nothing.
    return false;
  }
}

export async function requireDeviceProof(db: Db, request: FastifyRequest, session: Session, now = Date.now()): Promise<void> {
  const header = request.headers[PROOF_HEADER];
  const proof = parseProof(Array.isArray(header) ? header[0] : header);
  const spki = await deviceKeyOf(db, session.id);
  if (!proof || !spki) throw new ApiError(428, 'proof-required', 'A staff device must sign this request with its registered key.');
  const invalid = new ApiError(401, 'proof-invalid', 'The request’s proof does not verify, or its time is too far from ours.');
  if (Math.abs(now - proof.timestamp) > PROOF_MAX_SKEW_MS) throw invalid;
  const bodyHash = createHash('sha256').update(rawBodyOf(request), 'utf8').digest('hex');
  const message = Buffer.from(proofMessage(request.method, request.url, proof.timestamp, bodyHash), 'utf8');
  if (!verifies(spki, message, proof.signature)) throw invalid;
}
