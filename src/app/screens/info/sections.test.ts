import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nlGemeente from '../../../../locales/nl/gemeente.json';
import nlInfo from '../../../../locales/nl/info.json';
import { INFO_SECTION_PAGES } from '../../../domain/feedback';
import { GEMEENTEN } from '../../../gemeenten';
import { isPictogramName } from '../../components/Pictogram';
import { LANGUAGES } from '../../i18n/languages';
import { localBlockKey, partnerKey } from './gemeenteTexts';
import { GENERAL_SECTIONS, GROUP_SECTIONS, isSectionId, SECTIONS } from './sections';

// The registry, the municipality configs and the texts must agree: every block with texts is on a
// page, every id a config names has texts, every picture exists, and no municipality's texts
// mention another one.

const LOCALES = path.resolve(import.meta.dirname, '../../../../locales');
const read = (lang: string, ns: string) => readFileSync(path.join(LOCALES, lang, `${ns}.json`), 'utf8');

describe('informatiemap registry', () => {
  it('lets every page get feedback: the server knows each page id (src/domain/feedback.ts)', () => {
    expect([...INFO_SECTION_PAGES].sort()).toEqual(Object.keys(SECTIONS).sort());
  });

  it('has every page once, and every block with texts on its page', () => {
    expect([...GENERAL_SECTIONS, ...GROUP_SECTIONS].sort()).toEqual(Object.keys(nlInfo.sections).sort());
    for (const [id, section] of Object.entries(nlInfo.sections)) {
      if (!isSectionId(id)) throw new Error(id);
      const keys = SECTIONS[id].blocks.map((b) => b.key);
      expect(keys.sort(), id).toEqual(Object.keys(section.blocks).map((b) => `sections.${id}.blocks.${b}`).sort());
    }
  });

  describe.each(Object.values(GEMEENTEN))('$name', (gemeente) => {
    it('has texts for every partner, topic, emergency number and local block it names', () => {
      for (const p of gemeente.partners) expect(partnerKey(gemeente.id, p.id), p.id).toBeDefined();
      for (const t of gemeente.topics) {
        expect(Object.keys(nlInfo.topics), t.id).toContain(t.id);
        if (t.partnerId) expect(gemeente.partners.map((p) => p.id), t.id).toContain(t.partnerId);
      }
      for (const e of gemeente.emergency) expect(Object.keys(nlInfo.emergency.numbers), e.id).toContain(e.id);
      for (const [section, blocks] of Object.entries(gemeente.infoBlocks)) {
        expect(isSectionId(section), section).toBe(true);
        for (const b of blocks ?? []) expect(localBlockKey(gemeente.id, section, b.id), `${section}.${b.id}`).toBeDefined();
      }
      expect(Object.keys(nlGemeente)).toContain(gemeente.id);
    });

    it('uses only pictograms that exist', () => {
      const pictures = [
        ...gemeente.partners.map((p) => p.picture),
        ...gemeente.topics.map((t) => t.picture),
        ...gemeente.emergency.map((e) => e.picture),
        ...Object.values(gemeente.infoBlocks).flatMap((blocks) => (blocks ?? []).map((b) => b.picture)),
      ];
      expect(pictures.filter((p) => !isPictogramName(p))).toEqual([]);
    });

    it('has a tel: number for every phone, and only https websites', () => {
      for (const p of gemeente.partners) {
        if (p.phone) expect(p.phone, p.id).toMatch(/^[\d +]+$/);
        if (p.website) expect(p.website, p.id).toMatch(/^https:\/\//);
      }
    });
  });

  // Languages still without these texts are the completeness test's business (languages.test.ts).
  const translated = LANGUAGES.map((l) => l.code).filter((lang) => existsSync(path.join(LOCALES, lang, 'gemeente.json')));
  it.each(translated)('keeps the names of municipalities out of the general texts and out of each other (%s)', (lang) => {
    const names = Object.values(GEMEENTEN).map((g) => g.name);
    for (const ns of ['info', 'glossary']) for (const name of names) expect(read(lang, ns), `${lang}/${ns}`).not.toContain(name);
    const gemeente = JSON.parse(read(lang, 'gemeente')) as Record<string, unknown>;
    for (const g of Object.values(GEMEENTEN)) {
      const own = JSON.stringify(gemeente[g.id] ?? {});
      for (const other of names.filter((n) => n !== g.name)) expect(own, `${lang}/gemeente ${g.id}`).not.toContain(other);
    }
  });
});
