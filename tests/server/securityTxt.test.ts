import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type Env } from '../../src/server/config';
import { renderSecurityTxt } from '../../src/server/http/securityTxt';

// /.well-known/security.txt (RFC 9116) from SECURITY_CONTACT and SECURITY_TXT_EXPIRES.

const DAY_MS = 86_400_000;

describe('security.txt configuration', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'tir-securitytxt-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const load = (env: Env) => loadConfig({ DATA_DIR: dataDir, ADMIN_TOKEN: 'x'.repeat(32), ...env });

  it('will not start a production server without SECURITY_CONTACT', () => {
    expect(() => load({})).toThrow(/SECURITY_CONTACT is required/);
    expect(() => load({ DEMO: '0', SECURITY_CONTACT: ' ' })).toThrow(/SECURITY_CONTACT is required/);
  });

  it('gives a demo server a placeholder that says so', () => {
    const text = renderSecurityTxt(load({ DEMO: '1' }));
    expect(text).toMatch(/^# PLACEHOLDER: .*SECURITY_CONTACT/m);
    expect(text).toMatch(/^Contact: mailto:security@example\.invalid$/m);
  });

  it('writes one Contact line per URI, in the given order', () => {
    const config = load({ SECURITY_CONTACT: 'mailto:cvd@rijswijk.nl, https://www.rijswijk.nl/kwetsbaarheid-melden, tel:+31-70-3261000' });
    expect(renderSecurityTxt(config).match(/^Contact: .*$/gm)).toEqual([
      'Contact: mailto:cvd@rijswijk.nl',
      'Contact: https://www.rijswijk.nl/kwetsbaarheid-melden',
      'Contact: tel:+31-70-3261000',
    ]);
  });

  it.each(['security@rijswijk.nl', 'http://www.rijswijk.nl/cvd', 'mailto:nobody', 'javascript:alert(1)'])('refuses the contact %s', (contact) => {
    expect(() => load({ SECURITY_CONTACT: contact })).toThrow(/SECURITY_CONTACT must be/);
  });

  it('without SECURITY_TXT_EXPIRES, expires one year after the start of the day it is served', () => {
    const config = load({ SECURITY_CONTACT: 'mailto:cvd@rijswijk.nl' });
    const text = renderSecurityTxt(config, new Date('2026-11-22T15:30:00Z'));
    expect(text).toBe(['Contact: mailto:cvd@rijswijk.nl', 'Expires: 2027-11-22T00:00:00.000Z', 'Preferred-Languages: nl, en', ''].join('\n'));
  });

  it('names a canonical address only when PUBLIC_URL is https', () => {
    const at = (url: string) => renderSecurityTxt(load({ SECURITY_CONTACT: 'mailto:cvd@rijswijk.nl', PUBLIC_URL: url }));
    expect(at('https://thuis.rijswijk.nl')).toContain('Canonical: https://thuis.rijswijk.nl/.well-known/security.txt\n');
    expect(at('http://localhost:8080')).not.toContain('Canonical:');
  });

  it('takes SECURITY_TXT_EXPIRES when it lies within the coming year, and refuses it otherwise', () => {
    const inHalfAYear = new Date(Date.now() + 182 * DAY_MS).toISOString();
    const config = load({ SECURITY_CONTACT: 'mailto:cvd@rijswijk.nl', SECURITY_TXT_EXPIRES: inHalfAYear });
    expect(renderSecurityTxt(config)).toContain(`Expires: ${inHalfAYear}\n`);
    for (const bad of ['yesterday', new Date(Date.now() - DAY_MS).toISOString(), new Date(Date.now() + 400 * DAY_MS).toISOString()]) {
      expect(() => load({ SECURITY_CONTACT: 'mailto:cvd@rijswijk.nl', SECURITY_TXT_EXPIRES: bad })).toThrow(/SECURITY_TXT_EXPIRES/);
    }
  });
});
