import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arFeedback from '../../locales/ar/feedback.json';
import { feedbackSummarySchema } from '../../src/domain/feedback';
import { expectAxeClean } from './axe';
import { AppServer, goOffline, goOnline, launchPhone, type Phone } from './harness';

// Feedback on the informatiemap (issue 16, item 5), in a real browser on a phone that was never
// activated: offline on a page, give feedback, reload, come back online, and the municipality's
// summary counts it exactly once.

async function summary(server: AppServer) {
  const response = await server.admin('GET', '/api/admin/feedback');
  expect(response.status).toBe(200);
  return feedbackSummarySchema.parse(await response.json());
}

describe('feedback on an informatiemap page, end to end', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;
  const feedbackRequests: { cookie: string | null }[] = [];

  beforeAll(async () => {
    await server.start();
    phone = await launchPhone(server.origin);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
    phone.context.on('request', (request) => {
      if (request.url().endsWith('/api/feedback')) feedbackRequests.push({ cookie: request.headers().cookie ?? null });
    });
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('is part of the page, axe clean, also right to left with the text box open', { timeout: 60_000 }, async () => {
    await page.goto('/info/geld?lang=ar');
    await page.getByRole('region', { name: arFeedback.title }).waitFor();
    await page.getByRole('button', { name: arFeedback.wrongLanguage }).click();
    await page.getByRole('textbox', { name: arFeedback.textLabel }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAxeClean(page, 'feedback on /info/geld in ar');
    for (const button of await page.getByRole('region', { name: arFeedback.title }).getByRole('button').all()) {
      const box = await button.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
    }
  });

  it('given offline, waits through a reload and is counted once when the phone is back online', { timeout: 120_000 }, async () => {
    await page.goto('/info/geld?lang=nl');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await goOffline(server, phone.context, page);
    const block = page.getByRole('region', { name: 'Heeft dit geholpen?' });
    await block.getByRole('button', { name: 'Ja, dit helpt' }).click();
    await block.getByText('Dank je wel!').waitFor();
    await block.getByText('Je hebt nu geen internet. We sturen het later.').waitFor();
    await expectAxeClean(page, 'feedback given offline');

    // Nothing is lost on a reload: the piece waits in IndexedDB.
    await page.reload();
    await page.getByText('Je antwoord is nog niet verstuurd. Dat gaat vanzelf als je internet hebt.').waitFor();

    await goOnline(server, phone.context);
    await page.getByText('Je antwoord is nog niet verstuurd. Dat gaat vanzelf als je internet hebt.').waitFor({ state: 'detached', timeout: 30_000 });

    // Another start (a reload) sends nothing again.
    await page.reload();
    await page.getByRole('region', { name: 'Heeft dit geholpen?' }).waitFor();
    await page.waitForTimeout(1000);
    const geld = (await summary(server)).pages.filter((row) => row.page === 'geld');
    expect(geld).toEqual([{ page: 'geld', language: 'nl', helped: 1, notHelped: 0, wrongLanguage: 0, latestTexts: [] }]);
    expect(feedbackRequests.length).toBeGreaterThanOrEqual(1);
    expect(feedbackRequests.every((r) => r.cookie === null)).toBe(true);
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
