import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { AppRoot } from './app/AppRoot';
import { expectWelcomeFirst } from './app/firstScreen';
import { setPrerenderGemeente } from './app/gemeente';
import { initI18n } from './app/i18n/i18n';

// Build time only (vite.config.ts, `thuis-prerender`): the welcome screen as HTML, in Dutch, for one
// municipality. The server puts it into index.html's #root (src/server/http/appShell.ts) and the
// browser paints it before any JavaScript runs; src/main.tsx then hydrates it.

export async function renderWelcome(gemeenteId: string): Promise<string> {
  setPrerenderGemeente(gemeenteId);
  expectWelcomeFirst();
  await initI18n('nl');
  return renderToString(
    <Router ssrPath="/">
      <AppRoot />
    </Router>,
  );
}
