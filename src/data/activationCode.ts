// Activation codes as the app handles them: their errors, their typed form, and the hash a device
// keeps of the code it was activated with (activationCheck.ts).

export class ActivationError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * Normalises what a person types or scans into groups of four: `abcd efgh jklm npqr` →
 * `ABCD-EFGH-JKLM-NPQR`. Codes of 10 symbols from before (`ABCD-EFGH-JK`) stay valid until they expire.
 */
export function normaliseCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.match(/.{1,4}/g)?.join('-') ?? '';
}

/** What a device remembers of the code it was activated with: a hash, never the code. */
export async function codeHash(code: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normaliseCode(code)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends a code to the server: `/api/activate` (redeem it) or `/api/activate/check` (whom it is
 * for). Resolves the JSON answer; throws ActivationError `offline`, `rate-limited`, `server` or
 * `invalid-code`.
 */
export async function postCode(path: '/api/activate' | '/api/activate/check', code: string, fetchFn: typeof fetch = fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ code: normaliseCode(code) }),
    });
  } catch {
    throw new ActivationError('offline');
  }
  if (!response.ok) {
    if (response.status === 429) throw new ActivationError('rate-limited');
    // 404: a server without this route (an older version), not a wrong code.
    if (response.status >= 500 || response.status === 404) throw new ActivationError('server');
    throw new ActivationError('invalid-code');
  }
  return response.json();
}
