import type { FastifyInstance, FastifyRequest } from 'fastify';
import { dossierIdSchema } from '../../domain/dossier';
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from '../../domain/questionPhoto';
import { mayAnswer } from '../../domain/questionRecipients';
import { z } from '../../domain/zod';
import { ApiError } from '../errors';
import type { Db } from '../store';
import { readQuestionPhoto, storeQuestionPhoto } from '../store/questionPhotos';
import type { Session } from '../store/sessionAccess';
import type { CounterStore } from './counters';
import { deviceKey, type RateLimit } from './deviceRoutes';
import { requireSession } from './sessionCookie';

// The photo with a question (issue 16; api.md "Question photos"). The question itself travels in
// the outbox as `question.ask` with a `photo` descriptor; once it is applied, the phone sends the
// bytes here, bound to the question's id. Only the asker (the inburgeraar's own device) sends it;
// only the asker and the staff the question is addressed to (in whose caseload the dossier is) see
// it. Everyone else gets the same 404, which says nothing about which questions or photos exist.

const DAY_MS = 86_400_000;

interface QuestionPhotoOptions {
  db: Db;
  limit: RateLimit;
  counters: CounterStore;
  /** The device's daily byte budget shared with sync push (deviceRoutes.ts). */
  pushBytesPerDay: number;
}

const paramsSchema = z.strictObject({ dossierId: dossierIdSchema, questionId: z.uuid() });
type WithIds = FastifyRequest<{ Params: { dossierId: string; questionId: string } }>;

const notFound = () => new ApiError(404, 'not-found', 'No such photo.');

function idsOf(request: WithIds) {
  const ids = paramsSchema.safeParse(request.params);
  if (!ids.success) throw notFound();
  return ids.data;
}

/** May this session see the photo of a question of `dossierId` addressed to `contactRole`? */
function maySee(session: Session, dossierId: string, contactRole: string): boolean {
  if (session.kind === 'dossier') return session.dossierId === dossierId;
  if (session.kind === 'staff') return session.staff.caseload.includes(dossierId) && mayAnswer(session.staff.role, contactRole);
  return false;
}

export async function questionPhotoRoutes(app: FastifyInstance, { db, limit, counters, pushBytesPerDay }: QuestionPhotoOptions): Promise<void> {
  // The bytes come as they are (no JSON, no base64), in this plugin only.
  app.addContentTypeParser([...PHOTO_TYPES], { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES }, (_request, body, done) => done(null, body));
  const route = { bodyLimit: PHOTO_MAX_BYTES, config: { rateLimit: { ...limit, keyGenerator: deviceKey } } };
  const path = '/dossiers/:dossierId/questions/:questionId/photo';

  app.put(path, route, async (request: WithIds, reply) => {
    const session = await requireSession(db, request);
    const { dossierId, questionId } = idsOf(request);
    if (session.kind !== 'dossier' || session.dossierId !== dossierId) throw notFound();
    if (!Buffer.isBuffer(request.body)) throw new ApiError(415, 'unsupported-media-type', 'Send the photo as image/jpeg or image/png.');
    // The photo counts against the device's daily budget, as a sync push does.
    const spent = await counters.increment('bytes:push', session.id, DAY_MS, 0);
    if (spent.count >= pushBytesPerDay) throw new ApiError(429, 'rate-limited', 'This device sent more than it may store today.');
    const result = await storeQuestionPhoto(db, dossierId, questionId, request.body);
    if (result === 'no-question') throw notFound();
    if (result === 'bad-photo') throw new ApiError(422, 'bad-photo', 'This is not the JPEG or PNG photo the question announced.');
    if (result === 'stored') await counters.increment('bytes:push', session.id, DAY_MS, request.body.length);
    return reply.status(204).send();
  });

  app.get(path, route, async (request: WithIds, reply) => {
    const session = await requireSession(db, request);
    const { dossierId, questionId } = idsOf(request);
    if (session.kind === 'helper' || (session.kind === 'dossier' && session.dossierId !== dossierId)) throw notFound();
    if (session.kind === 'staff' && !session.staff.caseload.includes(dossierId)) throw notFound();
    const photo = await readQuestionPhoto(db, dossierId, questionId);
    if (!photo || !maySee(session, dossierId, photo.contactRole)) throw notFound();
    // Never re-encoded (the server cannot): shown only as an image, which runs nothing even if a
    // browser were to look inside it. No caching anywhere, as for all of /api.
    return reply
      .header('content-type', photo.type)
      .header('content-disposition', 'inline; filename="brief"')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "sandbox; default-src 'none'")
      .header('cache-control', 'no-store')
      .send(photo.bytes);
  });
}
