import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arCommon from '../../locales/ar/common.json';
import arHome from '../../locales/ar/home.json';
import tiCommon from '../../locales/ti/common.json';
import { AppServer, goOffline, goOnline, launchPhone, type Phone } from './harness';
import { PERSONAL_DOSSIER_ID as ID, personalDossier as dossier } from './personalDossier';

// The personal screens in a real browser: every field of an imported dossier is visible somewhere
// in the app, also offline after a reload; a checklist change and a question made offline reach
// the server once the phone is back online; the agenda goes into the phone's calendar.

const QUESTION = 'Mag ik de les van vrijdag inhalen?';

/**
 * The phone's voices, as the browser gives them to the page (speechSynthesis), chosen by the test
 * through localStorage 'e2e.voices'; what is spoken is kept in window.__spoken. The app's code
 * runs unchanged: only the browser API underneath it is a stand-in.
 */
function stubSpeech(): void {
  let langs: string[];
  try {
    langs = JSON.parse(localStorage.getItem('e2e.voices') ?? '[]') as string[];
  } catch {
    return;
  }
  const spoken: { text: string; lang: string }[] = [];
  Object.assign(window, { __spoken: spoken });
  const voices = langs.map((lang) => ({ lang, name: `Test ${lang}`, voiceURI: `test-${lang}`, default: false, localService: true }));
  class Utterance extends EventTarget {
    lang = '';
    voice: unknown = null;
    rate = 1;
    onend: (() => void) | null = null;
    constructor(readonly text: string) {
      super();
    }
  }
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }),
    cancel: () => undefined,
    speaking: false,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

async function spokenAfterClick(page: Page, scope: string, button: string): Promise<{ text: string; lang: string }[]> {
  await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.splice(0));
  await page.locator(scope).first().getByRole('button', { name: button, exact: true }).click();
  return page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
}

