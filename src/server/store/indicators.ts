import { computeIndicators, type CohortIndicators, type IndicatorInput } from '../../domain/indicators';
import type { DossierRow, StepRow } from '../../domain/tables';
import type { Db } from './rows';

/**
 * The anonymised indicators of one municipality (domain/indicators.ts), from the live dossier and
 * step rows of its own dossiers only. Only the fields the counts need are kept past parsing.
 */
export async function indicatorsOf(db: Db, gemeente: string, doelgroep?: DossierRow['doelgroep']): Promise<CohortIndicators[]> {
  const rows = await db
    .selectFrom('row')
    .innerJoin('dossier', 'dossier.id', 'row.dossier_id')
    .select(['row.dossier_id as dossierId', 'row.tbl as tbl', 'row.value as value'])
    .where('dossier.gemeente', '=', gemeente)
    .where('row.deleted', '=', 0)
    .where('row.tbl', 'in', ['dossiers', 'steps'])
    .execute();
  const inputs = new Map<string, Partial<IndicatorInput> & { steps: IndicatorInput['steps'] }>();
  for (const row of rows) {
    const input = inputs.get(row.dossierId) ?? { steps: [] };
    inputs.set(row.dossierId, input);
    const value = JSON.parse(row.value ?? '{}') as Record<string, unknown>;
    if (row.tbl === 'dossiers') input.dossier = { termijn: (value as DossierRow).termijn, doelgroep: (value as DossierRow).doelgroep };
    else {
      const { kind, status, date } = value as StepRow;
      input.steps.push({ kind, status, date: date ?? null });
    }
  }
  const counted = [...inputs.values()].filter((i): i is IndicatorInput => i.dossier?.termijn !== undefined);
  return computeIndicators(doelgroep ? counted.filter((i) => i.dossier.doelgroep === doelgroep) : counted);
}
