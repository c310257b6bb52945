import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  XMLParser
} from "./chunk-D7XYHGYP.js";
import {
  InputError
} from "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/import/readers/xml.ts
var NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, e) => {
    if (e.startsWith("#")) {
      let cp = e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return cp <= 1114111 ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[e];
  });
}
function convert(list) {
  let out = [];
  for (let item of list) {
    let attrs = {}, a = item[":@"];
    if (a) for (let [k, v] of Object.entries(a)) attrs[k] = decodeEntities(String(v));
    for (let [key, value] of Object.entries(item))
      key !== ":@" && (key === "#text" ? out.push({ text: decodeEntities(String(value)) }) : !key.startsWith("?") && !key.startsWith("!") && out.push({ name: key, attrs, children: Array.isArray(value) ? convert(value) : [] }));
  }
  return out;
}
function parseXml(xml, file, part) {
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(xml)) throw new InputError(msg("document.doctype", { file, part }));
  let parser = new XMLParser({
    preserveOrder: !0,
    ignoreAttributes: !1,
    attributeNamePrefix: "",
    trimValues: !1,
    parseTagValue: !1,
    parseAttributeValue: !1,
    processEntities: !1,
    htmlEntities: !1,
    commentPropName: !1,
    cdataPropName: !1
  }), raw;
  try {
    raw = parser.parse(xml, !0);
  } catch (e) {
    throw new InputError(msg("document.badXml", { file, part, why: e.message.split(`
`)[0] }));
  }
  return convert(raw);
}
function isElement(n) {
  return "name" in n;
}
function child(n, name) {
  return n.children.find((c) => isElement(c) && c.name === name);
}

// src/import/readers/docx.ts
var SKIP = /* @__PURE__ */ new Set(["w:pPr", "w:rPr", "w:tblPr", "w:tblGrid", "w:trPr", "w:tcPr", "w:sectPr", "w:del", "w:delText", "w:moveFrom", "w:instrText", "w:delInstrText", "w:drawing", "w:pict", "w:object", "mc:AlternateContent", "w:footnoteReference", "w:endnoteReference", "w:commentReference", "w:fldData"]), MAX_SPAN = 64;
function intAttr(el, name = "w:val") {
  let v = el?.attrs[name];
  if (!(v === void 0 || !/^[0-9]+$/.test(v)))
    return Number(v);
}
function runText(nodes, out) {
  for (let n of nodes)
    if (isElement(n) && !SKIP.has(n.name))
      switch (n.name) {
        case "w:t":
          for (let c of n.children) isElement(c) || out.push(c.text);
          break;
        case "w:tab":
        case "w:ptab":
          out.push(" ");
          break;
        case "w:br":
        case "w:cr":
          out.push(`
`);
          break;
        case "w:noBreakHyphen":
          out.push("-");
          break;
        default:
          runText(n.children, out);
      }
}
function paragraphText(p) {
  let out = [];
  return runText(p.children, out), out.join("");
}
function cellLines(nodes, out) {
  for (let n of nodes)
    if (!(!isElement(n) || SKIP.has(n.name)))
      if (n.name === "w:p") out.push(...paragraphText(n).split(`
`));
      else if (n.name === "w:tbl") for (let row of tableRows(n)) out.push(row.filter((c) => c !== "").join(" "));
      else cellLines(n.children, out);
}
function tableRows(tbl) {
  let rows = [], visitRows = (nodes) => {
    for (let n of nodes)
      !isElement(n) || SKIP.has(n.name) || (n.name === "w:tr" ? rows.push(rowCells(n)) : n.name !== "w:tbl" && visitRows(n.children));
  };
  return visitRows(tbl.children), rows;
}
function rowCells(tr) {
  let cells = [], trPr = child(tr, "w:trPr"), pad = (n) => {
    for (let i = 0; i < Math.min(n ?? 0, MAX_SPAN); i++) cells.push("");
  };
  pad(intAttr(trPr && child(trPr, "w:gridBefore")));
  let visitCells = (nodes) => {
    for (let n of nodes) {
      if (!isElement(n) || SKIP.has(n.name)) continue;
      if (n.name !== "w:tc") {
        visitCells(n.children);
        continue;
      }
      let tcPr = child(n, "w:tcPr"), span = Math.max(1, Math.min(intAttr(tcPr && child(tcPr, "w:gridSpan")) ?? 1, MAX_SPAN)), vMerge = tcPr && child(tcPr, "w:vMerge"), continued = vMerge !== void 0 && vMerge.attrs["w:val"] !== "restart", lines = [];
      continued || cellLines(n.children, lines), cells.push(lines.map((l) => l.trim()).filter((l) => l !== "").join(`
`)), pad(span - 1);
    }
  };
  return visitCells(tr.children), pad(intAttr(trPr && child(trPr, "w:gridAfter"))), cells;
}
function bodyItems(nodes, out) {
  for (let n of nodes)
    if (!(!isElement(n) || SKIP.has(n.name)))
      if (n.name === "w:p") out.push({ kind: "paragraph", text: paragraphText(n) });
      else if (n.name === "w:tbl") for (let cells of tableRows(n)) out.push({ kind: "row", cells });
      else bodyItems(n.children, out);
}
function docxItems(tree) {
  let doc = tree.find((n) => isElement(n) && n.name === "w:document"), body = doc && child(doc, "w:body");
  if (!body) return;
  let out = [];
  return bodyItems(body.children, out), out;
}

