/**
 * Names for cache files, from a path or a text, and keys of a file's bytes: 64 bits of FNV-1a, as hex. Not a cryptographic
 * hash and not meant as one: a cache file says whose it is (its path, its catalogue), checked
 * on every read, so two names that meet cost a miss, never a wrong answer. It spares loading
 * node:crypto (~6 ms) on a warm run that reads nothing but what the cache holds.
 */
export function nameKey(text: string): string {
  return fnv(text.length, (i) => text.charCodeAt(i));
}

/** Two 32-bit FNV-1a passes with different offset bases over `length` units, as 16 hex digits. */
function fnv(length: number, unit: (i: number) => number): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < length; i++) {
    const c = unit(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The same over bytes: what the catalogue's index keeps of a file's content, to tell a racy
 * stamp's file changed (a second write in the clock tick of the first) from one that did not.
 */
export function bytesKey(bytes: Uint8Array): string {
  return fnv(bytes.length, (i) => bytes[i]!) + bytes.length.toString(16);
}

let counter = 0;

/** A name no other run or write of this one gives (time, process, a counter, chance). */
export function uniqueName(): string {
  counter++;
  return `${Date.now().toString(36)}-${process.pid.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
