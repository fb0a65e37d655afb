import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { aDossier, aLesson } from '../../../../tests/support/builders';
import { renderAt } from '../../../../tests/support/renderAt';
import { db, syncEngine } from '../../../data/device';
import { staffStore, vault } from '../../../data/staffDevice';
import { resetDevice } from '../../../data/local';
import type { StaffRole } from '../../../domain/access';
import { dossierToRows, type AttendanceRow, type QuestionRow } from '../../../domain/tables';
import { initI18n } from '../../i18n/i18n';
import { StaffRoutes } from '../staff/StaffRoutes';

// A consulent's work device: beside the home-visit checklist, the household's appointments,
// traject steps and what the inburgeraar changed, each changed offline and sent sealed later.
// A begeleider's device shows none of it.

const PIN = '482913';
const LESSON_START = '2030-03-04T09:00:00.000Z';
const AMAL = aDossier({
  id: 'rw-test-0201',
  firstName: 'Amal',
  steps: [
    { id: 's1', kind: 'brede-intake', status: 'done', date: '2025-07-10', note: '' },
    { id: 's2', kind: 'pip', status: 'todo', date: null, note: '' },
  ],
  appointments: [aLesson('a1', LESSON_START, { title: 'Les Nederlands' })],
});
const QUESTION_ID = '5b0c2a57-6a1e-4f43-9d47-3f5f7e0a2b11';
const ATTENDANCE: AttendanceRow = {
  dossierId: AMAL.id,
  appointmentId: 'a1',
  attendance: 'not-coming',
  reason: 'Mijn kind is ziek',
  updatedAt: '2026-11-20T08:00:00.000Z',
};
const QUESTION: QuestionRow = {
  dossierId: AMAL.id,
  id: QUESTION_ID,
  contactRole: 'consulent-inburgering',
  text: 'Kunt u mij bellen?',
  askedAt: '2026-11-21T10:00:00.000Z',
};

async function pullCaseload(): Promise<void> {
  await staffStore.applyPull({
    cookie: 1,
    lastMutationId: 0,
    patch: [
      { op: 'clear' },
      ...dossierToRows(AMAL).map((r) => ({ op: 'put' as const, table: r.table, id: r.key, value: r.value })),
      { op: 'put', table: 'attendance', id: `${AMAL.id}/a1`, value: ATTENDANCE },
      { op: 'put', table: 'questions', id: `${AMAL.id}/${QUESTION_ID}`, value: QUESTION },
    ],
  });
}

async function deviceOf(role: StaffRole): Promise<void> {
  await resetDevice(db, { kind: 'staff', dossierId: null, staffId: 'mw-2', role, dossiers: [AMAL.id] });
  await vault.wipe();
  await vault.setPin(PIN);
  await pullCaseload();
}

const outbox = async () => (await staffStore.outbox(10)).map((m) => ({ name: m.name, args: m.args }));

