import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { AppServer } from '../../tests/e2e/harness';

// A phone-sized Chromium (Debian's, never a downloaded one) whose profile stays on disk between
// launches, so a bench can activate once and then start the app again as a phone would.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The home screen's next appointment: the first personal content a phone shows. */
export const NEXT_APPOINTMENT = '.next-appointment__title';

export function newProfile(): string {
  return mkdtempSync(path.join(tmpdir(), 'tir-bench-chromium-'));
}

export async function openPhone(profile: string, origin: string, offline = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--no-first-run', '--disable-quic'],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    baseURL: origin,
    offline,
  });
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
