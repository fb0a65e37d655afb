import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, beforeAll, describe, expect, it } from 'vitest';
import { aDossier } from '../../../../tests/support/builders';
import { seedDevice } from '../../../../tests/support/device';
import { db } from '../../../data/device';
import { applyPull } from '../../../data/local';
import { initI18n } from '../../i18n/i18n';
import { GeregeldScreen } from './GeregeldScreen';

const DOSSIER = aDossier({
  checklist: [
    { id: 'k-bieb', kind: 'bibliotheek', status: 'todo' },
    { id: 'k-digid', kind: 'digid', status: 'busy', note: 'De brief met de code komt deze week.' },
    { id: 'k-huisarts', kind: 'huisarts', status: 'done' },
    { id: 'k-anders', kind: 'other', status: 'todo' },
  ],
});

describe('Wat is geregeld', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(async () => {
    await seedDevice(DOSSIER);
  });

  it('lists the items in the municipality’s order, then the others, with status, note and a summary', async () => {
    render(<GeregeldScreen />);
    const items = await screen.findAllByRole('article');
    expect(items.map((a) => within(a).getByRole('heading').textContent)).toEqual(['Huisarts', 'DigiD', 'Bibliotheek', 'Iets anders']);
    expect(screen.getByText('1 van 4 geregeld')).toBeTruthy();
    const digid = screen.getByRole('article', { name: 'DigiD' });
    expect(within(digid).getByText('De brief met de code komt deze week.').getAttribute('lang')).toBe('nl');
    expect(within(digid).getByText('Mee bezig')).toBeTruthy();
  });

  it('offers every status one tap further, with the current one pressed', async () => {
    const user = userEvent.setup();
    render(<GeregeldScreen />);
    const digid = await screen.findByRole('article', { name: 'DigiD' });
    await user.click(await within(digid).findByRole('button', { name: 'DigiD aanpassen' }));
    const choices = within(digid).getByRole('group', { name: 'Hoe staat het met: DigiD?' });
    expect(within(choices).getByRole('button', { name: 'Mee bezig' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(choices).getByRole('button', { name: 'Niet nodig' }));
    expect(await within(digid).findByText('Wacht op internet')).toBeTruthy();
    expect(within(digid).getByText('Niet nodig')).toBeTruthy();
    expect((await db.outbox.toArray()).map((m) => m.args)).toEqual([{ itemId: 'k-digid', status: 'not-needed' }]);
  });

  it('marks an item done: shown at once, waiting for internet, then sent once delivered', async () => {
    const user = userEvent.setup();
    render(<GeregeldScreen />);
    const digid = await screen.findByRole('article', { name: 'DigiD' });
    await user.click(await within(digid).findByRole('button', { name: 'Dit is klaar' }));

    expect(await within(digid).findByText('Wacht op internet')).toBeTruthy();
    expect(within(digid).getByText('Klaar')).toBeTruthy();
    expect(within(digid).queryByRole('button', { name: 'Dit is klaar' })).toBeNull();
    expect(screen.getByText('2 van 4 geregeld')).toBeTruthy();
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ id: 1, name: 'checklist.setStatus', args: { itemId: 'k-digid', status: 'done' } }),
    ]);

    // The server acknowledges it in the next pull.
    await applyPull(db, { cookie: 2, lastMutationId: 1, patch: [] });
    expect(await within(digid).findByText('Doorgegeven')).toBeTruthy();
    expect(within(digid).getByText('Klaar')).toBeTruthy();
  });

  it('shows a taalmaatje the list without ways to change it', async () => {
    await seedDevice(DOSSIER, { as: 'helper' });
    render(<GeregeldScreen />);
    const digid = await screen.findByRole('article', { name: 'DigiD' });
    expect(within(digid).getByText('Mee bezig')).toBeTruthy();
    expect(within(digid).queryByRole('button')).toBeNull();
  });
});
