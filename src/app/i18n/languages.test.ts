import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES, SOURCE_LANGUAGE } from './languages';

// Translation completeness: every language has every text that Dutch has, with the same
// placeholders. A plural key counts as present when any plural form of it is there.

const LOCALES = path.resolve(import.meta.dirname, '../../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

function read(lang: string, ns: string): unknown {
  return JSON.parse(readFileSync(path.join(LOCALES, lang, `${ns}.json`), 'utf8'));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
const base = (key: string) => key.replace(PLURAL, '');

describe('languages', () => {
  it('are listed once each, with a folder each, and every folder is listed', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(readdirSync(LOCALES).filter((f) => f !== 'status.json').sort()).toEqual([...codes].sort());
    for (const l of LANGUAGES) {
      for (const f of l.fallback) expect(codes).toContain(f);
      if (l.code !== SOURCE_LANGUAGE) expect(l.fallback.at(-1)).toBe(SOURCE_LANGUAGE);
    }
  });

  describe.each(LANGUAGES.filter((l) => l.code !== SOURCE_LANGUAGE).map((l) => l.code))('%s', (lang) => {
    it.each([...NAMESPACES])('has every text of %s that Dutch has, with the same placeholders', (ns) => {
      const source = flatten(read(SOURCE_LANGUAGE, ns));
      const target = flatten(read(lang, ns));
      const targetBases = new Set([...target.keys()].map(base));
      expect([...source.keys()].filter((k) => !targetBases.has(base(k)))).toEqual([]);
      const sourceBases = new Set([...source.keys()].map(base));
      expect([...target.keys()].filter((k) => !sourceBases.has(base(k)))).toEqual([]);
      for (const [key, text] of target) {
        const sourceText = source.get(key) ?? source.get(`${base(key)}_other`);
        if (sourceText === undefined) continue;
        // Plural forms may spell the number out ("one change"), so they may leave out {{count}}.
        const relevant = (list: string[]) => list.filter((p) => !(PLURAL.test(key) && p === 'count'));
        expect(relevant(placeholders(text)), `${lang}/${ns}: ${key}`).toEqual(relevant(placeholders(sourceText)));
      }
    });
  });

  it('keeps the keys of every file sorted', () => {
    const check = (value: unknown, where: string) => {
      if (!value || typeof value !== 'object') return;
      const keys = Object.keys(value);
      expect(keys, where).toEqual([...keys].sort());
      for (const [k, v] of Object.entries(value)) check(v, `${where}.${k}`);
    };
    for (const { code } of LANGUAGES) for (const ns of NAMESPACES) check(read(code, ns), `${code}/${ns}`);
  });
});

describe('translation status', () => {
  it('names every language, and only the source language is the source', () => {
    const file = JSON.parse(readFileSync(path.join(LOCALES, 'status.json'), 'utf8')) as { languages: Record<string, { status: string }> };
    expect(Object.keys(file.languages).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const [code, { status }] of Object.entries(file.languages)) {
      expect(['source', 'reviewed', 'unreviewed']).toContain(status);
      expect(status === 'source').toBe(code === SOURCE_LANGUAGE);
    }
  });
});
