import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/load/generated/standard-validator.js
var validate = validate10;
var schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://compstd.dev/schemas/standard.schema.json", title: "compstd standard", description: "One version of an occupational competency standard (\u8077\u80FD\u57FA\u6E96) as published on iCAP", additionalProperties: !1, type: "object", required: ["code", "version", "name", "nameKind", "versions", "categories", "occupations", "industries", "description", "level", "duties", "knowledge", "skills", "attitudes", "notes"], properties: { code: { pattern: "\\S", description: "\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC of this version, e.g. IIS3512-001v3", type: "string" }, version: { minimum: 1, description: "Version number of this file (v3 \u2192 3)", type: "integer" }, name: { description: "\u8077\u80FD\u57FA\u6E96\u540D\u7A31", type: "string" }, nameKind: { type: "string", enum: ["occupation", "category"], description: "Whether the name was filled in as a \u8077\u696D (occupation) or a \u8077\u985E (job category)" }, title: { description: "Document title line, e.g. \u96F2\u7AEF\u652F\u63F4\u670D\u52D9\u4EBA\u54E1\u8077\u80FD\u57FA\u6E96", type: "string" }, versions: { description: "The version table (\u7248\u672C\u8868) as printed, newest first", type: "array", items: { additionalProperties: !1, type: "object", required: ["version", "code", "name", "status", "note", "date"], properties: { version: { minimum: 1, description: "\u7248\u672C (V3 \u2192 3)", type: "integer" }, code: { pattern: "\\S", description: "\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC as printed in the row", type: "string" }, name: { description: "\u8077\u80FD\u57FA\u6E96\u540D\u7A31 of that version", type: "string" }, status: { type: "string", enum: ["current", "historical"], description: "\u72C0\u614B: current = \u6700\u65B0\u7248\u672C, historical = \u6B77\u53F2\u7248\u672C" }, note: { description: "\u66F4\u65B0\u8AAA\u660E as printed (e.g. \u5DF2\u88AB\u300AIIS3512-001v3\u300B\u53D6\u4EE3, \u7565)", type: "string" }, date: { description: "\u767C\u5C55\u66F4\u65B0\u65E5\u671F as YYYY-MM-DD (printed 2024/12/15); null when not printed", anyOf: [{ pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", type: "string" }, { type: "null" }] } } } }, categories: { description: "\u8077\u985E\u5225 rows", type: "array", items: { additionalProperties: !1, type: "object", required: ["name", "code"], properties: { name: { description: "\u8077\u985E\u5225 (job category) name as published", type: "string" }, code: { pattern: "\\S", description: "\u8077\u985E\u5225 (job category) code, e.g. IIS", type: "string" } } } }, occupations: { description: "\u8077\u696D\u5225 rows", type: "array", items: { additionalProperties: !1, type: "object", required: ["name", "code"], properties: { name: { description: "\u8077\u696D\u5225 (occupation) name as published", type: "string" }, code: { pattern: "\\S", description: "\u8077\u696D\u5225 (occupation) code, e.g. 3512", type: "string" } } } }, industries: { description: "\u884C\u696D\u5225 rows", type: "array", items: { additionalProperties: !1, type: "object", required: ["name", "code"], properties: { name: { description: "\u884C\u696D\u5225 (industry) name as published", type: "string" }, code: { pattern: "\\S", description: "\u884C\u696D\u5225 (industry) code, e.g. J6312", type: "string" } } } }, description: { description: "\u5DE5\u4F5C\u63CF\u8FF0", type: "string" }, level: { description: "\u57FA\u6E96\u7D1A\u5225 1\u20136; null when not printed", anyOf: [{ type: "integer" }, { type: "null" }] }, duties: { description: "\u4E3B\u8981\u8077\u8CAC \u2192 \u5DE5\u4F5C\u4EFB\u52D9, in table order", type: "array", items: { additionalProperties: !1, type: "object", required: ["code", "title", "tasks"], properties: { code: { pattern: "\\S", description: "Duty code (\u4E3B\u8981\u8077\u8CAC), e.g. T1", type: "string" }, title: { description: "Duty title as published", type: "string" }, tasks: { type: "array", items: { additionalProperties: !1, type: "object", required: ["code", "title", "outputs", "rows"], properties: { code: { pattern: "\\S", description: "Task code (\u5DE5\u4F5C\u4EFB\u52D9), e.g. T1.1", type: "string" }, title: { description: "Task title as published", type: "string" }, outputs: { description: "\u5DE5\u4F5C\u7522\u51FA; may be empty", type: "array", items: { additionalProperties: !1, type: "object", required: ["code", "text"], properties: { code: { pattern: "\\S", description: "Work output (\u5DE5\u4F5C\u7522\u51FA), e.g. O1.1.1 code as printed", type: "string" }, text: { description: "Work output (\u5DE5\u4F5C\u7522\u51FA), e.g. O1.1.1 text as published", type: "string" } } } }, rows: { description: "The task's rows in the table: usually one, several when the task is split by level. Empty only when the duty has a shared row.", type: "array", items: { additionalProperties: !1, type: "object", required: ["level", "indicators", "knowledge", "skills"], properties: { level: { description: "\u8077\u80FD\u7D1A\u5225 1\u20136; null when the document sets no level", anyOf: [{ type: "integer" }, { type: "null" }] }, indicators: { description: "\u884C\u70BA\u6307\u6A19", type: "array", items: { additionalProperties: !1, type: "object", required: ["code", "text"], properties: { code: { pattern: "\\S", description: "Behaviour indicator (\u884C\u70BA\u6307\u6A19), e.g. P1.1.1 code as printed", type: "string" }, text: { description: "Behaviour indicator (\u884C\u70BA\u6307\u6A19), e.g. P1.1.1 text as published", type: "string" } } } }, knowledge: { description: "\u8077\u80FD\u5167\u6DB5 K (knowledge) codes", type: "array", items: { anyOf: [{ pattern: "\\S", description: "K code, e.g. K01", type: "string" }, { additionalProperties: !1, type: "object", required: ["code"], properties: { code: { pattern: "\\S", description: "K code, e.g. K01", type: "string" }, tasks: { description: "Tasks this item is tagged with in this row (\u3010T1.1\u3011\u3001\u3010T1.5\u3011)", type: "array", items: { pattern: "\\S", description: "Task code", type: "string" } }, name: { description: "The name printed in this row, when it differs from the standard-wide list", type: "string" } } }] } }, skills: { description: "\u8077\u80FD\u5167\u6DB5 S (skills) codes", type: "array", items: { anyOf: [{ pattern: "\\S", description: "S code, e.g. S01", type: "string" }, { additionalProperties: !1, type: "object", required: ["code"], properties: { code: { pattern: "\\S", description: "S code, e.g. S01", type: "string" }, tasks: { description: "Tasks this item is tagged with in this row (\u3010T1.1\u3011\u3001\u3010T1.5\u3011)", type: "array", items: { pattern: "\\S", description: "Task code", type: "string" } }, name: { description: "The name printed in this row, when it differs from the standard-wide list", type: "string" } } }] } } } } } } } }, shared: { additionalProperties: !1, description: "Old numbering: one printed row shared by all tasks of the duty, with outputs and indicators numbered per duty (O1.1, P1.1)", type: "object", required: ["outputs", "rows"], properties: { outputs: { type: "array", items: { additionalProperties: !1, type: "object", required: ["code", "text"], properties: { code: { pattern: "\\S", description: "Work output (\u5DE5\u4F5C\u7522\u51FA), e.g. O1.1.1 code as printed", type: "string" }, text: { description: "Work output (\u5DE5\u4F5C\u7522\u51FA), e.g. O1.1.1 text as published", type: "string" } } } }, rows: { type: "array", items: { additionalProperties: !1, type: "object", required: ["level", "indicators", "knowledge", "skills"], properties: { level: { description: "\u8077\u80FD\u7D1A\u5225 1\u20136; null when the document sets no level", anyOf: [{ type: "integer" }, { type: "null" }] }, indicators: { description: "\u884C\u70BA\u6307\u6A19", type: "array", items: { additionalProperties: !1, type: "object", required: ["code", "text"], properties: { code: { pattern: "\\S", description: "Behaviour indicator (\u884C\u70BA\u6307\u6A19), e.g. P1.1.1 code as printed", type: "string" }, text: { description: "Behaviour indicator (\u884C\u70BA\u6307\u6A19), e.g. P1.1.1 text as published", type: "string" } } } }, knowledge: { description: "\u8077\u80FD\u5167\u6DB5 K (knowledge) codes", type: "array", items: { anyOf: [{ pattern: "\\S", description: "K code, e.g. K01", type: "string" }, { additionalProperties: !1, type: "object", required: ["code"], properties: { code: { pattern: "\\S", description: "K code, e.g. K01", type: "string" }, tasks: { description: "Tasks this item is tagged with in this row (\u3010T1.1\u3011\u3001\u3010T1.5\u3011)", type: "array", items: { pattern: "\\S", description: "Task code", type: "string" } }, name: { description: "The name printed in this row, when it differs from the standard-wide list", type: "string" } } }] } }, skills: { description: "\u8077\u80FD\u5167\u6DB5 S (skills) codes", type: "array", items: { anyOf: [{ pattern: "\\S", description: "S code, e.g. S01", type: "string" }, { additionalProperties: !1, type: "object", required: ["code"], properties: { code: { pattern: "\\S", description: "S code, e.g. S01", type: "string" }, tasks: { description: "Tasks this item is tagged with in this row (\u3010T1.1\u3011\u3001\u3010T1.5\u3011)", type: "array", items: { pattern: "\\S", description: "Task code", type: "string" } }, name: { description: "The name printed in this row, when it differs from the standard-wide list", type: "string" } } }] } } } } } } } } } }, knowledge: { description: "\u8077\u80FD\u5167\u6DB5 K, standard-wide", type: "array", items: { additionalProperties: !1, type: "object", required: ["code", "name"], properties: { code: { pattern: "\\S", description: "Knowledge code, e.g. K01", type: "string" }, name: { description: "Knowledge name as published", type: "string" } } } }, skills: { description: "\u8077\u80FD\u5167\u6DB5 S, standard-wide", type: "array", items: { additionalProperties: !1, type: "object", required: ["code", "name"], properties: { code: { pattern: "\\S", description: "Skill code, e.g. S01", type: "string" }, name: { description: "Skill name as published", type: "string" } } } }, attitudes: { description: "\u8077\u80FD\u5167\u6DB5 A (\u614B\u5EA6), standard-wide", type: "array", items: { additionalProperties: !1, type: "object", required: ["code", "name"], properties: { code: { pattern: "\\S", description: "Attitude code, e.g. A01", type: "string" }, name: { description: "Attitude name (\u540D\u7A31)", type: "string" }, definition: { description: "Definition (\u5B9A\u7FA9), when the document gives one", type: "string" } } } }, notes: { additionalProperties: !1, description: "\u8AAA\u660E\u8207\u88DC\u5145\u4E8B\u9805", type: "object", required: ["qualifications", "other"], properties: { qualifications: { description: "\u5EFA\u8B70\u64D4\u4EFB\u6B64\u8077\u985E/\u8077\u696D\u4E4B\u5B78\u6B77/\u7D93\u9A57/\u6216\u80FD\u529B\u689D\u4EF6; empty for \u300C\u7121\u3002\u300D", type: "array", items: { description: "One line", type: "string" } }, other: { description: "\u5176\u4ED6\u88DC\u5145\u8AAA\u660E: term definitions, \u3010\u8A3BN\u3011 footnotes; empty for \u300C\u7121\u3002\u300D", type: "array", items: { description: "One line", type: "string" } } } }, source: { additionalProperties: !1, description: "Where the file comes from", type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["transcription", "authored"], description: "transcription = copied from a published document, kept as published; authored = written here" }, document: { description: "The published document transcribed: its title and code, e.g. \u96F2\u7AEF\u652F\u63F4\u670D\u52D9\u4EBA\u54E1\u8077\u80FD\u57FA\u6E96 (IIS3512-001v3)", type: "string" }, date: { description: "The document's date (\u767C\u5C55\u66F4\u65B0\u65E5\u671F of its version) as YYYY-MM-DD; null when not printed", anyOf: [{ pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", type: "string" }, { type: "null" }] } } }, repairs: { description: "Every repair of what copying the document broke, so a reader can review it", type: "array", items: { additionalProperties: !1, type: "object", required: ["at", "kind"], properties: { at: { pattern: "\\S", description: "The element repaired: a code (O2.2.1, T2.1) or a field name (description)", type: "string" }, kind: { type: "string", enum: ["removed-space", "merged-continuation-row", "split-code", "rejoined-text", "other"], description: "What the copying broke and how it was repaired" }, before: { description: "The text as copied, before the repair", type: "string" }, after: { description: "The text after the repair", type: "string" }, note: { description: "Why, in a sentence", type: "string" } } } } } }, func2 = Object.prototype.hasOwnProperty, pattern0 = new RegExp("\\S", "u"), pattern2 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.version === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.name === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.nameKind === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nameKind" }, message: "must have required property 'nameKind'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.versions === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "versions" }, message: "must have required property 'versions'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.categories === void 0) {
      let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    if (data.occupations === void 0) {
      let err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "occupations" }, message: "must have required property 'occupations'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
    }
    if (data.industries === void 0) {
      let err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "industries" }, message: "must have required property 'industries'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (data.description === void 0) {
      let err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
    }
    if (data.level === void 0) {
      let err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
    }
    if (data.duties === void 0) {
      let err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duties" }, message: "must have required property 'duties'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
    }
    if (data.knowledge === void 0) {
      let err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "knowledge" }, message: "must have required property 'knowledge'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
    }
    if (data.skills === void 0) {
      let err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "skills" }, message: "must have required property 'skills'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
    }
    if (data.attitudes === void 0) {
      let err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attitudes" }, message: "must have required property 'attitudes'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
    }
    if (data.notes === void 0) {
      let err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema11.properties, key0)) {
        let err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11, data };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    if (data.code !== void 0) {
      let data0 = data.code;
      if (typeof data0 == "string") {
        if (!pattern0.test(data0)) {
          let err16 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.code, data: data0 };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
      } else {
        let err17 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.code.type, parentSchema: schema11.properties.code, data: data0 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        let err18 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data1 };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
      if (typeof data1 == "number" && isFinite(data1) && (data1 < 1 || isNaN(data1))) {
        let err19 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.version, data: data1 };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 != "string") {
        let err20 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data2 };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.nameKind !== void 0) {
      let data3 = data.nameKind;
      if (typeof data3 != "string") {
        let err21 = { instancePath: instancePath + "/nameKind", schemaPath: "#/properties/nameKind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.nameKind.type, parentSchema: schema11.properties.nameKind, data: data3 };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
      if (!(data3 === "occupation" || data3 === "category")) {
        let err22 = { instancePath: instancePath + "/nameKind", schemaPath: "#/properties/nameKind/enum", keyword: "enum", params: { allowedValues: schema11.properties.nameKind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.nameKind.enum, parentSchema: schema11.properties.nameKind, data: data3 };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.title !== void 0) {
      let data4 = data.title;
      if (typeof data4 != "string") {
        let err23 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.title.type, parentSchema: schema11.properties.title, data: data4 };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.versions !== void 0) {
      let data5 = data.versions;
      if (Array.isArray(data5)) {
        let len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.version === void 0) {
              let err24 = { instancePath: instancePath + "/versions/" + i0, schemaPath: "#/properties/versions/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.properties.versions.items.required, parentSchema: schema11.properties.versions.items, data: data6 };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
            if (data6.code === void 0) {
              let err25 = { instancePath: instancePath + "/versions/" + i0, schemaPath: "#/properties/versions/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.versions.items.required, parentSchema: schema11.properties.versions.items, data: data6 };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
            if (data6.name === void 0) {
              let err26 = { instancePath: instancePath + "/versions/" + i0, schemaPath: "#/properties/versions/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.versions.items.required, parentSchema: schema11.properties.versions.items, data: data6 };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
            if (data6.status === void 0) {
              let err27 = { instancePath: instancePath + "/versions/" + i0, schemaPath: "#/properties/versions/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.versions.items.required, parentSchema: schema11.properties.versions.items, data: data6 };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
            if (data6.note === void 0) {
              let err28 = { instancePath: instancePath + "/versions/" + i0, schemaPath: "#/properties/versions/items/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'", schema: schema11.properties.versions.items.required, parentSchema: schema11.properties.versions.items, data: data6 };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
            if (data6.date === void 0) {
              let err29 = { instancePath: instancePath + "/versions/" + i0, schemaPath: "#/properties/versions/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema11.properties.versions.items.required, parentSchema: schema11.properties.versions.items, data: data6 };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            for (let key1 in data6)
              if (!(key1 === "version" || key1 === "code" || key1 === "name" || key1 === "status" || key1 === "note" || key1 === "date")) {
                let err30 = { instancePath: instancePath + "/versions/" + i0, schemaPath: "#/properties/versions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.versions.items, data: data6 };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            if (data6.version !== void 0) {
              let data7 = data6.version;
              if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                let err31 = { instancePath: instancePath + "/versions/" + i0 + "/version", schemaPath: "#/properties/versions/items/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.versions.items.properties.version.type, parentSchema: schema11.properties.versions.items.properties.version, data: data7 };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
              if (typeof data7 == "number" && isFinite(data7) && (data7 < 1 || isNaN(data7))) {
                let err32 = { instancePath: instancePath + "/versions/" + i0 + "/version", schemaPath: "#/properties/versions/items/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.versions.items.properties.version, data: data7 };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            }
            if (data6.code !== void 0) {
              let data8 = data6.code;
              if (typeof data8 == "string") {
                if (!pattern0.test(data8)) {
                  let err33 = { instancePath: instancePath + "/versions/" + i0 + "/code", schemaPath: "#/properties/versions/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.versions.items.properties.code, data: data8 };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
              } else {
                let err34 = { instancePath: instancePath + "/versions/" + i0 + "/code", schemaPath: "#/properties/versions/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.versions.items.properties.code.type, parentSchema: schema11.properties.versions.items.properties.code, data: data8 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data6.name !== void 0) {
              let data9 = data6.name;
              if (typeof data9 != "string") {
                let err35 = { instancePath: instancePath + "/versions/" + i0 + "/name", schemaPath: "#/properties/versions/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.versions.items.properties.name.type, parentSchema: schema11.properties.versions.items.properties.name, data: data9 };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            }
            if (data6.status !== void 0) {
              let data10 = data6.status;
              if (typeof data10 != "string") {
                let err36 = { instancePath: instancePath + "/versions/" + i0 + "/status", schemaPath: "#/properties/versions/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.versions.items.properties.status.type, parentSchema: schema11.properties.versions.items.properties.status, data: data10 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
              if (!(data10 === "current" || data10 === "historical")) {
                let err37 = { instancePath: instancePath + "/versions/" + i0 + "/status", schemaPath: "#/properties/versions/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.versions.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.versions.items.properties.status.enum, parentSchema: schema11.properties.versions.items.properties.status, data: data10 };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
            }
            if (data6.note !== void 0) {
              let data11 = data6.note;
              if (typeof data11 != "string") {
                let err38 = { instancePath: instancePath + "/versions/" + i0 + "/note", schemaPath: "#/properties/versions/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.versions.items.properties.note.type, parentSchema: schema11.properties.versions.items.properties.note, data: data11 };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
            }
            if (data6.date !== void 0) {
              let data12 = data6.date, _errs28 = errors, valid4 = !1, _errs29 = errors;
              if (typeof data12 == "string") {
                if (!pattern2.test(data12)) {
                  let err39 = { instancePath: instancePath + "/versions/" + i0 + "/date", schemaPath: "#/properties/versions/items/properties/date/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema11.properties.versions.items.properties.date.anyOf[0], data: data12 };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
              } else {
                let err40 = { instancePath: instancePath + "/versions/" + i0 + "/date", schemaPath: "#/properties/versions/items/properties/date/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.versions.items.properties.date.anyOf[0].type, parentSchema: schema11.properties.versions.items.properties.date.anyOf[0], data: data12 };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
              var _valid0 = _errs29 === errors;
              if (valid4 = valid4 || _valid0, !valid4) {
                let _errs31 = errors;
                if (data12 !== null) {
                  let err41 = { instancePath: instancePath + "/versions/" + i0 + "/date", schemaPath: "#/properties/versions/items/properties/date/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.versions.items.properties.date.anyOf[1].type, parentSchema: schema11.properties.versions.items.properties.date.anyOf[1], data: data12 };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
                var _valid0 = _errs31 === errors;
                valid4 = valid4 || _valid0;
              }
              if (valid4)
                errors = _errs28, vErrors !== null && (_errs28 ? vErrors.length = _errs28 : vErrors = null);
              else {
                let err42 = { instancePath: instancePath + "/versions/" + i0 + "/date", schemaPath: "#/properties/versions/items/properties/date/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.versions.items.properties.date.anyOf, parentSchema: schema11.properties.versions.items.properties.date, data: data12 };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            }
          } else {
            let err43 = { instancePath: instancePath + "/versions/" + i0, schemaPath: "#/properties/versions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.versions.items.type, parentSchema: schema11.properties.versions.items, data: data6 };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
        }
      } else {
        let err44 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.versions.type, parentSchema: schema11.properties.versions, data: data5 };
        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
      }
    }
    if (data.categories !== void 0) {
      let data13 = data.categories;
      if (Array.isArray(data13)) {
        let len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data14 = data13[i1];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.name === void 0) {
              let err45 = { instancePath: instancePath + "/categories/" + i1, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.categories.items.required, parentSchema: schema11.properties.categories.items, data: data14 };
              vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
            }
            if (data14.code === void 0) {
              let err46 = { instancePath: instancePath + "/categories/" + i1, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.categories.items.required, parentSchema: schema11.properties.categories.items, data: data14 };
              vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
            }
            for (let key2 in data14)
              if (!(key2 === "name" || key2 === "code")) {
                let err47 = { instancePath: instancePath + "/categories/" + i1, schemaPath: "#/properties/categories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.items, data: data14 };
                vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
              }
            if (data14.name !== void 0) {
              let data15 = data14.name;
              if (typeof data15 != "string") {
                let err48 = { instancePath: instancePath + "/categories/" + i1 + "/name", schemaPath: "#/properties/categories/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.categories.items.properties.name.type, parentSchema: schema11.properties.categories.items.properties.name, data: data15 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
            }
            if (data14.code !== void 0) {
              let data16 = data14.code;
              if (typeof data16 == "string") {
                if (!pattern0.test(data16)) {
                  let err49 = { instancePath: instancePath + "/categories/" + i1 + "/code", schemaPath: "#/properties/categories/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.categories.items.properties.code, data: data16 };
                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                }
              } else {
                let err50 = { instancePath: instancePath + "/categories/" + i1 + "/code", schemaPath: "#/properties/categories/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.categories.items.properties.code.type, parentSchema: schema11.properties.categories.items.properties.code, data: data16 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
          } else {
            let err51 = { instancePath: instancePath + "/categories/" + i1, schemaPath: "#/properties/categories/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.items.type, parentSchema: schema11.properties.categories.items, data: data14 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
        }
      } else {
        let err52 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.categories.type, parentSchema: schema11.properties.categories, data: data13 };
        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
      }
    }
    if (data.occupations !== void 0) {
      let data17 = data.occupations;
      if (Array.isArray(data17)) {
        let len2 = data17.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data18 = data17[i2];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.name === void 0) {
              let err53 = { instancePath: instancePath + "/occupations/" + i2, schemaPath: "#/properties/occupations/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.occupations.items.required, parentSchema: schema11.properties.occupations.items, data: data18 };
              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
            }
            if (data18.code === void 0) {
              let err54 = { instancePath: instancePath + "/occupations/" + i2, schemaPath: "#/properties/occupations/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.occupations.items.required, parentSchema: schema11.properties.occupations.items, data: data18 };
              vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
            }
            for (let key3 in data18)
              if (!(key3 === "name" || key3 === "code")) {
                let err55 = { instancePath: instancePath + "/occupations/" + i2, schemaPath: "#/properties/occupations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.occupations.items, data: data18 };
                vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
              }
            if (data18.name !== void 0) {
              let data19 = data18.name;
              if (typeof data19 != "string") {
                let err56 = { instancePath: instancePath + "/occupations/" + i2 + "/name", schemaPath: "#/properties/occupations/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.occupations.items.properties.name.type, parentSchema: schema11.properties.occupations.items.properties.name, data: data19 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
            if (data18.code !== void 0) {
              let data20 = data18.code;
              if (typeof data20 == "string") {
                if (!pattern0.test(data20)) {
                  let err57 = { instancePath: instancePath + "/occupations/" + i2 + "/code", schemaPath: "#/properties/occupations/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.occupations.items.properties.code, data: data20 };
                  vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                }
              } else {
                let err58 = { instancePath: instancePath + "/occupations/" + i2 + "/code", schemaPath: "#/properties/occupations/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.occupations.items.properties.code.type, parentSchema: schema11.properties.occupations.items.properties.code, data: data20 };
                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
              }
            }
          } else {
            let err59 = { instancePath: instancePath + "/occupations/" + i2, schemaPath: "#/properties/occupations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.occupations.items.type, parentSchema: schema11.properties.occupations.items, data: data18 };
            vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
          }
        }
      } else {
        let err60 = { instancePath: instancePath + "/occupations", schemaPath: "#/properties/occupations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.occupations.type, parentSchema: schema11.properties.occupations, data: data17 };
        vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
      }
    }
    if (data.industries !== void 0) {
      let data21 = data.industries;
      if (Array.isArray(data21)) {
        let len3 = data21.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data22 = data21[i3];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.name === void 0) {
              let err61 = { instancePath: instancePath + "/industries/" + i3, schemaPath: "#/properties/industries/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.industries.items.required, parentSchema: schema11.properties.industries.items, data: data22 };
              vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
            }
            if (data22.code === void 0) {
              let err62 = { instancePath: instancePath + "/industries/" + i3, schemaPath: "#/properties/industries/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.industries.items.required, parentSchema: schema11.properties.industries.items, data: data22 };
              vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
            }
            for (let key4 in data22)
              if (!(key4 === "name" || key4 === "code")) {
                let err63 = { instancePath: instancePath + "/industries/" + i3, schemaPath: "#/properties/industries/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.industries.items, data: data22 };
                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
              }
            if (data22.name !== void 0) {
              let data23 = data22.name;
              if (typeof data23 != "string") {
                let err64 = { instancePath: instancePath + "/industries/" + i3 + "/name", schemaPath: "#/properties/industries/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.industries.items.properties.name.type, parentSchema: schema11.properties.industries.items.properties.name, data: data23 };
                vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
              }
            }
            if (data22.code !== void 0) {
              let data24 = data22.code;
              if (typeof data24 == "string") {
                if (!pattern0.test(data24)) {
                  let err65 = { instancePath: instancePath + "/industries/" + i3 + "/code", schemaPath: "#/properties/industries/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.industries.items.properties.code, data: data24 };
                  vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                }
              } else {
                let err66 = { instancePath: instancePath + "/industries/" + i3 + "/code", schemaPath: "#/properties/industries/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.industries.items.properties.code.type, parentSchema: schema11.properties.industries.items.properties.code, data: data24 };
                vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
              }
            }
          } else {
            let err67 = { instancePath: instancePath + "/industries/" + i3, schemaPath: "#/properties/industries/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.industries.items.type, parentSchema: schema11.properties.industries.items, data: data22 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        }
      } else {
        let err68 = { instancePath: instancePath + "/industries", schemaPath: "#/properties/industries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.industries.type, parentSchema: schema11.properties.industries, data: data21 };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
    if (data.description !== void 0) {
      let data25 = data.description;
      if (typeof data25 != "string") {
        let err69 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data25 };
        vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
      }
    }
    if (data.level !== void 0) {
      let data26 = data.level, _errs63 = errors, valid14 = !1, _errs64 = errors;
      if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
        let err70 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.level.anyOf[0].type, parentSchema: schema11.properties.level.anyOf[0], data: data26 };
        vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
      }
      var _valid1 = _errs64 === errors;
      if (valid14 = valid14 || _valid1, !valid14) {
        let _errs66 = errors;
        if (data26 !== null) {
          let err71 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.level.anyOf[1].type, parentSchema: schema11.properties.level.anyOf[1], data: data26 };
          vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
        }
        var _valid1 = _errs66 === errors;
        valid14 = valid14 || _valid1;
      }
      if (valid14)
        errors = _errs63, vErrors !== null && (_errs63 ? vErrors.length = _errs63 : vErrors = null);
      else {
        let err72 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.level.anyOf, parentSchema: schema11.properties.level, data: data26 };
        vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
      }
    }
    if (data.duties !== void 0) {
      let data27 = data.duties;
      if (Array.isArray(data27)) {
        let len4 = data27.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data28 = data27[i4];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.code === void 0) {
              let err73 = { instancePath: instancePath + "/duties/" + i4, schemaPath: "#/properties/duties/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.required, parentSchema: schema11.properties.duties.items, data: data28 };
              vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
            }
            if (data28.title === void 0) {
              let err74 = { instancePath: instancePath + "/duties/" + i4, schemaPath: "#/properties/duties/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.duties.items.required, parentSchema: schema11.properties.duties.items, data: data28 };
              vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
            }
            if (data28.tasks === void 0) {
              let err75 = { instancePath: instancePath + "/duties/" + i4, schemaPath: "#/properties/duties/items/required", keyword: "required", params: { missingProperty: "tasks" }, message: "must have required property 'tasks'", schema: schema11.properties.duties.items.required, parentSchema: schema11.properties.duties.items, data: data28 };
              vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
            }
            for (let key5 in data28)
              if (!(key5 === "code" || key5 === "title" || key5 === "tasks" || key5 === "shared")) {
                let err76 = { instancePath: instancePath + "/duties/" + i4, schemaPath: "#/properties/duties/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items, data: data28 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            if (data28.code !== void 0) {
              let data29 = data28.code;
              if (typeof data29 == "string") {
                if (!pattern0.test(data29)) {
                  let err77 = { instancePath: instancePath + "/duties/" + i4 + "/code", schemaPath: "#/properties/duties/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.code, data: data29 };
                  vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                }
              } else {
                let err78 = { instancePath: instancePath + "/duties/" + i4 + "/code", schemaPath: "#/properties/duties/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.code.type, parentSchema: schema11.properties.duties.items.properties.code, data: data29 };
                vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
              }
            }
            if (data28.title !== void 0) {
              let data30 = data28.title;
              if (typeof data30 != "string") {
                let err79 = { instancePath: instancePath + "/duties/" + i4 + "/title", schemaPath: "#/properties/duties/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.title.type, parentSchema: schema11.properties.duties.items.properties.title, data: data30 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            }
            if (data28.tasks !== void 0) {
              let data31 = data28.tasks;
              if (Array.isArray(data31)) {
                let len5 = data31.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data32 = data31[i5];
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    if (data32.code === void 0) {
                      let err80 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5, schemaPath: "#/properties/duties/items/properties/tasks/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.properties.tasks.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items, data: data32 };
                      vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                    }
                    if (data32.title === void 0) {
                      let err81 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5, schemaPath: "#/properties/duties/items/properties/tasks/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.duties.items.properties.tasks.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items, data: data32 };
                      vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                    }
                    if (data32.outputs === void 0) {
                      let err82 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5, schemaPath: "#/properties/duties/items/properties/tasks/items/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'", schema: schema11.properties.duties.items.properties.tasks.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items, data: data32 };
                      vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                    }
                    if (data32.rows === void 0) {
                      let err83 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5, schemaPath: "#/properties/duties/items/properties/tasks/items/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema11.properties.duties.items.properties.tasks.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items, data: data32 };
                      vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                    }
                    for (let key6 in data32)
                      if (!(key6 === "code" || key6 === "title" || key6 === "outputs" || key6 === "rows")) {
                        let err84 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5, schemaPath: "#/properties/duties/items/properties/tasks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.tasks.items, data: data32 };
                        vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                      }
                    if (data32.code !== void 0) {
                      let data33 = data32.code;
                      if (typeof data33 == "string") {
                        if (!pattern0.test(data33)) {
                          let err85 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.code, data: data33 };
                          vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                        }
                      } else {
                        let err86 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.code.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.code, data: data33 };
                        vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                      }
                    }
                    if (data32.title !== void 0) {
                      let data34 = data32.title;
                      if (typeof data34 != "string") {
                        let err87 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/title", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.title.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.title, data: data34 };
                        vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                      }
                    }
                    if (data32.outputs !== void 0) {
                      let data35 = data32.outputs;
                      if (Array.isArray(data35)) {
                        let len6 = data35.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          let data36 = data35[i6];
                          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                            if (data36.code === void 0) {
                              let err88 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/outputs/" + i6, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/outputs/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items, data: data36 };
                              vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                            }
                            if (data36.text === void 0) {
                              let err89 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/outputs/" + i6, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/outputs/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items, data: data36 };
                              vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                            }
                            for (let key7 in data36)
                              if (!(key7 === "code" || key7 === "text")) {
                                let err90 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/outputs/" + i6, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/outputs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items, data: data36 };
                                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                              }
                            if (data36.code !== void 0) {
                              let data37 = data36.code;
                              if (typeof data37 == "string") {
                                if (!pattern0.test(data37)) {
                                  let err91 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/outputs/" + i6 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/outputs/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items.properties.code, data: data37 };
                                  vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                                }
                              } else {
                                let err92 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/outputs/" + i6 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/outputs/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items.properties.code.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items.properties.code, data: data37 };
                                vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                              }
                            }
                            if (data36.text !== void 0) {
                              let data38 = data36.text;
                              if (typeof data38 != "string") {
                                let err93 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/outputs/" + i6 + "/text", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/outputs/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items.properties.text.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items.properties.text, data: data38 };
                                vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                              }
                            }
                          } else {
                            let err94 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/outputs/" + i6, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/outputs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.items, data: data36 };
                            vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                          }
                        }
                      } else {
                        let err95 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/outputs", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.tasks.items.properties.outputs.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.outputs, data: data35 };
                        vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                      }
                    }
                    if (data32.rows !== void 0) {
                      let data39 = data32.rows;
                      if (Array.isArray(data39)) {
                        let len7 = data39.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                          let data40 = data39[i7];
                          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                            if (data40.level === void 0) {
                              let err96 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items, data: data40 };
                              vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                            }
                            if (data40.indicators === void 0) {
                              let err97 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "indicators" }, message: "must have required property 'indicators'", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items, data: data40 };
                              vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                            }
                            if (data40.knowledge === void 0) {
                              let err98 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "knowledge" }, message: "must have required property 'knowledge'", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items, data: data40 };
                              vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                            }
                            if (data40.skills === void 0) {
                              let err99 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/required", keyword: "required", params: { missingProperty: "skills" }, message: "must have required property 'skills'", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items, data: data40 };
                              vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                            }
                            for (let key8 in data40)
                              if (!(key8 === "level" || key8 === "indicators" || key8 === "knowledge" || key8 === "skills")) {
                                let err100 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items, data: data40 };
                                vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                              }
                            if (data40.level !== void 0) {
                              let data41 = data40.level, _errs101 = errors, valid27 = !1, _errs102 = errors;
                              if (!(typeof data41 == "number" && !(data41 % 1) && !isNaN(data41) && isFinite(data41))) {
                                let err101 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/level", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/level/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.level.anyOf[0].type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.level.anyOf[0], data: data41 };
                                vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                              }
                              var _valid2 = _errs102 === errors;
                              if (valid27 = valid27 || _valid2, !valid27) {
                                let _errs104 = errors;
                                if (data41 !== null) {
                                  let err102 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/level", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/level/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.level.anyOf[1].type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.level.anyOf[1], data: data41 };
                                  vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                                }
                                var _valid2 = _errs104 === errors;
                                valid27 = valid27 || _valid2;
                              }
                              if (valid27)
                                errors = _errs101, vErrors !== null && (_errs101 ? vErrors.length = _errs101 : vErrors = null);
                              else {
                                let err103 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/level", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.level.anyOf, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.level, data: data41 };
                                vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                              }
                            }
                            if (data40.indicators !== void 0) {
                              let data42 = data40.indicators;
                              if (Array.isArray(data42)) {
                                let len8 = data42.length;
                                for (let i8 = 0; i8 < len8; i8++) {
                                  let data43 = data42[i8];
                                  if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                    if (data43.code === void 0) {
                                      let err104 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/indicators/" + i8, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/indicators/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items, data: data43 };
                                      vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                                    }
                                    if (data43.text === void 0) {
                                      let err105 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/indicators/" + i8, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/indicators/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items.required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items, data: data43 };
                                      vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                                    }
                                    for (let key9 in data43)
                                      if (!(key9 === "code" || key9 === "text")) {
                                        let err106 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/indicators/" + i8, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/indicators/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items, data: data43 };
                                        vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                                      }
                                    if (data43.code !== void 0) {
                                      let data44 = data43.code;
                                      if (typeof data44 == "string") {
                                        if (!pattern0.test(data44)) {
                                          let err107 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/indicators/" + i8 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/indicators/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items.properties.code, data: data44 };
                                          vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                                        }
                                      } else {
                                        let err108 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/indicators/" + i8 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/indicators/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items.properties.code.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items.properties.code, data: data44 };
                                        vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                                      }
                                    }
                                    if (data43.text !== void 0) {
                                      let data45 = data43.text;
                                      if (typeof data45 != "string") {
                                        let err109 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/indicators/" + i8 + "/text", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/indicators/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items.properties.text.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items.properties.text, data: data45 };
                                        vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                                      }
                                    }
                                  } else {
                                    let err110 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/indicators/" + i8, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/indicators/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.items, data: data43 };
                                    vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                                  }
                                }
                              } else {
                                let err111 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/indicators", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/indicators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.indicators, data: data42 };
                                vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                              }
                            }
                            if (data40.knowledge !== void 0) {
                              let data46 = data40.knowledge;
                              if (Array.isArray(data46)) {
                                let len9 = data46.length;
                                for (let i9 = 0; i9 < len9; i9++) {
                                  let data47 = data46[i9], _errs118 = errors, valid33 = !1, _errs119 = errors;
                                  if (typeof data47 == "string") {
                                    if (!pattern0.test(data47)) {
                                      let err112 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[0], data: data47 };
                                      vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                                    }
                                  } else {
                                    let err113 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[0].type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[0], data: data47 };
                                    vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                                  }
                                  var _valid3 = _errs119 === errors;
                                  if (valid33 = valid33 || _valid3, !valid33) {
                                    let _errs121 = errors;
                                    if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                      if (data47.code === void 0) {
                                        let err114 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/1/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1], data: data47 };
                                        vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                                      }
                                      for (let key10 in data47)
                                        if (!(key10 === "code" || key10 === "tasks" || key10 === "name")) {
                                          let err115 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1], data: data47 };
                                          vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                                        }
                                      if (data47.code !== void 0) {
                                        let data48 = data47.code;
                                        if (typeof data48 == "string") {
                                          if (!pattern0.test(data48)) {
                                            let err116 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/1/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.code, data: data48 };
                                            vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                                          }
                                        } else {
                                          let err117 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/1/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.code.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.code, data: data48 };
                                          vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                                        }
                                      }
                                      if (data47.tasks !== void 0) {
                                        let data49 = data47.tasks;
                                        if (Array.isArray(data49)) {
                                          let len10 = data49.length;
                                          for (let i10 = 0; i10 < len10; i10++) {
                                            let data50 = data49[i10];
                                            if (typeof data50 == "string") {
                                              if (!pattern0.test(data50)) {
                                                let err118 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9 + "/tasks/" + i10, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/1/properties/tasks/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks.items, data: data50 };
                                                vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                                              }
                                            } else {
                                              let err119 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9 + "/tasks/" + i10, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/1/properties/tasks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks.items.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks.items, data: data50 };
                                              vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                                            }
                                          }
                                        } else {
                                          let err120 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9 + "/tasks", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/1/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks, data: data49 };
                                          vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                                        }
                                      }
                                      if (data47.name !== void 0) {
                                        let data51 = data47.name;
                                        if (typeof data51 != "string") {
                                          let err121 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9 + "/name", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.name.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].properties.name, data: data51 };
                                          vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                                        }
                                      }
                                    } else {
                                      let err122 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1].type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf[1], data: data47 };
                                      vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                                    }
                                    var _valid3 = _errs121 === errors;
                                    valid33 = valid33 || _valid3;
                                  }
                                  if (valid33)
                                    errors = _errs118, vErrors !== null && (_errs118 ? vErrors.length = _errs118 : vErrors = null);
                                  else {
                                    let err123 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge/" + i9, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items.anyOf, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.items, data: data47 };
                                    vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                                  }
                                }
                              } else {
                                let err124 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/knowledge", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/knowledge/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.knowledge, data: data46 };
                                vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                              }
                            }
                            if (data40.skills !== void 0) {
                              let data52 = data40.skills;
                              if (Array.isArray(data52)) {
                                let len11 = data52.length;
                                for (let i11 = 0; i11 < len11; i11++) {
                                  let data53 = data52[i11], _errs135 = errors, valid39 = !1, _errs136 = errors;
                                  if (typeof data53 == "string") {
                                    if (!pattern0.test(data53)) {
                                      let err125 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[0], data: data53 };
                                      vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                                    }
                                  } else {
                                    let err126 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[0].type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[0], data: data53 };
                                    vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                                  }
                                  var _valid4 = _errs136 === errors;
                                  if (valid39 = valid39 || _valid4, !valid39) {
                                    let _errs138 = errors;
                                    if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                      if (data53.code === void 0) {
                                        let err127 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/1/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].required, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1], data: data53 };
                                        vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                                      }
                                      for (let key11 in data53)
                                        if (!(key11 === "code" || key11 === "tasks" || key11 === "name")) {
                                          let err128 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1], data: data53 };
                                          vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                                        }
                                      if (data53.code !== void 0) {
                                        let data54 = data53.code;
                                        if (typeof data54 == "string") {
                                          if (!pattern0.test(data54)) {
                                            let err129 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/1/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.code, data: data54 };
                                            vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                                          }
                                        } else {
                                          let err130 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11 + "/code", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/1/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.code.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.code, data: data54 };
                                          vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                                        }
                                      }
                                      if (data53.tasks !== void 0) {
                                        let data55 = data53.tasks;
                                        if (Array.isArray(data55)) {
                                          let len12 = data55.length;
                                          for (let i12 = 0; i12 < len12; i12++) {
                                            let data56 = data55[i12];
                                            if (typeof data56 == "string") {
                                              if (!pattern0.test(data56)) {
                                                let err131 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11 + "/tasks/" + i12, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/1/properties/tasks/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks.items, data: data56 };
                                                vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                                              }
                                            } else {
                                              let err132 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11 + "/tasks/" + i12, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/1/properties/tasks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks.items.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks.items, data: data56 };
                                              vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                                            }
                                          }
                                        } else {
                                          let err133 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11 + "/tasks", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/1/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks, data: data55 };
                                          vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
                                        }
                                      }
                                      if (data53.name !== void 0) {
                                        let data57 = data53.name;
                                        if (typeof data57 != "string") {
                                          let err134 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11 + "/name", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.name.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].properties.name, data: data57 };
                                          vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                                        }
                                      }
                                    } else {
                                      let err135 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1].type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf[1], data: data53 };
                                      vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                                    }
                                    var _valid4 = _errs138 === errors;
                                    valid39 = valid39 || _valid4;
                                  }
                                  if (valid39)
                                    errors = _errs135, vErrors !== null && (_errs135 ? vErrors.length = _errs135 : vErrors = null);
                                  else {
                                    let err136 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills/" + i11, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items.anyOf, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.items, data: data53 };
                                    vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                                  }
                                }
                              } else {
                                let err137 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7 + "/skills", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/properties/skills/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.properties.skills, data: data52 };
                                vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                              }
                            }
                          } else {
                            let err138 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows/" + i7, schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows.items, data: data40 };
                            vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
                          }
                        }
                      } else {
                        let err139 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5 + "/rows", schemaPath: "#/properties/duties/items/properties/tasks/items/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.tasks.items.properties.rows.type, parentSchema: schema11.properties.duties.items.properties.tasks.items.properties.rows, data: data39 };
                        vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
                      }
                    }
                  } else {
                    let err140 = { instancePath: instancePath + "/duties/" + i4 + "/tasks/" + i5, schemaPath: "#/properties/duties/items/properties/tasks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.tasks.items.type, parentSchema: schema11.properties.duties.items.properties.tasks.items, data: data32 };
                    vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
                  }
                }
              } else {
                let err141 = { instancePath: instancePath + "/duties/" + i4 + "/tasks", schemaPath: "#/properties/duties/items/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.tasks.type, parentSchema: schema11.properties.duties.items.properties.tasks, data: data31 };
                vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
              }
            }
            if (data28.shared !== void 0) {
              let data58 = data28.shared;
              if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                if (data58.outputs === void 0) {
                  let err142 = { instancePath: instancePath + "/duties/" + i4 + "/shared", schemaPath: "#/properties/duties/items/properties/shared/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'", schema: schema11.properties.duties.items.properties.shared.required, parentSchema: schema11.properties.duties.items.properties.shared, data: data58 };
                  vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                }
                if (data58.rows === void 0) {
                  let err143 = { instancePath: instancePath + "/duties/" + i4 + "/shared", schemaPath: "#/properties/duties/items/properties/shared/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema11.properties.duties.items.properties.shared.required, parentSchema: schema11.properties.duties.items.properties.shared, data: data58 };
                  vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
                }
                for (let key12 in data58)
                  if (!(key12 === "outputs" || key12 === "rows")) {
                    let err144 = { instancePath: instancePath + "/duties/" + i4 + "/shared", schemaPath: "#/properties/duties/items/properties/shared/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.shared, data: data58 };
                    vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                  }
                if (data58.outputs !== void 0) {
                  let data59 = data58.outputs;
                  if (Array.isArray(data59)) {
                    let len13 = data59.length;
                    for (let i13 = 0; i13 < len13; i13++) {
                      let data60 = data59[i13];
                      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                        if (data60.code === void 0) {
                          let err145 = { instancePath: instancePath + "/duties/" + i4 + "/shared/outputs/" + i13, schemaPath: "#/properties/duties/items/properties/shared/properties/outputs/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.properties.shared.properties.outputs.items.required, parentSchema: schema11.properties.duties.items.properties.shared.properties.outputs.items, data: data60 };
                          vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
                        }
                        if (data60.text === void 0) {
                          let err146 = { instancePath: instancePath + "/duties/" + i4 + "/shared/outputs/" + i13, schemaPath: "#/properties/duties/items/properties/shared/properties/outputs/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema11.properties.duties.items.properties.shared.properties.outputs.items.required, parentSchema: schema11.properties.duties.items.properties.shared.properties.outputs.items, data: data60 };
                          vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
                        }
                        for (let key13 in data60)
                          if (!(key13 === "code" || key13 === "text")) {
                            let err147 = { instancePath: instancePath + "/duties/" + i4 + "/shared/outputs/" + i13, schemaPath: "#/properties/duties/items/properties/shared/properties/outputs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.shared.properties.outputs.items, data: data60 };
                            vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                          }
                        if (data60.code !== void 0) {
                          let data61 = data60.code;
                          if (typeof data61 == "string") {
                            if (!pattern0.test(data61)) {
                              let err148 = { instancePath: instancePath + "/duties/" + i4 + "/shared/outputs/" + i13 + "/code", schemaPath: "#/properties/duties/items/properties/shared/properties/outputs/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.shared.properties.outputs.items.properties.code, data: data61 };
                              vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
                            }
                          } else {
                            let err149 = { instancePath: instancePath + "/duties/" + i4 + "/shared/outputs/" + i13 + "/code", schemaPath: "#/properties/duties/items/properties/shared/properties/outputs/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.outputs.items.properties.code.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.outputs.items.properties.code, data: data61 };
                            vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
                          }
                        }
                        if (data60.text !== void 0) {
                          let data62 = data60.text;
                          if (typeof data62 != "string") {
                            let err150 = { instancePath: instancePath + "/duties/" + i4 + "/shared/outputs/" + i13 + "/text", schemaPath: "#/properties/duties/items/properties/shared/properties/outputs/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.outputs.items.properties.text.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.outputs.items.properties.text, data: data62 };
                            vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
                          }
                        }
                      } else {
                        let err151 = { instancePath: instancePath + "/duties/" + i4 + "/shared/outputs/" + i13, schemaPath: "#/properties/duties/items/properties/shared/properties/outputs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.shared.properties.outputs.items.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.outputs.items, data: data60 };
                        vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
                      }
                    }
                  } else {
                    let err152 = { instancePath: instancePath + "/duties/" + i4 + "/shared/outputs", schemaPath: "#/properties/duties/items/properties/shared/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.shared.properties.outputs.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.outputs, data: data59 };
                    vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
                  }
                }
                if (data58.rows !== void 0) {
                  let data63 = data58.rows;
                  if (Array.isArray(data63)) {
                    let len14 = data63.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                      let data64 = data63[i14];
                      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                        if (data64.level === void 0) {
                          let err153 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.required, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items, data: data64 };
                          vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
                        }
                        if (data64.indicators === void 0) {
                          let err154 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/required", keyword: "required", params: { missingProperty: "indicators" }, message: "must have required property 'indicators'", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.required, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items, data: data64 };
                          vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
                        }
                        if (data64.knowledge === void 0) {
                          let err155 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/required", keyword: "required", params: { missingProperty: "knowledge" }, message: "must have required property 'knowledge'", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.required, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items, data: data64 };
                          vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
                        }
                        if (data64.skills === void 0) {
                          let err156 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/required", keyword: "required", params: { missingProperty: "skills" }, message: "must have required property 'skills'", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.required, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items, data: data64 };
                          vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
                        }
                        for (let key14 in data64)
                          if (!(key14 === "level" || key14 === "indicators" || key14 === "knowledge" || key14 === "skills")) {
                            let err157 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items, data: data64 };
                            vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
                          }
                        if (data64.level !== void 0) {
                          let data65 = data64.level, _errs167 = errors, valid50 = !1, _errs168 = errors;
                          if (!(typeof data65 == "number" && !(data65 % 1) && !isNaN(data65) && isFinite(data65))) {
                            let err158 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/level", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/level/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.level.anyOf[0].type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.level.anyOf[0], data: data65 };
                            vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
                          }
                          var _valid5 = _errs168 === errors;
                          if (valid50 = valid50 || _valid5, !valid50) {
                            let _errs170 = errors;
                            if (data65 !== null) {
                              let err159 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/level", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/level/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.level.anyOf[1].type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.level.anyOf[1], data: data65 };
                              vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
                            }
                            var _valid5 = _errs170 === errors;
                            valid50 = valid50 || _valid5;
                          }
                          if (valid50)
                            errors = _errs167, vErrors !== null && (_errs167 ? vErrors.length = _errs167 : vErrors = null);
                          else {
                            let err160 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/level", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.level.anyOf, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.level, data: data65 };
                            vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                          }
                        }
                        if (data64.indicators !== void 0) {
                          let data66 = data64.indicators;
                          if (Array.isArray(data66)) {
                            let len15 = data66.length;
                            for (let i15 = 0; i15 < len15; i15++) {
                              let data67 = data66[i15];
                              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                if (data67.code === void 0) {
                                  let err161 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/indicators/" + i15, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/indicators/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items.required, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items, data: data67 };
                                  vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
                                }
                                if (data67.text === void 0) {
                                  let err162 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/indicators/" + i15, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/indicators/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items.required, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items, data: data67 };
                                  vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
                                }
                                for (let key15 in data67)
                                  if (!(key15 === "code" || key15 === "text")) {
                                    let err163 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/indicators/" + i15, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/indicators/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items, data: data67 };
                                    vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
                                  }
                                if (data67.code !== void 0) {
                                  let data68 = data67.code;
                                  if (typeof data68 == "string") {
                                    if (!pattern0.test(data68)) {
                                      let err164 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/indicators/" + i15 + "/code", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/indicators/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items.properties.code, data: data68 };
                                      vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
                                    }
                                  } else {
                                    let err165 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/indicators/" + i15 + "/code", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/indicators/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items.properties.code.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items.properties.code, data: data68 };
                                    vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
                                  }
                                }
                                if (data67.text !== void 0) {
                                  let data69 = data67.text;
                                  if (typeof data69 != "string") {
                                    let err166 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/indicators/" + i15 + "/text", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/indicators/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items.properties.text.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items.properties.text, data: data69 };
                                    vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
                                  }
                                }
                              } else {
                                let err167 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/indicators/" + i15, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/indicators/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.items, data: data67 };
                                vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
                              }
                            }
                          } else {
                            let err168 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/indicators", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/indicators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.indicators, data: data66 };
                            vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
                          }
                        }
                        if (data64.knowledge !== void 0) {
                          let data70 = data64.knowledge;
                          if (Array.isArray(data70)) {
                            let len16 = data70.length;
                            for (let i16 = 0; i16 < len16; i16++) {
                              let data71 = data70[i16], _errs184 = errors, valid56 = !1, _errs185 = errors;
                              if (typeof data71 == "string") {
                                if (!pattern0.test(data71)) {
                                  let err169 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[0], data: data71 };
                                  vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
                                }
                              } else {
                                let err170 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[0].type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[0], data: data71 };
                                vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
                              }
                              var _valid6 = _errs185 === errors;
                              if (valid56 = valid56 || _valid6, !valid56) {
                                let _errs187 = errors;
                                if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                                  if (data71.code === void 0) {
                                    let err171 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/1/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].required, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1], data: data71 };
                                    vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
                                  }
                                  for (let key16 in data71)
                                    if (!(key16 === "code" || key16 === "tasks" || key16 === "name")) {
                                      let err172 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1], data: data71 };
                                      vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
                                    }
                                  if (data71.code !== void 0) {
                                    let data72 = data71.code;
                                    if (typeof data72 == "string") {
                                      if (!pattern0.test(data72)) {
                                        let err173 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16 + "/code", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/1/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.code, data: data72 };
                                        vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
                                      }
                                    } else {
                                      let err174 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16 + "/code", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/1/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.code.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.code, data: data72 };
                                      vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
                                    }
                                  }
                                  if (data71.tasks !== void 0) {
                                    let data73 = data71.tasks;
                                    if (Array.isArray(data73)) {
                                      let len17 = data73.length;
                                      for (let i17 = 0; i17 < len17; i17++) {
                                        let data74 = data73[i17];
                                        if (typeof data74 == "string") {
                                          if (!pattern0.test(data74)) {
                                            let err175 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16 + "/tasks/" + i17, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/1/properties/tasks/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks.items, data: data74 };
                                            vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
                                          }
                                        } else {
                                          let err176 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16 + "/tasks/" + i17, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/1/properties/tasks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks.items.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks.items, data: data74 };
                                          vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
                                        }
                                      }
                                    } else {
                                      let err177 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16 + "/tasks", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/1/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.tasks, data: data73 };
                                      vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
                                    }
                                  }
                                  if (data71.name !== void 0) {
                                    let data75 = data71.name;
                                    if (typeof data75 != "string") {
                                      let err178 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16 + "/name", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.name.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].properties.name, data: data75 };
                                      vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
                                    }
                                  }
                                } else {
                                  let err179 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1].type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf[1], data: data71 };
                                  vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
                                }
                                var _valid6 = _errs187 === errors;
                                valid56 = valid56 || _valid6;
                              }
                              if (valid56)
                                errors = _errs184, vErrors !== null && (_errs184 ? vErrors.length = _errs184 : vErrors = null);
                              else {
                                let err180 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge/" + i16, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items.anyOf, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.items, data: data71 };
                                vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
                              }
                            }
                          } else {
                            let err181 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/knowledge", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/knowledge/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.knowledge, data: data70 };
                            vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
                          }
                        }
                        if (data64.skills !== void 0) {
                          let data76 = data64.skills;
                          if (Array.isArray(data76)) {
                            let len18 = data76.length;
                            for (let i18 = 0; i18 < len18; i18++) {
                              let data77 = data76[i18], _errs201 = errors, valid62 = !1, _errs202 = errors;
                              if (typeof data77 == "string") {
                                if (!pattern0.test(data77)) {
                                  let err182 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/0/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[0], data: data77 };
                                  vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
                                }
                              } else {
                                let err183 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[0].type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[0], data: data77 };
                                vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
                              }
                              var _valid7 = _errs202 === errors;
                              if (valid62 = valid62 || _valid7, !valid62) {
                                let _errs204 = errors;
                                if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                                  if (data77.code === void 0) {
                                    let err184 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/1/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].required, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1], data: data77 };
                                    vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
                                  }
                                  for (let key17 in data77)
                                    if (!(key17 === "code" || key17 === "tasks" || key17 === "name")) {
                                      let err185 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1], data: data77 };
                                      vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
                                    }
                                  if (data77.code !== void 0) {
                                    let data78 = data77.code;
                                    if (typeof data78 == "string") {
                                      if (!pattern0.test(data78)) {
                                        let err186 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18 + "/code", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/1/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.code, data: data78 };
                                        vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
                                      }
                                    } else {
                                      let err187 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18 + "/code", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/1/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.code.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.code, data: data78 };
                                      vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
                                    }
                                  }
                                  if (data77.tasks !== void 0) {
                                    let data79 = data77.tasks;
                                    if (Array.isArray(data79)) {
                                      let len19 = data79.length;
                                      for (let i19 = 0; i19 < len19; i19++) {
                                        let data80 = data79[i19];
                                        if (typeof data80 == "string") {
                                          if (!pattern0.test(data80)) {
                                            let err188 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18 + "/tasks/" + i19, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/1/properties/tasks/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks.items, data: data80 };
                                            vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
                                          }
                                        } else {
                                          let err189 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18 + "/tasks/" + i19, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/1/properties/tasks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks.items.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks.items, data: data80 };
                                          vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
                                        }
                                      }
                                    } else {
                                      let err190 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18 + "/tasks", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/1/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.tasks, data: data79 };
                                      vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
                                    }
                                  }
                                  if (data77.name !== void 0) {
                                    let data81 = data77.name;
                                    if (typeof data81 != "string") {
                                      let err191 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18 + "/name", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.name.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].properties.name, data: data81 };
                                      vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
                                    }
                                  }
                                } else {
                                  let err192 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1].type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf[1], data: data77 };
                                  vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
                                }
                                var _valid7 = _errs204 === errors;
                                valid62 = valid62 || _valid7;
                              }
                              if (valid62)
                                errors = _errs201, vErrors !== null && (_errs201 ? vErrors.length = _errs201 : vErrors = null);
                              else {
                                let err193 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills/" + i18, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items.anyOf, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.items, data: data77 };
                                vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
                              }
                            }
                          } else {
                            let err194 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14 + "/skills", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/properties/skills/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items.properties.skills, data: data76 };
                            vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
                          }
                        }
                      } else {
                        let err195 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows/" + i14, schemaPath: "#/properties/duties/items/properties/shared/properties/rows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.shared.properties.rows.items.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows.items, data: data64 };
                        vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
                      }
                    }
                  } else {
                    let err196 = { instancePath: instancePath + "/duties/" + i4 + "/shared/rows", schemaPath: "#/properties/duties/items/properties/shared/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.items.properties.shared.properties.rows.type, parentSchema: schema11.properties.duties.items.properties.shared.properties.rows, data: data63 };
                    vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
                  }
                }
              } else {
                let err197 = { instancePath: instancePath + "/duties/" + i4 + "/shared", schemaPath: "#/properties/duties/items/properties/shared/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.properties.shared.type, parentSchema: schema11.properties.duties.items.properties.shared, data: data58 };
                vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
              }
            }
          } else {
            let err198 = { instancePath: instancePath + "/duties/" + i4, schemaPath: "#/properties/duties/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.duties.items.type, parentSchema: schema11.properties.duties.items, data: data28 };
            vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
          }
        }
      } else {
        let err199 = { instancePath: instancePath + "/duties", schemaPath: "#/properties/duties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.duties.type, parentSchema: schema11.properties.duties, data: data27 };
        vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
      }
    }
    if (data.knowledge !== void 0) {
      let data82 = data.knowledge;
      if (Array.isArray(data82)) {
        let len20 = data82.length;
        for (let i20 = 0; i20 < len20; i20++) {
          let data83 = data82[i20];
          if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
            if (data83.code === void 0) {
              let err200 = { instancePath: instancePath + "/knowledge/" + i20, schemaPath: "#/properties/knowledge/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.knowledge.items.required, parentSchema: schema11.properties.knowledge.items, data: data83 };
              vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
            }
            if (data83.name === void 0) {
              let err201 = { instancePath: instancePath + "/knowledge/" + i20, schemaPath: "#/properties/knowledge/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.knowledge.items.required, parentSchema: schema11.properties.knowledge.items, data: data83 };
              vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
            }
            for (let key18 in data83)
              if (!(key18 === "code" || key18 === "name")) {
                let err202 = { instancePath: instancePath + "/knowledge/" + i20, schemaPath: "#/properties/knowledge/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.knowledge.items, data: data83 };
                vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
              }
            if (data83.code !== void 0) {
              let data84 = data83.code;
              if (typeof data84 == "string") {
                if (!pattern0.test(data84)) {
                  let err203 = { instancePath: instancePath + "/knowledge/" + i20 + "/code", schemaPath: "#/properties/knowledge/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.knowledge.items.properties.code, data: data84 };
                  vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
                }
              } else {
                let err204 = { instancePath: instancePath + "/knowledge/" + i20 + "/code", schemaPath: "#/properties/knowledge/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.knowledge.items.properties.code.type, parentSchema: schema11.properties.knowledge.items.properties.code, data: data84 };
                vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
              }
            }
            if (data83.name !== void 0) {
              let data85 = data83.name;
              if (typeof data85 != "string") {
                let err205 = { instancePath: instancePath + "/knowledge/" + i20 + "/name", schemaPath: "#/properties/knowledge/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.knowledge.items.properties.name.type, parentSchema: schema11.properties.knowledge.items.properties.name, data: data85 };
                vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
              }
            }
          } else {
            let err206 = { instancePath: instancePath + "/knowledge/" + i20, schemaPath: "#/properties/knowledge/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.knowledge.items.type, parentSchema: schema11.properties.knowledge.items, data: data83 };
            vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
          }
        }
      } else {
        let err207 = { instancePath: instancePath + "/knowledge", schemaPath: "#/properties/knowledge/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.knowledge.type, parentSchema: schema11.properties.knowledge, data: data82 };
        vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
      }
    }
    if (data.skills !== void 0) {
      let data86 = data.skills;
      if (Array.isArray(data86)) {
        let len21 = data86.length;
        for (let i21 = 0; i21 < len21; i21++) {
          let data87 = data86[i21];
          if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
            if (data87.code === void 0) {
              let err208 = { instancePath: instancePath + "/skills/" + i21, schemaPath: "#/properties/skills/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.skills.items.required, parentSchema: schema11.properties.skills.items, data: data87 };
              vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
            }
            if (data87.name === void 0) {
              let err209 = { instancePath: instancePath + "/skills/" + i21, schemaPath: "#/properties/skills/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.skills.items.required, parentSchema: schema11.properties.skills.items, data: data87 };
              vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
            }
            for (let key19 in data87)
              if (!(key19 === "code" || key19 === "name")) {
                let err210 = { instancePath: instancePath + "/skills/" + i21, schemaPath: "#/properties/skills/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.skills.items, data: data87 };
                vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
              }
            if (data87.code !== void 0) {
              let data88 = data87.code;
              if (typeof data88 == "string") {
                if (!pattern0.test(data88)) {
                  let err211 = { instancePath: instancePath + "/skills/" + i21 + "/code", schemaPath: "#/properties/skills/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.skills.items.properties.code, data: data88 };
                  vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
                }
              } else {
                let err212 = { instancePath: instancePath + "/skills/" + i21 + "/code", schemaPath: "#/properties/skills/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.skills.items.properties.code.type, parentSchema: schema11.properties.skills.items.properties.code, data: data88 };
                vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
              }
            }
            if (data87.name !== void 0) {
              let data89 = data87.name;
              if (typeof data89 != "string") {
                let err213 = { instancePath: instancePath + "/skills/" + i21 + "/name", schemaPath: "#/properties/skills/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.skills.items.properties.name.type, parentSchema: schema11.properties.skills.items.properties.name, data: data89 };
                vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
              }
            }
          } else {
            let err214 = { instancePath: instancePath + "/skills/" + i21, schemaPath: "#/properties/skills/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.skills.items.type, parentSchema: schema11.properties.skills.items, data: data87 };
            vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
          }
        }
      } else {
        let err215 = { instancePath: instancePath + "/skills", schemaPath: "#/properties/skills/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.skills.type, parentSchema: schema11.properties.skills, data: data86 };
        vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
      }
    }
    if (data.attitudes !== void 0) {
      let data90 = data.attitudes;
      if (Array.isArray(data90)) {
        let len22 = data90.length;
        for (let i22 = 0; i22 < len22; i22++) {
          let data91 = data90[i22];
          if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
            if (data91.code === void 0) {
              let err216 = { instancePath: instancePath + "/attitudes/" + i22, schemaPath: "#/properties/attitudes/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.attitudes.items.required, parentSchema: schema11.properties.attitudes.items, data: data91 };
              vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
            }
            if (data91.name === void 0) {
              let err217 = { instancePath: instancePath + "/attitudes/" + i22, schemaPath: "#/properties/attitudes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.attitudes.items.required, parentSchema: schema11.properties.attitudes.items, data: data91 };
              vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
            }
            for (let key20 in data91)
              if (!(key20 === "code" || key20 === "name" || key20 === "definition")) {
                let err218 = { instancePath: instancePath + "/attitudes/" + i22, schemaPath: "#/properties/attitudes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.attitudes.items, data: data91 };
                vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
              }
            if (data91.code !== void 0) {
              let data92 = data91.code;
              if (typeof data92 == "string") {
                if (!pattern0.test(data92)) {
                  let err219 = { instancePath: instancePath + "/attitudes/" + i22 + "/code", schemaPath: "#/properties/attitudes/items/properties/code/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.attitudes.items.properties.code, data: data92 };
                  vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
                }
              } else {
                let err220 = { instancePath: instancePath + "/attitudes/" + i22 + "/code", schemaPath: "#/properties/attitudes/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.attitudes.items.properties.code.type, parentSchema: schema11.properties.attitudes.items.properties.code, data: data92 };
                vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++;
              }
            }
            if (data91.name !== void 0) {
              let data93 = data91.name;
              if (typeof data93 != "string") {
                let err221 = { instancePath: instancePath + "/attitudes/" + i22 + "/name", schemaPath: "#/properties/attitudes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.attitudes.items.properties.name.type, parentSchema: schema11.properties.attitudes.items.properties.name, data: data93 };
                vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
              }
            }
            if (data91.definition !== void 0) {
              let data94 = data91.definition;
              if (typeof data94 != "string") {
                let err222 = { instancePath: instancePath + "/attitudes/" + i22 + "/definition", schemaPath: "#/properties/attitudes/items/properties/definition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.attitudes.items.properties.definition.type, parentSchema: schema11.properties.attitudes.items.properties.definition, data: data94 };
                vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
              }
            }
          } else {
            let err223 = { instancePath: instancePath + "/attitudes/" + i22, schemaPath: "#/properties/attitudes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.attitudes.items.type, parentSchema: schema11.properties.attitudes.items, data: data91 };
            vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++;
          }
        }
      } else {
        let err224 = { instancePath: instancePath + "/attitudes", schemaPath: "#/properties/attitudes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.attitudes.type, parentSchema: schema11.properties.attitudes, data: data90 };
        vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++;
      }
    }
    if (data.notes !== void 0) {
      let data95 = data.notes;
      if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
        if (data95.qualifications === void 0) {
          let err225 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/required", keyword: "required", params: { missingProperty: "qualifications" }, message: "must have required property 'qualifications'", schema: schema11.properties.notes.required, parentSchema: schema11.properties.notes, data: data95 };
          vErrors === null ? vErrors = [err225] : vErrors.push(err225), errors++;
        }
        if (data95.other === void 0) {
          let err226 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/required", keyword: "required", params: { missingProperty: "other" }, message: "must have required property 'other'", schema: schema11.properties.notes.required, parentSchema: schema11.properties.notes, data: data95 };
          vErrors === null ? vErrors = [err226] : vErrors.push(err226), errors++;
        }
        for (let key21 in data95)
          if (!(key21 === "qualifications" || key21 === "other")) {
            let err227 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.notes, data: data95 };
            vErrors === null ? vErrors = [err227] : vErrors.push(err227), errors++;
          }
        if (data95.qualifications !== void 0) {
          let data96 = data95.qualifications;
          if (Array.isArray(data96)) {
            let len23 = data96.length;
            for (let i23 = 0; i23 < len23; i23++) {
              let data97 = data96[i23];
              if (typeof data97 != "string") {
                let err228 = { instancePath: instancePath + "/notes/qualifications/" + i23, schemaPath: "#/properties/notes/properties/qualifications/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.notes.properties.qualifications.items.type, parentSchema: schema11.properties.notes.properties.qualifications.items, data: data97 };
                vErrors === null ? vErrors = [err228] : vErrors.push(err228), errors++;
              }
            }
          } else {
            let err229 = { instancePath: instancePath + "/notes/qualifications", schemaPath: "#/properties/notes/properties/qualifications/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.notes.properties.qualifications.type, parentSchema: schema11.properties.notes.properties.qualifications, data: data96 };
            vErrors === null ? vErrors = [err229] : vErrors.push(err229), errors++;
          }
        }
        if (data95.other !== void 0) {
          let data98 = data95.other;
          if (Array.isArray(data98)) {
            let len24 = data98.length;
            for (let i24 = 0; i24 < len24; i24++) {
              let data99 = data98[i24];
              if (typeof data99 != "string") {
                let err230 = { instancePath: instancePath + "/notes/other/" + i24, schemaPath: "#/properties/notes/properties/other/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.notes.properties.other.items.type, parentSchema: schema11.properties.notes.properties.other.items, data: data99 };
                vErrors === null ? vErrors = [err230] : vErrors.push(err230), errors++;
              }
            }
          } else {
            let err231 = { instancePath: instancePath + "/notes/other", schemaPath: "#/properties/notes/properties/other/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.notes.properties.other.type, parentSchema: schema11.properties.notes.properties.other, data: data98 };
            vErrors === null ? vErrors = [err231] : vErrors.push(err231), errors++;
          }
        }
      } else {
        let err232 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.notes.type, parentSchema: schema11.properties.notes, data: data95 };
        vErrors === null ? vErrors = [err232] : vErrors.push(err232), errors++;
      }
    }
    if (data.source !== void 0) {
      let data100 = data.source;
      if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
        if (data100.kind === void 0) {
          let err233 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.properties.source.required, parentSchema: schema11.properties.source, data: data100 };
          vErrors === null ? vErrors = [err233] : vErrors.push(err233), errors++;
        }
        for (let key22 in data100)
          if (!(key22 === "kind" || key22 === "document" || key22 === "date")) {
            let err234 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.source, data: data100 };
            vErrors === null ? vErrors = [err234] : vErrors.push(err234), errors++;
          }
        if (data100.kind !== void 0) {
          let data101 = data100.kind;
          if (typeof data101 != "string") {
            let err235 = { instancePath: instancePath + "/source/kind", schemaPath: "#/properties/source/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.source.properties.kind.type, parentSchema: schema11.properties.source.properties.kind, data: data101 };
            vErrors === null ? vErrors = [err235] : vErrors.push(err235), errors++;
          }
          if (!(data101 === "transcription" || data101 === "authored")) {
            let err236 = { instancePath: instancePath + "/source/kind", schemaPath: "#/properties/source/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.source.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.source.properties.kind.enum, parentSchema: schema11.properties.source.properties.kind, data: data101 };
            vErrors === null ? vErrors = [err236] : vErrors.push(err236), errors++;
          }
        }
        if (data100.document !== void 0) {
          let data102 = data100.document;
          if (typeof data102 != "string") {
            let err237 = { instancePath: instancePath + "/source/document", schemaPath: "#/properties/source/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.source.properties.document.type, parentSchema: schema11.properties.source.properties.document, data: data102 };
            vErrors === null ? vErrors = [err237] : vErrors.push(err237), errors++;
          }
        }
        if (data100.date !== void 0) {
          let data103 = data100.date, _errs263 = errors, valid81 = !1, _errs264 = errors;
          if (typeof data103 == "string") {
            if (!pattern2.test(data103)) {
              let err238 = { instancePath: instancePath + "/source/date", schemaPath: "#/properties/source/properties/date/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema11.properties.source.properties.date.anyOf[0], data: data103 };
              vErrors === null ? vErrors = [err238] : vErrors.push(err238), errors++;
            }
          } else {
            let err239 = { instancePath: instancePath + "/source/date", schemaPath: "#/properties/source/properties/date/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.source.properties.date.anyOf[0].type, parentSchema: schema11.properties.source.properties.date.anyOf[0], data: data103 };
            vErrors === null ? vErrors = [err239] : vErrors.push(err239), errors++;
          }
          var _valid8 = _errs264 === errors;
          if (valid81 = valid81 || _valid8, !valid81) {
            let _errs266 = errors;
            if (data103 !== null) {
              let err240 = { instancePath: instancePath + "/source/date", schemaPath: "#/properties/source/properties/date/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.source.properties.date.anyOf[1].type, parentSchema: schema11.properties.source.properties.date.anyOf[1], data: data103 };
              vErrors === null ? vErrors = [err240] : vErrors.push(err240), errors++;
            }
            var _valid8 = _errs266 === errors;
            valid81 = valid81 || _valid8;
          }
          if (valid81)
            errors = _errs263, vErrors !== null && (_errs263 ? vErrors.length = _errs263 : vErrors = null);
          else {
            let err241 = { instancePath: instancePath + "/source/date", schemaPath: "#/properties/source/properties/date/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.source.properties.date.anyOf, parentSchema: schema11.properties.source.properties.date, data: data103 };
            vErrors === null ? vErrors = [err241] : vErrors.push(err241), errors++;
          }
        }
      } else {
        let err242 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.source.type, parentSchema: schema11.properties.source, data: data100 };
        vErrors === null ? vErrors = [err242] : vErrors.push(err242), errors++;
      }
    }
    if (data.repairs !== void 0) {
      let data104 = data.repairs;
      if (Array.isArray(data104)) {
        let len25 = data104.length;
        for (let i25 = 0; i25 < len25; i25++) {
          let data105 = data104[i25];
          if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
            if (data105.at === void 0) {
              let err243 = { instancePath: instancePath + "/repairs/" + i25, schemaPath: "#/properties/repairs/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema11.properties.repairs.items.required, parentSchema: schema11.properties.repairs.items, data: data105 };
              vErrors === null ? vErrors = [err243] : vErrors.push(err243), errors++;
            }
            if (data105.kind === void 0) {
              let err244 = { instancePath: instancePath + "/repairs/" + i25, schemaPath: "#/properties/repairs/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.properties.repairs.items.required, parentSchema: schema11.properties.repairs.items, data: data105 };
              vErrors === null ? vErrors = [err244] : vErrors.push(err244), errors++;
            }
            for (let key23 in data105)
              if (!(key23 === "at" || key23 === "kind" || key23 === "before" || key23 === "after" || key23 === "note")) {
                let err245 = { instancePath: instancePath + "/repairs/" + i25, schemaPath: "#/properties/repairs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.repairs.items, data: data105 };
                vErrors === null ? vErrors = [err245] : vErrors.push(err245), errors++;
              }
            if (data105.at !== void 0) {
              let data106 = data105.at;
              if (typeof data106 == "string") {
                if (!pattern0.test(data106)) {
                  let err246 = { instancePath: instancePath + "/repairs/" + i25 + "/at", schemaPath: "#/properties/repairs/items/properties/at/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.repairs.items.properties.at, data: data106 };
                  vErrors === null ? vErrors = [err246] : vErrors.push(err246), errors++;
                }
              } else {
                let err247 = { instancePath: instancePath + "/repairs/" + i25 + "/at", schemaPath: "#/properties/repairs/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repairs.items.properties.at.type, parentSchema: schema11.properties.repairs.items.properties.at, data: data106 };
                vErrors === null ? vErrors = [err247] : vErrors.push(err247), errors++;
              }
            }
            if (data105.kind !== void 0) {
              let data107 = data105.kind;
              if (typeof data107 != "string") {
                let err248 = { instancePath: instancePath + "/repairs/" + i25 + "/kind", schemaPath: "#/properties/repairs/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repairs.items.properties.kind.type, parentSchema: schema11.properties.repairs.items.properties.kind, data: data107 };
                vErrors === null ? vErrors = [err248] : vErrors.push(err248), errors++;
              }
              if (!(data107 === "removed-space" || data107 === "merged-continuation-row" || data107 === "split-code" || data107 === "rejoined-text" || data107 === "other")) {
                let err249 = { instancePath: instancePath + "/repairs/" + i25 + "/kind", schemaPath: "#/properties/repairs/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.repairs.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.repairs.items.properties.kind.enum, parentSchema: schema11.properties.repairs.items.properties.kind, data: data107 };
                vErrors === null ? vErrors = [err249] : vErrors.push(err249), errors++;
              }
            }
            if (data105.before !== void 0) {
              let data108 = data105.before;
              if (typeof data108 != "string") {
                let err250 = { instancePath: instancePath + "/repairs/" + i25 + "/before", schemaPath: "#/properties/repairs/items/properties/before/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repairs.items.properties.before.type, parentSchema: schema11.properties.repairs.items.properties.before, data: data108 };
                vErrors === null ? vErrors = [err250] : vErrors.push(err250), errors++;
              }
            }
            if (data105.after !== void 0) {
              let data109 = data105.after;
              if (typeof data109 != "string") {
                let err251 = { instancePath: instancePath + "/repairs/" + i25 + "/after", schemaPath: "#/properties/repairs/items/properties/after/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repairs.items.properties.after.type, parentSchema: schema11.properties.repairs.items.properties.after, data: data109 };
                vErrors === null ? vErrors = [err251] : vErrors.push(err251), errors++;
              }
            }
            if (data105.note !== void 0) {
              let data110 = data105.note;
              if (typeof data110 != "string") {
                let err252 = { instancePath: instancePath + "/repairs/" + i25 + "/note", schemaPath: "#/properties/repairs/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repairs.items.properties.note.type, parentSchema: schema11.properties.repairs.items.properties.note, data: data110 };
                vErrors === null ? vErrors = [err252] : vErrors.push(err252), errors++;
              }
            }
          } else {
            let err253 = { instancePath: instancePath + "/repairs/" + i25, schemaPath: "#/properties/repairs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.repairs.items.type, parentSchema: schema11.properties.repairs.items, data: data105 };
            vErrors === null ? vErrors = [err253] : vErrors.push(err253), errors++;
          }
        }
      } else {
        let err254 = { instancePath: instancePath + "/repairs", schemaPath: "#/properties/repairs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.repairs.type, parentSchema: schema11.properties.repairs, data: data104 };
        vErrors === null ? vErrors = [err254] : vErrors.push(err254), errors++;
      }
    }
  } else {
    let err255 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err255] : vErrors.push(err255), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}

export {
  validate
};
