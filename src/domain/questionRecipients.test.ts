import { describe, expect, it } from 'vitest';
import { aDossier } from '../../tests/support/builders';
import { memoryTx, refusal } from '../../tests/support/memoryTx';
import type { StaffRole } from './access';
import { CONTACT_ROLES } from './enums';
import { MUTATION_ACTORS } from './mutationPolicy';
import { applyMutation } from './mutators';
import { answererOf, answersInApp, mayAnswer, questionReadableBy } from './questionRecipients';
import { rowKey } from './tables';

const Q = '0b7d3c1e-5f2a-4e8b-9c6d-1a2b3c4d5e6f';

async function asked(contactRole: string, staffRole: StaffRole) {
  const tx = memoryTx(aDossier(), { staffId: 'staff-1', staffRole });
  await applyMutation(tx, 'question.ask', { id: Q, contactRole, text: 'Wanneer komt u?' });
  return tx;
}

describe('who answers a question', () => {
  it('only the consulent, casusregisseur and maatschappelijk begeleider answer in the app', () => {
    expect(CONTACT_ROLES.filter(answersInApp)).toEqual(['consulent-inburgering', 'casusregisseur', 'maatschappelijk-begeleider']);
    expect(answersInApp('toString')).toBe(false);
  });

  it('routes each role to one staff role; roles without the app to the consulent', () => {
    expect(answererOf('maatschappelijk-begeleider')).toBe('begeleider');
    expect(answererOf('consulent-inburgering')).toBe('consulent');
    expect(answererOf('casusregisseur')).toBe('consulent');
    expect(answererOf('taalschool')).toBe('consulent');
    expect(answererOf('constructor')).toBe('consulent');
    expect(mayAnswer('begeleider', 'consulent-inburgering')).toBe(false);
    expect(mayAnswer('consulent', 'maatschappelijk-begeleider')).toBe(false);
  });

  it('the policy lets both staff roles use question.answer, never a helper or the inburgeraar', () => {
    expect(MUTATION_ACTORS['question.answer']).toEqual(['begeleider', 'consulent']);
  });

  it('question.answer by the addressed role is applied and names its author', async () => {
    const tx = await asked('maatschappelijk-begeleider', 'begeleider');
    await applyMutation(tx, 'question.answer', { dossierId: tx.dossierId, questionId: Q, text: 'Dinsdag om 10 uur.' });
    expect(tx.rows.get(`questions:${rowKey(tx.dossierId, Q)}`)).toMatchObject({ answer: 'Dinsdag om 10 uur.', answeredBy: 'staff-1' });
  });

  it('question.answer by another role is refused with not-addressed-to-you', async () => {
    const toConsulent = await asked('casusregisseur', 'begeleider');
    expect(await refusal(toConsulent, 'question.answer', { dossierId: toConsulent.dossierId, questionId: Q, text: 'Ja' })).toBe('not-addressed-to-you');
    const toBegeleider = await asked('maatschappelijk-begeleider', 'consulent');
    expect(await refusal(toBegeleider, 'question.answer', { dossierId: toBegeleider.dossierId, questionId: Q, text: 'Ja' })).toBe('not-addressed-to-you');
    expect(toBegeleider.rows.get(`questions:${rowKey(toBegeleider.dossierId, Q)}`)).not.toHaveProperty('answer');
  });
});

describe('questionReadableBy', () => {
  it('staff read the questions their role answers; the inburgeraar all of their own', () => {
    expect(questionReadableBy('begeleider', { contactRole: 'maatschappelijk-begeleider' })).toBe(true);
    expect(questionReadableBy('begeleider', { contactRole: 'consulent-inburgering' })).toBe(false);
    expect(questionReadableBy('consulent', { contactRole: 'maatschappelijk-begeleider' })).toBe(false);
    expect(questionReadableBy('consulent', { contactRole: 'taalschool' })).toBe(true);
    expect(questionReadableBy('inburgeraar', { contactRole: 'maatschappelijk-begeleider' })).toBe(true);
  });
});
