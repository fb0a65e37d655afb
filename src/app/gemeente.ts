import { DEFAULT_GEMEENTE, gemeenteById, type GemeenteConfig } from '../gemeenten';

// Which municipality this app serves. The server writes it into index.html
// (`<meta name="gemeente" content="zevenaar">`, from its GEMEENTE setting); the service worker
// keeps that page, so the answer is the same offline. At build time, rendering the first screen to
// HTML (src/prerender.tsx) names the municipality itself, once for each.

let prerendering: string | null = null;

/** For the build-time render, which has no page to read the municipality from. */
export function setPrerenderGemeente(id: string): void {
  prerendering = id;
}

export function currentGemeente(): GemeenteConfig {
  const id = prerendering ?? document.querySelector('meta[name="gemeente"]')?.getAttribute('content');
  const config = gemeenteById(id) ?? gemeenteById(DEFAULT_GEMEENTE);
  if (!config) throw new Error(`No configuration for the default municipality "${DEFAULT_GEMEENTE}".`);
  return config;
}

/** The class of the municipality's design-token theme (src/app/theme/gemeenten.css), e.g. "rijswijk-theme". */
export function themeClass(config: GemeenteConfig): string {
  return `${config.id}-theme`;
}

/** The municipality's look: its theme's class on <html>, which sets the design tokens. */
export function applyGemeenteTheme(config: GemeenteConfig = currentGemeente()): void {
  document.documentElement.classList.add(themeClass(config));
}

/**
 * The i18next context that names this municipality's role for the person who runs the traject:
 * a text `key_casusregisseur` (Zevenaar) is used where it exists, else the text that says
 * "consulent" (Rijswijk).
 */
export function regieContext(): { context: string } {
  return { context: currentGemeente().regieRole };
}
