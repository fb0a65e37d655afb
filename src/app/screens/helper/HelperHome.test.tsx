import { render, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aDossier } from '../../../../tests/support/builders';
import { seedDevice } from '../../../../tests/support/device';
import { loadOtherPictograms } from '../../components/Pictogram';
import { initI18n } from '../../i18n/i18n';
import { HelperHome } from './HelperHome';

const SHARE = '7f0c8f9e-1d55-4c51-9a51-0b7d2f1f8a10';

describe('Helper home', () => {
  beforeAll(async () => {
    await initI18n('nl');
    // The chunks the home loads after its first render (pictures, "what changed"), loaded up front
    // so none is still loading when the test environment is torn down.
    await Promise.all([loadOtherPictograms(), import('../home/WhatChanged')]);
  });
  beforeEach(async () => {
    // Dutch, so the test stays in the language it reads; the switch to the dossier's language
    // happens only once per share and is covered end to end.
    await seedDevice(aDossier({ language: 'nl' }));
  });

  it('says whom the taalmaatje helps and until when, with only the shared sections', async () => {
    render(<HelperHome shareId={SHARE} sections={['agenda', 'traject']} expiresAt="2030-03-01T10:00:00.000Z" />);
    expect(await screen.findByRole('heading', { name: 'Je helpt Amal' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Je kunt meekijken tot 1 maart 2030.')).toBeTruthy();
    expect(screen.getByText('Je kunt alleen kijken, niets veranderen.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mijn agenda' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mijn traject' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Mijn geld' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Delen/ })).toBeNull();
  });
});
