import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aDossier } from '../../../../tests/support/builders';
import { seedDevice } from '../../../../tests/support/device';
import type { Payment } from '../../../domain/dossier';
import { changeLanguage, initI18n } from '../../i18n/i18n';
import { GeldScreen } from './GeldScreen';

const monthOffset = (n: number) => {
  const d = new Date();
  d.setUTCDate(15);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 7);
};
const pay = (id: string, month: string, overrides: Partial<Payment> = {}): Payment => ({
  id,
  month,
  kind: 'huur',
  payee: 'Rijswijk Wonen',
  amountCents: 61250,
  status: 'paid',
  date: `${month}-01`,
  ...overrides,
});

const YOUSSEF = { id: 'begeleider', role: 'maatschappelijk-begeleider' as const, name: 'Youssef El Amrani', phone: '+31 70 555 0187' };

function ontzorgenDossier() {
  const start = `${monthOffset(-3)}-09`;
  return aDossier({
    contacts: [YOUSSEF],
    ontzorgen: {
      start,
      end: `${monthOffset(3)}-09`,
      course: 'in-progress',
      payments: [
        pay('huur-2', monthOffset(-2)),
        pay('huur-1', monthOffset(-1)),
        pay('energie-1', monthOffset(-1), { kind: 'energie', payee: 'Energieleverancier', amountCents: 14500, status: 'failed' }),
        pay('huur-0', monthOffset(0), { status: 'scheduled' }),
      ],
    },
  });
}

describe('Mijn geld', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(async () => {
    await changeLanguage('nl');
  });

  it('shows month N of 6, each payment with amount and state, and a failed payment with what to do', async () => {
    await seedDevice(ontzorgenDossier());
    render(<GeldScreen />);
    expect(await screen.findByRole('heading', { name: 'Maand 3 van 6' })).toBeTruthy();
    const months = screen.getByRole('list', { name: 'De maanden dat de gemeente betaalt' });
    expect(within(months).getAllByRole('listitem')).toHaveLength(6);

    const failed = screen.getByRole('region', { name: 'Een betaling is niet gelukt' });
    expect(within(failed).getByText(/Betaal niet zelf/)).toBeTruthy();
    expect(within(failed).getByRole('link', { name: 'Bel Youssef El Amrani' }).getAttribute('href')).toBe('tel:+31705550187');

    const rent = screen.getAllByText('Huur')[0]?.closest('li');
    if (!rent) throw new Error('no rent payment');
    expect(within(rent).getByText('Rijswijk Wonen')).toBeTruthy();
    expect(within(rent).getByText(/612,50/)).toBeTruthy();
    expect(screen.getAllByText(/^Niet gelukt/).length).toBeGreaterThan(0);
    expect(screen.getByText('Je doet de cursus nu.')).toBeTruthy();
    expect(screen.getByText('Deze cursus hoeft niet, maar helpt je wel.')).toBeTruthy();
    expect(screen.getByText('Betaal zelf de belasting van de gemeente.')).toBeTruthy();
  });

  it('opens with the current state: this month first, the months before folded away', async () => {
    await seedDevice(ontzorgenDossier());
    render(<GeldScreen />);
    const earlier = (await screen.findByText('Eerdere maanden (2)')).closest('details');
    if (!earlier) throw new Error('earlier months not folded');
    expect(earlier.open).toBe(false);
    expect(within(earlier).getAllByText('Rijswijk Wonen')).toHaveLength(2);
  });

  it('puts the next action first: a failed payment and what to do above the month overview', async () => {
    await seedDevice(ontzorgenDossier());
    render(<GeldScreen />);
    const period = await screen.findByRole('heading', { name: 'Maand 3 van 6' });
    const failed = screen.getByRole('region', { name: 'Een betaling is niet gelukt' });
    expect(failed.compareDocumentPosition(period) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('once ontzorgen has ended, opens with "now you pay yourself"', async () => {
    const dossier = ontzorgenDossier();
    if (!dossier.ontzorgen) throw new Error('no ontzorgen');
    const ended = { ...dossier, ontzorgen: { ...dossier.ontzorgen, start: `${monthOffset(-8)}-09`, end: `${monthOffset(-2)}-09` } };
    await seedDevice(ended);
    render(<GeldScreen />);
    const pay = await screen.findByText('Betaal zelf de belasting van de gemeente.');
    const period = screen.getByRole('heading', { name: /^De gemeente betaalde tot/ });
    expect(pay.compareDocumentPosition(period) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows amounts in the reader’s language, once each', async () => {
    await changeLanguage('en');
    await seedDevice(ontzorgenDossier());
    render(<GeldScreen />);
    expect((await screen.findAllByText('€612.50')).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/^€\s612,50$/)).toEqual([]);
  });

  it('says the money course is compulsory in Zevenaar', async () => {
    const dossier = ontzorgenDossier();
    await seedDevice({ ...dossier, gemeente: 'zevenaar' });
    render(<GeldScreen />);
    expect(await screen.findByText('Deze cursus moet je doen.')).toBeTruthy();
  });

  it('gives a clear empty state without ontzorgen', async () => {
    await seedDevice(aDossier({ doelgroep: 'gezinsmigrant', ontzorgen: null }));
    render(<GeldScreen />);
    expect(await screen.findByRole('heading', { name: 'Je regelt je geld zelf' })).toBeTruthy();
    expect(screen.getByText(/Vraag het aan je consulent inburgering/)).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Stel een vraag' })).getAttribute('href')).toBe('/vraag');
    expect(screen.getByRole('link', { name: 'Meer over geld' }).getAttribute('href')).toBe('/info/geld');
    expect(screen.queryByText(/De gemeente betaalt eerst/)).toBeNull();
  });
});
