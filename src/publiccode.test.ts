import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The repository's publiccode.yml (the standard for describing public software, core version 0.4)
// must be valid, so catalogues such as Developers Italia's and the Dutch "Software Catalogus" can
// index it. The maintained validators (publiccode-parser-go, the JSON schema in SchemaStore) are
// not published as an npm package, so this test checks the standard's rules for the keys this file
// uses: mandatory keys, the fixed vocabularies, lengths and formats. Replace it with a maintained
// validator when one can be installed from npm.

const FILE = path.resolve(import.meta.dirname, '../publiccode.yml');

const VERSIONS = ['0.2', '0.3', '0.4', '0.5'];
const DEVELOPMENT_STATUS = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const SOFTWARE_TYPES = ['standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other', 'addon', 'library', 'configurationFiles'];
const MAINTENANCE = ['internal', 'contract', 'community', 'none'];
/** The categories of the standard's list that describe this kind of software; add from that list when needed. */
const CATEGORIES = ['appointment-scheduling', 'collaboration', 'communications', 'digital-citizenship', 'knowledge-management', 'online-community', 'translation'];
const TOP_LEVEL = [
  'publiccodeYmlVersion', 'name', 'applicationSuite', 'url', 'landingURL', 'isBasedOn', 'softwareVersion', 'releaseDate', 'logo', 'monochromeLogo',
  'inputTypes', 'outputTypes', 'platforms', 'categories', 'usedBy', 'roadmap', 'developmentStatus', 'softwareType', 'intendedAudience',
  'description', 'legal', 'maintenance', 'localisation', 'dependsOn',
];

type Doc = Record<string, unknown>;
const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');
const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v);
const isEmail = (v: unknown) => typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
const isLanguage = (v: string) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v);

/** Everything in the document that breaks the standard, one sentence each; empty when valid. */
function publiccodeProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  if (!isObject(doc)) return ['the file is not a YAML mapping'];
  for (const key of Object.keys(doc)) need(TOP_LEVEL.includes(key) || /^[a-z]{2}$/.test(key), `unknown key ${key}`);
  need(typeof doc.publiccodeYmlVersion === 'string' && VERSIONS.includes(doc.publiccodeYmlVersion), 'publiccodeYmlVersion must be a known version, as a string');
  need(typeof doc.name === 'string' && doc.name.length > 0, 'name is mandatory');
  need(isUrl(doc.url), 'url must be the repository URL');
  if (doc.softwareVersion !== undefined) need(isDate(doc.releaseDate), 'releaseDate (YYYY-MM-DD) is mandatory with a softwareVersion');
  need(isStringList(doc.platforms), 'platforms must list at least one platform');
  need(isStringList(doc.categories) && doc.categories.every((c) => CATEGORIES.includes(c)), 'categories must come from the standard list');
  need(typeof doc.developmentStatus === 'string' && DEVELOPMENT_STATUS.includes(doc.developmentStatus), 'developmentStatus is not one of the standard values');
  need(typeof doc.softwareType === 'string' && SOFTWARE_TYPES.includes(doc.softwareType), 'softwareType is not one of the standard values');

  const description = doc.description;
  need(isObject(description) && Object.keys(description).length > 0, 'description needs at least one language');
  for (const [lang, text] of Object.entries(isObject(description) ? description : {})) {
    need(isLanguage(lang), `description.${lang} is not a BCP 47 language`);
    if (!isObject(text)) {
      problems.push(`description.${lang} must be a mapping`);
      continue;
    }
    const { genericName, shortDescription, longDescription, features } = text;
    need(typeof shortDescription === 'string' && shortDescription.length <= 150, `description.${lang}.shortDescription is mandatory, at most 150 characters`);
    need(typeof longDescription === 'string' && longDescription.length >= 150 && longDescription.length <= 10000, `description.${lang}.longDescription must have 150 to 10000 characters`);
    need(genericName === undefined || (typeof genericName === 'string' && genericName.length <= 35), `description.${lang}.genericName has at most 35 characters`);
    need(isStringList(features) && features.every((f) => f.length <= 100), `description.${lang}.features must list features of at most 100 characters`);
  }

  const legal = doc.legal;
  need(isObject(legal) && typeof legal.license === 'string' && /^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/.test(legal.license), 'legal.license must be an SPDX expression');

  const maintenance = doc.maintenance;
  if (!isObject(maintenance) || typeof maintenance.type !== 'string' || !MAINTENANCE.includes(maintenance.type)) {
    problems.push('maintenance.type is not one of the standard values');
  } else if (maintenance.type === 'internal' || maintenance.type === 'contract') {
    const contacts = maintenance.contacts;
    need(Array.isArray(contacts) && contacts.length > 0, `maintenance.contacts is mandatory when maintenance is ${maintenance.type}`);
    for (const c of Array.isArray(contacts) ? (contacts as unknown[]) : []) {
      need(isObject(c) && typeof c.name === 'string', 'each maintenance contact has a name');
      if (isObject(c) && c.email !== undefined) need(isEmail(c.email), `maintenance contact ${String(c.name)} has an invalid email`);
    }
  }

  const localisation = doc.localisation;
  need(isObject(localisation) && typeof localisation.localisationReady === 'boolean', 'localisation.localisationReady (true or false) is mandatory');
  need(isObject(localisation) && isStringList(localisation.availableLanguages) && localisation.availableLanguages.every(isLanguage), 'localisation.availableLanguages must list BCP 47 languages');

  const dependsOn = isObject(doc.dependsOn) ? doc.dependsOn : {};
  for (const [kind, list] of Object.entries(dependsOn)) {
    need(['open', 'proprietary', 'hardware'].includes(kind), `unknown dependsOn.${kind}`);
    for (const dep of Array.isArray(list) ? (list as unknown[]) : []) need(isObject(dep) && typeof dep.name === 'string', `each dependsOn.${kind} entry has a name`);
  }
  return problems;
}

const source = readFileSync(FILE, 'utf8');
const valid = () => parse(source) as Doc;

describe('publiccode.yml', () => {
  it('follows the publiccode.yml standard', () => {
    expect(publiccodeProblems(valid())).toEqual([]);
  });

  it('lists the twelve languages of the app', () => {
    expect((valid().localisation as Doc).availableLanguages).toEqual(['nl', 'en', 'ar', 'ti', 'tr', 'fa', 'prs', 'ps', 'uk', 'ru', 'so', 'kmr']);
  });

  const broken: [string, (doc: Doc) => void, RegExp][] = [
    ['a category outside the standard list', (d) => (d.categories = ['citizen-engagement']), /categories/],
    ['a short description over 150 characters', (d) => (((d.description as Doc).nl as Doc).shortDescription = 'x'.repeat(151)), /shortDescription/],
    ['no licence', (d) => delete (d.legal as Doc).license, /legal\.license/],
    ['an unknown development status', (d) => (d.developmentStatus = 'alpha'), /developmentStatus/],
    ['a version without its release date', (d) => delete d.releaseDate, /releaseDate/],
    ['internal maintenance without contacts', (d) => delete (d.maintenance as Doc).contacts, /maintenance\.contacts/],
    ['a misspelt key', (d) => (d.developmentstatus = 'beta'), /unknown key developmentstatus/],
    ['the version as a number', (d) => (d.publiccodeYmlVersion = 0.4), /publiccodeYmlVersion/],
  ];
  it.each(broken)('refuses a copy with %s', (_what, breakIt, problem) => {
    const copy = valid();
    breakIt(copy);
    expect(publiccodeProblems(copy).join('\n')).toMatch(problem);
  });
});
