import type { DossierImport } from '../domain/dossier';
import type { GemeenteConfig } from '../gemeenten';
import { demoDossiers } from './demo';

// The demo dossiers for whichever municipality the server runs as. They are written for Rijswijk;
// for another municipality the organisations, places and phone area are swapped for its own (or
// made-up local ones), the ids get its prefix and the consulent becomes its regie role — so a
// demo of Thuis in Zevenaar shows no trace of Rijswijk.

type Swap = [RegExp, string];

const SWAPS: Record<string, Swap[]> = {
  zevenaar: [
    [/Stichting Welzijn Rijswijk/g, 'VluchtelingenWerk'],
    [/WSP Rijswijk/g, 'RSD de Liemers'],
    [/Taalschool Sagenn/g, 'Taalcentrum Liemers'],
    [/Taalschool Rijswijk/g, 'Taalcentrum Zevenaar'],
    [/DudeGoed/g, 'Kunstwerk'],
    [/Generaal Spoorlaan 112/g, 'Kerkstraat 10'],
    [/Van Vredenburchweg 48/g, 'Hunneveldweg 2'],
    [/Bogaardplein 15/g, 'Raadhuisplein 1'],
    [/Lindelaan 27/g, 'Grietsestraat 5'],
    [/\+31 70 555/g, '+31 316 555'],
  ],
};

export function demoDossiersFor(gemeente: GemeenteConfig, today: Date): DossierImport[] {
  const dossiers = demoDossiers(today);
  if (gemeente.id === 'rijswijk') return dossiers;
  const swaps: Swap[] = [...(SWAPS[gemeente.id] ?? []), [/Rijswijk/g, gemeente.name], [/^rw-demo-/, `${gemeente.id.slice(0, 2)}-demo-`]];
  const swap = (text: string) => swaps.reduce((t, [from, to]) => t.replace(from, to), text);
  return dossiers.map((d) => {
    const local = JSON.parse(JSON.stringify(d), (_key, value: unknown) => (typeof value === 'string' ? swap(value) : value)) as DossierImport;
    return {
      ...local,
      gemeente: gemeente.id,
      contacts: local.contacts.map((c) => (c.role === 'consulent-inburgering' ? { ...c, role: gemeente.regieRole } : c)),
    };
  });
}
