import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot, type Served } from '../test/e2e/harness';

/**
 * Serves DIR (a build, or a copy of one so that it can be measured while others rebuild build/)
 * with scripts/serve.js on a free loopback port.
 */
export async function serveDir(dir: string): Promise<Served> {
  if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing`);
  const child = spawn(process.execPath, ['scripts/serve.js', '0', dir], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
      if (match) done(match[0]);
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}
