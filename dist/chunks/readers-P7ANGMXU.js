import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  InputError
} from "./chunk-CZVAYGWI.js";
import "./chunk-ZLPRX6IM.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD", nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040", nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*", regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  let matches = [], match = regex.exec(string);
  for (; match; ) {
    let allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    let len = match.length;
    for (let index = 0; index < len; index++)
      allmatches.push(match[index]);
    matches.push(allmatches), match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  let match = regexName.exec(string);
  return !(match === null || typeof match > "u");
};
function isExist(v) {
  return typeof v < "u";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
], criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: !1,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  let tags = [], tagFound = !1, reachedRoot = !1;
  xmlData[0] === "\uFEFF" && (xmlData = xmlData.substr(1));
  for (let i = 0; i < xmlData.length; i++)
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      if (i += 2, i = readPI(xmlData, i), i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      if (i++, xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = !1;
        xmlData[i] === "/" && (closingTag = !0, i++);
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== `
` && xmlData[i] !== "\r"; i++)
          tagName += xmlData[i];
        if (tagName = tagName.trim(), tagName[tagName.length - 1] === "/" && (tagName = tagName.substring(0, tagName.length - 1), i--), !validateTagName(tagName)) {
          let msg2;
          return tagName.trim().length === 0 ? msg2 = "Invalid space after '<'." : msg2 = "Tag '" + tagName + "' is an invalid name.", getErrorObject("InvalidTag", msg2, getLineNumberForPosition(xmlData, i));
        }
        let result = readAttributeStr(xmlData, i);
        if (result === !1)
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        let attrStr = result.value;
        if (i = result.index, attrStr[attrStr.length - 1] === "/") {
          let attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          let isValid = validateAttributeString(attrStr, options);
          if (isValid === !0)
            tagFound = !0;
          else
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
        } else if (closingTag)
          if (result.tagClosed) {
            if (attrStr.trim().length > 0)
              return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
            if (tags.length === 0)
              return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
            {
              let otg = tags.pop();
              if (tagName !== otg.tagName) {
                let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
                return getErrorObject(
                  "InvalidTag",
                  "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                  getLineNumberForPosition(xmlData, tagStartPos)
                );
              }
              tags.length == 0 && (reachedRoot = !0);
            }
          } else return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
        else {
          let isValid = validateAttributeString(attrStr, options);
          if (isValid !== !0)
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          if (reachedRoot === !0)
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          options.unpairedTags.indexOf(tagName) !== -1 || tags.push({ tagName, tagStartPos }), tagFound = !0;
        }
        for (i++; i < xmlData.length; i++)
          if (xmlData[i] === "<")
            if (xmlData[i + 1] === "!") {
              i++, i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              if (i = readPI(xmlData, ++i), i.err) return i;
            } else
              break;
          else if (xmlData[i] === "&") {
            let afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else if (reachedRoot === !0 && !isWhiteSpace(xmlData[i]))
            return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
        xmlData[i] === "<" && i--;
      }
    } else {
      if (isWhiteSpace(xmlData[i]))
        continue;
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  if (tagFound) {
    if (tags.length == 1)
      return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
    if (tags.length > 0)
      return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  } else return getErrorObject("InvalidXml", "Start tag expected.", 1);
  return !0;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === `
` || char === "\r";
}
function readPI(xmlData, i) {
  let start = i;
  for (; i < xmlData.length; i++)
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      let tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml")
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else
        continue;
    }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++)
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++)
      if (xmlData[i] === "<")
        angleBracketsCount++;
      else if (xmlData[i] === ">" && (angleBracketsCount--, angleBracketsCount === 0))
        break;
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++)
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
  }
  return i;
}
var doubleQuote = '"', singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "", startChar = "", tagClosed = !1;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote)
      startChar === "" ? startChar = xmlData[i] : startChar !== xmlData[i] || (startChar = "");
    else if (xmlData[i] === ">" && startChar === "") {
      tagClosed = !0;
      break;
    }
    attrStr += xmlData[i];
  }
  return startChar !== "" ? !1 : {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  let tokens = [], len = attrStr.length, i = 0;
  for (; i < len; ) {
    let tokenStart = i;
    for (; i < len && isWhiteSpace(attrStr[i]); ) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    let leadingWs = attrStr.slice(tokenStart, i), nameStart = i;
    for (; i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "="; ) i++;
    let name = attrStr.slice(nameStart, i), equalsGroup, j = i;
    for (; j < len && isWhiteSpace(attrStr[j]); ) j++;
    j < len && attrStr[j] === "=" && (equalsGroup = attrStr.slice(i, j + 1), i = j + 1);
    let quoteChar, value, k = i;
    for (; k < len && isWhiteSpace(attrStr[k]); ) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      let valueStart = k + 1, closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      closeIdx !== -1 && (quoteChar = attrStr[k], value = attrStr.slice(valueStart, closeIdx), i = closeIdx + 1);
    }
    let token = { startIndex: tokenStart };
    token[1] = leadingWs, token[2] = name, token[3] = equalsGroup, token[4] = quoteChar !== void 0 ? !0 : void 0, token[5] = quoteChar, token[6] = value, tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  let matches = scanAttributeTokens(attrStr), attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0)
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    if (matches[i][3] !== void 0 && matches[i][4] === void 0)
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    if (matches[i][3] === void 0 && !options.allowBooleanAttributes)
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    let attrName = matches[i][2];
    if (!validateAttrName(attrName))
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName))
      attrNames[attrName] = 1;
    else
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
  }
  return !0;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  for (xmlData[i] === "x" && (i++, re = /[\da-fA-F]/); i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  if (i++, xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#")
    return i++, validateNumberAmpersand(xmlData, i);
  let count2 = 0;
  for (; i < xmlData.length; i++, count2++)
    if (!(xmlData[i].match(/\w/) && count2 < 20)) {
      if (xmlData[i] === ";")
        break;
      return -1;
    }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  let lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
}, COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
}), SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#")
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  for (let ch of name)
    if (SPECIAL_CHARS.has(ch))
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
  return name;
}
function mergeEntityMaps(...maps) {
  let out = /* @__PURE__ */ Object.create(null);
  for (let map of maps)
    if (map)
      for (let key of Object.keys(map)) {
        let raw = map[key];
        if (typeof raw == "string")
          out[key] = raw;
        else if (raw && typeof raw == "object" && raw.val !== void 0) {
          let val = raw.val;
          typeof val == "string" && (out[key] = val);
        }
      }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external", LIMIT_TIER_BASE = "base", LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  return !raw || raw === LIMIT_TIER_EXTERNAL ? /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]) : raw === LIMIT_TIER_ALL ? /* @__PURE__ */ new Set([LIMIT_TIER_ALL]) : raw === LIMIT_TIER_BASE ? /* @__PURE__ */ new Set([LIMIT_TIER_BASE]) : Array.isArray(raw) ? new Set(raw) : /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 }), XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr)
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  let xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1, onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow, nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove, clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {}, this._maxTotalExpansions = this._limit.maxTotalExpansions || 0, this._maxExpandedLength = this._limit.maxExpandedLength || 0, this._postCheck = typeof options.postCheck == "function" ? options.postCheck : (r) => r, this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL), this._numericAllowed = options.numericAllowed ?? !0, this._baseMap = mergeEntityMaps(XML, options.namedEntities || null), this._externalMap = /* @__PURE__ */ Object.create(null), this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []), this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    let ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion, this._ncrOnLevel = ncrCfg.onLevel, this._ncrNullLevel = ncrCfg.nullLevel, this._onExternalEntity = typeof options.onExternalEntity == "function" ? options.onExternalEntity : null, this._onInputEntity = typeof options.onInputEntity == "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return !0;
    let action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return !1;
    if (action === ENTITY_ACTION.THROW)
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    return !0;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map)
      for (let key of Object.keys(map))
        validateEntityName(key);
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    let flat2 = mergeEntityMaps(map), filtered = /* @__PURE__ */ Object.create(null);
    for (let [name, value] of Object.entries(flat2))
      this._applyRegistrationHook(this._onExternalEntity, name, value, "external") && (filtered[name] = value);
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key), typeof value == "string" && value.indexOf("&") === -1 && this._applyRegistrationHook(this._onExternalEntity, key, value, "external") && (this._externalMap[key] = value);
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    if (this._totalExpansions = 0, this._expandedLength = 0, !this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    let flat2 = mergeEntityMaps(map), filtered = /* @__PURE__ */ Object.create(null);
    for (let [name, value] of Object.entries(flat2))
      this._applyRegistrationHook(this._onInputEntity, name, value, "input") && (filtered[name] = value);
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    return this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str != "string" || str.length === 0 || str.indexOf("&") === -1) return str;
    let original = str, chunks = [], len = str.length, last = 0, i = 0, limitExpansions = this._maxTotalExpansions > 0, limitLength = this._maxExpandedLength > 0, checkLimits = limitExpansions || limitLength;
    for (; i < len; ) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      for (; j < len && str.charCodeAt(j) !== 59 && j - i <= 32; ) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      let token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement, tier;
      if (this._removeSet.has(token))
        replacement = "", tier === void 0 && (tier = LIMIT_TIER_EXTERNAL);
      else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        let ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult, tier = LIMIT_TIER_BASE;
      } else {
        let resolved = this._resolveName(token);
        replacement = resolved?.value, tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last && chunks.push(str.slice(last, i)), chunks.push(replacement), last = j + 1, i = last, checkLimits && this._tierCounts(tier)) {
        if (limitExpansions && (this._totalExpansions++, this._totalExpansions > this._maxTotalExpansions))
          throw new Error(
            `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
          );
        if (limitLength) {
          let delta = replacement.length - (token.length + 2);
          if (delta > 0 && (this._expandedLength += delta, this._expandedLength > this._maxExpandedLength))
            throw new Error(
              `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
            );
        }
      }
    }
    last < len && chunks.push(str.slice(last));
    let result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    return this._limitTiers.has(LIMIT_TIER_ALL) ? !0 : this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    return cp === 0 ? this._ncrNullLevel : cp >= 55296 && cp <= 57343 || this._ncrXmlVersion === 1 && cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp) ? NCR_LEVEL.remove : -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    let second = token.charCodeAt(1), cp;
    if (second === 120 || second === 88 ? cp = parseInt(token.slice(2), 16) : cp = parseInt(token.slice(1), 10), Number.isNaN(cp) || cp < 0 || cp > 1114111) return;
    let minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return;
    let effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => DANGEROUS_PROPERTY_NAMES.includes(name) ? "__" + name : name, defaultOptions2 = {
  preserveOrder: !1,
  attributeNamePrefix: "@_",
  attributesGroupName: !1,
  textNodeName: "#text",
  ignoreAttributes: !0,
  removeNSPrefix: !1,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: !1,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: !0,
  parseAttributeValue: !1,
  trimValues: !0,
  //Trim string values of tag and attributes
  cdataPropName: !1,
  numberParseOptions: {
    hex: !0,
    leadingZeros: !0,
    eNotation: !0,
    unicode: !1
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: !1,
  isArray: () => !1,
  commentPropName: !1,
  unpairedTags: [],
  processEntities: !0,
  htmlEntities: !1,
  entityDecoder: null,
  ignoreDeclaration: !1,
  ignorePiTags: !1,
  transformTagName: !1,
  transformAttributeName: !1,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: !1,
  maxNestedTags: 100,
  strictReservedNames: !0,
  jPath: !0,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName != "string")
    return;
  let normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase()))
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase()))
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
}
function normalizeProcessEntities(value, htmlEntities) {
  return typeof value == "boolean" ? {
    enabled: value,
    // true or false
    maxEntitySize: 1e4,
    maxExpansionDepth: 1e4,
    maxTotalExpansions: 1 / 0,
    maxExpandedLength: 1e5,
    maxEntityCount: 1e3,
    allowedTags: null,
    tagFilter: null,
    appliesTo: "all"
  } : typeof value == "object" && value !== null ? {
    enabled: value.enabled !== !1,
    maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
    maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
    maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? 1 / 0),
    maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
    maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
    allowedTags: value.allowedTags ?? null,
    tagFilter: value.tagFilter ?? null,
    appliesTo: value.appliesTo ?? "all"
  } : normalizeProcessEntities(!0);
}
var buildOptions = function(options) {
  let built = Object.assign({}, defaultOptions2, options), propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (let { value, name } of propertyNameOptions)
    value && validatePropertyName(value, name);
  return built.onDangerousProperty === null && (built.onDangerousProperty = defaultOnDangerousProperty), built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities), built.unpairedTagsSet = new Set(built.unpairedTags), built.stopNodes && Array.isArray(built.stopNodes) && (built.stopNodes = built.stopNodes.map((node) => typeof node == "string" && node.startsWith("*.") ? ".." + node.substring(2) : node)), built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
