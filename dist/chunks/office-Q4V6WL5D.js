import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
} from "./chunk-CRW2GLOO.js";
import "./chunk-OVHRWHYG.js";
import "./chunk-S36RTSRW.js";
import "./chunk-SG52LJXQ.js";
import "./chunk-TSIMHICY.js";
import "./chunk-QDICOLGG.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
};
