import { fireEvent, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../../../../tests/support/builders';
import { seedDevice } from '../../../../tests/support/device';
import { renderAt } from '../../../../tests/support/renderAt';
import { db } from '../../../data/device';
import { applyPull } from '../../../data/local';
import { dossierToRows } from '../../../domain/tables';
import { loadOtherPictograms } from '../../components/Pictogram';
import { initI18n } from '../../i18n/i18n';
import { WhatChanged } from './WhatChanged';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('what changed, on home', () => {
  beforeAll(async () => {
    await initI18n('nl');
    await loadOtherPictograms();
  });

  it('shows nothing after activation, then "2 nieuw" for a moved lesson and an answer; opening one marks it seen', async () => {
    const dossier = aDossier({ appointments: [aLesson('a1', inDays(2))] });
    await seedDevice(dossier);
    const question = { dossierId: dossier.id, id: 'q1', contactRole: 'consulent-inburgering', text: 'Wanneer?', askedAt: new Date().toISOString() };
    await applyPull(db, { cookie: 2, lastMutationId: 0, patch: [{ op: 'put', table: 'questions', id: `${dossier.id}/q1`, value: question }] });
    const { history } = renderAt('/', <WhatChanged />);
    // The dossier as activated and the person's own question are not news.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('region')).toBeNull();

    const moved = { ...dossier, appointments: [aLesson('a1', inDays(3), { status: 'moved' as const })] };
    await applyPull(db, {
      cookie: 3,
      lastMutationId: 0,
      patch: [
        ...dossierToRows(moved).map((r) => ({ op: 'put' as const, table: r.table, id: r.key, value: r.value })),
        { op: 'put', table: 'questions', id: `${dossier.id}/q1`, value: { ...question, answer: 'Morgen.', answeredAt: new Date().toISOString() } },
      ],
    });
    const news = await screen.findByRole('region', { name: '2 nieuw' }, { timeout: 5000 });
    expect(news).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Je hebt een antwoord op je vraag' }));
    expect(history.at(-1)).toBe('/vraag');
    await screen.findByRole('region', { name: '1 nieuw' }, { timeout: 5000 });
    expect(screen.getByRole('link', { name: 'Een afspraak is verplaatst' }).getAttribute('href')).toBe('/agenda');
  });
});
