// `npm run i18n:status [lang]`: how complete each language is against the Dutch source, per
// namespace, and (with a language) which keys are missing. Plural forms count as one key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LOCALES = path.resolve(import.meta.dirname, '../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key) => key.replace(PLURAL, '');

function flatten(value, prefix = '', out = new Set()) {
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flatten(v, key, out);
    else out.add(base(key));
  }
  return out;
}

const read = (lang, file) => {
  const p = path.join(LOCALES, lang, file);
  return existsSync(p) ? flatten(JSON.parse(readFileSync(p, 'utf8'))) : new Set();
};

const namespaces = readdirSync(path.join(LOCALES, 'nl')).filter((f) => f.endsWith('.json'));
const languages = readdirSync(LOCALES).filter((d) => d !== 'nl' && !d.endsWith('.json'));
const only = process.argv[2];
const status = JSON.parse(readFileSync(path.join(LOCALES, 'status.json'), 'utf8')).languages;

for (const lang of only ? [only] : languages) {
  let total = 0;
  let have = 0;
  const missing = [];
  for (const ns of namespaces) {
    const source = read('nl', ns);
    const target = read(lang, ns);
    for (const key of source) {
      total += 1;
      if (target.has(key)) have += 1;
      else missing.push(`${ns.replace('.json', '')}:${key}`);
    }
  }
  console.log(`${lang.padEnd(4)} ${((100 * have) / total).toFixed(1).padStart(5)}%  ${String(total - have).padStart(4)} missing  ${status[lang]?.status ?? 'no status'}`);
  if (only) for (const m of missing) console.log(`  ${m}`);
}
