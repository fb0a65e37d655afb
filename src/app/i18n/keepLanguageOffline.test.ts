import { describe, expect, it } from 'vitest';
import { isOtherLanguageChunk } from './keepLanguageOffline';

describe('which chunks hold texts to keep for offline', () => {
  const origin = 'https://thuis.example';

  it.each(['/assets/locale-ar-info-B1x_9Q-z.js', '/assets/locale-prs-glossary-Cq2.js', `${origin}/assets/locale-kmr-common-a-b.js`])('keeps %s', (url) => {
    expect(isOtherLanguageChunk(url, origin)).toBe(true);
  });

  it.each([
    '/assets/locale-nl-info-B1x_9Q-z.js', // Dutch comes with the app
    '/assets/InfoPage-2ztiXfnq.js',
    '/assets/locale-ar-info-B1x.css',
    'https://elsewhere.example/assets/locale-ar-info-B1x.js',
  ])('leaves %s', (url) => {
    expect(isOtherLanguageChunk(url, origin)).toBe(false);
  });
});
