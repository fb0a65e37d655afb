import type { STEP_KINDS } from './enums';
import type { StepRow } from './tables';

// The traject as a timeline: the dossier's steps in the consulent's order, completed with the steps
// of the municipality's template for the leerroute that the dossier does not have yet. Dates are
// calendar dates (YYYY-MM-DD) and compared as text, so no time zone can shift a day.

export type StepKind = (typeof STEP_KINDS)[number];

/** done / now (busy) / next (the first open step) / later; exempt steps stand apart. */
export type Phase = 'done' | 'exempt' | 'now' | 'next' | 'later';

export interface TimelineEntry {
  /** The dossier step's id, or `template-<kind>` for a step only the template knows. */
  id: string;
  kind: StepKind;
  phase: Phase;
  /** From the dossier; a template-only step has none. */
  step?: StepRow;
  /** Planned for a day that has passed, and not done (a busy step's date is when it started). */
  overdue: boolean;
}

/** A template step the dossier lacks goes right before the first step that follows it in the template. */
function mergeTemplate(steps: StepRow[], template: readonly StepKind[]): (StepRow | StepKind)[] {
  const list: (StepRow | StepKind)[] = [...steps].sort((a, b) => a.order - b.order);
  const present = new Set(steps.map((s) => s.kind));
  const rank = (item: StepRow | StepKind) => template.indexOf(typeof item === 'string' ? item : item.kind);
  template.forEach((kind, index) => {
    if (present.has(kind)) return;
    const at = list.findIndex((item) => rank(item) > index);
    list.splice(at === -1 ? list.length : at, 0, kind);
  });
  return list;
}

/**
 * The step that comes next among the open ones: the soonest one planned for today or later, else
 * the first open step in the dossier, else the first one only the template knows.
 */
function pickNext(items: (StepRow | StepKind)[], today: string): StepRow | StepKind | undefined {
  const open = items.filter((i) => typeof i === 'string' || i.status === 'todo' || i.status === 'planned');
  const dated = open
    .filter((i): i is StepRow => typeof i !== 'string' && !!i.date && i.date >= today)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return dated[0] ?? open.find((i) => typeof i !== 'string') ?? open[0];
}

export function buildTimeline(steps: StepRow[], template: readonly StepKind[], today: string): TimelineEntry[] {
  const items = mergeTemplate(steps, template);
  const next = pickNext(items, today);
  return items.map((item) => {
    const step = typeof item === 'string' ? undefined : item;
    const kind = typeof item === 'string' ? item : item.kind;
    const status = step?.status ?? 'todo';
    const phase: Phase =
      status === 'done' ? 'done' : status === 'exempt' ? 'exempt' : status === 'busy' ? 'now' : item === next ? 'next' : 'later';
    const overdue = (status === 'todo' || status === 'planned') && !!step?.date && step.date < today;
    return { id: step?.id ?? `template-${kind}`, kind, phase, ...(step ? { step } : {}), overdue };
  });
}

/** The step to tell about first: an overdue one, else the next open one. */
export function nextStep(timeline: TimelineEntry[]): TimelineEntry | undefined {
  return timeline.find((e) => e.overdue) ?? timeline.find((e) => e.phase === 'next');
}

/** Whole months from `today` until `end` (both YYYY-MM-DD); negative once the end has passed. */
export function monthsLeft(today: string, end: string): number {
  const [ty = 0, tm = 0, td = 0] = today.split('-').map(Number);
  const [ey = 0, em = 0, ed = 0] = end.split('-').map(Number);
  let months = (ey - ty) * 12 + (em - tm);
  if (ed < td) months -= 1;
  return end < today ? Math.min(months, -1) : months;
}
