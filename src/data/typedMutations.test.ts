import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MutatorInput, MutatorName } from '../domain/mutators';
import type { change } from './device';
import type { mutate } from './local';
import type { RejectedEntry } from './db';
import type { StaffStore } from './staffStore';
import { isChangeOf } from './syncCore';

// Mutations are typed end to end: the names and arguments come from the mutator definitions
// (src/domain/mutators.ts and its zod schemas). `npm run typecheck` proves the lines marked
// "ts-expect-error" do not compile; an unused marker fails the typecheck too.

type Change = typeof change;
type Mutate = typeof mutate;
type StaffChange = StaffStore['change'];

describe('typed mutations', () => {
  it('accepts a known name with its arguments, and nothing else', () => {
    const call = (fn: Change) => {
      void fn('checklist.setStatus', { itemId: 'k1', status: 'done' });
      // @ts-expect-error -- a misspelled name
      void fn('checklist.setStatuss', { itemId: 'k1', status: 'done' });
      // @ts-expect-error -- a misspelled argument
      void fn('checklist.setStatus', { itemid: 'k1', status: 'done' });
      // @ts-expect-error -- a value the schema does not allow
      void fn('checklist.setStatus', { itemId: 'k1', status: 'finished' });
      // @ts-expect-error -- a missing argument
      void fn('question.ask', { id: 'q1', text: 'Waar?' });
    };
    const local = (fn: Mutate) => {
      // @ts-expect-error -- an unknown name on the phone's store
      void fn({} as never, 'no.such', {});
    };
    const staff = (fn: StaffChange) => {
      void fn('visit.addNote', { id: 'n1', dossierId: 'd1', text: 'Bezocht' });
      // @ts-expect-error -- a staff change with a misspelled argument
      void fn('visit.addNote', { id: 'n1', dossierID: 'd1', text: 'Bezocht' });
    };
    expectTypeOf(call).toBeFunction();
    expectTypeOf(local).toBeFunction();
    expectTypeOf(staff).toBeFunction();
    expectTypeOf<'checklist.setStatus'>().toExtend<MutatorName>();
    expectTypeOf<MutatorInput<'checklist.setStatus'>>().toHaveProperty('itemId');
  });

  it('narrows a refused change by a mutation name the compiler knows', () => {
    const refused: RejectedEntry = {
      id: 3,
      name: 'visit.addNote',
      args: { id: 'n1', dossierId: 'd1', text: 'Bezocht' },
      error: { code: 'forbidden', message: 'No.' },
      rejectedAt: '2026-12-01T10:00:00.000Z',
    };
    expect(isChangeOf(refused, 'checklist.setStatus')).toBe(false);
    if (!isChangeOf(refused, 'visit.addNote')) throw new Error('expected a visit note');
    expectTypeOf(refused.args.text).toEqualTypeOf<string>();
    expect(refused.args.text).toBe('Bezocht');
    // @ts-expect-error -- a misspelled name
    expect(isChangeOf(refused, 'visit.addNotes')).toBe(false);
  });
});
