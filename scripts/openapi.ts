// Writes docs/openapi.json from the server's zod schemas (src/server/http/openapi.ts).
// Run after changing a request or answer schema: `npm run openapi`. tests/server/openapi.test.ts
// fails while the file differs from what the server serves at GET /api/openapi.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildOpenApiDocument } from '../src/server/http/openapi';


const target = path.resolve(import.meta.dirname, '../docs/openapi.json');
await writeFile(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
