import { expect } from 'vitest';

/** Longest message a person is expected to read in one go. */
const MAX_MESSAGE = 300;

/**
 * Messages fit to show a person: at least one; each names `source` (the file), is short, has
 * no control characters (a NUL or a terminal escape from the file must be shown escaped) and
 * no stack trace.
 */
export function expectClearMessages(messages: string[], source: string): void {
  expect(messages.length, 'at least one message').toBeGreaterThan(0);
  for (const message of messages) {
    expect(message, 'names the file').toContain(source);
    expect(message.length, `short enough to read: ${message.slice(0, 80)}…`).toBeLessThanOrEqual(
      MAX_MESSAGE + source.length,
    );
    // eslint-disable-next-line no-control-regex
    expect(message, 'no control characters').not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(message, 'no stack trace').not.toMatch(/\n\s+at /);
  }
}
