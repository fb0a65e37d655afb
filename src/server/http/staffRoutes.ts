import type { FastifyInstance, FastifyRequest } from 'fastify';
import { activationUrl } from '../../domain/appLanguage';
import { deviceKeyRequestSchema } from '../../domain/deviceProof';
import { dossierIdSchema, dossierImportSchema } from '../../domain/dossier';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { dossierLanguage, registerDeviceKey, type Db } from '../store';
import { createActivationCodeByStaff, createDossierByStaff, type StaffActor } from '../store/staffDossiers';
import { publicOrigin } from './adminRoutes';
import { DEVICE_KEY_WINDOW_MS } from './deviceProof';
import { deviceKey, type RateLimit } from './deviceRoutes';
import { activationCodeResponseSchema, staffDossierCreatedSchema } from './apiSchemas';
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

  // A staff device's public key (src/domain/deviceProof.ts): the one request of a staff session
  // that needs no proof, since it is how the proof starts. Once per session, and only within
  // DEVICE_KEY_WINDOW_MS of the activation; a conflict answers 409, never 401/403, because the
  // device must not wipe itself over it: it tells its owner to activate again.
  app.put('/device-key', { ...route, bodyLimit: 4096 }, async (request, reply) => {
    const session = await requireSession(db, request, { proof: false });
    if (session.kind !== 'staff') throw forbidden('Only a staff device registers a key.');
    const { publicKey } = parseBody(deviceKeyRequestSchema, request.body);
    const result = await registerDeviceKey(db, session.id, publicKey, new Date(Date.now() - DEVICE_KEY_WINDOW_MS));
    if (result === 'exists') throw new ApiError(409, 'device-key-exists', 'This session already has another device key; activate this device again.');
    if (result === 'too-late') throw new ApiError(409, 'device-key-too-late', 'This session was activated too long ago to register a key; activate this device again.');
    return reply.status(204).send();
  });

  app.post('/dossiers', route, async (request, reply) => {
    const consulent = await requireConsulent(db, request);
    const dossier = parseBody(dossierImportSchema, request.body);
    // This server speaks for one municipality only (README, "Running at scale").
    if (dossier.gemeente !== config.gemeente) throw new ApiError(403, 'wrong-gemeente', 'This dossier is of another gemeente than this server’s.');
    const result = await createDossierByStaff(db, consulent, dossier);
    if (!result.ok) {
      if (result.code === 'dossier-exists') throw new ApiError(409, 'dossier-exists', `Dossier "${dossier.id}" already exists.`);
      if (result.code === 'wrong-gemeente') throw new ApiError(403, 'wrong-gemeente', 'This dossier is of another gemeente than yours.');
      throw forbidden('Only a consulent’s device may do this.');
    }
    return reply.status(201).send(staffDossierCreatedSchema.parse(result));
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
    return reply.status(201).send(activationCodeResponseSchema.parse({ code: created.code, url, expiresAt: created.expiresAt }));
  });
}
