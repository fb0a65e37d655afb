import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aDossier } from '../../../../tests/support/builders';
import { seedDevice } from '../../../../tests/support/device';
import { renderAt } from '../../../../tests/support/renderAt';
import { db } from '../../../data/device';
import { applyPull } from '../../../data/local';
import arVraag from '../../../../locales/ar/vraag.json';
import { changeLanguage, initI18n } from '../../i18n/i18n';
import { VraagScreen } from './VraagScreen';

const DOSSIER = aDossier({
  contacts: [
    { id: 'c1', role: 'consulent-inburgering', name: 'Sanne Verbeek', phone: '+31705550142' },
    { id: 'c2', role: 'maatschappelijk-begeleider', name: 'Youssef El Amrani' },
    { id: 'c3', role: 'taalschool', name: 'Marieke Janssen', whatsapp: '+31 6 5550 1420' },
    { id: 'c4', role: 'werkconsulent', name: 'Henk de Vries' },
  ],
});

describe('Stel een vraag', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(async () => {
    await seedDevice(DOSSIER);
  });

  it('offers only those who answer in the app, the consulent first; the others by phone or WhatsApp', async () => {
    render(<VraagScreen />);
    const to = await screen.findByRole('group', { name: 'Aan wie?' });
    const options = within(to).getAllByRole('radio');
    expect(options).toHaveLength(2);
    expect((options[0] as HTMLInputElement).checked).toBe(true);
    expect(within(to).getByRole('radio', { name: /Youssef El Amrani/ })).toBeTruthy();
    expect(within(to).queryByRole('radio', { name: /Marieke Janssen/ })).toBeNull();
    const others = screen.getByRole('region', { name: 'Bellen of appen' });
    expect(within(others).getByRole('link', { name: 'WhatsApp Marieke Janssen' }).getAttribute('href')).toBe('https://wa.me/31655501420');
    // Without a phone or WhatsApp there is nothing to offer.
    expect(within(others).queryByText('Henk de Vries')).toBeNull();
  });

  it('asks a written question offline: listed at once as waiting, then as sent once delivered', async () => {
    const user = userEvent.setup();
    render(<VraagScreen />);
    await user.type(await screen.findByRole('textbox', { name: 'Of schrijf je vraag' }), 'Wanneer begint de MAP?');
    await user.click(screen.getByRole('radio', { name: /Youssef El Amrani/ }));
    await user.click(screen.getByRole('button', { name: 'Verstuur' }));

    const mine = screen.getByRole('region', { name: 'Mijn vragen' });
    const item = (await within(mine).findByText('Wanneer begint de MAP?')).closest('li');
    if (!item) throw new Error('question not listed');
    expect(within(item).getByText('Wacht op internet')).toBeTruthy();
    expect(within(item).getByText(/Aan je maatschappelijk begeleider/)).toBeTruthy();
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ name: 'question.ask', args: { contactRole: 'maatschappelijk-begeleider', text: 'Wanneer begint de MAP?' } });
    expect((entry?.args as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
    expect((screen.getByRole('textbox', { name: 'Of schrijf je vraag' }) as HTMLTextAreaElement).value).toBe('');

    await applyPull(db, { cookie: 2, lastMutationId: entry?.id ?? 0, patch: [] });
    expect(await within(item).findByText('Verstuurd')).toBeTruthy();
  });

  it('sends a ready-made question in Dutch', async () => {
    const user = userEvent.setup();
    render(<VraagScreen />);
    await user.click(await screen.findByRole('radio', { name: 'Kunt u mij bellen?' }));
    await user.click(screen.getByRole('button', { name: 'Verstuur' }));
    expect(await screen.findByText('Je vraag staat klaar. Zonder internet sturen we hem later.')).toBeTruthy();
    const [entry] = await db.outbox.toArray();
    expect(entry?.args).toMatchObject({ contactRole: 'consulent-inburgering', text: 'Kunt u mij bellen?', ready: 'callMe' });
  });

  it('keeps a ready-made question with the person’s own words as its key: the reader sees it in their language', async () => {
    const user = userEvent.setup();
    await changeLanguage('ar');
    try {
      render(<VraagScreen />);
      await user.click(await screen.findByRole('radio', { name: arVraag.ready.callMe }));
      await user.type(screen.getByRole('textbox', { name: arVraag.form.own }), 'بعد الساعة 3');
      await user.click(screen.getByRole('button', { name: arVraag.form.send }));
      const [entry] = await db.outbox.toArray();
      expect(entry?.args).toMatchObject({ text: 'Kunt u mij bellen? – بعد الساعة 3', ready: 'callMe', own: 'بعد الساعة 3' });
      const mine = await screen.findByRole('region', { name: arVraag.mine.title });
      expect(await within(mine).findByText(arVraag.ready.callMe)).toBeTruthy();
      expect(within(mine).getByText('بعد الساعة 3')).toBeTruthy();
      expect(within(mine).queryByText(/Kunt u mij bellen/)).toBeNull();
    } finally {
      await changeLanguage('nl');
    }
  });

  it('shows the answer of the consulent, in Dutch', async () => {
    await applyPull(db, {
      cookie: 3,
      lastMutationId: 0,
      patch: [
        {
          op: 'put',
          table: 'questions',
          id: `${DOSSIER.id}/q1`,
          value: {
            dossierId: DOSSIER.id, id: 'q1', contactRole: 'consulent-inburgering', text: 'Kunt u mij bellen?',
            askedAt: '2026-11-20T10:00:00.000Z', answer: 'Ik bel je morgen om 10 uur.', answeredAt: '2026-11-21T09:00:00.000Z',
          },
        },
      ],
    });
    render(<VraagScreen />);
    const mine = await screen.findByRole('region', { name: 'Mijn vragen' });
    const item = (await within(mine).findByText('Kunt u mij bellen?')).closest('li');
    if (!item) throw new Error('question not listed');
    expect(within(item).getByText('Beantwoord')).toBeTruthy();
    expect(within(item).getByText('Antwoord van je consulent inburgering:')).toBeTruthy();
    expect(within(item).getByText('Ik bel je morgen om 10 uur.').getAttribute('lang')).toBe('nl');
  });

  it('opens with the letter question to the begeleider when it comes from the letters (?ready=letter)', async () => {
    const user = userEvent.setup();
    renderAt('/vraag?ready=letter', <VraagScreen />);
    expect(((await screen.findByRole('radio', { name: 'Ik heb een brief gekregen. Ik begrijp hem niet.' })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /Youssef El Amrani/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Verstuur' }));
    const [entry] = await db.outbox.toArray();
    expect(entry?.args).toMatchObject({ contactRole: 'maatschappelijk-begeleider', ready: 'letter', text: 'Ik heb een brief gekregen. Ik begrijp hem niet.' });
  });

  it('offers an optional photo by camera, and says so when a file is no picture it can read', async () => {
    const user = userEvent.setup();
    render(<VraagScreen />);
    const photo = await screen.findByRole('group', { name: 'Foto van de brief (hoeft niet)' });
    const input = within(photo).getByLabelText('Maak een foto') as HTMLInputElement;
    expect(input.accept).toBe('image/*');
    expect(input.getAttribute('capture')).toBe('environment');
    await user.upload(input, new File(['not a picture'], 'brief.txt', { type: 'image/jpeg' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Deze foto lukt niet. Probeer het nog een keer.');
    expect(screen.queryByRole('img', { name: 'Foto van een brief' })).toBeNull();
  });

  it('asks for a question before sending', async () => {
    const user = userEvent.setup();
    render(<VraagScreen />);
    await user.click(await screen.findByRole('button', { name: 'Verstuur' }));
    expect(screen.getByRole('alert').textContent).toBe('Kies een vraag of schrijf zelf een vraag.');
    expect(await db.outbox.count()).toBe(0);
  });
});
