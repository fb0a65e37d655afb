import { describe, expect, it } from 'vitest';
import { addMonths, byNeed, koersFlags, type KoersHousehold } from './opKoers';

const AT = { now: Date.parse('2026-12-07T10:00:00Z'), today: '2026-12-07' };

function household(name: string, parts: Partial<Omit<KoersHousehold, 'dossier'>> & { termEnd?: string } = {}): KoersHousehold {
  return {
    dossier: { firstName: name, termijn: { start: '2025-01-01', end: parts.termEnd ?? '2028-01-01' } },
    questions: parts.questions ?? [],
    attendance: parts.attendance ?? [],
    appointments: parts.appointments ?? [],
    steps: parts.steps ?? [],
  };
}

const lesson = (id: string, start: string, status: 'planned' | 'cancelled' | 'moved' = 'planned') => ({
  id,
  start,
  end: new Date(Date.parse(start) + 2 * 3600_000).toISOString(),
  status,
});
const notComing = (appointmentId: string, forStart?: string) => ({ appointmentId, attendance: 'not-coming' as const, ...(forStart ? { forStart } : {}) });

describe('koersFlags', () => {
  it('a household with nothing open has no flags', () => {
    expect(koersFlags(household('Amal'), 'consulent', AT)).toEqual([]);
  });

  it('question: only unanswered questions addressed to this staff role', () => {
    const h = household('Amal', { questions: [{ contactRole: 'maatschappelijk-begeleider' }, { contactRole: 'consulent-inburgering', answer: 'Ja' }] });
    expect(koersFlags(h, 'begeleider', AT)).toEqual(['question']);
    expect(koersFlags(h, 'consulent', AT)).toEqual([]);
    // A question to someone without the app goes to the consulent.
    expect(koersFlags(household('B', { questions: [{ contactRole: 'taalschool' }] }), 'consulent', AT)).toEqual(['question']);
  });

  it('notComing: a current "can\'t come" for an appointment still to come, not a cancelled or moved-away one', () => {
    const soon = lesson('a1', '2026-12-09T09:00:00Z');
    expect(koersFlags(household('A', { appointments: [soon], attendance: [notComing('a1')] }), 'consulent', AT)).toEqual(['notComing']);
    const cancelled = lesson('a1', '2026-12-09T09:00:00Z', 'cancelled');
    expect(koersFlags(household('A', { appointments: [cancelled], attendance: [notComing('a1')] }), 'consulent', AT)).toEqual([]);
    // Given for the old time of an appointment that moved: not about the new time.
    const moved = household('A', { appointments: [soon], attendance: [notComing('a1', '2026-12-08T09:00:00Z')] });
    expect(koersFlags(moved, 'consulent', AT)).toEqual([]);
    const coming = household('A', { appointments: [soon], attendance: [{ appointmentId: 'a1', attendance: 'coming' }] });
    expect(koersFlags(coming, 'consulent', AT)).toEqual([]);
  });

  it('absence: two or more "can\'t come" for appointments of the last four weeks; one, or older ones, are not', () => {
    const past = [lesson('p1', '2026-11-30T09:00:00Z'), lesson('p2', '2026-11-12T09:00:00Z'), lesson('p3', '2026-11-01T09:00:00Z')];
    const two = household('A', { appointments: past, attendance: [notComing('p1'), notComing('p2')] });
    expect(koersFlags(two, 'begeleider', AT)).toEqual(['absence']);
    const oneRecentOneOld = household('A', { appointments: past, attendance: [notComing('p1'), notComing('p3')] });
    expect(koersFlags(oneRecentOneOld, 'begeleider', AT)).toEqual([]);
  });

  it('overdueStep: a todo or planned step dated before today; busy, done or undated steps are not', () => {
    const overdue = household('A', { steps: [{ status: 'planned', date: '2026-12-06' }] });
    expect(koersFlags(overdue, 'consulent', AT)).toEqual(['overdueStep']);
    const fine = household('A', {
      steps: [
        { status: 'busy', date: '2026-10-01' },
        { status: 'done', date: '2026-10-01' },
        { status: 'todo', date: null },
        { status: 'planned', date: '2026-12-07' },
      ],
    });
    expect(koersFlags(fine, 'consulent', AT)).toEqual([]);
  });

  it('termEnds: the term ends within six months, or has ended', () => {
    expect(koersFlags(household('A', { termEnd: '2027-06-06' }), 'consulent', AT)).toEqual(['termEnds']);
    expect(koersFlags(household('A', { termEnd: '2026-01-01' }), 'consulent', AT)).toEqual(['termEnds']);
    expect(koersFlags(household('A', { termEnd: '2027-06-07' }), 'consulent', AT)).toEqual([]);
  });
});

describe('addMonths', () => {
  it('keeps the day, or the last day of a shorter month', () => {
    expect(addMonths('2026-12-07', 6)).toBe('2027-06-07');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });
});

describe('byNeed', () => {
  it('sorts by number of flags, then the most urgent flag, then first name', () => {
    const list = byNeed(
      [
        household('Zara'),
        household('Yusuf', { termEnd: '2027-01-01' }),
        household('Bilal', { questions: [{ contactRole: 'consulent-inburgering' }] }),
        household('Amal', { termEnd: '2027-01-01' }),
        household('Dawit', { questions: [{ contactRole: 'casusregisseur' }], termEnd: '2027-01-01' }),
      ],
      'consulent',
      AT,
    );
    expect(list.map((h) => [h.dossier.firstName, h.flags])).toEqual([
      ['Dawit', ['question', 'termEnds']],
      ['Bilal', ['question']],
      ['Amal', ['termEnds']],
      ['Yusuf', ['termEnds']],
      ['Zara', []],
    ]);
  });
});
