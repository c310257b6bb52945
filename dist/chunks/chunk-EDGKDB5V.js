import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/cli/io.ts
function colorLevel(stream, env, flag) {
  if (flag === !1) return 0;
  let force = env.FORCE_COLOR;
  return force !== void 0 ? force === "0" || force === "false" ? 0 : force === "2" ? 2 : force === "3" ? 3 : 1 : flag === !0 ? 1 : env.NO_COLOR !== void 0 && env.NO_COLOR !== "" || !stream.isTTY || env.TERM === "dumb" ? 0 : env.COLORTERM === "truecolor" || env.COLORTERM === "24bit" ? 3 : env.TERM?.includes("256") ? 2 : 1;
}
function columnsOf(env) {
  let n = Number(env.COLUMNS);
  return Number.isInteger(n) && n > 0 ? n : void 0;
}
function outputWidth(stream, env, flag) {
  return flag !== void 0 ? flag : stream.isTTY && stream.columns && stream.columns > 0 ? stream.columns : columnsOf(env) ?? 80;
}

export {
  colorLevel,
  columnsOf,
  outputWidth
};
