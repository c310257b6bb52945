import { describe, expect, it } from 'vitest';
import { colorLevel, outputWidth } from './io.js';

const tty = { write: () => true, isTTY: true, columns: 120 };
const pipe = { write: () => true };

describe('colorLevel', () => {
  it('colours a terminal and not a pipe', () => {
    expect(colorLevel(tty, {}, undefined)).toBe(1);
    expect(colorLevel(tty, { TERM: 'xterm-256color' }, undefined)).toBe(2);
    expect(colorLevel(tty, { COLORTERM: 'truecolor' }, undefined)).toBe(3);
    expect(colorLevel(pipe, {}, undefined)).toBe(0);
    expect(colorLevel(tty, { TERM: 'dumb' }, undefined)).toBe(0);
  });
  it('obeys NO_COLOR, FORCE_COLOR and the flags', () => {
    expect(colorLevel(tty, { NO_COLOR: '1' }, undefined)).toBe(0);
    expect(colorLevel(tty, { NO_COLOR: '' }, undefined)).toBe(1);
    expect(colorLevel(pipe, { FORCE_COLOR: '1' }, undefined)).toBe(1);
    expect(colorLevel(pipe, { FORCE_COLOR: '3' }, undefined)).toBe(3);
    expect(colorLevel(tty, { FORCE_COLOR: '0' }, undefined)).toBe(0);
    expect(colorLevel(tty, { FORCE_COLOR: '1' }, false)).toBe(0);
    expect(colorLevel(pipe, {}, true)).toBe(1);
    expect(colorLevel(pipe, { NO_COLOR: '1' }, true)).toBe(1);
  });
});

describe('outputWidth', () => {
  it('prefers the flag, then the terminal, then COLUMNS, then 80', () => {
    expect(outputWidth(tty, { COLUMNS: '100' }, 60)).toBe(60);
    expect(outputWidth(tty, { COLUMNS: '100' }, undefined)).toBe(120);
    expect(outputWidth(pipe, { COLUMNS: '100' }, undefined)).toBe(100);
    expect(outputWidth(pipe, { COLUMNS: 'x' }, undefined)).toBe(80);
  });
});
