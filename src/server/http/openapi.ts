import { z } from 'zod';
import { auditQuerySchema, auditResponseSchema, devicesResponseSchema, staffBodySchema, staffResponseSchema } from '../../domain/adminApi';
import { deviceKeyRequestSchema, PROOF_HEADER } from '../../domain/deviceProof';
import { dossierImportSchema } from '../../domain/dossier';
import { feedbackQuerySchema, feedbackRequestSchema, feedbackSummarySchema } from '../../domain/feedback';
import { indicatorsQuerySchema, indicatorsResponseSchema } from '../../domain/indicators';
import { activitiesResponseSchema, activityBodySchema, activitySchema } from '../../domain/activities';
import { adminQuestionsResponseSchema, calendarFeedResponseSchema } from '../../domain/personalApi';
import { PHOTO_TYPES } from '../../domain/questionPhoto';
import { pushKeyResponseSchema, pushSubscriptionSchema } from '../../domain/webPush';
import {
  activateRequestSchema,
  activateResponseSchema,
  activationCheckResponseSchema,
  errorBodySchema,
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  restoreRequestSchema,
  SCHEMA_VERSION,
  schemaVersionErrorSchema,
} from '../../domain/sync';
import {
  activationCodeResponseSchema,
  healthResponseSchema,
  importQuerySchema,
  importResultSchema,
  signOutBodySchema,
  staffDossierCreatedSchema,
} from './apiSchemas';
import { SESSION_COOKIE } from './sessionCookie';

// The OpenAPI 3.1 description of the HTTP API (docs/api.md is the prose). Every schema in it is
// generated from the zod schema the route itself validates or builds its answer with; nothing is
// written twice. `npm run openapi` writes it to docs/openapi.json, and a test keeps that file equal
// to what the server serves at GET /api/openapi.json.

export const OPENAPI_PATH = '/api/openapi.json';

type Auth = 'admin' | 'session' | 'proof';

interface Answer {
  description: string;
  /** The zod schema of a JSON answer. */
  schema?: z.ZodType;
  /** A non-JSON answer: its media type (the body is text). With `schema`, a second form of the answer. */
  text?: string;
  /** A binary answer: its media types (the body is bytes). */
  binary?: readonly string[];
}

interface Operation {
  method: 'get' | 'put' | 'post' | 'delete';
  /** OpenAPI form: `/api/admin/dossiers/{id}`. */
  path: string;
  summary: string;
  /** All of these are needed; empty: no credentials. */
  auth: Auth[];
  /** The sessions' cookie is optional (sign-out answers 204 without one too). */
  authOptional?: boolean;
  body?: { schema: z.ZodType; required: boolean };
  /** A body of raw bytes instead of JSON: its media types (a question's photo). */
  binaryBody?: readonly string[];
  query?: z.ZodObject;
  answers: Record<number, Answer>;
  /** Error statuses this route answers, each in the shared error shape. */
  errors: number[];
}

const codes = (description: string): Answer => ({ description, schema: activationCodeResponseSchema });
const noContent: Answer = { description: 'Done; no body.' };
const json = (schema: z.ZodType, description = 'OK'): Answer => ({ description, schema });

/** What a route needs besides its own refusals: auth failures, rate limits, body errors. */
const ADMIN = { auth: ['admin'] as Auth[] };
const STAFF = { auth: ['session', 'proof'] as Auth[] };

