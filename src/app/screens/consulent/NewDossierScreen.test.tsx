import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dossierImportSchema } from '../../../domain/dossier';
import { WCAG_TAGS } from '../../../../tests/e2e/axe';
import { staffStore } from '../../../data/staffDevice';
import { changeLanguage, initI18n } from '../../i18n/i18n';
import { NewDossierScreen } from './NewDossierScreen';

// The intake form of a consulent's work device: checked with the import's schema, errors beside
// their fields in the app's language, and a clear message without a connection.

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

// Typing a whole form takes a while on a busy machine.
describe('Nieuw dossier', { timeout: 20_000 }, () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(async () => {
    await changeLanguage('nl');
    setOnline(true);
    fetchMock = vi.fn<typeof fetch>(async () => answer(201, { ok: true, id: 'x', version: 1, created: 1 }));
    vi.stubGlobal('fetch', fetchMock);
    // The device proof has its own tests (staffStore.test.ts); here the vault is not set up.
    vi.spyOn(staffStore, 'headersFor').mockResolvedValue({ 'x-tir-proof': 't=1;s=proof-of-this-device' });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    setOnline(true);
  });

  async function fillIn(user: ReturnType<typeof userEvent.setup>, { id = 'rw-2026-0042', firstName = 'Yonas' } = {}) {
    await user.type(screen.getByLabelText('Dossiernummer'), id);
    await user.type(screen.getByLabelText('Voornaam'), firstName);
    await user.selectOptions(screen.getByLabelText('Taal van de app'), 'ti');
    await user.selectOptions(screen.getByLabelText('Doelgroep'), 'asielstatushouder');
    await user.selectOptions(screen.getByLabelText('Leerroute'), 'z');
  }

  const errorOf = (label: string) => {
    const field = screen.getByLabelText(label);
    const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
    return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
  };

  it('shows what is missing beside each field, and sends nothing', async () => {
    const user = userEvent.setup();
    render(<NewDossierScreen onCreated={() => undefined} />);
    await user.click(screen.getByRole('button', { name: /Dossier maken/ }));
    expect(screen.getByLabelText('Dossiernummer').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf('Dossiernummer')).toContain('Vul het dossiernummer in');
    expect(errorOf('Voornaam')).toBe('Vul de voornaam in.');
    expect(errorOf('Taal van de app')).toBe('Kies een taal.');
    expect(errorOf('Doelgroep')).toBe('Kies een doelgroep.');
    // What is right is not marked: the leerroute may wait, the term has its defaults.
    expect(screen.getByLabelText('Leerroute').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Begin').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Kijk de velden met een melding na');
    // The first wrong field has the focus.
    expect(document.activeElement).toBe(screen.getByLabelText('Dossiernummer'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('checks the id, the contact’s phone and email and the end of the term like the import does', async () => {
    const user = userEvent.setup();
    render(<NewDossierScreen onCreated={() => undefined} />);
    await fillIn(user, { id: 'rw 12' });
    await user.type(screen.getByLabelText('Telefoon'), 'bel me');
    await user.type(screen.getByLabelText('E-mail'), 'mark@');
    await user.clear(screen.getByLabelText('Einde'));
    await user.type(screen.getByLabelText('Einde'), '2020-01-01');
    await user.click(screen.getByRole('button', { name: /Dossier maken/ }));
    expect(errorOf('Dossiernummer')).toContain('kleine letters, cijfers en -');
    expect(errorOf('Telefoon')).toContain('Dit telefoonnummer klopt niet');
    expect(errorOf('E-mail')).toBe('Dit e-mailadres klopt niet.');
    // Phone and email without a name: the name is asked for.
    expect(errorOf('Naam')).toContain('Vul een naam in');
    expect(errorOf('Einde')).toBe('Vul een einddatum in die na het begin ligt.');
    expect(errorOf('Voornaam')).toBe('');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the errors in the app’s language', async () => {
    await changeLanguage('en');
    const user = userEvent.setup();
    render(<NewDossierScreen onCreated={() => undefined} />);
    await user.click(screen.getByRole('button', { name: /Make dossier/ }));
    expect(errorOf('First name')).toBe('Fill in the first name.');
    expect(errorOf('Target group')).toBe('Choose a target group.');
  });

  it('sets the end of the term to 3 years after its start', async () => {
    const user = userEvent.setup();
    render(<NewDossierScreen onCreated={() => undefined} />);
    await user.clear(screen.getByLabelText('Begin'));
    await user.type(screen.getByLabelText('Begin'), '2026-03-15');
    expect((screen.getByLabelText('Einde') as HTMLInputElement).value).toBe('2029-03-15');
  });

  it('sends a valid dossier for the import schema, with the consulent as first contact', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    render(<NewDossierScreen onCreated={onCreated} />);
    await fillIn(user);
    await user.type(screen.getByLabelText('Naam'), 'Mark de Vries');
    await user.type(screen.getByLabelText('Telefoon'), '+31 70 123 4567');
    await user.click(screen.getByRole('button', { name: /Dossier maken/ }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith('rw-2026-0042'));
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/staff/dossiers');
    // Signed over the exact text sent, as every staff request.
    expect(init?.headers).toMatchObject({ 'x-tir-proof': 't=1;s=proof-of-this-device' });
    expect(staffStore.headersFor).toHaveBeenCalledWith('POST', '/api/staff/dossiers', init?.body);
    const sent = dossierImportSchema.parse(JSON.parse(String(init?.body)));
    expect(sent).toEqual(
      expect.objectContaining({ id: 'rw-2026-0042', firstName: 'Yonas', language: 'ti', doelgroep: 'asielstatushouder', leerroute: 'z', steps: [], appointments: [] }),
    );
    expect(sent.contacts).toEqual([{ id: 'c1', role: 'consulent-inburgering', name: 'Mark de Vries', phone: '+31 70 123 4567' }]);
  });

  it('says the number exists when the server already knows it', async () => {
    fetchMock.mockResolvedValueOnce(answer(409, { error: { code: 'dossier-exists', message: 'exists' } }));
    const user = userEvent.setup();
    const onCreated = vi.fn();
    render(<NewDossierScreen onCreated={onCreated} />);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: /Dossier maken/ }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(errorOf('Dossiernummer')).toBe('Dit dossiernummer bestaat al. Kijk het nummer na.');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('says clearly that it needs internet: up front, and when sending', async () => {
    setOnline(false);
    const user = userEvent.setup();
    const onCreated = vi.fn();
    render(<NewDossierScreen onCreated={onCreated} />);
    expect(screen.getByRole('status').textContent).toContain('Geen internet. Je kunt alles invullen.');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: /Dossier maken/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Geen internet. Dit kan alleen met internet.');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onCreated).not.toHaveBeenCalled();
    // What was typed stays.
    expect((screen.getByLabelText('Voornaam') as HTMLInputElement).value).toBe('Yonas');
  });

  it('has no WCAG problems axe can find in the DOM, also with errors and the offline message shown', async () => {
    setOnline(false);
    const user = userEvent.setup();
    const { container } = render(<NewDossierScreen onCreated={() => undefined} />);
    await user.click(screen.getByRole('button', { name: /Dossier maken/ }));
    const result = await axe.run(container, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('says so too when the connection drops while sending', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const user = userEvent.setup();
    render(<NewDossierScreen onCreated={() => undefined} />);
    expect(screen.queryByRole('status')).toBeNull();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: /Dossier maken/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Geen internet');
  });
});
