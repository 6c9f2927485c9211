// The baseline: a bare Fastify "hello" route in its own process, printing its URL like `serve` does.
import Fastify from 'fastify';

const app = Fastify({logger: false});
app.get('/hello', async () => ({hello: 'world'}));
const address = await app.listen({host: '127.0.0.1', port: 0});
process.stdout.write(`hello: serving on ${address}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
