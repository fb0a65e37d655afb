// Apart from the schemas (personalApi.ts): the phone names the route on its agenda screen, and loads
// the schemas, with zod, only when it reads the answer.

export const CALENDAR_FEED_PATH = '/api/calendar-feed';
