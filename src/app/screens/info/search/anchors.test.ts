import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockAnchor, focusAnchor } from './anchors';

describe('anchors of the informatiemap', () => {
  afterEach(() => document.body.replaceChildren());

  it('names a block by its own id', () => {
    expect(blockAnchor('sections.geld.blocks.bank')).toBe('bank');
  });

  it('puts the focus on the place a link leads to, also where it had no tabindex', () => {
    const heading = document.createElement('h2');
    heading.id = 'vraag';
    // jsdom lays nothing out, so it has no scrollIntoView; the browser test sees the real scroll.
    const scrolled = vi.fn();
    heading.scrollIntoView = scrolled;
    document.body.append(heading);
    expect(focusAnchor('#vraag')).toBe(true);
    expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('does nothing without an anchor, or for one that is not on the page', () => {
    expect(focusAnchor('')).toBe(false);
    expect(focusAnchor('#')).toBe(false);
    expect(focusAnchor('#nergens')).toBe(false);
  });
});
