import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { cleanupGemeente, renderAt } from '../../../../tests/support/renderAt';
import { initI18n } from '../../i18n/i18n';
import { InfoSectionScreen } from './InfoSectionScreen';

const at = (path: string, gemeente?: string) => renderAt(path, <Route path="/info/:section" component={InfoSectionScreen} />, gemeente);

// Role queries over a whole page are slow in jsdom on a busy machine.
describe('a page of the informatiemap', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(cleanupGemeente);

  it('shows its title, summary and blocks, each with a heading', () => {
    at('/info/gezondheid');
    expect(screen.getByRole('heading', { level: 1, name: 'Gezondheid' })).toBeTruthy();
    expect(screen.getByText('Zo werkt de zorg in Nederland. Wie bel je als je ziek bent?')).toBeTruthy();
    const doctor = screen.getByRole('article', { name: 'Je huisarts' });
    expect(within(doctor).getByText('Ben je ziek? Bel eerst je huisarts.')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Levensgevaar? Bel 112' })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(10);
    expect(screen.getByRole('link', { name: 'Wie helpt je?' }).getAttribute('href')).toBe('/info/hulp');
  });

  it('shows the money page as this municipality arranges it (Rijswijk)', () => {
    at('/info/geld', 'rijswijk');
    const ontzorgen = screen.getByRole('article', { name: 'De eerste 6 maanden: vaste lasten betaald' });
    expect(within(ontzorgen).getByText('Belasting van de gemeente')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Leren omgaan met geld' })).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Cursus Omgaan met geld: verplicht' })).toBeNull();
  });

  it('shows the money page as this municipality arranges it (Zevenaar), without a word about Rijswijk', () => {
    const { container } = at('/info/geld', 'zevenaar');
    expect(screen.getByRole('article', { name: 'Cursus Omgaan met geld: verplicht' })).toBeTruthy();
    const local = screen.getByRole('article', { name: /Je uitkering in Zevenaar/ });
    expect(within(local).getByText('In Zevenaar')).toBeTruthy();
    expect(container.textContent).not.toContain('Rijswijk');
  });

  it('lists the language schools of the municipality on the learning page', () => {
    at('/info/taal', 'rijswijk');
    expect(screen.getByRole('article', { name: 'Taalschool Sagenn' })).toBeTruthy();
    expect(screen.getByRole('article', { name: /Les in de avond en het weekend/ })).toBeTruthy();
  });

  it('shows the traject drawing, one route at a time', async () => {
    const user = userEvent.setup();
    at('/info/inburgering');
    expect(screen.getByRole('figure', { name: 'Je inburgering in 3 jaar: de B1-route' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Z-route' }));
    expect(screen.getByRole('figure', { name: 'Je inburgering in 3 jaar: de Z-route' })).toBeTruthy();
  });

  it('says so when a page does not exist', () => {
    at('/info/bestaat-niet');
    expect(screen.getByRole('status').textContent).toContain('Deze pagina bestaat niet');
  });
});
