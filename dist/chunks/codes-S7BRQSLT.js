import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  standardItems
} from "./chunk-PWFPJ7LD.js";
import "./chunk-XYDU2MH7.js";
export {
  standardItems
};
