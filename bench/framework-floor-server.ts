import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';

/**
 * The second baseline: what the framework alone costs. Fastify with the cookie plugin, as the server has
 * them, answering a GET with a validated id parameter by serialising the same JSON document (parsed once at
 * start) that the bare server sends as fixed bytes. The read's distance from this floor is the server's own
 * work: session, access, the stored row, the PDL record and the presentation.
 */
const document = JSON.parse(process.env.BARE_BODY ?? '{}') as object;
const app = Fastify({ logger: false });
await app.register(fastifyCookie);
app.get(
  '/api/certificates/:id',
  { schema: { params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } },
  async () => document,
);
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
