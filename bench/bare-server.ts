import { createServer } from 'node:http';

/**
 * The baseline: bare node:http answering one fixed JSON document (of the size of a real
 * certificate response) to every request, after reading the request body.
 */
const body = Buffer.from(process.env.BARE_BODY ?? '{}');
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    response.end(body);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
