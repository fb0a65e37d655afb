import type { Activity, ActivityBody } from '../../src/domain/activities';

// Test data for local activities: a weekly taalcafé at the library, changed by `overrides`
// (pass `weekly: undefined` with `start` and `end` for a one-off).

export function anActivityBody(overrides: Partial<ActivityBody> = {}): ActivityBody {
  const body: ActivityBody = {
    kind: 'taalcafe',
    title_nl: 'Taalcafé in de bibliotheek',
    description_nl: 'Praat Nederlands met andere mensen. Koffie en thee zijn gratis.',
    translations: { ar: { title: 'مقهى اللغة في المكتبة', description: 'تحدث الهولندية مع أشخاص آخرين. القهوة والشاي مجانًا.' } },
    weekly: { weekday: 2, startTime: '14:00', endTime: '16:00' },
    location: { name: 'Bibliotheek', address: 'Bogaardplein 1, Rijswijk' },
    free: true,
    languages: ['nl', 'ar', 'uk'],
    ...overrides,
  };
  for (const key of Object.keys(body) as (keyof ActivityBody)[]) if (body[key] === undefined) delete body[key];
  return body;
}

export function anActivity(overrides: Partial<Activity> = {}): Activity {
  const { id = 'taalcafe-bieb', updatedAt = '2026-12-01T09:00:00.000Z', ...rest } = overrides;
  return { id, ...anActivityBody(rest), updatedAt };
}
