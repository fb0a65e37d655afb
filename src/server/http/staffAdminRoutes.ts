import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditQuerySchema, auditResponseSchema, devicesResponseSchema, staffBodySchema, staffIdSchema, staffResponseSchema } from '../../domain/adminApi';
import { dossierIdSchema } from '../../domain/dossier';
import type { Config } from '../config';
import { ApiError } from '../errors';
import {
  createStaffActivationCode,
  deleteStaff,
  dossierExists,
  getStaff,
  listAudit,
  listDossierDevices,
  listStaffDevices,
  revokeDevice,
  upsertStaff,
  type Db,
} from '../store';
import { decodeCursor, type AuditPage } from '../store/audit';
import { publicOrigin, requireAdminToken } from './adminRoutes';
import { activationCodeResponseSchema } from './apiSchemas';
import { parseBody } from './errorHandling';

// The admin API for staff, devices and the audit trail (docs/api.md, "Admin: staff, devices, audit trail"), under /api/admin
// beside adminRoutes, behind the same admin-token check.

interface Options {
  db: Db;
  config: Config;
}

type WithId = FastifyRequest<{ Params: { id: string } }>;

const notFound = (what: string) => new ApiError(404, 'not-found', `No such ${what}.`);

/** A malformed id names nothing: 404 like any unknown one. */
function idOf(schema: z.ZodType<string>, id: string, what: string): string {
  if (!schema.safeParse(id).success) throw notFound(what);
  return id;
}

/** `?after=<cursor>&limit=n`: a page of the audit trail; neither: the newest entries as before. */
function auditPage(request: FastifyRequest): AuditPage | undefined {
  const parsed = auditQuerySchema.safeParse(request.query ?? {});
  if (!parsed.success) throw new ApiError(400, 'invalid-query', 'Use ?after=<cursor from nextCursor>&limit=<1–5000>.');
  const { after, limit } = parsed.data;
  if (after === undefined && limit === undefined) return undefined;
  const place = after ? decodeCursor(after) : null;
  if (after && !place) throw new ApiError(400, 'invalid-query', 'This cursor is not one the audit trail gave out.');
  return { after: place, limit: limit ?? 1000 };
}

const staffId = (request: WithId) => idOf(staffIdSchema, request.params.id, 'staff member');
const dossierId = (request: WithId) => idOf(dossierIdSchema, request.params.id, 'dossier');

export async function staffAdminRoutes(app: FastifyInstance, { db, config }: Options): Promise<void> {
  app.addHook('onRequest', requireAdminToken(config));

  app.put('/staff/:id', async (request: WithId, reply) => {
    if (!staffIdSchema.safeParse(request.params.id).success) {
      throw new ApiError(400, 'invalid-id', 'A staff id is 2 to 64 lowercase letters, digits, . _ or -.');
    }
    const body = parseBody(staffBodySchema, request.body);
    if (body.gemeente !== config.gemeente) {
      throw new ApiError(403, 'wrong-gemeente', 'This admin token is for another gemeente: it keeps only its own municipality’s staff.');
    }
    const result = await upsertStaff(db, request.params.id, body);
    if (!result.ok) {
      // The id is taken by another municipality's staff member; it cannot be ours.
      if (result.code === 'staff-of-other-gemeente') throw new ApiError(409, 'staff-id-taken', 'This staff id is taken; choose another one.');
      throw new ApiError(400, result.code, `These dossiers do not exist: ${result.dossiers.join(', ')}.`);
    }
    return reply.status(result.created ? 201 : 200).send(staffResponseSchema.parse(result.staff));
  });

  app.get('/staff/:id', async (request: WithId) => {
    const staff = await getStaff(db, config.gemeente, staffId(request));
    if (!staff) throw notFound('staff member');
    return staffResponseSchema.parse(staff);
  });

  app.delete('/staff/:id', async (request: WithId, reply) => {
    if (!(await deleteStaff(db, config.gemeente, staffId(request)))) throw notFound('staff member');
    return reply.status(204).send();
  });

  app.post('/staff/:id/activation-codes', async (request: WithId, reply) => {
    const created = await createStaffActivationCode(db, staffId(request), { gemeente: config.gemeente });
    if (!created) throw notFound('staff member');
    const url = `${publicOrigin(request, config)}/activate#${created.code}`;
    return reply.status(201).send(activationCodeResponseSchema.parse({ code: created.code, url, expiresAt: created.expiresAt }));
  });

  app.get('/staff/:id/devices', async (request: WithId) => {
    const id = staffId(request);
    if (!(await getStaff(db, config.gemeente, id))) throw notFound('staff member');
    return devicesResponseSchema.parse({ devices: await listStaffDevices(db, id) });
  });

  app.get('/dossiers/:id/devices', async (request: WithId) => {
    const id = dossierId(request);
    if (!(await dossierExists(db, config.gemeente, id))) throw notFound('dossier');
    return devicesResponseSchema.parse({ devices: await listDossierDevices(db, id) });
  });

  app.delete('/devices/:id', async (request: WithId, reply) => {
    const id = idOf(z.uuid(), request.params.id, 'device');
    if ((await revokeDevice(db, config.gemeente, id)) === 'not-found') throw notFound('device');
    return reply.status(204).send();
  });

  // The trail stays after a dossier or staff member is deleted (it holds no personal data), so
  // these answer for any well-formed id: an unknown one simply has no entries. Only this
  // municipality's entries: another one's dossier or staff member looks unknown.
  app.get('/dossiers/:id/audit', async (request: WithId) => {
    return auditResponseSchema.parse(await listAudit(db, config.gemeente, { dossierId: dossierId(request) }, auditPage(request)));
  });

  app.get('/staff/:id/audit', async (request: WithId) => {
    return auditResponseSchema.parse(await listAudit(db, config.gemeente, { staffId: staffId(request) }, auditPage(request)));
  });
}
