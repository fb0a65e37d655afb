import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../../../../tests/support/builders';
import { db } from '../../../data/device';
import { applyPull, resetDevice } from '../../../data/local';
import { dossierToRows, rowKey } from '../../../domain/tables';
import { initI18n } from '../../i18n/i18n';
import { NextAppointmentCard } from './NextAppointmentCard';

const DOSSIER = 'rw-test-0001';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('the next appointment on the home screen', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });

  it('skips the appointment the person said they cannot come to', async () => {
    await resetDevice(db, DOSSIER);
    const rows = dossierToRows(aDossier({ id: DOSSIER, appointments: [aLesson('a1', inDays(1), { title: 'Les van morgen' }), aLesson('a2', inDays(3), { title: 'Les daarna' })] }));
    const attendance = { dossierId: DOSSIER, appointmentId: 'a1', attendance: 'not-coming', updatedAt: new Date().toISOString() };
    await applyPull(db, {
      cookie: 1,
      lastMutationId: 0,
      patch: [
        ...rows.map((r) => ({ op: 'put' as const, table: r.table, id: r.key, value: r.value })),
        { op: 'put' as const, table: 'attendance', id: rowKey(DOSSIER, 'a1'), value: attendance },
      ],
    });
    render(<NextAppointmentCard />);
    expect(await screen.findByText('Les daarna')).toBeTruthy();
    expect(screen.queryByText('Les van morgen')).toBeNull();
  });
});
