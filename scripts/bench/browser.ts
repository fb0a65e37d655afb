import { rmSync } from 'node:fs';
import { AppServer } from '../../tests/e2e/harness';
import { runLighthouse, type LighthouseFigures } from './lighthouse';
import { coldOfflineStart } from './offlineStart';
import { activatedProfile } from './phone';

// The app in a real browser, served from dist/ by the real server (src/server/main.ts, SQLite,
// demo dossiers): Lighthouse on the welcome screen and on an activated home screen, then the
// cold offline start of that activated phone with the server stopped.

export const DEMO_DOSSIER = 'rw-demo-amal';

export interface BrowserFigures {
  welcome: LighthouseFigures;
  home: LighthouseFigures;
  offlineStartMs: number[];
}

export async function benchBrowser(runs: number): Promise<BrowserFigures> {
  const server = new AppServer();
  let profile: string | null = null;
  try {
    await server.start({ DEMO: '1' });
    const welcome = await runLighthouse(`${server.origin}/`);
    profile = await activatedProfile(server, DEMO_DOSSIER);
    const home = await runLighthouse(`${server.origin}/`, profile);
    await server.kill();
    const offlineStartMs = await coldOfflineStart(profile, server.origin, runs);
    return { welcome, home, offlineStartMs };
  } finally {
    await server.dispose();
    if (profile) rmSync(profile, { recursive: true, force: true });
  }
}
