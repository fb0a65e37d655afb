// Activation codes as the app handles them: their errors, their typed form, and the hash a device
// keeps of the code it was activated with (activationCheck.ts).

export class ActivationError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Normalises what a person types or scans: `abcd efgh jk` → `ABCD-EFGH-JK`. */
export function normaliseCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return [raw.slice(0, 4), raw.slice(4, 8), raw.slice(8)].filter(Boolean).join('-');
}

/** What a device remembers of the code it was activated with: a hash, never the code. */
export async function codeHash(code: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normaliseCode(code)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
