import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  formatter
} from "./chunk-RAD7MORV.js";
import "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/document/index.ts
var DOCUMENT_FORMATS = {
  docx: async () => {
    let [{ documentLayout }, { documentDocx }] = await Promise.all([import("./layout-QAL7MOSE.js"), import("./docx-SRMTXOSR.js")]);
    return formatter("binary", (d) => documentDocx(documentLayout(d.entry)));
  },
  odt: async () => {
    let [{ documentLayout }, { documentOdt }] = await Promise.all([import("./layout-QAL7MOSE.js"), import("./odt-4ZWGU6ER.js")]);
    return formatter("binary", (d) => documentOdt(documentLayout(d.entry)));
  }
};
export {
  DOCUMENT_FORMATS
};
