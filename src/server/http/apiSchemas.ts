import { z } from 'zod';
import { dossierIdSchema } from '../../domain/dossier';

// Schemas of requests and answers that had no zod schema of their own. The routes parse with them,
// and the OpenAPI document (openapi.ts) is generated from them, so the two cannot drift apart.

/** `GET /api/health`. */
export const healthResponseSchema = z.strictObject({
  ok: z.literal(true),
  db: z.enum(['sqlite', 'postgres']),
  /** The sync schema version the server speaks. */
  schemaVersion: z.number().int(),
  /** Extension: every sync schema version it still speaks, newest first (docs/api.md "Sync schema versions"). */
  schemaVersions: z.array(z.number().int()),
});

/** The query of `PUT /api/admin/dossiers/:id`: `adopt=1` takes over a dossier created in the app. */
export const importQuerySchema = z.object({ adopt: z.enum(['0', '1']).optional() });

/** `PUT /api/admin/dossiers/:id`: row counts of the import. */
export const importResultSchema = z.strictObject({
  id: dossierIdSchema,
  /** The dossier's version after the import. */
  version: z.number().int(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  deleted: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
});

/** Every `POST …/activation-codes`: a single-use code and the address that carries it. */
export const activationCodeResponseSchema = z.strictObject({
  code: z.string(),
  url: z.url(),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** `POST /api/staff/dossiers`: the dossier a consulent created. */
export const staffDossierCreatedSchema = z.strictObject({
  ok: z.literal(true),
  id: dossierIdSchema,
  version: z.number().int(),
  created: z.number().int().nonnegative(),
});

/** `POST /api/device/signout`: no body, or an empty object. */
export const signOutBodySchema = z.union([z.undefined(), z.strictObject({})]);
