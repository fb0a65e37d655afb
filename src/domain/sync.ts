import { z } from './zod';
import { SHARE_SECTIONS, STAFF_ROLES } from './access';
import { TABLES } from './tables';

export { SCHEMA_VERSION } from './syncVersion';

const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const pullRequestSchema = z.strictObject({
  schemaVersion: z.number().int(),
  clientId,
  cookie: z.unknown().nullable(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const patchOpSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('put'),
    table: z.enum(TABLES),
    id: z.string(),
    value: z.record(z.string(), z.unknown()),
  }),
  z.strictObject({ op: z.literal('del'), table: z.enum(TABLES), id: z.string() }),
  z.strictObject({ op: z.literal('clear') }),
]);
export type PatchOp = z.infer<typeof patchOpSchema>;

export const pullResponseSchema = z.strictObject({
  cookie: z.unknown(),
  lastMutationId: z.number().int().min(0),
  patch: z.array(patchOpSchema),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const mutationSchema = z.strictObject({
  id: z.number().int().min(1),
  name: z.string().min(1).max(64),
  args: z.unknown(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.strictObject({
  schemaVersion: z.number().int(),
  clientId,
  mutations: z.array(mutationSchema).max(100),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const errorBodySchema = z.strictObject({ code: z.string(), message: z.string() });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * 409 'schema-version' (extension of the error body): the sync schema versions the server speaks,
 * newest first. An app whose version is not among them updates itself before it syncs again.
 */
export const schemaVersionErrorSchema = z.strictObject({
  code: z.literal('schema-version'),
  message: z.string(),
  schemaVersions: z.array(z.number().int()).min(1),
});
export type SchemaVersionErrorBody = z.infer<typeof schemaVersionErrorSchema>;

export const mutationResultSchema = z.strictObject({
  id: z.number().int(),
  status: z.enum(['applied', 'alreadyProcessed', 'rejected']),
  error: errorBodySchema.optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.strictObject({ results: z.array(mutationResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const activateRequestSchema = z.strictObject({ code: z.string().min(1).max(64) });

/**
 * A device's restore secret (README "Sessions"): 256 random bits as base64url (43 characters),
 * given with an inburgeraar's or helper's activation and with every restore. Optional: a staff
 * device gets none, and an older server sends none.
 */
const restoreSecretField = { restoreSecret: z.string().min(20).max(128).optional() };

/**
 * `POST /api/activate` → what kind of device this now is. Extended from `{ dossierId }` without
 * breaking it: an inburgeraar's or helper's device gets the dossier it shows; a staff device has no
 * dossier of its own (`null`: its caseload arrives with the pull, every row naming its dossier).
 * Not strict, so a client keeps working when a field is added later.
 */
export const activateResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('inburgeraar'), dossierId: z.string(), ...restoreSecretField }),
  z.object({
    kind: z.literal('helper'),
    dossierId: z.string(),
    shareId: z.string(),
    sections: z.array(z.enum(SHARE_SECTIONS)),
    expiresAt: z.string(),
    ...restoreSecretField,
  }),
  z.object({
    kind: z.literal('staff'),
    dossierId: z.null(),
    staffId: z.string(),
    role: z.enum(STAFF_ROLES),
    dossiers: z.array(z.string()),
    ...restoreSecretField,
  }),
]);
export type ActivateResponse = z.infer<typeof activateResponseSchema>;

/** `POST /api/device/restore`: a phone that lost its session cookie, with its restore secret. The answer is an activation answer. */
export const restoreRequestSchema = z.strictObject({ restoreSecret: z.string().min(20).max(128) });

/**
 * `POST /api/activate/check` body `{ code }`: whom a code would activate this device for, without
 * using the code or setting a cookie, so that a device that is already activated can ask its
 * owner first (src/data/activationCheck.ts). Only who, never what: no caseload, no sections.
 */
export const activationCheckResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('inburgeraar'), dossierId: z.string() }),
  z.object({ kind: z.literal('helper'), dossierId: z.string(), shareId: z.string() }),
  z.object({ kind: z.literal('staff'), staffId: z.string() }),
]);
export type ActivationCheckResponse = z.infer<typeof activationCheckResponseSchema>;
