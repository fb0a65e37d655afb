import { render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { staffStore } from '../../../data/staffDevice';
import { initI18n } from '../../i18n/i18n';
import { ConsulentRoutes } from './ConsulentRoutes';

const renderAt = (path: string) => {
  const { hook } = memoryLocation({ path });
  return render(
    <Router hook={hook}>
      <ConsulentRoutes />
    </Router>,
  );
};

describe('ConsulentRoutes', () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>(async () => new Response('{"error":{"code":"forbidden","message":"no"}}', { status: 403 }));
    vi.stubGlobal('fetch', fetchMock);
    // The device proof has its own tests (staffStore.test.ts); here the vault is not set up.
    vi.spyOn(staffStore, 'headersFor').mockResolvedValue({ 'x-tir-proof': 't=1;s=proof-of-this-device' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the new-dossier form at /consulent/nieuw', () => {
    renderAt('/consulent/nieuw');
    expect(screen.getByRole('heading', { level: 1, name: 'Nieuw dossier' })).toBeTruthy();
  });

  it('shows the activation screen of the dossier in the address', async () => {
    renderAt('/consulent/dossier/rw-2026-0042/activeren');
    expect(screen.getByRole('heading', { level: 1, name: 'Telefoon activeren' })).toBeTruthy();
    expect(screen.getByText('rw-2026-0042')).toBeTruthy();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/staff/dossiers/rw-2026-0042/activation-codes', expect.anything()));
  });

  it('survives a malformed address', async () => {
    renderAt('/consulent/dossier/%E0%A4%A/activeren');
    expect(screen.getByRole('heading', { level: 1, name: 'Telefoon activeren' })).toBeTruthy();
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