export const operations: Operation[] = [
  { method: 'get', path: '/api/health', summary: 'Health and the sync schema version', auth: [], answers: { 200: json(healthResponseSchema) }, errors: [] },
  { method: 'get', path: OPENAPI_PATH, summary: 'This OpenAPI 3.1 document', auth: [], answers: { 200: { description: 'The OpenAPI document.', schema: z.looseObject({ openapi: z.string() }) } }, errors: [] },
  { method: 'get', path: '/.well-known/security.txt', summary: 'RFC 9116 security contact', auth: [], answers: { 200: { description: 'security.txt', text: 'text/plain' } }, errors: [404] },

  // Admin: dossiers
  { method: 'put', path: '/api/admin/dossiers/{id}', summary: 'Import (upsert) a dossier from the case system', ...ADMIN, body: { schema: dossierImportSchema, required: true }, query: importQuerySchema, answers: { 200: json(importResultSchema, 'Row counts of the import.') }, errors: [400, 403, 409, 413, 415] },
  { method: 'get', path: '/api/admin/dossiers/{id}', summary: 'Export a dossier in the import format', ...ADMIN, answers: { 200: json(dossierImportSchema) }, errors: [404] },
  { method: 'delete', path: '/api/admin/dossiers/{id}', summary: 'Delete a dossier, its codes and devices', ...ADMIN, answers: { 204: noContent }, errors: [404] },
  { method: 'post', path: '/api/admin/dossiers/{id}/activation-codes', summary: 'A single-use activation code for an inburgeraar’s device', ...ADMIN, answers: { 201: codes('The code.') }, errors: [404] },
  { method: 'get', path: '/api/admin/dossiers/{id}/questions', summary: 'The questions asked in a dossier', ...ADMIN, answers: { 200: json(adminQuestionsResponseSchema) }, errors: [404] },
  { method: 'get', path: '/api/admin/dossiers/{id}/devices', summary: 'The devices bound to a dossier', ...ADMIN, answers: { 200: json(devicesResponseSchema) }, errors: [404] },
  { method: 'get', path: '/api/admin/dossiers/{id}/audit', summary: 'A dossier’s audit trail', ...ADMIN, query: auditQuerySchema, answers: { 200: json(auditResponseSchema) }, errors: [400] },

  // Admin: staff, devices, audit trail
  { method: 'put', path: '/api/admin/staff/{id}', summary: 'Create or replace a staff member and their caseload', ...ADMIN, body: { schema: staffBodySchema, required: true }, answers: { 200: json(staffResponseSchema, 'Replaced.'), 201: json(staffResponseSchema, 'Created.') }, errors: [400, 403, 409, 413, 415] },
  { method: 'get', path: '/api/admin/staff/{id}', summary: 'A staff member', ...ADMIN, answers: { 200: json(staffResponseSchema) }, errors: [404] },
  { method: 'delete', path: '/api/admin/staff/{id}', summary: 'Delete a staff member; their devices are revoked', ...ADMIN, answers: { 204: noContent }, errors: [404] },
  { method: 'post', path: '/api/admin/staff/{id}/activation-codes', summary: 'A single-use activation code for a work device', ...ADMIN, answers: { 201: codes('The code.') }, errors: [404] },
  { method: 'get', path: '/api/admin/staff/{id}/devices', summary: 'A staff member’s devices', ...ADMIN, answers: { 200: json(devicesResponseSchema) }, errors: [404] },
  { method: 'get', path: '/api/admin/staff/{id}/audit', summary: 'A staff member’s audit trail', ...ADMIN, query: auditQuerySchema, answers: { 200: json(auditResponseSchema) }, errors: [400] },
  { method: 'get', path: '/api/admin/indicators', summary: 'Anonymised counts per start-quarter cohort (JSON, or CSV with format=csv or Accept: text/csv)', ...ADMIN, query: indicatorsQuerySchema, answers: { 200: { description: 'Counts per cohort; every count under 5 is "<5".', schema: indicatorsResponseSchema, text: 'text/csv' } }, errors: [400] },
  { method: 'get', path: '/api/admin/feedback', summary: 'Feedback on the informatiemap per page and language (JSON, or the counts as CSV with format=csv or Accept: text/csv)', ...ADMIN, query: feedbackQuerySchema, answers: { 200: { description: 'Counts per choice and the newest texts, per page and language.', schema: feedbackSummarySchema, text: 'text/csv' } }, errors: [400] },
  { method: 'delete', path: '/api/admin/devices/{id}', summary: 'Revoke one device', ...ADMIN, answers: { 204: noContent }, errors: [404] },

  // Devices
  { method: 'post', path: '/api/activate', summary: 'Redeem an activation code; sets the session cookie', auth: [], body: { schema: activateRequestSchema, required: true }, answers: { 200: json(activateResponseSchema, 'The session cookie is set. Ignore fields you do not know.') }, errors: [400, 413, 415, 429] },
  { method: 'post', path: '/api/activate/check', summary: 'Whom a code is for, without using it', auth: [], body: { schema: activateRequestSchema, required: true }, answers: { 200: json(activationCheckResponseSchema) }, errors: [400, 413, 415, 429] },
  { method: 'post', path: '/api/device/restore', summary: 'A fresh cookie for the same session, from the restore secret', auth: [], body: { schema: restoreRequestSchema, required: true }, answers: { 200: json(activateResponseSchema, 'A fresh session cookie is set.') }, errors: [400, 401, 413, 415, 429] },
  { method: 'post', path: '/api/device/signout', summary: 'End this device’s session and clear the cookie', auth: ['session'], authOptional: true, body: { schema: signOutBodySchema, required: false }, answers: { 204: noContent }, errors: [400, 415] },

  // Sync (the staff proof only for staff devices)
  { method: 'post', path: '/api/sync/pull', summary: 'Pull the changes since a cookie (staff devices also send the staff proof)', auth: ['session'], body: { schema: pullRequestSchema, required: true }, answers: { 200: json(pullResponseSchema) }, errors: [400, 401, 403, 409, 413, 415, 428, 429] },
  { method: 'post', path: '/api/sync/push', summary: 'Push mutations (staff devices also send the staff proof)', auth: ['session'], body: { schema: pushRequestSchema, required: true }, answers: { 200: json(pushResponseSchema) }, errors: [400, 401, 403, 409, 413, 415, 428, 429] },

  // Staff devices
  { method: 'put', path: '/api/staff/device-key', summary: 'Register this staff device’s proof key', auth: ['session'], body: { schema: deviceKeyRequestSchema, required: true }, answers: { 204: noContent }, errors: [400, 401, 403, 409, 413, 415, 429] },
  { method: 'post', path: '/api/staff/dossiers', summary: 'A consulent creates a dossier', ...STAFF, body: { schema: dossierImportSchema, required: true }, answers: { 201: json(staffDossierCreatedSchema, 'Created.') }, errors: [400, 401, 403, 409, 413, 415, 428, 429] },
  { method: 'post', path: '/api/staff/dossiers/{id}/activation-codes', summary: 'A consulent makes an activation code for a dossier in their caseload', ...STAFF, answers: { 201: codes('The code.') }, errors: [401, 403, 428, 429] },

  // Notifications (Web Push; the staff proof only for staff devices)
  { method: 'get', path: '/api/push/key', summary: 'The server’s VAPID public key (base64url)', auth: [], answers: { 200: json(pushKeyResponseSchema) }, errors: [] },
  { method: 'put', path: '/api/push/subscription', summary: 'Store this device’s PushSubscription (staff devices also send the staff proof)', auth: ['session'], body: { schema: pushSubscriptionSchema, required: true }, answers: { 204: noContent }, errors: [400, 401, 413, 415, 428, 429] },
  { method: 'delete', path: '/api/push/subscription', summary: 'End this device’s notifications (staff devices also send the staff proof)', auth: ['session'], answers: { 204: noContent }, errors: [401, 428, 429] },

  // Feedback on the informatiemap (anonymous)
  { method: 'post', path: '/api/feedback', summary: 'Anonymous feedback on an informatiemap page; stored once per clientId', auth: [], body: { schema: feedbackRequestSchema, required: true }, answers: { 204: noContent }, errors: [400, 413, 415, 429] },
  // A question's photo (issue 16): the bytes apart from the `question.ask` that announced them
  { method: 'put', path: '/api/dossiers/{dossierId}/questions/{questionId}/photo', summary: 'The photo announced by this device’s own question (JPEG or PNG, at most 600 KiB); a repeat keeps the first', auth: ['session'], binaryBody: PHOTO_TYPES, answers: { 204: noContent }, errors: [401, 404, 413, 415, 422, 429] },
  { method: 'get', path: '/api/dossiers/{dossierId}/questions/{questionId}/photo', summary: 'A question’s photo, for the asker and the staff it is addressed to (staff devices also send the staff proof)', auth: ['session'], answers: { 200: { description: 'The image, inline, sandboxed, never cached.', binary: PHOTO_TYPES } }, errors: [401, 404, 428, 429] },

  // Calendar feed
  { method: 'post', path: '/api/calendar-feed', summary: 'A new calendar address (revokes the old one)', auth: ['session'], answers: { 201: json(calendarFeedResponseSchema) }, errors: [400, 401, 403, 415, 429] },
  { method: 'delete', path: '/api/calendar-feed', summary: 'Revoke the calendar address', auth: ['session'], answers: { 204: noContent }, errors: [401, 403, 429] },
  { method: 'get', path: '/api/calendar/{file}', summary: 'The dossier’s appointments as iCalendar; the token in `file` is the credential', auth: [], answers: { 200: { description: 'iCalendar', text: 'text/calendar' } }, errors: [404] },

  // Local activities (public to read, the admin token to write)
  { method: 'put', path: '/api/admin/activities/{id}', summary: 'Create or replace a local activity of this municipality', ...ADMIN, body: { schema: activityBodySchema, required: true }, answers: { 200: json(activitySchema, 'Replaced.'), 201: json(activitySchema, 'Created.') }, errors: [400, 409, 413, 415] },
  { method: 'delete', path: '/api/admin/activities/{id}', summary: 'Delete a local activity of this municipality', ...ADMIN, answers: { 204: noContent }, errors: [404] },
  { method: 'get', path: '/api/activities', summary: 'This municipality’s local activities (ETag; Cache-Control: public, no-cache)', auth: [], answers: { 200: json(activitiesResponseSchema), 304: { description: 'Not modified (If-None-Match matched the ETag).' } }, errors: [429] },
  { method: 'get', path: '/api/activities.ics', summary: 'This municipality’s local activities as iCalendar (weekly ones with RRULE, TZID Europe/Amsterdam)', auth: [], answers: { 200: { description: 'iCalendar', text: 'text/calendar' }, 304: { description: 'Not modified (If-None-Match matched the ETag).' } }, errors: [429] },
];

