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

  it('fills a Chinese line that has spaces around numbers instead of breaking at them', () => {
    const note =
      '± 为蒙特卡洛误差的 95% 区间：1.96 个标准误；代表效用和薪酬离散度的误差按试验分块计算';
    const out = wrapText([note], 16, chars);
    for (const line of out) expect(chars(line)).toBeLessThanOrEqual(16);
    // Every line but the last is full, to a character or two of punctuation or a number kept
    // whole, and none starts with closing punctuation.
    for (const line of out.slice(0, -1)) expect(chars(line)).toBeGreaterThanOrEqual(14);
    for (const line of out) expect(line).not.toMatch(/^[，。、；：）%]/);
    expect(out.join('').replaceAll(' ', '')).toBe(note.replaceAll(' ', ''));
  });

  it('keeps the numbers of a Chinese line whole and breaks English only at spaces', () => {
    expect(wrapText(['区间为1.96个标准误'], 5, chars)).toEqual(['区间为', '1.96个', '标准误']);
    expect(wrapText(['a narrow one'], 9, chars)).toEqual(['a narrow', 'one']);
  });
});
