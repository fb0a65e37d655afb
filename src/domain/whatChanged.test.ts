import { describe, expect, it } from 'vitest';
import type { AppointmentRow, PaymentRow, QuestionRow, StepRow } from './tables';
import { changesSince, snapshot, type WatchedRows } from './whatChanged';

const NOW = new Date('2026-11-20T12:00:00Z');
const D = 'rw-test';

const lesson = (over: Partial<AppointmentRow & { key: string }> = {}) => ({
  key: `${D}/a1`, dossierId: D, id: 'a1', kind: 'taalles' as const, title: 'Nederlandse les',
  start: '2026-11-24T09:00:00+01:00', end: '2026-11-24T11:00:00+01:00', status: 'planned' as const, ...over,
});
const step = (over: Partial<StepRow & { key: string }> = {}) => ({ key: `${D}/s1`, dossierId: D, id: 's1', kind: 'pip' as const, status: 'planned' as const, date: '2026-12-01', order: 0, ...over });
const question = (over: Partial<QuestionRow & { key: string }> = {}) => ({ key: `${D}/q1`, dossierId: D, id: 'q1', contactRole: 'consulent-inburgering', text: 'Wanneer?', askedAt: '2026-11-19T10:00:00Z', ...over });
const payment = (over: Partial<PaymentRow & { key: string }> = {}) => ({ key: `${D}/p1`, dossierId: D, id: 'p1', month: '2026-11', kind: 'huur' as const, payee: 'Vidomes', amountCents: 60000, status: 'scheduled' as const, date: null, ...over });

const rows = (over: Partial<WatchedRows> = {}): WatchedRows => ({ appointments: [lesson()], steps: [step()], questions: [question()], payments: [payment()], ...over });
const kinds = (r: WatchedRows, seen = snapshot(rows())) => changesSince(r, seen, NOW).map((c) => `${c.kind}:${c.id}`);

describe('changesSince', () => {
  it('shows nothing when the person saw everything (the baseline after activation)', () => {
    expect(kinds(rows())).toEqual([]);
  });

  it('finds a moved, a cancelled and a new appointment, a changed step, an answer and a failed payment', () => {
    const now = rows({
      appointments: [
        lesson({ start: '2026-11-25T09:00:00+01:00', end: '2026-11-25T11:00:00+01:00', status: 'moved' }),
        lesson({ key: `${D}/a2`, id: 'a2', start: '2026-11-30T09:00:00+01:00', end: '2026-11-30T10:00:00+01:00' }),
      ],
      steps: [step({ status: 'done' })],
      questions: [question({ answer: 'Morgen.', answeredAt: '2026-11-20T09:00:00Z' })],
      payments: [payment({ status: 'failed' })],
    });
    expect(kinds(now).sort()).toEqual(['answer:q1', 'appointmentMoved:a1', 'appointmentNew:a2', 'paymentFailed:p1', 'stepChanged:s1']);
    const cancelled = rows({ appointments: [lesson({ status: 'cancelled' })] });
    expect(kinds(cancelled)).toEqual(['appointmentCancelled:a1']);
  });

  it('counts a move written with another offset as no move, and the past as no news', () => {
    expect(kinds(rows({ appointments: [lesson({ start: '2026-11-24T08:00:00Z', end: '2026-11-24T10:00:00Z' })] }))).toEqual([]);
    const past = lesson({ key: `${D}/a0`, id: 'a0', start: '2026-11-10T09:00:00Z', end: '2026-11-10T10:00:00Z' });
    expect(kinds(rows({ appointments: [lesson(), past] }))).toEqual([]);
  });

  it('does not call the person’s own new question or a paid payment news', () => {
    const now = rows({ questions: [question(), question({ key: `${D}/q2`, id: 'q2' })], payments: [payment({ status: 'paid' })] });
    expect(kinds(now)).toEqual([]);
  });

  it('forgets a change once its new state is marked seen, and sees the next one', () => {
    const moved = rows({ appointments: [lesson({ status: 'moved', start: '2026-11-25T09:00:00+01:00', end: '2026-11-25T11:00:00+01:00' })] });
    const [change] = changesSince(moved, snapshot(rows()), NOW);
    expect(change).toMatchObject({ kind: 'appointmentMoved', screen: '/agenda' });
    const seen = [...snapshot(rows()).filter((s) => s.key !== change?.key), { key: change?.key ?? '', print: change?.print ?? '' }];
    expect(kinds(moved, seen)).toEqual([]);
    expect(kinds(rows({ appointments: [lesson({ status: 'cancelled' })] }), seen)).toEqual(['appointmentCancelled:a1']);
  });

  it('shows a taalmaatje only the sections shared with them, never the questions', () => {
    const now = rows({ steps: [step({ status: 'done' })], questions: [question({ answer: 'Ja', answeredAt: '2026-11-20T09:00:00Z' })], payments: [payment({ status: 'failed' })] });
    expect(changesSince(now, snapshot(rows()), NOW, ['agenda', 'traject']).map((c) => c.kind)).toEqual(['stepChanged']);
    expect(changesSince(now, snapshot(rows()), NOW).map((c) => c.kind).sort()).toEqual(['answer', 'paymentFailed', 'stepChanged']);
  });
});
