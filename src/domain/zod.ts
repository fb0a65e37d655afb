import { z } from 'zod';

// Every schema the browser uses imports zod from here, so this setting is made before any schema is
// built (zod reads it then), whatever order the bundler evaluates its chunks in. In the browser
// our Content-Security-Policy forbids eval: zod must not even try it (each try is reported as an
// issue). The server has no such policy and keeps zod's faster compiled parsers.
z.config({ jitless: typeof window !== 'undefined' });

export { z };
