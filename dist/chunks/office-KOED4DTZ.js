import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
} from "./chunk-X7DR4YXQ.js";
import "./chunk-OVHRWHYG.js";
import "./chunk-JA3VNJWX.js";
import "./chunk-LPU77HRA.js";
import "./chunk-ACAFZKBQ.js";
import "./chunk-KXLS3BQD.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
};
