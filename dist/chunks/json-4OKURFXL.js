import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  formatter
} from "./chunk-RAD7MORV.js";
import "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/list/json.ts
var listJsonFormatter = formatter("json", ({ rows }) => `${JSON.stringify(rows, null, 2)}
`);
export {
  listJsonFormatter
};
