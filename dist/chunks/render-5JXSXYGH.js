import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  columnsOf,
  outputWidth
} from "./chunk-EDGKDB5V.js";
import {
  canonicalFormat,
  makeRenderContext
} from "./chunk-RAD7MORV.js";
import "./chunk-H42XODIB.js";
import {
  UsageError
} from "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/cli/render.ts
import { resolve } from "node:path";
async function render(ctx, formats, o, data) {
  let name = canonicalFormat(formats, o.format);
  if (name === void 0) throw new UsageError(msg("cli.unknown-format", { format: o.format, allowed: Object.keys(formats) }));
  let textHelpers = () => Promise.all([import("./terminal-PJWYZXKR.js"), import("./width-MYRU3UMI.js"), import("./style-A3WVCN5L.js")]), early = name === "text" ? textHelpers() : void 0, f = await formats[name](), toFile = o.output !== void 0 && o.output !== "-";
  if (f.medium === "binary" && !toFile) throw new UsageError(msg("cli.binary-needs-output", { format: name }));
  let { stdout, env } = ctx.io, tty = !toFile && stdout.isTTY === !0, width = outputWidth(toFile ? { write: () => !0 } : stdout, env, o.width), input = data, style;
  if (f.medium === "text") {
    let [{ terminalSafeDeep }, { prepareDisplayWidth, stringsOf }, { makeStyle }] = await (early ?? textHelpers());
    input = terminalSafeDeep(data), await prepareDisplayWidth(stringsOf(input)), style = makeStyle(toFile ? 0 : ctx.color);
  } else
    style = (await import("./style-A3WVCN5L.js")).PLAIN;
  let rc = makeRenderContext({
    width,
    fit: o.width !== void 0 || tty || columnsOf(env) !== void 0,
    style,
    border: o.ascii ? "ascii" : "unicode",
    lang: ctx.lang,
    csv: { bom: o.bom ?? !0, delimiter: o.delimiter ?? ",", formulaGuard: o.formulaGuard ?? !0 }
  }), out = await f.format(input, rc);
  if (toFile) {
    let { writeFileAtomic } = await import("./write-DQ4ULEBX.js");
    writeFileAtomic(resolve(ctx.io.cwd, o.output), out, o.output), ctx.warn(ctx.t(msg("cli.wrote", { file: o.output })));
  } else
    ctx.out(typeof out == "string" ? out : "");
}
export {
  render
};
