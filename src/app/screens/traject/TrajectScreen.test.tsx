import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { aDossier } from '../../../../tests/support/builders';
import { dateInDays, seedDevice } from '../../../../tests/support/device';
import type { Step } from '../../../domain/dossier';
import { initI18n } from '../../i18n/i18n';
import { TrajectScreen } from './TrajectScreen';

const step = (kind: Step['kind'], status: Step['status'], date: string | null = null, note?: string): Step => ({
  id: kind,
  kind,
  status,
  date,
  ...(note ? { note } : {}),
});

const stepItem = (name: string) => screen.getByRole('listitem', { name });

describe('Mijn traject', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });

  it('shows the B1 route as a timeline with the next step, notes in Dutch and the end of the term', async () => {
    await seedDevice(
      aDossier({
        leerroute: 'b1',
        termijn: { start: dateInDays(-100), end: dateInDays(1000) },
        steps: [
          step('brede-intake', 'done', dateInDays(-90), 'We hebben goed gepraat.'),
          step('pip', 'done', dateInDays(-40)),
          step('leerroute', 'busy', dateInDays(-30)),
          step('omgaan-met-geld', 'busy'),
          step('voortgangsgesprek', 'planned', dateInDays(10)),
        ],
      }),
    );
    render(<TrajectScreen />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn traject' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'B1-route' })).toBeTruthy();

    const next = screen.getByRole('region', { name: 'Je volgende stap' });
    expect(within(next).getByText(/^Gesprek over je voortgang, op /)).toBeTruthy();

    expect(within(stepItem('Brede intake')).getByText('Klaar')).toBeTruthy();
    const lessons = stepItem('Nederlandse les');
    expect(within(lessons).getByText('Nu bezig')).toBeTruthy();
    expect(lessons.getAttribute('aria-current')).toBe('step');
    // A step the dossier lacks but the template has, and one the template lacks.
    expect(within(stepItem('Examen KNM')).getByText('Later')).toBeTruthy();
    expect(within(stepItem('Omgaan met geld')).getByText('Nu bezig')).toBeTruthy();

    const note = within(stepItem('Brede intake')).getByText('We hebben goed gepraat.');
    expect(note.getAttribute('lang')).toBe('nl');
    expect(within(stepItem('Brede intake')).getByText('Bericht van je consulent inburgering:')).toBeTruthy();

    const term = screen.getByRole('region', { name: 'Je einddatum' });
    expect(within(term).getByText(/^Nog 3[23] maanden$/)).toBeTruthy();
  });

  it('marks an overdue step and offers a way forward; lists exemptions (Z-route)', async () => {
    await seedDevice(
      aDossier({
        leerroute: 'z',
        steps: [
          step('brede-intake', 'done', dateInDays(-300)),
          step('pvt', 'planned', dateInDays(-5)),
          step('examen-knm', 'exempt', null, 'In de Z-route doe je geen KNM-examen.'),
        ],
      }),
    );
    render(<TrajectScreen />);
    expect(await screen.findByRole('heading', { name: 'Z-route' })).toBeTruthy();
    const late = screen.getByRole('region', { name: 'Let op: deze stap is te laat' });
    expect(within(late).getByText(/^PVT, op /)).toBeTruthy();
    expect((await within(late).findByRole('link', { name: 'Stel een vraag' })).getAttribute('href')).toBe('/vraag');
    expect(within(stepItem('PVT')).getByText('Te laat')).toBeTruthy();
    expect(stepItem('Leerbaarheidstoets')).toBeTruthy();
    const exemptions = screen.getByRole('region', { name: 'Vrijstellingen' });
    expect(within(exemptions).getByText('Examen KNM')).toBeTruthy();
  });

  it('tells a family migrant that the municipality only advises', async () => {
    await seedDevice(aDossier({ doelgroep: 'gezinsmigrant', leerroute: null, steps: [step('brede-intake', 'done')] }));
    render(<TrajectScreen />);
    expect(await screen.findByText('De gemeente geeft je advies.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Nog geen leerroute' })).toBeTruthy();
    expect(screen.getByText('Alle stappen zijn klaar. Goed gedaan!')).toBeTruthy();
  });
});
