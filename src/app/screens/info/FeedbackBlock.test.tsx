import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { cleanupGemeente, renderAt } from '../../../../tests/support/renderAt';
import { initI18n } from '../../i18n/i18n';
import { InfoSectionScreen } from './InfoSectionScreen';
import { HelpScreen } from './HelpScreen';

// "Heeft dit geholpen?" at the end of every informatiemap page (issue 16, item 5).

const sent: unknown[] = [];

describe('feedback on an informatiemap page', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(() => {
    sent.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        sent.push(JSON.parse(String(init.body)));
        return Promise.resolve(new Response(null, { status: 204 }));
      }),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    cleanupGemeente();
  });

  it('asks at the end of a page and thanks after one tap; what is sent names the page and the language only', async () => {
    const user = userEvent.setup();
    renderAt('/info/geld', <Route path="/info/:section" component={InfoSectionScreen} />);
    const block = screen.getByRole('region', { name: 'Heeft dit geholpen?' });
    expect(block).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ja, dit helpt' }));
    expect(await screen.findByText('Dank je wel!')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ja, dit helpt' })).toBeNull();
    await waitFor(() => expect(sent).toEqual([{ clientId: expect.any(String) as string, page: 'geld', language: 'nl', choice: 'helped' }]));
  });

  it('takes an optional text when the text in my language is wrong', async () => {
    const user = userEvent.setup();
    renderAt('/info/hulp', <Route path="/info/hulp" component={HelpScreen} />);
    const open = screen.getByRole('button', { name: 'Klopt de tekst in mijn taal niet?' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    await user.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const box = screen.getByRole('textbox', { name: 'Wat klopt er niet? Dit hoeft niet.' });
    expect(box.getAttribute('dir')).toBe('auto');
    expect(box.getAttribute('maxlength')).toBe('500');
    await user.type(box, 'Het woord klopt niet');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Dank je wel!')).toBeTruthy();
    await waitFor(() => expect(sent).toEqual([expect.objectContaining({ page: 'hulp', choice: 'wrong-language', text: 'Het woord klopt niet' })]));
  });

  it('asks nothing on a page that does not exist', () => {
    renderAt('/info/bestaat-niet', <Route path="/info/:section" component={InfoSectionScreen} />);
    expect(screen.queryByRole('region', { name: 'Heeft dit geholpen?' })).toBeNull();
  });
});
