import type { FastifyInstance, FastifyRequest } from 'fastify';
import { activationUrl } from '../../domain/appLanguage';
import { dossierIdSchema, dossierImportSchema } from '../../domain/dossier';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { dossierLanguage, type Db } from '../store';
import { createActivationCodeByStaff, createDossierByStaff, type StaffActor } from '../store/staffDossiers';
import { publicOrigin } from './adminRoutes';
import { deviceKey, type RateLimit } from './deviceRoutes';
import { parseBody } from './errorHandling';
import { requireSession } from './sessionCookie';

// What a consulent's work device may do beyond sync (README, "Staff, devices and the audit
// trail"): create a dossier at the intake and show its activation QR. The device's session cookie
// is the credential, as for sync; only a consulent's session passes (a begeleider, a helper and an
// inburgeraar get 403). A dossier created here joins the consulent's caseload, so the device's
// next pull brings it.

/** A dossier typed in at the desk is small; the case system's import has its own, larger limit. */
const STAFF_BODY_LIMIT = 256 * 1024;

interface StaffOptions {
  db: Db;
  config: Config;
  limit: RateLimit;
}

type WithId = FastifyRequest<{ Params: { id: string } }>;

const forbidden = (message: string) => new ApiError(403, 'forbidden', message);

/** The consulent behind the request's session, or 401 / 403. */
async function requireConsulent(db: Db, request: FastifyRequest): Promise<StaffActor> {
  const session = await requireSession(db, request);
  if (session.kind !== 'staff' || session.staff.role !== 'consulent') throw forbidden('Only a consulent’s device may do this.');
  return { staffId: session.staff.id, sessionId: session.id };
}

export async function staffRoutes(app: FastifyInstance, { db, config, limit }: StaffOptions): Promise<void> {
  const route = { bodyLimit: STAFF_BODY_LIMIT, config: { rateLimit: { ...limit, keyGenerator: deviceKey } } };

  app.post('/dossiers', route, async (request, reply) => {
    const consulent = await requireConsulent(db, request);
    const dossier = parseBody(dossierImportSchema, request.body);
    const result = await createDossierByStaff(db, consulent, dossier);
    if (!result.ok) {
      if (result.code === 'dossier-exists') throw new ApiError(409, 'dossier-exists', `Dossier "${dossier.id}" already exists.`);
      if (result.code === 'wrong-gemeente') throw new ApiError(403, 'wrong-gemeente', 'This dossier is of another gemeente than yours.');
      throw forbidden('Only a consulent’s device may do this.');
    }
    return reply.status(201).send(result);
  });

  app.post('/dossiers/:id/activation-codes', route, async (request: WithId, reply) => {
    const consulent = await requireConsulent(db, request);
    // Not in the caseload (or no such dossier, or a malformed id): the same 403, which says nothing
    // about which dossiers exist.
    // (A malformed id never reaches the database: PostgreSQL text cannot even hold a NUL.)
    const id = request.params.id;
    const created = dossierIdSchema.safeParse(id).success ? await createActivationCodeByStaff(db, consulent, id) : null;
    if (!created) throw forbidden('This dossier is not in your caseload.');
    const url = activationUrl(publicOrigin(request, config), created.code, await dossierLanguage(db, id));
    return reply.status(201).send({ code: created.code, url, expiresAt: created.expiresAt });
  });
}
