import type { BlockKey } from '../sections';

// The anchors a search result leads to (`/info/geld#bank`), one place for the pages that carry
// them and the search that links to them.

/** A block's anchor on its page: its id, the last part of `sections.<page>.blocks.<id>`. */
export function blockAnchor(key: BlockKey): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

/** A block added from the policy documents (moreBlocks.ts): prefixed, so it never meets a block's id. */
export function moreAnchor(id: string): string {
  return `meer-${id}`;
}

/** A partner's card on the "who helps you" page. */
export function partnerAnchor(partnerId: string): string {
  return `organisatie-${partnerId}`;
}

/**
 * On opening a page at `#anchor`: move there and put the focus on it, so a screen reader reads on
 * from the section that was found. Returns false when there is no such place.
 */
export function focusAnchor(hash: string): boolean {
  if (!hash || hash === '#') return false;
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}