// src/import/readers/items.ts
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function flat(text) {
  return text.replace(CONTROL, "").replace(/[\t\r\n]+/g, " ").trim();
}
function cellText(text) {
  let t = flat(text);
  return t.startsWith('"') ? `"${t.replace(/"/g, '""')}"` : t;
}
function itemsText(items) {
  return `${items.map((item) => item.kind === "paragraph" ? flat(item.text) : item.cells.length <= 1 ? flat(item.cells[0] ?? "") : item.cells.map(cellText).join("	")).join(`
`)}
`;
}

// src/import/readers/odt.ts
var SKIP2 = /* @__PURE__ */ new Set(["text:note", "office:annotation", "office:annotation-end", "text:tracked-changes", "text:sequence-decls", "office:forms", "text:soft-page-break", "draw:frame", "draw:custom-shape", "draw:g", "text:bookmark-ref", "table:table-columns", "table:table-column", "table:table-header-columns", "table:table-column-group"]), MAX_REPEAT = 64, SPACE = "\uE000", BREAK = "\uE001";
function count(el, name) {
  let v = el.attrs[name];
  return v !== void 0 && /^[0-9]+$/.test(v) ? Math.max(1, Math.min(Number(v), MAX_REPEAT)) : 1;
}
function inline(nodes, out) {
  for (let n of nodes) {
    if (!isElement(n)) {
      out.push(n.text);
      continue;
    }
    if (!SKIP2.has(n.name))
      if (n.name === "text:s") out.push(SPACE.repeat(count(n, "text:c")));
      else if (n.name === "text:tab") out.push(SPACE);
      else if (n.name === "text:line-break") out.push(BREAK);
      else {
        if (n.name === "text:ruby-text") continue;
        inline(n.children, out);
      }
  }
}
function paragraphText2(p) {
  let out = [];
  return inline(p.children, out), out.join("").replace(/[ \t\r\n]+/g, " ").replace(/^ | $/g, "").replaceAll(SPACE, " ").replaceAll(BREAK, `
`);
}
function blocks(nodes, onParagraph, onTable) {
  for (let n of nodes)
    !isElement(n) || SKIP2.has(n.name) || (n.name === "text:p" || n.name === "text:h" ? onParagraph(paragraphText2(n)) : n.name === "table:table" ? onTable(n) : blocks(n.children, onParagraph, onTable));
}
function cellText2(cell) {
  let lines = [];
  return blocks(
    cell.children,
    (t) => lines.push(...t.split(`
`)),
    (t) => {
      for (let row of tableRows2(t)) lines.push(row.filter((c) => c !== "").join(" "));
    }
  ), lines.map((l) => l.trim()).filter((l) => l !== "").join(`
`);
}
function tableRows2(table) {
  let rows = [], visit = (nodes) => {
    for (let n of nodes)
      if (!(!isElement(n) || SKIP2.has(n.name)))
        if (n.name === "table:table-row") {
          let cells = [];
          for (let c of n.children)
            if (isElement(c) && (c.name === "table:table-cell" || c.name === "table:covered-table-cell")) {
              let text = c.name === "table:table-cell" ? cellText2(c) : "";
              for (let i = 0; i < count(c, "table:number-columns-repeated"); i++) cells.push(text);
            }
          for (let i = 0; i < count(n, "table:number-rows-repeated"); i++) rows.push([...cells]);
        } else n.name !== "table:table" && visit(n.children);
  };
  return visit(table.children), rows;
}
function odtItems(tree) {
  let text = tree.find((n) => isElement(n) && n.name === "office:document-content")?.children.find((n) => isElement(n) && n.name === "office:body")?.children.find((n) => isElement(n) && n.name === "office:text");
  if (!text) return;
  let out = [];
  return blocks(
    text.children,
    (t) => out.push({ kind: "paragraph", text: t }),
    (t) => {
      for (let cells of tableRows2(t)) out.push({ kind: "row", cells });
    }
  ), out;
}

// src/import/readers/index.ts
function officeItems(body, file) {
  let tree = parseXml(body.xml, file, body.part), items = body.kind === "docx" ? docxItems(tree) : odtItems(tree);
  if (items === void 0) throw new InputError(msg("document.noBody", { file, part: body.part }));
  return items;
}
function officeText(body, file) {
  return itemsText(officeItems(body, file));
}
export {
  itemsText,
  officeItems,
  officeText
};
