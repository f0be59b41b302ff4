import { runData } from './runData';

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
};

// An unexpected failure still ends in one line, not a stack trace (exit code 1).
runData(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`data failed: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
