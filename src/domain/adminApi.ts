import { z } from './zod';
import { STAFF_ROLES } from './access';
import { dossierIdSchema } from './dossier';

// Schemas of the admin API for staff, devices and the audit trail (docs/api.md, "Admin: staff, devices, audit trail"),
// shared by server and tests. Responses are parsed with them, so no field leaks by accident.

export const STAFF_ID = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const staffIdSchema = z.string().regex(STAFF_ID, 'lowercase letters, digits and . _ -, 2 to 64');

/** `PUT /api/admin/staff/:id`: the staff member and their whole caseload (replaced, not merged). */
export const staffBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: z.enum(STAFF_ROLES),
  gemeente: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  dossiers: z
    .array(dossierIdSchema)
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, 'dossiers must be unique'),
});
export type StaffBody = z.infer<typeof staffBodySchema>;

/** `GET` (and the answer of `PUT`) `/api/admin/staff/:id`. */
export const staffResponseSchema = staffBodySchema.extend({ id: z.string(), dossiers: z.array(z.string()) });
export type StaffResponse = z.infer<typeof staffResponseSchema>;

/** One device session. Never its token: only the hash is stored, and that stays on the server. */
export const deviceSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['inburgeraar', 'helper', 'staff']),
  shareId: z.string().optional(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

/** `GET /api/admin/dossiers/:id/devices` and `GET /api/admin/staff/:id/devices`, oldest first. */
export const devicesResponseSchema = z.strictObject({ devices: z.array(deviceSchema) });

export const auditEntrySchema = z.strictObject({
  at: z.string(),
  actor: z.enum(['admin', 'inburgeraar', 'helper', 'begeleider', 'consulent']),
  /** A mutation name, or an admin/device action: dossier.import, dossier.delete, staff.upsert,
   *  staff.delete, caseload.add, caseload.remove, activation-code.create, device.activate,
   *  device.revoke, device.restore, device.signout. */
  action: z.string(),
  status: z.enum(['applied', 'rejected', 'done']),
  sessionId: z.string().optional(),
  staffId: z.string().optional(),
  dossierId: z.string().optional(),
  errorCode: z.string().optional(),
  mutationId: z.number().int().optional(),
  /** Ids and counts only, never personal data. */
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/**
 * `GET /api/admin/dossiers/:id/audit` and `GET /api/admin/staff/:id/audit`, oldest first. Without
 * a query: the newest 5,000 entries, `truncated` when older ones exist. With `?limit=` and/or
 * `?after=<cursor>`: one page from the oldest (or after the cursor), `truncated` and `nextCursor`
 * when more follow, so every entry can be read however many a device piled up.
 */
export const auditResponseSchema = z.strictObject({
  entries: z.array(auditEntrySchema),
  truncated: z.boolean(),
  nextCursor: z.string().optional(),
});

export const AUDIT_PAGE_MAX = 5000;

export const auditQuerySchema = z.strictObject({
  after: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
});
