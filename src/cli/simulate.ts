import { runCli } from './runCli';

// Progress only on a terminal, on one line redrawn in place; pipes and files get results only.
const onProgress = process.stderr.isTTY
  ? (done: number, total: number) => {
      process.stderr.write(`\rsimulating: block ${done} of ${total}`);
      if (done === total) process.stderr.write('\r\x1b[K');
    }
  : undefined;

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  onProgress,
};

// An unexpected failure still ends in one line, not a stack trace (exit code 1).
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`simulate failed: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
