import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupGemeente, renderAt } from '../../../../tests/support/renderAt';
import { initI18n } from '../../i18n/i18n';
import { HelpScreen } from './HelpScreen';

// Role queries over a whole page are slow in jsdom on a busy machine.
describe('who helps you with what', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(cleanupGemeente);

  it('puts the consulent inburgering and the maatschappelijk begeleider side by side (Rijswijk)', () => {
    renderAt('/info/hulp', <HelpScreen />, 'rijswijk');
    const roles = screen.getByRole('region', { name: 'Wie doet wat?' });
    // The drawing shows what each helps with; the cards under it add who they are and what not.
    const text = (name: string) => within(roles).getAllByRole('region', { name }).map((r) => r.textContent).join(' ');
    expect(text('Consulent inburgering')).toContain('Je brede intake en je PIP');
    expect(text('Consulent inburgering')).toContain('Gemeente Rijswijk');
    expect(text('Consulent inburgering')).toContain('Toeslagen aanvragen');
    expect(text('Maatschappelijk begeleider')).toContain('Huisarts en zorgverzekering');
    expect(text('Maatschappelijk begeleider')).toContain('Stichting Welzijn Rijswijk');
    expect(text('Maatschappelijk begeleider')).toContain('Je lessen en examens');
  });

  it('answers "money" with the maatschappelijk begeleider in Rijswijk', async () => {
    const user = userEvent.setup();
    renderAt('/info/hulp', <HelpScreen />, 'rijswijk');
    const topic = screen.getByRole('button', { name: 'Geld en rekeningen' });
    await user.click(topic);
    expect(topic.getAttribute('aria-expanded')).toBe('true');
    const answer = screen.getByRole('region', { name: 'Geld en rekeningen' });
    expect(within(answer).getByText('Maatschappelijk begeleider')).toBeTruthy();
    expect(within(answer).getByText('Stichting Welzijn Rijswijk')).toBeTruthy();
    expect(within(answer).getByRole('link', { name: /^Website van Stichting Welzijn Rijswijk/ }).getAttribute('href')).toBe('https://www.welzijn-rijswijk.nl');
  });

  it('answers "money" with RSD de Liemers in Zevenaar, and nothing on the page says Rijswijk', async () => {
    const user = userEvent.setup();
    const { container } = renderAt('/info/hulp', <HelpScreen />, 'zevenaar');
    await user.click(screen.getByRole('button', { name: 'Geld en rekeningen' }));
    const answer = screen.getByRole('region', { name: 'Geld en rekeningen' });
    expect(within(answer).getByText('Werkconsulent')).toBeTruthy();
    expect(within(answer).getByText('RSD de Liemers')).toBeTruthy();
    expect(within(answer).getByRole('link', { name: /^Bel RSD de Liemers/ }).getAttribute('href')).toBe('tel:0316279533');
    expect(screen.getAllByRole('region', { name: 'Casusregisseur' }).length).toBeGreaterThan(0);
    expect(screen.queryByText('Consulent inburgering')).toBeNull();
    for (const button of screen.getAllByRole('button', { expanded: false })) await user.click(button);
    expect(container.textContent).not.toContain('Rijswijk');
  });

  it('shows one answer at a time', async () => {
    const user = userEvent.setup();
    renderAt('/info/hulp', <HelpScreen />);
    await user.click(screen.getByRole('button', { name: 'Mijn huis' }));
    await user.click(screen.getByRole('button', { name: 'Een brief die ik niet snap' }));
    expect(screen.queryByRole('region', { name: 'Mijn huis' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Een brief die ik niet snap' })).toBeTruthy();
  });

  it('gives every organisation a card with what it does and does not do', () => {
    renderAt('/info/hulp', <HelpScreen />, 'zevenaar');
    const rsd = screen.getByRole('article', { name: 'RSD de Liemers' });
    expect(rsd.textContent).toContain('RSD de Liemers betaalt je bijstandsuitkering.');
    expect(rsd.textContent).toContain('Niet voor je taallessen of je PIP.');
    expect(within(rsd).getByRole('link', { name: /^Website van RSD de Liemers/ }).getAttribute('href')).toBe('https://www.rsddeliemers.nl');
  });
});
