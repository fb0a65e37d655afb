import type { Activity, ActivityBody } from '../../src/domain/activities';

// Test data for local activities: a weekly taalcafé at the library, changed by `overrides`
// (pass `weekly: undefined` with `start` and `end` for a one-off).

export function anActivityBody(overrides: Partial<ActivityBody> = {}): ActivityBody {
  const body = {
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
  // `weekly: undefined` means "no repeat": leave the key out, as JSON would.
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as ActivityBody;
}

export function anActivity(overrides: Partial<Activity> = {}): Activity {
  const { id = 'taalcafe-bieb', updatedAt = '2026-12-01T09:00:00.000Z', ...rest } = overrides;
  return { id, ...anActivityBody(rest), updatedAt };
}
