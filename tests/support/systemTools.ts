import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// Some tests drive real system programs (Debian's Chromium, nginx, PostgreSQL, the Noto fonts).
// When one is missing, the run stops before the first test with the package to install, instead
// of failing after minutes with ENOENT deep inside a test.

export interface SystemTool {
  /** What it is for, in a few words. */
  purpose: string;
  /** The Debian package that brings it. */
  debianPackage: string;
  present(): boolean;
}

function postgresBinaries(): boolean {
  try {
    return readdirSync('/usr/lib/postgresql').some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));
  } catch {
    return false;
  }
}

function hasFont(family: string): boolean {
  try {
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }).includes(family);
  } catch {
    return false;
  }
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NGINX_PATH = '/usr/sbin/nginx';

export const SYSTEM_TOOLS = {
  chromium: { purpose: 'the browser tests', debianPackage: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
  nginx: { purpose: 'the load balancer of the scale-out test', debianPackage: 'nginx-light', present: () => existsSync(NGINX_PATH) },
  postgresql: { purpose: 'PostgreSQL clusters of the fault and scale-out tests', debianPackage: 'postgresql', present: postgresBinaries },
  notoFonts: { purpose: 'Arabic and Ethiopic text in screenshots', debianPackage: 'fonts-noto-core', present: () => hasFont('Noto Sans Ethiopic') },
} satisfies Record<string, SystemTool>;

/** The message for the tools that are missing, or null when all are there. */
export function missingToolsMessage(tools: readonly SystemTool[]): string | null {
  const missing = tools.filter((tool) => !tool.present());
  if (missing.length === 0) return null;
  const lines = missing.map((tool) => `- ${tool.debianPackage}: ${tool.purpose}`);
  const packages = missing.map((tool) => tool.debianPackage).join(' ');
  return `System packages these tests need are missing:\n${lines.join('\n')}\nInstall them (Debian): apt-get install ${packages}`;
}

/** For a Vitest globalSetup: throws at once when a tool is missing. */
export function requireSystemTools(tools: readonly SystemTool[]): void {
  const message = missingToolsMessage(tools);
  if (message) throw new Error(message);
}
