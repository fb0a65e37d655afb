import type { StaffRole } from '../domain/access';
import type { DossierImport } from '../domain/dossier';
import { createStaffActivationCode, dossierExists, upsertStaff, type Db } from './store';

// The demo's staff: one maatschappelijk begeleider and one consulent with every demo dossier in
// their caseload, so a developer can try a home visit (and the consulent's view) on a device.
// Named after the demo dossiers' own contact persons; only ever over the demo dossiers.

const DEMO_STAFF: { id: string; role: StaffRole; contactRoles: string[]; fallback: string }[] = [
  { id: 'demo-begeleider', role: 'begeleider', contactRoles: ['maatschappelijk-begeleider'], fallback: 'Begeleider (demo)' },
  { id: 'demo-consulent', role: 'consulent', contactRoles: ['consulent-inburgering', 'casusregisseur'], fallback: 'Consulent (demo)' },
];

/** Upserts the demo staff over the demo dossiers that exist, and returns an activation link for each. */
export async function demoStaffLinks(db: Db, dossiers: DossierImport[], origin: string): Promise<string[]> {
  const ids: string[] = [];
  for (const d of dossiers) if (await dossierExists(db, d.gemeente, d.id)) ids.push(d.id);
  const gemeente = dossiers[0]?.gemeente;
  if (ids.length === 0 || !gemeente) return [];
  const lines: string[] = [];
  for (const staff of DEMO_STAFF) {
    const contact = dossiers.flatMap((d) => d.contacts).find((c) => staff.contactRoles.includes(c.role));
    const name = contact?.name ?? staff.fallback;
    const result = await upsertStaff(db, staff.id, { name, role: staff.role, gemeente, dossiers: ids });
    if (!result.ok) continue;
    const code = await createStaffActivationCode(db, staff.id);
    if (code) lines.push(`  ${name} (${staff.role}, ${ids.length} dossiers): ${origin}/activate#${code.code}`);
  }
  return lines;
}
