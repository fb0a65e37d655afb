// Why a change is refused, apart from the mutators and their schemas (mutationCore.ts, mutators.ts):
// the phone's data layer reads these on every screen, and the mutators load only when a change is
// made or a pull is applied (src/data/schemasLoader.ts).

/**
 * Why a change is refused: by a mutator (here and on the device), or by the server's policy
 * (`forbidden`, src/server/store/push.ts). One list for the mutators and the UI that explains them
 * (src/app/components/RejectedChanges.tsx).
 */
export const REFUSAL_CODES = [
  'appointment-cancelled',
  'forbidden',
  'invalid-args',
  'invalid-expiry',
  'not-activated',
  'not-addressed-to-you',
  'not-found',
  'not-in-caseload',
  'not-staff',
  'read-only',
  'staff-vault',
  'unknown-mutation',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export class MutationError extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'MutationError';
  }
}

/** The dossier a mutation acts on: the one it names (staff) or else the session's own. */
export function targetDossier(args: unknown, sessionDossierId: string | null): string | null {
  if (args && typeof args === 'object' && 'dossierId' in args && typeof args.dossierId === 'string') {
    return args.dossierId;
  }
  return sessionDossierId;
}
