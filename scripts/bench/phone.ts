import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchPhone, type AppServer } from '../../tests/e2e/harness';

// A phone-sized Chromium (Debian's, never a downloaded one) whose profile stays on disk between
// launches, so a bench can activate once and then start the app again as a phone would.

export const CHROMIUM = CHROMIUM_PATH;
/** The flags Lighthouse's own Chromium is measured with: the harness's, without --no-first-run and --disable-quic. */
export const CHROMIUM_FLAGS = CHROMIUM_ARGS.filter((flag) => flag !== '--no-first-run' && flag !== '--disable-quic');
/** The home screen's next appointment: the first personal content a phone shows. */
export const NEXT_APPOINTMENT = '.next-appointment__title';

export function newProfile(): string {
  return mkdtempSync(path.join(tmpdir(), 'tir-bench-chromium-'));
}

/** The test harness's phone (tests/e2e/harness.ts) on a profile that stays: close the context, not the phone. */
export async function openPhone(profile: string, origin: string, offline = false): Promise<{ context: BrowserContext; page: Page }> {
  const { context } = await launchPhone(origin, { profile, offline });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/**
 * Activates a demo dossier in a new profile with a fresh activation code, waits for the first
 * sync to show the next appointment and for the service worker to control the page, then closes.
 */
export async function activatedProfile(server: AppServer, dossierId: string): Promise<string> {
  const profile = newProfile();
  const { context, page } = await openPhone(profile, server.origin);
  try {
    await page.goto(await server.activationUrl(dossierId));
    await page.locator(NEXT_APPOINTMENT).waitFor({ timeout: 30_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Once more online, so the service worker controls the page and the language is cached.
    await page.reload();
    await page.locator(NEXT_APPOINTMENT).waitFor({ timeout: 30_000 });
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('no service worker after activation');
  } finally {
    await context.close();
  }
  return profile;
}
