// The paths of the app's screens, named once. The screen registry (src/app/screens/registry.ts)
// routes them; a notification (webPush.ts) and a change shown on home (whatChanged.ts) point to
// them. The domain cannot import the app, so the names live here.
export const SCREEN_PATHS = {
  home: '/',
  agenda: '/agenda',
  traject: '/traject',
  mensen: '/mensen',
  vraag: '/vraag',
  geld: '/geld',
  geregeld: '/geregeld',
  info: '/info',
  language: '/language',
  delen: '/delen',
  telefoon: '/telefoon',
} as const;

export type ScreenPath = (typeof SCREEN_PATHS)[keyof typeof SCREEN_PATHS];