const SECURITY_SCHEMES = {
  adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN of this municipality.' },
  session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The device session, set by activation or restore.' },
  staffProof: {
    type: 'apiKey',
    in: 'header',
    name: PROOF_HEADER,
    description: 'Staff devices: a signature with the device key over the request (docs/api.md, "Staff devices").',
  },
} as const;

const SCHEME_OF: Record<Auth, keyof typeof SECURITY_SCHEMES> = { admin: 'adminToken', session: 'session', proof: 'staffProof' };

const REASONS: Record<number, string> = {
  400: 'Bad request (invalid-body, invalid-json, invalid-query, invalid-code, …).',
  401: 'Not signed in, or the credential is wrong or ended.',
  403: 'Not allowed.',
  404: 'Not found.',
  409: 'Conflict.',
  413: 'The body is too large.',
  415: 'Send JSON (or, for a photo, image/jpeg or image/png).',
  422: 'The bytes are not the photo the question announced.',
  428: 'A staff proof is needed.',
  429: 'Rate limited (Retry-After).',
};

type JsonObject = Record<string, unknown>;

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonObject;
  delete generated.$schema;
  return generated;
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };

/** Schemas used by more than one route: described once, under components.schemas. */
const NAMED = new Map<z.ZodType, string>([
  [dossierImportSchema, 'DossierImport'],
  [activationCodeResponseSchema, 'ActivationCode'],
  [activateResponseSchema, 'Activation'],
  [activateRequestSchema, 'ActivationCodeRequest'],
  [staffResponseSchema, 'Staff'],
  [devicesResponseSchema, 'Devices'],
  [auditResponseSchema, 'AuditTrail'],
]);

