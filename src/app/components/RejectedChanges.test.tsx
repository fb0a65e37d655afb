import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { aDossier } from '../../../tests/support/builders';
import { seedDevice } from '../../../tests/support/device';
import { useDevice } from '../../data';
import { db } from '../../data/device';
import { initI18n } from '../i18n/i18n';
import { RejectedChanges } from './RejectedChanges';

const at = '2026-11-22T10:00:00.000Z';

function DeviceKind() {
  const device = useDevice();
  return <p>device: {device.status === 'activated' ? device.kind : device.status}</p>;
}

describe('RejectedChanges', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(async () => {
    await seedDevice(aDossier());
    await db.rejected.bulkPut([
      { id: 1, name: 'checklist.setStatus', args: { itemId: 'k9', status: 'done' }, rejectedAt: at, error: { code: 'not-found', message: '' } },
      { id: 2, name: 'question.ask', args: { id: 'q', contactRole: 'taalschool', text: 'Mag ik later komen?' }, rejectedAt: at, error: { code: 'invalid-args', message: '' } },
    ]);
  });

  it('says what was refused and why, with a way forward', async () => {
    render(<RejectedChanges />);
    const alert = await screen.findByRole('alert');
    const [checklist, question] = within(alert).getAllByRole('listitem');
    if (!checklist || !question) throw new Error('expected two refused changes');
    expect(checklist.textContent).toContain('Je wijziging bij ‘Wat is geregeld’: Dit staat niet meer op je lijst.');
    expect(question.textContent).toContain('Je vraag: Er ging iets mis met deze wijziging.');
    expect(within(question).getByText('Mag ik later komen?')).toBeTruthy();
    expect(within(question).getByRole('link', { name: 'Stel je vraag opnieuw' }).getAttribute('href')).toBe('/vraag');
    expect(within(alert).getByRole('link', { name: 'Naar mijn mensen' }).getAttribute('href')).toBe('/mensen');
  });

  it('leaves out the links to the inburgeraar’s own screens on a taalmaatje’s phone', async () => {
    await seedDevice(aDossier(), { as: 'helper' });
    await db.rejected.put({ id: 2, name: 'question.ask', args: { id: 'q', contactRole: 'taalschool', text: 'Mag ik later komen?' }, rejectedAt: at, error: { code: 'invalid-args', message: '' } });
    render(
      <>
        <DeviceKind />
        <RejectedChanges />
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(await screen.findByText('device: helper')).toBeTruthy();
    expect(within(alert).queryByRole('link')).toBeNull();
    expect(within(alert).getByRole('button', { name: 'Begrepen' })).toBeTruthy();
  });

  it('goes away once understood', async () => {
    const user = userEvent.setup();
    render(<RejectedChanges />);
    for (const button of await screen.findAllByRole('button', { name: 'Begrepen' })) await user.click(button);
    await vi.waitFor(async () => expect(await db.rejected.count()).toBe(0));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
