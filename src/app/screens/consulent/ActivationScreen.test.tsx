import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WCAG_TAGS } from '../../../../tests/e2e/axe';
import { staffStore } from '../../../data/staffDevice';
import { initI18n } from '../../i18n/i18n';
import { ActivationScreen } from './ActivationScreen';

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const aCode = (code: string) => ({ code, url: `https://thuis.example/activate#${code}`, expiresAt: '2026-12-06T10:00:00.000Z' });

describe('Telefoon activeren', { timeout: 20_000 }, () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    // The device proof has its own tests (staffStore.test.ts); here the vault is not set up.
    vi.spyOn(staffStore, 'headersFor').mockResolvedValue({ 'x-tir-proof': 't=1;s=proof-of-this-device' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows a QR code of the activation link, the code in groups and until when it works; a new code in one tap', async () => {
    fetchMock.mockResolvedValueOnce(answer(201, aCode('ABCD-EFGH-JK'))).mockResolvedValueOnce(answer(201, aCode('WXYZ-2345-MN')));
    const user = userEvent.setup();
    const { container } = render(<ActivationScreen dossierId="rw-2026-0042" />);
    const qr = await screen.findByRole('img', { name: 'QR-code om de telefoon te activeren' });
    expect(qr).toBeTruthy();
    expect(screen.getByText('ABCD').parentElement?.textContent).toBe('ABCD EFGH JK');
    expect(screen.getByText(/Geldig tot 6 december 2026/)).toBeTruthy();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/staff/dossiers/rw-2026-0042/activation-codes');
    await user.click(screen.getByRole('button', { name: /Nieuwe code/ }));
    expect(await screen.findByText('WXYZ')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const result = await axe.run(container, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('says when the dossier is not on the consulent’s list, and when there is no internet', async () => {
    fetchMock.mockResolvedValueOnce(answer(403, { error: { code: 'forbidden', message: 'no' } })).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const user = userEvent.setup();
    render(<ActivationScreen dossierId="rw-elders" />);
    expect((await screen.findByRole('alert')).textContent).toBe('Dit dossier staat niet op jouw lijst.');
    expect(screen.queryByRole('img', { name: /QR-code/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Opnieuw proberen/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Geen internet');
  });
});
