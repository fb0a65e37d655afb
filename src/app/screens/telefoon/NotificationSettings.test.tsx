import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOtherPictograms } from '../../components/Pictogram';
import { initI18n } from '../../i18n/i18n';
import { NotificationSettings } from './NotificationSettings';

// The browser side (permission, PushManager, the signed PUT) is data/webPush.ts; here only the
// switch: nothing is asked on render, a press turns on or off, and each audience reads its own text.
const push = vi.hoisted(() => ({
  notificationState: vi.fn<() => Promise<string>>(),
  turnOnNotifications: vi.fn<(language: string) => Promise<string>>(),
  turnOffNotifications: vi.fn<() => Promise<void>>(),
}));
vi.mock('../../../data/webPush', () => push);

describe('NotificationSettings', () => {
  beforeAll(async () => {
    await initI18n('nl');
    await loadOtherPictograms();
  });
  beforeEach(() => {
    push.notificationState.mockReset().mockResolvedValue('off');
    push.turnOnNotifications.mockReset().mockResolvedValue('on');
    push.turnOffNotifications.mockReset().mockResolvedValue();
  });

  it('on a staff device: says what staff get, asks nothing on load, turns on and off on a press', async () => {
    render(<NotificationSettings audience="staff" />);
    const toggle = await screen.findByRole('switch', { name: /Berichten/ });
    expect(screen.getByText('Krijg een bericht als er in je caseload een nieuwe vraag is, of als iemand niet kan komen.')).toBeTruthy();
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(push.turnOnNotifications).not.toHaveBeenCalled();

    fireEvent.click(toggle);
    await waitFor(() => expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true'));
    expect(push.turnOnNotifications).toHaveBeenCalledWith('nl');
    expect(screen.getByText('Berichten staan aan.')).toBeTruthy();

    fireEvent.click(screen.getByRole('switch'));
    await waitFor(() => expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false'));
    expect(push.turnOffNotifications).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Berichten staan uit.')).toBeTruthy();
  });

  it('on a taalmaatje’s phone: says what a taalmaatje gets, and a refused server request stays off', async () => {
    push.turnOnNotifications.mockResolvedValue('failed');
    render(<NotificationSettings audience="helper" />);
    const toggle = await screen.findByRole('switch', { name: /Berichten/ });
    expect(screen.getByText(/iets verandert in wat met jou gedeeld is/)).toBeTruthy();
    expect(screen.queryByText(/je vraag heeft een antwoord/)).toBeNull();
    fireEvent.click(toggle);
    expect(await screen.findByText('Aanzetten is niet gelukt. Probeer het later nog een keer.')).toBeTruthy();
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
  });

  it('shows no switch when the browser blocks notifications', async () => {
    push.notificationState.mockResolvedValue('blocked');
    render(<NotificationSettings audience="staff" />);
    expect(await screen.findByText(/Berichten zijn uitgezet/)).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
