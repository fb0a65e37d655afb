import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';

/** Serves a built floor app on loopback, gzip as the app is served; returns its origin. */
export async function serveFloor(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const app: FastifyInstance = Fastify({ logger: false });
  await app.register(fastifyCompress, { global: true });
  await app.register(fastifyStatic, { root, cacheControl: false, setHeaders: (reply) => reply.header('cache-control', 'no-cache') });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return { origin, close: () => app.close() };
}
