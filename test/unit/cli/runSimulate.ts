import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run simulate -- ...args` from the project root as a user would. */
export function runSimulate(args: string[]): Promise<Finished> {
  return runScript('simulate', args);
}

/** Runs `npm run <script> -- ...args` from the project root as a user would. */
export function runScript(script: string, args: string[]): Promise<Finished> {
  return new Promise((resolve) => {
    const options = { cwd: root, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 };
    execFile('npm', ['run', '-s', script, '--', ...args], options, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}
