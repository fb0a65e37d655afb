// The server's clock as this phone last saw it (the `Date` header of its answers). A staff
// device's proof carries a time the server accepts within five minutes of its own
// (src/domain/deviceProof.ts); a phone whose clock is set wrong would otherwise never sync again.
// The first answer after the clock went wrong (401 proof-invalid) corrects it for the next try.

let offsetMs = 0;

/** Notes an answer's `Date` header. It has whole seconds: only a difference over a minute counts. */
export function noteServerDate(header: string | null, receivedAt = Date.now()): void {
  const at = header ? Date.parse(header) : Number.NaN;
  if (Number.isNaN(at)) return;
  const offset = at - receivedAt;
  offsetMs = Math.abs(offset) > 60_000 ? offset : 0;
}

/** Now, by the server's clock as far as this phone knows it. */
export const serverNow = (): number => Date.now() + offsetMs;
