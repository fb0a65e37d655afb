import type { FastifyInstance, FastifyRequest } from 'fastify';
import { activationUrl } from '../../domain/appLanguage';
import { dossierIdSchema, dossierImportSchema } from '../../domain/dossier';
import { indicatorsCsv, indicatorsQuerySchema, indicatorsResponseSchema } from '../../domain/indicators';
import { adminQuestionsResponseSchema } from '../../domain/personalApi';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { createActivationCode, deleteDossier, dossierExists, dossierLanguage, getDossier, importDossier, indicatorsOf, listQuestions, type Db } from '../store';
import { ImportRefused } from '../store/dossiers';
import { sameSecret } from '../store/secrets';
import { activationCodeResponseSchema, importQuerySchema, importResultSchema } from './apiSchemas';
import { parseBody } from './errorHandling';

const IMPORT_BODY_LIMIT = 1024 * 1024;

interface AdminOptions {
  db: Db;
  config: Config;
}

type WithId = FastifyRequest<{ Params: { id: string } }>;
type ImportRequest = FastifyRequest<{ Params: { id: string }; Querystring: Record<string, unknown> }>;

/** `?adopt=1`: the import takes over a dossier a consulent created in the app. */

/** A malformed id names no dossier: 404 like any unknown one. */
function knownShape(id: string): string {
  if (!dossierIdSchema.safeParse(id).success) throw new ApiError(404, 'not-found', 'No such dossier.');
  return id;
}

const wrongGemeente = () =>
  new ApiError(403, 'wrong-gemeente', 'This admin token is for another gemeente: it imports only its own municipality’s dossiers.');

/** The origin devices should open: PUBLIC_URL, else the origin this request came in on. */
export function publicOrigin(request: FastifyRequest, config: Config): string {
  return config.publicUrl ?? `${request.protocol}://${request.host}`;
}

/** The admin-token check, an onRequest hook: refuse before the body is even read. */
export function requireAdminToken(config: Config) {
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (!token || !sameSecret(token, config.adminToken)) {
      throw new ApiError(401, 'unauthenticated', 'Send Authorization: Bearer <ADMIN_TOKEN>.');
    }
  };
}

/** The case system's API (docs/api.md, "Admin: dossiers"): dossier import, export, delete, activation codes. */
export async function adminRoutes(app: FastifyInstance, { db, config }: AdminOptions): Promise<void> {
  app.addHook('onRequest', requireAdminToken(config));

  app.put('/dossiers/:id', { bodyLimit: IMPORT_BODY_LIMIT }, async (request: ImportRequest) => {
    const query = importQuerySchema.safeParse(request.query);
    if (!query.success) throw new ApiError(400, 'invalid-query', 'adopt is 1 (take over a dossier created in the app) or 0.');
    const dossier = parseBody(dossierImportSchema, request.body);
    if (dossier.id !== request.params.id) {
      throw new ApiError(400, 'invalid-body', `The path names dossier "${request.params.id}" but the body "${dossier.id}".`);
    }
    // An admin token speaks for its own municipality only (README, "Running at scale").
    if (dossier.gemeente !== config.gemeente) throw wrongGemeente();
    try {
      return importResultSchema.parse(await importDossier(db, dossier, { adopt: query.data.adopt === '1' }));
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      if (error.code === 'wrong-gemeente') throw wrongGemeente();
      throw new ApiError(
        409,
        'dossier-created-in-app',
        'A consulent created this dossier in the app. If this import is the same person, send it again with ?adopt=1: the dossier’s devices are then signed out.',
      );
    }
  });

  app.get('/dossiers/:id', async (request: WithId) => {
    const dossier = await getDossier(db, config.gemeente, knownShape(request.params.id));
    if (!dossier) throw new ApiError(404, 'not-found', 'No such dossier.');
    return dossier;
  });

  app.delete('/dossiers/:id', async (request: WithId, reply) => {
    if (!(await deleteDossier(db, config.gemeente, knownShape(request.params.id)))) {
      throw new ApiError(404, 'not-found', 'No such dossier.');
    }
    return reply.status(204).send();
  });

  /** What the inburgeraar asked their consulent or begeleider (`question.ask`), oldest first. */
  app.get('/dossiers/:id/questions', async (request: WithId) => {
    const id = knownShape(request.params.id);
    if (!(await dossierExists(db, config.gemeente, id))) throw new ApiError(404, 'not-found', 'No such dossier.');
    const questions = (await listQuestions(db, id)).map((q) => ({
      id: q.id,
      contactRole: q.contactRole,
      text: q.text,
      askedAt: q.askedAt,
      ...(q.answer ? { answer: q.answer, answeredAt: q.answeredAt } : {}),
    }));
    return adminQuestionsResponseSchema.parse({ questions });
  });

  /**
   * Anonymised counts per start-quarter cohort for this municipality only (docs/api.md, "Admin:
   * indicators"); `?format=csv` or `Accept: text/csv` for a spreadsheet.
   */
  app.get('/indicators', async (request: FastifyRequest<{ Querystring: Record<string, unknown> }>, reply) => {
    const query = indicatorsQuerySchema.safeParse(request.query);
    if (!query.success) throw new ApiError(400, 'invalid-query', 'format is json or csv; doelgroep one of the import’s doelgroepen.');
    const { doelgroep } = query.data;
    const cohorts = await indicatorsOf(db, config.gemeente, doelgroep);
    const csv = query.data.format === 'csv' || (query.data.format === undefined && /\btext\/csv\b/.test(request.headers.accept ?? ''));
    if (csv) {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="indicators-${config.gemeente}.csv"`)
        .send(indicatorsCsv(cohorts));
    }
    return indicatorsResponseSchema.parse({ gemeente: config.gemeente, ...(doelgroep ? { doelgroep } : {}), generatedAt: new Date().toISOString(), cohorts });
  });

  app.post('/dossiers/:id/activation-codes', async (request: WithId, reply) => {
    const id = knownShape(request.params.id);
    const created = await createActivationCode(db, id, { gemeente: config.gemeente });
    if (!created) throw new ApiError(404, 'not-found', 'No such dossier.');
    const url = activationUrl(publicOrigin(request, config), created.code, await dossierLanguage(db, id));
    return reply.status(201).send(activationCodeResponseSchema.parse({ code: created.code, url, expiresAt: created.expiresAt }));
  });
}