typeof Symbol != "function" ? METADATA_SYMBOL = "@@xmlMetadata" : METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname, this.child = [], this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    key === "__proto__" && (key = "#__proto__"), this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    node.tagname === "__proto__" && (node.tagname = "#__proto__"), node[":@"] && Object.keys(node[":@"]).length > 0 ? this.child.push({ [node.tagname]: node.child, ":@": node[":@"] }) : this.child.push({ [node.tagname]: node.child }), this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    startIndex !== void 0 && (this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex });
  }
  addEndIndex(endIndex) {
    let lastChild = this.child[this.child.length - 1];
    lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0 && (lastChild[METADATA_SYMBOL].endIndex = endIndex);
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD", nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040", nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}", nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040", buildRegexes = (startChar, char, flags = "") => {
  let ncStart = startChar.replace(":", ""), ncChar = char.replace(":", ""), ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
}, regexes10 = buildRegexes(nameStartChar10, nameChar10), regexes11 = buildRegexes(nameStartChar11, nameChar11, "u"), nameStartCharAscii = ":A-Za-z_", nameCharAscii = nameStartCharAscii + "\\-\\.\\d", regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii), getRegexes = (xmlVersion = "1.0", asciiOnly = !1) => asciiOnly ? regexesAscii : xmlVersion === "1.1" ? regexes11 : regexes10;
var qName = (str, { xmlVersion = "1.0", asciiOnly = !1 } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options, this.options = options, this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    let entities = /* @__PURE__ */ Object.create(null), entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1, hasBody = !1, comment = !1, quoteChar = null, exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          xmlData[i] === quoteChar && (quoteChar = null), exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i], exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            if ([entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr), val.indexOf("&") === -1) {
              if (this.options.enabled !== !1 && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount)
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              entities[entityName] = val, entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            let { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i))
            i += 8;
          else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            let { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = !0;
          else throw new Error("Invalid DOCTYPE");
          angleBracketsCount++, exp = "";
        } else if (xmlData[i] === ">") {
          if (comment ? xmlData[i - 1] === "-" && xmlData[i - 2] === "-" && (comment = !1, angleBracketsCount--) : angleBracketsCount--, angleBracketsCount === 0)
            break;
        } else xmlData[i] === "[" ? hasBody = !0 : exp += xmlData[i];
      }
      if (quoteChar !== null || angleBracketsCount !== 0)
        throw new Error("Unclosed DOCTYPE");
    } else
      throw new Error("Invalid Tag instead of DOCTYPE");
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'"; )
      i++;
    let entityName = xmlData.substring(startIndex, i);
    if (validateEntityName2(entityName, { xmlVersion: this.xmlVersion }), i = skipWhitespace(xmlData, i), !this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM")
        throw new Error("External entities are not supported");
      if (xmlData[i] === "%")
        throw new Error("Parameter entities are not supported");
    }
    let entityValue = "";
    if ([i, entityValue] = this.readIdentifierVal(xmlData, i, "entity"), this.options.enabled !== !1 && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize)
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    return i--, [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion }), i = skipWhitespace(xmlData, i);
    let identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC")
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    i += identifierType.length, i = skipWhitespace(xmlData, i);
    let publicIdentifier = null, systemIdentifier = null;
    if (identifierType === "PUBLIC")
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier"), i = skipWhitespace(xmlData, i), (xmlData[i] === '"' || xmlData[i] === "'") && ([i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier"));
    else if (identifierType === "SYSTEM" && ([i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier"), !this.suppressValidationErr && !systemIdentifier))
      throw new Error("Missing mandatory system identifier for SYSTEM notation");
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "", startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'")
      throw new Error(`Expected quoted string, found "${startChar}"`);
    i++;
    let startIndex = i;
    for (; i < xmlData.length && xmlData[i] !== startChar; )
      i++;
    if (identifierVal = xmlData.substring(startIndex, i), xmlData[i] !== startChar)
      throw new Error(`Unterminated ${type} value`);
    return i++, [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion }))
      throw new Error(`Invalid element name: "${elementName}"`);
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      let startIndex2 = i;
      for (; i < xmlData.length && xmlData[i] !== ")"; )
        i++;
      if (contentModel = xmlData.substring(startIndex2, i), xmlData[i] !== ")")
        throw new Error("Unterminated content model");
    } else if (!this.suppressValidationErr)
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let elementName = xmlData.substring(startIndex, i);
    for (validateEntityName2(elementName, { xmlVersion: this.xmlVersion }), i = skipWhitespace(xmlData, i), startIndex = i; i < xmlData.length && !/\s/.test(xmlData[i]); )
      i++;
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion }))
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      if (attributeType = "NOTATION", i += 8, i = skipWhitespace(xmlData, i), xmlData[i] !== "(")
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      i++;
      let allowedNotations = [];
      for (; i < xmlData.length && xmlData[i] !== ")"; ) {
        let startIndex2 = i;
        for (; i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")"; )
          i++;
        let notation = xmlData.substring(startIndex2, i);
        if (notation = notation.trim(), !validateEntityName2(notation, { xmlVersion: this.xmlVersion }))
          throw new Error(`Invalid notation name: "${notation}"`);
        allowedNotations.push(notation), xmlData[i] === "|" && (i++, i = skipWhitespace(xmlData, i));
      }
      if (xmlData[i] !== ")")
        throw new Error("Unterminated list of notations");
      i++, attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      let startIndex2 = i;
      for (; i < xmlData.length && !/\s/.test(xmlData[i]); )
        i++;
      attributeType += xmlData.substring(startIndex2, i);
      let validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase()))
        throw new Error(`Invalid attribute type: "${attributeType}"`);
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    return xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED" ? (defaultValue = "#REQUIRED", i += 8) : xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED" ? (defaultValue = "#IMPLIED", i += 7) : [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST"), {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
}, skipWhitespace = (data, index) => {
  for (; index < data.length && /\s/.test(data[index]); )
    index++;
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++)
    if (seq[j] !== data[i + j + 1]) return !1;
  return !0;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
], NOT_DIGIT = 255, HIGH_MAP = /* @__PURE__ */ new Map(), LOW_MAX = 65535, LOW_MIN = 1632, TABLE_OFFSET = LOW_MIN, TABLE_SIZE = LOW_MAX - LOW_MIN + 1, TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (let zero of SCRIPT_ZEROS)
  for (let d = 0; d < 10; d++) {
    let cp = zero + d;
    cp <= LOW_MAX ? TABLE[cp - TABLE_OFFSET] = d : HIGH_MAP.set(cp, d);
  }

