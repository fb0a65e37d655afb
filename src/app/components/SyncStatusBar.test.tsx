import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../data';
import { initI18n } from '../i18n/i18n';
import { SyncStatusBar } from './SyncStatusBar';

// A staff phone whose device key the server refused (409 device-key-exists / device-key-too-late,
// src/domain/deviceProof.ts) must not look like "try again later": its owner needs a new code.

let status: SyncStatus;
vi.mock('../../data', async (importOriginal) => ({ ...(await importOriginal<object>()), useSyncStatus: () => status }));

describe('sync status bar', () => {
  beforeAll(() => initI18n('nl'));

  it('asks for a new code when the server refused the staff device’s key, and keeps the changes', () => {
    status = { phase: 'error', errorCode: 'device-key-exists', online: true, pending: 2 } as SyncStatus;
    render(<SyncStatusBar />);
    expect(screen.getByRole('status').textContent).toContain('Deze telefoon moet opnieuw geactiveerd worden.');
    expect(screen.getByRole('link', { name: /Nieuwe code invullen/ }).getAttribute('href')).toBe('/activate');
  });

  it('says "try again later" for any other error', () => {
    status = { phase: 'error', errorCode: 'http-500', online: true, pending: 0 } as SyncStatus;
    render(<SyncStatusBar />);
    expect(screen.getByRole('status').textContent).toContain('Bijwerken lukt nu niet.');
    expect(screen.queryByRole('link', { name: /Nieuwe code invullen/ })).toBeNull();
  });
});
