import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { parse } from 'yaml';

// The repository's publiccode.yml (the standard for describing public software, core version 0.4)
// must be valid, so catalogues such as Developers Italia's and the Dutch "Software Catalogus" can
// index it. The maintained schema is SchemaStore's publiccode.yml schema; npm carries it as
// TypeScript types (@schemastore/publiccode), so the parsed file must type-check against them:
// mandatory keys, the fixed vocabularies, no unknown keys. What types cannot say (lengths, dates,
// formats, keys that depend on each other) is checked below the schema.

const FILE = path.resolve(import.meta.dirname, '../publiccode.yml');

/** What the TypeScript compiler finds when the document is typed as SchemaStore's publiccode.yml schema. */
function schemaProblems(doc: unknown): string[] {
  const checked = path.join(import.meta.dirname, 'publiccode.checked.ts');
  const text = `import type { JSONSchemaForPubliccodeYml } from '@schemastore/publiccode';\nexport const doc: JSONSchemaForPubliccodeYml = ${JSON.stringify(doc)};\n`;
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [], skipLibCheck: true };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name === checked || fileExists(name);
  host.readFile = (name) => (name === checked ? text : readFile(name));
  host.getSourceFile = (name, language, ...rest) => (name === checked ? ts.createSourceFile(name, text, language) : getSourceFile(name, language, ...rest));
  const program = ts.createProgram([checked], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

type Doc = Record<string, unknown>;
const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');
const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v);
const isEmail = (v: unknown) => typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
const isLanguage = (v: string) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v);

/** What breaks the standard beyond the schema's types, one sentence each; empty when valid. */
function formatProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  if (!isObject(doc)) return ['the file is not a YAML mapping'];
  need(typeof doc.name === 'string' && doc.name.length > 0, 'name is mandatory');
  need(isUrl(doc.url), 'url must be the repository URL');
  if (doc.softwareVersion !== undefined) need(isDate(doc.releaseDate), 'releaseDate (YYYY-MM-DD) is mandatory with a softwareVersion');
  need(isStringList(doc.platforms), 'platforms must list at least one platform');

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
  if (!isObject(maintenance)) {
    problems.push('maintenance is mandatory');
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

/** Everything in the document that breaks the standard; empty when valid. */
const publiccodeProblems = (doc: unknown): string[] => [...schemaProblems(doc), ...formatProblems(doc)];

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
    ['a category outside the standard list', (d) => (d.categories = ['citizen-engagement']), /citizen-engagement/],
    ['a short description over 150 characters', (d) => (((d.description as Doc).nl as Doc).shortDescription = 'x'.repeat(151)), /shortDescription/],
    ['no licence', (d) => delete (d.legal as Doc).license, /license/],
    ['an unknown development status', (d) => (d.developmentStatus = 'alpha'), /alpha/],
    ['a version without its release date', (d) => delete d.releaseDate, /releaseDate/],
    ['internal maintenance without contacts', (d) => delete (d.maintenance as Doc).contacts, /maintenance\.contacts/],
    ['a misspelt key', (d) => (d.developmentstatus = 'beta'), /developmentstatus/],
    ['the version as a number', (d) => (d.publiccodeYmlVersion = 0.4), /number/],
  ];
  it.each(broken)('refuses a copy with %s', (_what, breakIt, problem) => {
    const copy = valid();
    breakIt(copy);
    expect(publiccodeProblems(copy).join('\n')).toMatch(problem);
  });
});
