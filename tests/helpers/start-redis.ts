import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A redis-server of the tests' own. */
export interface TestRedis {
  /** Its `redis://` URL on the loopback interface. */
  readonly url: string;
  /** The server's process id (the queue bench reads its CPU time). */
  readonly pid: number | undefined;
  /** Stops the server and removes its folder. */
  readonly stop: () => Promise<void>;
}

/** A TCP port nobody listens on now: the one the system gives a server on port 0. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real redis-server (Debian's `redis-server` package; `.ci/run` installs it) on a free
 * loopback port, with no persistence, in a temporary folder. The queue is tested against Redis
 * itself, never a mock, because its guarantees are Redis's and BullMQ's behaviour.
 */
export async function startRedis(): Promise<TestRedis> {
  const port = await findFreePort();
  const directory = mkdtempSync(join(tmpdir(), 'presswork-redis-'));
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', directory], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    server.on('error', (error) => reject(new Error(`cannot start redis-server (install Debian's redis-server package): ${error.message}`)));
    server.on('exit', (code) => reject(new Error(`redis-server exited with code ${code}: ${output}`)));
    server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: server.pid,
    stop: async () => {
      const exited = server.exitCode === null ? new Promise((resolve) => server.once('exit', resolve)) : Promise.resolve();
      server.kill('SIGTERM');
      await exited;
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
