import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { aDossier, aLesson } from '../../../../tests/support/builders';
import { seedDevice } from '../../../../tests/support/device';
import { db } from '../../../data/device';
import { initI18n } from '../../i18n/i18n';
import { AgendaScreen } from './AgendaScreen';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const FEED = 'https://thuis.example/api/calendar/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG.ics';

describe('Mijn agenda: in the phone’s calendar', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(async () => {
    await seedDevice(aDossier({ appointments: [aLesson('a1', inDays(2), { title: 'Nederlandse les', bring: 'je lesboek' })] }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('downloads one appointment as an .ics file made on the phone', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:ics';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const user = userEvent.setup();
    render(<AgendaScreen />);
    const lesson = await screen.findByRole('article', { name: 'Nederlandse les' });
    await user.click(within(lesson).getByRole('button', { name: 'Zet in mijn agenda' }));

    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]?.download).toMatch(/^nederlandse-les-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = await blobs[0]?.text();
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('SUMMARY:Nederlandse les');
    expect(text).toContain('DESCRIPTION:Neem mee: je lesboek');
  });

  it('makes a private subscription address, shows it with a webcal link, and stops it', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST' ? new Response(JSON.stringify({ url: FEED }), { status: 201 }) : new Response(null, { status: 204 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    render(<AgendaScreen />);
    // Folded at the top of the agenda, so the appointments come first.
    const summary = await screen.findByText('Alles in de agenda van je telefoon');
    const section = summary.closest('details');
    if (!section) throw new Error('no subscription panel');
    expect(section.open).toBe(false);
    await user.click(summary);
    expect(section.open).toBe(true);
    await user.click(within(section).getByRole('button', { name: 'Zet in de agenda van mijn telefoon' }));

    const address = await within(section).findByRole('textbox', { name: 'Je eigen adres voor je agenda' });
    expect((address as HTMLInputElement).value).toBe(FEED);
    expect(within(section).getByRole('link', { name: 'Open in mijn agenda' }).getAttribute('href')).toBe(FEED.replace('https:', 'webcal:'));
    expect(fetchMock).toHaveBeenCalledWith('/api/calendar-feed', expect.objectContaining({ method: 'POST' }));
    expect((await db.meta.get('calendarFeedUrl'))?.value).toBe(FEED);

    await user.click(within(section).getByRole('button', { name: 'Stop' }));
    expect(await within(section).findByRole('button', { name: 'Zet in de agenda van mijn telefoon' })).toBeTruthy();
    expect(fetchMock).toHaveBeenLastCalledWith('/api/calendar-feed', expect.objectContaining({ method: 'DELETE' }));
    expect(await db.meta.get('calendarFeedUrl')).toBeUndefined();
  });

  it('says that making the address needs the internet', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const user = userEvent.setup();
    render(<AgendaScreen />);
    await user.click(await screen.findByText('Alles in de agenda van je telefoon'));
    await user.click(screen.getByRole('button', { name: 'Zet in de agenda van mijn telefoon' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Hiervoor heb je internet nodig. Probeer het later opnieuw.');
  });
});
