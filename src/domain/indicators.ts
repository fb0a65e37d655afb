import { DOELGROEPEN } from './enums';
import { z } from './zod';
import type { DossierRow, StepRow } from './tables';

// Anonymised indicators for the municipality (issue 13 item 6; docs/api.md, "Admin: indicators"):
// per start-quarter cohort the counts behind the seeds' targets (Zevenaar's "doel 1–3", Rijswijk's
// monitoring). Counts only: no id, name or date of a person leaves this module, and every count
// under SMALL_COUNT is shown as "<5", so no one can be singled out in a small cohort.

/** Counts below this are shown as "<5" (the CBS rule of thumb for published small numbers). */
export const SMALL_COUNT = 5;
export const SMALL_LABEL = '<5';

/** The PIP is due within 10 weeks of the start of the term (Wet inburgering 2021, art. 14). */
export const PIP_WEEKS = 10;

export const INDICATORS = ['inburgeraars', 'pipWithin10Weeks', 'inLeerroute', 'participatie', 'examsPassed', 'atWork'] as const;
export type Indicator = (typeof INDICATORS)[number];

const EXAM_STEPS = ['examen-lezen', 'examen-luisteren', 'examen-schrijven', 'examen-spreken', 'examen-knm', 'z-eindgesprek'] as const;

/** What one dossier contributes: its dossier row and its traject steps. */
export interface IndicatorInput {
  dossier: Pick<DossierRow, 'termijn'> & Partial<Pick<DossierRow, 'doelgroep'>>;
  steps: Pick<StepRow, 'kind' | 'status' | 'date'>[];
}

/** `2025-Q3` for a term that starts on 2025-07-01. */
export function cohortOf(termStart: string): string {
  const [year, month] = termStart.split('-');
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

const started = (status: string) => status === 'busy' || status === 'done';

/** Which indicators one dossier counts for. Each rule is documented in docs/api.md. */
export function countsFor({ dossier, steps }: IndicatorInput): Record<Indicator, boolean> {
  const of = (kind: string) => steps.filter((s) => s.kind === kind);
  const pipDeadline = Date.parse(dossier.termijn.start) + PIP_WEEKS * 7 * 86_400_000;
  const exams = steps.filter((s) => (EXAM_STEPS as readonly string[]).includes(s.kind));
  return {
    inburgeraars: true,
    pipWithin10Weeks: of('pip').some((s) => s.status === 'done' && !!s.date && Date.parse(s.date) <= pipDeadline),
    inLeerroute: of('leerroute').some((s) => started(s.status)),
    participatie: of('participatie').some((s) => started(s.status)),
    // Passed: every exam part the dossier lists is done or exempt, and at least one was done.
    examsPassed: exams.length > 0 && exams.every((s) => s.status === 'done' || s.status === 'exempt') && exams.some((s) => s.status === 'done'),
    atWork: of('werk').some((s) => started(s.status)),
  };
}

export const indicatorCountSchema = z.union([z.number().int().min(SMALL_COUNT), z.literal(SMALL_LABEL)]);
export type IndicatorCount = z.infer<typeof indicatorCountSchema>;

export const cohortSchema = z.strictObject({
  /** The quarter in which the cohort's terms started, e.g. `2025-Q3`. */
  cohort: z.string().regex(/^\d{4}-Q[1-4]$/),
  ...Object.fromEntries(INDICATORS.map((name) => [name, indicatorCountSchema])),
} as { cohort: z.ZodString } & Record<Indicator, typeof indicatorCountSchema>);
export type CohortIndicators = z.infer<typeof cohortSchema>;

/** `GET /api/admin/indicators`. */
export const indicatorsResponseSchema = z.strictObject({
  gemeente: z.string(),
  /** The target group counted, when the query named one. */
  doelgroep: z.enum(DOELGROEPEN).optional(),
  /** When the counts were made (ISO 8601). */
  generatedAt: z.string(),
  cohorts: z.array(cohortSchema),
});
export type IndicatorsResponse = z.infer<typeof indicatorsResponseSchema>;

/**
 * `?format=csv` asks for the spreadsheet form (JSON otherwise); `?doelgroep=` counts one target
 * group only (Zevenaar's targets are about asielstatushouders).
 */
export const indicatorsQuerySchema = z.strictObject({ format: z.enum(['json', 'csv']).optional(), doelgroep: z.enum(DOELGROEPEN).optional() });

export const shown = (count: number): IndicatorCount => (count < SMALL_COUNT ? SMALL_LABEL : count);

/** The cohorts, oldest first, with every small count hidden. */
export function computeIndicators(inputs: IndicatorInput[]): CohortIndicators[] {
  const totals = new Map<string, Record<Indicator, number>>();
  for (const input of inputs) {
    const cohort = cohortOf(input.dossier.termijn.start);
    const total = totals.get(cohort) ?? (Object.fromEntries(INDICATORS.map((name) => [name, 0])) as Record<Indicator, number>);
    const counts = countsFor(input);
    for (const name of INDICATORS) if (counts[name]) total[name]++;
    totals.set(cohort, total);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cohort, total]) => ({
      cohort,
      ...(Object.fromEntries(INDICATORS.map((name) => [name, shown(total[name])])) as Record<Indicator, IndicatorCount>),
    }));
}

/** The same as CSV (RFC 4180, header row first) for a spreadsheet. No field needs quoting. */
export function indicatorsCsv(cohorts: CohortIndicators[]): string {
  const lines = [['cohort', ...INDICATORS].join(',')];
  for (const c of cohorts) lines.push([c.cohort, ...INDICATORS.map((name) => String(c[name]))].join(','));
  return `${lines.join('\r\n')}\r\n`;
}
