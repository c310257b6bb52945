import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
} from "./chunk-L3HB6W3C.js";
import "./chunk-OVHRWHYG.js";
import "./chunk-LOEVOGZX.js";
import "./chunk-BQQK7TXE.js";
import "./chunk-HE2ZO57D.js";
import "./chunk-PJ6LIDDK.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
};
