import { DEFAULT_GEMEENTE, gemeenteById, type GemeenteConfig } from '../gemeenten';

// Which municipality this app serves. The server writes it into index.html
// (`<meta name="gemeente" content="zevenaar">`, from its GEMEENTE setting); the service worker
// keeps that page, so the answer is the same offline.

export function currentGemeente(): GemeenteConfig {
  const id = document.querySelector('meta[name="gemeente"]')?.getAttribute('content');
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
