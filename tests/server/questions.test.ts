import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminQuestionsResponseSchema } from '../../src/domain/personalApi';
import { backends } from './backends';
import { aFullDossier } from '../support/builders';
import { staffDevice } from './devices';
import { activateDevice, admin, expectErrorBody, push, putDossier, serverFor, type TestServer } from './harness';

describe.each(backends)('admin: the questions of a dossier on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  const questionsOf = (id: string, headers: Record<string, string> = admin) =>
    server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${id}/questions`, headers });

  it('lists the questions asked with question.ask, oldest first, and only this dossier’s', async () => {
    const amal = aFullDossier();
    const yonas = aFullDossier({ firstName: 'Yonas' });
    await putDossier(server.app, amal);
    await putDossier(server.app, yonas);
    const amalDevice = await activateDevice(server.app, amal.id);
    const yonasDevice = await activateDevice(server.app, yonas.id);
    const first = randomUUID();
    const second = randomUUID();
    await push(server.app, amalDevice, [
      { id: 1, name: 'question.ask', args: { id: first, contactRole: 'consulent-inburgering', text: 'Wanneer begint de MAP?' } },
      { id: 2, name: 'question.ask', args: { id: second, contactRole: 'maatschappelijk-begeleider', text: 'Ik heb een brief van de Belastingdienst.' } },
      // The same question sent again (a retry after a lost answer) is one question.
      { id: 3, name: 'question.ask', args: { id: first, contactRole: 'consulent-inburgering', text: 'Wanneer begint de MAP?' } },
    ], 'client-amal-01');
    await push(server.app, yonasDevice, [
      { id: 1, name: 'question.ask', args: { id: randomUUID(), contactRole: 'taalschool', text: 'Vraag van Yonas' } },
    ], 'client-yonas-1');

    const response = await questionsOf(amal.id);
    expect(response.statusCode, response.body).toBe(200);
    const { questions } = adminQuestionsResponseSchema.parse(response.json());
    expect(questions.map((q) => [q.id, q.contactRole, q.text])).toEqual([
      [first, 'consulent-inburgering', 'Wanneer begint de MAP?'],
      [second, 'maatschappelijk-begeleider', 'Ik heb een brief van de Belastingdienst.'],
    ]);
    expect(Number.isNaN(Date.parse(questions[0]?.askedAt ?? ''))).toBe(false);
  });

  it('includes the answer once a consulent answered in the app', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const phone = await activateDevice(server.app, dossier.id);
    const questionId = randomUUID();
    await push(server.app, phone, [{ id: 1, name: 'question.ask', args: { id: questionId, contactRole: 'consulent-inburgering', text: 'Kunt u mij bellen?' } }], 'client-answer-1');
    const consulent = await staffDevice(server.app, `consulent-${dossier.id}`, {
      name: 'Sanne', role: 'consulent', gemeente: 'rijswijk', dossiers: [dossier.id],
    });
    expect(await consulent.send('question.answer', { dossierId: dossier.id, questionId, text: 'Ik bel je morgen.' })).toEqual(
      expect.objectContaining({ status: 'applied' }),
    );
    const { questions } = adminQuestionsResponseSchema.parse((await questionsOf(dossier.id)).json());
    expect(questions).toEqual([expect.objectContaining({ id: questionId, answer: 'Ik bel je morgen.', answeredAt: expect.any(String) })]);
  });

  it('returns an empty list for a dossier without questions', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    expect((await questionsOf(dossier.id)).json()).toEqual({ questions: [] });
  });

  it('needs the admin token and a known dossier', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    expectErrorBody(await questionsOf(dossier.id, {}), 401, 'unauthenticated');
    expectErrorBody(await questionsOf(dossier.id, { authorization: 'Bearer wrong' }), 401, 'unauthenticated');
    expectErrorBody(await questionsOf('rw-unknown'), 404, 'not-found');
    expectErrorBody(await questionsOf('NOT_AN_ID'), 404, 'not-found');
  });
});
