import type { FastifyInstance } from 'fastify';
import type { Config, SecurityTxtConfig } from '../config';

// RFC 9116: how a researcher reports a vulnerability (the Dutch government's coordinated
// vulnerability disclosure expects every public service to have one). Served by the app server
// itself, so it is there whether or not the PWA is.

const YEAR_MS = 365 * 86_400_000;

/** Without SECURITY_TXT_EXPIRES: one year from the start of today (UTC), so the text changes daily at most. */
function expiresAt(security: SecurityTxtConfig, now: Date): string {
  if (security.expires) return security.expires;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today + YEAR_MS).toISOString();
}

export function renderSecurityTxt(config: Pick<Config, 'security' | 'publicUrl'>, now = new Date()): string {
  const { security, publicUrl } = config;
  const lines = [
    ...(security.placeholder
      ? ['# PLACEHOLDER: this demo server has no SECURITY_CONTACT; do not report anything here.']
      : []),
    ...security.contacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${expiresAt(security, now)}`,
    'Preferred-Languages: nl, en',
    // RFC 9116 §3: the file is only trustworthy over https, so only an https address is canonical.
    ...(publicUrl?.startsWith('https:') ? [`Canonical: ${publicUrl}/.well-known/security.txt`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

export function securityTxtRoute(app: FastifyInstance, config: Config): void {
  app.get('/.well-known/security.txt', async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(renderSecurityTxt(config)),
  );
}
