import { rmSync } from 'node:fs';
import { AppServer } from '../../tests/e2e/harness';
import { buildFloor } from './floor/build';
import { serveFloor } from './floor/serve';
import { runLighthouse, type LighthouseFigures } from './lighthouse';
import { coldOfflineStart } from './offlineStart';
import { activatedProfile } from './phone';

// The app in a real browser, served from dist/ by the real server (src/server/main.ts, SQLite,
// demo dossiers), beside the floor (scripts/bench/floor: the least our stack can cost): Lighthouse
// on the floor, the welcome screen and an activated home screen, taken in turn, round after
// round, so a change in the machine's load hits all three alike; then the cold offline start of
// that activated phone with the server stopped.

export const DEMO_DOSSIER = 'rw-demo-amal';
export const LIGHTHOUSE_SUBJECTS = ['floor', 'welcome', 'home'] as const;
export type LighthouseSubject = (typeof LIGHTHOUSE_SUBJECTS)[number];

export interface BrowserFigures {
  /** Every Lighthouse run per subject, in the order they were taken. */
  lighthouse: Record<LighthouseSubject, LighthouseFigures[]>;
  offlineStartMs: number[];
}

export async function benchBrowser(starts: number, rounds: number): Promise<BrowserFigures> {
  const server = new AppServer();
  const floorDir = await buildFloor();
  const floor = await serveFloor(floorDir);
  let profile: string | null = null;
  try {
    await server.start({ DEMO: '1' });
    profile = await activatedProfile(server, DEMO_DOSSIER);
    const lighthouse: BrowserFigures['lighthouse'] = { floor: [], welcome: [], home: [] };
    for (let round = 0; round < rounds; round++) {
      lighthouse.floor.push(await runLighthouse(`${floor.origin}/`));
      lighthouse.welcome.push(await runLighthouse(`${server.origin}/`));
      lighthouse.home.push(await runLighthouse(`${server.origin}/`, profile));
    }
    await server.kill();
    const offlineStartMs = await coldOfflineStart(profile, server.origin, starts);
    return { lighthouse, offlineStartMs };
  } finally {
    await floor.close();
    await server.dispose();
    rmSync(floorDir, { recursive: true, force: true });
    if (profile) rmSync(profile, { recursive: true, force: true });
  }
}
