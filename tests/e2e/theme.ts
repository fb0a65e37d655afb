import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { GemeenteConfig } from '../../src/gemeenten';

/** "#00653a" as a browser computes it: "rgb(0, 101, 58)". */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/**
 * The municipality's design-token theme is the one on the page: the root carries its class, the
 * brand token is its primary colour, and the NL Design System primary button is drawn in it.
 * Checked on the welcome screen, whose "activate" button is a primary one (the scan button, also
 * primary, is hidden on a phone that cannot scan).
 */
export async function expectThemeOf(page: Page, gemeente: GemeenteConfig, other: GemeenteConfig): Promise<void> {
  await page.goto('/?lang=nl');
  const button = page.locator(':is(.utrecht-button--primary-action, .utrecht-button-link--primary-action):visible').first();
  await button.waitFor();
  const seen = await button.evaluate((el) => ({
    rootClass: document.documentElement.className,
    token: getComputedStyle(document.documentElement).getPropertyValue('--tir-color-primary').trim(),
    background: getComputedStyle(el).backgroundColor,
    color: getComputedStyle(el).color,
  }));
  expect(seen.rootClass.split(' ')).toContain(`${gemeente.id}-theme`);
  expect(seen.token.toLowerCase()).toBe(gemeente.colors.primary.toLowerCase());
  expect(seen.background).toBe(rgb(gemeente.colors.primary));
  expect(seen.background).not.toBe(rgb(other.colors.primary));
  expect(seen.color).toBe('rgb(255, 255, 255)');
}
