import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../../../../tests/support/builders';
import { seedDevice } from '../../../../tests/support/device';
import { useDevice } from '../../../data';
import { db } from '../../../data/device';
import { applyPull, resetDevice } from '../../../data/local';
import { dossierToRows } from '../../../domain/tables';
import arAgenda from '../../../../locales/ar/agenda.json';
import arCommon from '../../../../locales/ar/common.json';
import { changeLanguage, initI18n } from '../../i18n/i18n';
import { AgendaScreen } from './AgendaScreen';

const DOSSIER = 'rw-test-0001';

function DeviceKind() {
  const device = useDevice();
  return <p>device: {device.status === 'activated' ? device.kind : device.status}</p>;
}

async function seed(appointments: ReturnType<typeof aLesson>[]) {
  await resetDevice(db, DOSSIER);
  const rows = dossierToRows(aDossier({ id: DOSSIER, appointments }));
  await applyPull(db, {
    cookie: 1,
    lastMutationId: 0,
    patch: rows.map((r) => ({ op: 'put' as const, table: r.table, id: r.key, value: r.value })),
  });
}

const inDays = (days: number, hour = 9) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
};

describe('Mijn agenda', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(async () => {
    await seed([
      aLesson('a1', inDays(2), { title: 'Nederlandse les', bring: 'je lesboek' }),
      aLesson('a2', inDays(3), { title: 'Les die niet doorgaat', status: 'cancelled' }),
      aLesson('old', inDays(-3), { title: 'Les van vorige week' }),
    ]);
  });

  it('lists upcoming appointments, not past ones, and marks cancelled ones', async () => {
    render(<AgendaScreen />);
    const lesson = await screen.findByRole('article', { name: 'Nederlandse les' });
    // The personal pictograms load with the activated part of the app; alone, the screen loads them itself.
    expect(await within(lesson).findByRole('img', { name: 'Neem mee' })).toBeTruthy();
    expect(within(lesson).getByText('je lesboek')).toBeTruthy();
    const cancelled = screen.getByRole('article', { name: 'Les die niet doorgaat' });
    expect(within(cancelled).getByText('Gaat niet door')).toBeTruthy();
    expect(within(cancelled).queryByRole('button', { name: /Ik kom/ })).toBeNull();
    expect(screen.queryByText('Les van vorige week')).toBeNull();
  });

  it('says "Ik kan niet komen" with a reason: shown at once, waiting for internet, queued in the outbox', async () => {
    const user = userEvent.setup();
    render(<AgendaScreen />);
    const lesson = await screen.findByRole('article', { name: 'Nederlandse les' });
    await user.click(await within(lesson).findByRole('button', { name: /Ik kan niet komen/ }));
    await user.click(within(lesson).getByRole('radio', { name: 'Ik ben ziek' }));
    await user.click(within(lesson).getByRole('button', { name: 'Doorgeven' }));

    expect(await within(lesson).findByText('Je kunt niet komen.')).toBeTruthy();
    expect(within(lesson).getByText('Wacht op internet')).toBeTruthy();
    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      expect.objectContaining({
        id: 1,
        name: 'appointment.setAttendance',
        args: { appointmentId: 'a1', attendance: 'not-coming', reason: 'Ik ben ziek' },
      }),
    ]);
  });

  it('says "Ik kom" in one tap', async () => {
    const user = userEvent.setup();
    render(<AgendaScreen />);
    const lesson = await screen.findByRole('article', { name: 'Nederlandse les' });
    await user.click(await within(lesson).findByRole('button', { name: /Ik kom/ }));
    expect(await within(lesson).findByText('Je komt.')).toBeTruthy();
    expect(within(lesson).getByRole('button', { name: /Ik kom/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows an answer given before the appointment moved as one for the old time, not the new one', async () => {
    const oldStart = inDays(2);
    await seed([aLesson('a1', inDays(4), { title: 'Nederlandse les', status: 'moved' }), aLesson('a3', inDays(5), { title: 'MAP-workshop' })]);
    const answer = (appointmentId: string, forStart: string) => ({
      op: 'put' as const,
      table: 'attendance' as const,
      id: `${DOSSIER}/${appointmentId}`,
      value: { dossierId: DOSSIER, appointmentId, attendance: 'coming', updatedAt: new Date().toISOString(), forStart },
    });
    const a3 = await db.appointments.get(`${DOSSIER}/a3`);
    await applyPull(db, { cookie: 2, lastMutationId: 0, patch: [answer('a1', oldStart), answer('a3', a3?.start ?? '')] });
    render(<AgendaScreen />);

    const moved = await screen.findByRole('article', { name: 'Nederlandse les' });
    expect(await within(moved).findByText(/^Dit antwoord was voor de oude tijd \(.+\): Je komt\. Zeg opnieuw of je komt\.$/)).toBeTruthy();
    expect(within(moved).queryByText('Je komt.')).toBeNull();
    expect((await within(moved).findByRole('button', { name: /Ik kom/ })).getAttribute('aria-pressed')).toBe('false');
    // An answer for the time as planned now is shown as ever.
    const current = screen.getByRole('article', { name: 'MAP-workshop' });
    expect(within(current).getByText('Je komt.')).toBeTruthy();
    expect(within(current).getByRole('button', { name: /Ik kom/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a taalmaatje the agenda without answer buttons', async () => {
    await seedDevice(aDossier({ id: DOSSIER, appointments: [aLesson('a1', inDays(2), { title: 'Nederlandse les' })] }), { as: 'helper' });
    render(
      <>
        <DeviceKind />
        <AgendaScreen />
      </>,
    );
    const lesson = await screen.findByRole('article', { name: 'Nederlandse les' });
    // Once the app knows this is a helper's phone (an inburgeraar's shows its buttons from then on).
    expect(await screen.findByText('device: helper')).toBeTruthy();
    expect(within(lesson).queryByRole('button', { name: /Ik kom/ })).toBeNull();
    expect(within(lesson).queryByRole('button', { name: /Ik kan niet komen/ })).toBeNull();
    // Addressed as a helper: "Zeg of je komt" is for the inburgeraar.
    expect(screen.queryByText(/Zeg of je komt/)).toBeNull();
    expect(screen.getByText(/Jij leest mee/)).toBeTruthy();
  });

  it('shows an empty state when there is nothing planned', async () => {
    await seed([]);
    render(<AgendaScreen />);
    expect(await screen.findByText('Er staan geen afspraken in je agenda.')).toBeTruthy();
  });

  it('shows an Arabic reader the title from its kind, the case system’s Dutch texts marked as Dutch, and what to bring as pictures', async () => {
    await changeLanguage('ar');
    try {
      await seed([aLesson('a1', inDays(1), { title: 'Nederlandse les bij Sagenn', bring: 'je eigen schrift', bringItems: ['lesboek', 'pen'] })]);
      render(<AgendaScreen />);
      const lesson = await screen.findByRole('article', { name: arCommon.appointmentKind.taalles });
      const dutchTitle = within(lesson).getByText('Nederlandse les bij Sagenn');
      expect(dutchTitle.getAttribute('lang')).toBe('nl');
      expect(within(lesson).getByText('je eigen schrift').getAttribute('lang')).toBe('nl');
      expect(within(lesson).getAllByText(arCommon.dutchText.marker)).toHaveLength(2);
      const bring = within(lesson).getByRole('list', { name: arAgenda.bring });
      expect(within(bring).getAllByRole('listitem').map((li) => li.textContent)).toEqual([arAgenda.bringItem.lesboek, arAgenda.bringItem.pen]);
    } finally {
      await changeLanguage('nl');
    }
  });

  it('shows this week and next first, the rest behind "more"', async () => {
    const user = userEvent.setup();
    await seed([aLesson('a1', inDays(1), { title: 'Les deze week' }), aLesson('a2', inDays(30), { title: 'Les over een maand' })]);
    render(<AgendaScreen />);
    await screen.findByRole('article', { name: 'Les deze week' });
    expect(screen.queryByRole('article', { name: 'Les over een maand' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Meer afspraken \(1\)/ }));
    expect(await screen.findByRole('article', { name: 'Les over een maand' })).toBeTruthy();
  });
});
