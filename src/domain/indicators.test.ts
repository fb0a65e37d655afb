import { describe, expect, it } from 'vitest';
import { cohortOf, computeIndicators, countsFor, indicatorsCsv, shown, type IndicatorInput } from './indicators';

// The counting rules of the municipality's indicators (docs/api.md, "Admin: indicators").

const input = (start: string, steps: IndicatorInput['steps'] = []): IndicatorInput => ({ dossier: { termijn: { start, end: '2030-01-01' } }, steps });

describe('indicators', () => {
  it('puts a term in the quarter it starts in', () => {
    expect([cohortOf('2025-01-01'), cohortOf('2025-03-31'), cohortOf('2025-04-01'), cohortOf('2025-12-31')]).toEqual(['2025-Q1', '2025-Q1', '2025-Q2', '2025-Q4']);
  });

  it('counts a PIP done on the last day of the 10 weeks, not a day later, and not one only planned', () => {
    const pip = (status: 'done' | 'planned', date: string) => countsFor(input('2025-01-01', [{ kind: 'pip', status, date }])).pipWithin10Weeks;
    expect(pip('done', '2025-03-12')).toBe(true);
    expect(pip('done', '2025-03-13')).toBe(false);
    expect(pip('planned', '2025-02-01')).toBe(false);
  });

  it('counts exams passed only when every listed part is done or exempt and one is done', () => {
    const passed = (...statuses: ('done' | 'exempt' | 'todo')[]) =>
      countsFor(input('2025-01-01', statuses.map((status, i) => ({ kind: i ? 'examen-knm' : 'examen-lezen', status, date: null })))).examsPassed;
    expect(passed('done', 'exempt')).toBe(true);
    expect(passed('done', 'todo')).toBe(false);
    expect(passed('exempt', 'exempt')).toBe(false);
    expect(passed()).toBe(false);
  });

  it('hides every count under 5, zero included', () => {
    expect([shown(0), shown(4), shown(5)]).toEqual(['<5', '<5', 5]);
    const cohorts = computeIndicators([...Array.from({ length: 5 }, () => input('2025-02-01', [{ kind: 'werk', status: 'busy', date: null }])), input('2025-05-01')]);
    expect(cohorts.map((c) => [c.cohort, c.inburgeraars, c.atWork])).toEqual([['2025-Q1', 5, 5], ['2025-Q2', '<5', '<5']]);
    expect(indicatorsCsv(cohorts).split('\r\n')[2]).toBe('2025-Q2,<5,<5,<5,<5,<5,<5');
  });
});
