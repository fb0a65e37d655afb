import { z } from 'zod';

// Our Content-Security-Policy forbids eval, so zod must not even try it (the browser reports each
// try as an issue). zod reads this when a schema is built: import this module before any schema.
z.config({ jitless: true });
