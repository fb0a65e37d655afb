// A build made with VITE_NEXT_RELEASE_FIXTURE=1 plays the app's NEXT release, for the browser test
// of a phone that was offline across a release (tests/e2e/release-upgrade.test.ts): its sync
// schema is one version up (syncHandshake.ts) and its device database gets one more Dexie version
// with an upgrade (db.ts). A release build never sets it; the value is fixed at build time.

export const NEXT_RELEASE_FIXTURE: boolean = import.meta.env.VITE_NEXT_RELEASE_FIXTURE === '1';

/** The meta key the fixture's Dexie upgrade writes: what it found in the outbox when it ran. */
export const NEXT_RELEASE_UPGRADE_META = 'nextReleaseUpgrade';
