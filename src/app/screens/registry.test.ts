import { describe, expect, it } from 'vitest';
import { SHARE_SECTIONS } from '../../domain/access';
import { PERSONAL_SCREENS, SCREENS, SECTION_SCREEN } from './registry';

// The one screen registry: the router, the home tiles and the helper's screens map over it.

describe('screen registry', () => {
  it('gives every screen its own path and every shareable section one routed screen', () => {
    const paths = SCREENS.map((s) => s.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const section of SHARE_SECTIONS) {
      const screens = SCREENS.filter((s) => 'section' in s && s.section === section);
      expect(screens.map((s) => s.path), section).toEqual([SECTION_SCREEN[section].path]);
      expect(PERSONAL_SCREENS, section).toContain(SECTION_SCREEN[section]);
    }
  });

  it('routes the owner-only screens on the inburgeraar’s phone only, and language for everyone', () => {
    expect(SCREENS.filter((s) => s.tile === 'owner').map((s) => s.path)).toEqual(['/delen', '/telefoon']);
    expect(PERSONAL_SCREENS.map((s) => s.path)).not.toContain('/language');
    expect(PERSONAL_SCREENS.map((s) => s.path)).toEqual(['/agenda', '/traject', '/mensen', '/vraag', '/geld', '/geregeld', '/delen', '/telefoon']);
  });
});
