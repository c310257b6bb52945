import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-CXIICIJL.js";
import "./chunks/chunk-THVLAIJP.js";
import "./chunks/chunk-AMDHDRYJ.js";
import "./chunks/chunk-EDGKDB5V.js";
import "./chunks/chunk-RAD7MORV.js";
import "./chunks/chunk-H42XODIB.js";
import "./chunks/chunk-FNG56N3M.js";
import {
  ioMessage
} from "./chunks/chunk-XIKJDTQ2.js";
import "./chunks/chunk-NTGAD4TH.js";
import {
  t
} from "./chunks/chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG,
  parseLang
} from "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-TU2EU5MG.js";
import "./chunks/chunk-XYDU2MH7.js";

// src/cli/main.ts
import { writeSync } from "node:fs";
async function readStdin(limit) {
  let { MAX_STANDARD_BYTES, readStreamBounded } = await import("./chunks/bounded-TANCPM46.js");
  return new TextDecoder().decode(await readStreamBounded(process.stdin, limit ?? MAX_STANDARD_BYTES));
}
function langOf(argv) {
  let at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  return at < 0 ? process.env.COMPSTD_LANG : argv[at].startsWith("--lang=") ? argv[at].slice(7) : argv[at + 1];
}
var stdoutFailed = !1;
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE" && process.exit(process.exitCode ?? 0), stdoutFailed) return;
  stdoutFailed = !0;
  let lang = parseLang(langOf(process.argv.slice(2))) ?? DEFAULT_LANG;
  try {
    writeSync(2, `compstd: ${t(lang, ioMessage("stdout", err.code ?? "EIO"))}
`);
  } catch {
  }
  process.exit(2);
});
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  readStdin
});
