import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UGA23ZSO.js";
import "./chunks/chunk-FNG56N3M.js";
import "./chunks/chunk-VBMYTKAJ.js";
import "./chunks/chunk-6THF7KGA.js";
import "./chunks/chunk-AMDHDRYJ.js";
import "./chunks/chunk-HWVIYGBD.js";
import "./chunks/chunk-TE5S4JRX.js";
import "./chunks/chunk-XYDU2MH7.js";

// src/cli/main.ts
async function readStdin() {
  let chunks = [];
  for await (let chunk of process.stdin) chunks.push(chunk);
  return new TextDecoder().decode(Buffer.concat(chunks));
}
process.stdout.on("error", (err) => {
  throw err.code === "EPIPE" && process.exit(process.exitCode ?? 0), err;
});
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  readStdin
});
