import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  xmlEscape
} from "./chunk-WWV6XLBU.js";
import {
  AsyncZipDeflate,
  Zip,
  ZipDeflate,
  strFromU8,
  strToU8,
  unzipSync,
  zipSync
} from "./chunk-OVHRWHYG.js";

// node_modules/write-excel-file/modules/export/writeXlsxFileNode.js
import fs from "node:fs";

// node_modules/write-excel-file/modules/xlsx/helpers/features/getAdditionalContent.js
function _createForOfIteratorHelperLoose(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray(r, a) : void 0;
  }
}
function _arrayLikeToArray(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function getAdditionalContent(fileName, features, sheetOptions, properties) {
  for (var content = "", _iterator = _createForOfIteratorHelperLoose(features), _step; !(_step = _iterator()).done; ) {
    var feature = _step.value, transform4 = feature.files && feature.files.transform && feature.files.transform[fileName];
    if (transform4 && transform4.insert) {
      var insertedContent = transform4.insert(sheetOptions, properties);
      insertedContent && (content += insertedContent);
    }
  }
  return content;
}

// node_modules/write-excel-file/modules/xlsx/helpers/features/transformContent.js
function _createForOfIteratorHelperLoose2(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray2(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray2(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray2(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray2(r, a) : void 0;
  }
}
function _arrayLikeToArray2(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function transformContent(content, fileName, features, sheetOptions, properties) {
  for (var _iterator = _createForOfIteratorHelperLoose2(features), _step; !(_step = _iterator()).done; ) {
    var feature = _step.value, transform4 = feature.files && feature.files.transform && feature.files.transform[fileName];
    transform4 && transform4.transform && (content = transform4.transform(content, sheetOptions, properties));
  }
  return content;
}

// node_modules/write-excel-file/modules/xml/escapeXmlSpecialCharacters.js
function escapeXmlSpecialCharacters(string, _ref) {
  var isAttributeValue = _ref.isAttributeValue;
  return string = replaceAll(string, "&", "&amp;"), string = replaceAll(string, ">", "&gt;"), string = replaceAll(string, "<", "&lt;"), isAttributeValue && (string = replaceAll(string, "'", "&apos;"), string = replaceAll(string, '"', "&quot;")), string;
}
function replaceAll(string, replacedSubstring, replacementSubstring) {
  return string.replaceAll ? string.replaceAll(replacedSubstring, replacementSubstring) : string.replace(new RegExp(replacedSubstring, "g"), replacementSubstring);
}

// node_modules/write-excel-file/modules/xml/removeInvalidXmlCharacters.js
var INVALID_CHARACTERS = /((?:[\0-\x08\x0B\f\x0E-\x1F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]))/g, DISCOURAGED_CHARACTERS = new RegExp("([\\x7F-\\x84]|[\\x86-\\x9F]|[\\uFDD0-\\uFDEF]|(?:\\uD83F[\\uDFFE\\uDFFF])|(?:\\uD87F[\\uDFFE\\uDFFF])|(?:\\uD8BF[\\uDFFE\\uDFFF])|(?:\\uD8FF[\\uDFFE\\uDFFF])|(?:\\uD93F[\\uDFFE\\uDFFF])|(?:\\uD97F[\\uDFFE\\uDFFF])|(?:\\uD9BF[\\uDFFE\\uDFFF])|(?:\\uD9FF[\\uDFFE\\uDFFF])|(?:\\uDA3F[\\uDFFE\\uDFFF])|(?:\\uDA7F[\\uDFFE\\uDFFF])|(?:\\uDABF[\\uDFFE\\uDFFF])|(?:\\uDAFF[\\uDFFE\\uDFFF])|(?:\\uDB3F[\\uDFFE\\uDFFF])|(?:\\uDB7F[\\uDFFE\\uDFFF])|(?:\\uDBBF[\\uDFFE\\uDFFF])|(?:\\uDBFF[\\uDFFE\\uDFFF])(?:[\\0-\\t\\x0B\\f\\x0E-\\u2027\\u202A-\\uD7FF\\uE000-\\uFFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?:[^\\uD800-\\uDBFF]|^)[\\uDC00-\\uDFFF]))", "g");
function removeInvalidXmlCharacters(string) {
  return string = string.replace(INVALID_CHARACTERS, ""), string = string.replace(DISCOURAGED_CHARACTERS, ""), string;
}

// node_modules/write-excel-file/modules/xml/sanitizeAttributeValue.js
function sanitizeAttributeValue(attributeValue) {
  if (typeof attributeValue != "string")
    throw new TypeError("Argument must be a string");
  return attributeValue = removeInvalidXmlCharacters(attributeValue), escapeXmlSpecialCharacters(attributeValue, {
    isAttributeValue: !0
  });
}

// node_modules/write-excel-file/modules/xml/sanitizeAttributeName.js
function sanitizeAttributeName(attributeName) {
  if (typeof attributeName != "string")
    throw new TypeError("Argument must be a string");
  return attributeName = removeInvalidXmlCharacters(attributeName), attributeName.replace(/[^a-zA-Z_0-9-.:]/g, "").replace(/^[^a-zA-Z_]+/, "");
}

// node_modules/write-excel-file/modules/xml/getAttributesString.js
function getAttributesString(attributes) {
  return Object.keys(attributes).map(function(name) {
    return "".concat(sanitizeAttributeName(name), '="').concat(sanitizeAttributeValue(String(attributes[name])), '"');
  }).reduce(function(combined, part) {
    return combined + " " + part;
  }, "");
}

// node_modules/write-excel-file/modules/xml/getOpeningTagMarkup.js
function getOpeningTagMarkup(tagName, attributes) {
  return "<" + tagName + (attributes ? getAttributesString(attributes) : "") + ">";
}

// node_modules/write-excel-file/modules/xml/getClosingTagMarkup.js
function getClosingTagMarkup(tagName) {
  return "</" + tagName + ">";
}

// node_modules/write-excel-file/modules/xml/getSelfClosingTagMarkup.js
function getSelfClosingTagMarkup(tagName, attributes) {
  return getOpeningTagMarkup(tagName, attributes).slice(0, -1) + "/>";
}

// node_modules/write-excel-file/modules/xlsx/helpers/features/getElementXml.js
function _createForOfIteratorHelperLoose3(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray3(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray3(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray3(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray3(r, a) : void 0;
  }
}
function _arrayLikeToArray3(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function getElementXml(fileName, tagName, attributes, innerXml, index, properties, sheetOptionsOrSheetsOptions, features) {
  for (var _iterator = _createForOfIteratorHelperLoose3(features), _step; !(_step = _iterator()).done; ) {
    var feature = _step.value, transform4 = feature.files && feature.files.transform && feature.files.transform[fileName];
    transform4 && transform4.transformElementAttributes && (attributes = transform4.transformElementAttributes(tagName, attributes || NO_ATTRIBUTES, index, sheetOptionsOrSheetsOptions, properties));
  }
  return innerXml ? getOpeningTagMarkup(tagName, attributes) + innerXml + getClosingTagMarkup(tagName) : getSelfClosingTagMarkup(tagName, attributes);
}
var NO_ATTRIBUTES = {};

// node_modules/write-excel-file/modules/xlsx/files/workbook.xml.js
function generateWorkbookXml(_ref) {
  var sheetIdsAndNames = _ref.sheetIdsAndNames, features = _ref.features, sheetsOptions = _ref.sheetsOptions, tag = function(tagName, attributes, innerXml, index) {
    return getElementXml("xl/workbook.xml", tagName, attributes, innerXml, index, EMPTY_OBJECT, sheetsOptions, features);
  }, xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' + // The order of elements is dictated by the XLSX spec.
  //
  // <workbookPr/>
  tag("workbookPr") + // <bookViews/>
  tag("bookViews", null, tag("workbookView", null, null, 0)) + // <sheets/>
  tag("sheets", null, sheetIdsAndNames.map(function(_ref2, i) {
    var sheetId = _ref2.sheetId, sheetName = _ref2.sheetName;
    return tag("sheet", {
      "r:id": "rId".concat(sheetId),
      sheetId,
      name: sheetName
    }, null, i);
  }).join("")) + // <definedNames/>
  tag("definedNames") + // <calcPr/>
  tag("calcPr") + // Apply any plugins that insert additional content to this XML.
  getAdditionalContent("xl/workbook.xml", features, sheetsOptions) + "</workbook>";
  return xml = transformContent(xml, "xl/workbook.xml", features, sheetsOptions), xml;
}
var EMPTY_OBJECT = {};

// node_modules/write-excel-file/modules/xlsx/files/workbook.xml.rels.js
function generateWorkbookXmlRels(_ref) {
  var sheetIds = _ref.sheetIds, features = _ref.features, sheetsOptions = _ref.sheetsOptions, xml = '<?xml version="1.0" ?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + sheetIds.map(function(id) {
    return '<Relationship Id="rId'.concat(id, '" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet').concat(id, '.xml"/>');
  }).join("") + '<Relationship Id="rId'.concat(sheetIds.length + 1, '" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>') + '<Relationship Id="rId'.concat(sheetIds.length + 2, '" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>') + // Apply any plugins that insert additional content to this XML.
  getAdditionalContent("xl/_rels/workbook.xml.rels", features, sheetsOptions) + "</Relationships>";
  return xml = transformContent(xml, "xl/_rels/workbook.xml.rels", features, sheetsOptions), xml;
}

// node_modules/write-excel-file/modules/xlsx/files/rels.js
function generateRelsXml(_ref) {
  var features = _ref.features, sheetsOptions = _ref.sheetsOptions, xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId-workbook-1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' + // Apply any plugins that insert additional content to this XML.
  getAdditionalContent("_rels/.rels", features, sheetsOptions) + "</Relationships>";
  return xml = transformContent(xml, "_rels/.rels", features, sheetsOptions), xml;
}

// node_modules/write-excel-file/modules/xlsx/files/[Content_Types].xml.js
function generateContentTypesXml(_ref) {
  var sheetIds = _ref.sheetIds, features = _ref.features, sheetsOptions = _ref.sheetsOptions, xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" PartName="/xl/sharedStrings.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/>' + sheetIds.map(function(sheetId) {
    return '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" PartName="/xl/worksheets/sheet'.concat(sheetId, '.xml"/>');
  }).join("") + sheetIds.map(function(sheetId) {
    return getDrawingContentTypeXml(sheetId);
  }).join("") + // Apply any plugins that insert additional content to this XML.
  getAdditionalContent("[Content_Types].xml", features, sheetsOptions) + "</Types>";
  return xml = transformContent(xml, "[Content_Types].xml", features, sheetsOptions), xml;
}
function getDrawingContentTypeXml(sheetId) {
  return '<Override ContentType="application/vnd.openxmlformats-officedocument.drawing+xml" PartName="/xl/drawings/drawing'.concat(sheetId, '.xml"/>');
}

// node_modules/write-excel-file/modules/xlsx/files/drawing.xml.js
function generateDrawingXml(_ref) {
  var sheetIndex = _ref.sheetIndex, sheetId = _ref.sheetId, sheetOptions = _ref.sheetOptions, features = _ref.features, xml = DRAWING_XML_START + // Apply any plugins that insert additional content to this XML.
  getAdditionalContent("xl/drawings/drawing{id}.xml", features, sheetOptions, {
    sheetIndex,
    sheetId
  }) + DRAWING_XML_END;
  return xml = transformContent(xml, "xl/drawings/drawing{id}.xml", features, sheetOptions, {
    sheetIndex,
    sheetId
  }), xml;
}
var DRAWING_XML_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">', DRAWING_XML_END = "</xdr:wsDr>";

// node_modules/write-excel-file/modules/xlsx/files/drawing.xml.rels.js
function generateDrawingXmlRels(_ref) {
  var sheetIndex = _ref.sheetIndex, sheetId = _ref.sheetId, sheetOptions = _ref.sheetOptions, features = _ref.features, xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + // Apply any plugins that insert additional content to this XML.
  getAdditionalContent("xl/drawings/_rels/drawing{id}.xml.rels", features, sheetOptions, {
    sheetIndex,
    sheetId
  }) + "</Relationships>";
  return xml = transformContent(xml, "xl/drawings/_rels/drawing{id}.xml.rels", features, sheetOptions, {
    sheetIndex,
    sheetId
  }), xml;
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/sheetViews.js
function generateSheetViews(tag, viewProperties, sheetIndex) {
  if (!hasView(viewProperties))
    return "";
  var showGridLines = viewProperties.showGridLines, rightToLeft = viewProperties.rightToLeft, zoomScale = viewProperties.zoomScale, sheetViewAttributes = {
    tabSelected: sheetIndex === 0 ? 1 : 0,
    // The first sheet is selected by default.
    workbookViewId: 0
  };
  showGridLines === !1 && (sheetViewAttributes.showGridLines = !1), rightToLeft && (sheetViewAttributes.rightToLeft = 1), typeof zoomScale == "number" && (sheetViewAttributes.zoomScale = Math.round(zoomScale * 100));
  var sheetViewXml = tag("sheetView", sheetViewAttributes, null, 0);
  return tag("sheetViews", null, sheetViewXml);
}
function hasView(_ref) {
  var showGridLines = _ref.showGridLines, rightToLeft = _ref.rightToLeft, zoomScale = _ref.zoomScale;
  return showGridLines === !1 || rightToLeft || typeof zoomScale == "number";
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/column.js
function generateColumnDescription(tag, column, index) {
  if (!column)
    return "";
  var width = column.width;
  if (!width)
    return "";
  var columnNumber = index + 1, attributes = {
    min: columnNumber,
    max: columnNumber,
    width,
    customWidth: 1
  };
  return tag("col", attributes, null, index);
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/columns.js
function generateColumnsDescription(tag, columns) {
  if (columns) {
    var columnsXml = columns.map(function(column, index) {
      return generateColumnDescription(tag, column, index);
    }).join("");
    if (columnsXml)
      return tag("cols", null, columnsXml);
  }
  return "";
}

// node_modules/write-excel-file/modules/xml/sanitizeTextContent.js
function sanitizeTextContent(textContent) {
  if (typeof textContent != "string")
    throw new TypeError("Argument must be a string");
  return textContent = removeInvalidXmlCharacters(textContent), escapeXmlSpecialCharacters(textContent, {
    isAttributeValue: !1
  });
}

// node_modules/write-excel-file/modules/xlsx/helpers/getCellAddress.js
function getCellAddress(rowIndex, columnIndex) {
  return "".concat(getColumnLetter(columnIndex)).concat(rowIndex + 1);
}
var LETTERS_COUNT = 26;
function getColumnLetter(columnIndex) {
  if (typeof columnIndex != "number")
    return "";
  var prefix = Math.floor(columnIndex / LETTERS_COUNT), letter = String.fromCharCode(97 + columnIndex % LETTERS_COUNT).toUpperCase();
  return prefix === 0 ? letter : getColumnLetter(prefix - 1) + letter;
}

// node_modules/write-excel-file/modules/xlsx/helpers/convertDateToSerialNumber.js
var daysBeforeUnixEpoch = 25569, hour = 3600 * 1e3, day = 24 * hour;
function convertDateToSerialNumber(date) {
  return date.getTime() / day + daysBeforeUnixEpoch;
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/cell.js
function _slicedToArray(r, e) {
  return _arrayWithHoles(r) || _iterableToArrayLimit(r, e) || _unsupportedIterableToArray4(r, e) || _nonIterableRest();
}
function _nonIterableRest() {
  throw new TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray4(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray4(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray4(r, a) : void 0;
  }
}
function _arrayLikeToArray4(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _iterableToArrayLimit(r, l) {
  var t = r == null ? null : typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t != null) {
    var e, n, i, u, a = [], f = !0, o = !1;
    try {
      if (i = (t = t.call(r)).next, l === 0) {
        if (Object(t) !== t) return;
        f = !1;
      } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = !0) ;
    } catch (r2) {
      o = !0, n = r2;
    } finally {
      try {
        if (!f && t.return != null && (u = t.return(), Object(u) !== u)) return;
      } finally {
        if (o) throw n;
      }
    }
    return a;
  }
}
function _arrayWithHoles(r) {
  if (Array.isArray(r)) return r;
}
function generateCell(tag, _ref, index, rowIndex) {
  var value = _ref.value, type = _ref.type, cellStyleId = _ref.cellStyleId, findOrCreateSharedString = _ref.findOrCreateSharedString;
  if (value === null && cellStyleId === void 0)
    return "";
  var cellAttributes = {
    r: getCellAddress(rowIndex, index)
  };
  if (cellStyleId !== void 0 && (cellAttributes.s = String(cellStyleId)), value === null)
    return tag("c", cellAttributes, null, index);
  if (type === Date && cellStyleId === void 0)
    throw new Error("No `format` was specified for a `Date` value in a cell in row ".concat(rowIndex + 1, " column ").concat(index + 1, ". Either specify a `format` for this cell or specify a default global one by passing `dateFormat` option to `writeXlsxFile()` function"));
  var valueTextContent = getValueTextContent(type, value, findOrCreateSharedString), typeAttribute = getTypeAttribute(type);
  typeAttribute && (cellAttributes.t = typeAttribute);
  var _getOpeningAndClosing = getOpeningAndClosingTags(type), _getOpeningAndClosing2 = _slicedToArray(_getOpeningAndClosing, 2), valueOpeningTags = _getOpeningAndClosing2[0], valueClosingTags = _getOpeningAndClosing2[1], cellXml = valueOpeningTags + valueTextContent + valueClosingTags;
  return tag("c", cellAttributes, cellXml, index);
}
function getTypeAttribute(type) {
  switch (type) {
    case String:
      return "s";
    // I don't know why did I comment out the use of "inlineStr" XLSX type.
    // Perhaps there were some issues with it. Or perhaps there weren't and everyone else just uses "s".
    // // "inlineStr" type is used instead of "s" to avoid creating a "shared strings" index.
    // return 'inlineStr'
    case Number:
      return;
    case Date:
      return;
    case Boolean:
      return "b";
    case "Formula":
      return;
    default:
      throw new Error("Unknown type: ".concat(type && type.name || type));
  }
}
function getValueTextContent(type, value, findOrCreateSharedString) {
  switch (type) {
    case String:
      if (typeof value != "string")
        throw new Error("Invalid cell value: ".concat(value, ". Expected a string"));
      return findOrCreateSharedString(value);
    case Number:
      if (typeof value != "number")
        throw new Error("Invalid cell value: ".concat(value, ". Expected a number"));
      return String(value);
    case Date:
      if (!(value instanceof Date))
        throw new Error("Invalid cell value: ".concat(value, ". Expected a Date"));
      return String(convertDateToSerialNumber(value));
    case Boolean:
      if (typeof value != "boolean")
        throw new Error("Invalid cell value: ".concat(value, ". Expected a boolean"));
      return value ? "1" : "0";
    case "Formula":
      if (typeof value != "string")
        throw new Error("Invalid cell value: ".concat(value, ". Expected a string"));
      return sanitizeTextContent(value);
    default:
      throw new Error("Unknown type: ".concat(type && type.name || type));
  }
}
var TAG_BRACKET_LEFT_REGEXP = /</g;
function getOpeningAndClosingTags(type) {
  var openingTags = getOpeningTags(type), closingTags = openingTags.replace(TAG_BRACKET_LEFT_REGEXP, "</");
  return [openingTags, closingTags];
}
function getOpeningTags(type) {
  return type === "Formula" ? "<f>" : "<v>";
}

// node_modules/write-excel-file/modules/xlsx/helpers/hasAlignment.js
function hasAlignment(_ref) {
  var align = _ref.align, alignVertical = _ref.alignVertical, textRotation = _ref.textRotation, indent = _ref.indent, wrap = _ref.wrap;
  return !!(align || alignVertical || typeof textRotation == "number" || indent || wrap);
}

// node_modules/write-excel-file/modules/xlsx/helpers/hasBorder.js
function hasBorder(_ref) {
  var borderColor = _ref.borderColor, borderStyle = _ref.borderStyle, leftBorderColor = _ref.leftBorderColor, leftBorderStyle = _ref.leftBorderStyle, rightBorderColor = _ref.rightBorderColor, rightBorderStyle = _ref.rightBorderStyle, topBorderColor = _ref.topBorderColor, topBorderStyle = _ref.topBorderStyle, bottomBorderColor = _ref.bottomBorderColor, bottomBorderStyle = _ref.bottomBorderStyle;
  return !!(borderColor || borderStyle || leftBorderColor || leftBorderStyle || rightBorderColor || rightBorderStyle || topBorderColor || topBorderStyle || bottomBorderColor || bottomBorderStyle);
}

// node_modules/write-excel-file/modules/xlsx/helpers/hasFill.js
function hasFill(_ref) {
  var backgroundColor = _ref.backgroundColor, fillPatternStyle = _ref.fillPatternStyle, fillPatternColor = _ref.fillPatternColor;
  return !!(backgroundColor || fillPatternStyle && fillPatternColor);
}

// node_modules/write-excel-file/modules/xlsx/helpers/hasFont.js
function hasFont(_ref) {
  var fontFamily = _ref.fontFamily, fontSize = _ref.fontSize, fontWeight = _ref.fontWeight, fontStyle = _ref.fontStyle, textDecoration = _ref.textDecoration, textColor = _ref.textColor;
  return !!(fontFamily || typeof fontSize == "number" || fontWeight || fontStyle || textDecoration && Object.keys(textDecoration).length > 0 || textColor);
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/helpers/getCellStyleProperties.js
function getCellStyleProperties(cell, features) {
  var align = cell.align, alignVertical = cell.alignVertical, textRotation = cell.textRotation, indent = cell.indent, wrap = cell.wrap, fontFamily = cell.fontFamily, fontSize = cell.fontSize, fontWeight = cell.fontWeight, fontStyle = cell.fontStyle, textDecoration = cell.textDecoration, textColor = cell.textColor, backgroundColor = cell.backgroundColor, fillPatternStyle = cell.fillPatternStyle, fillPatternColor = cell.fillPatternColor, borderColor = cell.borderColor, borderStyle = cell.borderStyle, leftBorderColor = cell.leftBorderColor, leftBorderStyle = cell.leftBorderStyle, rightBorderColor = cell.rightBorderColor, rightBorderStyle = cell.rightBorderStyle, topBorderColor = cell.topBorderColor, topBorderStyle = cell.topBorderStyle, bottomBorderColor = cell.bottomBorderColor, bottomBorderStyle = cell.bottomBorderStyle;
  if (hasAlignment({
    align,
    alignVertical,
    textRotation,
    indent,
    wrap
  }) || hasFont({
    fontFamily,
    fontSize,
    fontWeight,
    fontStyle,
    textDecoration,
    textColor
  }) || hasFill({
    backgroundColor,
    fillPatternStyle,
    fillPatternColor
  }) || hasBorder({
    borderColor,
    borderStyle,
    leftBorderColor,
    leftBorderStyle,
    rightBorderColor,
    rightBorderStyle,
    topBorderColor,
    topBorderStyle,
    bottomBorderColor,
    bottomBorderStyle
  }))
    return omitUndefinedProperties({
      // alignment
      align,
      alignVertical,
      textRotation,
      indent,
      wrap,
      // font
      fontFamily,
      fontSize,
      fontWeight,
      fontStyle,
      textDecoration,
      textColor,
      // fill
      backgroundColor,
      fillPatternStyle,
      fillPatternColor,
      // border
      borderColor,
      borderStyle,
      leftBorderColor,
      leftBorderStyle,
      rightBorderColor,
      rightBorderStyle,
      topBorderColor,
      topBorderStyle,
      bottomBorderColor,
      bottomBorderStyle
    });
}
function omitUndefinedProperties(object) {
  var filteredObject = {};
  for (var key in object)
    object[key] !== void 0 && (filteredObject[key] = object[key]);
  return filteredObject;
}

// node_modules/write-excel-file/modules/xlsx/helpers/isObject.js
var objectConstructor = {}.constructor;
function isObject(object) {
  return object != null && object.constructor === objectConstructor;
}

// node_modules/write-excel-file/modules/xlsx/helpers/isCellObject.js
function isCellObject(cell) {
  return isObject(cell);
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/row.js
function _typeof(o) {
  "@babel/helpers - typeof";
  return _typeof = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && typeof Symbol == "function" && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof(o);
}
function ownKeys(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = arguments[r] != null ? arguments[r] : {};
    r % 2 ? ownKeys(Object(t), !0).forEach(function(r2) {
      _defineProperty(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty(e, r, t) {
  return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e;
}
function _toPropertyKey(t) {
  var i = _toPrimitive(t, "string");
  return _typeof(i) == "symbol" ? i : i + "";
}
function _toPrimitive(t, r) {
  if (_typeof(t) != "object" || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (e !== void 0) {
    var i = e.call(t, r || "default");
    if (_typeof(i) != "object") return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return (r === "string" ? String : Number)(t);
}
function _createForOfIteratorHelperLoose4(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray5(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray5(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray5(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray5(r, a) : void 0;
  }
}
function _arrayLikeToArray5(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function generateRow(tag, row, index, parameters) {
  for (var rowHeight, _iterator = _createForOfIteratorHelperLoose4(row), _step; !(_step = _iterator()).done; ) {
    var cell = _step.value;
    isCellObject(cell) && cell.height && (rowHeight === void 0 || rowHeight < cell.height) && (rowHeight = cell.height);
  }
  var rowIndex = index, rowCellsXml = row.map(function(cell2, index2) {
    return getCellXml(tag, cell2, index2, rowIndex, parameters);
  }).join(""), rowAttributes = {
    r: index + 1
  };
  return rowHeight && (rowAttributes.ht = rowHeight, rowAttributes.customHeight = 1), tag("row", rowAttributes, rowCellsXml, index);
}
function getCellXml(tag, cell, index, rowIndex, _ref) {
  var findOrCreateCellStyle = _ref.findOrCreateCellStyle, findOrCreateSharedString = _ref.findOrCreateSharedString, hasDefaultFont = _ref.hasDefaultFont, dateFormat = _ref.dateFormat, features = _ref.features;
  if (cell == null)
    return "";
  var cellObject = isCellObject(cell) ? cell : {
    value: cell
  }, cellStyleProperties = getCellStyleProperties(cellObject, features), type = cellObject.type, value = cellObject.value, format = cellObject.format;
  if (isEmpty(value) ? value = null : type === void 0 && (type = detectValueType(value), type === void 0 && (type = String, value = String(value))), format) {
    if (type !== Date && type !== Number && type !== String && type !== "Formula")
      throw new Error('`format` "'.concat(format, '" was specified on a cell of type `').concat(type, '`. `format` could only be specified on a cell of type `Date`, `Number`, `String` or `"Formula"`.'));
    if (type === String && format !== "@")
      throw new Error('`format` "'.concat(format, '" was specified on a cell of type `String`. The only supported `format` for a cell of type `String` is "@".'));
  } else
    type === Date && (format = dateFormat);
  var hasFormat = !!format, hasCellStyle = !!cellStyleProperties, cellStyleId;
  return (hasDefaultFont || hasFormat || hasCellStyle) && (cellStyleId = findOrCreateCellStyle(_objectSpread({
    format
  }, cellStyleProperties))), generateCell(tag, {
    value,
    type,
    cellStyleId,
    findOrCreateSharedString
  }, index, rowIndex);
}
function isEmpty(value) {
  return value == null || value === "";
}
function detectValueType(value) {
  switch (_typeof(value)) {
    case "string":
      return String;
    case "number":
      return Number;
    case "boolean":
      return Boolean;
    default:
      if (value instanceof Date)
        return Date;
  }
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/sheetData.js
function generateSheetData(tag, sheetData, parameters) {
  var sheetDataXml = sheetData.map(function(row, index) {
    return generateRow(tag, row, index, parameters);
  }).join("");
  return tag("sheetData", null, sheetDataXml);
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/processMergedCells.js
function processMergedCells(sheetData, features) {
  for (var mergedCells = [], _cloneSheetData = function() {
    sheetData = sheetData.slice();
    for (var i = 0; i < sheetData.length; )
      sheetData[i] = sheetData[i].slice(), i++;
    return _cloneSheetData = function() {
      return sheetData;
    }, sheetData;
  }, rowIndex = 0; rowIndex < sheetData.length; ) {
    for (var row = sheetData[rowIndex], columnIndex = 0; columnIndex < row.length; ) {
      var cell = row[columnIndex];
      if (cell) {
        var _cell$rowSpan = cell.rowSpan, rowSpan = _cell$rowSpan === void 0 ? 1 : _cell$rowSpan, columnSpan = typeof cell.span == "number" ? cell.span : cell.columnSpan;
        typeof columnSpan != "number" && (columnSpan = 1), (columnSpan > 1 || rowSpan > 1) && (processSpanningCells(sheetData, rowIndex, columnIndex, columnSpan, rowSpan, _cloneSheetData, features), mergedCells.push([[rowIndex, columnIndex], [rowIndex + (rowSpan ? rowSpan - 1 : 0), columnIndex + (columnSpan ? columnSpan - 1 : 0)]]));
      }
      columnIndex++;
    }
    rowIndex++;
  }
  return {
    sheetData,
    mergedCells
  };
}
function processSpanningCells(sheetData, rowIndex, columnIndex, columnSpan, rowSpan, cloneSheetData, features) {
  var cellStyleProperties = getCellStyleProperties(sheetData[rowIndex][columnIndex], features);
  cellStyleProperties && (sheetData = cloneSheetData());
  for (var i = rowIndex; i <= rowIndex + (rowSpan - 1); ) {
    for (var j = columnIndex; j <= columnIndex + (columnSpan - 1); ) {
      var cell = sheetData[i][j];
      if (i > rowIndex || j > columnIndex) {
        if (cell != null)
          throw new Error("[write-excel-file] When using `columnSpan` or `rowSpan` parameters, all hidden overlapped cells should be represented by `null`s or `undefined`s. Cell at row ".concat(rowIndex + 1, " and column ").concat(columnIndex + 1, " is configured with `columnSpan` ").concat(columnSpan, " and `rowSpan` ").concat(rowSpan, ". Cell at row ").concat(i + 1, " and column ").concat(j + 1, " is neither `null` nor `undefined`: ").concat(JSON.stringify(cell)));
        cellStyleProperties && (sheetData[i][j] = cellStyleProperties);
      }
      j++;
    }
    i++;
  }
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/mergedCellsDescription.js
function _slicedToArray2(r, e) {
  return _arrayWithHoles2(r) || _iterableToArrayLimit2(r, e) || _unsupportedIterableToArray6(r, e) || _nonIterableRest2();
}
function _nonIterableRest2() {
  throw new TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray6(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray6(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray6(r, a) : void 0;
  }
}
function _arrayLikeToArray6(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _iterableToArrayLimit2(r, l) {
  var t = r == null ? null : typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t != null) {
    var e, n, i, u, a = [], f = !0, o = !1;
    try {
      if (i = (t = t.call(r)).next, l === 0) {
        if (Object(t) !== t) return;
        f = !1;
      } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = !0) ;
    } catch (r2) {
      o = !0, n = r2;
    } finally {
      try {
        if (!f && t.return != null && (u = t.return(), Object(u) !== u)) return;
      } finally {
        if (o) throw n;
      }
    }
    return a;
  }
}
function _arrayWithHoles2(r) {
  if (Array.isArray(r)) return r;
}
function generateMergedCellsDescription(tag, mergedCells) {
  if (mergedCells.length === 0)
    return "";
  var mergeCellsXml = mergedCells.map(function(_ref, index) {
    var _ref2 = _slicedToArray2(_ref, 2), from = _ref2[0], to = _ref2[1], ref = getCellAddress(from[0], from[1]) + ":" + getCellAddress(to[0], to[1]);
    return tag("mergeCell", {
      ref
    }, null, index);
  }).join("");
  return tag("mergeCells", {
    count: mergedCells.length
  }, mergeCellsXml);
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/pageMargins.js
function generatePageMargins(tag, _ref) {
  var orientation = _ref.orientation;
  if (orientation) {
    var marginLeft = 0.7, marginRight = 0.7, marginTop = 0.75, marginBottom = 0.75, header = 0.3, footer = 0.3;
    return tag("pageMargins", {
      left: marginLeft,
      right: marginRight,
      top: marginTop,
      bottom: marginBottom,
      header,
      footer
    });
  }
  return "";
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/pageSetup.js
function generatePageSetup(tag, _ref) {
  var orientation = _ref.orientation;
  if (orientation) {
    var paperSize = 9;
    return tag("pageSetup", {
      paperSize,
      orientation: sanitizeAttributeValue(orientation)
    });
  }
  return "";
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/drawingReference.js
function generateDrawingReference(tag) {
  return tag("drawing", {
    "r:id": "rId-drawing-1"
  });
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml/sheet.xml.js
function generateSheetXml(sheetXmlParameters, features) {
  var sheetData_ = sheetXmlParameters.sheetData, sheetOptions = sheetXmlParameters.sheetOptions, sheetIndex = sheetXmlParameters.sheetIndex, sheetId = sheetXmlParameters.sheetId, hasDefaultFont = sheetXmlParameters.hasDefaultFont, findOrCreateCellStyle = sheetXmlParameters.findOrCreateCellStyle, findOrCreateSharedString = sheetXmlParameters.findOrCreateSharedString, columns = sheetOptions.columns, dateFormat = sheetOptions.dateFormat, orientation = sheetOptions.orientation, showGridLines = sheetOptions.showGridLines, rightToLeft = sheetOptions.rightToLeft, zoomScale = sheetOptions.zoomScale, _processMergedCells = processMergedCells(sheetData_, {
    features
  }), sheetData = _processMergedCells.sheetData, mergedCells = _processMergedCells.mergedCells, tagFunctionProperties = {
    sheetIndex,
    sheetId
  }, tag = function(tagName, attributes, innerXml, index) {
    return getElementXml("xl/worksheets/sheet{id}.xml", tagName, attributes, innerXml, index, tagFunctionProperties, sheetOptions, features);
  }, xml = '<?xml version="1.0" ?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' + // The order of elements is dictated by the XLSX spec.
  //
  // `<sheetViews/>`
  generateSheetViews(tag, {
    showGridLines,
    rightToLeft,
    zoomScale
  }, sheetIndex) + // `<cols/>`
  generateColumnsDescription(tag, columns) + // `<sheetData/>`
  generateSheetData(tag, sheetData, {
    findOrCreateCellStyle,
    findOrCreateSharedString,
    hasDefaultFont,
    dateFormat,
    features
  }) + // `<mergeCells/>`
  generateMergedCellsDescription(tag, mergedCells) + // `<pageMargins/>`
  generatePageMargins(tag, {
    orientation
  }) + // `<pageSetup/>`
  generatePageSetup(tag, {
    orientation
  }) + // `<drawing/>`
  generateDrawingReference(tag) + // Apply any plugins that insert additional content to this XML.
  getAdditionalContent("xl/worksheets/sheet{id}.xml", features, sheetOptions, {
    sheetIndex,
    sheetId
  }) + "</worksheet>";
  return xml = transformContent(xml, "xl/worksheets/sheet{id}.xml", features, sheetOptions, {
    sheetIndex,
    sheetId
  }), xml;
}

// node_modules/write-excel-file/modules/xlsx/files/sheet.xml.rels.js
function generateSheetXmlRels(_ref) {
  var sheetIndex = _ref.sheetIndex, sheetId = _ref.sheetId, sheetOptions = _ref.sheetOptions, features = _ref.features, xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + // Each sheet has at most one "drawing", so a globally-unique drawing ID is assumed to be the sheet ID.
  getDrawingRelationshipXml(sheetId) + // Apply any plugins that insert additional content to this XML.
  getAdditionalContent("xl/worksheets/_rels/sheet{id}.xml.rels", features, sheetOptions, {
    sheetIndex,
    sheetId
  }) + "</Relationships>";
  return xml = transformContent(xml, "xl/worksheets/_rels/sheet{id}.xml.rels", features, sheetOptions, {
    sheetIndex,
    sheetId
  }), xml;
}
function getDrawingRelationshipXml(sheetId) {
  return '<Relationship Id="rId-drawing-1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing'.concat(sheetId, '.xml"/>');
}

// node_modules/write-excel-file/modules/xlsx/files/sharedStrings.xml.js
function _createForOfIteratorHelperLoose5(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray7(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray7(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray7(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray7(r, a) : void 0;
  }
}
function _arrayLikeToArray7(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function generateSharedStringsXml(sharedStrings) {
  var xml = '<?xml version="1.0"?>';
  xml += '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  for (var _iterator = _createForOfIteratorHelperLoose5(sharedStrings), _step; !(_step = _iterator()).done; ) {
    var string = _step.value, attributes = string.trim().length === string.length ? "" : ' xml:space="preserve"';
    xml += "<si><t".concat(attributes, ">"), xml += sanitizeTextContent(string), xml += "</t></si>";
  }
  return xml += "</sst>", xml;
}

// node_modules/write-excel-file/modules/xlsx/helpers/getXlsxColorForHexColor.js
function getXlsxColorForHexColor(color) {
  if (color[0] !== "#")
    throw new Error('Color "'.concat(color, '" must start with a "#"'));
  return "FF".concat(color.slice(1).toUpperCase());
}

// node_modules/write-excel-file/modules/xlsx/helpers/getFillXml.js
function getFillXml(fill) {
  var _ref = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, conditionalFormatting = _ref.conditionalFormatting, backgroundColor = fill.backgroundColor, fillPatternStyle = fill.fillPatternStyle, fillPatternColor = fill.fillPatternColor, isSolidFill = !fillPatternStyle || fillPatternStyle === "solid";
  if (!hasFill(fill))
    return '<fill><patternFill patternType="none"/></fill>';
  var xml = "<fill>";
  return xml += '<patternFill patternType="'.concat(isSolidFill ? "solid" : fillPatternStyle, '">'), xml += '<fgColor rgb="'.concat(sanitizeAttributeValue(getXlsxColorForHexColor(isSolidFill ? backgroundColor : fillPatternColor)), '"/>'), xml += "<bgColor ".concat(isSolidFill && !conditionalFormatting ? 'indexed="64"' : 'rgb="' + sanitizeAttributeValue(getXlsxColorForHexColor(backgroundColor)) + '"', "/>"), xml += "</patternFill>", xml += "</fill>", xml;
}

// node_modules/write-excel-file/modules/xlsx/helpers/getBorderXml.js
function getBorderXml(_ref) {
  var borderColor = _ref.borderColor, borderStyle = _ref.borderStyle, leftBorderColor = _ref.leftBorderColor, leftBorderStyle = _ref.leftBorderStyle, rightBorderColor = _ref.rightBorderColor, rightBorderStyle = _ref.rightBorderStyle, topBorderColor = _ref.topBorderColor, topBorderStyle = _ref.topBorderStyle, bottomBorderColor = _ref.bottomBorderColor, bottomBorderStyle = _ref.bottomBorderStyle, left = {
    style: leftBorderStyle || borderStyle,
    color: leftBorderColor || borderColor
  }, right = {
    style: rightBorderStyle || borderStyle,
    color: rightBorderColor || borderColor
  }, top = {
    style: topBorderStyle || borderStyle,
    color: topBorderColor || borderColor
  }, bottom = {
    style: bottomBorderStyle || borderStyle,
    color: bottomBorderColor || borderColor
  }, xml = "<border>";
  return xml += getSideBorderXml("left", left), xml += getSideBorderXml("right", right), xml += getSideBorderXml("top", top), xml += getSideBorderXml("bottom", bottom), xml += "<diagonal/>", xml += "</border>", xml;
}
function getSideBorderXml(side, _ref2) {
  var style = _ref2.style, color = _ref2.color;
  color && !style && (style = "thin");
  var hasChildren = !!color;
  return "<".concat(side) + (style ? ' style="'.concat(sanitizeAttributeValue(style), '"') : "") + (hasChildren ? ">" : "/>") + (color ? '<color rgb="'.concat(sanitizeAttributeValue(getXlsxColorForHexColor(color)), '"/>') : "") + (hasChildren ? "</".concat(side, ">") : "");
}

// node_modules/write-excel-file/modules/xlsx/helpers/getFontXml.js
function getFontXml(font) {
  var _ref = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, isDefaultGenericFont = _ref.isDefaultGenericFont, fontFamily = font.fontFamily, fontSize = font.fontSize, fontWeight = font.fontWeight, fontStyle = font.fontStyle, textDecoration = font.textDecoration, textColor = font.textColor, xml = "<font>";
  return fontFamily && (xml += '<name val="'.concat(sanitizeAttributeValue(fontFamily), '"/>')), typeof fontSize == "number" && (xml += '<sz val="'.concat(fontSize, '"/>')), xml += '<family val="2"/>', fontFamily || typeof fontSize == "number" || (xml += '<scheme val="minor"/>'), fontWeight === "bold" && (xml += "<b/>"), fontStyle === "italic" && (xml += "<i/>"), textDecoration && (textDecoration.strikethrough && (xml += "<strike/>"), textDecoration.underline ? xml += "<u/>" : textDecoration.doubleUnderline && (xml += '<u val="double"/>')), textColor ? xml += '<color rgb="'.concat(sanitizeAttributeValue(getXlsxColorForHexColor(textColor)), '"/>') : xml += '<color theme="1"/>', xml += "</font>", xml;
}

// node_modules/write-excel-file/modules/xlsx/helpers/getAlignmentXml.js
function getAlignmentXml(_ref) {
  var align = _ref.align, alignVertical = _ref.alignVertical, textRotation = _ref.textRotation, indent = _ref.indent, wrap = _ref.wrap;
  return "<alignment" + (align ? ' horizontal="'.concat(sanitizeAttributeValue(align), '"') : "") + (alignVertical ? ' vertical="'.concat(sanitizeAttributeValue(alignVertical), '"') : "") + (textRotation ? ' textRotation="'.concat(getTextRotation(validateTextRotation(textRotation)), '"') : "") + (indent ? ' indent="'.concat(sanitizeAttributeValue(String(indent)), '"') : "") + (wrap ? ' wrapText="1"' : "") + "/>";
}
function validateTextRotation(textRotation) {
  if (!(textRotation >= -90 && textRotation <= 90))
    throw new Error("Unsupported text rotation angle: ".concat(textRotation, ". Values from -90 to 90 are supported."));
  return textRotation;
}
function getTextRotation(textRotation) {
  return textRotation < 0 ? 90 - textRotation : textRotation;
}

// node_modules/write-excel-file/modules/xlsx/initializeStyles.js
function _typeof2(o) {
  "@babel/helpers - typeof";
  return _typeof2 = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && typeof Symbol == "function" && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof2(o);
}
function ownKeys2(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread2(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = arguments[r] != null ? arguments[r] : {};
    r % 2 ? ownKeys2(Object(t), !0).forEach(function(r2) {
      _defineProperty2(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys2(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty2(e, r, t) {
  return (r = _toPropertyKey2(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e;
}
function _toPropertyKey2(t) {
  var i = _toPrimitive2(t, "string");
  return _typeof2(i) == "symbol" ? i : i + "";
}
function _toPrimitive2(t, r) {
  if (_typeof2(t) != "object" || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (e !== void 0) {
    var i = e.call(t, r || "default");
    if (_typeof2(i) != "object") return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return (r === "string" ? String : Number)(t);
}
var FORMAT_ID_STARTS_FROM = 100;
function initializeStyles(defaultFont) {
  var formats = [], formatIdByFormat = {}, styles = [], stylesIndex = {}, fonts = [], fontIdByFontKey = {}, fills = [], fillIdByFillKey = {}, borders = [], borderIdByBorderKey = {}, defaultFontId = fonts.length;
  fontIdByFontKey[getKey(defaultFont)] = defaultFontId, fonts.push(defaultFont || {});
  var defaultFill = {};
  fillIdByFillKey[getKey(defaultFill)] = fills.length, fills.push(defaultFill);
  var defaultBorder = {};
  borderIdByBorderKey[getKey(defaultBorder)] = borders.length, borders.push(defaultBorder);
  var gray125Fill = {
    gray125: !0
  };
  fills.push(gray125Fill);
  function findOrCreateCellStyle(cellStyle) {
    var format = cellStyle.format, align = cellStyle.align, alignVertical = cellStyle.alignVertical, textRotation = cellStyle.textRotation, indent = cellStyle.indent, wrap = cellStyle.wrap, fontFamily = cellStyle.fontFamily, fontSize = cellStyle.fontSize, fontWeight = cellStyle.fontWeight, fontStyle = cellStyle.fontStyle, textDecoration = cellStyle.textDecoration, textColor = cellStyle.textColor, backgroundColor = cellStyle.backgroundColor, fillPatternStyle = cellStyle.fillPatternStyle, fillPatternColor = cellStyle.fillPatternColor, borderColor = cellStyle.borderColor, borderStyle = cellStyle.borderStyle, leftBorderColor = cellStyle.leftBorderColor, leftBorderStyle = cellStyle.leftBorderStyle, rightBorderColor = cellStyle.rightBorderColor, rightBorderStyle = cellStyle.rightBorderStyle, topBorderColor = cellStyle.topBorderColor, topBorderStyle = cellStyle.topBorderStyle, bottomBorderColor = cellStyle.bottomBorderColor, bottomBorderStyle = cellStyle.bottomBorderStyle, font = {
      fontFamily,
      fontSize,
      fontWeight,
      fontStyle,
      textDecoration,
      textColor
    }, fill = {
      backgroundColor,
      fillPatternStyle,
      fillPatternColor
    }, border = {
      borderColor,
      borderStyle,
      leftBorderColor,
      leftBorderStyle,
      rightBorderColor,
      rightBorderStyle,
      topBorderColor,
      topBorderStyle,
      bottomBorderColor,
      bottomBorderStyle
    }, alignment = {
      align,
      alignVertical,
      textRotation,
      indent,
      wrap
    }, formatKey = getKey(format), fontKey = getKey(font), fillKey = getKey(fill), borderKey = getKey(border), styleKey = getKey(cellStyle), addStyle = function() {
      var formatId;
      format && (formatId = formatIdByFormat[formatKey], formatId === void 0 && (formatId = FORMAT_ID_STARTS_FROM + formats.length, formatIdByFormat[formatKey] = formatId, formats.push(format)));
      var fontId;
      hasFont(font) ? (fontId = fontIdByFontKey[fontKey], fontId === void 0 && (fontId = fonts.length, fontIdByFontKey[fontKey] = fontId, fonts.push(_objectSpread2(_objectSpread2({}, font), {}, {
        fontSize: font.fontSize || defaultFont && defaultFont.fontSize,
        fontFamily: font.fontFamily || defaultFont && defaultFont.fontFamily
      })))) : defaultFont && (fontId = defaultFontId);
      var fillId;
      hasFill(fill) && (fillId = fillIdByFillKey[fillKey], fillId === void 0 && (fillId = fills.length, fillIdByFillKey[fillKey] = fillId, fills.push({
        backgroundColor,
        fillPatternStyle,
        fillPatternColor
      })));
      var borderId;
      hasBorder(border) && (borderId = borderIdByBorderKey[borderKey], borderId === void 0 && (borderId = borders.length, borderIdByBorderKey[borderKey] = borderId, borders.push(border)));
      var styleId = styles.length;
      return stylesIndex[styleKey] = styleId, styles.push({
        formatId,
        fontId,
        fillId,
        borderId,
        alignment
      }), styleId;
    };
    return stylesIndex[styleKey] !== void 0 ? stylesIndex[styleKey] : addStyle();
  }
  return findOrCreateCellStyle({}), {
    getCellStyles: function() {
      return {
        formats,
        styles,
        fonts,
        fills,
        borders
      };
    },
    findOrCreateCellStyle
  };
}
function getKey(object) {
  return JSON.stringify(object);
}

// node_modules/write-excel-file/modules/xlsx/files/styles.xml.js
function _createForOfIteratorHelperLoose6(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray8(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray8(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray8(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray8(r, a) : void 0;
  }
}
function _arrayLikeToArray8(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function generateStylesXml(cellStyles, sheetsOptions, features) {
  var formats = cellStyles.formats, styles = cellStyles.styles, fonts = cellStyles.fonts, fills = cellStyles.fills, borders = cellStyles.borders, xml = '<?xml version="1.0" ?>';
  if (xml += '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', formats.length > 0) {
    xml += '<numFmts count="'.concat(formats.length, '">');
    for (var i = 0; i < formats.length; i++)
      xml += '<numFmt numFmtId="'.concat(FORMAT_ID_STARTS_FROM + i, '" formatCode="').concat(sanitizeAttributeValue(formats[i]), '"/>');
    xml += "</numFmts>";
  }
  xml += '<fonts count="'.concat(fonts.length, '">');
  for (var _iterator = _createForOfIteratorHelperLoose6(fonts), _step; !(_step = _iterator()).done; ) {
    var font = _step.value;
    xml += getFontXml(font);
  }
  xml += "</fonts>", xml += '<fills count="'.concat(fills.length, '">');
  for (var _iterator2 = _createForOfIteratorHelperLoose6(fills), _step2; !(_step2 = _iterator2()).done; ) {
    var fill = _step2.value;
    fill.gray125 ? (xml += "<fill>", xml += '<patternFill patternType="gray125"/>', xml += "</fill>") : xml += getFillXml(fill);
  }
  xml += "</fills>", xml += '<borders count="'.concat(borders.length, '">');
  for (var _iterator3 = _createForOfIteratorHelperLoose6(borders), _step3; !(_step3 = _iterator3()).done; ) {
    var border = _step3.value;
    xml += getBorderXml(border);
  }
  xml += "</borders>", xml += '<cellXfs count="'.concat(styles.length, '">');
  for (var _iterator4 = _createForOfIteratorHelperLoose6(styles), _step4; !(_step4 = _iterator4()).done; ) {
    var cellStyle = _step4.value, fontId = cellStyle.fontId, fillId = cellStyle.fillId, borderId = cellStyle.borderId, alignment = cellStyle.alignment, formatId = cellStyle.formatId;
    xml += "<xf " + [
      formatId === void 0 ? void 0 : 'numFmtId="'.concat(formatId, '" applyNumberFormat="1"'),
      fontId === void 0 ? void 0 : 'fontId="'.concat(fontId, '" applyFont="1"'),
      fillId === void 0 ? void 0 : 'fillId="'.concat(fillId, '" applyFill="1"'),
      borderId === void 0 ? void 0 : 'borderId="'.concat(borderId, '" applyBorder="1"'),
      hasAlignment(alignment) ? 'applyAlignment="1"' : void 0
      // 'xfId="0"'
    ].filter(function(_) {
      return _;
    }).join(" ") + ">" + // Possible horizontal alignment values:
    //  left, center, right, fill, justify, center_across, distributed.
    // Possible vertical alignment values:
    //  top, vcenter, bottom, vjustify, vdistributed.
    // https://xlsxwriter.readthedocs.io/format.html#set_align
    (hasAlignment(alignment) ? getAlignmentXml(alignment) : "") + "</xf>";
  }
  return xml += "</cellXfs>", xml += getAdditionalContent("xl/styles.xml", features, sheetsOptions), xml += "</styleSheet>", xml = transformContent(xml, "xl/styles.xml", features, sheetsOptions), xml;
}

// node_modules/write-excel-file/modules/xml/findElementsNonRecursive_.js
function findElementsNonRecursive_(xml) {
  for (var _ref = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, tagName = _ref.tagName, stopAfterFirstMatch = _ref.stopAfterFirstMatch, openingTagRegExp = new RegExp(getOpeningTagRegExpPattern(tagName), stopAfterFirstMatch ? void 0 : "g"), results = [], openingTagMatch; (openingTagMatch = openingTagRegExp.exec(xml)) !== null; ) {
    for (var openingTag = openingTagMatch[0], openingTagName = tagName || openingTagMatch[1], attributes = {}, attributeRegExp = new RegExp('\\s+([^\\s=>]+)(?:="([^\\s=>]+)")', "g"), attributeMatch = void 0; (attributeMatch = attributeRegExp.exec(openingTag)) !== null; )
      attributes[attributeMatch[1]] = attributeMatch[2];
    var result = {
      tagName: openingTagName,
      // openingTagMarkup: openingTag,
      openingTagStartIndex: openingTagMatch.index,
      openingTagEndIndex: openingTagMatch.index + openingTag.length - 1,
      openingTagAttributes: attributes,
      selfClosingTag: !1,
      // closingTagMarkup: undefined,
      closingTagStartIndex: void 0,
      closingTagEndIndex: void 0
    };
    if (openingTag[openingTag.length - 2] === "/")
      result.selfClosingTag = !0;
    else {
      var closingTagPosition = findClosingTagPosition(xml, result.openingTagEndIndex + 1, openingTagName);
      if (!closingTagPosition)
        throw new Error("Invalid XML: opening tag was found but closing tag was not: </".concat(openingTagName, ">"));
      result.closingTagStartIndex = closingTagPosition[0], result.closingTagEndIndex = closingTagPosition[1];
    }
    if (results.push(result), stopAfterFirstMatch)
      break;
    result.selfClosingTag ? openingTagRegExp.lastIndex = result.openingTagEndIndex + 1 : openingTagRegExp.lastIndex = result.closingTagEndIndex + 1;
  }
  return results;
}
function findClosingTagPosition(xml, startFromIndex, tagName) {
  var openingOrClosingTagRegExp = new RegExp("<(/)?" + tagName + "(?:\\s+[^>]+|/)?>", "g");
  openingOrClosingTagRegExp.lastIndex = startFromIndex;
  for (var nestingLevel = 0, openingOrClosingTagMatch; (openingOrClosingTagMatch = openingOrClosingTagRegExp.exec(xml)) !== null; ) {
    var openingOrClosingTag = openingOrClosingTagMatch[0], closingTagMarker = openingOrClosingTagMatch[1];
    if (closingTagMarker)
      if (nestingLevel > 0)
        nestingLevel--;
      else
        return [openingOrClosingTagMatch.index, openingOrClosingTagMatch.index + openingOrClosingTag.length - 1];
    else
      nestingLevel++;
  }
}
function getOpeningTagRegExpPattern(tagName) {
  return "<" + (tagName || "([^\\s/>]+)") + "(?:\\s+[^>]+|/)?>";
}

// node_modules/write-excel-file/modules/xml/findElement.js
function findElement(xml, tagName) {
  var elements = findElementsNonRecursive_(xml, {
    tagName,
    stopAfterFirstMatch: !0
  });
  return elements[0];
}

// node_modules/write-excel-file/modules/xml/setMarkupInsideElement.js
function setMarkupInsideElement(xml, element, replacementXml) {
  return replacementXml ? element.selfClosingTag ? xml.slice(0, element.openingTagEndIndex - 1) + ">" + replacementXml + "</" + element.tagName + ">" + xml.slice(element.openingTagEndIndex + 1) : xml.slice(0, element.openingTagEndIndex + 1) + replacementXml + xml.slice(element.closingTagStartIndex) : element.selfClosingTag ? xml : xml.slice(0, element.openingTagEndIndex) + "/>" + xml.slice(element.closingTagEndIndex + 1);
}

// node_modules/write-excel-file/modules/xml/appendMarkupInsideElement.js
function appendMarkupInsideElement(xml, element, addedXml) {
  return element.selfClosingTag ? setMarkupInsideElement(xml, element, addedXml) : xml.slice(0, element.closingTagStartIndex) + addedXml + xml.slice(element.closingTagStartIndex);
}

// node_modules/write-excel-file/modules/xml/getMarkupInsideElement.js
function getMarkupInsideElement(xml, element) {
  return element.selfClosingTag ? "" : xml.substring(element.openingTagEndIndex + 1, element.closingTagStartIndex);
}

// node_modules/write-excel-file/modules/xml/applyEnclosingElementOffset.js
function applyEnclosingElementOffset(element, enclosingElement) {
  var enclosingElementOffset = enclosingElement.openingTagEndIndex + 1;
  element.openingTagStartIndex += enclosingElementOffset, element.openingTagEndIndex += enclosingElementOffset, element.selfClosingTag || (element.closingTagStartIndex += enclosingElementOffset, element.closingTagEndIndex += enclosingElementOffset);
}

// node_modules/write-excel-file/modules/xml/getChildElements.js
function _createForOfIteratorHelperLoose7(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray9(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray9(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray9(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray9(r, a) : void 0;
  }
}
function _arrayLikeToArray9(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function getChildElements(xml, element) {
  for (var children = findElementsNonRecursive_(getMarkupInsideElement(xml, element)), _iterator = _createForOfIteratorHelperLoose7(children), _step; !(_step = _iterator()).done; ) {
    var child = _step.value;
    applyEnclosingElementOffset(child, element);
  }
  return children;
}

// node_modules/write-excel-file/modules/xml/prependMarkupInsideElement.js
function prependMarkupInsideElement(xml, element, addedXml) {
  return element.selfClosingTag ? setMarkupInsideElement(xml, element, addedXml) : xml.slice(0, element.openingTagEndIndex + 1) + addedXml + xml.slice(element.openingTagEndIndex + 1);
}

// node_modules/write-excel-file/modules/xml/insertElementMarkupAccordingToOrderOfSiblings.js
function _createForOfIteratorHelperLoose8(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray10(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray10(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray10(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray10(r, a) : void 0;
  }
}
function _arrayLikeToArray10(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function insertElementMarkupAccordingToOrderOfSiblings(xml, elementMarkup, orderOfSiblings) {
  for (var _len = arguments.length, parentElementTagNames = new Array(_len > 3 ? _len - 3 : 0), _key = 3; _key < _len; _key++)
    parentElementTagNames[_key - 3] = arguments[_key];
  if (parentElementTagNames.length === 0)
    throw new Error("At least one parent element tag name is required");
  parentElementTagNames = parentElementTagNames.slice().reverse();
  for (var parentElement, _loop = function() {
    var parentElementTagName = _step.value;
    if (parentElement ? parentElement = getChildElements(xml, parentElement).find(function(_) {
      return _.tagName === parentElementTagName;
    }) : parentElement = findElement(xml, parentElementTagName), !parentElement)
      throw new Error("Element not found: <".concat(parentElementTagName, ">"));
  }, _iterator = _createForOfIteratorHelperLoose8(parentElementTagNames), _step; !(_step = _iterator()).done; )
    _loop();
  var elementTagNameMatch = elementMarkup.match(TAG_NAME_REG_EXP);
  if (!elementTagNameMatch)
    throw new Error("Couldn't extract tag name from markup: ".concat(elementMarkup));
  var elementTagName = elementTagNameMatch[1];
  if (!orderOfSiblings || orderOfSiblings.length < 2)
    return appendMarkupInsideElement(xml, parentElement, elementMarkup);
  var children = getChildElements(xml, parentElement);
  if (children.length === 0)
    return appendMarkupInsideElement(xml, parentElement, elementMarkup);
  var elementTagNameOrder = orderOfSiblings.indexOf(elementTagName);
  if (elementTagNameOrder < 0)
    return appendMarkupInsideElement(xml, parentElement, elementMarkup);
  for (var tagNamesBeforeElement = orderOfSiblings.slice(0, elementTagNameOrder).reverse(), _loop2 = function() {
    var tagName = _step2.value, precedingElement = children.find(function(_) {
      return _.tagName === tagName;
    });
    if (precedingElement)
      return {
        v: xml.slice(0, precedingElement.selfClosingTag ? precedingElement.openingTagEndIndex + 1 : precedingElement.closingTagEndIndex + 1) + elementMarkup + xml.slice(precedingElement.selfClosingTag ? precedingElement.openingTagEndIndex + 1 : precedingElement.closingTagEndIndex + 1)
      };
  }, _ret, _iterator2 = _createForOfIteratorHelperLoose8(tagNamesBeforeElement), _step2; !(_step2 = _iterator2()).done; )
    if (_ret = _loop2(), _ret) return _ret.v;
  return prependMarkupInsideElement(xml, parentElement, elementMarkup);
}
var TAG_NAME_REG_EXP = new RegExp(getOpeningTagRegExpPattern());

// node_modules/write-excel-file/modules/xlsx/helpers/orderOfSiblings.js
var orderOfSiblings_default = {
  // This is what Google AI returned for a search query: "xlsx workbook.xml elements order".
  // They say, this order is defined in `CT_Workbook` schema of ECMA-376 specification.
  "xl/workbook.xml": [["workbook", [
    "workbookPr",
    // (Workbook Properties)
    "bookViews",
    // (Book Views)
    "sheets",
    // (List of sheets)
    "pivotCaches",
    // (If applicable)
    "definedNames",
    // (Named ranges)
    "calcPr"
    // (Calculation properties)
  ]]],
  // This is what Google AI returned for a search query: "xlsx styles.xml elements order".
  // They say, this order is defined in `CT_Stylesheet` schema of ECMA-376 specification.
  "xl/styles.xml": [["styleSheet", [
    "numFmts",
    // Defines custom number formats.
    "fonts",
    // Contains font definitions (font name, size, color).
    "fills",
    // Defines cell background colors/patterns.
    "borders",
    // Defines cell borders.
    "cellStyleXfs",
    // Master cell styles (usually style 0 is "Normal").
    "cellXfs",
    // Actual cell formatting definitions (<xf>) referenced by cells.
    "cellStyles",
    // Connects named styles to cellStyleXfs.
    "dxfs",
    // Differential formats (conditional formatting).
    "tableStyles"
    // Table-specific styles.
  ]]],
  // This is what Google AI returned for a search query: "xlsx sheet.xml elements order".
  // They say, this order is defined in `CT_Worksheet` schema of ECMA-376 specification.
  "xl/worksheets/sheet{id}.xml": [["worksheet", [
    "sheetPr",
    // Sheet properties (e.g., tab color, filter configurations).
    "dimension",
    // Defines the range of used cells (e.g., ref="A1:C10").
    "sheetViews",
    // View settings like freeze panes, zoom level, and whether the sheet is selected.
    "sheetFormatPr",
    // Default row height and column width properties.
    "cols",
    // Defines column-specific properties (width, hidden status).
    "sheetData",
    // (Required) The main container for cell data, rows, and values.
    "sheetCalcPr",
    // Calculation properties.
    "sheetProtection",
    // Sheet-level security and locked status.
    "protectedRanges",
    // Specific ranges that are protected.
    "scenarios",
    // Worksheet scenarios.
    "autoFilter",
    // Filter range definitions.
    "sortState",
    // Current sort information.
    "dataConsolidate",
    // Data consolidation settings.
    "customSheetViews",
    // Custom view settings.
    "mergeCells",
    // Defines ranges of merged cells.
    "phoneticPr",
    // Phonetic information properties.
    "conditionalFormatting",
    // Rules for formatting based on cell values.
    "dataValidations",
    // Data entry rules and dropdowns.
    "hyperlinks",
    // Links to external sites or other sheet locations.
    "printOptions",
    // Defines specific printing preferences, such as centering, gridlines, and headings.
    "pageMargins",
    // Defines the white space between the worksheet data and the edges of the printed page.
    "pageSetup",
    // Printing and layout settings.
    "headerFooter",
    // Sheet header and footer content.
    "rowBreaks",
    // Manual page breaks.
    "colBreaks",
    // Manual page breaks.
    "drawing",
    // References to graphics or charts (points to drawing.xml).
    "legacyDrawing",
    // References to legacy objects like comments or form controls.
    "picture",
    // Background image properties.
    "oleObjects",
    // Embedded OLE objects.
    "controls",
    // Form or ActiveX controls.
    "tableParts",
    // Links to defined Excel tables within the sheet.
    "extLst"
    // Extension list for future-proofing and custom metadata.
  ]]]
};

// node_modules/write-excel-file/modules/xlsx/helpers/getOrderOfSiblings.js
function getOrderOfSiblings(fileName) {
  var orderOfSiblings = orderOfSiblings_default[fileName];
  if (orderOfSiblings) {
    for (var _len = arguments.length, parentTagNames = new Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++)
      parentTagNames[_key - 1] = arguments[_key];
    if (parentTagNames.length === 0)
      throw new Error("At least one parent element tag name is required");
    for (var _loop = function() {
      var tagName = _parentTagNames[_i], orderOfSiblingsMatchingElement = orderOfSiblings.find(function(element) {
        return Array.isArray(element) ? element[0] === tagName : element === tagName;
      });
      if (!orderOfSiblingsMatchingElement)
        return {
          v: void 0
        };
      if (Array.isArray(orderOfSiblingsMatchingElement))
        orderOfSiblings = orderOfSiblingsMatchingElement[1];
      else
        return {
          v: void 0
        };
    }, _ret, _i = 0, _parentTagNames = parentTagNames; _i < _parentTagNames.length; _i++)
      if (_ret = _loop(), _ret) return _ret.v;
    if (orderOfSiblings)
      return orderOfSiblings.map(function(element) {
        return Array.isArray(element) ? element[0] : element;
      });
  }
}

// node_modules/write-excel-file/modules/xlsx/features/conditionalFormatting.js
function _createForOfIteratorHelperLoose9(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray11(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray11(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray11(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray11(r, a) : void 0;
  }
}
function _arrayLikeToArray11(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
var conditionalFormatting_default = {
  files: {
    transform: {
      "xl/worksheets/sheet{id}.xml": {
        // For some weird reason, Excel 2007 demands `<conditionalFormatting/>` element to go before `<drawing/>` element.
        // Because `<drawing/>` element is added before any of the `insert()`s of any features,
        // this feature has to use a `transform()` function instead of an `insert()` function.
        transform: function(xml, sheetOptions, _ref) {
          var sheetIndex = _ref.sheetIndex, sheetId = _ref.sheetId, conditionalFormatting = sheetOptions.conditionalFormatting;
          if (conditionalFormatting) {
            var conditionalFormattingRulesXml = getConditionalFormattingRulesXml(conditionalFormatting);
            return insertElementMarkupAccordingToOrderOfSiblings(xml, conditionalFormattingRulesXml, getOrderOfSiblings("xl/worksheets/sheet{id}.xml", "worksheet"), "worksheet");
          }
          return xml;
        }
      },
      "xl/styles.xml": {
        insert: function(sheetsOptions) {
          var sheetsConditionalFormatting = sheetsOptions.map(function(sheetOptions) {
            return sheetOptions.conditionalFormatting;
          });
          if (sheetsConditionalFormatting.some(Boolean))
            return getConditionalFormattingStylesXml(sheetsConditionalFormatting);
        }
      }
    }
  }
};
function getConditionalFormattingRulesXml(conditionalFormattingRules) {
  for (var xml = "", i = 0, _iterator = _createForOfIteratorHelperLoose9(conditionalFormattingRules), _step; !(_step = _iterator()).done; ) {
    var conditionalFormattingRule = _step.value, _conditionalFormattin = conditionalFormattingRule.cellRange, from = _conditionalFormattin.from, to = _conditionalFormattin.to, _conditionalFormattin2 = conditionalFormattingRule.condition, formula = _conditionalFormattin2.formula, operator = _conditionalFormattin2.operator, value = _conditionalFormattin2.value, value2 = _conditionalFormattin2.value2, cellRange = getCellAddress(from.row - 1, from.column - 1) + ":" + getCellAddress(to.row - 1, to.column - 1);
    xml += '<conditionalFormatting sqref="'.concat(cellRange, '">');
    var priority = i + 1, dxfId = conditionalFormattingRule._globalIndex;
    if (formula)
      xml += '<cfRule type="expression" dxfId="'.concat(dxfId, '" priority="').concat(priority, '">'), xml += "<formula>".concat(sanitizeTextContent(formula), "</formula>"), xml += "</cfRule>";
    else if (operator)
      xml += '<cfRule type="cellIs" operator="'.concat(getXlsxOperatorName(operator), '" dxfId="').concat(dxfId, '" priority="').concat(priority, '">'), xml += "<formula>".concat(sanitizeTextContent(formatValue(value)), "</formula>"), getXlsxOperatorName(operator) === "between" && (xml += "<formula>".concat(sanitizeTextContent(formatValue(value2)), "</formula>")), xml += "</cfRule>";
    else
      throw new Error(`Invalid conditional formatting rule:
`.concat(JSON.stringify(conditionalFormattingRule, null, 2)));
    xml += "</conditionalFormatting>", i++;
  }
  return xml;
}
function formatValue(value) {
  return typeof value == "string" ? '"' + value + '"' : String(value);
}
function getXlsxOperatorName(operator) {
  switch (operator) {
    case "<":
      return "lessThan";
    case ">":
      return "greaterThan";
    case "<=":
      return "lessThanOrEqual";
    case ">=":
      return "greaterThanOrEqual";
    case "=":
      return "equal";
    case "!=":
      return "notEqual";
    case "...":
      return "between";
    default:
      throw new Error("Unknown conditional formatting operator: ".concat(operator));
  }
}
function getConditionalFormattingStylesXml(sheetsConditionalFormatting) {
  for (var totalConditionalFormattingRulesCount = 0, _iterator2 = _createForOfIteratorHelperLoose9(sheetsConditionalFormatting), _step2; !(_step2 = _iterator2()).done; ) {
    var conditionalFormattingOfSheet = _step2.value;
    conditionalFormattingOfSheet && (totalConditionalFormattingRulesCount += conditionalFormattingOfSheet.length);
  }
  var xml = "";
  xml += '<dxfs count="'.concat(totalConditionalFormattingRulesCount, '">');
  for (var _iterator3 = _createForOfIteratorHelperLoose9(sheetsConditionalFormatting), _step3; !(_step3 = _iterator3()).done; ) {
    var _conditionalFormattingOfSheet = _step3.value;
    if (_conditionalFormattingOfSheet)
      for (var _iterator4 = _createForOfIteratorHelperLoose9(_conditionalFormattingOfSheet), _step4; !(_step4 = _iterator4()).done; ) {
        var conditionalFormattingRule = _step4.value, _conditionalFormattin3 = conditionalFormattingRule.style, fontFamily = _conditionalFormattin3.fontFamily, fontSize = _conditionalFormattin3.fontSize, fontWeight = _conditionalFormattin3.fontWeight, fontStyle = _conditionalFormattin3.fontStyle, textDecoration = _conditionalFormattin3.textDecoration, textColor = _conditionalFormattin3.textColor, backgroundColor = _conditionalFormattin3.backgroundColor, fillPatternStyle = _conditionalFormattin3.fillPatternStyle, fillPatternColor = _conditionalFormattin3.fillPatternColor, borderColor = _conditionalFormattin3.borderColor, borderStyle = _conditionalFormattin3.borderStyle, leftBorderColor = _conditionalFormattin3.leftBorderColor, leftBorderStyle = _conditionalFormattin3.leftBorderStyle, rightBorderColor = _conditionalFormattin3.rightBorderColor, rightBorderStyle = _conditionalFormattin3.rightBorderStyle, topBorderColor = _conditionalFormattin3.topBorderColor, topBorderStyle = _conditionalFormattin3.topBorderStyle, bottomBorderColor = _conditionalFormattin3.bottomBorderColor, bottomBorderStyle = _conditionalFormattin3.bottomBorderStyle;
        xml += "<dxf>";
        var font = {
          fontFamily,
          fontSize,
          fontWeight,
          fontStyle,
          textDecoration,
          textColor
        };
        if (hasFont(font)) {
          if (fontFamily)
            throw new Error("Conditional formatting can't be used to override font family");
          if (typeof fontSize == "number")
            throw new Error("Conditional formatting can't be used to override font size");
          xml += getFontXml(font);
        }
        var fill = {
          backgroundColor,
          fillPatternStyle,
          fillPatternColor
        };
        hasFill(fill) && (xml += getFillXml(fill, {
          conditionalFormatting: !0
        }));
        var border = {
          borderColor,
          borderStyle,
          leftBorderColor,
          leftBorderStyle,
          rightBorderColor,
          rightBorderStyle,
          topBorderColor,
          topBorderStyle,
          bottomBorderColor,
          bottomBorderStyle
        };
        hasBorder(border) && (xml += getBorderXml(border)), xml += "</dxf>";
      }
  }
  return xml += "</dxfs>", xml;
}

// node_modules/write-excel-file/modules/xlsx/helpers/getFileExtensionForContentType.js
function getFileExtensionForContentType(contentType) {
  if (!contentType)
    throw new Error("`contentType` is required");
  var extension = contentType.toLowerCase().replace(/.*\//, "");
  if (!extension)
    throw new Error("Unsupported `contentType`: " + contentType);
  return extension;
}

// node_modules/write-excel-file/modules/xlsx/features/images.js
function _typeof3(o) {
  "@babel/helpers - typeof";
  return _typeof3 = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && typeof Symbol == "function" && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof3(o);
}
function _createForOfIteratorHelperLoose10(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray12(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _toConsumableArray(r) {
  return _arrayWithoutHoles(r) || _iterableToArray(r) || _unsupportedIterableToArray12(r) || _nonIterableSpread();
}
function _nonIterableSpread() {
  throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray12(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray12(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray12(r, a) : void 0;
  }
}
function _iterableToArray(r) {
  if (typeof Symbol < "u" && r[Symbol.iterator] != null || r["@@iterator"] != null) return Array.from(r);
}
function _arrayWithoutHoles(r) {
  if (Array.isArray(r)) return _arrayLikeToArray12(r);
}
function _arrayLikeToArray12(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function ownKeys3(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread3(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = arguments[r] != null ? arguments[r] : {};
    r % 2 ? ownKeys3(Object(t), !0).forEach(function(r2) {
      _defineProperty3(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys3(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty3(e, r, t) {
  return (r = _toPropertyKey3(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e;
}
function _toPropertyKey3(t) {
  var i = _toPrimitive3(t, "string");
  return _typeof3(i) == "symbol" ? i : i + "";
}
function _toPrimitive3(t, r) {
  if (_typeof3(t) != "object" || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (e !== void 0) {
    var i = e.call(t, r || "default");
    if (_typeof3(i) != "object") return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return (r === "string" ? String : Number)(t);
}
var images_default = {
  files: {
    transform: {
      "[Content_Types].xml": {
        insert: function(sheetsOptions) {
          var sheetsImages = sheetsOptions.map(function(sheetOptions) {
            return sheetOptions.images;
          });
          if (sheetsImages.some(Boolean))
            return getContentTypesXml(sheetsImages);
        }
      },
      "xl/drawings/drawing{id}.xml": {
        insert: function(sheetOptions, _ref) {
          var sheetIndex = _ref.sheetIndex, sheetId = _ref.sheetId, images = sheetOptions.images;
          if (images)
            return getImagesDrawingXml({
              images
            });
        }
      },
      "xl/drawings/_rels/drawing{id}.xml.rels": {
        insert: function(sheetOptions, _ref2) {
          var sheetIndex = _ref2.sheetIndex, sheetId = _ref2.sheetId, images = sheetOptions.images;
          if (images)
            return getImagesDrawingXmlRels({
              images,
              sheetIndex
            });
        }
      }
    },
    write: {
      files: function(sheetsOptions, _ref3) {
        var read = _ref3.read, sheetsImages = sheetsOptions.map(function(sheetOptions) {
          return sheetOptions.images;
        });
        if (sheetsImages.some(Boolean))
          return sheetsImages.map(function(images, sheetIndex) {
            return images ? images.reduce(function(imagesContent, image, imageIndex) {
              return _objectSpread3(_objectSpread3({}, imagesContent), {}, _defineProperty3({}, "xl/media/".concat(getImageFileName(image, {
                sheetIndex,
                imageIndex
              })), image.content));
            }, {}) : {};
          }).reduce(function(allImagesContent, sheetImagesContent) {
            return _objectSpread3(_objectSpread3({}, allImagesContent), sheetImagesContent);
          }, {});
      }
    }
  }
};
function getContentTypesXml(sheetsImages) {
  for (var imagesFromAllSheets = sheetsImages.reduce(function(all, images) {
    return [].concat(_toConsumableArray(all), _toConsumableArray(images || []));
  }, []), xml = "", _iterator = _createForOfIteratorHelperLoose10(getFileExtensionContentTypes(imagesFromAllSheets)), _step; !(_step = _iterator()).done; ) {
    var _step$value = _step.value, fileExtension = _step$value.fileExtension, contentType = _step$value.contentType;
    xml += '<Default Extension="'.concat(fileExtension, '" ContentType="').concat(contentType, '"/>');
  }
  return xml;
}
function getFileExtensionContentTypes(images) {
  for (var fileExtensionContentTypes = [], addFileExtensionContentType = function(image2) {
    var fileExtension = getFileExtensionForContentType(image2.contentType), existingFileExtensionContentType = fileExtensionContentTypes.find(function(_) {
      return _.fileExtension === fileExtension;
    });
    existingFileExtensionContentType || fileExtensionContentTypes.push({
      fileExtension,
      contentType: image2.contentType
    });
  }, _iterator2 = _createForOfIteratorHelperLoose10(images), _step2; !(_step2 = _iterator2()).done; ) {
    var image = _step2.value;
    addFileExtensionContentType(image);
  }
  return fileExtensionContentTypes;
}
function getImageFileName(image, _ref4) {
  var sheetIndex = _ref4.sheetIndex, imageIndex = _ref4.imageIndex, sheetNumber = sheetIndex + 1, imageNumber = imageIndex + 1;
  return "sheet".concat(sheetNumber, "-image").concat(imageNumber, ".").concat(getFileExtensionForContentType(image.contentType));
}
function getImagesDrawingXml(_ref5) {
  for (var images = _ref5.images, xml = "", i = 0, _loop = function() {
    var image = _step3.value, imageId = i + 1, pxToEmu = function(px) {
      return pxToEmu_(px, image.dpi);
    };
    xml += "<xdr:oneCellAnchor>", xml += "<xdr:from>", xml += "<xdr:col>".concat(image.anchor.column - 1, "</xdr:col>"), xml += "<xdr:colOff>".concat(typeof image.offsetX == "number" ? pxToEmu(image.offsetX) : 0, "</xdr:colOff>"), xml += "<xdr:row>".concat(image.anchor.row - 1, "</xdr:row>"), xml += "<xdr:rowOff>".concat(typeof image.offsetY == "number" ? pxToEmu(image.offsetY) : 0, "</xdr:rowOff>"), xml += "</xdr:from>", xml += '<xdr:ext cx="'.concat(pxToEmu(image.width), '" cy="').concat(pxToEmu(image.height), '"/>'), xml += "<xdr:pic>", xml += "<xdr:nvPicPr>", xml += '<xdr:cNvPr id="'.concat(imageId, '" name="').concat(image.title ? sanitizeAttributeValue(image.title) : "Picture " + imageId, '" descr="').concat(image.description ? sanitizeAttributeValue(image.description) : "", '"/>'), xml += "<xdr:cNvPicPr>", xml += '<a:picLocks noChangeAspect="1"/>', xml += "</xdr:cNvPicPr>", xml += "</xdr:nvPicPr>", xml += "<xdr:blipFill>", xml += '<a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId-image-'.concat(imageId, '" cstate="print"/>'), xml += "<a:stretch>", xml += "<a:fillRect/>", xml += "</a:stretch>", xml += "</xdr:blipFill>", xml += "<xdr:spPr>", xml += '<a:prstGeom prst="rect">', xml += "<a:avLst/>", xml += "</a:prstGeom>", xml += "</xdr:spPr>", xml += "</xdr:pic>", xml += "<xdr:clientData/>", xml += "</xdr:oneCellAnchor>", i++;
  }, _iterator3 = _createForOfIteratorHelperLoose10(images), _step3; !(_step3 = _iterator3()).done; )
    _loop();
  return xml;
}
function getImagesDrawingXmlRels(_ref6) {
  var images = _ref6.images, sheetIndex = _ref6.sheetIndex;
  return images.map(function(image, i) {
    var imageId = i + 1;
    return '<Relationship Id="rId-image-'.concat(imageId, '" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/').concat(getImageFileName(image, {
      sheetIndex,
      imageIndex: i
    }), '"/>');
  }).join("");
}
var DEFAULT_DISPLAY_DPI = 96, DEFAULT_IMAGE_DPI = 96;
function pxToEmu_(px, imageDpi) {
  var displayDpi = DEFAULT_DISPLAY_DPI;
  return Math.round(px * 9525 * (DEFAULT_DISPLAY_DPI / displayDpi) * (DEFAULT_IMAGE_DPI / imageDpi));
}

// node_modules/write-excel-file/modules/xml/replaceElement.js
function replaceElement(xml, element, replacementXml) {
  return element.selfClosingTag ? xml.slice(0, element.openingTagStartIndex) + replacementXml + xml.slice(element.openingTagEndIndex + 1) : xml.slice(0, element.openingTagStartIndex) + replacementXml + xml.slice(element.closingTagEndIndex + 1);
}

// node_modules/write-excel-file/modules/xml/findElementInsideElement.js
function findElementInsideElement(xml, tagName, enclosingElement) {
  var element = findElement(getMarkupInsideElement(xml, enclosingElement), tagName);
  if (element)
    return applyEnclosingElementOffset(element, enclosingElement), element;
}

// node_modules/write-excel-file/modules/xlsx/features/stickyRowsOrColumns.js
var stickyRowsOrColumns_default = {
  files: {
    transform: {
      "xl/worksheets/sheet{id}.xml": {
        transform: function(xml, sheetOptions, _ref) {
          var sheetIndex = _ref.sheetIndex, sheetId = _ref.sheetId;
          if (hasStickyRowsOrColumns(sheetOptions)) {
            var stickyRowsCount = sheetOptions.stickyRowsCount, stickyColumnsCount = sheetOptions.stickyColumnsCount, paneAttributes = {
              // The vertical position of the split, in 1/20th of a point (twips),
              // or, when frozen, the number of visible rows in the top pane(s).
              ySplit: stickyRowsCount || 0,
              // The horizontal position of the split, in 1/20th of a point (twips),
              // or, when frozen, the number of visible columns in the left pane(s).
              xSplit: stickyColumnsCount || 0,
              // The visible cell in the top-left corner of the bottom-right pane.
              topLeftCell: getCellAddress(stickyRowsCount || 0, stickyColumnsCount || 0),
              // `activePane` defines which pane is active in a "split" or "frozen" `state`.
              // Possible values: "bottomLeft", "bottomRight", "topLeft", "topRight".
              activePane: "bottomRight",
              // `state: "frozen"` indicates that the panes are frozen, meaning the split area
              // (usually top rows or leftmost columns) remains fixed while the rest of the sheet scrolls.
              // Other possible values:
              // "split" — Indicates that the window is split into separate panes that can be scrolled independently, but are not locked in place.
              // "frozenSplit" — A combination used in specific scenarios (often by Excel itself) to manage complex freezing.
              state: "frozen"
            }, sheetViewElement = findElement(xml, "sheetView");
            if (sheetViewElement) {
              var paneElement = findElementInsideElement(xml, "pane", sheetViewElement), paneXml = getSelfClosingTagMarkup("pane", paneAttributes);
              paneElement ? xml = replaceElement(xml, paneElement, paneXml) : xml = appendMarkupInsideElement(xml, sheetViewElement, paneXml);
            } else {
              var sheetViewsElement = findElement(xml, "sheetViews");
              if (sheetViewsElement)
                throw new Error("xl/worksheets/sheet".concat(sheetId, ".xml: <sheetViews/> element exists but it doesn't contain any <sheetView/> elements"));
              var sheetViewAttributes = {
                tabSelected: sheetIndex === 0 ? 1 : 0,
                // The first sheet is selected by default.
                workbookViewId: 0
              }, sheetViewsXml = getOpeningTagMarkup("sheetViews") + getOpeningTagMarkup("sheetView", sheetViewAttributes) + getSelfClosingTagMarkup("pane", paneAttributes) + getClosingTagMarkup("sheetView", sheetViewAttributes) + getClosingTagMarkup("sheetViews"), worksheetElement = findElement(xml, "worksheet");
              xml = prependMarkupInsideElement(xml, worksheetElement, sheetViewsXml);
            }
          }
          return xml;
        }
      },
      "xl/workbook.xml": {
        transform: function(xml, sheetsOptions) {
          if (sheetsOptions.some(hasStickyRowsOrColumns)) {
            var workbookViewElement = findElement(xml, "workbookView");
            if (!workbookViewElement) {
              var bookViewsElement = findElement(xml, "bookViews");
              if (bookViewsElement)
                throw new Error("xl/workbook.xml: <bookViews/> element exists but it doesn't contain any <workbookView/> elements");
              return insertElementMarkupAccordingToOrderOfSiblings(xml, "<bookViews><workbookView/></bookViews>", getOrderOfSiblings("xl/workbook.xml", "workbook"), "workbook");
            }
          }
          return xml;
        }
      }
    }
  }
};
function hasStickyRowsOrColumns(sheetOptions) {
  return !!sheetOptions.stickyRowsCount || !!sheetOptions.stickyColumnsCount;
}

// node_modules/write-excel-file/modules/xlsx/getFeatures.js
function getFeatures(customFeatures) {
  var features = [];
  return features.push(conditionalFormatting_default), features.push(images_default), features.push(stickyRowsOrColumns_default), customFeatures && (customFeatures.forEach(validateFeature), features = features.concat(customFeatures)), features;
}
var TRANSFORMABLE_FILES = ["[Content_Types].xml", "_rels/.rels", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet{id}.xml", "xl/worksheets/_rels/sheet{id}.xml.rels", "xl/drawings/drawing{id}.xml", "xl/drawings/_rels/drawing{id}.xml.rels"];
function validateFeature(feature) {
  if (feature.files && feature.files.transform)
    for (var _i = 0, _Object$keys = Object.keys(feature.files.transform); _i < _Object$keys.length; _i++) {
      var key = _Object$keys[_i];
      if (TRANSFORMABLE_FILES.indexOf(key) < 0)
        throw new Error("Unknown file to transform: ".concat(key));
    }
}

// node_modules/write-excel-file/modules/xlsx/validateSheetData.js
function _createForOfIteratorHelperLoose11(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray13(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray13(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray13(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray13(r, a) : void 0;
  }
}
function _arrayLikeToArray13(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function validateSheetData(data) {
  if (!Array.isArray(data))
    throw new TypeError("Expected sheet data to be an array of rows");
  for (var _iterator = _createForOfIteratorHelperLoose11(data), _step; !(_step = _iterator()).done; ) {
    var row = _step.value;
    if (Array.isArray(row))
      return;
    throw new Error("Expected each sheet data row to be an array");
  }
}

// node_modules/write-excel-file/modules/xlsx/initializeSharedStrings.js
function initializeSharedStrings() {
  var sharedStrings = [], sharedStringIdByString = {};
  return {
    getSharedStrings: function() {
      return sharedStrings;
    },
    findOrCreateSharedString: function(string) {
      var id = sharedStringIdByString[string];
      return id === void 0 && (id = sharedStrings.length, sharedStringIdByString[string] = id, sharedStrings.push(string)), id;
    }
  };
}

// node_modules/write-excel-file/modules/xlsx/validateSheetName.js
var ILLEGAL_CHARACTERS_IN_SHEET_NAME = /[\[\]\/\\:*?]+/;
function validateSheetName(sheetName) {
  if (!sheetName)
    throw new Error("Sheet name can't be empty");
  if (sheetName.length > 31)
    throw new Error('Sheet name "'.concat(sheetName, `" can't be longer than 31 characters`));
  if (ILLEGAL_CHARACTERS_IN_SHEET_NAME.test(sheetName))
    throw new Error('Sheet name "'.concat(sheetName, '" contains illegal characters: []/\\:*?'));
}

// node_modules/write-excel-file/modules/xlsx/initializeSheets.js
function _createForOfIteratorHelperLoose12(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray14(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray14(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray14(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray14(r, a) : void 0;
  }
}
function _arrayLikeToArray14(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function initializeSheets(sheetsData, sheetsOptions, globalOptions) {
  for (var _initializeSharedStri = initializeSharedStrings(), getSharedStrings = _initializeSharedStri.getSharedStrings, findOrCreateSharedString = _initializeSharedStri.findOrCreateSharedString, defaultFont = getDefaultFont(globalOptions), _initializeStyles = initializeStyles(defaultFont), getCellStyles = _initializeStyles.getCellStyles, findOrCreateCellStyle = _initializeStyles.findOrCreateCellStyle, sheetNames = sheetsOptions.map(function(sheetOptions) {
    return sheetOptions.sheet;
  }), _iterator = _createForOfIteratorHelperLoose12(sheetNames), _step; !(_step = _iterator()).done; ) {
    var sheetName = _step.value;
    validateSheetName(sheetName);
  }
  for (var sheetXmlParameters = [], sheetIndex = 0; sheetIndex < sheetNames.length; )
    sheetXmlParameters.push({
      sheetData: sheetsData[sheetIndex],
      sheetOptions: sheetsOptions[sheetIndex],
      sheetIndex,
      sheetId: getSheetId(sheetIndex),
      hasDefaultFont: !!defaultFont,
      // hasDefaultFont: Boolean(sheetsDefaultFonts[sheetIndex]),
      // findOrCreateCellStyle: (style) => findOrCreateCellStyle(style, sheetIndex),
      findOrCreateCellStyle,
      findOrCreateSharedString
    }), sheetIndex++;
  return {
    sheets: sheetNames.map(function(sheetName2, _i) {
      var sheetIndex2 = _i;
      return {
        sheetId: getSheetId(sheetIndex2),
        sheetName: sheetName2,
        sheetXmlParameters: sheetXmlParameters[sheetIndex2]
      };
    }),
    getSharedStrings,
    getCellStyles
  };
}
function getSheetId(sheetIndex) {
  return String(sheetIndex + 1);
}
function getDefaultFont(globalOptions) {
  var fontFamily = globalOptions.fontFamily, fontSize = globalOptions.fontSize;
  if (fontFamily || typeof fontSize == "number")
    return {
      fontFamily,
      fontSize
    };
}

// node_modules/write-excel-file/modules/getSheetData/getSheetData.js
function getSheetData(objects, columns) {
  var headerRow;
  return columns.some(function(column) {
    return column.header;
  }) && (headerRow = columns.map(function(_ref) {
    var header = _ref.header;
    return header || null;
  })), (headerRow ? [headerRow] : []).concat(objects.map(function(object, objectIndex) {
    return columns.map(function(_ref2) {
      var cell = _ref2.cell;
      return cell(object, objectIndex);
    });
  }));
}

// node_modules/write-excel-file/modules/xlsx/helpers/features/getWrittenFiles.js
function _typeof4(o) {
  "@babel/helpers - typeof";
  return _typeof4 = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && typeof Symbol == "function" && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof4(o);
}
function ownKeys4(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread4(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = arguments[r] != null ? arguments[r] : {};
    r % 2 ? ownKeys4(Object(t), !0).forEach(function(r2) {
      _defineProperty4(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys4(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty4(e, r, t) {
  return (r = _toPropertyKey4(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e;
}
function _toPropertyKey4(t) {
  var i = _toPrimitive4(t, "string");
  return _typeof4(i) == "symbol" ? i : i + "";
}
function _toPrimitive4(t, r) {
  if (_typeof4(t) != "object" || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (e !== void 0) {
    var i = e.call(t, r || "default");
    if (_typeof4(i) != "object") return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return (r === "string" ? String : Number)(t);
}
function _createForOfIteratorHelperLoose13(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray15(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray15(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray15(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray15(r, a) : void 0;
  }
}
function _arrayLikeToArray15(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function getWrittenFiles(features, sheetsOptions, _ref) {
  for (var read = _ref.read, writtenFiles = {}, _iterator = _createForOfIteratorHelperLoose13(features), _step; !(_step = _iterator()).done; ) {
    var feature = _step.value;
    if (feature.files && feature.files.write && feature.files.write.files) {
      var files2 = feature.files.write.files(sheetsOptions, {
        read
      });
      files2 && (writtenFiles = _objectSpread4(_objectSpread4({}, writtenFiles), files2));
    }
  }
  return writtenFiles;
}

// node_modules/write-excel-file/modules/xlsx/generateXlsxFileContents.js
function _typeof5(o) {
  "@babel/helpers - typeof";
  return _typeof5 = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && typeof Symbol == "function" && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof5(o);
}
var _excluded = ["data"];
function ownKeys5(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread5(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = arguments[r] != null ? arguments[r] : {};
    r % 2 ? ownKeys5(Object(t), !0).forEach(function(r2) {
      _defineProperty5(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys5(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty5(e, r, t) {
  return (r = _toPropertyKey5(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e;
}
function _toPropertyKey5(t) {
  var i = _toPrimitive5(t, "string");
  return _typeof5(i) == "symbol" ? i : i + "";
}
function _toPrimitive5(t, r) {
  if (_typeof5(t) != "object" || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (e !== void 0) {
    var i = e.call(t, r || "default");
    if (_typeof5(i) != "object") return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return (r === "string" ? String : Number)(t);
}
function _objectWithoutProperties(e, t) {
  if (e == null) return {};
  var o, r, i = _objectWithoutPropertiesLoose(e, t);
  if (Object.getOwnPropertySymbols) {
    var n = Object.getOwnPropertySymbols(e);
    for (r = 0; r < n.length; r++) o = n[r], t.indexOf(o) === -1 && {}.propertyIsEnumerable.call(e, o) && (i[o] = e[o]);
  }
  return i;
}
function _objectWithoutPropertiesLoose(r, e) {
  if (r == null) return {};
  var t = {};
  for (var n in r) if ({}.hasOwnProperty.call(r, n)) {
    if (e.indexOf(n) !== -1) continue;
    t[n] = r[n];
  }
  return t;
}
function _createForOfIteratorHelperLoose14(r, e) {
  var t = typeof Symbol < "u" && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray16(r)) || e && r && typeof r.length == "number") {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] };
    };
  }
  throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function _unsupportedIterableToArray16(r, a) {
  if (r) {
    if (typeof r == "string") return _arrayLikeToArray16(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return t === "Object" && r.constructor && (t = r.constructor.name), t === "Map" || t === "Set" ? Array.from(r) : t === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray16(r, a) : void 0;
  }
}
function _arrayLikeToArray16(r, a) {
  (a == null || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function generateXlsxFileContents(arg1, arg2, arg3) {
  var _getArguments = getArguments(arg1, arg2, arg3), sheetsDataAndOptions = _getArguments.sheets, options = _getArguments.options, sheetsData = sheetsDataAndOptions.map(function(sheet) {
    return sheet.data;
  }), sheetsOptions = sheetsDataAndOptions.map(function(sheet) {
    return sheet.options;
  });
  sheetsOptions = setSheetNames(sheetsOptions), sheetsOptions = setConditionalFormattingRulesGlobalIndexes(sheetsOptions);
  var features = getFeatures(options.features), files2 = {}, readFile = function(path) {
    return files2[path];
  }, writeFiles = function(filesToWrite) {
    for (var _i = 0, _Object$keys = Object.keys(filesToWrite); _i < _Object$keys.length; _i++) {
      var path = _Object$keys[_i];
      validateFilePath(path), validateFileContent(path, filesToWrite[path]), files2[path] = filesToWrite[path];
    }
  }, _initializeSheets = initializeSheets(sheetsData, sheetsOptions, options), sheets = _initializeSheets.sheets, getSharedStrings = _initializeSheets.getSharedStrings, getCellStyles = _initializeSheets.getCellStyles;
  files2["[Content_Types].xml"] = generateContentTypesXml({
    sheetIds: sheets.map(function(_) {
      return _.sheetId;
    }),
    features,
    sheetsOptions
  }), files2["_rels/.rels"] = generateRelsXml({
    features,
    sheetsOptions
  }), files2["xl/_rels/workbook.xml.rels"] = generateWorkbookXmlRels({
    sheetIds: sheets.map(function(_) {
      return _.sheetId;
    }),
    features,
    sheetsOptions
  }), files2["xl/workbook.xml"] = generateWorkbookXml({
    sheetIdsAndNames: sheets.map(function(_ref) {
      var sheetId2 = _ref.sheetId, sheetName = _ref.sheetName;
      return {
        sheetId: sheetId2,
        sheetName
      };
    }),
    features,
    sheetsOptions
  });
  for (var sheetIndex = 0, _iterator = _createForOfIteratorHelperLoose14(sheets), _step; !(_step = _iterator()).done; ) {
    var _step$value = _step.value, sheetId = _step$value.sheetId, sheetXmlParameters = _step$value.sheetXmlParameters, sheetOptions = sheetsOptions[sheetIndex];
    files2["xl/worksheets/sheet".concat(sheetId, ".xml")] = generateSheetXml(sheetXmlParameters, features), files2["xl/worksheets/_rels/sheet".concat(sheetId, ".xml.rels")] = generateSheetXmlRels({
      sheetIndex,
      sheetId,
      sheetOptions,
      features
    }), files2["xl/drawings/drawing".concat(sheetId, ".xml")] = generateDrawingXml({
      sheetIndex,
      sheetId,
      sheetOptions,
      features
    }), files2["xl/drawings/_rels/drawing".concat(sheetId, ".xml.rels")] = generateDrawingXmlRels({
      sheetIndex,
      sheetId,
      sheetOptions,
      features
    }), sheetIndex++;
  }
  return writeFiles(getWrittenFiles(features, sheetsOptions, {
    read: readFile
  })), files2["xl/styles.xml"] = generateStylesXml(getCellStyles(), sheetsOptions, features), files2["xl/sharedStrings.xml"] = generateSharedStringsXml(getSharedStrings()), removeUnusedDrawings(files2, sheets), files2;
}
function removeUnusedDrawings(files2, sheets) {
  for (var _iterator2 = _createForOfIteratorHelperLoose14(sheets), _step2; !(_step2 = _iterator2()).done; ) {
    var sheetId = _step2.value.sheetId;
    if (files2["xl/drawings/drawing".concat(sheetId, ".xml")] === DRAWING_XML_START + DRAWING_XML_END) {
      if (delete files2["xl/drawings/drawing".concat(sheetId, ".xml")], delete files2["xl/drawings/_rels/drawing".concat(sheetId, ".xml.rels")], !removeSubstring(files2, "xl/worksheets/sheet".concat(sheetId, ".xml"), generateDrawingReference(getSelfClosingTagMarkup)))
        throw new Error(COULD_NOT_REMOVE_UNUSED_DRAWINGS);
      removeSubstring(files2, "xl/worksheets/_rels/sheet".concat(sheetId, ".xml.rels"), getDrawingRelationshipXml(sheetId)), removeSubstring(files2, "[Content_Types].xml", getDrawingContentTypeXml(sheetId));
    }
  }
}
var COULD_NOT_REMOVE_UNUSED_DRAWINGS = "Couldn't remove unused drawings";
function removeSubstring(files2, key, substring) {
  if (!files2[key])
    throw new Error("File not found: ".concat(key));
  if (files2[key].indexOf(substring) < 0)
    throw new Error('Substring "'.concat(substring, '" not found in "').concat(key, '"'));
  var stringBeforeRemoval = files2[key], stringAfterRemoval = stringBeforeRemoval.replace(substring, "");
  return files2[key] = stringAfterRemoval, stringBeforeRemoval !== stringAfterRemoval;
}
function validateFilePath(path) {
  if (path[0] === "/")
    throw new Error("File path must not start with a slash (/)");
}
function validateFileContent(path, content) {
  if (!content)
    throw new Error("File `content` not specified: ".concat(path));
}
function getArguments(arg1, arg2, arg3) {
  if (Array.isArray(arg1))
    if (arg1.length === 0 || Array.isArray(arg1[0])) {
      if (validateSheetData(arg1), Array.isArray(arg1[0]) && arg1.length > 0 && Array.isArray(arg1[0][0]))
        throw new Error("In order to write multiple sheets, pass an array of sheet objects");
      return {
        sheets: [{
          data: arg1,
          options: arg2 || {}
        }],
        options: arg3 || {}
      };
    } else if (isObject(arg1[0])) {
      if (isObject(arg2) && Array.isArray(arg2.schema))
        throw new Error("`schema` parameter was removed, use `columns` parameter instead");
      return isObject(arg2) && Array.isArray(arg2.columns) ? getArguments(getSheetData(arg1, arg2.columns), arg2, arg3) : {
        sheets: arg1.map(function(_ref2) {
          var data = _ref2.data, options = _objectWithoutProperties(_ref2, _excluded);
          if (!data)
            throw new Error("`data` property is required for each sheet");
          return validateSheetData(data), {
            data,
            options: options || {}
          };
        }),
        options: arg2 || {}
      };
    } else
      throw new Error("Invalid first argument: must be either sheet data \u2014 an array of arrays \u2014 or an array of sheet objects");
  else
    throw new Error("Invalid first argument: must be an array");
}
function setSheetNames(sheetsOptions) {
  return sheetsOptions.map(function(sheetOptions, sheetIndex) {
    return _objectSpread5(_objectSpread5({}, sheetOptions), {}, {
      sheet: sheetOptions.sheet || "Sheet".concat(sheetIndex + 1)
    });
  });
}
function setConditionalFormattingRulesGlobalIndexes(sheetsOptions) {
  var globalIndex = 0;
  return sheetsOptions.map(function(sheetOptions) {
    return _objectSpread5(_objectSpread5({}, sheetOptions), {}, {
      conditionalFormatting: sheetOptions.conditionalFormatting && sheetOptions.conditionalFormatting.map(function(conditionalFormattingRule) {
        return _objectSpread5(_objectSpread5({}, conditionalFormattingRule), {}, {
          // `++` operator returns the value before the increment.
          _globalIndex: globalIndex++
        });
      })
    });
  });
}

// node_modules/write-excel-file/modules/export/convertFilesContentToUint8Arrays.js
function convertFilesContentToUint8Arrays(files2, convertFileContentToUint8Array2) {
  var convertedFiles = {};
  return Promise.all(Object.keys(files2).map(function(key) {
    if (files2[key] instanceof Uint8Array)
      convertedFiles[key] = files2[key];
    else if (typeof files2[key] == "string")
      convertedFiles[key] = convertStringToUint8Array(files2[key]);
    else
      return convertFileContentToUint8Array2(files2[key]).then(function(uint8Array) {
        convertedFiles[key] = uint8Array;
      });
  })).then(function() {
    return convertedFiles;
  });
}
function convertStringToUint8Array(string) {
  return strToU8(string);
}

// node_modules/write-excel-file/modules/export/convertFileContentToUint8ArrayNode.js
import Stream from "node:stream";
import { Buffer as Buffer2, Blob } from "node:buffer";
function convertFileContentToUint8Array(fileContent) {
  if (fileContent instanceof Stream)
    return streamToUint8Array(fileContent);
  if (fileContent instanceof Blob)
    return blobToUint8Array(fileContent);
  if (fileContent instanceof Buffer2)
    return Promise.resolve(fileContent);
  throw new Error("Unsupported file content type. Expected a `Stream`, a `Blob` or a `Buffer`");
}
function streamToUint8Array(stream) {
  return new Promise(function(resolve, reject) {
    var chunks = [];
    stream.on("data", function(chunk) {
      chunks.push(chunk);
    }), stream.on("end", function() {
      resolve(Buffer2.concat(chunks));
    }), stream.on("error", reject);
  });
}
function blobToUint8Array(blob) {
  return blob.arrayBuffer().then(function(arrayBuffer) {
    return new Uint8Array(arrayBuffer);
  });
}

// node_modules/write-excel-file/modules/zip/zipToStream.js
import { Buffer as Buffer3 } from "node:buffer";
import { PassThrough } from "node:stream";
var COMPRESS_FILES_IN_PARALLEL = !1, PASS_FILE_CONTENT_AS_NODE_BUFFER = !0;
function zipToStream(files2) {
  for (var stream = new PassThrough(), fileDataSources = {}, compressionOptions = void 0, errored = !1, onError = function(error) {
    errored || (errored = !0, stream.destroy(error));
  }, start = function(zip2) {
    for (var _i = 0, _Object$keys = Object.keys(fileDataSources); _i < _Object$keys.length; _i++) {
      var filePath2 = _Object$keys[_i], fileData = PASS_FILE_CONTENT_AS_NODE_BUFFER ? Buffer3.from(files2[filePath2]) : strToU8(files2[filePath2]);
      fileDataSources[filePath2].push(fileData, !0);
    }
    zip2.end();
  }, zipperCallback = function(error, dataChunk, isEndOfArchive) {
    if (!errored) {
      if (error) {
        onError(error);
        return;
      }
      isEndOfArchive ? stream.end(dataChunk) : stream.write(dataChunk);
    }
  }, zip = new Zip(zipperCallback), _i2 = 0, _Object$keys2 = Object.keys(files2); _i2 < _Object$keys2.length; _i2++) {
    var filePath = _Object$keys2[_i2], fileDataSource = COMPRESS_FILES_IN_PARALLEL ? new AsyncZipDeflate(filePath, compressionOptions) : new ZipDeflate(filePath, compressionOptions);
    fileDataSources[filePath] = fileDataSource, zip.add(fileDataSource);
  }
  return start(zip), stream;
}

// node_modules/write-excel-file/modules/export/writeXlsxFileNode.js
function writeXlsxFile(arg1, arg2, arg3) {
  var files2 = generateXlsxFileContents(arg1, arg2, arg3), createReadableStream = function() {
    return convertFilesContentToUint8Arrays(files2, convertFileContentToUint8Array).then(function(files3) {
      return zipToStream(files3);
    });
  };
  return {
    toBuffer: function() {
      return createReadableStream().then(convertStreamToBuffer);
    },
    // toBlob() {
    // 	return createReadableStream().then(convertStreamToBuffer).then((buffer) => {
    // 		return new Blob([buffer], {
    // 			type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    // 		})
    // 	})
    // },
    toStream: function(writableStream) {
      return writableStream ? createReadableStream().then(function(readableStream) {
        return pipe(readableStream, writableStream);
      }) : createReadableStream();
    },
    toFile: function(filePath) {
      return createReadableStream().then(function(readableStream) {
        return pipe(readableStream, fs.createWriteStream(filePath));
      });
    }
  };
}
function convertStreamToBuffer(stream) {
  return new Promise(function(resolve, reject) {
    var chunks = [];
    stream.on("data", function(chunk) {
      chunks.push(chunk);
    }), stream.on("end", function() {
      resolve(Buffer.concat(chunks));
    }), stream.on("error", reject);
  });
}
function pipe(readableStream, writableStream) {
  return new Promise(function(resolve, reject) {
    readableStream.pipe(writableStream).on("finish", resolve).on("error", reject);
  });
}

// src/formatters/encode/xlsx-print.ts
function letters(n) {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + (x - 1) % 26) + s;
  return s;
}
function printable(xlsx, titles) {
  let files2 = unzipSync(xlsx);
  for (let name of Object.keys(files2)) {
    let m = /^xl\/worksheets\/sheet([0-9]+)\.xml$/.exec(name);
    if (!m) continue;
    let landscape = titles.find((t) => t.index === Number(m[1]) - 1)?.landscape === !0, xml = strFromU8(files2[name]);
    xml.includes("<sheetPr") || (xml = xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')), xml = /<pageSetup\b/.test(xml) ? xml.replace(/<pageSetup\b([^>]*?)\/>/, (_m, attrs) => `<pageSetup${attrs.replace(/\s+fitTo(Width|Height)="[^"]*"/g, "")} fitToWidth="1" fitToHeight="0"${landscape && !/orientation=/.test(attrs) ? ' orientation="landscape"' : ""}/>`) : xml.replace("</worksheet>", `<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0"${landscape ? ' orientation="landscape"' : ""}/></worksheet>`), files2[name] = strToU8(xml);
  }
  let names = titles.filter((t) => t.rows > 0 || t.columns > 0).map((t) => {
    let sheet = `'${t.name.replace(/'/g, "''")}'`, parts = [...t.columns > 0 ? [`${sheet}!$A:$${letters(t.columns)}`] : [], ...t.rows > 0 ? [`${sheet}!$1:$${t.rows}`] : []];
    return `<definedName name="_xlnm.Print_Titles" localSheetId="${t.index}">${xmlEscape(parts.join(","))}</definedName>`;
  }).join("");
  if (names !== "" && files2["xl/workbook.xml"]) {
    let wb = strFromU8(files2["xl/workbook.xml"]);
    files2["xl/workbook.xml"] = strToU8(wb.includes("<definedNames/>") ? wb.replace("<definedNames/>", `<definedNames>${names}</definedNames>`) : wb.replace("</definedNames>", `${names}</definedNames>`));
  }
  return zipSync(files2, { level: 6 });
}

export {
  writeXlsxFile,
  printable
};
