import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupGemeente, renderAt } from '../../../../tests/support/renderAt';
import { initI18n } from '../../i18n/i18n';
import { EmergencyScreen } from './EmergencyScreen';

// Role queries over a whole page are slow in jsdom on a busy machine.
describe('emergency numbers', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(cleanupGemeente);

  it('calls each number in one tap, 112 first', () => {
    renderAt('/info/nood', <EmergencyScreen />, 'rijswijk');
    const cards = screen.getAllByRole('article');
    expect(within(cards[0] as HTMLElement).getByRole('heading').textContent).toBe('Alarmnummer 112');
    expect(screen.getByRole('link', { name: 'Bel 112' }).getAttribute('href')).toBe('tel:112');
    expect(screen.getByRole('link', { name: /^Bel 0900\s8844$/ }).getAttribute('href')).toBe('tel:09008844');
    expect(screen.getByRole('link', { name: /^Bel 0800\s0113$/ }).getAttribute('href')).toBe('tel:08000113');
    const doctor = screen.getByRole('article', { name: 'Huisartsenpost' });
    expect(within(doctor).getByRole('link').getAttribute('href')).toBe('tel:0703469669');
  });

  it("uses the municipality's own huisartsenpost", () => {
    renderAt('/info/nood', <EmergencyScreen />, 'zevenaar');
    const doctor = screen.getByRole('article', { name: 'Huisartsenpost' });
    expect(within(doctor).getByRole('link').getAttribute('href')).toBe('tel:0263899696');
  });
});
