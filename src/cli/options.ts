/** Parsers for option values shared by commands; bad values are usage errors (exit 2). */
import { InvalidArgumentError } from 'commander';
import { parseLang, type Lang } from '../model/i18n.js';

/** --lang: zh, zh-TW, zh-Hant → zh-Hant; en, en-US → en. */
export function langOption(value: string): Lang {
  const lang = parseLang(value);
  if (!lang) throw new InvalidArgumentError('Allowed: zh-Hant, en.');
  return lang;
}

export function positiveInt(name: string, min = 1): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^[0-9]+$/.test(value.trim()) || !Number.isInteger(n) || n < min) {
      throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}.`);
    }
    return n;
  };
}

/** A choice among fixed values, case-insensitive; the error lists them. */
export function choice<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    const v = value.trim().toLowerCase();
    const hit = values.find((c) => c === v);
    if (!hit) throw new InvalidArgumentError(`Allowed: ${values.join(', ')}.`);
    return hit;
  };
}

/** Comma-separated choices, repeatable: `--section header,tasks --section notes`. */
export function choiceList<T extends string>(values: readonly T[]): (value: string, previous: T[] | undefined) => T[] {
  const one = choice(values);
  return (value, previous) => [...(previous ?? []), ...value.split(',').filter((s) => s.trim() !== '').map(one)];
}
