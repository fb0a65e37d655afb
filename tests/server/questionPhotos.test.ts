import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES } from '../../src/domain/questionPhoto';
import { purgeExpired, QUESTION_PHOTO_KEEP_DAYS } from '../../src/server/store/retention';
import { aFullDossier, aShare, aStaffId, aStaffMember } from '../support/builders';
import { backends } from './backends';
import { activateWith, inburgeraarDevice, share, staffDevice, type TestDevice } from './devices';
import { deviceInject } from './deviceKeys';
import { admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

// Issue 16: a question may come with a photo of a letter. The question travels in the outbox
// (`question.ask` with `photo`), the bytes follow apart, bound to the question (api.md "Question
// photos"). Only the asker and the staff it is addressed to see it; it goes with the dossier, with
// the question and by age; bytes that are not the announced image are refused.

const DAY_MS = 86_400_000;

/** A tiny but real-looking JPEG: the magic bytes, filler, the end marker. */
function aJpeg(size = 2048): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  bytes.set([0xff, 0xd9], size - 2);
  return bytes;
}

describe.each(backends)('photos with questions, on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  let amal: TestDevice;
  serverFor(backend, (s) => {
    server = s;
  });
  beforeEach(async () => {
    dossierId = (await putDossier(server.app, aFullDossier())).id;
    amal = await inburgeraarDevice(server.app, dossierId);
  });

  const url = (questionId: string, dossier = dossierId) => `/api/dossiers/${dossier}/questions/${questionId}/photo`;
  const upload = (device: TestDevice, questionId: string, bytes: Buffer, type = 'image/jpeg', dossier = dossierId) =>
    server.app.inject({ method: 'PUT', url: url(questionId, dossier), headers: { cookie: device.cookie, 'content-type': type }, payload: bytes });
  const view = (device: TestDevice | undefined, questionId: string, dossier = dossierId) =>
    deviceInject(server.app, device?.cookie, { method: 'GET', url: url(questionId, dossier) });

  async function ask(photo: Buffer | null, contactRole = 'maatschappelijk-begeleider', device = amal): Promise<string> {
    const id = randomUUID();
    const args = { id, contactRole, text: 'Ik heb een brief gekregen. Ik begrijp hem niet.', ready: 'letter', ...(photo ? { photo: { type: 'image/jpeg', bytes: photo.length } } : {}) };
    expect(await device.send('question.ask', args)).toMatchObject({ status: 'applied' });
    return id;
  }

  const begeleider = (dossiers = [dossierId]) => staffDevice(server.app, aStaffId(), aStaffMember({ dossiers }));

  it('stores the photo once, and shows it to the asker and the begeleider it is addressed to, as an image that runs nothing', async () => {
    const photo = aJpeg();
    const id = await ask(photo);
    expect((await upload(amal, id, photo)).statusCode).toBe(204);
    // Sent again (the phone never got the answer): the first one stays, no second row.
    expect((await upload(amal, id, photo)).statusCode).toBe(204);
    expect(await server.db.selectFrom('question_photo').select('question_id').where('dossier_id', '=', dossierId).execute()).toEqual([{ question_id: id }]);

    for (const device of [amal, await begeleider()]) {
      const shown = await view(device, id);
      expect(shown.statusCode, shown.body).toBe(200);
      expect(shown.rawPayload.equals(photo)).toBe(true);
      expect(shown.headers['content-type']).toBe('image/jpeg');
      expect(shown.headers['content-disposition']).toBe('inline; filename="brief"');
      expect(shown.headers['x-content-type-options']).toBe('nosniff');
      expect(shown.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
      expect(shown.headers['cache-control']).toBe('no-store');
    }
  });

  it('shows it to nobody else: another person, staff of another caseload or role, a taalmaatje, no session', async () => {
    const photo = aJpeg();
    const id = await ask(photo);
    expect((await upload(amal, id, photo)).statusCode).toBe(204);

    const otherDossier = (await putDossier(server.app, aFullDossier())).id;
    const otherPerson = await inburgeraarDevice(server.app, otherDossier);
    const otherCaseload = await begeleider([otherDossier]);
    const consulent = await staffDevice(server.app, aStaffId(), aStaffMember({ role: 'consulent', dossiers: [dossierId] }));
    const taalmaatje = await activateWith(server.app, await share(amal, aShare({ sections: ['agenda', 'contacts'] })));
    for (const device of [otherPerson, otherCaseload, consulent, taalmaatje]) expectErrorBody(await view(device, id), 404, 'not-found');
    // Their own dossier's address with this question's id finds nothing either.
    expectErrorBody(await view(otherPerson, id, otherDossier), 404, 'not-found');
    expect((await view(undefined, id)).statusCode).toBe(401);
    // Nor may anyone else send a photo for it.
    expectErrorBody(await upload(otherPerson, id, photo, 'image/jpeg', dossierId), 404, 'not-found');
    expectErrorBody(await upload(otherPerson, id, photo, 'image/jpeg', otherDossier), 404, 'not-found');
  });

  it('refuses bytes that are not the announced JPEG, a photo nobody announced, and one too large', async () => {
    const photo = aJpeg();
    const id = await ask(photo);
    const html = Buffer.from('<html><script>alert(1)</script></html>'.padEnd(photo.length, ' '));
    expectErrorBody(await upload(amal, id, html), 422, 'bad-photo');
    const png = Buffer.alloc(photo.length, 0x20);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
    expectErrorBody(await upload(amal, id, png, 'image/png'), 422, 'bad-photo');
    expectErrorBody(await upload(amal, id, aJpeg(photo.length + 1)), 422, 'bad-photo');
    expect((await upload(amal, id, photo, 'text/html')).statusCode).toBe(415);
    expect((await upload(amal, id, aJpeg(PHOTO_MAX_BYTES + 1))).statusCode).toBe(413);
    const withoutPhoto = await ask(null);
    expectErrorBody(await upload(amal, withoutPhoto, photo), 404, 'not-found');
    expectErrorBody(await upload(amal, randomUUID(), photo), 404, 'not-found');
    expect(await server.db.selectFrom('question_photo').select('question_id').where('dossier_id', '=', dossierId).execute()).toEqual([]);
    // A photo larger than allowed cannot even be announced.
    expect(await amal.send('question.ask', { id: randomUUID(), contactRole: 'casusregisseur', text: 'Brief', photo: { type: 'image/jpeg', bytes: PHOTO_MAX_BYTES + 1 } })).toMatchObject({
      status: 'rejected',
    });
  });

  it('goes with its dossier, with its question, and after its time', async () => {
    const photo = aJpeg();
    const kept = await ask(photo);
    const aged = await ask(photo);
    const orphan = await ask(photo);
    for (const id of [kept, aged, orphan]) expect((await upload(amal, id, photo)).statusCode).toBe(204);
    const now = new Date();
    await server.db
      .updateTable('question_photo')
      .set({ created_at: new Date(now.getTime() - QUESTION_PHOTO_KEEP_DAYS * DAY_MS - 60_000).toISOString() })
      .where('question_id', '=', aged)
      .execute();
    // The question itself deleted (tombstoned): its photo goes with it.
    await server.db.updateTable('row').set({ deleted: 1, value: null }).where('tbl', '=', 'questions').where('key', '=', `${dossierId}/${orphan}`).execute();
    expectErrorBody(await view(amal, orphan), 404, 'not-found');
    expect((await purgeExpired(server.db, now)).question_photo).toBeGreaterThanOrEqual(2);
    expect((await server.db.selectFrom('question_photo').select('question_id').where('dossier_id', '=', dossierId).execute()).map((r) => r.question_id)).toEqual([kept]);
    expect((await view(amal, kept)).statusCode).toBe(200);

    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossierId}`, headers: admin })).statusCode).toBeLessThan(300);
    expect(await server.db.selectFrom('question_photo').select('question_id').where('dossier_id', '=', dossierId).execute()).toEqual([]);
  });
});
