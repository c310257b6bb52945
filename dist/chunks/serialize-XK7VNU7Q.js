import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  COVER_KINDS
} from "./chunk-WUPCKFHW.js";
import {
  require_dist
} from "./chunk-ED2TTB4K.js";
import {
  __toESM
} from "./chunk-XYDU2MH7.js";

// src/course/serialize.ts
var import_yaml = __toESM(require_dist(), 1);
var COURSE_SCHEMA_URL = "https://compstd.dev/schemas/course.schema.json";
function courseYaml(mapping, o = {}) {
  let doc = new import_yaml.Document(mapping), units = doc.get("units", !0);
  return (0, import_yaml.isSeq)(units) && units.items.forEach((item, i) => {
    if (!(0, import_yaml.isMap)(item)) return;
    for (let kind of COVER_KINDS) {
      let list = item.get(kind, !0);
      (0, import_yaml.isSeq)(list) && (list.flow = !0);
    }
    let notes = o.comments?.get(i);
    notes && notes.length > 0 && (item.commentBefore = notes.map((n) => ` ${n.replace(/[\r\n]+/g, " ")}`).join(`
`));
  }), `# yaml-language-server: $schema=${o.schema ?? COURSE_SCHEMA_URL}
${doc.toString({ lineWidth: 0 })}`;
}
function modelineSchema(text) {
  return /^#\s*yaml-language-server:\s*\$schema=(\S+)/.exec(text)?.[1];
}
export {
  COURSE_SCHEMA_URL,
  courseYaml,
  modelineSchema
};
