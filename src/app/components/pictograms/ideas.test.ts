import { describe, expect, it } from 'vitest';
import { APPOINTMENT_KINDS, CONTACT_ROLES, STEP_KINDS } from '../../../domain/enums';
import { appointmentPictogram } from '../appointmentPictogram';
import { rolePictogram, stepPictogram } from '../kindPictograms';
import { CORE_PICTOGRAMS } from './core';
import { EXTENDED_PICTOGRAMS } from './extended';
import { PERSONAL_PICTOGRAMS } from './personal';

// Issue 11, "one picture per idea, one idea per picture". A pictogram's name is its idea; core.ts,
// personal.ts and extended.ts together are the one map of ideas to pictures. A newcomer who reads little learns
// a picture once: the same picture for two ideas (a house for the app's start, the rent and the
// home visit) or two pictures for one idea (a court and a briefcase for the PVT) misleads them.

const IDEAS: Record<string, unknown> = { ...CORE_PICTOGRAMS, ...PERSONAL_PICTOGRAMS, ...EXTENDED_PICTOGRAMS };

/** The pictures used for more than one idea, as "picture: idea, idea". */
function sharedPictures(ideas: Record<string, unknown>): string[] {
  const byPicture = new Map<unknown, string[]>();
  for (const [idea, picture] of Object.entries(ideas)) byPicture.set(picture, [...(byPicture.get(picture) ?? []), idea]);
  return [...byPicture.values()].filter((names) => names.length > 1).map((names) => names.join(', '));
}

describe('one picture per idea, one idea per picture', () => {
  it('gives no two ideas the same picture', () => {
    expect(sharedPictures(IDEAS)).toEqual([]);
  });

  it('finds a clash when two ideas share a picture (the check can fail)', () => {
    const house = {};
    expect(sharedPictures({ home: house, rent: house, agenda: {} })).toEqual(['home, rent']);
  });

  it('names no idea twice between the first-screen pictures and the others', () => {
    const names = [...Object.keys(CORE_PICTOGRAMS), ...Object.keys(PERSONAL_PICTOGRAMS), ...Object.keys(EXTENDED_PICTOGRAMS)];
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('shows an appointment about a traject step with that step’s picture', () => {
    const shared = APPOINTMENT_KINDS.filter((kind): kind is (typeof APPOINTMENT_KINDS)[number] & (typeof STEP_KINDS)[number] =>
      (STEP_KINDS as readonly string[]).includes(kind),
    );
    expect(shared).toEqual(expect.arrayContaining(['map', 'pvt', 'voortgangsgesprek', 'werk']));
    for (const kind of shared) expect(appointmentPictogram(kind), kind).toBe(stepPictogram(kind));
  });

  it('gives each kind of appointment a picture of its own', () => {
    const pictures = APPOINTMENT_KINDS.map((kind) => appointmentPictogram(kind));
    expect(new Set(pictures).size).toBe(pictures.length);
  });

  it('keeps the pictures the issue named apart', () => {
    // The start of the app, the rent and the home visit; activation, PIN, passkey, paying yourself
    // and a share code; "later" is not an empty box that looks like a tick box.
    const apart = ['home', 'housing', 'homeVisit', 'family', 'key', 'pin', 'passkey', 'payYourself', 'shareCode', 'later', 'done', 'coming'];
    for (const name of apart) expect(IDEAS[name], name).toBeDefined();
    expect(new Set(apart.map((name) => IDEAS[name])).size).toBe(apart.length);
    expect(stepPictogram('pvt')).toBe('pvt');
  });

  it('shows a person in the traject and a step of the traject with different pictures', () => {
    // A progress talk and the taalmaatje once shared a speech balloon. Where a person's role and a
    // step share a picture it is because they are one idea: the work consulent and the work step.
    const stepsBy = new Map<string, string[]>();
    for (const kind of STEP_KINDS) stepsBy.set(stepPictogram(kind), [...(stepsBy.get(stepPictogram(kind)) ?? []), kind]);
    const shared = CONTACT_ROLES.flatMap((role) => (stepsBy.get(rolePictogram(role)) ?? []).map((step) => `${role} ~ ${step}`));
    expect(shared).toEqual(['werkconsulent ~ map']);
  });
});