async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Every text of the import that a person should be able to find, per screen. */
async function seesEverything(page: Page): Promise<void> {
  await visit(page, '/traject', 'Mijn traject');
  for (const step of ['Brede intake', 'Je plan (PIP)', 'Nederlandse les', 'Gesprek over je voortgang', 'Examen KNM']) {
    await page.getByRole('listitem', { name: step }).waitFor();
  }
  for (const s of dossier.steps) if (s.note) await page.getByText(s.note).first().waitFor();
  await page.getByRole('region', { name: 'Let op: deze stap is te laat' }).waitFor();
  await page.getByRole('region', { name: 'Vrijstellingen' }).waitFor();
  await page.getByText(/^Nog 3[12] maanden$/).waitFor();

  await visit(page, '/mensen', 'Mijn mensen');
  for (const c of dossier.contacts) {
    const card = page.getByRole('article', { name: c.name });
    for (const text of [c.organisation, c.availability, c.phone]) if (text) await card.getByText(text).waitFor();
  }
  const sanne = page.getByRole('article', { name: 'Sanne Verbeek' });
  expect(await sanne.getByRole('link', { name: 'Bel Sanne Verbeek' }).getAttribute('href')).toBe('tel:+31705550142');
  expect(await sanne.getByRole('link', { name: 'WhatsApp Sanne Verbeek' }).getAttribute('href')).toBe('https://wa.me/31655501420');
  expect(await sanne.getByRole('link', { name: 'Mail Sanne Verbeek' }).getAttribute('href')).toBe('mailto:s.verbeek@example.nl');
  const youssef = page.getByRole('article', { name: 'Youssef El Amrani' });
  expect(await youssef.getByRole('link', { name: 'Bel Youssef El Amrani' }).getAttribute('href')).toBe('tel:0705550187');

  await visit(page, '/agenda', 'Mijn agenda');
  const lesson = page.getByRole('article', { name: 'Les Nederlands bij Sagenn' });
  for (const text of ['Taalschool Sagenn, Generaal Spoorlaan 112, Rijswijk', 'je lesboek en een pen']) await lesson.getByText(text).waitFor();
  await page.getByRole('article', { name: 'Les die uitvalt' }).getByText('Gaat niet door').waitFor();
  // This week and next first; the exam a month away waits behind "more".
  expect(await page.getByRole('article', { name: 'Examen lezen' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Meer afspraken (1)' }).click();
  await page.getByRole('article', { name: 'Examen lezen' }).getByText('DUO examenlocatie, Prinses Beatrixlaan 2, Den Haag').waitFor();

  await visit(page, '/geld', 'Mijn geld');
  // The months before this one are folded away: open them to see every payment.
  const earlier = page.locator('details.months__earlier > summary');
  if ((await earlier.count()) > 0) await earlier.click();
  for (const p of dossier.ontzorgen?.payments ?? []) await page.getByText(p.payee).first().waitFor();
  for (const amount of ['612,50', '145,00', '21,50']) await page.getByText(new RegExp(`€\\s${amount}`)).first().waitFor();
  await page.getByRole('region', { name: 'Een betaling is niet gelukt' }).waitFor();
  await page.getByText('Je doet de cursus nu.').waitFor();

  await visit(page, '/geregeld', 'Wat is geregeld');
  for (const kind of ['Huisarts', 'DigiD', 'Bibliotheek']) await page.getByRole('article', { name: kind }).waitFor();
  await page.getByText('De brief met de code komt deze week.').waitFor();
}

describe('personal screens, end to end', () => {
  const server = new AppServer();
  let phone: Phone;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    await server.importDossier(dossier);
    phone = await launchPhone(server.origin);
    context = phone.context;
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('shows every field of the imported dossier somewhere in the app', async () => {
    await page.goto(await server.activationUrl(ID));
    await page.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    for (const tile of ['Mijn traject', 'Mijn mensen', 'Stel een vraag', 'Mijn geld', 'Wat is geregeld']) {
      await page.getByRole('link', { name: new RegExp(tile) }).waitFor();
    }
    await seesEverything(page);
  });

  it('puts the appointments in the phone’s calendar: an .ics file and a private subscription', async () => {
    await visit(page, '/agenda', 'Mijn agenda');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('article', { name: 'Les Nederlands bij Sagenn' }).getByRole('button', { name: 'Zet in mijn agenda' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^les-nederlands-bij-sagenn-\d{4}-\d{2}-\d{2}\.ics$/);

    await page.getByText('Alles in de agenda van je telefoon').click();
    await page.getByRole('button', { name: 'Zet in de agenda van mijn telefoon' }).click();
    const url = await page.getByRole('textbox', { name: 'Je eigen adres voor je agenda' }).inputValue();
    expect(url).toMatch(new RegExp(`^${server.origin}/api/calendar/[A-Za-z0-9_-]+\\.ics$`));
    expect(await page.getByRole('link', { name: 'Open in mijn agenda' }).getAttribute('href')).toBe(url.replace('http:', 'webcal:'));
    const feed = await fetch(url);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await feed.text();
    expect(ics).toContain('SUMMARY:Les Nederlands bij Sagenn');
    expect(ics).toContain('STATUS:CANCELLED');

    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: 'Zet in de agenda van mijn telefoon' }).waitFor();
    expect((await fetch(url)).status).toBe(404);
  });

  it('still shows everything offline, after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await goOffline(server, context, page);
    await page.getByText('Geen internet. Je ziet wat op je telefoon staat.').waitFor();
    await seesEverything(page);

    // The .ics file is made on the phone, so it works offline too.
    await visit(page, '/agenda', 'Mijn agenda');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('article', { name: 'Les Nederlands bij Sagenn' }).getByRole('button', { name: 'Zet in mijn agenda' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
  });

  it('marks a checklist item done and asks a question offline; the server has both once back online', async () => {
    await visit(page, '/geregeld', 'Wat is geregeld');
    const digid = page.getByRole('article', { name: 'DigiD' });
    await digid.getByRole('button', { name: 'Dit is klaar' }).click();
    await digid.getByText('Wacht op internet').waitFor();

    await visit(page, '/vraag', 'Stel een vraag');
    await page.getByRole('textbox', { name: 'Of schrijf je vraag' }).fill(QUESTION);
    await page.getByRole('radio', { name: /Youssef El Amrani/ }).check();
    await page.getByRole('button', { name: 'Verstuur' }).click();
    const mine = page.getByRole('region', { name: 'Mijn vragen' });
    await mine.getByText(QUESTION).waitFor();
    await mine.getByText('Wacht op internet').waitFor();

    // Both survive a reload while still offline.
    await page.reload();
    await page.getByText('2 wijzigingen wachten op internet').waitFor();
    await page.getByRole('region', { name: 'Mijn vragen' }).getByText('Wacht op internet').waitFor();

    await goOnline(server, context);
    await page.getByRole('region', { name: 'Mijn vragen' }).getByText('Verstuurd').waitFor();
    await page.getByText('2 wijzigingen wachten op internet').waitFor({ state: 'detached' });

    const stored = (await (await server.admin('GET', `/api/admin/dossiers/${ID}`)).json()) as typeof dossier;
    expect(stored.checklist.find((k) => k.id === 'k2')?.status).toBe('done');
    const { questions } = (await (await server.admin('GET', `/api/admin/dossiers/${ID}/questions`)).json()) as {
      questions: { contactRole: string; text: string }[];
    };
    expect(questions).toEqual([expect.objectContaining({ contactRole: 'maatschappelijk-begeleider', text: QUESTION })]);
  });

  it('shows a lesson the case system moved as "1 nieuw" on home, until the agenda is opened', async () => {
    const later = (iso: string) => new Date(Date.parse(iso) + 2 * 3_600_000).toISOString();
    const moved = dossier.appointments.map((a) => (a.id === 'a1' ? { ...a, start: later(a.start), end: later(a.end), status: 'moved' as const } : a));
    await server.importDossier({ ...dossier, appointments: moved });
    await page.goto('/');
    const news = page.getByRole('region', { name: '1 nieuw' });
    await news.getByRole('link', { name: 'Een afspraak is verplaatst' }).click({ timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: 'Mijn agenda' }).waitFor();
    await page.goto('/');
    await page.getByRole('link', { name: /Mijn agenda/ }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: /Mijn agenda/ }).waitFor();
    await page.waitForTimeout(1_000); // the card is a chunk of its own: time to appear if it would
    expect(await page.getByRole('region', { name: /nieuw/ }).count()).toBe(0);
  });

  it('reads each personal screen aloud in the reader’s voice, Dutch texts in Dutch; without a voice, a crossed-out speaker', async () => {
    await context.addInitScript(stubSpeech);
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('e2e.voices', JSON.stringify(['ar-SA', 'nl-NL'])));
    const read = arCommon.readAloud.start;

    await page.goto('/?lang=ar');
    await page.locator('.next-appointment').getByRole('button', { name: read }).waitFor();
    const home = await spokenAfterClick(page, '.next-appointment', read);
    expect(home[0]).toEqual({ text: arHome.next.title, lang: 'ar-SA' });
    // The case system's Dutch title is read by the Dutch voice, not spelled out by the Arabic one.
    expect(home).toContainEqual({ text: 'Les Nederlands bij Sagenn', lang: 'nl-NL' });
    expect(home.filter((s) => s.lang === 'ar-SA').map((s) => s.text).join(' ')).not.toContain('Sagenn');

    await page.goto('/agenda?lang=ar');
    const card = await spokenAfterClick(page, 'article.appointment', read);
    expect(card).toContainEqual({ text: 'je lesboek en een pen', lang: 'nl-NL' });
    expect(card.some((s) => s.lang === 'ar-SA' && /\b([01]\d|2[0-3]):[0-5]\d\b/.test(s.text))).toBe(true);

    await page.goto('/traject?lang=ar');
    const step = await spokenAfterClick(page, '.next-step', read);
    expect(step.length).toBeGreaterThan(1);
    expect(step.every((s) => s.lang === 'ar-SA')).toBe(true);

    await page.goto('/geld?lang=ar');
    const money = await spokenAfterClick(page, 'section[aria-labelledby="period-title"]', read);
    expect(money).toEqual([{ text: await page.locator('#period-title').innerText(), lang: 'ar-SA' }]);

    // Tigrinya: this phone has no voice for it. A picture says so (its sentence is its accessible
    // name, for a screen reader), not a sentence on the screen the person may not be able to read.
    for (const [path, scope] of [['/', '.next-appointment'], ['/agenda', 'article.appointment'], ['/traject', '.next-step'], ['/geld', 'section[aria-labelledby="period-title"]']] as const) {
      await page.goto(`${path}?lang=ti`);
      const card = page.locator(scope).first();
      await card.getByRole('img', { name: tiCommon.readAloud.noVoice }).waitFor();
      expect(await card.getByRole('button', { name: tiCommon.readAloud.start, exact: true }).count(), path).toBe(0);
      expect(await page.getByText(tiCommon.readAloud.noVoice).count(), path).toBe(0);
    }
    await page.goto('/?lang=nl');
    await page.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
