import { z } from '../domain/zod';
import { dossierImportSchema, type DossierImport } from '../domain/dossier';
import type { ContactRole } from '../gemeenten/types';
import { loadStaffDevice, syncEngine } from './device';

// What a consulent's work device asks the server directly (README, "Staff, devices and the audit
// trail"): create a dossier at the intake, and an activation code for it. Both need a connection;
// nothing is queued, because the code must be shown to the inburgeraar there and then. The form
// validates with the import's own schema, so the server never refuses what the form let through.

export type ConsulentApiErrorCode =
  /** No connection (or the server could not be reached). */
  | 'offline'
  /** This device is no longer activated. */
  | 'signed-out'
  /** Not a consulent's device, or the dossier is not in their caseload. */
  | 'forbidden'
  | 'dossier-exists'
  | 'wrong-gemeente'
  /** The server refused the dossier's content (the form's own check should have caught it). */
  | 'invalid'
  | 'server';

export class ConsulentApiError extends Error {
  constructor(readonly code: ConsulentApiErrorCode) {
    super(code);
    this.name = 'ConsulentApiError';
  }
}

/** What the intake form holds: text as typed, dates as `YYYY-MM-DD`. */
export interface NewDossierInput {
  id: string;
  gemeente: string;
  firstName: string;
  language: string;
  doelgroep: string;
  /** '' for "not chosen yet" (null in the dossier). */
  leerroute: string;
  termijnStart: string;
  termijnEnd: string;
  /** The consulent as first contact person; left out when all of it is empty. */
  contact: { role: ContactRole; name: string; phone: string; email: string };
}

export type NewDossierField = 'id' | 'firstName' | 'language' | 'doelgroep' | 'leerroute' | 'termijnStart' | 'termijnEnd' | 'contactName' | 'contactPhone' | 'contactEmail' | 'form';

/** The civic-integration term: 3 years from its start. '' for a date that is not (yet) valid. */
export function termijnEndFor(start: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return '';
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year + 3, month - 1, day));
  // 29 February plus 3 years is 1 March: Date rolls over by itself.
  return Number.isNaN(end.getTime()) ? '' : end.toISOString().slice(0, 10);
}

/** The dossier import the form stands for: nothing planned yet, only what the intake knows. */
export function toDossierImport(input: NewDossierInput): unknown {
  const contact = input.contact;
  const name = contact.name.trim();
  // Left out only when all of it is empty: a phone number without a name is a mistake to point out.
  const hasContact = Boolean(name || contact.phone.trim() || contact.email.trim());
  return {
    id: input.id.trim(),
    gemeente: input.gemeente,
    firstName: input.firstName.trim(),
    language: input.language,
    doelgroep: input.doelgroep,
    leerroute: input.leerroute === '' ? null : input.leerroute,
    termijn: { start: input.termijnStart, end: input.termijnEnd },
    steps: [],
    contacts: hasContact
      ? [
          {
            id: 'c1',
            role: contact.role,
            name,
            ...(contact.phone.trim() ? { phone: contact.phone.trim() } : {}),
            ...(contact.email.trim() ? { email: contact.email.trim() } : {}),
          },
        ]
      : [],
    appointments: [],
    ontzorgen: null,
    checklist: [],
  };
}

/** Which form field a schema issue is about. */
function fieldOf(path: readonly PropertyKey[]): NewDossierField {
  const [first, second, third] = path;
  if (first === 'termijn') return second === 'end' ? 'termijnEnd' : 'termijnStart';
  if (first === 'contacts') return third === 'phone' ? 'contactPhone' : third === 'email' ? 'contactEmail' : 'contactName';
  if (first === 'id' || first === 'firstName' || first === 'language' || first === 'doelgroep' || first === 'leerroute') return first;
  return 'form';
}

export type Checked = { ok: true; dossier: DossierImport } | { ok: false; fields: NewDossierField[] };

/**
 * Checks the form with the import's schema; on failure, the fields that are wrong (each once, in
 * form order). An end of the term before its start is wrong too.
 */
export function checkNewDossier(input: NewDossierInput): Checked {
  const parsed = dossierImportSchema.safeParse(toDossierImport(input));
  const fields = new Set<NewDossierField>(parsed.success ? [] : parsed.error.issues.map((i) => fieldOf(i.path)));
  const { termijnStart: start, termijnEnd: end } = input;
  if (!fields.has('termijnStart') && !fields.has('termijnEnd') && end <= start) fields.add('termijnEnd');
  if (parsed.success && fields.size === 0) return { ok: true, dossier: parsed.data };
  const order: NewDossierField[] = ['id', 'firstName', 'language', 'doelgroep', 'leerroute', 'termijnStart', 'termijnEnd', 'contactName', 'contactPhone', 'contactEmail', 'form'];
  return { ok: false, fields: order.filter((f) => fields.has(f)) };
}

const errorBodySchema = z.object({ error: z.object({ code: z.string() }) });

async function post(path: string, body?: unknown): Promise<Response> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new ConsulentApiError('offline');
  const text = body === undefined ? undefined : JSON.stringify(body);
  let response: Response;
  try {
    // Signed with the device key, as every staff request (src/domain/deviceProof.ts).
    const { staffStore } = await loadStaffDevice();
    const proof = await staffStore.headersFor('POST', path, text ?? '');
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...proof, ...(text === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(text === undefined ? {} : { body: text }),
    });
  } catch {
    throw new ConsulentApiError('offline');
  }
  if (response.ok) return response;
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
  const code = parsed.success ? parsed.data.error.code : '';
  if (response.status === 401) throw new ConsulentApiError('signed-out');
  if (code === 'dossier-exists' || code === 'wrong-gemeente') throw new ConsulentApiError(code);
  if (response.status === 403) throw new ConsulentApiError('forbidden');
  if (response.status === 400) throw new ConsulentApiError('invalid');
  // A proxy or the service worker answering for an unreachable server (502–504): no connection.
  if (response.status >= 502 && response.status <= 504) throw new ConsulentApiError('offline');
  throw new ConsulentApiError('server');
}

/**
 * Creates the dossier on the server; it joins this consulent's caseload, and a sync right away
 * brings it onto this device (when the vault is open; else at the next sync). Throws ConsulentApiError.
 */
export async function createDossier(dossier: DossierImport): Promise<void> {
  await post('/api/staff/dossiers', dossier);
  void syncEngine.sync();
}

const activationCodeSchema = z.object({ code: z.string().min(1), url: z.string().min(1), expiresAt: z.string().min(1) });
export type NewActivationCode = z.infer<typeof activationCodeSchema>;

/** A new single-use code for the inburgeraar's phone; earlier codes keep working until used or expired. */
export async function newActivationCode(dossierId: string): Promise<NewActivationCode> {
  const response = await post(`/api/staff/dossiers/${encodeURIComponent(dossierId)}/activation-codes`);
  const parsed = activationCodeSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new ConsulentApiError('server');
  return parsed.data;
}

/** The code in groups that are easy to read out and type: `ABCD EFGH JKLM NPQR`. */
export function codeGroups(code: string): string[] {
  return code.split(/[-\s]+/).filter(Boolean);
}
