import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/lib/charts/export/wrapText';

// One unit of width per character makes the expected breaks easy to state by hand.
const chars = (text: string) => Array.from(text).length;

describe('wrapText', () => {
  it('leaves a line that fits alone', () => {
    expect(wrapText(['± is a 95% interval'], 40, chars)).toEqual(['± is a 95% interval']);
  });

  it('breaks an English footnote at spaces so no line is wider than the page', () => {
    const note = '± is a 95% interval over trials; a narrow one is narrower than the spread';
    const out = wrapText([note], 20, chars);
    for (const line of out) expect(chars(line)).toBeLessThanOrEqual(20);
    expect(out.join(' ')).toBe(note);
    expect(out[0]).toBe('± is a 95% interval');
  });

  it('breaks Chinese text between characters where it has no spaces', () => {
    const note = '±为试验间的95%区间，比代表之间的差异更窄';
    const out = wrapText([note], 8, chars);
    for (const line of out) expect(chars(line)).toBeLessThanOrEqual(8);
    expect(out.join('')).toBe(note);
    expect(out).toHaveLength(Math.ceil(chars(note) / 8));
  });

  it('keeps a word longer than the width on lines of its own rather than looping', () => {
    const out = wrapText(['a verylongwordhere b'], 5, chars);
    for (const line of out) expect(chars(line)).toBeLessThanOrEqual(5);
    expect(out.join('').replaceAll(' ', '')).toBe('averylongwordhereb');
    expect(out[0]).toBe('a');
  });
});
