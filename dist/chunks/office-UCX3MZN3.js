import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
} from "./chunk-2QGEKVPJ.js";
import "./chunk-OVHRWHYG.js";
import "./chunk-4FP2LTHJ.js";
import "./chunk-BOCYW7WS.js";
import "./chunk-GPVGZVKZ.js";
import "./chunk-NDWF3NAI.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
};
