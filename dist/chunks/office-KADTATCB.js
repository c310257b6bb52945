import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
} from "./chunk-4PMPPPSZ.js";
import "./chunk-OVHRWHYG.js";
import "./chunk-5JNINCTQ.js";
import "./chunk-3HN7CLOZ.js";
import "./chunk-5T2RDWGD.js";
import "./chunk-CHLQOWG4.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  hasDoctype,
  isOfficeFile,
  officeXmlOf,
  readOfficeXml
};
