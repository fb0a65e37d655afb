import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aDossier } from '../../../../tests/support/builders';
import { seedDevice } from '../../../../tests/support/device';
import { db } from '../../../data/device';
import { applyPull } from '../../../data/local';
import { rowKey } from '../../../domain/tables';
import { initI18n } from '../../i18n/i18n';
import { DelenScreen } from './DelenScreen';

const DOSSIER = aDossier();

/** What the server sends back after `share.create`: the row with its single-use code (undefined: the code was delivered before). */
async function serverAddsCode(code: string | undefined) {
  const [entry] = await db.outbox.toArray();
  const id = (entry?.args as { id: string }).id;
  const key = rowKey(DOSSIER.id, id);
  const row = await db.shares.get(key);
  if (!row) throw new Error('no share row');
  const { key: _key, ...value } = row;
  await applyPull(db, {
    cookie: 2,
    lastMutationId: entry?.id ?? 0,
    patch: [{ op: 'put', table: 'shares', id: key, value: { ...value, ...(code ? { code } : {}), codeExpiresAt: value.expiresAt } }],
  });
  return id;
}

describe('Delen met mijn taalmaatje', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(async () => {
    await seedDevice(DOSSIER);
  });

  it('shares agenda and traject by default, never money unless chosen', async () => {
    render(<DelenScreen />);
    expect(((await screen.findByRole('checkbox', { name: 'Mijn agenda' })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Mijn traject' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Mijn geld' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('Nog niemand kijkt mee.')).toBeTruthy();
  });

  it('asks for at least one section', async () => {
    const user = userEvent.setup();
    render(<DelenScreen />);
    await user.click(await screen.findByRole('checkbox', { name: 'Mijn agenda' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mijn traject' }));
    await user.click(screen.getByRole('button', { name: 'Delen' }));
    expect(screen.getByRole('alert').textContent).toBe('Kies minstens één ding.');
    expect(await db.outbox.count()).toBe(0);
  });

  it('shares offline, waits for the code, then shows it as QR and link; ends access', async () => {
    const user = userEvent.setup();
    render(<DelenScreen />);
    await user.click(await screen.findByRole('radio', { name: '1 week' }));
    await user.type(screen.getByRole('textbox', { name: /Naam van je taalmaatje/ }), 'Ellen');
    await user.click(screen.getByRole('button', { name: 'Delen' }));

    expect(await screen.findByText('Wacht op internet. Dan komt de code.')).toBeTruthy();
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ name: 'share.create', args: { sections: ['agenda', 'traject'], label: 'Ellen' } });
    const days = (Date.parse((entry?.args as { expiresAt: string }).expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(7);

    const id = await serverAddsCode('ABCD-EFGH-JK');
    const code = await screen.findByRole('region', { name: 'Code voor je taalmaatje' });
    expect(within(code).getByRole('img', { name: 'Code voor je taalmaatje' })).toBeTruthy();
    expect(within(code).getByText(/\/activate#ABCD-EFGH-JK$/)).toBeTruthy();
    expect(within(code).getByRole('button', { name: 'Stuur de link' })).toBeTruthy();

    const list = screen.getByRole('region', { name: 'Wie kijkt mee' });
    expect(within(list).getByRole('heading', { name: 'Ellen' })).toBeTruthy();
    expect(within(list).getByText('Code nog niet gebruikt')).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: 'Stop nu: Ellen' }));
    expect(await within(list).findByText('Gestopt')).toBeTruthy();
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ name: 'share.revoke', args: { id } })]);
    expect((await db.shares.get(rowKey(DOSSIER.id, id)))?.code).toBeUndefined();
  });

  it('says so when the code was delivered before and is no longer kept (only its hash is)', async () => {
    const user = userEvent.setup();
    render(<DelenScreen />);
    await user.click(await screen.findByRole('button', { name: 'Delen' }));
    expect(await screen.findByText('Wacht op internet. Dan komt de code.')).toBeTruthy();
    await serverAddsCode(undefined);
    expect(await screen.findByText(/^De code is al naar een telefoon gestuurd\./)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Code voor je taalmaatje' })).toBeNull();
  });
});
