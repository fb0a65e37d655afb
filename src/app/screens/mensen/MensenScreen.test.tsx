import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { aDossier } from '../../../../tests/support/builders';
import { seedDevice } from '../../../../tests/support/device';
import { initI18n } from '../../i18n/i18n';
import { MensenScreen } from './MensenScreen';

const SANNE = {
  id: 'consulent',
  role: 'consulent-inburgering' as const,
  name: 'Sanne Verbeek',
  organisation: 'Gemeente Rijswijk',
  phone: '+31 70 555 0142',
  whatsapp: '+31 6 5550 1420',
  email: 's.verbeek@example.nl',
  availability: 'ma t/m do 9.00–17.00 uur',
};
const YOUSSEF = {
  id: 'begeleider',
  role: 'maatschappelijk-begeleider' as const,
  name: 'Youssef El Amrani',
  organisation: 'Stichting Welzijn Rijswijk',
  phone: '+31 70 555 0187',
};

describe('Mijn mensen', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });

  it('shows a card per person with their role explained and one-tap call, WhatsApp and e-mail', async () => {
    await seedDevice(aDossier({ contacts: [SANNE, YOUSSEF] }));
    render(<MensenScreen />);
    const sanne = await screen.findByRole('article', { name: 'Sanne Verbeek' });
    expect(within(sanne).getByText('consulent inburgering')).toBeTruthy();
    expect(within(sanne).getByText('Helpt je met je lessen, je plan en je examens.')).toBeTruthy();
    expect(within(sanne).getByText('ma t/m do 9.00–17.00 uur').getAttribute('lang')).toBe('nl');
    expect(within(sanne).getByRole('link', { name: 'Bel Sanne Verbeek' }).getAttribute('href')).toBe('tel:+31705550142');
    expect(within(sanne).getByRole('link', { name: 'WhatsApp Sanne Verbeek' }).getAttribute('href')).toBe('https://wa.me/31655501420');
    expect(within(sanne).getByRole('link', { name: 'Mail Sanne Verbeek' }).getAttribute('href')).toBe('mailto:s.verbeek@example.nl');

    const youssef = screen.getByRole('article', { name: 'Youssef El Amrani' });
    expect(within(youssef).getByText('Helpt je met je huis, je verzekering en je brieven.')).toBeTruthy();
    expect(within(youssef).queryByRole('link', { name: /WhatsApp/ })).toBeNull();
  });

  it('routes each topic to the person in that role, with their name and phone', async () => {
    await seedDevice(aDossier({ contacts: [SANNE, YOUSSEF] }));
    render(<MensenScreen />);
    const topics = await screen.findByRole('region', { name: 'Wie helpt je met wat?' });
    const money = within(topics).getByText('Geld en rekeningen').closest('li');
    if (!money) throw new Error('no topic row');
    expect(within(money).getByText('Youssef El Amrani')).toBeTruthy();
    expect(within(money).getByText(/je maatschappelijk begeleider/)).toBeTruthy();
    expect(within(money).getByRole('link', { name: 'Bel Youssef El Amrani' }).getAttribute('href')).toBe('tel:+31705550187');
    // No werkconsulent in this dossier: the organisation that does it in Rijswijk.
    const work = within(topics).getByText('Werk', { exact: true }).closest('li');
    if (!work) throw new Error('no topic row');
    expect(within(work).getByText('Werkgeversservicepunt (WSP)')).toBeTruthy();
  });

  it('names the casusregisseur in Zevenaar', async () => {
    await seedDevice(aDossier({ gemeente: 'zevenaar', contacts: [{ ...SANNE, role: 'casusregisseur', name: 'Eva Jansen' }] }));
    render(<MensenScreen />);
    const eva = await screen.findByRole('article', { name: 'Eva Jansen' });
    expect(within(eva).getByText('casusregisseur')).toBeTruthy();
  });
});
