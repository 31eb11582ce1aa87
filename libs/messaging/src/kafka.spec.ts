import { createServer, Server } from 'node:net';
import { createKafka, kafkaReady } from './kafka';
import { MessagingLogger } from './logger';
import { kafkaBrokers, kafkaSasl, quietLogger } from './spec-support';

/** Starts the server on a free local port: the port. */
async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 1;
}

/** A port that nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Kafka client and readiness (real broker)', () => {
  it('reports a reachable cluster as ready', async () => {
    const result = await kafkaReady(createKafka(kafkaBrokers(), 'messaging-spec', undefined, kafkaSasl()), 10_000);
    expect(result).toEqual({ ok: true, detail: expect.stringMatching(/^1 broker\(s\)/) });
  });

  it('reports an unreachable one within the timeout, its errors going to our logger rather than the console', async () => {
    const lines: string[] = [];
    const logger: MessagingLogger = {
      log: (m) => lines.push(m),
      warn: (m) => lines.push(m),
      error: (m) => lines.push(m),
    };
    const startedAt = Date.now();
    const result = await kafkaReady(createKafka([`127.0.0.1:${await closedPort()}`], 'messaging-spec', logger), 1500);
    expect(result.ok).toBe(false);
    expect(Date.now() - startedAt).toBeLessThan(3000);
    expect(lines.some((line) => line.startsWith('kafkajs '))).toBe(true);
  });

  it('with a client made for probes, leaves nothing reconnecting once it has answered', async () => {
    let connections = 0;
    const broken = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    const port = await listen(broken);
    try {
      const result = await kafkaReady(
        createKafka([`127.0.0.1:${port}`], 'messaging-spec', quietLogger, undefined, 0),
        1500,
      );
      expect(result.ok).toBe(false);
      const answeredAfter = connections;
      expect(answeredAfter).toBeGreaterThan(0);
      // kafkajs' first retry comes within 300 ms ± 20%, the next ones sooner than 2 s after it.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(connections).toBe(answeredAfter);
    } finally {
      await new Promise((resolve) => broken.close(resolve));
    }
  });
});
