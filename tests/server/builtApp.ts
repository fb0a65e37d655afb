import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A stand-in for `dist/`: the files a Vite build leaves, small, so static serving and its headers
// can be tested without building the app.

export const BUILT_INDEX =
  '<!doctype html><html><head><meta name="theme-color" content="#005a9c" /><title>Thuis in Rijswijk</title></head><body><div id="root"></div></body></html>';
/** The welcome screen as the build renders it to HTML for each municipality (scripts/vite/firstScreen.ts). */
export const BUILT_WELCOME = { rijswijk: '<main><h1>Welkom in Rijswijk</h1></main>', zevenaar: '<main><h1>Welkom in Zevenaar</h1></main>' };
export const BUILT_BUNDLE = `console.log(${JSON.stringify('x'.repeat(4000))});`;

/** Writes the stand-in into a fresh temporary folder and returns its path (remove it afterwards). */
export async function aBuiltApp(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tir-built-app-'));
  await mkdir(path.join(dir, 'assets'));
  await mkdir(path.join(dir, 'api'));
  await Promise.all([
    writeFile(path.join(dir, 'index.html'), BUILT_INDEX),
    writeFile(path.join(dir, 'prerendered.json'), JSON.stringify({ welcome: BUILT_WELCOME })),
    writeFile(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});'),
    writeFile(path.join(dir, 'registerSW.js'), 'navigator.serviceWorker.register("/sw.js");'),
    writeFile(path.join(dir, 'manifest.webmanifest'), '{"name":"Thuis in Rijswijk","short_name":"Rijswijk","theme_color":"#005a9c","start_url":"/"}'),
    writeFile(path.join(dir, 'assets', 'app-abc123.js'), BUILT_BUNDLE),
    writeFile(path.join(dir, 'icon-192.png'), 'not really a png'),
    // Must never be served: /api is the API's, whatever lies in the folder.
    writeFile(path.join(dir, 'api', 'health'), 'a file, not the API'),
  ]);
  return dir;
}
