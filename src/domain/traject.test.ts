import { describe, expect, it } from 'vitest';
import type { StepRow } from './tables';
import { buildTimeline, monthsLeft, nextStep, type StepKind } from './traject';

const B1: StepKind[] = ['brede-intake', 'pip', 'leerroute', 'map', 'pvt', 'examen-knm'];

let order = 0;
const step = (kind: StepKind, status: StepRow['status'], date: string | null = null): StepRow => ({
  id: kind,
  kind,
  status,
  date,
  dossierId: 'rw-test',
  order: order++,
});

describe('buildTimeline', () => {
  it('keeps the dossier order, marks done / now / next / later, and fills in template steps', () => {
    const steps = [step('brede-intake', 'done'), step('pip', 'done'), step('leerroute', 'busy'), step('omgaan-met-geld', 'busy'), step('pvt', 'planned')];
    const timeline = buildTimeline(steps, B1, '2026-11-22');
    expect(timeline.map((e) => [e.kind, e.phase])).toEqual([
      ['brede-intake', 'done'],
      ['pip', 'done'],
      ['leerroute', 'now'],
      ['omgaan-met-geld', 'now'],
      ['map', 'later'],
      ['pvt', 'next'],
      ['examen-knm', 'later'],
    ]);
    expect(timeline[4]).toMatchObject({ id: 'template-map', overdue: false });
    expect(timeline[4]?.step).toBeUndefined();
  });

  it('takes the soonest planned step as the next one, before steps only the template knows', () => {
    const steps = [step('brede-intake', 'done'), step('map', 'planned', '2026-12-20'), step('voortgangsgesprek', 'planned', '2026-12-01')];
    const timeline = buildTimeline(steps, B1, '2026-11-22');
    expect(timeline.filter((e) => e.phase === 'next').map((e) => e.kind)).toEqual(['voortgangsgesprek']);
    expect(timeline.find((e) => e.kind === 'pip')?.phase).toBe('later');
  });

  it('sets exempt steps apart and marks a planned step in the past as overdue', () => {
    const steps = [step('brede-intake', 'done', '2026-01-01'), step('pip', 'planned', '2026-11-01'), step('examen-knm', 'exempt')];
    const timeline = buildTimeline(steps, B1, '2026-11-22');
    expect(timeline.find((e) => e.kind === 'pip')).toMatchObject({ phase: 'next', overdue: true });
    expect(timeline.find((e) => e.kind === 'examen-knm')).toMatchObject({ phase: 'exempt', overdue: false });
    expect(timeline.find((e) => e.kind === 'brede-intake')?.overdue).toBe(false);
    expect(nextStep(timeline)?.kind).toBe('pip');
  });

  it('does not call a busy step overdue: its date is when it started', () => {
    const timeline = buildTimeline([step('leerroute', 'busy', '2026-01-01')], [], '2026-11-22');
    expect(timeline).toEqual([expect.objectContaining({ kind: 'leerroute', phase: 'now', overdue: false })]);
    expect(nextStep(timeline)).toBeUndefined();
  });

  it('shows every dossier step even without a template (no leerroute)', () => {
    const timeline = buildTimeline([step('werk', 'todo'), step('brede-intake', 'done')], [], '2026-11-22');
    expect(timeline.map((e) => e.kind)).toEqual(['werk', 'brede-intake']);
  });
});

describe('monthsLeft', () => {
  it.each([
    ['2026-11-22', '2029-11-22', 36],
    ['2026-11-22', '2027-01-10', 1],
    ['2026-11-22', '2026-11-30', 0],
    ['2026-11-22', '2026-11-21', -1],
    ['2026-11-22', '2026-08-01', -4],
  ])('from %s to %s is %i', (today, end, months) => {
    expect(monthsLeft(today, end)).toBe(months);
  });
});
