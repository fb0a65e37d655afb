import { readableTables, type Actor, type ShareSection, type StaffRole } from '../../domain/access';
import type { TableName } from '../../domain/tables';

// What a device session may do. pull and push ask only these functions, so every kind of session
// (inburgeraar, helper, staff) goes through the same sync code.

export interface HelperShare {
  dossierId: string;
  id: string;
  sections: ShareSection[];
  expiresAt: string;
}

export interface StaffGrant {
  id: string;
  role: StaffRole;
  /** The caseload dossiers that exist, sorted. */
  caseload: string[];
}

/** What a session is allowed, as loaded for this request (so a caseload change counts at once). */
export type SessionGrant =
  | { kind: 'dossier'; dossierId: string }
  /** dossierId stays null for helpers and staff: it names an inburgeraar's *own* dossier. */
  | { kind: 'helper'; dossierId: null; share: HelperShare }
  | { kind: 'staff'; dossierId: null; staff: StaffGrant };

/** A device's signed-in state. */
export type Session = SessionGrant & { id: string; lastSeenAt: string };

export function actorOf(session: SessionGrant): Actor {
  if (session.kind === 'dossier') return 'inburgeraar';
  return session.kind === 'helper' ? 'helper' : session.staff.role;
}

export function readableDossiers(session: SessionGrant): string[] {
  if (session.kind === 'dossier') return [session.dossierId];
  return session.kind === 'helper' ? [session.share.dossierId] : session.staff.caseload;
}

/** Helpers read along and never write. */
export function writableDossiers(session: SessionGrant): string[] {
  return session.kind === 'helper' ? [] : readableDossiers(session);
}

export function readableTablesOf(session: SessionGrant): TableName[] {
  return readableTables(actorOf(session), session.kind === 'helper' ? session.share.sections : []);
}

/** The dossier a device belongs to, if any: the inburgeraar's own or the shared one. */
export function homeDossier(session: SessionGrant): string | null {
  if (session.kind === 'dossier') return session.dossierId;
  return session.kind === 'helper' ? session.share.dossierId : null;
}

export function staffIdOf(session: SessionGrant): string | null {
  return session.kind === 'staff' ? session.staff.id : null;
}
