import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { rowKey } from '../../src/domain/tables';
import { backends } from './backends';
import { aFullDossier, aShare, aStaffId, aStaffMember } from '../support/builders';
import { activateWith, inburgeraarDevice, puts, putStaff, share, staffDevice, type TestDevice } from './devices';
import { putDossier, serverFor, type TestServer } from './harness';

// Issue 13, item 1: a question reaches the person it is addressed to, and only that person answers
// it (src/domain/questionRecipients.ts, checked by question.answer with the role the server sets).

describe.each(backends)('who answers a question, on $name', (backend) => {
  let server: TestServer;
  let one: string;
  let outside: string;
  let amal: TestDevice;
  serverFor(backend, (s) => {
    server = s;
  });
  beforeEach(async () => {
    [one, outside] = (await Promise.all([1, 2].map(async () => (await putDossier(server.app, aFullDossier())).id))) as [string, string];
    amal = await inburgeraarDevice(server.app, one);
  });

  const begeleider = (dossiers = [one]) => staffDevice(server.app, aStaffId(), aStaffMember({ dossiers }));
  const consulent = () => staffDevice(server.app, aStaffId(), aStaffMember({ role: 'consulent', dossiers: [one] }));

  async function ask(contactRole: string, device = amal): Promise<string> {
    const id = randomUUID();
    expect(await device.send('question.ask', { id, contactRole, text: 'Kunt u mij helpen met een brief?' })).toMatchObject({ status: 'applied' });
    return id;
  }

  async function storedAnswer(dossierId: string, questionId: string): Promise<unknown> {
    const row = await server.db.selectFrom('row').select('value').where('tbl', '=', 'questions').where('key', '=', rowKey(dossierId, questionId)).executeTakeFirstOrThrow();
    return (JSON.parse(row.value ?? '{}') as { answer?: unknown }).answer;
  }

  it('a begeleider’s pull carries the questions of the caseload; the answer reaches the inburgeraar with its author', async () => {
    const questionId = await ask('maatschappelijk-begeleider');
    const device = await begeleider();
    expect(puts((await device.pull()).patch, 'questions').map((op) => op.value)).toEqual([
      expect.objectContaining({ id: questionId, dossierId: one, contactRole: 'maatschappelijk-begeleider' }),
    ]);
    await amal.pull();
    expect(await device.send('question.answer', { dossierId: one, questionId, text: 'Ik kom dinsdag langs.' })).toMatchObject({ status: 'applied' });
    const [answered] = puts((await amal.pull()).patch, 'questions');
    const staffId = device.activation?.kind === 'staff' ? device.activation.staffId : 'none';
    expect(answered?.value).toMatchObject({ id: questionId, answer: 'Ik kom dinsdag langs.', answeredBy: staffId });
  });

  it('a staff device receives only the questions addressed to its role; a role change starts it over with the others', async () => {
    const forBegeleider = await ask('maatschappelijk-begeleider');
    const forConsulent = await ask('casusregisseur');
    const forTeacher = await ask('taalschool');
    const staffId = aStaffId();
    const device = await staffDevice(server.app, staffId, aStaffMember({ dossiers: [one] }));
    const idsIn = (patch: Parameters<typeof puts>[0]) => puts(patch, 'questions').map((op) => op.value.id).sort();
    const first = await device.pull();
    expect(idsIn(first.patch)).toEqual([forBegeleider]);
    expect(JSON.stringify(first.patch)).not.toContain(forConsulent);
    // A later question for the consulent does not come with an incremental pull either.
    const later = await ask('consulent-inburgering');
    const next = await device.pull();
    expect(next.patch.some((op) => op.op === 'clear')).toBe(false);
    expect(JSON.stringify(next.patch)).not.toContain(later);

    expect((await putStaff(server.app, staffId, aStaffMember({ role: 'consulent', dossiers: [one] }))).statusCode).toBe(200);
    const after = await device.pull();
    expect(after.patch[0]).toEqual({ op: 'clear' });
    expect(idsIn(after.patch)).toEqual([forConsulent, forTeacher, later].sort());
    // The inburgeraar keeps all of their own.
    expect(idsIn((await amal.pull()).patch)).toEqual([forBegeleider, forConsulent, forTeacher, later].sort());
  });

  it('refuses a begeleider’s answer to a question for the consulent or casusregisseur', async () => {
    const device = await begeleider();
    for (const role of ['consulent-inburgering', 'casusregisseur', 'taalschool']) {
      const questionId = await ask(role);
      const result = await device.send('question.answer', { dossierId: one, questionId, text: 'Ja' });
      expect(result, role).toMatchObject({ status: 'rejected', error: { code: 'not-addressed-to-you' } });
      expect(await storedAnswer(one, questionId)).toBeUndefined();
    }
  });

  it('refuses a consulent’s answer to a question for the maatschappelijk begeleider, and applies one to their own', async () => {
    const device = await consulent();
    const forBegeleider = await ask('maatschappelijk-begeleider');
    expect(await device.send('question.answer', { dossierId: one, questionId: forBegeleider, text: 'Ja' })).toMatchObject({
      status: 'rejected',
      error: { code: 'not-addressed-to-you' },
    });
    expect(await storedAnswer(one, forBegeleider)).toBeUndefined();
    const forConsulent = await ask('consulent-inburgering');
    expect(await device.send('question.answer', { dossierId: one, questionId: forConsulent, text: 'In maart.' })).toMatchObject({ status: 'applied' });
    expect(await storedAnswer(one, forConsulent)).toBe('In maart.');
  });

  it('refuses an answer to a question of a dossier that is not on the begeleider’s caseload', async () => {
    const stranger = await inburgeraarDevice(server.app, outside);
    const questionId = await ask('maatschappelijk-begeleider', stranger);
    const device = await begeleider();
    expect(await device.send('question.answer', { dossierId: outside, questionId, text: 'Ja' })).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await storedAnswer(outside, questionId)).toBeUndefined();
  });

  it('refuses answers from the inburgeraar and from a helper', async () => {
    const questionId = await ask('maatschappelijk-begeleider');
    expect(await amal.send('question.answer', { dossierId: one, questionId, text: 'Zelf beantwoord' })).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const helper = await activateWith(server.app, await share(amal, aShare()));
    expect(await helper.send('question.answer', { dossierId: one, questionId, text: 'Als taalmaatje' })).toMatchObject({ status: 'rejected', error: { code: 'read-only' } });
    expect(await storedAnswer(one, questionId)).toBeUndefined();
  });
});