/** A schema inline, or a reference to its component (kept in `components`, per direction when they differ). */
function schemaOf(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonObject>): JsonObject {
  const name = NAMED.get(schema);
  if (!name) return toJsonSchema(schema, io);
  const generated = toJsonSchema(schema, io);
  const other = io === 'input' ? toJsonSchema(schema, 'output') : toJsonSchema(schema, 'input');
  const key = JSON.stringify(generated) === JSON.stringify(other) || io === 'input' ? name : `${name}Answer`;
  components[key] = generated;
  return { $ref: `#/components/schemas/${key}` };
}

function operationObject(op: Operation, components: Record<string, JsonObject>): JsonObject {
  const parameters: JsonObject[] = [];
  for (const [, name] of op.path.matchAll(/\{(\w+)\}/g)) parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  if (op.query) {
    for (const [name, field] of Object.entries(op.query.shape as Record<string, z.ZodType>)) {
      parameters.push({ name, in: 'query', required: !field.safeParse(undefined).success, schema: toJsonSchema(field, 'input') });
    }
  }
  const responses: JsonObject = {};
  for (const [status, answer] of Object.entries(op.answers)) {
    const content = answer.schema
      ? {
          'application/json': { schema: schemaOf(answer.schema, 'output', components) },
          ...(answer.text ? { [answer.text]: { schema: { type: 'string' } } } : {}),
        }
      : answer.text
        ? { [answer.text]: { schema: { type: 'string' } } }
        : answer.binary
          ? Object.fromEntries(answer.binary.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]))
          : undefined;
    responses[status] = content ? { description: answer.description, content } : { description: answer.description };
  }
  // A route with credentials refuses without them (401); wrong admin tokens are rate limited (429).
  const implied = [...(op.auth.length > 0 && !op.authOptional ? [401] : []), ...(op.auth.includes('admin') ? [429] : [])];
  const errors = [...new Set([...op.errors, ...implied])].sort((a, b) => a - b);
  for (const status of errors) responses[String(status)] = { $ref: `#/components/responses/Error${status}` };
  responses.default = { $ref: '#/components/responses/ErrorDefault' };
  const security = op.auth.map((auth) => SCHEME_OF[auth]);
  return {
    operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_match, next: string | undefined) => (next ?? '').toUpperCase())}`,
    summary: op.summary,
    security: security.length === 0 ? [] : [Object.fromEntries(security.map((s) => [s, []])), ...(op.authOptional ? [{}] : [])],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? { requestBody: { required: op.body.required, content: { 'application/json': { schema: schemaOf(op.body.schema, 'input', components) } } } }
      : {}),
    ...(op.binaryBody
      ? { requestBody: { required: true, content: Object.fromEntries(op.binaryBody.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])) } }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of this server's API. */
export function buildOpenApiDocument(): JsonObject {
  const paths: Record<string, JsonObject> = {};
  // One error shape; a 409 'schema-version' on sync also names the versions spoken (docs/api.md).
  const errorShape = errorBodySchema.extend({ schemaVersions: schemaVersionErrorSchema.shape.schemaVersions.optional() });
  const schemas: Record<string, JsonObject> = { Error: toJsonSchema(z.strictObject({ error: errorShape }), 'output') };
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op, schemas);
  const statuses = [...new Set(operations.flatMap((op) => [...op.errors, 401, 429]))].sort((a, b) => a - b);
  return {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Thuis in Rijswijk API',
      version: `sync-schema-${SCHEMA_VERSION}`,
      description:
        'Generated from the zod schemas the server validates with (src/server/http/openapi.ts). docs/api.md describes each route in prose. Every error answer is `{ "error": { "code", "message" } }` (a 409 `schema-version` adds `schemaVersions`, the sync schema versions the server speaks); every /api answer has `Cache-Control: no-store`, except the public activities (`public, no-cache` with an ETag).',
    },
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      responses: {
        ...Object.fromEntries(
          statuses.map((status) => [`Error${status}`, { description: REASONS[status] ?? 'Error.', content: { 'application/json': { schema: ERROR_REF } } }]),
        ),
        ErrorDefault: { description: 'Any other error (500 internal-error, …).', content: { 'application/json': { schema: ERROR_REF } } },
      },
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}
