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

/** The municipality's colours, as CSS custom properties on <html>. */
export function applyGemeenteTheme(config: GemeenteConfig = currentGemeente()): void {
  const style = document.documentElement.style;
  style.setProperty('--color-primary', config.colors.primary);
  style.setProperty('--color-primary-dark', config.colors.primaryDark);
}

/**
 * The i18next context that names this municipality's role for the person who runs the traject:
 * a text `key_casusregisseur` (Zevenaar) is used where it exists, else the text that says
 * "consulent" (Rijswijk).
 */
export function regieContext(): { context: string } {
  return { context: currentGemeente().regieRole };
}
