/** Reads Fastify's route tree (`printRoutes({ commonPrefix: false })`): each line is a path segment under its parent. */
export function parseRoutes(printed: string): { method: string; url: string }[] {
  const stack: string[] = [];
  const routes: { method: string; url: string }[] = [];
  for (const line of printed.split('\n')) {
    const match = /^([│ ]*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    const url = `${stack.at(-1) ?? ''}${match[2] ?? ''}`.replace(/^\/?/, '/');
    stack.push(url);
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) routes.push({ method, url });
  }
  return routes;
}
