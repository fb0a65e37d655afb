import { b64url, fromB64url } from './bytes';
import type { PasskeyPort } from './staffVault';

// The phone's platform authenticator (fingerprint, face or screen lock) through WebAuthn with the
// PRF extension: the authenticator turns a salt into 32 secret bytes that never leave its
// hardware, and only after the person unlocks it. Those bytes (through HKDF) wrap the vault key
// (staffVault.ts). No server takes part: the credential only ever opens this phone's vault, so a
// random challenge is enough and no attestation is checked.

export class PasskeyUnavailable extends Error {
  constructor(readonly reason: 'no-authenticator' | 'no-prf' | 'cancelled') {
    super(reason);
  }
}

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** True when this phone has a platform authenticator that checks who uses it. */
export async function passkeyAvailable(): Promise<boolean> {
  if (typeof window === 'undefined' || !window.PublicKeyCredential || !window.isSecureContext) return false;
  try {
    return await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable();
  } catch {
    return false;
  }
}

interface PrfOutputs {
  prf?: { enabled?: boolean; results?: { first?: BufferSource } };
}

function prfResult(credential: Credential | null): Uint8Array | null {
  const results = (credential as PublicKeyCredential | null)?.getClientExtensionResults() as PrfOutputs | undefined;
  const first = results?.prf?.results?.first;
  if (!first) return null;
  return first instanceof ArrayBuffer ? new Uint8Array(first) : new Uint8Array((first as ArrayBufferView).buffer.slice(0));
}

async function evaluate(credentialId: string, prfSalt: Uint8Array): Promise<Uint8Array> {
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({
      publicKey: {
        challenge: random(32),
        rpId: location.hostname,
        allowCredentials: [{ type: 'public-key', id: fromB64url(credentialId) as BufferSource }],
        userVerification: 'required',
        timeout: 120_000,
        extensions: { prf: { eval: { first: prfSalt as BufferSource } } } as AuthenticationExtensionsClientInputs,
      },
    });
  } catch {
    throw new PasskeyUnavailable('cancelled');
  }
  const prf = prfResult(credential);
  if (!prf) throw new PasskeyUnavailable('no-prf');
  return prf;
}

async function create(): Promise<{ credentialId: string; prfSalt: Uint8Array; prf: Uint8Array }> {
  if (!(await passkeyAvailable())) throw new PasskeyUnavailable('no-authenticator');
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.create({
      publicKey: {
        challenge: random(32),
        rp: { id: location.hostname, name: 'Thuis in Rijswijk' },
        // Not a person's name: this credential only ever opens this phone's caseload.
        user: { id: random(16), name: 'caseload', displayName: 'Thuis in Rijswijk' },
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { authenticatorAttachment: 'platform', userVerification: 'required', residentKey: 'discouraged' },
        timeout: 120_000,
        attestation: 'none',
        extensions: { prf: {} } as AuthenticationExtensionsClientInputs,
      },
    });
  } catch {
    throw new PasskeyUnavailable('cancelled');
  }
  const outputs = (credential as PublicKeyCredential | null)?.getClientExtensionResults() as PrfOutputs | undefined;
  if (!credential || outputs?.prf?.enabled !== true) throw new PasskeyUnavailable('no-prf');
  const credentialId = b64url(new Uint8Array((credential as PublicKeyCredential).rawId));
  const prfSalt = random(32);
  return { credentialId, prfSalt, prf: await evaluate(credentialId, prfSalt) };
}

export const platformPasskeys: PasskeyPort = { create, evaluate };
