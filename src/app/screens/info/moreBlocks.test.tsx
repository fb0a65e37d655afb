import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { cleanupGemeente, renderAt } from '../../../../tests/support/renderAt';
import nlInfomore from '../../../../locales/nl/infomore.json';
import { GEMEENTEN } from '../../../gemeenten';
import { rijswijk } from '../../../gemeenten/rijswijk';
import { initI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { InfoSectionScreen } from './InfoSectionScreen';
import { MORE_BLOCKS, withMoreBlocks } from './moreBlocks';
import { blocksFor, SECTIONS } from './sections';

// What the policy documents say that the map did not yet (issue 16, item 4): each topic is on its
// page in both municipalities, each with that municipality's own facts and role word.

const at = (section: string, gemeente: string) => renderAt(`/info/${section}`, <Route path="/info/:section" component={InfoSectionScreen} />, gemeente);
const title = (id: keyof typeof nlInfomore.blocks, gemeente: string) => nlInfomore.blocks[id].title.replace('{{gemeente}}', gemeente);

describe('the added topics', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(cleanupGemeente);

  it('has a block with texts for every topic, each with a picture of its own, after a block of its page', () => {
    expect(MORE_BLOCKS.map((b) => b.id).sort()).toEqual(Object.keys(nlInfomore.blocks).sort());
    expect(new Set(MORE_BLOCKS.map((b) => b.picture)).size).toBe(MORE_BLOCKS.length);
    for (const b of MORE_BLOCKS) expect(SECTIONS[b.section].blocks.map((d) => d.key), b.id).toContain(b.after);
  });

  it('puts a topic right after the block it belongs with', () => {
    const items = withMoreBlocks('gezinsmigranten', blocksFor('gezinsmigranten', rijswijk));
    const names = items.map((i) => (i.kind === 'more' ? i.more.id : i.block.key.split('.').pop()));
    expect(names.slice(0, 3)).toEqual(['wie', 'nareizigers', 'gemeente']);
  });

  describe.each(Object.values(GEMEENTEN))('in $name', (gemeente) => {
    const regie = gemeente.regieRole === 'casusregisseur' ? 'casusregisseur' : 'consulent inburgering';
    const other = Object.values(GEMEENTEN).find((g) => g.id !== gemeente.id)?.name ?? '';

    it.each(MORE_BLOCKS.map((b) => [b.id, b] as const))('shows %s on its page', (id, def) => {
      const { container } = at(def.section, gemeente.id);
      const block = screen.getByRole('article', { name: title(id, gemeente.name) });
      expect(block.textContent).not.toContain('{{');
      expect(container.textContent).not.toContain(other);
      if (nlInfomore.blocks[id].text.includes('{{regieRole}}')) expect(block.textContent).toContain(regie);
    });

    it('says what this municipality does when paid work is not possible yet', () => {
      at('werk', gemeente.id);
      const block = screen.getByRole('article', { name: title('dagbesteding', gemeente.name) });
      expect(within(block).getByText(`In ${gemeente.name}`)).toBeTruthy();
      const own = nlInfomore.local[gemeente.id as keyof typeof nlInfomore.local].dagbesteding.split('\n')[0] ?? '';
      expect(within(block).getByText(own)).toBeTruthy();
    });

    it('lists where people from Ukraine find free language help here', () => {
      at('oekraine', gemeente.id);
      const block = screen.getByRole('article', { name: title('oekraineTaal', gemeente.name) });
      const names = gemeente.languageHelpUkraine.map((id) => gemeente.partners.find((p) => p.id === id)?.name ?? id);
      for (const name of names) expect(within(block).getByRole('article', { name })).toBeTruthy();
      const own = nlInfomore.local[gemeente.id as keyof typeof nlInfomore.local].oekraineTaal.split('\n')[0] ?? '';
      expect(within(block).getByText(own)).toBeTruthy();
    });
  });

  it('shows each listed organisation where and when, and honestly what is not known', () => {
    at('oekraine', 'rijswijk');
    const town = screen.getByRole('article', { name: 'Gemeente Rijswijk' });
    expect(within(town).getByText('Generaal Spoorlaan 2, Rijswijk')).toBeTruthy();
    expect(within(town).getByRole('link', { name: 'Op de kaart opent buiten de app' })).toBeTruthy();
  });

  it('says for Caleidoz in Zevenaar that its address and number are not known', () => {
    at('oekraine', 'zevenaar');
    const caleidoz = screen.getByRole('article', { name: 'Caleidoz' });
    expect(within(caleidoz).getByText('Adres niet bekend')).toBeTruthy();
    expect(within(caleidoz).getByText('Telefoonnummer niet bekend')).toBeTruthy();
  });
});

// The texts of every language keep each municipality's facts to itself, and the general texts name none.
const LOCALES = path.resolve(import.meta.dirname, '../../../../locales');
const languages = LANGUAGES.map((l) => l.code).filter((lang) => existsSync(path.join(LOCALES, lang, 'infomore.json')));
it.each(languages)('keeps the municipalities apart in infomore.json (%s)', (lang) => {
  const texts = JSON.parse(readFileSync(path.join(LOCALES, lang, 'infomore.json'), 'utf8')) as { blocks: unknown; local: Record<string, unknown> };
  const names = Object.values(GEMEENTEN).map((g) => g.name);
  for (const name of names) expect(JSON.stringify(texts.blocks), `${lang} blocks`).not.toContain(name);
  for (const g of Object.values(GEMEENTEN)) {
    expect(texts.local[g.id], `${lang} ${g.id}`).toBeDefined();
    for (const other of names.filter((n) => n !== g.name)) expect(JSON.stringify(texts.local[g.id]), `${lang} ${g.id}`).not.toContain(other);
  }
});