// node_modules/anynum/anynum.js
var CHAR_0 = 48, CHAR_9 = 57, CHAR_MINUS = 45, MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str != "string") return str;
  let len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    let cc = str.charCodeAt(i);
    if (!(cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS)) {
      if (cc < TABLE_OFFSET) {
        if (MINUS_SET.has(cc)) {
          firstHit = i;
          break;
        }
        continue;
      }
      if (cc >= 55296 && cc <= 56319) {
        if (i + 1 < len) {
          let low = str.charCodeAt(i + 1);
          if (low >= 56320 && low <= 57343) {
            let cp = 65536 + (cc - 55296 << 10) + (low - 56320);
            if (HIGH_MAP.has(cp)) {
              firstHit = i;
              break;
            }
          }
        }
        continue;
      }
      if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
    }
  }
  if (firstHit === -1) return str;
  let chars = [];
  firstHit > 0 && chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    let cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        let low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          let cp = 65536 + (cc - 55296 << 10) + (low - 56320), d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48)), i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    let d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/, binRegex = /^0b[01]+$/, octRegex = /^0o[0-7]+$/, numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/, consider = {
  hex: !0,
  binary: !1,
  octal: !1,
  leadingZeros: !0,
  decimalPoint: ".",
  eNotation: !0,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: !1
};
function toNumber(str, options = {}) {
  if (options = Object.assign({}, consider, options), !str || typeof str != "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  if (trimmedStr === "0" || options.unicode && (trimmedStr = anynum_default(trimmedStr), trimmedStr === "0"))
    return 0;
  if (options.hex && hexRegex.test(trimmedStr))
    return parse_int(trimmedStr, 16);
  if (options.binary && binRegex.test(trimmedStr))
    return parse_int(trimmedStr, 2);
  if (options.octal && octRegex.test(trimmedStr))
    return parse_int(trimmedStr, 8);
  if (isFinite(trimmedStr)) {
    if (trimmedStr.includes("e") || trimmedStr.includes("E"))
      return resolveEnotation(str, trimmedStr, options);
    {
      let match = numRegex.exec(trimmedStr);
      if (match) {
        let sign = match[1] || "", leadingZeros = match[2], numTrimmedByZeros = trimZeros(match[3]), decimalAdjacentToLeadingZeros = sign ? (
          // 0., -00., 000.
          trimmedStr[leadingZeros.length + 1] === "."
        ) : trimmedStr[leadingZeros.length] === ".";
        if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros))
          return str;
        {
          let num = Number(trimmedStr), parsedStr = String(num);
          if (num === 0) return num;
          if (parsedStr.search(/[eE]/) !== -1)
            return options.eNotation ? num : str;
          if (trimmedStr.indexOf(".") !== -1)
            return parsedStr === "0" || parsedStr === numTrimmedByZeros || parsedStr === `${sign}${numTrimmedByZeros}` ? num : str;
          let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
          return leadingZeros ? n === parsedStr || sign + n === parsedStr ? num : str : n === parsedStr || n === sign + parsedStr ? num : str;
        }
      } else
        return str;
    }
  } else {
    let num = Number(trimmedStr);
    return Number.isNaN(num) ? str : handleInfinity(str, num, options);
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  let notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "", eChar = notation[3].indexOf("e") === -1 ? "E" : "e", leadingZeros = notation[2], eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    return leadingZeros.length > 1 && eAdjacentToLeadingZeros ? str : leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar) ? Number(trimmedStr) : leadingZeros.length > 0 ? options.leadingZeros && !eAdjacentToLeadingZeros ? Number(trimmedStr) : str : Number(trimmedStr);
  } else
    return str;
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    for (; end > 0 && numStr.charCodeAt(end - 1) === 48; ) end--;
    return numStr = numStr.slice(0, end), numStr === "." ? numStr = "0" : numStr[0] === "." ? numStr = "0" + numStr : numStr[numStr.length - 1] === "." && (numStr = numStr.substring(0, numStr.length - 1)), numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  let str = numStr.trim();
  if ((base === 2 || base === 8) && (numStr = str.substring(2)), parseInt) return parseInt(numStr, base);
  if (Number.parseInt) return Number.parseInt(numStr, base);
  if (window && window.parseInt) return window.parseInt(numStr, base);
  throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  let isPositive = num === 1 / 0;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  return typeof ignoreAttributes == "function" ? ignoreAttributes : Array.isArray(ignoreAttributes) ? (attrName) => {
    for (let pattern of ignoreAttributes)
      if (typeof pattern == "string" && attrName === pattern || pattern instanceof RegExp && pattern.test(attrName))
        return !0;
  } : () => !1;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern, this.separator = options.separator || ".", this.segments = this._parse(pattern), this.data = data, this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard"), this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0), this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    let segments = [], i = 0, currentPart = "";
    for (; i < pattern.length; )
      pattern[i] === this.separator ? i + 1 < pattern.length && pattern[i + 1] === this.separator ? (currentPart.trim() && (segments.push(this._parseSegment(currentPart.trim())), currentPart = ""), segments.push({ type: "deep-wildcard" }), i += 2) : (currentPart.trim() && segments.push(this._parseSegment(currentPart.trim())), currentPart = "", i++) : (currentPart += pattern[i], i++);
    return currentPart.trim() && segments.push(this._parseSegment(currentPart.trim())), segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    let segment = { type: "tag" }, bracketContent = null, withoutBrackets = part, bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch && (withoutBrackets = bracketMatch[1] + bracketMatch[3], bracketMatch[2])) {
      let content = bracketMatch[2].slice(1, -1);
      content && (bracketContent = content);
    }
    let namespace, tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      let nsIndex = withoutBrackets.indexOf("::");
      if (namespace = withoutBrackets.substring(0, nsIndex).trim(), tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(), !namespace)
        throw new Error(`Invalid namespace in pattern: ${part}`);
    }
    let tag, positionMatch = null;
    if (tagAndPosition.includes(":")) {
      let colonIndex = tagAndPosition.lastIndexOf(":"), tagPart = tagAndPosition.substring(0, colonIndex).trim(), posPart = tagAndPosition.substring(colonIndex + 1).trim();
      ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart) ? (tag = tagPart, positionMatch = posPart) : tag = tagAndPosition;
    } else
      tag = tagAndPosition;
    if (!tag)
      throw new Error(`Invalid segment pattern: ${part}`);
    if (segment.tag = tag, namespace && (segment.namespace = namespace), bracketContent)
      if (bracketContent.includes("=")) {
        let eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim(), segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else
        segment.attrName = bracketContent.trim();
    if (positionMatch) {
      let nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      nthMatch ? (segment.position = "nth", segment.positionValue = parseInt(nthMatch[1], 10)) : segment.position = positionMatch;
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map(), this._wildcardByDepth = /* @__PURE__ */ new Map(), this._deepWildcards = [], this._deepByTerminalTag = /* @__PURE__ */ new Map(), this._patterns = /* @__PURE__ */ new Set(), this._sealed = !1;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed)
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    if (this._patterns.has(expression.pattern)) return this;
    if (this._patterns.add(expression.pattern), expression.hasDeepWildcard()) {
      let lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        let tag2 = lastSeg2.tag;
        this._deepByTerminalTag.has(tag2) || this._deepByTerminalTag.set(tag2, []), this._deepByTerminalTag.get(tag2).push(expression);
      } else
        this._deepWildcards.push(expression);
      return this;
    }
    let depth = expression.length, tag = expression.segments[expression.segments.length - 1]?.tag;
    if (!tag || tag === "*")
      this._wildcardByDepth.has(depth) || this._wildcardByDepth.set(depth, []), this._wildcardByDepth.get(depth).push(expression);
    else {
      let key = `${depth}:${tag}`;
      this._byDepthAndTag.has(key) || this._byDepthAndTag.set(key, []), this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (let expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    return this._sealed = !0, this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    let depth = matcher.getDepth(), tag = matcher.getCurrentTag(), exactKey = `${depth}:${tag}`, exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++)
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
    }
    let wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++)
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
    }
    let deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++)
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
    }
    for (let i = 0; i < this._deepWildcards.length; i++)
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    let path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    let path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    let path = this._matcher.path;
    if (path.length !== 0)
      return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    let path = this._matcher.path;
    if (path.length === 0) return !1;
    let current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    let path = this._matcher.path;
    return path.length === 0 ? -1 : path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    let path = this._matcher.path;
    return path.length === 0 ? -1 : path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = !0) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}, Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".", this.path = [], this.siblingStacks = [], this._pathStringCache = null, this._view = new MatcherView(this), this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null, this.path.length > 0 && (this.path[this.path.length - 1].values = void 0);
    let currentLevel = this.path.length, level = this.siblingStacks[currentLevel];
    level || (level = { counts: /* @__PURE__ */ new Map(), total: 0 }, this.siblingStacks[currentLevel] = level);
    let siblingKey = namespace ? `${namespace}:${tagName}` : tagName, counter = level.counts.get(siblingKey) || 0, position = level.total;
    level.counts.set(siblingKey, counter + 1), level.total++;
    let node = {
      tag: tagName,
      position,
      counter
    };
    namespace != null && (node.namespace = namespace), attrValues != null && (node.values = attrValues), this.path.push(node);
    let depth = this.path.length, keep = options !== null ? options.keep : null;
    if (keep != null && keep.length > 0 && attrValues)
      for (let i = 0; i < keep.length; i++) {
        let name = keep[i];
        attrValues[name] !== void 0 && this._keptAttrs.push({ depth, name, value: attrValues[name] });
      }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return;
    this._pathStringCache = null;
    let node = this.path.pop();
    this.siblingStacks.length > this.path.length + 1 && (this.siblingStacks.length = this.path.length + 1);
    let poppedDepth = this.path.length + 1;
    for (; this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth; )
      this._keptAttrs.pop();
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      let current = this.path[this.path.length - 1];
      attrValues != null && (current.values = attrValues);
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length !== 0)
      return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return !1;
    let current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    let kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i].name === attrName) return kept[i].value;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    let kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i].name === attrName) return !0;
    return !1;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    return this.path.length === 0 ? -1 : this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    return this.path.length === 0 ? -1 : this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = !0) {
    let sep2 = separator || this.separator;
    if (sep2 === this.separator && includeNamespace === !0) {
      if (this._pathStringCache !== null)
        return this._pathStringCache;
      let result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      return this._pathStringCache = result, result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null, this.path = [], this.siblingStacks = [], this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    let segments = expression.segments;
    return segments.length === 0 ? !1 : expression.hasDeepWildcard() ? this._matchWithDeepWildcard(segments) : this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length)
      return !1;
    for (let i = 0; i < segments.length; i++)
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1))
        return !1;
    return !0;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1, segIdx = segments.length - 1;
    for (; segIdx >= 0 && pathIdx >= 0; ) {
      let segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        if (segIdx--, segIdx < 0)
          return !0;
        let nextSeg = segments[segIdx], found = !1;
        for (let i = pathIdx; i >= 0; i--)
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1, segIdx--, found = !0;
            break;
          }
        if (!found)
          return !1;
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1))
          return !1;
        pathIdx--, segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag || segment.namespace !== void 0 && segment.namespace !== "*" && segment.namespace !== node.namespace || segment.attrName !== void 0 && (!isCurrentNode || !node.values || !(segment.attrName in node.values) || segment.attrValue !== void 0 && String(node.values[segment.attrName]) !== String(segment.attrValue)))
      return !1;
    if (segment.position !== void 0) {
      if (!isCurrentNode)
        return !1;
      let counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0)
        return !1;
      if (segment.position === "odd" && counter % 2 !== 1)
        return !1;
      if (segment.position === "even" && counter % 2 !== 0)
        return !1;
      if (segment.position === "nth" && counter !== segment.positionValue)
        return !1;
    }
    return !0;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level && { counts: new Map(level.counts), total: level.total }),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null, this.path = snapshot.path.map((node) => ({ ...node })), this.siblingStacks = snapshot.siblingStacks.map((level) => level && { counts: new Map(level.counts), total: level.total }), this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
], html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
], xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
], svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
], sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
], shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
], redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`, NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
], nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
], log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
], SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA], sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: `
`
}), ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  return input.indexOf("&") === -1 ? input : input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0)
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    let cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    return !Number.isFinite(cp) || cp > 1114111 ? match : String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = !0;
xml_default.decodeEntities = !0;
svg_default.decodeEntities = !0;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value != "string")
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
}
function assertContext(context) {
  if (!(context instanceof RegExp)) {
    if (Array.isArray(context)) {
      if (context.length === 0)
        throw new TypeError("is-unsafe: context must not be an empty array");
      if (Array.isArray(context[0])) {
        for (let list of context)
          if (!Array.isArray(list) || list.length === 0)
            throw new TypeError(
              "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
            );
      }
      return;
    }
    throw new TypeError(
      `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
    );
  }
}
function normalise(context) {
  return context instanceof RegExp ? { lists: null, regex: context } : Array.isArray(context[0]) ? { lists: context, regex: null } : { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  let decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  let label = list.label ?? "CUSTOM", decoded = decodedCopy(value, list);
  for (let rule of list)
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded))
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
  return null;
}
function isUnsafe(value, context) {
  assertString(value), assertContext(context);
  let { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (let list of lists)
    if (matchList(value, list) !== null) return !0;
  return !1;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  let attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  let rawAttrs = {};
  for (let key in attrs)
    if (key.startsWith(options.attributeNamePrefix)) {
      let rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else
      rawAttrs[key] = attrs[key];
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName != "string") return;
  let colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    let ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns")
      return ns;
  }
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options, this.currentNode = null, this.tagsNodeStack = [], this.parseXml = parseXml, this.parseTextData = parseTextData, this.resolveNameSpace = resolveNameSpace, this.buildAttributesMap = buildAttributesMap, this.isItStopNode = isItStopNode, this.replaceEntitiesValue = replaceEntitiesValue, this.readStopNodeData = readStopNodeData, this.saveTextToParentTag = saveTextToParentTag, this.addChild = addChild, this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes), this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = !1;
    let namedEntities = { ...XML };
    this.options.entityDecoder ? this.entityDecoder = this.options.entityDecoder : (typeof this.options.htmlEntities == "object" ? namedEntities = this.options.htmlEntities : this.options.htmlEntities === !0 && (namedEntities = { ...COMMON_HTML, ...CURRENCY }), this.entityDecoder = new EntityDecoder({
      namedEntities: { ...namedEntities, ...externalEntities },
      numericAllowed: this.options.htmlEntities,
      limit: {
        maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
        maxExpandedLength: this.options.processEntities.maxExpandedLength,
        applyLimitsTo: this.options.processEntities.appliesTo
      },
      // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
      onInputEntity: (name, value) => (
        //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
        isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
      )
      //postCheck: resolved => resolved
    })), this.matcher = new Matcher(), this.readonlyMatcher = this.matcher.readOnly(), this.isCurrentNodeStopNode = !1, this.stopNodeExpressionsSet = new ExpressionSet();
    let stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        let stopNodeExp = stopNodesOpts[i];
        typeof stopNodeExp == "string" ? this.stopNodeExpressionsSet.add(new Expression(stopNodeExp)) : stopNodeExp instanceof Expression && this.stopNodeExpressionsSet.add(stopNodeExp);
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  let options = this.options;
  if (val !== void 0 && (options.trimValues && !dontTrim && (val = val.trim()), val.length > 0)) {
    escapeEntities || (val = this.replaceEntitiesValue(val, tagName, jPath));
    let jPathOrMatcher = options.jPath ? jPath.toString() : jPath, newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
    return newval == null ? val : typeof newval != typeof val || newval !== val ? newval : options.trimValues || val.trim() === val ? parseValue(val, options.parseTagValue, options.numberParseOptions) : val;
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    let tags = tagname.split(":"), prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns")
      return "";
    tags.length === 2 && (tagname = prefix + tags[1]);
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = !1) {
  let options = this.options;
  if (force === !0 || options.ignoreAttributes !== !0 && typeof attrStr == "string") {
    let matches = getAllMatches(attrStr, attrsRegx), len = matches.length, attrs = {}, processedVals = new Array(len), hasRawAttrs = !1, rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      let attrName = this.resolveNameSpace(matches[i][1]), oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        options.trimValues && (val = val.trim()), val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher), processedVals[i] = val, rawAttrsForMatcher[attrName] = val, hasRawAttrs = !0;
      }
    }
    hasRawAttrs && typeof jPath == "object" && jPath.updateCurrent && jPath.updateCurrent(rawAttrsForMatcher);
    let jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher, hasAttrs = !1;
    for (let i = 0; i < len; i++) {
      let attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length)
        if (options.transformAttributeName && (aName = options.transformAttributeName(aName)), aName = sanitizeName(aName, options), attrValue(matches[i]) !== void 0) {
          let oldVal = processedVals[i], newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          newVal == null ? attrs[aName] = oldVal : typeof newVal != typeof oldVal || newVal !== oldVal ? attrs[aName] = newVal : attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions), hasAttrs = !0;
        } else options.allowBooleanAttributes && (attrs[aName] = !0, hasAttrs = !0);
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      let attrCollection = {};
      return attrCollection[options.attributesGroupName] = attrs, attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  let options = this.options, crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => (newline.length === 2 && crlfPositions.push(index - crlfPositions.length), `
`) : `
`);
  let xmlObj = new XmlNode("!xml"), currentNode = xmlObj, textData = "";
  this.matcher.reset(), this.entityDecoder.reset(), this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = !1;
  let docTypeReader = new DocTypeReader(options.processEntities), xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++)
    if (xmlData[i] === "<") {
      let c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        let closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed."), tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          let colonIndex = tagName.indexOf(":");
          colonIndex !== -1 && (tagName = tagName.substr(colonIndex + 1));
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName, currentNode && (textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher));
        let lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName))
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        lastTagName && options.unpairedTagsSet.has(lastTagName) && (this.matcher.pop(), this.tagsNodeStack.pop()), this.matcher.pop(), this.isCurrentNodeStopNode = !1, currentNode = this.tagsNodeStack.pop() || xmlObj, options.captureMetaData && currentNode && currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions)), textData = "", i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, !1, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, !0);
        if (attsMap) {
          let ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1), docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (!(options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags)) {
          let childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, ""), tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== !0 && (childNode[":@"] = attsMap);
          let startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        let endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          let comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher), currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = !0;
        let result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities), i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        let closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2, tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, !0, !1, !0, !0);
        val == null && (val = ""), options.cdataPropName ? currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]) : currentNode.add(options.textNodeName, val), i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          let context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName, rawTagName = result.rawTagName, tagExp = result.tagExp, attrExpPresent = result.attrExpPresent, closeIndex = result.closeIndex;
        if ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options), options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName))
          throw new Error(`Invalid tag name: ${tagName}`);
        currentNode && textData && currentNode.tagname !== "!xml" && (textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, !1));
        let lastTag = currentNode;
        lastTag && options.unpairedTagsSet.has(lastTag.tagname) && (currentNode = this.tagsNodeStack.pop(), this.matcher.pop());
        let isSelfClosing = !1;
        tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1 && (isSelfClosing = !0, tagName[tagName.length - 1] === "/" ? (tagName = tagName.substr(0, tagName.length - 1), tagExp = tagName) : tagExp = tagExp.substr(0, tagExp.length - 1), attrExpPresent = tagName !== tagExp);
        let prefixedAttrs = null, rawAttrs = {}, namespace;
        namespace = extractNamespace(rawTagName), tagName !== xmlObj.tagname && this.matcher.push(tagName, {}, namespace), tagName !== tagExp && attrExpPresent && (prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName), prefixedAttrs && (rawAttrs = extractRawAttributes(prefixedAttrs, options))), tagName !== xmlObj.tagname && (this.isCurrentNodeStopNode = this.isItStopNode());
        let startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing)
            i = result.closeIndex;
          else if (options.unpairedTagsSet.has(tagName))
            i = result.closeIndex;
          else {
            let result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i, tagContent = result2.tagContent;
          }
          let childNode = new XmlNode(tagName);
          prefixedAttrs && (childNode[":@"] = prefixedAttrs), childNode.add(options.textNodeName, tagContent), this.matcher.pop(), this.isCurrentNodeStopNode = !1, this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            let childNode = new XmlNode(tagName);
            prefixedAttrs && (childNode[":@"] = prefixedAttrs), this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions)), this.matcher.pop(), this.isCurrentNodeStopNode = !1;
          } else if (options.unpairedTagsSet.has(tagName)) {
            let childNode = new XmlNode(tagName);
            prefixedAttrs && (childNode[":@"] = prefixedAttrs), this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), options.captureMetaData && currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions)), this.matcher.pop(), this.isCurrentNodeStopNode = !1, i = result.closeIndex;
            continue;
          } else {
            let childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags)
              throw new Error("Maximum nested tags exceeded");
            this.tagsNodeStack.push(currentNode), prefixedAttrs && (childNode[":@"] = prefixedAttrs), this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex), currentNode = childNode;
          }
          textData = "", i = closeIndex;
        }
      }
    } else
      textData += xmlData[i];
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0, high = crlfPositions.length;
  for (; low < high; ) {
    let middle = Math.floor((low + high) / 2);
    crlfPositions[middle] < index ? low = middle + 1 : high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  this.options.captureMetaData || (startIndex = void 0);
  let jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher, result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  result === !1 || (typeof result == "string" && (childNode.tagname = result), currentNode.addChild(childNode, startIndex));
}
function replaceEntitiesValue(val, tagName, jPath) {
  let entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled)
    return val;
  if (entityConfig.allowedTags) {
    let jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!(Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher)))
      return val;
  }
  if (entityConfig.tagFilter) {
    let jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher))
      return val;
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  return textData && (isLeafNode === void 0 && (isLeafNode = parentNode.child.length === 0), textData = this.parseTextData(
    textData,
    parentNode.tagname,
    matcher,
    !1,
    parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : !1,
    isLeafNode
  ), textData !== void 0 && textData !== "" && parentNode.add(this.options.textNodeName, textData), textData = ""), textData;
}
function isItStopNode() {
  return this.stopNodeExpressionsSet.size === 0 ? !1 : this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  let len = xmlData.length, closeCode0 = closingChar.charCodeAt(0), closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1, result = "", segmentStart = i;
  for (let index = i; index < len; index++) {
    let code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      if (index = xmlData.indexOf(xmlData[index], index + 1), index === -1) return;
    } else if (code === closeCode0)
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1)
          return result += xmlData.substring(segmentStart, index), { data: result, index };
      } else
        return result += xmlData.substring(segmentStart, index), { data: result, index };
    else code === 9 && (result += xmlData.substring(segmentStart, index) + " ", segmentStart = index + 1);
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  let closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1)
    throw new Error(errMsg);
  return closingIndex + str.length - 1;
}
function findClosingChar(xmlData, char, i, errMsg) {
  let closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  let result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data, closeIndex = result.index, separatorIndex = tagExp.search(/\s/), tagName = tagExp, attrExpPresent = !0;
  separatorIndex !== -1 && (tagName = tagExp.substring(0, separatorIndex), tagExp = tagExp.substring(separatorIndex + 1).trimStart());
  let rawTagName = tagName;
  if (removeNSPrefix) {
    let colonIndex = tagName.indexOf(":");
    colonIndex !== -1 && (tagName = tagName.substr(colonIndex + 1), attrExpPresent = tagName !== result.data.substr(colonIndex + 1));
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  let startIndex = i, openTagCount = 1, lenient = !1, nextGt = -1, xmllen = xmlData.length;
  for (; i < xmllen; i++)
    if (xmlData[i] === "<") {
      let c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        let closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        if (xmlData.substring(i + 2, closeIndex).trim() === tagName && (openTagCount--, openTagCount === 0))
          return {
            tagContent: xmlData.substring(startIndex, i),
            i: closeIndex
          };
        i = closeIndex;
      } else if (c1 === 63)
        i = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
      else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45)
        i = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
      else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91)
        i = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
      else {
        let tagData = lenient ? void 0 : readTagExp(xmlData, i, !1);
        if (tagData)
          tagData.tagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/" && openTagCount++, i = tagData.closeIndex;
        else {
          if (lenient = !0, nextGt < i && (nextGt = xmlData.indexOf(">", i), nextGt === -1))
            return;
          let nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            let exp = xmlData.substring(i + 1, nextGt), sep2 = exp.search(/\s/);
            (sep2 === -1 ? exp : exp.substring(0, sep2)) === tagName && exp[exp.length - 1] !== "/" && openTagCount++, i = nextGt;
          }
        }
      }
    }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val == "string") {
    let newval = val.trim();
    return newval === "true" ? !0 : newval === "false" ? !1 : toNumber(val, options);
  } else
    return isExist(val) ? val : "";
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    let newTagName = fn(tagName);
    tagExp === tagName && (tagExp = newTagName), tagName = newTagName;
  }
  return tagName = sanitizeName(tagName, options), { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name))
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  return DANGEROUS_PROPERTY_NAMES.includes(name) ? options.onDangerousProperty(name) : name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs != "object") return {};
  if (!prefix) return attrs;
  let rawAttrs = {};
  for (let key in attrs)
    if (key.startsWith(prefix)) {
      let rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else
      rawAttrs[key] = attrs[key];
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text, compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    let tagObj = arr[i], property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      let rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName)
      text === void 0 ? text = tagObj[property] : text += "" + tagObj[property];
    else {
      if (property === void 0)
        continue;
      if (tagObj[property]) {
        let val = compress(tagObj[property], options, matcher, readonlyMatcher), isLeaf = isLeafTag(val, options);
        if (Object.keys(val).length === 0 && options.alwaysCreateTextNode && (val[options.textNodeName] = ""), tagObj[":@"] ? assignAttributes(val, tagObj[":@"], readonlyMatcher, options) : Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode ? val = val[options.textNodeName] : Object.keys(val).length === 0 && (options.alwaysCreateTextNode ? val[options.textNodeName] = "" : val = ""), tagObj[METADATA_SYMBOL2] !== void 0 && typeof val == "object" && val !== null && (val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2]), compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property))
          Array.isArray(compressedObj[property]) || (compressedObj[property] = [compressedObj[property]]), compressedObj[property].push(val);
        else {
          let jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
          options.isArray(property, jPathOrMatcher, isLeaf) ? compressedObj[property] = [val] : compressedObj[property] = val;
        }
        property !== void 0 && property !== options.textNodeName && matcher.pop();
      }
    }
  }
  return typeof text == "string" ? text.length > 0 && (compressedObj[options.textNodeName] = text) : text !== void 0 && (compressedObj[options.textNodeName] = text), compressedObj;
}
function propName(obj) {
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    let keys = Object.keys(attrMap), len = keys.length;
    for (let i = 0; i < len; i++) {
      let atrrName = keys[i], rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName, jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      options.isArray(atrrName, jPathOrMatcher, !0, !0) ? obj[atrrName] = [attrMap[atrrName]] : obj[atrrName] = attrMap[atrrName];
    }
  }
}
function isLeafTag(obj, options) {
  let { textNodeName } = options, propCount = Object.keys(obj).length;
  return !!(propCount === 0 || propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] == "boolean" || obj[textNodeName] === 0));
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {}, this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData != "string" && xmlData.toString)
      xmlData instanceof Uint8Array && !(typeof Buffer < "u" && Buffer.isBuffer(xmlData)) ? xmlData = new TextDecoder("utf-8", { ignoreBOM: !0 }).decode(xmlData) : xmlData = xmlData.toString();
    else if (typeof xmlData != "string")
      throw new Error("XML data is accepted in String or Bytes[] form.");
    if (validationOption) {
      validationOption === !0 && (validationOption = {});
      let result = validate(xmlData, validationOption);
      if (result !== !0)
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
    }
    let orderedObjParser = new OrderedObjParser(this.options, this.externalEntities), orderedResult = orderedObjParser.parseXml(xmlData);
    return this.options.preserveOrder || orderedResult === void 0 ? orderedResult : prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1)
      throw new Error("Entity value can't have '&'");
    if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1)
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    if (value === "&")
      throw new Error("An entity with value '&' is not permitted");
    this.externalEntities[key] = value;
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// src/import/readers/xml.ts
var NAMED2 = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities2(text) {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, e) => {
    if (e.startsWith("#")) {
      let cp = e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return cp <= 1114111 ? String.fromCodePoint(cp) : whole;
    }
    return NAMED2[e];
  });
}
function convert(list) {
  let out = [];
  for (let item of list) {
    let attrs = {}, a = item[":@"];
    if (a) for (let [k, v] of Object.entries(a)) attrs[k] = decodeEntities2(String(v));
    for (let [key, value] of Object.entries(item))
      key !== ":@" && (key === "#text" ? out.push({ text: decodeEntities2(String(value)) }) : !key.startsWith("?") && !key.startsWith("!") && out.push({ name: key, attrs, children: Array.isArray(value) ? convert(value) : [] }));
  }
  return out;
}
function parseXml2(xml, file, part) {
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
  let tree = parseXml2(body.xml, file, body.part), items = body.kind === "docx" ? docxItems(tree) : odtItems(tree);
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
