import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
} from "./chunk-BTJSWHSH.js";
import "./chunk-OVHRWHYG.js";
import "./chunk-QKV6D4AO.js";
import "./chunk-XIKJDTQ2.js";
import "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
};