describe('consulent household actions', () => {
  beforeAll(async () => {
    await initI18n('nl');
    // No server in a component test: a sync attempt would only report "offline".
    vi.spyOn(syncEngine, 'sync').mockResolvedValue('offline');
  });

  describe('on a begeleider device', () => {
    beforeEach(() => deviceOf('begeleider'));

    it('shows no consulent actions and no consulent screens', async () => {
      renderAt(`/huisbezoek/${AMAL.id}`, <StaffRoutes />);
      await screen.findByRole('heading', { name: 'Huisbezoek bij Amal' });
      expect(screen.queryByRole('link', { name: /Activeringscode/ })).toBeNull();
      expect(screen.queryByRole('button', { name: /Nieuwe afspraak/ })).toBeNull();
      // What changed shows the "can't come", but not the question addressed to the consulent.
      const changed = await screen.findByRole('region', { name: /Wat is er veranderd/ });
      expect(within(changed).getByText('Kan niet komen')).toBeTruthy();
      expect(within(changed).queryByText('Kunt u mij bellen?')).toBeNull();
    });

    it('answers a question addressed to the maatschappelijk begeleider, offline, queued sealed', async () => {
      const id = '9a1e7c52-3b4d-4f6a-8e2c-0d1f2a3b4c5d';
      const forBegeleider: QuestionRow = { ...QUESTION, id, contactRole: 'maatschappelijk-begeleider', text: 'Kunt u helpen met de brief?' };
      await staffStore.applyPull({ cookie: 2, lastMutationId: 0, patch: [{ op: 'put', table: 'questions', id: `${AMAL.id}/${id}`, value: forBegeleider }] });
      const user = userEvent.setup();
      renderAt(`/huisbezoek/${AMAL.id}`, <StaffRoutes />);
      const changed = await screen.findByRole('region', { name: /Wat is er veranderd/ });
      const question = (await within(changed).findByText('Kunt u helpen met de brief?')).closest('li');
      if (!question) throw new Error('question not listed');
      await user.type(within(question).getByLabelText('Antwoord'), 'Ik kom dinsdag langs.');
      await user.click(within(question).getByRole('button', { name: /Stuur antwoord/ }));
      await within(changed).findByText('Wacht op internet');
      expect(await outbox()).toEqual([{ name: 'question.answer', args: { dossierId: AMAL.id, questionId: id, text: 'Ik kom dinsdag langs.' } }]);
    });

    it('sorts the caseload by need and shows why, with a picture and a short text', async () => {
      renderAt('/', <StaffRoutes />);
      const card = await screen.findByRole('link', { name: /Amal/ });
      // The lesson of 2030 still to come, with a "can't come" answer; the term of the builder's dossier.
      expect(within(card).getByText('Kan niet komen')).toBeTruthy();
      expect(within(card).queryByText('Vraag zonder antwoord')).toBeNull();
    });

    it('has no "Nieuw dossier" on the caseload, and /consulent/nieuw shows the caseload', async () => {
      renderAt('/consulent/nieuw', <StaffRoutes />);
      await screen.findByRole('heading', { name: 'Mijn huishoudens' });
      expect(screen.queryByRole('link', { name: /Nieuw dossier/ })).toBeNull();
      expect(screen.queryByRole('heading', { name: 'Nieuw dossier' })).toBeNull();
    });
  });

  describe('on a consulent device', () => {
    beforeEach(() => deviceOf('consulent'));

    it('offers "Nieuw dossier" on the caseload, which opens the form behind the PIN', async () => {
      const user = userEvent.setup();
      renderAt('/', <StaffRoutes />);
      await user.click(await screen.findByRole('link', { name: /Nieuw dossier/ }));
      await screen.findByRole('heading', { level: 1, name: 'Nieuw dossier' });
    });

    it('links each household to its activation code', async () => {
      renderAt(`/huisbezoek/${AMAL.id}`, <StaffRoutes />);
      const link = await screen.findByRole('link', { name: /Activeringscode/ });
      expect(link.getAttribute('href')).toBe(`/consulent/dossier/${AMAL.id}/activeren`);
    });

    it('adds an appointment: refuses an incomplete form, then queues appointment.upsert with a new id', async () => {
      const user = userEvent.setup();
      renderAt(`/huisbezoek/${AMAL.id}`, <StaffRoutes />);
      await user.click(await screen.findByRole('button', { name: /Nieuwe afspraak/ }));
      const form = screen.getByRole('form', { name: 'Nieuwe afspraak' });
      await user.click(within(form).getByRole('button', { name: /Opslaan/ }));
      for (const message of ['Kies een datum.', 'Kies een begintijd.', 'Kies een eindtijd na de begintijd.', 'Kies een soort afspraak.', 'Vul een titel in.']) {
        expect(within(form).getByText(message)).toBeTruthy();
      }
      expect(document.activeElement).toBe(within(form).getByLabelText('Datum'));
      expect(await outbox()).toEqual([]);

      fireEvent.change(within(form).getByLabelText('Datum'), { target: { value: '2030-04-02' } });
      fireEvent.change(within(form).getByLabelText('Begint om'), { target: { value: '14:00' } });
      fireEvent.change(within(form).getByLabelText('Eindigt om'), { target: { value: '13:30' } });
      await user.selectOptions(within(form).getByLabelText('Soort afspraak'), 'voortgangsgesprek');
      await user.type(within(form).getByLabelText('Titel'), 'Gesprek over je voortgang');
      await user.click(within(form).getByRole('button', { name: /Opslaan/ }));
      expect(within(form).getByText('Kies een eindtijd na de begintijd.')).toBeTruthy();
      expect(within(form).queryByText('Kies een datum.')).toBeNull();

      fireEvent.change(within(form).getByLabelText('Eindigt om'), { target: { value: '15:00' } });
      await user.type(within(form).getByLabelText('Plaats (naam)'), 'Gemeentehuis');
      await user.type(within(form).getByLabelText('Adres (mag leeg blijven)'), 'Bogaardplein 15');
      await user.click(within(form).getByRole('button', { name: /Opslaan/ }));

      const shown = await screen.findByRole('article', { name: 'Gesprek over je voortgang' });
      expect(within(shown).getByText('Wacht op internet')).toBeTruthy();
      const [sent] = await outbox();
      expect(sent).toEqual({
        name: 'appointment.upsert',
        args: {
          dossierId: AMAL.id,
          appointment: {
            id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
            kind: 'voortgangsgesprek',
            title: 'Gesprek over je voortgang',
            start: new Date('2030-04-02T14:00:00').toISOString(),
            end: new Date('2030-04-02T15:00:00').toISOString(),
            location: { name: 'Gemeentehuis', address: 'Bogaardplein 15' },
            status: 'planned',
          },
        },
      });
      expect(await db.outbox.count()).toBe(0);
    });

    it('moves an appointment: same id, new times, status moved', async () => {
      const user = userEvent.setup();
      renderAt(`/huisbezoek/${AMAL.id}`, <StaffRoutes />);
      const lesson = await screen.findByRole('article', { name: 'Les Nederlands' });
      await user.click(within(lesson).getByRole('button', { name: /Verplaatsen/ }));
      const form = within(lesson).getByRole('form', { name: 'Afspraak verplaatsen' });
      expect((within(form).getByLabelText('Titel') as HTMLInputElement).value).toBe('Les Nederlands');
      fireEvent.change(within(form).getByLabelText('Datum'), { target: { value: '2030-03-06' } });
      fireEvent.change(within(form).getByLabelText('Begint om'), { target: { value: '10:00' } });
      fireEvent.change(within(form).getByLabelText('Eindigt om'), { target: { value: '12:00' } });
      await user.click(within(form).getByRole('button', { name: /Opslaan/ }));
      await within(lesson).findByText('Verplaatst');
      await within(lesson).findByText('Wacht op internet');
      expect(await outbox()).toEqual([
        {
          name: 'appointment.upsert',
          args: {
            dossierId: AMAL.id,
            appointment: {
              id: 'a1',
              kind: 'taalles',
              title: 'Les Nederlands',
              start: new Date('2030-03-06T10:00:00').toISOString(),
              end: new Date('2030-03-06T12:00:00').toISOString(),
              location: { name: 'Taalschool', address: 'Straat 1, Rijswijk' },
              status: 'moved',
            },
          },
        },
      ]);
    });

    it('updates a traject step: a planned step needs a date, then step.update is queued', async () => {
      const user = userEvent.setup();
      renderAt(`/huisbezoek/${AMAL.id}`, <StaffRoutes />);
      const pip = await screen.findByRole('article', { name: 'Je plan (PIP)' });
      await user.click(within(pip).getByRole('button', { name: /Wijzigen/ }));
      await user.selectOptions(within(pip).getByLabelText('Status'), 'planned');
      await user.click(within(pip).getByRole('button', { name: /Opslaan/ }));
      expect(within(pip).getByText('Kies een geldige datum. Een geplande stap heeft een datum nodig.')).toBeTruthy();
      expect(await outbox()).toEqual([]);
      fireEvent.change(within(pip).getByLabelText('Datum (mag leeg blijven)'), { target: { value: '2030-01-15' } });
      await user.type(within(pip).getByLabelText('Korte notitie'), 'Neem je paspoort mee.');
      await user.click(within(pip).getByRole('button', { name: /Opslaan/ }));
      await within(pip).findByText('Wacht op internet');
      expect(within(pip).getByText(/Gepland/)).toBeTruthy();
      expect(await outbox()).toEqual([
        { name: 'step.update', args: { dossierId: AMAL.id, stepId: 's2', status: 'planned', date: '2030-01-15', note: 'Neem je paspoort mee.' } },
      ]);
    });

    it('shows what changed, newest first, and answers a question (empty refused)', async () => {
      const user = userEvent.setup();
      renderAt(`/huisbezoek/${AMAL.id}`, <StaffRoutes />);
      const changed = await screen.findByRole('region', { name: /Wat is er veranderd/ });
      const items = within(changed).getAllByRole('listitem');
      expect(items).toHaveLength(2);
      const [question, attendance] = items as [HTMLElement, HTMLElement];
      expect(within(question).getByText('Kunt u mij bellen?')).toBeTruthy();
      expect(within(attendance).getByText('Kan niet komen')).toBeTruthy();
      expect(within(attendance).getByText('Les Nederlands')).toBeTruthy();
      expect(within(attendance).getByText('Mijn kind is ziek')).toBeTruthy();
      expect(within(attendance).queryByText(/oude tijd/)).toBeNull();

      await user.click(within(question).getByRole('button', { name: /Stuur antwoord/ }));
      expect(within(question).getByText('Schrijf eerst een antwoord.')).toBeTruthy();
      expect(await outbox()).toEqual([]);
      await user.type(within(question).getByLabelText('Antwoord'), 'Ja, ik bel u morgen.');
      await user.click(within(question).getByRole('button', { name: /Stuur antwoord/ }));
      await within(changed).findByText('Ja, ik bel u morgen.');
      await within(changed).findByText('Wacht op internet');
      expect(within(changed).queryByLabelText('Antwoord')).toBeNull();
      expect(await outbox()).toEqual([
        { name: 'question.answer', args: { dossierId: AMAL.id, questionId: QUESTION_ID, text: 'Ja, ik bel u morgen.' } },
      ]);
    });

    it('marks an answer given before the appointment moved as one for the old time', async () => {
      await staffStore.applyPull({
        cookie: 2,
        lastMutationId: 0,
        patch: [{ op: 'put', table: 'attendance', id: `${AMAL.id}/a1`, value: { ...ATTENDANCE, forStart: '2026-11-20T09:00:00+01:00' } }],
      });
      renderAt(`/huisbezoek/${AMAL.id}`, <StaffRoutes />);
      const changed = await screen.findByRole('region', { name: /Wat is er veranderd/ });
      expect(await within(changed).findByText(/^Dit antwoord was voor de oude tijd: .+\. De afspraak is daarna verplaatst\.$/)).toBeTruthy();
    });
  });
});
