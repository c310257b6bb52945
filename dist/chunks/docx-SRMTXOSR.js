import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  FONT,
  FONT_SIZE,
  FOOTER,
  PAGE,
  TITLE_SIZE,
  tableGrid
} from "./chunk-3CJMEEXO.js";
import "./chunk-NQCPKRAQ.js";
import "./chunk-MDKOZTUU.js";
import "./chunk-4P5I3Q76.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";

// node_modules/docx/dist/index.mjs
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
function _typeof(o) {
  "@babel/helpers - typeof";
  return _typeof = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && typeof Symbol == "function" && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof(o);
}
function toPrimitive(t, r) {
  if (_typeof(t) != "object" || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (e !== void 0) {
    var i2 = e.call(t, r || "default");
    if (_typeof(i2) != "object") return i2;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return (r === "string" ? String : Number)(t);
}
function toPropertyKey(t) {
  var i2 = toPrimitive(t, "string");
  return _typeof(i2) == "symbol" ? i2 : i2 + "";
}
function _defineProperty(e, r, t) {
  return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
    value: t,
    enumerable: !0,
    configurable: !0,
    writable: !0
  }) : e[r] = t, e;
}
var BaseXmlComponent = class {
  /**
  * Creates a new BaseXmlComponent with the specified XML element name.
  *
  * @param rootKey - The XML element name (e.g., "w:p", "w:r", "w:t")
  */
  constructor(rootKey) {
    _defineProperty(
      this,
      /** The XML element name for this component (e.g., "w:p" for paragraph). */
      "rootKey",
      void 0
    ), this.rootKey = rootKey;
  }
  /**
  * The components written in this one's place, one after another, when it can't be written as a single element,
  * such as a run with another run in its children. Undefined when it is written as itself.
  *
  * @internal
  */
  get writtenAs() {
  }
}, isXmlComponent = (value) => value instanceof BaseXmlComponent || typeof value == "object" && value !== null && typeof value.prepForXml == "function", elementOf = (value) => isXmlComponent(value) ? value.rootKey : void 0, EMPTY_OBJECT = Object.seal({}), XmlComponent = class extends BaseXmlComponent {
  /**
  * Creates a new XmlComponent.
  *
  * @param rootKey - The XML element name (e.g., "w:p", "w:r", "w:t")
  */
  constructor(rootKey) {
    super(rootKey), _defineProperty(
      this,
      /**
      * Array of child components, text nodes, and attributes.
      *
      * This array forms the content of the XML element. It can contain other
      * XmlComponents, string values (text nodes), or attribute components.
      */
      "root",
      void 0
    ), this.root = new Array();
  }
  /**
  * Prepares this component and its children for XML serialization.
  *
  * This method is called by the Formatter to convert the component tree into
  * an object structure compatible with the xml library (https://www.npmjs.com/package/xml).
  * It recursively processes all children and handles special cases like
  * attribute-only elements and empty elements.
  *
  * The method can be overridden by subclasses to customize XML representation
  * or execute side effects during serialization (e.g., creating relationships).
  *
  * @param context - The serialization context containing document state
  * @returns The XML-serializable object, or undefined to exclude from output
  *
  * @example
  * ```typescript
  * // Override to add custom serialization logic
  * prepForXml(context: IContext): IXmlableObject | undefined {
  *   // Custom logic here
  *   return super.prepForXml(context);
  * }
  * ```
  */
  prepForXml(context) {
    var _children$;
    context.stack.push(this);
    let children = this.root.flatMap((comp) => {
      if (isXmlComponent(comp)) {
        let parts = comp.writtenAs;
        return parts ? parts.map((part) => part.prepForXml(context)) : comp.prepForXml(context);
      }
      return comp;
    }).filter((comp) => comp !== void 0);
    return context.stack.pop(), { [this.rootKey]: children.length ? children.length === 1 && (!((_children$ = children[0]) === null || _children$ === void 0) && _children$._attr) ? children[0] : children : EMPTY_OBJECT };
  }
  /**
  * Adds a child element to this component.
  *
  * @deprecated Do not use this method. It is only used internally by the library. It will be removed in a future version.
  * @param child - The child component or text string to add
  * @returns This component (for chaining)
  */
  addChildElement(child2) {
    return this.root.push(child2), this;
  }
}, IgnoreIfEmptyXmlComponent = class extends XmlComponent {
  constructor(rootKey, includeIfEmpty) {
    super(rootKey), _defineProperty(this, "includeIfEmpty", void 0), this.includeIfEmpty = includeIfEmpty;
  }
  /**
  * Prepares the component for XML serialization, excluding it if empty.
  *
  * @param context - The serialization context
  * @returns The XML-serializable object, or undefined if empty
  */
  prepForXml(context) {
    let result = super.prepForXml(context);
    return this.includeIfEmpty || result && (typeof result[this.rootKey] != "object" || Object.keys(result[this.rootKey]).length) ? result : void 0;
  }
};
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
function _objectSpread2(e) {
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
var XmlAttributeComponent = class extends BaseXmlComponent {
  /**
  * Creates a new attribute component.
  *
  * @param root - The attribute data object
  */
  constructor(root) {
    super("_attr"), _defineProperty(this, "root", void 0), _defineProperty(
      this,
      /** Optional mapping from property names to XML attribute names. */
      "xmlKeys",
      void 0
    ), this.root = root;
  }
  /**
  * Converts the attribute data to an XML-serializable object.
  *
  * This method transforms the property names using xmlKeys (if defined)
  * and filters out undefined values.
  *
  * @param _ - Context (unused for attributes)
  * @returns Object with _attr key containing the mapped attributes
  */
  prepForXml(_) {
    let attrs = {};
    return Object.entries(this.root).forEach(([key, value]) => {
      if (value !== void 0) {
        let newKey = this.xmlKeys && this.xmlKeys[key] || key;
        attrs[newKey] = value;
      }
    }), { _attr: attrs };
  }
}, NextAttributeComponent = class extends BaseXmlComponent {
  /**
  * Creates a new NextAttributeComponent.
  *
  * @param root - Attribute payload with explicit key-value mappings
  */
  constructor(root) {
    super("_attr"), _defineProperty(this, "root", void 0), this.root = root;
  }
  /**
  * Converts the attribute payload to an XML-serializable object.
  *
  * Extracts the key and value from each property and filters out
  * undefined values.
  *
  * @param _ - Context (unused for attributes)
  * @returns Object with _attr key containing the attributes
  */
  prepForXml(_) {
    return { _attr: Object.values(this.root).filter(({ value }) => value !== void 0).reduce((acc, { key, value }) => _objectSpread2(_objectSpread2({}, acc), {}, { [key]: value }), {}) };
  }
}, Attributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      val: "w:val",
      color: "w:color",
      fill: "w:fill",
      space: "w:space",
      sz: "w:sz",
      type: "w:type",
      rsidR: "w:rsidR",
      rsidRPr: "w:rsidRPr",
      rsidSect: "w:rsidSect",
      w: "w:w",
      h: "w:h",
      top: "w:top",
      right: "w:right",
      bottom: "w:bottom",
      left: "w:left",
      header: "w:header",
      footer: "w:footer",
      gutter: "w:gutter",
      linePitch: "w:linePitch",
      pos: "w:pos"
    });
  }
};
function _objectWithoutPropertiesLoose(r, e) {
  if (r == null) return {};
  var t = {};
  for (var n in r) if ({}.hasOwnProperty.call(r, n)) {
    if (e.includes(n)) continue;
    t[n] = r[n];
  }
  return t;
}
function _objectWithoutProperties(e, t) {
  if (e == null) return {};
  var o, r, i2 = _objectWithoutPropertiesLoose(e, t);
  if (Object.getOwnPropertySymbols) {
    var s = Object.getOwnPropertySymbols(e);
    for (r = 0; r < s.length; r++) o = s[r], t.includes(o) || {}.propertyIsEnumerable.call(e, o) && (i2[o] = e[o]);
  }
  return i2;
}
var _excluded$4 = ["elements"], PREDEFINED_ENTITIES = /* @__PURE__ */ new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"]
]), ENTITY_REFERENCE = /&([^;]*);?/g, decodeEntities = (raw) => raw.indexOf("&") === -1 ? raw : raw.replace(ENTITY_REFERENCE, (reference, name) => {
  if (!reference.endsWith(";")) throw new Error(`Invalid XML: "&" that starts no entity, in "${raw}"`);
  let predefined = PREDEFINED_ENTITIES.get(name);
  if (predefined !== void 0) return predefined;
  let codePoint = /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
  if (!(codePoint > 0 && codePoint <= 1114111)) throw new Error(`Invalid XML: unknown entity "${reference}"`);
  return String.fromCodePoint(codePoint);
}), isWhitespace = (char) => char === " " || char === `
` || char === "	" || char === "\r", DECLARATION_ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g, parseDeclarationAttributes = (body) => Object.fromEntries([...body.matchAll(DECLARATION_ATTRIBUTE)].map(([, name, doubleQuoted, singleQuoted]) => [name, doubleQuoted ?? singleQuoted])), parseXml = (text, { keepWhitespaceText = !1 } = {}) => {
  let document = {}, open = [], position = text.charCodeAt(0) === 65279 ? 1 : 0;
  for (; position < text.length && isWhitespace(text[position]); ) position++;
  let append = (node) => {
    var _parent$elements;
    let parent = open.length === 0 ? document : open[open.length - 1];
    ((_parent$elements = parent.elements) !== null && _parent$elements !== void 0 ? _parent$elements : parent.elements = []).push(node);
  }, appendText = (raw) => {
    if (raw.trim() === "") {
      raw !== "" && keepWhitespaceText && append({
        type: "text",
        text: raw
      });
      return;
    }
    if (open.length === 0) throw new Error(`Invalid XML: text outside of the root element, "${raw.trim()}"`);
    append({
      type: "text",
      text: decodeEntities(raw)
    });
  }, indexOfOrThrow = (search, from, what) => {
    let index = text.indexOf(search, from);
    if (index === -1) throw new Error(`Invalid XML: ${what} that isn't closed`);
    return index;
  };
  for (; position < text.length; ) {
    let tagStart = text.indexOf("<", position);
    if (appendText(text.slice(position, tagStart === -1 ? text.length : tagStart)), tagStart === -1) break;
    if (text.startsWith("<?", tagStart)) {
      let end = indexOfOrThrow("?>", tagStart + 2, "processing instruction"), content = text.slice(tagStart + 2, end), nameEnd = content.search(/\s/), name = nameEnd === -1 ? content : content.slice(0, nameEnd), body = nameEnd === -1 ? "" : content.slice(nameEnd).trimStart();
      if (name.toLowerCase() === "xml") {
        let attributes = parseDeclarationAttributes(body);
        document.declaration = Object.keys(attributes).length > 0 ? { attributes } : {};
      } else append({
        type: "instruction",
        name,
        instruction: body
      });
      position = end + 2;
    } else if (text.startsWith("<!--", tagStart)) {
      let end = indexOfOrThrow("-->", tagStart + 4, "comment"), comment = text.slice(tagStart + 4, end);
      comment !== "" && append({
        type: "comment",
        comment
      }), position = end + 3;
    } else if (text.startsWith("<![CDATA[", tagStart)) {
      let end = indexOfOrThrow("]]>", tagStart + 9, "CDATA section"), cdata = text.slice(tagStart + 9, end);
      cdata !== "" && append({
        type: "cdata",
        cdata
      }), position = end + 3;
    } else if (text.startsWith("<!DOCTYPE", tagStart)) {
      let end = tagStart + 9, quote, inSubset = !1;
      for (; end < text.length; end++) {
        let char = text[end];
        if (quote !== void 0) quote = char === quote ? void 0 : quote;
        else if (char === '"' || char === "'") quote = char;
        else if (char === "[") inSubset = !0;
        else if (char === "]") inSubset = !1;
        else if (char === ">" && !inSubset) break;
      }
      if (end === text.length) throw new Error("Invalid XML: DOCTYPE that isn't closed");
      append({
        type: "doctype",
        doctype: text.slice(tagStart + 9, end).replace(/^ /, "")
      }), position = end + 1;
    } else if (text.startsWith("</", tagStart)) {
      let end = indexOfOrThrow(">", tagStart + 2, "closing tag"), name = text.slice(tagStart + 2, end).trimEnd(), element = open.pop();
      if (element?.name !== name) {
        var _element$name;
        throw new Error(`Invalid XML: closing tag </${name}> doesn't match <${(_element$name = element?.name) !== null && _element$name !== void 0 ? _element$name : ""}>`);
      }
      position = end + 1;
    } else position = parseStartTag(text, tagStart + 1, (element, selfClosing) => {
      append(element), selfClosing || open.push(element);
    });
  }
  if (open.length > 0) throw new Error(`Invalid XML: <${open[open.length - 1].name}> isn't closed`);
  let { elements } = document, rest = _objectWithoutProperties(document, _excluded$4);
  return elements === void 0 ? rest : _objectSpread2(_objectSpread2({}, rest), {}, { elements });
}, parseStartTag = (text, from, onElement) => {
  let nameEnd = from;
  for (; nameEnd < text.length && !isWhitespace(text[nameEnd]) && text[nameEnd] !== "/" && text[nameEnd] !== ">"; ) nameEnd++;
  let name = text.slice(from, nameEnd);
  if (name === "") throw new Error("Invalid XML: tag without a name");
  let attributes = [], position = nameEnd;
  for (; ; ) {
    for (; position < text.length && isWhitespace(text[position]); ) position++;
    if (position >= text.length) throw new Error(`Invalid XML: <${name}> that isn't closed`);
    if (text[position] === ">" || text.startsWith("/>", position)) {
      let selfClosing = text[position] === "/";
      return onElement(_objectSpread2({
        type: "element",
        name
      }, attributes.length > 0 ? { attributes: Object.fromEntries(attributes) } : {}), selfClosing), position + (selfClosing ? 2 : 1);
    }
    let equals = text.indexOf("=", position), attributeName = text.slice(position, equals === -1 ? text.length : equals).trimEnd();
    if (equals === -1 || attributeName === "" || /[\s/>]/.test(attributeName)) throw new Error(`Invalid XML: attribute of <${name}> without a value`);
    let valueStart = equals + 1;
    for (; valueStart < text.length && isWhitespace(text[valueStart]); ) valueStart++;
    let quote = text[valueStart];
    if (quote !== '"' && quote !== "'") throw new Error(`Invalid XML: value of ${attributeName} on <${name}> isn't quoted`);
    let valueEnd = text.indexOf(quote, valueStart + 1);
    if (valueEnd === -1) throw new Error(`Invalid XML: value of ${attributeName} on <${name}> isn't closed`);
    attributes.some(([existing]) => existing === attributeName) || attributes.push([attributeName, decodeEntities(text.slice(valueStart + 1, valueEnd))]), position = valueEnd + 1;
  }
}, ESCAPES = /* @__PURE__ */ new Map([
  ["&", "&amp;"],
  ['"', "&quot;"],
  ["'", "&apos;"],
  ["<", "&lt;"],
  [">", "&gt;"]
]), escapeAll = (value) => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => {
  var _ESCAPES$get;
  return (_ESCAPES$get = ESCAPES.get(char)) !== null && _ESCAPES$get !== void 0 ? _ESCAPES$get : "";
}), escapeText = (value) => value.replace(/[&<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => {
  var _ESCAPES$get2;
  return (_ESCAPES$get2 = ESCAPES.get(char)) !== null && _ESCAPES$get2 !== void 0 ? _ESCAPES$get2 : "";
}), escapeValue = (value) => typeof value == "string" ? escapeAll(value) : value, resolve = (data, indent, depth) => {
  let name = Object.keys(data)[0], values = name === void 0 ? void 0 : data[name], attributes = [], content = [], addAttributes = (attr) => {
    for (let [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values == "object") {
    if (values !== null) {
      let { _attr: attr, _cdata: cdata } = values;
      if (attr && addAttributes(attr), cdata && content.push(`<![CDATA[${cdata.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`), Array.isArray(values)) {
        let isStringContent = !1;
        content.push("");
        for (let value of values) typeof value == "object" ? Object.keys(value)[0] === "_attr" ? addAttributes(value._attr) : content.push(resolve(value, indent, depth + 1)) : (content.pop(), isStringContent = !0, content.push(escapeValue(value)));
        isStringContent || content.push("");
      }
    }
  } else content.push(escapeValue(values));
  return {
    name,
    attributes,
    content,
    indents: depth > 1 ? indent.repeat(depth - 1) : ""
  };
}, format = (element, indent, isLast) => {
  if (typeof element != "object") return String(element);
  let { name, attributes, content, indents } = element, { length } = content, open = indents + (name ? `<${name}` : "") + (attributes.length > 0 ? ` ${attributes.join(" ")}` : "") + (length > 0 ? name ? ">" : "" : "/>") + (indent && length > 1 ? `
` : "");
  return length === 0 ? open + (indent ? `
` : "") : open + content.map((child2) => child2 === void 0 ? "" : format(child2, indent, !1)).join("") + (length > 1 ? indents : "") + (name ? `</${name}>` : "") + (indent && !isLast ? `
` : "");
}, stringifyXmlable = (input, { indent = "", declaration } = {}) => {
  let items = Array.isArray(input) ? input : [input], startDepth = indent ? 1 : 0, standalone = declaration?.standalone ? ` standalone="${escapeAll(declaration.standalone)}"` : "";
  return (declaration === void 0 ? "" : `<?xml version="1.0" encoding="${escapeAll(declaration.encoding || "UTF-8")}"${standalone}?>${indent ? `
` : ""}`) + items.map((item, i2) => format(resolve(item, indent, startDepth), indent, i2 === items.length - 1)).join("");
}, stringifyAttributes = (attributes) => Object.entries(attributes ?? {}).flatMap(([key, value]) => value == null ? [] : [` ${key}="${escapeAll(String(value))}"`]).join(""), stringifyNode = (node) => {
  switch (node.type) {
    case "element": {
      var _node$elements, _node$attributes;
      let elements = (_node$elements = node.elements) !== null && _node$elements !== void 0 ? _node$elements : [], open = `<${node.name}${stringifyAttributes(node.attributes)}`;
      return elements.length > 0 || ((_node$attributes = node.attributes) === null || _node$attributes === void 0 ? void 0 : _node$attributes["xml:space"]) === "preserve" ? `${open}>${elements.map(stringifyNode).join("")}</${node.name}>` : `${open}/>`;
    }
    case "text":
      return escapeText(String(node.text));
    case "cdata":
      return `<![CDATA[${String(node.cdata).replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`;
    case "comment":
      return `<!--${node.comment}-->`;
    case "doctype":
      return `<!DOCTYPE ${node.doctype}>`;
    case "instruction":
      return `<?${node.name}${node.instruction ? ` ${node.instruction}` : ""}?>`;
    default:
      return "";
  }
}, stringifyElement = (document) => {
  var _document$elements;
  return (document.declaration ? `<?xml${stringifyAttributes(document.declaration.attributes)}?>` : "") + ((_document$elements = document.elements) !== null && _document$elements !== void 0 ? _document$elements : []).map(stringifyNode).join("");
}, convertToXmlComponent = (element) => {
  switch (element.type) {
    case void 0:
    case "element":
      let xmlComponent = new ImportedXmlComponent(element.name, element.attributes), childElements2 = element.elements || [];
      for (let childElm of childElements2) {
        let child2 = convertToXmlComponent(childElm);
        child2 !== void 0 && xmlComponent.push(child2);
      }
      return xmlComponent;
    case "text":
      return element.text;
    default:
      return;
  }
}, ImportedXmlComponentAttributes = class extends XmlAttributeComponent {
}, ImportedXmlComponent = class extends XmlComponent {
  /**
  * Parses an XML string and converts it to an ImportedXmlComponent tree.
  *
  * This static method is the primary way to import external XML content.
  * It parses the XML string into an {@link XmlElement} tree,
  * then converts that into a tree of XmlComponent objects.
  *
  * The component is for the parsed document, with the XML's element in it, and is written as that element, with no
  * element of its own around it.
  *
  * @param importedContent - The XML content as a string
  * @returns An ImportedXmlComponent representing the parsed XML
  *
  * @example
  * ```typescript
  * const xml = '<w:p><w:r><w:t>Hello</w:t></w:r></w:p>';
  * const component = ImportedXmlComponent.fromXmlString(xml);
  * ```
  */
  static fromXmlString(importedContent) {
    return convertToXmlComponent(parseXml(importedContent));
  }
  /**
  * Creates an ImportedXmlComponent.
  *
  * @param rootKey - The XML element name
  * @param _attr - Optional attributes for the root element
  */
  constructor(rootKey, _attr) {
    super(rootKey), _attr && this.root.push(new ImportedXmlComponentAttributes(_attr));
  }
  /**
  * Adds a child component or text to this element.
  *
  * @param xmlComponent - The child component or text string to add
  */
  push(xmlComponent) {
    this.root.push(xmlComponent);
  }
  /**
  * A component of no element, such as the one {@link fromXmlString} gives for the parsed document, is written as the
  * elements in it. Written as itself, it would be an `<undefined>` element, which Word can't open.
  *
  * The component itself is still returned, rather than its element, because code written for earlier versions takes
  * the element from its children.
  *
  * @internal
  */
  get writtenAs() {
    return this.rootKey === void 0 ? this.root.filter((child2) => typeof child2 != "string") : void 0;
  }
  /**
  * Prepares this element for XML serialization. A component of no element written by itself, rather than among a
  * parent's children, such as by the formatter or by an earlier copy of docx, is written as the one element in it.
  *
  * @param context - The serialization context
  * @returns The XML-serializable object
  */
  prepForXml(context) {
    let parts = this.writtenAs;
    return parts?.length === 1 ? parts[0].prepForXml(context) : super.prepForXml(context);
  }
}, ImportedRootElementAttributes = class extends XmlComponent {
  /**
  * Creates an ImportedRootElementAttributes component.
  *
  * @param _attr - The attributes object to pass through
  */
  constructor(_attr) {
    super(""), _defineProperty(this, "_attr", void 0), this._attr = _attr;
  }
  /**
  * Prepares the attributes for XML serialization.
  *
  * @param _ - Context (unused)
  * @returns Object with _attr key containing the raw attributes
  */
  prepForXml(_) {
    return { _attr: this._attr };
  }
}, InitializableXmlComponent = class extends XmlComponent {
  /**
  * Creates a new InitializableXmlComponent.
  *
  * @param rootKey - The XML element name
  * @param initComponent - Optional component to copy children from
  */
  constructor(rootKey, initComponent) {
    super(rootKey), initComponent && (this.root = initComponent.root);
  }
}, decimalNumber = (val) => {
  if (!Number.isFinite(val)) throw new Error(`Invalid value '${val}' specified. Must be an integer.`);
  return Math.floor(val);
}, unsignedDecimalNumber = (val) => {
  let value = decimalNumber(val);
  if (value < 0) throw new Error(`Invalid value '${val}' specified. Must be a positive integer.`);
  return value;
}, hexBinary = (val, length) => {
  let expectedLength = length * 2;
  if (val.length !== expectedLength || isNaN(+`0x${val}`)) throw new Error(`Invalid hex value '${val}'. Expected ${expectedLength} digit hex value`);
  return val;
};
var uCharHexNumber = (val) => hexBinary(val, 1), universalMeasureValue = (val) => {
  let unit = val.slice(-2), amount = val.substring(0, val.length - 2);
  return `${Number(amount)}${unit}`;
}, TWIPS_PER_UNIT = {
  in: 1440,
  cm: 1440 / 2.54,
  mm: 1440 / 25.4,
  pt: 20,
  pc: 240,
  pi: 240
}, universalMeasureToTwips = (val) => {
  if (typeof val == "number") return val;
  let unit = val.slice(-2), amount = Number(val.substring(0, val.length - 2)), twipsPerUnit = TWIPS_PER_UNIT[unit];
  if (twipsPerUnit === void 0 || Number.isNaN(amount)) throw new Error(`Invalid universal measure '${val}'. Expected a number followed by mm, cm, in, pt, pc or pi.`);
  return amount * twipsPerUnit;
}, positiveUniversalMeasureValue = (val) => {
  let value = universalMeasureValue(val);
  if (parseFloat(value) < 0) throw new Error(`Invalid value '${value}' specified. Expected a positive number.`);
  return value;
}, hexColorValue = (val) => val === "auto" ? val : hexBinary(val.charAt(0) === "#" ? val.substring(1) : val, 3), signedTwipsMeasureValue = (val) => typeof val == "string" ? universalMeasureValue(val) : decimalNumber(val), hpsMeasureValue = (val) => typeof val == "string" ? positiveUniversalMeasureValue(val) : unsignedDecimalNumber(val);
var twipsMeasureValue = (val) => typeof val == "string" ? positiveUniversalMeasureValue(val) : unsignedDecimalNumber(val), percentageValue = (val) => {
  let percent = val.substring(0, val.length - 1);
  return `${Number(percent)}%`;
}, measurementOrPercentValue = (val) => typeof val == "number" ? decimalNumber(val) : val.slice(-1) === "%" ? percentageValue(val) : universalMeasureValue(val), eighthPointMeasureValue = unsignedDecimalNumber, pointMeasureValue = unsignedDecimalNumber, dateTimeValue = (val) => val.toISOString(), OnOffElement = class extends XmlComponent {
  /**
  * Creates an OnOffElement.
  *
  * @param name - The XML element name (e.g., "w:b", "w:i")
  * @param val - The boolean value (defaults to true)
  */
  constructor(name, val = !0) {
    super(name), val !== !0 && this.root.push(new Attributes({ val }));
  }
}, HpsMeasureElement = class extends XmlComponent {
  /**
  * Creates an HpsMeasureElement.
  *
  * @param name - The XML element name
  * @param val - The measurement value (number in half-points or string with units)
  */
  constructor(name, val) {
    super(name), this.root.push(new Attributes({ val: hpsMeasureValue(val) }));
  }
}, EmptyElement = class extends XmlComponent {
}, StringValueElement = class extends XmlComponent {
  /**
  * Creates a StringValueElement.
  *
  * @param name - The XML element name
  * @param val - The string value
  */
  constructor(name, val) {
    super(name), this.root.push(new Attributes({ val }));
  }
}, createStringElement = (name, value) => new BuilderElement({
  name,
  attributes: { value: {
    key: "w:val",
    value
  } }
}), NumberValueElement = class extends XmlComponent {
  /**
  * Creates a NumberValueElement.
  *
  * @param name - The XML element name
  * @param val - The numeric value
  */
  constructor(name, val) {
    super(name), this.root.push(new Attributes({ val }));
  }
};
var StringContainer = class extends XmlComponent {
  /**
  * Creates a StringContainer.
  *
  * @param name - The XML element name
  * @param val - The text content
  */
  constructor(name, val) {
    super(name), this.root.push(val);
  }
}, BuilderElement = class extends XmlComponent {
  /**
  * Creates a BuilderElement with the specified configuration.
  *
  * @param config - Element configuration
  * @param config.name - The XML element name
  * @param config.attributes - Optional attributes with explicit key-value pairs
  * @param config.children - Optional child elements
  */
  constructor({ name, attributes, children }) {
    super(name), attributes && this.root.push(new NextAttributeComponent(attributes)), children && this.root.push(...children);
  }
}, AlignmentType = {
  /** Align Start: the left in a left-to-right paragraph, and the right in a `bidirectional` (right-to-left) paragraph */
  START: "start",
  /** Align Center */
  CENTER: "center",
  /** Align End: the right in a left-to-right paragraph, and the left in a `bidirectional` (right-to-left) paragraph */
  END: "end",
  /** Justified */
  BOTH: "both",
  /** Medium Kashida Length */
  MEDIUM_KASHIDA: "mediumKashida",
  /** Distribute All Characters Equally */
  DISTRIBUTE: "distribute",
  /** Align to List Tab */
  NUM_TAB: "numTab",
  /** Widest Kashida Length */
  HIGH_KASHIDA: "highKashida",
  /** Low Kashida Length */
  LOW_KASHIDA: "lowKashida",
  /** Thai Language Justification */
  THAI_DISTRIBUTE: "thaiDistribute",
  /** Align Left: a paragraph stays on the left of the page even when it is `bidirectional` (right-to-left) */
  LEFT: "left",
  /** Align Right: a paragraph stays on the right of the page even when it is `bidirectional` (right-to-left) */
  RIGHT: "right",
  /** Justified */
  JUSTIFIED: "both"
}, createAlignment = (type) => new BuilderElement({
  name: "w:jc",
  attributes: { val: {
    key: "w:val",
    value: type
  } }
}), COLOR_OOXML_NAMES = {
  dark1: "dk1",
  light1: "lt1",
  dark2: "dk2",
  light2: "lt2",
  accent1: "accent1",
  accent2: "accent2",
  accent3: "accent3",
  accent4: "accent4",
  accent5: "accent5",
  accent6: "accent6",
  hyperlink: "hlink",
  followedHyperlink: "folHlink"
}, OFFICE_COLORS = {
  dark2: "44546A",
  light2: "E7E6E6",
  accent1: "4472C4",
  accent2: "ED7D31",
  accent3: "A5A5A5",
  accent4: "FFC000",
  accent5: "5B9BD5",
  accent6: "70AD47",
  hyperlink: "0563C1",
  followedHyperlink: "954F72"
}, OFFICE_SYSTEM_COLORS = {
  dark1: {
    value: "windowText",
    lastColor: "000000"
  },
  light1: {
    value: "window",
    lastColor: "FFFFFF"
  }
}, rgbColorValue = (name, color) => {
  if (color === "auto") throw new Error(`Invalid theme color ${name} 'auto'. Expected 6 digit hex value`);
  return hexColorValue(color);
}, themeColorValues = (colors = {}) => Object.fromEntries(Object.keys(COLOR_OOXML_NAMES).map((name) => {
  let color = colors[name], office = name === "dark1" || name === "light1" ? OFFICE_SYSTEM_COLORS[name].lastColor : OFFICE_COLORS[name];
  return [name, color === void 0 ? office : rgbColorValue(name, color)];
})), createRgbColor = (name, color) => new BuilderElement({
  name: "a:srgbClr",
  attributes: { value: {
    key: "val",
    value: rgbColorValue(name, color)
  } }
}), createColor = (name, colors) => {
  let color = colors[name], system = name === "dark1" || name === "light1" ? OFFICE_SYSTEM_COLORS[name] : void 0;
  return new BuilderElement({
    name: `a:${COLOR_OOXML_NAMES[name]}`,
    children: [color === void 0 && system ? new BuilderElement({
      name: "a:sysClr",
      attributes: {
        value: {
          key: "val",
          value: system.value
        },
        lastColor: {
          key: "lastClr",
          value: system.lastColor
        }
      }
    }) : createRgbColor(name, color ?? OFFICE_COLORS[name])]
  });
}, createColorScheme = (name, colors = {}) => new BuilderElement({
  name: "a:clrScheme",
  attributes: { name: {
    key: "name",
    value: name
  } },
  children: Object.keys(COLOR_OOXML_NAMES).map((color) => createColor(color, colors))
}), THEME_COLOR_NAMES = /* @__PURE__ */ new Set([
  "dark1",
  "light1",
  "dark2",
  "light2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hyperlink",
  "followedHyperlink"
]), THEME_COLOR_SUGGESTIONS = /* @__PURE__ */ new Map([
  ["dk1", "dark1"],
  ["lt1", "light1"],
  ["dk2", "dark2"],
  ["lt2", "light2"],
  ["hlink", "hyperlink"],
  ["folHlink", "followedHyperlink"],
  ["text1", "dark1"],
  ["background1", "light1"],
  ["text2", "dark2"],
  ["background2", "light2"]
]), changeValue = (value, option) => {
  if (!(value >= 0 && value <= 100)) throw new Error(`Invalid ${option} ${value}. Expected a number from 0 to 100`);
  return Math.round(255 * (1 - value / 100));
}, themeColorChange = ({ theme, lighter, darker }) => {
  if (!THEME_COLOR_NAMES.has(theme)) {
    let suggestion = THEME_COLOR_SUGGESTIONS.get(theme);
    throw new Error(`Invalid theme color "${theme}". ${suggestion ? `Did you mean "${suggestion}"?` : `Expected one of ${[...THEME_COLOR_NAMES].join(", ")}`}`);
  }
  if (lighter !== void 0 && darker !== void 0) throw new Error("Invalid theme color. Expected lighter or darker, not both");
  let tint = lighter === void 0 ? void 0 : changeValue(lighter, "lighter"), shade = darker === void 0 ? void 0 : changeValue(darker, "darker");
  return {
    tint: tint === 255 ? void 0 : tint,
    shade: shade === 255 ? void 0 : shade
  };
}, toHsl = (hex) => {
  let [red, green, blue] = [
    0,
    2,
    4
  ].map((index) => parseInt(hex.slice(index, index + 2), 16) / 255), max2 = Math.max(red, green, blue), min = Math.min(red, green, blue), lightness = (max2 + min) / 2, range = max2 - min;
  return range === 0 ? {
    hue: 0,
    saturation: 0,
    lightness
  } : {
    hue: (max2 === red ? ((green - blue) / range + 6) % 6 : max2 === green ? (blue - red) / range + 2 : (red - green) / range + 4) * 60,
    saturation: range / (1 - Math.abs(2 * lightness - 1)),
    lightness
  };
}, toHex = ({ hue, saturation, lightness }) => {
  let chroma = (1 - Math.abs(2 * lightness - 1)) * saturation, second = chroma * (1 - Math.abs(hue / 60 % 2 - 1)), [red, green, blue] = hue < 60 ? [
    chroma,
    second,
    0
  ] : hue < 120 ? [
    second,
    chroma,
    0
  ] : hue < 180 ? [
    0,
    chroma,
    second
  ] : hue < 240 ? [
    0,
    second,
    chroma
  ] : hue < 300 ? [
    second,
    0,
    chroma
  ] : [
    chroma,
    0,
    second
  ], lowest = lightness - chroma / 2;
  return [
    red,
    green,
    blue
  ].map((value) => Math.floor((value + lowest) * 255 + 1e-9).toString(16).padStart(2, "0")).join("").toUpperCase();
}, applyChange = (hex, { tint, shade }) => {
  if (tint === void 0 && shade === void 0) return hex;
  let hsl = toHsl(hex), lightness = tint === void 0 ? hsl.lightness * shade / 255 : hsl.lightness * tint / 255 + (1 - tint / 255);
  return toHex(_objectSpread2(_objectSpread2({}, hsl), {}, { lightness }));
}, hexByte = (value) => value === void 0 ? void 0 : value.toString(16).padStart(2, "0").toUpperCase(), checkColor = (color) => typeof color == "string" ? {
  type: "hex",
  value: hexColorValue(color)
} : {
  type: "theme",
  color,
  change: themeColorChange(color)
}, colorValues = (checked, colors) => checked.type === "hex" ? { color: checked.value } : {
  color: applyChange(colors[checked.color.theme], checked.change),
  theme: checked.color.theme,
  tint: hexByte(checked.change.tint),
  shade: hexByte(checked.change.shade)
}, OFFICE_THEME_COLORS = themeColorValues(), ColorAttributeComponent = class extends BaseXmlComponent {
  /**
  * @throws If a color isn't valid
  */
  constructor(attributes) {
    super("_attr"), _defineProperty(this, "attributes", void 0), this.attributes = attributes.map((attribute2) => "keys" in attribute2 ? {
      keys: attribute2.keys,
      color: attribute2.color === void 0 ? void 0 : checkColor(attribute2.color)
    } : attribute2);
  }
  prepForXml(context) {
    var _context$file$Theme$C, _context$file;
    let themeColors = (_context$file$Theme$C = (_context$file = context.file) === null || _context$file === void 0 || (_context$file = _context$file.Theme) === null || _context$file === void 0 ? void 0 : _context$file.Colors) !== null && _context$file$Theme$C !== void 0 ? _context$file$Theme$C : OFFICE_THEME_COLORS, entries = this.attributes.flatMap((attribute2) => {
      if (!("keys" in attribute2)) return [[attribute2.key, attribute2.value]];
      if (attribute2.color === void 0) return [];
      let { keys } = attribute2, values = colorValues(attribute2.color, themeColors);
      return [
        [keys.color, values.color],
        [keys.theme, values.theme],
        [keys.tint, values.tint],
        [keys.shade, values.shade]
      ];
    });
    return { _attr: Object.fromEntries(entries.filter(([, value]) => value !== void 0)) };
  }
}, ColorElement = class extends XmlComponent {
  constructor(name, attributes) {
    super(name), this.root.push(new ColorAttributeComponent(attributes));
  }
}, createColorElement = (name, attributes) => new ColorElement(name, attributes), COLOR_ATTRIBUTES = {
  color: "w:color",
  theme: "w:themeColor",
  tint: "w:themeTint",
  shade: "w:themeShade"
}, createBorderElement = (elementName, { color, size, space, style }) => createColorElement(elementName, [
  {
    key: "w:val",
    value: style
  },
  {
    keys: COLOR_ATTRIBUTES,
    color
  },
  {
    key: "w:sz",
    value: size === void 0 ? void 0 : eighthPointMeasureValue(size)
  },
  {
    key: "w:space",
    value: space === void 0 ? void 0 : pointMeasureValue(space)
  }
]), BorderStyle = {
  /** a single line */
  SINGLE: "single",
  /** a line with a series of alternating thin and thick strokes */
  DASH_DOT_STROKED: "dashDotStroked",
  /** a dashed line */
  DASHED: "dashed",
  /** a dashed line with small gaps */
  DASH_SMALL_GAP: "dashSmallGap",
  /** a line with alternating dots and dashes */
  DOT_DASH: "dotDash",
  /** a line with a repeating dot - dot - dash sequence */
  DOT_DOT_DASH: "dotDotDash",
  /** a dotted line */
  DOTTED: "dotted",
  /** a double line */
  DOUBLE: "double",
  /** a double wavy line */
  DOUBLE_WAVE: "doubleWave",
  /** an inset set of lines */
  INSET: "inset",
  /** no border */
  NIL: "nil",
  /** no border */
  NONE: "none",
  /** an outset set of lines */
  OUTSET: "outset",
  /** a single line */
  THICK: "thick",
  /** a thick line contained within a thin line with a large-sized intermediate gap */
  THICK_THIN_LARGE_GAP: "thickThinLargeGap",
  /** a thick line contained within a thin line with a medium-sized intermediate gap */
  THICK_THIN_MEDIUM_GAP: "thickThinMediumGap",
  /** a thick line contained within a thin line with a small intermediate gap */
  THICK_THIN_SMALL_GAP: "thickThinSmallGap",
  /** a thin line contained within a thick line with a large-sized intermediate gap */
  THIN_THICK_LARGE_GAP: "thinThickLargeGap",
  /** a thick line contained within a thin line with a medium-sized intermediate gap */
  THIN_THICK_MEDIUM_GAP: "thinThickMediumGap",
  /** a thick line contained within a thin line with a small intermediate gap */
  THIN_THICK_SMALL_GAP: "thinThickSmallGap",
  /** a thin-thick-thin line with a large gap */
  THIN_THICK_THIN_LARGE_GAP: "thinThickThinLargeGap",
  /** a thin-thick-thin line with a medium gap */
  THIN_THICK_THIN_MEDIUM_GAP: "thinThickThinMediumGap",
  /** a thin-thick-thin line with a small gap */
  THIN_THICK_THIN_SMALL_GAP: "thinThickThinSmallGap",
  /** a three-staged gradient line, getting darker towards the paragraph */
  THREE_D_EMBOSS: "threeDEmboss",
  /** a three-staged gradient like, getting darker away from the paragraph */
  THREE_D_ENGRAVE: "threeDEngrave",
  /** a triple line */
  TRIPLE: "triple",
  /** a wavy line */
  WAVE: "wave"
}, Border = class extends IgnoreIfEmptyXmlComponent {
  constructor(options) {
    super("w:pBdr"), options.top && this.root.push(createBorderElement("w:top", options.top)), options.left && this.root.push(createBorderElement("w:left", options.left)), options.bottom && this.root.push(createBorderElement("w:bottom", options.bottom)), options.right && this.root.push(createBorderElement("w:right", options.right)), options.between && this.root.push(createBorderElement("w:between", options.between));
  }
}, ThematicBreak = class extends XmlComponent {
  constructor() {
    super("w:pBdr");
    let bottom = createBorderElement("w:bottom", {
      color: "auto",
      space: 1,
      style: BorderStyle.SINGLE,
      size: 6
    });
    this.root.push(bottom);
  }
}, createIndent = ({ start, end, left, right, hanging, firstLine, firstLineChars }) => new BuilderElement({
  name: "w:ind",
  attributes: {
    start: {
      key: "w:start",
      value: start === void 0 ? void 0 : signedTwipsMeasureValue(start)
    },
    end: {
      key: "w:end",
      value: end === void 0 ? void 0 : signedTwipsMeasureValue(end)
    },
    left: {
      key: "w:left",
      value: left === void 0 ? void 0 : signedTwipsMeasureValue(left)
    },
    right: {
      key: "w:right",
      value: right === void 0 ? void 0 : signedTwipsMeasureValue(right)
    },
    hanging: {
      key: "w:hanging",
      value: hanging === void 0 ? void 0 : twipsMeasureValue(hanging)
    },
    firstLine: {
      key: "w:firstLine",
      value: firstLine === void 0 ? void 0 : twipsMeasureValue(firstLine)
    },
    firstLineChars: {
      key: "w:firstLineChars",
      value: firstLineChars === void 0 ? void 0 : decimalNumber(firstLineChars)
    }
  }
}), createBreak = () => new BuilderElement({ name: "w:br" }), FieldCharacterType = {
  BEGIN: "begin",
  END: "end",
  SEPARATE: "separate"
}, createFieldChar = (type, dirty, locked) => new BuilderElement({
  name: "w:fldChar",
  attributes: {
    type: {
      key: "w:fldCharType",
      value: type
    },
    dirty: {
      key: "w:dirty",
      value: dirty
    },
    locked: {
      key: "w:fldLock",
      value: locked
    }
  }
}), createBegin = (dirty, locked) => createFieldChar(FieldCharacterType.BEGIN, dirty, locked), dirtyWithoutPageNumbers = /* @__PURE__ */ new WeakSet(), BeginDirtyWithoutPageNumbers = class extends BuilderElement {
  constructor() {
    super({
      name: "w:fldChar",
      attributes: {
        type: {
          key: "w:fldCharType",
          value: FieldCharacterType.BEGIN
        },
        dirty: {
          key: "w:dirty",
          value: !0
        }
      }
    });
  }
  prepForXml(context) {
    let xml = super.prepForXml(context);
    return dirtyWithoutPageNumbers.add(xml), xml;
  }
}, createBeginDirtyWithoutPageNumbers = () => new BeginDirtyWithoutPageNumbers(), isDirtyWithoutPageNumbers = (element) => typeof element == "object" && element !== null && dirtyWithoutPageNumbers.has(element), createSeparate = (dirty) => createFieldChar(FieldCharacterType.SEPARATE, dirty), createEnd = (dirty) => createFieldChar(FieldCharacterType.END, dirty);
var SpaceType = {
  DEFAULT: "default",
  PRESERVE: "preserve"
}, TextAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", { space: "xml:space" });
  }
}, Page = class extends XmlComponent {
  constructor() {
    super("w:instrText"), this.root.push(new TextAttributes({ space: SpaceType.PRESERVE })), this.root.push("PAGE");
  }
}, NumberOfPages = class extends XmlComponent {
  constructor() {
    super("w:instrText"), this.root.push(new TextAttributes({ space: SpaceType.PRESERVE })), this.root.push("NUMPAGES");
  }
}, NumberOfPagesSection = class extends XmlComponent {
  constructor() {
    super("w:instrText"), this.root.push(new TextAttributes({ space: SpaceType.PRESERVE })), this.root.push("SECTIONPAGES");
  }
}, CurrentSection = class extends XmlComponent {
  constructor() {
    super("w:instrText"), this.root.push(new TextAttributes({ space: SpaceType.PRESERVE })), this.root.push("SECTION");
  }
}, createShading = ({ fill, color, type }) => createColorElement("w:shd", [
  {
    keys: {
      color: "w:fill",
      theme: "w:themeFill",
      tint: "w:themeFillTint",
      shade: "w:themeFillShade"
    },
    color: fill
  },
  {
    keys: COLOR_ATTRIBUTES,
    color
  },
  {
    key: "w:val",
    value: type ?? ShadingType.CLEAR
  }
]), ShadingType = {
  /** Clear shading - no pattern, fill color only */
  CLEAR: "clear",
  DIAGONAL_CROSS: "diagCross",
  DIAGONAL_STRIPE: "diagStripe",
  HORIZONTAL_CROSS: "horzCross",
  HORIZONTAL_STRIPE: "horzStripe",
  NIL: "nil",
  PERCENT_5: "pct5",
  PERCENT_10: "pct10",
  PERCENT_12: "pct12",
  PERCENT_15: "pct15",
  PERCENT_20: "pct20",
  PERCENT_25: "pct25",
  PERCENT_30: "pct30",
  PERCENT_35: "pct35",
  PERCENT_37: "pct37",
  PERCENT_40: "pct40",
  PERCENT_45: "pct45",
  PERCENT_50: "pct50",
  PERCENT_55: "pct55",
  PERCENT_60: "pct60",
  PERCENT_62: "pct62",
  PERCENT_65: "pct65",
  PERCENT_70: "pct70",
  PERCENT_75: "pct75",
  PERCENT_80: "pct80",
  PERCENT_85: "pct85",
  PERCENT_87: "pct87",
  PERCENT_90: "pct90",
  PERCENT_95: "pct95",
  REVERSE_DIAGONAL_STRIPE: "reverseDiagStripe",
  SOLID: "solid",
  THIN_DIAGONAL_CROSS: "thinDiagCross",
  THIN_DIAGONAL_STRIPE: "thinDiagStripe",
  THIN_HORIZONTAL_CROSS: "thinHorzCross",
  THIN_REVERSE_DIAGONAL_STRIPE: "thinReverseDiagStripe",
  THIN_VERTICAL_STRIPE: "thinVertStripe",
  VERTICAL_STRIPE: "vertStripe"
}, ChangeAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      id: "w:id",
      author: "w:author",
      date: "w:date"
    });
  }
}, DeletionTrackChange = class extends XmlComponent {
  constructor(options) {
    super("w:del"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    }));
  }
}, InsertionTrackChange = class extends XmlComponent {
  constructor(options) {
    super("w:ins"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    }));
  }
};
var createEastAsianLayout = ({ twoLinesInOne, brackets, horizontalInVertical, fitToLine, group }) => new BuilderElement({
  name: "w:eastAsianLayout",
  attributes: {
    id: {
      key: "w:id",
      value: group === void 0 ? void 0 : decimalNumber(group)
    },
    combine: {
      key: "w:combine",
      value: twoLinesInOne
    },
    combineBrackets: {
      key: "w:combineBrackets",
      value: brackets
    },
    vert: {
      key: "w:vert",
      value: horizontalInVertical
    },
    vertCompress: {
      key: "w:vertCompress",
      value: fitToLine
    }
  }
}), EmphasisMarkType = {
  /** Dot emphasis mark */
  DOT: "dot"
}, createEmphasisMark = (emphasisMarkType = EmphasisMarkType.DOT) => new BuilderElement({
  name: "w:em",
  attributes: { val: {
    key: "w:val",
    value: emphasisMarkType
  } }
});
var urlAlphabet = "57X6y3wQZNzYjJB2L_10pxbackgroundhimselfUTF-8DEMOGRAPHICSVqvt4KW9", customAlphabet = (alphabet, defaultSize = 21) => (size = defaultSize) => {
  let id = "", i2 = size | 0;
  for (; i2-- > 0; ) id += alphabet[Math.random() * alphabet.length | 0];
  return id;
}, nanoid = (size = 21) => {
  let id = "", i2 = size | 0;
  for (; i2-- > 0; ) id += urlAlphabet[Math.random() * 64 | 0];
  return id;
}, paddedWords = (data) => {
  let words = new Int32Array(Math.ceil((data.length + 9) / 64) * 16);
  for (let index = 0; index < data.length; index++) words[index >> 2] |= data[index] << 24 - (index & 3) * 8;
  return words[data.length >> 2] |= 128 << 24 - (data.length & 3) * 8, words[words.length - 2] = Math.floor(data.length / 536870912), words[words.length - 1] = data.length * 8, words;
}, bytesOfWords = (words) => {
  let bytes = new Uint8Array(words.length * 4);
  for (let index = 0; index < bytes.length; index++) bytes[index] = words[index >> 2] >>> 24 - (index & 3) * 8;
  return bytes;
};
var rotateRight = (word, bits2) => word >>> bits2 | word << 32 - bits2;
var SHA1_ROUND_CONSTANTS = Int32Array.of(1518500249, 1859775393, 2400959708, 3395469782);
var SHA256_ROUND_CONSTANTS = Int32Array.of(1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221, 3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206, 2614888103, 3248222580, 3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986, 2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895, 666307205, 773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037, 2730485921, 2820302411, 3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344, 430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063, 1747873779, 1955562222, 2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298), SHA256_INITIAL_HASH = [
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
], sha256Schedule = /* @__PURE__ */ new Int32Array(64), sha256 = (data) => {
  let words = paddedWords(data), schedule = sha256Schedule, [h0, h1, h2, h3, h4, h5, h6, h7] = SHA256_INITIAL_HASH;
  for (let block2 = 0; block2 < words.length; block2 += 16) {
    schedule.set(words.subarray(block2, block2 + 16));
    for (let t = 16; t < 64; t++) {
      let early = schedule[t - 15], late = schedule[t - 2];
      schedule[t] = schedule[t - 16] + (rotateRight(early, 7) ^ rotateRight(early, 18) ^ early >>> 3) + schedule[t - 7] + (rotateRight(late, 17) ^ rotateRight(late, 19) ^ late >>> 10);
    }
    let [a, b, c, d, e, f, g, h] = [
      h0,
      h1,
      h2,
      h3,
      h4,
      h5,
      h6,
      h7
    ];
    for (let t = 0; t < 64; t++) {
      let first = h + (rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)) + (e & f ^ ~e & g) + SHA256_ROUND_CONSTANTS[t] + schedule[t] | 0, second = (rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)) + (a & b ^ a & c ^ b & c) | 0;
      h = g, g = f, f = e, e = d + first | 0, d = c, c = b, b = a, a = first + second | 0;
    }
    [h0, h1, h2, h3, h4, h5, h6, h7] = [
      h0 + a | 0,
      h1 + b | 0,
      h2 + c | 0,
      h3 + d | 0,
      h4 + e | 0,
      h5 + f | 0,
      h6 + g | 0,
      h7 + h | 0
    ];
  }
  return bytesOfWords([
    h0,
    h1,
    h2,
    h3,
    h4,
    h5,
    h6,
    h7
  ]);
}, convertMillimetersToTwip = (millimeters) => Math.floor(millimeters / 25.4 * 72 * 20), convertInchesToTwip = (inches) => Math.floor(inches * 72 * 20), uniqueNumericIdCreator = (initial = 0) => {
  let currentCount = initial;
  return () => ++currentCount;
}, abstractNumUniqueNumericIdGen = () => uniqueNumericIdCreator(), concreteNumUniqueNumericIdGen = () => uniqueNumericIdCreator(1), docPropertiesUniqueNumericIdGen = () => uniqueNumericIdCreator(), docPropertiesUniqueNumericId = docPropertiesUniqueNumericIdGen(), bookmarkUniqueNumericIdGen = () => uniqueNumericIdCreator(), bookmarkUniqueNumericId = bookmarkUniqueNumericIdGen(), fitTextUniqueNumericIdGen = uniqueNumericIdCreator(), fitTextUniqueNumericId = () => -fitTextUniqueNumericIdGen(), uniqueId = () => nanoid().toLowerCase();
var generateUuidPart = (count) => customAlphabet("1234567890abcdef", count)(), uniqueUuid = () => `${generateUuidPart(8)}-${generateUuidPart(4)}-${generateUuidPart(4)}-${generateUuidPart(4)}-${generateUuidPart(12)}`, encodeUtf8 = (str) => new Uint8Array(new TextEncoder().encode(str)), createFitText = ({ width, group }) => new BuilderElement({
  name: "w:fitText",
  attributes: {
    val: {
      key: "w:val",
      value: Math.round(universalMeasureToTwips(twipsMeasureValue(width)))
    },
    id: {
      key: "w:id",
      value: group === void 0 ? fitTextUniqueNumericId() : decimalNumber(group)
    }
  }
}), CharacterSpacing = class extends XmlComponent {
  constructor(value) {
    super("w:spacing"), this.root.push(new Attributes({ val: signedTwipsMeasureValue(value) }));
  }
}, Color = class extends XmlComponent {
  constructor(color) {
    super("w:color"), this.root.push(new ColorAttributeComponent([{
      keys: _objectSpread2(_objectSpread2({}, COLOR_ATTRIBUTES), {}, { color: "w:val" }),
      color
    }]));
  }
}, Highlight = class extends XmlComponent {
  constructor(color) {
    super("w:highlight"), this.root.push(new Attributes({ val: color }));
  }
}, createLanguageComponent = (options) => new BuilderElement({
  name: "w:lang",
  attributes: {
    value: {
      key: "w:val",
      value: options.value
    },
    eastAsia: {
      key: "w:eastAsia",
      value: options.eastAsia
    },
    bidirectional: {
      key: "w:bidi",
      value: options.bidirectional
    }
  }
}), createRunFonts = (nameOrAttrs, hint) => {
  if (typeof nameOrAttrs == "string") {
    let name = nameOrAttrs;
    return new BuilderElement({
      name: "w:rFonts",
      attributes: {
        ascii: {
          key: "w:ascii",
          value: name
        },
        cs: {
          key: "w:cs",
          value: name
        },
        eastAsia: {
          key: "w:eastAsia",
          value: name
        },
        hAnsi: {
          key: "w:hAnsi",
          value: name
        },
        hint: {
          key: "w:hint",
          value: hint
        }
      }
    });
  }
  if ("theme" in nameOrAttrs) {
    let theme = nameOrAttrs.theme === "headings" ? "major" : "minor";
    return new BuilderElement({
      name: "w:rFonts",
      attributes: {
        ascii: {
          key: "w:asciiTheme",
          value: `${theme}HAnsi`
        },
        eastAsia: {
          key: "w:eastAsiaTheme",
          value: `${theme}EastAsia`
        },
        hAnsi: {
          key: "w:hAnsiTheme",
          value: `${theme}HAnsi`
        },
        cs: {
          key: "w:cstheme",
          value: `${theme}Bidi`
        }
      }
    });
  }
  let attrs = nameOrAttrs;
  return new BuilderElement({
    name: "w:rFonts",
    attributes: {
      ascii: {
        key: "w:ascii",
        value: attrs.ascii
      },
      cs: {
        key: "w:cs",
        value: attrs.cs
      },
      eastAsia: {
        key: "w:eastAsia",
        value: attrs.eastAsia
      },
      hAnsi: {
        key: "w:hAnsi",
        value: attrs.hAnsi
      },
      hint: {
        key: "w:hint",
        value: attrs.hint
      }
    }
  });
}, createVerticalAlignRun = (type) => new BuilderElement({
  name: "w:vertAlign",
  attributes: { val: {
    key: "w:val",
    value: type
  } }
}), createSuperScript = () => createVerticalAlignRun("superscript"), createSubScript = () => createVerticalAlignRun("subscript"), UnderlineType = {
  /** Single underline */
  SINGLE: "single",
  /** Underline words only (not spaces) */
  WORDS: "words",
  /** Double underline */
  DOUBLE: "double",
  /** Thick single underline */
  THICK: "thick",
  /** Dotted underline */
  DOTTED: "dotted",
  /** Heavy dotted underline */
  DOTTEDHEAVY: "dottedHeavy",
  /** Dashed underline */
  DASH: "dash",
  /** Heavy dashed underline */
  DASHEDHEAVY: "dashedHeavy",
  /** Long dashed underline */
  DASHLONG: "dashLong",
  /** Heavy long dashed underline */
  DASHLONGHEAVY: "dashLongHeavy",
  /** Dot-dash underline */
  DOTDASH: "dotDash",
  /** Heavy dot-dash underline */
  DASHDOTHEAVY: "dashDotHeavy",
  /** Dot-dot-dash underline */
  DOTDOTDASH: "dotDotDash",
  /** Heavy dot-dot-dash underline */
  DASHDOTDOTHEAVY: "dashDotDotHeavy",
  /** Wave underline */
  WAVE: "wave",
  /** Heavy wave underline */
  WAVYHEAVY: "wavyHeavy",
  /** Double wave underline */
  WAVYDOUBLE: "wavyDouble",
  /** No underline */
  NONE: "none"
}, createUnderline = (underlineType = UnderlineType.SINGLE, color) => createColorElement("w:u", [{
  key: "w:val",
  value: underlineType
}, {
  keys: COLOR_ATTRIBUTES,
  color
}]);
var RunProperties = class extends IgnoreIfEmptyXmlComponent {
  constructor(options) {
    if (super("w:rPr"), !options) return;
    if (options.style && this.push(new StringValueElement("w:rStyle", options.style)), options.font && (typeof options.font == "string" ? this.push(createRunFonts(options.font)) : "name" in options.font ? this.push(createRunFonts(options.font.name, options.font.hint)) : this.push(createRunFonts(options.font))), options.bold !== void 0 && this.push(new OnOffElement("w:b", options.bold)), options.boldComplexScript === void 0 && options.bold !== void 0 || options.boldComplexScript) {
      var _options$boldComplexS;
      this.push(new OnOffElement("w:bCs", (_options$boldComplexS = options.boldComplexScript) !== null && _options$boldComplexS !== void 0 ? _options$boldComplexS : options.bold));
    }
    if (options.italics !== void 0 && this.push(new OnOffElement("w:i", options.italics)), options.italicsComplexScript === void 0 && options.italics !== void 0 || options.italicsComplexScript) {
      var _options$italicsCompl;
      this.push(new OnOffElement("w:iCs", (_options$italicsCompl = options.italicsComplexScript) !== null && _options$italicsCompl !== void 0 ? _options$italicsCompl : options.italics));
    }
    options.smallCaps !== void 0 ? this.push(new OnOffElement("w:smallCaps", options.smallCaps)) : options.allCaps !== void 0 && this.push(new OnOffElement("w:caps", options.allCaps)), options.strike !== void 0 && this.push(new OnOffElement("w:strike", options.strike)), options.doubleStrike !== void 0 && this.push(new OnOffElement("w:dstrike", options.doubleStrike)), options.emboss !== void 0 && this.push(new OnOffElement("w:emboss", options.emboss)), options.imprint !== void 0 && this.push(new OnOffElement("w:imprint", options.imprint)), options.noProof !== void 0 && this.push(new OnOffElement("w:noProof", options.noProof)), options.snapToGrid !== void 0 && this.push(new OnOffElement("w:snapToGrid", options.snapToGrid)), options.vanish !== void 0 && this.push(new OnOffElement("w:vanish", options.vanish)), options.color && this.push(new Color(options.color)), options.characterSpacing && this.push(new CharacterSpacing(options.characterSpacing)), options.scale !== void 0 && this.push(new NumberValueElement("w:w", options.scale)), options.kern && this.push(new HpsMeasureElement("w:kern", options.kern)), options.position && this.push(new StringValueElement("w:position", options.position)), options.size !== void 0 && this.push(new HpsMeasureElement("w:sz", options.size));
    let szCs = options.sizeComplexScript === void 0 || options.sizeComplexScript === !0 ? options.size : options.sizeComplexScript;
    szCs && this.push(new HpsMeasureElement("w:szCs", szCs)), options.highlight && this.push(new Highlight(options.highlight)), options.underline && this.push(createUnderline(options.underline.type, options.underline.color)), options.effect && this.push(new StringValueElement("w:effect", options.effect)), options.border && this.push(createBorderElement("w:bdr", options.border)), options.shading && this.push(createShading(options.shading)), options.fitText && this.push(createFitText(options.fitText)), options.subScript && this.push(createSubScript()), options.superScript && this.push(createSuperScript()), options.rightToLeft !== void 0 && this.push(new OnOffElement("w:rtl", options.rightToLeft)), options.emphasisMark && this.push(createEmphasisMark(options.emphasisMark.type)), options.language && this.push(createLanguageComponent(options.language)), options.eastAsianLayout && this.push(createEastAsianLayout(options.eastAsianLayout)), options.specVanish !== void 0 && this.push(new OnOffElement("w:specVanish", options.specVanish)), options.math !== void 0 && this.push(new OnOffElement("w:oMath", options.math)), options.revision && this.push(new RunPropertiesChange(options.revision));
  }
  push(item) {
    this.root.push(item);
  }
}, ParagraphRunProperties = class extends RunProperties {
  constructor(options) {
    super(options), options?.insertion && this.push(new InsertionTrackChange(options.insertion)), options?.deletion && this.push(new DeletionTrackChange(options.deletion));
  }
}, RunPropertiesChange = class extends XmlComponent {
  constructor(options) {
    super("w:rPrChange"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    })), this.addChildElement(new RunProperties(options));
  }
}, Text = class extends XmlComponent {
  constructor(options) {
    if (super("w:t"), typeof options == "string")
      this.root.push(new TextAttributes({ space: SpaceType.PRESERVE })), this.root.push(options);
    else {
      var _options$space;
      this.root.push(new TextAttributes({ space: (_options$space = options.space) !== null && _options$space !== void 0 ? _options$space : SpaceType.DEFAULT })), this.root.push(options.text);
    }
  }
}, PageNumber = {
  /** Inserts the current page number */
  CURRENT: "CURRENT",
  /** Inserts the total number of pages in the document */
  TOTAL_PAGES: "TOTAL_PAGES",
  /** Inserts the total number of pages in the current section */
  TOTAL_PAGES_IN_SECTION: "TOTAL_PAGES_IN_SECTION",
  /** Inserts the current section number */
  CURRENT_SECTION: "SECTION"
}, pageNumberFieldOf = (child2) => {
  switch (child2) {
    case PageNumber.CURRENT:
      return [
        createBegin(),
        new Page(),
        createSeparate(),
        createEnd()
      ];
    case PageNumber.TOTAL_PAGES:
      return [
        createBegin(),
        new NumberOfPages(),
        createSeparate(),
        createEnd()
      ];
    case PageNumber.TOTAL_PAGES_IN_SECTION:
      return [
        createBegin(),
        new NumberOfPagesSection(),
        createSeparate(),
        createEnd()
      ];
    case PageNumber.CURRENT_SECTION:
      return [
        createBegin(),
        new CurrentSection(),
        createSeparate(),
        createEnd()
      ];
    default:
      return;
  }
}, Run = class Run2 extends XmlComponent {
  constructor(options) {
    if (super("w:r"), _defineProperty(this, "properties", void 0), _defineProperty(this, "following", []), this.properties = new RunProperties(options), this.root.push(this.properties), options.break) for (let i2 = 0; i2 < options.break; i2++) this.root.push(createBreak());
    if (options.children) for (let [index, child2] of options.children.entries()) {
      if (elementOf(child2) === "w:r") {
        let rest = options.children.slice(index + 1);
        this.following = [child2, ...rest.length > 0 ? [new Run2(_objectSpread2(_objectSpread2({}, options), {}, {
          break: void 0,
          children: rest
        }))] : []];
        break;
      }
      if (typeof child2 == "string") {
        let field = pageNumberFieldOf(child2);
        if (field) {
          let rest = options.children.slice(index + 1), runOf = (children) => new Run2(_objectSpread2(_objectSpread2({}, options), {}, {
            break: void 0,
            children
          })), beginsHere = this.root.length === 1;
          beginsHere && this.root.push(field[0]);
          let parts = beginsHere ? field.slice(1) : field;
          this.following = [...parts.map((part) => runOf([part])), ...rest.length > 0 ? [runOf(rest)] : []];
          break;
        }
        this.root.push(new Text(child2));
        continue;
      }
      this.root.push(child2);
    }
    else options.text !== void 0 && this.root.push(new Text(options.text));
  }
  get writtenAs() {
    return this.following.length > 0 ? [this, ...this.following.flatMap((run) => {
      var _run$writtenAs;
      return (_run$writtenAs = run.writtenAs) !== null && _run$writtenAs !== void 0 ? _run$writtenAs : run;
    })] : void 0;
  }
}, TextRun = class extends Run {
  constructor(options) {
    super(typeof options == "string" ? { text: options } : options);
  }
};
var TargetModeType = {
  /** Target is external to the package (e.g., hyperlink to a URL) */
  EXTERNAL: "External"
}, createRelationship = (id, type, target, targetMode) => new BuilderElement({
  name: "Relationship",
  attributes: {
    id: {
      key: "Id",
      value: id
    },
    type: {
      key: "Type",
      value: type
    },
    target: {
      key: "Target",
      value: target
    },
    targetMode: {
      key: "TargetMode",
      value: targetMode
    }
  }
}), createHyperlinkClick = (linkId, hasXmlNs) => new BuilderElement({
  name: "a:hlinkClick",
  attributes: _objectSpread2(_objectSpread2({}, hasXmlNs ? { xmlns: {
    key: "xmlns:a",
    value: "http://schemas.openxmlformats.org/drawingml/2006/main"
  } } : {}), {}, { id: {
    key: "r:id",
    value: `rId${linkId}`
  } })
});
var DrawingLink = class {
  constructor(link) {
    _defineProperty(this, "link", void 0), _defineProperty(this, "linkId", uniqueId()), _defineProperty(this, "addedTo", /* @__PURE__ */ new WeakSet()), this.link = link;
  }
  createClick(declareNamespace) {
    return createHyperlinkClick(this.linkId, declareNamespace);
  }
  addRelationship(context) {
    let relationships = context.viewWrapper.Relationships;
    this.addedTo.has(relationships) || (this.addedTo.add(relationships), relationships.addRelationship(this.linkId, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", this.link, TargetModeType.EXTERNAL));
  }
};
var LARGEST_ROMAN = 32767, LARGEST_LETTERS = 780, ROMAN = [
  [1e3, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"]
], roman = (value) => value <= LARGEST_ROMAN ? ROMAN.reduce(({ rest, text }, [amount, numeral]) => ({
  rest: rest % amount,
  text: text + numeral.repeat(Math.floor(rest / amount))
}), {
  rest: value,
  text: ""
}).text : void 0, letters = (value) => value === 0 ? "" : value <= LARGEST_LETTERS ? String.fromCharCode(65 + (value - 1) % 26).repeat(Math.ceil(value / 26)) : void 0, ordinal = (value) => {
  var _ref;
  return `${value}${value % 100 >= 11 && value % 100 <= 13 ? "th" : (_ref = [
    "th",
    "st",
    "nd",
    "rd"
  ][value % 10]) !== null && _ref !== void 0 ? _ref : "th"}`;
}, numberWriterOf = (format2) => {
  let small = format2.charAt(0) !== format2.charAt(0).toUpperCase(), inCase = (write) => (value) => {
    var _write;
    return small ? (_write = write(value)) === null || _write === void 0 ? void 0 : _write.toLowerCase() : write(value);
  };
  switch (format2.toLowerCase()) {
    case "arabic":
      return String;
    case "roman":
      return inCase(roman);
    case "alphabetic":
      return inCase(letters);
    case "ordinal":
      return (value) => value > 0 ? ordinal(value) : void 0;
    case "arabicdash":
      return (value) => `- ${value} -`;
    default:
      return;
  }
}, PLAIN_FORMATS = /* @__PURE__ */ new Set([
  "mergeformat",
  "charformat",
  "mergeformatinet"
]), CASE_FORMATS = /* @__PURE__ */ new Set([
  "upper",
  "lower",
  "firstcap",
  "caps"
]), isNumberPicture = (picture) => /^[#0,]*[#0][#0,]*$/.test(picture), inNumberPicture = (value, picture) => {
  let zeros = [...picture].filter((character) => character === "0").length, places = zeros + [...picture].filter((character) => character === "#").length, digits = String(value).padStart(zeros, "0");
  if (!(digits.length < places || zeros === 0 && value === 0))
    return picture.includes(",") ? digits.replace(/\B(?=(\d{3})+$)/g, ",") : digits;
}, inCapitals = (text, capitals) => {
  switch (capitals) {
    case "upper":
      return text.toUpperCase();
    case "lower":
      return text.toLowerCase();
    case "firstcap":
      return text.charAt(0).toUpperCase() + text.slice(1);
    default:
      return text;
  }
}, numberFieldOf = (instruction) => {
  var _match;
  let field = new RegExp("^\\s*(PAGEREF|NUMPAGES|SECTIONPAGES)\\b(.*)$", "is").exec(instruction), reference = field?.[1].toUpperCase() === "PAGEREF" ? new RegExp('^\\s*("?)([^\\s"\\\\]+)\\1(.*)$', "s").exec(field[2]) : void 0;
  if (!field || field[1].toUpperCase() === "PAGEREF" && !reference) return;
  let parts = (_match = (reference ? reference[3] : field[2]).match(/"[^"]*"|\S+/g)) !== null && _match !== void 0 ? _match : [], numberFormat, picture, capitals = [], relative = !1, written = !0;
  for (let index = 0; index < parts.length; index++) {
    let part = parts[index], argument = () => {
      var _parts$index;
      return (part.length > 2 ? part.slice(2) : (_parts$index = parts[++index]) !== null && _parts$index !== void 0 ? _parts$index : "").replace(/^"(.*)"$/, "$1");
    };
    if (/^\\p$/i.test(part)) relative = !0;
    else if (part.startsWith("\\#")) {
      var _picture;
      let value = argument();
      written && (written = picture === void 0 && isNumberPicture(value)), (_picture = picture) !== null && _picture !== void 0 || (picture = value);
    } else if (part.startsWith("\\*")) {
      let name = argument(), lower = name.toLowerCase();
      if (CASE_FORMATS.has(lower)) capitals.push(lower);
      else if (name !== "" && !PLAIN_FORMATS.has(lower)) {
        var _numberFormat;
        written && (written = numberFormat === void 0 && numberWriterOf(name) !== void 0), (_numberFormat = numberFormat) !== null && _numberFormat !== void 0 || (numberFormat = name);
      }
    }
  }
  let own = _objectSpread2(_objectSpread2(_objectSpread2(_objectSpread2({}, numberFormat === void 0 ? {} : { numberFormat }), picture === void 0 ? {} : { picture }), capitals.length === 0 ? {} : { capitals: capitals[0] }), {}, { written: written && capitals.length <= 1 && capitals[0] !== "caps" && (numberFormat === void 0 || picture === void 0) });
  return _objectSpread2(reference ? {
    type: "pageReference",
    bookmark: reference[2],
    relative
  } : {
    type: "pageCount",
    scope: field[1].toUpperCase() === "NUMPAGES" ? "document" : "section"
  }, own);
}, prefixesPageNumbers = (instruction) => new RegExp("^\\s*TOC\\b.*\\\\s\\b", "is").test(instruction), resultFrom = (instruction, { enclosing, within, inTextBox }, { estimate, sectionPageCount, blank, relativeTo }) => {
  let field = numberFieldOf(instruction);
  if (field === void 0) return;
  let { bookmarks, pageCount, bookmarkPageNumbers } = estimate, { numberFormat, picture, capitals, written } = field, writesNumber = numberFormat !== void 0 || picture !== void 0, inFormat = (value) => value === void 0 ? void 0 : picture === void 0 ? numberWriterOf(numberFormat ?? "arabic")(value) : inNumberPicture(value, picture), position = field.type === "pageReference" && field.relative && within === "counted" && !inTextBox ? relativeTo?.(field.bookmark) : void 0, result;
  return written ? field.type === "pageCount" ? result = inFormat(field.scope === "document" ? pageCount : sectionPageCount) : enclosing.some(prefixesPageNumbers) ? result = void 0 : writesNumber ? result = inFormat(bookmarkPageNumbers?.get(field.bookmark)) : result = field.relative ? position : bookmarks.get(field.bookmark) : result = void 0, result === void 0 ? blank ? "" : void 0 : inCapitals(result, capitals);
}, placeIn = (name, within) => name === "mc:Fallback" || within === "fallback" ? "fallback" : name === "w:del" || name === "w:moveFrom" ? "deleted" : within, fillFields = (tree, elements, open, filling, within = "counted", inTextBox = !1) => {
  for (let index = 0; index < elements.length; index++) {
    let element = elements[index], name = tree.nameOf(element);
    if (name === void 0) continue;
    let current = open[open.length - 1];
    if (name === "w:fldChar") {
      let type = tree.attributeOf(element, "w:fldCharType");
      type === "begin" ? open.push({
        begin: element,
        instruction: "",
        inResult: !1
      }) : type === "separate" && current ? (tree.writeClean(current.begin, current.instruction), current.inResult = !0, current.result = filling.resultOf(current.instruction, {
        within,
        enclosing: open.slice(0, -1).map((field) => field.instruction),
        inTextBox
      }), current.result !== void 0 && (elements.splice(index + 1, 0, tree.textElement(current.result)), index++)) : type === "end" && open.pop();
    } else if (name === "w:instrText" && current && !current.inResult) current.instruction += tree.textOf(element);
    else if ((name === "w:t" || name === "w:tab" || name === "w:br" || name === "w:cr") && current?.result !== void 0)
      elements.splice(index, 1), index--;
    else if (name === "w:fldSimple") {
      let result = filling.resultOf(String(tree.attributeOf(element, "w:instr")), {
        within,
        enclosing: open.map((field) => field.instruction),
        inTextBox
      });
      if (result === void 0) {
        var _tree$contentOf;
        fillFields(tree, (_tree$contentOf = tree.contentOf(element)) !== null && _tree$contentOf !== void 0 ? _tree$contentOf : [], [], filling, within, inTextBox);
      } else tree.setSimpleFieldResult(element, result);
    } else {
      var _tree$contentOf2;
      if (name === "w:p") {
        var _filling$beforeParagr;
        (_filling$beforeParagr = filling.beforeParagraph) === null || _filling$beforeParagr === void 0 || _filling$beforeParagr.call(filling, element);
      }
      fillFields(tree, (_tree$contentOf2 = tree.contentOf(element)) !== null && _tree$contentOf2 !== void 0 ? _tree$contentOf2 : [], open, filling, placeIn(name, within), inTextBox || name === "w:txbxContent"), name === "w:p" && filling.afterParagraph(element);
    }
  }
}, sectionPropertiesIn = (tree, elements) => elements.flatMap((element) => {
  var _tree$contentOf3;
  let name = tree.nameOf(element);
  return name === void 0 ? [] : name === "w:sectPr" ? [element] : sectionPropertiesIn(tree, (_tree$contentOf3 = tree.contentOf(element)) !== null && _tree$contentOf3 !== void 0 ? _tree$contentOf3 : []);
}), endsSection = (tree, paragraph2) => {
  var _tree$contentOf4;
  return ((_tree$contentOf4 = tree.contentOf(paragraph2)) !== null && _tree$contentOf4 !== void 0 ? _tree$contentOf4 : []).some((child2) => {
    var _tree$contentOf5;
    return tree.nameOf(child2) === "w:pPr" && ((_tree$contentOf5 = tree.contentOf(child2)) !== null && _tree$contentOf5 !== void 0 ? _tree$contentOf5 : []).some((part) => tree.nameOf(part) === "w:sectPr");
  });
}, partPageCountsOf = (tree, body, sectionPageCounts) => {
  let countsOfParts = sectionPropertiesIn(tree, [body]).reduce((all, properties) => {
    var _tree$contentOf6, _all;
    let references = ((_tree$contentOf6 = tree.contentOf(properties)) !== null && _tree$contentOf6 !== void 0 ? _tree$contentOf6 : []).flatMap((child2) => {
      let name = tree.nameOf(child2);
      return name === "w:headerReference" || name === "w:footerReference" ? [[`${name} ${String(tree.attributeOf(child2, "w:type"))}`, String(tree.attributeOf(child2, "r:id"))]] : [];
    });
    return [...all, new Map([...(_all = all[all.length - 1]) !== null && _all !== void 0 ? _all : [], ...references])];
  }, []).reduce((counts, parts, section) => {
    for (let id of parts.values()) {
      var _counts$get;
      counts.set(id, [...(_counts$get = counts.get(id)) !== null && _counts$get !== void 0 ? _counts$get : [], sectionPageCounts[section]]);
    }
    return counts;
  }, /* @__PURE__ */ new Map());
  return new Map([...countsOfParts].flatMap(([id, [first, ...rest]]) => first !== void 0 && rest.every((count) => count === first) ? [[id, first]] : []));
}, fillBodyFields = (tree, body, estimate, { blank }) => {
  let { sectionPageCounts = [], relativePositions } = estimate, section = 0, relativeCounts = /* @__PURE__ */ new Map(), relativeTo = (bookmark2) => {
    var _relativeCounts$get, _relativePositions$ge;
    let count = (_relativeCounts$get = relativeCounts.get(bookmark2)) !== null && _relativeCounts$get !== void 0 ? _relativeCounts$get : 0;
    return relativeCounts.set(bookmark2, count + 1), relativePositions == null || (_relativePositions$ge = relativePositions.get(bookmark2)) === null || _relativePositions$ge === void 0 ? void 0 : _relativePositions$ge[count];
  };
  return fillFields(tree, [body], [], {
    resultOf: (instruction, place) => resultFrom(instruction, place, {
      estimate,
      sectionPageCount: sectionPageCounts[section],
      blank,
      relativeTo
    }),
    afterParagraph: (paragraph2) => {
      section += endsSection(tree, paragraph2) ? 1 : 0;
    }
  }), partPageCountsOf(tree, body, sectionPageCounts);
}, fillPartFields = (tree, part, estimate, { blank, sectionPageCount, notes = !1 }) => {
  let onPage = (bookmark2) => {
    let page = estimate.bookmarks.get(bookmark2);
    return page === void 0 ? void 0 : `on page ${page}`;
  };
  fillFields(tree, [part], [], {
    resultOf: (instruction, place) => resultFrom(instruction, place, _objectSpread2({
      estimate,
      sectionPageCount,
      blank
    }, notes ? { relativeTo: onPage } : {})),
    afterParagraph: () => {
    }
  });
}, fillSequenceFields = (tree, body, { beforeParagraph, resultOf }) => fillFields(tree, [body], [], {
  resultOf: (instruction, { within }) => resultOf(instruction, within),
  beforeParagraph,
  afterParagraph: () => {
  }
}), FieldInstruction = class extends XmlComponent {
  constructor(properties = {}) {
    super("w:instrText"), _defineProperty(this, "properties", void 0), this.properties = properties, this.root.push(new TextAttributes({ space: SpaceType.PRESERVE }));
    let instruction = "TOC";
    if (this.properties.captionLabel && (instruction = `${instruction} \\a "${this.properties.captionLabel}"`), this.properties.entriesFromBookmark && (instruction = `${instruction} \\b "${this.properties.entriesFromBookmark}"`), this.properties.captionLabelIncludingNumbers && (instruction = `${instruction} \\c "${this.properties.captionLabelIncludingNumbers}"`), this.properties.sequenceAndPageNumbersSeparator && (instruction = `${instruction} \\d "${this.properties.sequenceAndPageNumbersSeparator}"`), this.properties.tcFieldIdentifier && (instruction = `${instruction} \\f "${this.properties.tcFieldIdentifier}"`), this.properties.hyperlink && (instruction = `${instruction} \\h`), this.properties.tcFieldLevelRange && (instruction = `${instruction} \\l "${this.properties.tcFieldLevelRange}"`), this.properties.pageNumbersEntryLevelsRange && (instruction = `${instruction} \\n "${this.properties.pageNumbersEntryLevelsRange}"`), this.properties.headingStyleRange && (instruction = `${instruction} \\o "${this.properties.headingStyleRange}"`), this.properties.entryAndPageNumberSeparator && (instruction = `${instruction} \\p "${this.properties.entryAndPageNumberSeparator}"`), this.properties.seqFieldIdentifierForPrefix && (instruction = `${instruction} \\s "${this.properties.seqFieldIdentifierForPrefix}"`), this.properties.stylesWithLevels && this.properties.stylesWithLevels.length) {
      let styles = this.properties.stylesWithLevels.map((sl) => `${sl.styleName},${sl.level}`).join(",");
      instruction = `${instruction} \\t "${styles}"`;
    }
    this.properties.useAppliedParagraphOutlineLevel && (instruction = `${instruction} \\u`), this.properties.preserveTabInEntries && (instruction = `${instruction} \\w`), this.properties.preserveNewLineInEntries && (instruction = `${instruction} \\x`), this.properties.hideTabAndPageNumbersInWebView && (instruction = `${instruction} \\z`), this.root.push(instruction);
  }
}, StructuredDocumentTagContent = class extends XmlComponent {
  constructor() {
    super("w:sdtContent");
  }
}, beginOf = (beginDirty) => beginDirty === void 0 ? createBeginDirtyWithoutPageNumbers() : createBegin(beginDirty), writtenTables = /* @__PURE__ */ new WeakMap();
var HeadingBookmarkIds = class {
  constructor() {
    _defineProperty(this, "ids", []);
  }
  get(index) {
    var _this$ids, _this$ids$index;
    return (_this$ids$index = (_this$ids = this.ids)[index]) !== null && _this$ids$index !== void 0 || (_this$ids[index] = bookmarkUniqueNumericId()), this.ids[index];
  }
}, nameOf$4 = (element) => typeof element == "object" && element !== null ? Object.keys(element)[0] : void 0, childrenOf$1 = (element) => {
  let name = nameOf$4(element), content = name === void 0 ? void 0 : element[name];
  return Array.isArray(content) ? content : content === void 0 ? [] : [content];
}, childOf$2 = (element, name) => childrenOf$1(element).find((child2) => nameOf$4(child2) === name), attributeOf = (element, attribute2) => {
  var _childOf;
  return (_childOf = childOf$2(element, "_attr")) === null || _childOf === void 0 || (_childOf = _childOf._attr) === null || _childOf === void 0 ? void 0 : _childOf[attribute2];
}, numberAttributeOf = (element, attribute2) => {
  let value = attributeOf(element, attribute2);
  return value === void 0 ? void 0 : Number(value);
}, BLOCK_CONTAINERS = /* @__PURE__ */ new Set([
  "w:tbl",
  "w:tr",
  "w:tc",
  "w:sdt",
  "w:sdtContent",
  "w:customXml"
]), blocksOf = (elements) => elements.flatMap((element) => {
  let name = nameOf$4(element);
  return name === "w:p" || writtenTables.has(element) ? [element] : name !== void 0 && BLOCK_CONTAINERS.has(name) ? blocksOf(childrenOf$1(element)) : [];
}), TEXT_CONTAINERS = /* @__PURE__ */ new Set([
  "w:r",
  "w:hyperlink",
  "w:ins",
  "w:moveTo",
  "w:smartTag",
  "w:customXml",
  "w:sdt",
  "w:sdtContent",
  "w:fldSimple",
  "w:dir",
  "w:bdo"
]), textOfRunContent = (element) => {
  switch (nameOf$4(element)) {
    case "w:t":
      return childrenOf$1(element).filter((child2) => typeof child2 == "string").join("");
    case "w:tab":
      return "	";
    case "w:br":
      return [void 0, "textWrapping"].includes(attributeOf(element, "w:type")) ? `
` : "";
    case "w:cr":
      return `
`;
    case "w:noBreakHyphen":
      return "-";
    default:
      return "";
  }
}, textOf$1 = (paragraph2) => {
  let fields = [], read = (element) => {
    let name = nameOf$4(element);
    if (name !== void 0 && TEXT_CONTAINERS.has(name)) return childrenOf$1(element).map(read).join("");
    if (name === "w:fldChar") {
      let type = attributeOf(element, "w:fldCharType");
      return type === "begin" ? fields.push(!1) : type === "separate" ? fields[fields.length - 1] = !0 : fields.pop(), "";
    }
    return fields.every(Boolean) ? textOfRunContent(element) : "";
  };
  return childrenOf$1(paragraph2).map(read).join("");
}, bookmarkMarksOf = (element) => {
  let name = nameOf$4(element);
  return name === "w:bookmarkStart" ? [{
    start: !0,
    id: attributeOf(element, "w:id"),
    name: attributeOf(element, "w:name")
  }] : name === "w:bookmarkEnd" ? [{
    start: !1,
    id: attributeOf(element, "w:id")
  }] : name === void 0 || name === "_attr" ? [] : childrenOf$1(element).flatMap(bookmarkMarksOf);
}, bookmarksOf = (paragraphs) => {
  let open = /* @__PURE__ */ new Map();
  return paragraphs.map((paragraph2) => {
    let marks = bookmarkMarksOf(paragraph2), names = /* @__PURE__ */ new Set([...open.values(), ...marks.flatMap((mark) => mark.start ? [mark.name] : [])]);
    for (let mark of marks) mark.start ? open.set(mark.id, mark.name) : open.delete(mark.id);
    return names;
  });
}, paragraphDetailsOf = (paragraphs, followBookmarks) => {
  let bookmarks = followBookmarks ? bookmarksOf(paragraphs) : [];
  return paragraphs.map((element, index) => {
    var _bookmarks$index;
    let properties = childOf$2(element, "w:pPr");
    return {
      element,
      styleId: attributeOf(childOf$2(properties, "w:pStyle"), "w:val"),
      outlineLevel: numberAttributeOf(childOf$2(properties, "w:outlineLvl"), "w:val"),
      text: textOf$1(element),
      bookmarks: (_bookmarks$index = bookmarks[index]) !== null && _bookmarks$index !== void 0 ? _bookmarks$index : /* @__PURE__ */ new Set()
    };
  });
}, stylesOf = (context) => {
  var _context$file;
  let styles = (_context$file = context.file) === null || _context$file === void 0 || (_context$file = _context$file.Styles) === null || _context$file === void 0 ? void 0 : _context$file.prepForXml(context);
  return new Map(childrenOf$1(styles).filter((style) => nameOf$4(style) === "w:style" && ["paragraph", void 0].includes(attributeOf(style, "w:type"))).map((style) => [attributeOf(style, "w:styleId"), {
    name: attributeOf(childOf$2(style, "w:name"), "w:val"),
    basedOn: attributeOf(childOf$2(style, "w:basedOn"), "w:val"),
    outlineLevel: numberAttributeOf(childOf$2(childOf$2(style, "w:pPr"), "w:outlineLvl"), "w:val")
  }]));
}, parseRange = (range) => {
  let match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(range);
  return match ? [Number(match[1]), Number(match[2])] : void 0;
}, isWithin = (level, [from, to]) => level >= from && level <= to, headingLevelOf = (styleId, styles) => {
  var _styles$get$name, _styles$get;
  if (styleId === void 0) return;
  let match = /^heading ?([1-9])$/i.exec((_styles$get$name = (_styles$get = styles.get(styleId)) === null || _styles$get === void 0 ? void 0 : _styles$get.name) !== null && _styles$get$name !== void 0 ? _styles$get$name : styleId);
  return match ? Number(match[1]) : void 0;
}, styleOutlineLevelOf = (styleId, styles, depth = 0) => {
  var _style$outlineLevel;
  if (styleId === void 0 || depth > styles.size) return;
  let style = styles.get(styleId), heading = headingLevelOf(styleId, styles);
  return (_style$outlineLevel = style?.outlineLevel) !== null && _style$outlineLevel !== void 0 ? _style$outlineLevel : heading === void 0 ? styleOutlineLevelOf(style?.basedOn, styles, depth + 1) : heading - 1;
}, headingLevels = (context) => {
  let styles = stylesOf(context);
  return (paragraph2) => {
    let properties = childOf$2(paragraph2, "w:pPr"), styleId = attributeOf(childOf$2(properties, "w:pStyle"), "w:val"), heading = headingLevelOf(styleId, styles), outlineLevel = outlineLevelOf({
      styleId,
      outlineLevel: numberAttributeOf(childOf$2(properties, "w:outlineLvl"), "w:val")
    }, styles), outline = outlineLevel === void 0 || outlineLevel >= 9 ? void 0 : outlineLevel + 1;
    return heading !== void 0 && (outline === void 0 || outline === heading) ? heading : outline === void 0 ? void 0 : "unclear";
  };
}, outlineLevelOf = (paragraph2, styles) => {
  var _paragraph$outlineLev;
  return (_paragraph$outlineLev = paragraph2.outlineLevel) !== null && _paragraph$outlineLev !== void 0 ? _paragraph$outlineLev : styleOutlineLevelOf(paragraph2.styleId, styles);
}, levelIn = (properties, paragraph2, styles) => {
  var _styles$get2;
  let { entriesFromBookmark, headingStyleRange, stylesWithLevels = [], useAppliedParagraphOutlineLevel } = properties;
  if (paragraph2.text.trim() === "" || entriesFromBookmark && !paragraph2.bookmarks.has(entriesFromBookmark)) return;
  let names = [paragraph2.styleId, paragraph2.styleId === void 0 || (_styles$get2 = styles.get(paragraph2.styleId)) === null || _styles$get2 === void 0 ? void 0 : _styles$get2.name].filter((name) => name !== void 0).map((name) => name.toLowerCase()), listed = stylesWithLevels.find((style) => names.includes(style.styleName.toLowerCase()));
  if (listed) return listed.level;
  let namesItsEntries = !!headingStyleRange || stylesWithLevels.length > 0 || !!useAppliedParagraphOutlineLevel || !!properties.tcFieldIdentifier || !!properties.tcFieldLevelRange || !!properties.captionLabel || !!properties.captionLabelIncludingNumbers, headingRange = headingStyleRange ? parseRange(headingStyleRange) : namesItsEntries ? void 0 : [1, 9], heading = headingLevelOf(paragraph2.styleId, styles);
  if (headingRange && heading !== void 0 && isWithin(heading, headingRange)) return heading;
  let outlineLevel = useAppliedParagraphOutlineLevel ? outlineLevelOf(paragraph2, styles) : void 0;
  return outlineLevel !== void 0 && isWithin(outlineLevel + 1, headingRange ?? [1, 9]) ? outlineLevel + 1 : void 0;
}, titleRunsOf = (title, properties) => {
  let text = properties.preserveTabInEntries ? title : title.replace(/\t/g, " ");
  return (properties.preserveNewLineInEntries ? text.split(`
`) : [text.replace(/\n/g, " ")]).map((line, index) => new TextRun({
    break: index > 0 ? 1 : void 0,
    children: line.split("	").flatMap((part, partIndex) => [...partIndex > 0 ? [new Tab()] : [], ...part === "" ? [] : [part]])
  }));
}, numberRunsOf = ({ text, separator }) => separator === "tab" ? [new TextRun(text), new TextRun({ children: [new Tab()] })] : [new TextRun(`${text} `)], numberTabStopOf = (level, width) => {
  let end = 240 * (level - 1) + width + 240;
  return end <= 1920 ? Math.ceil(end / 240) * 240 : Math.round(end);
}, entryStyleOf = (level, styles) => {
  var _find$, _find;
  return (_find$ = (_find = [...styles].find(([, style]) => {
    var _style$name;
    return ((_style$name = style.name) === null || _style$name === void 0 ? void 0 : _style$name.toLowerCase()) === `toc ${level}`;
  })) === null || _find === void 0 ? void 0 : _find[0]) !== null && _find$ !== void 0 ? _find$ : `TOC${level}`;
}, contentOf = ({ properties, beginDirty, textWidth, tabLeader }, entries, styles, context) => {
  var _parseRange;
  let withoutPageNumbers = properties.pageNumbersEntryLevelsRange ? (_parseRange = parseRange(properties.pageNumbersEntryLevelsRange)) !== null && _parseRange !== void 0 ? _parseRange : [1, 9] : void 0, content = new StructuredDocumentTagContent();
  return entries.forEach((entry, index) => {
    var _entry$listNumber;
    let hasPageNumber = withoutPageNumbers === void 0 || !isWithin(entry.level, withoutPageNumbers), children = [
      ...entry.listNumber ? numberRunsOf(entry.listNumber) : [],
      ...titleRunsOf(entry.title, properties),
      ...hasPageNumber ? [new TextRun({ children: [properties.entryAndPageNumberSeparator || new Tab()] }), new PageReference(entry.bookmark, { hyperlink: properties.hyperlink })] : []
    ];
    content.addChildElement(new Paragraph({
      style: entryStyleOf(entry.level, styles),
      tabStops: [...((_entry$listNumber = entry.listNumber) === null || _entry$listNumber === void 0 ? void 0 : _entry$listNumber.separator) === "tab" ? [{
        type: "left",
        position: numberTabStopOf(entry.level, entry.listNumber.width)
      }] : [], {
        type: "right",
        position: textWidth,
        leader: tabLeader
      }],
      children: [...index === 0 ? [new Run({ children: [
        beginOf(beginDirty),
        new FieldInstruction(properties),
        createSeparate()
      ] })] : [], ...properties.hyperlink ? [new InternalHyperlink({
        anchor: entry.bookmark,
        children
      })] : children]
    }));
  }), content.addChildElement(new Paragraph({ children: [new Run({ children: [createEnd()] })] })), content.prepForXml(context);
}, bookmark = (paragraph2, name, id, context) => {
  let children = childrenOf$1(paragraph2), start = children.findIndex((child2) => nameOf$4(child2) === "w:pPr") + 1;
  paragraph2["w:p"] = [
    ...children.slice(0, start),
    new BookmarkStart(name, id).prepForXml(context),
    ...children.slice(start),
    new BookmarkEnd(id).prepForXml(context)
  ];
}, fillTablesOfContents = (body, context, bookmarkIds, listNumbersOf) => {
  let blocks = blocksOf(childrenOf$1(body)), tables = blocks.flatMap((block2) => {
    let options = writtenTables.get(block2);
    return options ? [[block2, options]] : [];
  });
  if (tables.length === 0) return;
  let styles = stylesOf(context), followBookmarks = tables.some(([, { properties }]) => !!properties.entriesFromBookmark), headings = paragraphDetailsOf(blocks.filter((block2) => nameOf$4(block2) === "w:p"), followBookmarks).map((paragraph2) => ({
    paragraph: paragraph2,
    levels: tables.map(([, { properties }]) => levelIn(properties, paragraph2, styles))
  })).filter(({ levels }) => levels.some((level) => level !== void 0)).map((heading, index) => _objectSpread2(_objectSpread2({}, heading), {}, { id: bookmarkIds.get(index) }));
  for (let { paragraph: paragraph2, id } of headings) bookmark(paragraph2.element, `_Toc${id}`, id, context);
  let listNumbers = headings.length > 0 ? listNumbersOf?.(body) : void 0;
  tables.forEach(([table2, options], index) => {
    let entries = headings.flatMap(({ paragraph: paragraph2, levels, id }) => {
      let level = levels[index], listNumber = listNumbers?.get(`_Toc${id}`);
      return level === void 0 ? [] : [_objectSpread2({
        title: paragraph2.text,
        level,
        bookmark: `_Toc${id}`
      }, listNumber ? { listNumber } : {})];
    });
    entries.length !== 0 && (table2["w:sdt"] = childrenOf$1(table2).map((child2) => nameOf$4(child2) === "w:sdtContent" ? contentOf(options, entries, styles, context) : child2));
  });
}, IDENTIFIER = new RegExp("^\\p{L}[\\p{L}\\p{N}_]*$", "u"), sequenceOf = (switches) => {
  var _step, _format;
  let step, hidden = !1, format2, caseFormat = !1, picture = !1;
  for (let index = 0; index < switches.length; index++) {
    var _switches, _next;
    let name = switches[index], argument = (_switches = switches[index + 1]) !== null && _switches !== void 0 ? _switches : "", next;
    if (index === 0 && !name.startsWith("\\")) next = { type: "bookmark" };
    else if (name === "\\c" || name === "\\n") next = { type: name === "\\c" ? "repeat" : "next" };
    else if ((name === "\\r" || name === "\\s") && /^\d+$/.test(argument))
      index++, next = name === "\\r" ? {
        type: "reset",
        to: Number(argument)
      } : {
        type: "heading",
        level: Number(argument)
      };
    else if (name === "\\h") hidden = !0;
    else if (name === "\\#" && index + 1 < switches.length)
      index++, picture = !0;
    else if (name === "\\*" && index + 1 < switches.length) {
      let value = switches[++index];
      if (CASE_FORMATS.has(value.toLowerCase())) caseFormat = !0;
      else if (!PLAIN_FORMATS.has(value.toLowerCase())) {
        if (format2 !== void 0) return;
        format2 = value;
      }
    } else return;
    if (next && step) return;
    step = (_next = next) !== null && _next !== void 0 ? _next : step;
  }
  if (step?.type === "bookmark" && switches.length > 1) return;
  let written = !picture && !(caseFormat && format2 !== void 0 && format2.toLowerCase() !== "arabic");
  return {
    step: (_step = step) !== null && _step !== void 0 ? _step : { type: "next" },
    hidden: hidden && format2 === void 0,
    format: written ? (_format = format2) !== null && _format !== void 0 ? _format : "ARABIC" : ""
  };
}, sequenceFieldOf = (instruction) => {
  var _match$1$match;
  let match = new RegExp("^\\s*SEQ\\b(.*)$", "is").exec(instruction);
  if (!match) return;
  let [written, ...switches] = (_match$1$match = match[1].match(/"[^"]*"|\S+/g)) !== null && _match$1$match !== void 0 ? _match$1$match : [];
  if (written === void 0) return {};
  let identifier = written.replace(/^"(.*)"$/, "$1");
  return IDENTIFIER.test(identifier) ? {
    identifier,
    sequence: sequenceOf(switches)
  } : { identifier };
}, isSequenceField = (instruction) => sequenceFieldOf(instruction) !== void 0, identifiersIn = (element) => typeof element != "object" || element === null ? [] : Array.isArray(element) ? element.flatMap(identifiersIn) : Object.entries(element).flatMap(([name, content]) => [...(name === "w:instrText" && Array.isArray(content) ? content : name === "_attr" ? [content["w:instr"]] : []).flatMap((instruction) => {
  let field = typeof instruction == "string" ? sequenceFieldOf(instruction) : void 0;
  return field?.identifier === void 0 ? [] : [field.identifier.toLowerCase()];
}), ...identifiersIn(content)]), identifiersInCommentsOf = (context) => {
  var _context$file;
  let comments = (_context$file = context.file) === null || _context$file === void 0 ? void 0 : _context$file.Comments;
  if (!comments) return /* @__PURE__ */ new Set();
  let wrapper = {
    View: comments,
    Relationships: comments.Relationships
  };
  return new Set(identifiersIn(comments.prepForXml(_objectSpread2(_objectSpread2({}, context), {}, {
    viewWrapper: wrapper,
    stack: []
  }))));
}, sequenceNumbering = (context) => {
  let levelOf = headingLevels(context), numbers = /* @__PURE__ */ new Map(), counted = /* @__PURE__ */ new Map(), headingsAt = [], unclearAt = -1, paragraph2 = -1, unknown, afterHeading = (key, level) => {
    var _counted$get;
    let headingAt = Math.max(-1, ...headingsAt.slice(1, level + 1).filter((at) => at !== void 0)), since = ((_counted$get = counted.get(key)) !== null && _counted$get !== void 0 ? _counted$get : []).filter((field) => field.paragraph >= headingAt), followed = since.every(({ step }) => step?.type === "next" || step?.type === "heading" && step.level === level);
    return unclearAt > headingAt || !followed ? void 0 : since.length + 1;
  };
  return {
    startParagraph: (element) => {
      paragraph2++;
      let level = levelOf(element);
      level === "unclear" ? unclearAt = paragraph2 : level !== void 0 && (headingsAt[level] = paragraph2);
    },
    numberOf: (instruction, place) => {
      var _unknown, _counted$get2, _numberWriterOf;
      let { identifier, sequence } = sequenceFieldOf(instruction);
      if (identifier === void 0 || place === "fallback") return;
      (_unknown = unknown) !== null && _unknown !== void 0 || (unknown = identifiersInCommentsOf(context));
      let key = identifier.toLowerCase();
      if (sequence?.step.type === "bookmark" && place === "counted" && !unknown.has(key)) return;
      let before = numbers.has(key) ? numbers.get(key) : 0, step = unknown.has(key) || place === "deleted" ? void 0 : sequence?.step, value = step?.type === "reset" ? step.to : step?.type === "repeat" ? before : step?.type === "heading" ? afterHeading(key, step.level) : step?.type === "next" && before !== void 0 ? before + 1 : void 0;
      return numbers.set(key, value), counted.set(key, [...(_counted$get2 = counted.get(key)) !== null && _counted$get2 !== void 0 ? _counted$get2 : [], _objectSpread2({ paragraph: paragraph2 }, value === void 0 ? {} : { step })]), value === void 0 || sequence === void 0 ? void 0 : sequence.hidden ? "" : (_numberWriterOf = numberWriterOf(sequence.format)) === null || _numberWriterOf === void 0 ? void 0 : _numberWriterOf(value);
    }
  };
}, nameOf$3 = (element) => {
  let name = typeof element == "object" && element !== null && !Array.isArray(element) ? Object.keys(element)[0] : void 0;
  return name === "_attr" ? void 0 : name;
}, textElement = (text) => ({ "w:t": [{ _attr: { "xml:space": "preserve" } }, text] }), FORMATTED = {
  nameOf: nameOf$3,
  contentOf: (element) => {
    let content = element[nameOf$3(element)];
    return Array.isArray(content) ? content : void 0;
  },
  attributeOf: (element, attribute2) => {
    var _holder$_attr;
    let content = element[nameOf$3(element)], holder = Array.isArray(content) ? content.find((child2) => typeof child2 == "object" && child2 !== null && "_attr" in child2) : content;
    return holder == null || (_holder$_attr = holder._attr) === null || _holder$_attr === void 0 ? void 0 : _holder$_attr[attribute2];
  },
  textOf: (element) => FORMATTED.contentOf(element).filter((part) => typeof part == "string").join(""),
  textElement,
  writeClean: (begin) => {
    if (isDirtyWithoutPageNumbers(begin)) {
      let attributes = begin["w:fldChar"]._attr;
      begin["w:fldChar"] = { _attr: Object.fromEntries(Object.entries(attributes).filter(([key]) => key !== "w:dirty")) };
    }
  },
  setSimpleFieldResult: (element, text) => {
    let content = element["w:fldSimple"];
    element["w:fldSimple"] = [...(Array.isArray(content) ? content : [content]).filter((child2) => typeof child2 == "object" && child2 !== null && "_attr" in child2), { "w:r": [textElement(text)] }];
  }
}, estimates = /* @__PURE__ */ new WeakMap(), fillSequenceNumbers = (body, context) => {
  let { startParagraph, numberOf } = sequenceNumbering(context);
  fillSequenceFields(FORMATTED, body, {
    beforeParagraph: (paragraph2) => startParagraph(paragraph2),
    resultOf: (instruction, within) => isSequenceField(instruction) ? numberOf(instruction, within) : void 0
  });
}, fillPageNumbers = (body, context, estimator) => {
  let estimate = estimator(body, context), partPageCounts = fillBodyFields(FORMATTED, body, estimate, { blank: !1 });
  context.file && estimates.set(context.file, {
    estimate,
    partPageCounts
  });
}, fillPartPageNumbers = (part, context, referenceId) => {
  let written = context.file && estimates.get(context.file);
  if (!part || !written) return;
  let sectionPageCount = referenceId === void 0 ? void 0 : written.partPageCounts.get(`rId${referenceId}`), notes = "w:footnotes" in part || "w:endnotes" in part;
  fillPartFields(FORMATTED, part, written.estimate, {
    blank: !1,
    sectionPageCount,
    notes
  });
}, RelationshipsAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", { xmlns: "xmlns" });
  }
}, Relationships = class Relationships2 extends XmlComponent {
  constructor() {
    super("Relationships"), this.root.push(new RelationshipsAttributes({ xmlns: "http://schemas.openxmlformats.org/package/2006/relationships" }));
  }
  /**
  * Creates a new relationship to another part in the package.
  *
  * @param id - Unique identifier for this relationship (will be prefixed with "rId")
  * @param type - Relationship type URI (e.g., image, header, hyperlink)
  * @param target - Path to the target part
  * @param targetMode - Optional mode indicating if target is external
  */
  addRelationship(id, type, target, targetMode) {
    this.root.push(createRelationship(`rId${id}`, type, target, targetMode));
  }
  /**
  * Creates a copy of the relationships given. Relationships added to the copy aren't added to them, so the compiler
  * adds the ones it writes for a part, such as to its images, to a copy, and packing a document again doesn't add
  * them a second time.
  *
  * Static, as `IContext` is public and has `Relationships`, so a new instance member would change the public API.
  *
  * @param relationships - The relationships to copy
  */
  static copy(relationships) {
    let copy = new Relationships2();
    return copy.root.push(...relationships.root.slice(1)), copy;
  }
  /**
  * Gets the count of relationships in this collection.
  * Excludes the attributes element from the count.
  */
  get RelationshipCount() {
    return this.root.length - 1;
  }
}, CommentAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      id: "w:id",
      initials: "w:initials",
      author: "w:author",
      date: "w:date"
    });
  }
};
var RootCommentsAttributes = class extends XmlAttributeComponent {
  constructor(..._args3) {
    super(..._args3), _defineProperty(this, "xmlKeys", {
      "xmlns:wpc": "xmlns:wpc",
      "xmlns:cx": "xmlns:cx",
      "xmlns:cx1": "xmlns:cx1",
      "xmlns:cx2": "xmlns:cx2",
      "xmlns:cx3": "xmlns:cx3",
      "xmlns:cx4": "xmlns:cx4",
      "xmlns:cx5": "xmlns:cx5",
      "xmlns:cx6": "xmlns:cx6",
      "xmlns:cx7": "xmlns:cx7",
      "xmlns:cx8": "xmlns:cx8",
      "xmlns:mc": "xmlns:mc",
      "xmlns:aink": "xmlns:aink",
      "xmlns:am3d": "xmlns:am3d",
      "xmlns:o": "xmlns:o",
      "xmlns:r": "xmlns:r",
      "xmlns:m": "xmlns:m",
      "xmlns:v": "xmlns:v",
      "xmlns:wp14": "xmlns:wp14",
      "xmlns:wp": "xmlns:wp",
      "xmlns:w10": "xmlns:w10",
      "xmlns:w": "xmlns:w",
      "xmlns:w14": "xmlns:w14",
      "xmlns:w15": "xmlns:w15",
      "xmlns:w16cex": "xmlns:w16cex",
      "xmlns:w16cid": "xmlns:w16cid",
      "xmlns:w16": "xmlns:w16",
      "xmlns:w16sdtdh": "xmlns:w16sdtdh",
      "xmlns:w16se": "xmlns:w16se",
      "xmlns:wpg": "xmlns:wpg",
      "xmlns:wpi": "xmlns:wpi",
      "xmlns:wne": "xmlns:wne",
      "xmlns:wps": "xmlns:wps",
      "mc:Ignorable": "mc:Ignorable"
    });
  }
};
var Comment = class extends XmlComponent {
  constructor({ id, initials, author, date = /* @__PURE__ */ new Date(), children }, paraId) {
    super("w:comment"), _defineProperty(this, "paraId", void 0), this.paraId = paraId, this.root.push(new CommentAttributes({
      id,
      initials,
      author,
      date: date.toISOString()
    }));
    for (let child2 of children) this.root.push(child2);
  }
  /**
  * Serializes this comment to XML, injecting w14:paraId and w14:textId into the last
  * paragraph when threading is active. These attributes link the comment to its
  * corresponding w15:commentEx entry in commentsExtended.xml.
  */
  prepForXml(context) {
    let result = super.prepForXml(context);
    if (!result || !this.paraId) return result;
    let commentChildren = result["w:comment"];
    if (!Array.isArray(commentChildren)) return result;
    for (let i2 = commentChildren.length - 1; i2 >= 0; i2--) {
      let child2 = commentChildren[i2];
      if (child2 && typeof child2 == "object" && "w:p" in child2) {
        let pChildren = child2["w:p"];
        Array.isArray(pChildren) && pChildren.unshift({ _attr: {
          "w14:paraId": this.paraId,
          "w14:textId": this.paraId
        } });
        break;
      }
    }
    return result;
  }
}, commentIdToParaId = (id) => (id + 1).toString(16).toUpperCase().padStart(8, "0"), Comments = class extends XmlComponent {
  constructor({ children }) {
    super("w:comments"), _defineProperty(this, "relationships", void 0), _defineProperty(this, "threadData", void 0), _defineProperty(this, "commentIdsData", void 0), _defineProperty(this, "isEmpty", void 0), this.isEmpty = children.length === 0, this.root.push(new RootCommentsAttributes({
      "xmlns:wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
      "xmlns:cx": "http://schemas.microsoft.com/office/drawing/2014/chartex",
      "xmlns:cx1": "http://schemas.microsoft.com/office/drawing/2015/9/8/chartex",
      "xmlns:cx2": "http://schemas.microsoft.com/office/drawing/2015/10/21/chartex",
      "xmlns:cx3": "http://schemas.microsoft.com/office/drawing/2016/5/9/chartex",
      "xmlns:cx4": "http://schemas.microsoft.com/office/drawing/2016/5/10/chartex",
      "xmlns:cx5": "http://schemas.microsoft.com/office/drawing/2016/5/11/chartex",
      "xmlns:cx6": "http://schemas.microsoft.com/office/drawing/2016/5/12/chartex",
      "xmlns:cx7": "http://schemas.microsoft.com/office/drawing/2016/5/13/chartex",
      "xmlns:cx8": "http://schemas.microsoft.com/office/drawing/2016/5/14/chartex",
      "xmlns:mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
      "xmlns:aink": "http://schemas.microsoft.com/office/drawing/2016/ink",
      "xmlns:am3d": "http://schemas.microsoft.com/office/drawing/2017/model3d",
      "xmlns:o": "urn:schemas-microsoft-com:office:office",
      "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "xmlns:m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
      "xmlns:v": "urn:schemas-microsoft-com:vml",
      "xmlns:wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
      "xmlns:wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "xmlns:w10": "urn:schemas-microsoft-com:office:word",
      "xmlns:w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "xmlns:w14": "http://schemas.microsoft.com/office/word/2010/wordml",
      "xmlns:w15": "http://schemas.microsoft.com/office/word/2012/wordml",
      "xmlns:w16cex": "http://schemas.microsoft.com/office/word/2018/wordml/cex",
      "xmlns:w16cid": "http://schemas.microsoft.com/office/word/2016/wordml/cid",
      "xmlns:w16": "http://schemas.microsoft.com/office/word/2018/wordml",
      "xmlns:w16sdtdh": "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
      "xmlns:w16se": "http://schemas.microsoft.com/office/word/2015/wordml/symex",
      "xmlns:wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
      "xmlns:wpi": "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
      "xmlns:wne": "http://schemas.microsoft.com/office/word/2006/wordml",
      "xmlns:wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
      "mc:Ignorable": "w14 w15 wp14"
    }));
    let hasThreading = children.some((child2) => child2.parentId !== void 0), hasDurableIds = children.some((child2) => child2.durableId !== void 0);
    if (hasThreading || hasDurableIds) {
      let idToParaId = new Map(children.map((child2) => [child2.id, commentIdToParaId(child2.id)]));
      for (let child2 of children) this.root.push(new Comment(child2, idToParaId.get(child2.id)));
      hasThreading && (this.threadData = children.map((child2) => ({
        paraId: idToParaId.get(child2.id),
        parentParaId: child2.parentId !== void 0 ? idToParaId.get(child2.parentId) : void 0,
        done: child2.resolved
      }))), hasDurableIds && (this.commentIdsData = children.map((child2) => {
        var _child$durableId;
        return {
          paraId: idToParaId.get(child2.id),
          durableId: (_child$durableId = child2.durableId) !== null && _child$durableId !== void 0 ? _child$durableId : idToParaId.get(child2.id)
        };
      }));
    } else for (let child2 of children) this.root.push(new Comment(child2));
    this.relationships = new Relationships();
  }
  get Relationships() {
    return this.relationships;
  }
  /** Thread data for commentsExtended.xml, or undefined when no comments use parentId. */
  get ThreadData() {
    return this.threadData;
  }
  /** Comment id data for commentsIds.xml, or undefined when no comments carry a durableId. */
  get CommentIdsData() {
    return this.commentIdsData;
  }
  /** Whether there are no comments, in which case the document has no comments.xml part. */
  get IsEmpty() {
    return this.isEmpty;
  }
  /**
  * Formats the comments, with the page numbers worked out for their document written into their fields, when the
  * document's body is written with an estimate of its pages.
  */
  prepForXml(context) {
    let xml = super.prepForXml(context);
    return fillPartPageNumbers(xml, context), xml;
  }
};
var CommentsExtendedAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      "xmlns:wpc": "xmlns:wpc",
      "xmlns:mc": "xmlns:mc",
      "xmlns:w15": "xmlns:w15",
      "mc:Ignorable": "mc:Ignorable"
    });
  }
}, CommentExAttributes = class extends XmlAttributeComponent {
  constructor(..._args2) {
    super(..._args2), _defineProperty(this, "xmlKeys", {
      paraId: "w15:paraId",
      paraIdParent: "w15:paraIdParent",
      done: "w15:done"
    });
  }
}, CommentEx = class extends XmlComponent {
  constructor(options) {
    super("w15:commentEx"), this.root.push(new CommentExAttributes({
      paraId: options.paraId,
      paraIdParent: options.parentParaId,
      done: options.done !== void 0 ? options.done ? "1" : "0" : void 0
    }));
  }
}, CommentsExtended = class extends XmlComponent {
  constructor(threadData) {
    super("w15:commentsEx"), this.root.push(new CommentsExtendedAttributes({
      "xmlns:wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
      "xmlns:mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
      "xmlns:w15": "http://schemas.microsoft.com/office/word/2012/wordml",
      "mc:Ignorable": "w15"
    }));
    for (let data of threadData) this.root.push(new CommentEx(data));
  }
}, CommentIdAttributes = class extends XmlAttributeComponent {
  constructor(..._args3) {
    super(..._args3), _defineProperty(this, "xmlKeys", {
      paraId: "w16cid:paraId",
      durableId: "w16cid:durableId"
    });
  }
}, CommentId = class extends XmlComponent {
  constructor(options) {
    super("w16cid:commentId"), this.root.push(new CommentIdAttributes({
      paraId: options.paraId,
      durableId: options.durableId
    }));
  }
}, CommentsIdsAttributes = class extends XmlAttributeComponent {
  constructor(..._args4) {
    super(..._args4), _defineProperty(this, "xmlKeys", {
      "xmlns:w16cid": "xmlns:w16cid",
      "xmlns:mc": "xmlns:mc",
      "mc:Ignorable": "mc:Ignorable"
    });
  }
}, CommentsIds = class extends XmlComponent {
  constructor(commentIdsData) {
    super("w16cid:commentsIds"), this.root.push(new CommentsIdsAttributes({
      "xmlns:w16cid": "http://schemas.microsoft.com/office/word/2016/wordml/cid",
      "xmlns:mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
      "mc:Ignorable": "w16cid"
    }));
    for (let data of commentIdsData) this.root.push(new CommentId(data));
  }
};
var EndnoteReference = class extends EmptyElement {
  constructor() {
    super("w:endnoteRef");
  }
};
var Tab = class extends EmptyElement {
  constructor() {
    super("w:tab");
  }
};
var PageBreakBefore = class extends XmlComponent {
  constructor() {
    super("w:pageBreakBefore");
  }
}, LineRuleType = {
  /** Line spacing is at least the specified value */
  AT_LEAST: "atLeast",
  /** Writes `exactly`, which isn't a value the schema allows, so Word ignores it. Use {@link LineRuleType.EXACT} for an exact line height. */
  EXACTLY: "exactly",
  /** Line spacing is exactly the specified value */
  EXACT: "exact",
  /** Line spacing is automatically determined based on content */
  AUTO: "auto"
}, createSpacing = ({ after, before, line, lineRule, beforeAutoSpacing, afterAutoSpacing }) => new BuilderElement({
  name: "w:spacing",
  attributes: {
    after: {
      key: "w:after",
      value: after
    },
    before: {
      key: "w:before",
      value: before
    },
    line: {
      key: "w:line",
      value: line
    },
    lineRule: {
      key: "w:lineRule",
      value: lineRule
    },
    beforeAutoSpacing: {
      key: "w:beforeAutospacing",
      value: beforeAutoSpacing
    },
    afterAutoSpacing: {
      key: "w:afterAutospacing",
      value: afterAutoSpacing
    }
  }
});
var createParagraphStyle = (styleId) => new BuilderElement({
  name: "w:pStyle",
  attributes: { val: {
    key: "w:val",
    value: styleId
  } }
}), TabStopType = {
  /** Left-aligned tab stop */
  LEFT: "left",
  /** Right-aligned tab stop */
  RIGHT: "right",
  /** Center-aligned tab stop */
  CENTER: "center",
  /** Bar tab stop - inserts a vertical bar at the position */
  BAR: "bar",
  /** Clears a tab stop at the specified position */
  CLEAR: "clear",
  /** Decimal-aligned tab stop - aligns on decimal point */
  DECIMAL: "decimal",
  /** End-aligned tab stop (right-to-left equivalent) */
  END: "end",
  /** List tab stop for numbered lists */
  NUM: "num",
  /** Start-aligned tab stop (left-to-right equivalent) */
  START: "start"
};
var createTabStopItem = ({ type, position, leader }) => new BuilderElement({
  name: "w:tab",
  attributes: {
    val: {
      key: "w:val",
      value: type
    },
    pos: {
      key: "w:pos",
      value: signedTwipsMeasureValue(position)
    },
    leader: {
      key: "w:leader",
      value: leader
    }
  }
}), createTabStop = (tabDefinitions) => new BuilderElement({
  name: "w:tabs",
  children: tabDefinitions.map((tabDefinition) => createTabStopItem(tabDefinition))
}), NumberProperties = class extends XmlComponent {
  constructor(numberId, indentLevel) {
    super("w:numPr"), this.root.push(new IndentLevel(indentLevel)), this.root.push(new NumberId(numberId));
  }
}, IndentLevel = class extends XmlComponent {
  constructor(level) {
    if (super("w:ilvl"), level > 9) throw new Error("Level cannot be greater than 9. Read more here: https://answers.microsoft.com/en-us/msoffice/forum/all/does-word-support-more-than-9-list-levels/d130fdcd-1781-446d-8c84-c6c79124e4d7");
    this.root.push(new Attributes({ val: level }));
  }
}, NumberId = class extends XmlComponent {
  constructor(id) {
    super("w:numId"), this.root.push(new Attributes({ val: typeof id == "string" ? `{${id}}` : id }));
  }
}, FileChild = class extends XmlComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(
      this,
      /** Marker property identifying this as a FileChild */
      "fileChild",
      /* @__PURE__ */ Symbol()
    );
  }
}, HyperlinkAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      id: "r:id",
      history: "w:history",
      anchor: "w:anchor"
    });
  }
};
var ConcreteHyperlink = class extends XmlComponent {
  /**
  * @param children - Inline content of the hyperlink
  * @param relationshipId - Id of the external relationship, without the rId prefix
  * @param anchor - Bookmark name or external URL fragment
  * @param externalLink - The full address of an external hyperlink, so the relationship id is kept alongside its anchor
  */
  constructor(children, relationshipId, anchor, externalLink) {
    super("w:hyperlink"), _defineProperty(this, "linkId", void 0), _defineProperty(this, "drawingLink", void 0), this.linkId = relationshipId, this.drawingLink = anchor && externalLink !== void 0 ? new DrawingLink(externalLink) : void 0;
    let attributes = new HyperlinkAttributes({
      history: 1,
      anchor: anchor || void 0,
      id: !anchor || externalLink !== void 0 ? `rId${this.linkId}` : void 0
    });
    this.root.push(attributes), children.forEach((child2) => {
      this.root.push(child2);
    });
  }
  /**
  * Creates the `a:hlinkClick` of a picture in the hyperlink, which links to the same address.
  *
  * The hyperlink decides which relationship its pictures use, rather than the pictures reading `linkId`, because only it
  * knows whether that relationship has lost the fragment to `w:anchor`. The picture's relationship is added as the
  * picture is written, through the context's relationships, so it lands in the part the picture is in, both when
  * packing and when patching.
  *
  * @param context - The context the picture is written in, whose relationships get the picture's link if it has its own
  * @param declareNamespace - Declares the DrawingML namespace, for elements outside `a:graphic` such as `wp:docPr`
  */
  createDrawingClick(context, declareNamespace) {
    return this.drawingLink ? (this.drawingLink.addRelationship(context), this.drawingLink.createClick(declareNamespace)) : createHyperlinkClick(this.linkId, declareNamespace);
  }
}, InternalHyperlink = class extends ConcreteHyperlink {
  constructor(options) {
    super(options.children, uniqueId(), options.anchor);
  }
}, ExternalHyperlink = class extends XmlComponent {
  constructor(options) {
    super("w:externalHyperlink"), _defineProperty(this, "options", void 0), this.options = options;
  }
}, BookmarkStartAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      id: "w:id",
      name: "w:name"
    });
  }
}, BookmarkEndAttributes = class extends XmlAttributeComponent {
  constructor(..._args2) {
    super(..._args2), _defineProperty(this, "xmlKeys", { id: "w:id" });
  }
}, Bookmark = class Bookmark2 {
  constructor(options) {
    _defineProperty(this, "start", void 0), _defineProperty(this, "children", void 0), _defineProperty(this, "end", void 0);
    let linkId = bookmarkUniqueNumericId();
    this.start = new BookmarkStart(options.id, linkId), this.children = options.children, this.end = new BookmarkEnd(linkId);
  }
  /**
  * The components written in this bookmark's place: its start, its children and its end. A bookmark in its
  * children is written the same way, so one bookmark can hold another.
  *
  * @internal
  */
  get writtenAs() {
    return [
      this.start,
      ...this.children.flatMap((child2) => child2 instanceof Bookmark2 ? child2.writtenAs : [child2]),
      this.end
    ];
  }
}, BookmarkStart = class extends XmlComponent {
  constructor(id, linkId) {
    super("w:bookmarkStart");
    let attributes = new BookmarkStartAttributes({
      name: id,
      id: linkId
    });
    this.root.push(attributes);
  }
}, BookmarkEnd = class extends XmlComponent {
  constructor(linkId) {
    super("w:bookmarkEnd");
    let attributes = new BookmarkEndAttributes({ id: linkId });
    this.root.push(attributes);
  }
};
var createOutlineLevel = (level) => new BuilderElement({
  name: "w:outlineLvl",
  attributes: { val: {
    key: "w:val",
    value: level
  } }
}), PageReferenceFieldInstruction = class extends XmlComponent {
  constructor(bookmarkId, options = {}) {
    super("w:instrText"), this.root.push(new TextAttributes({ space: SpaceType.PRESERVE }));
    let instruction = `PAGEREF ${bookmarkId}`;
    options.hyperlink && (instruction = `${instruction} \\h`), options.useRelativePosition && (instruction = `${instruction} \\p`), this.root.push(instruction);
  }
}, PageReference = class extends Run {
  constructor(bookmarkId, options = {}) {
    super({ children: [
      createBeginDirtyWithoutPageNumbers(),
      new PageReferenceFieldInstruction(bookmarkId, options),
      createSeparate(),
      createEnd()
    ] });
  }
}, MAX_ANCHOR_LENGTH = 255, externalHyperlinkTarget = (link) => {
  let index = link.indexOf("#"), fragmentLength = link.length - index - 1;
  return index > 0 && fragmentLength > 0 && fragmentLength <= MAX_ANCHOR_LENGTH ? {
    target: link.slice(0, index),
    anchor: link.slice(index + 1)
  } : { target: link };
}, listKey = (reference, instance, restartedListId) => restartedListId === void 0 ? `${reference}-${instance}` : `${reference}-restart ${restartedListId}`;
var createFontRelationship = ({ id, fontKey, subsetted }, name) => new BuilderElement({
  name,
  attributes: _objectSpread2({ id: {
    key: "r:id",
    value: id
  } }, fontKey ? { fontKey: {
    key: "w:fontKey",
    value: `{${fontKey.toUpperCase()}}`
  } } : {}),
  children: [...subsetted ? [new OnOffElement("w:subsetted", subsetted)] : []]
}), createFont = ({ name, altName, panose1, charset, family, notTrueType, pitch, sig, embedRegular, embedBold, embedItalic, embedBoldItalic }) => new BuilderElement({
  name: "w:font",
  attributes: { name: {
    key: "w:name",
    value: name
  } },
  children: [
    ...altName ? [createStringElement("w:altName", altName)] : [],
    ...panose1 ? [createStringElement("w:panose1", panose1)] : [],
    ...charset ? [createStringElement("w:charset", charset)] : [],
    ...family ? [createStringElement("w:family", family)] : [],
    ...notTrueType ? [new OnOffElement("w:notTrueType", notTrueType)] : [],
    ...pitch ? [createStringElement("w:pitch", pitch)] : [],
    ...sig ? [new BuilderElement({
      name: "w:sig",
      attributes: {
        usb0: {
          key: "w:usb0",
          value: sig.usb0
        },
        usb1: {
          key: "w:usb1",
          value: sig.usb1
        },
        usb2: {
          key: "w:usb2",
          value: sig.usb2
        },
        usb3: {
          key: "w:usb3",
          value: sig.usb3
        },
        csb0: {
          key: "w:csb0",
          value: sig.csb0
        },
        csb1: {
          key: "w:csb1",
          value: sig.csb1
        }
      }
    })] : [],
    ...embedRegular ? [createFontRelationship(embedRegular, "w:embedRegular")] : [],
    ...embedBold ? [createFontRelationship(embedBold, "w:embedBold")] : [],
    ...embedItalic ? [createFontRelationship(embedItalic, "w:embedItalic")] : [],
    ...embedBoldItalic ? [createFontRelationship(embedBoldItalic, "w:embedBoldItalic")] : []
  ]
}), createEmbeddedFont = ({ name, characterSet, embedRegular, embedBold, embedItalic, embedBoldItalic }) => createFont({
  name,
  sig: {
    usb0: "E0002AFF",
    usb1: "C000247B",
    usb2: "00000009",
    usb3: "00000000",
    csb0: "000001FF",
    csb1: "00000000"
  },
  charset: characterSet,
  family: "auto",
  pitch: "variable",
  embedRegular,
  embedBold,
  embedItalic,
  embedBoldItalic
}), createFontTable = (fonts) => new BuilderElement({
  name: "w:fonts",
  attributes: {
    mc: {
      key: "xmlns:mc",
      value: "http://schemas.openxmlformats.org/markup-compatibility/2006"
    },
    r: {
      key: "xmlns:r",
      value: "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    },
    w: {
      key: "xmlns:w",
      value: "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    },
    w14: {
      key: "xmlns:w14",
      value: "http://schemas.microsoft.com/office/word/2010/wordml"
    },
    w15: {
      key: "xmlns:w15",
      value: "http://schemas.microsoft.com/office/word/2012/wordml"
    },
    w16cex: {
      key: "xmlns:w16cex",
      value: "http://schemas.microsoft.com/office/word/2018/wordml/cex"
    },
    w16cid: {
      key: "xmlns:w16cid",
      value: "http://schemas.microsoft.com/office/word/2016/wordml/cid"
    },
    w16: {
      key: "xmlns:w16",
      value: "http://schemas.microsoft.com/office/word/2018/wordml"
    },
    w16sdtdh: {
      key: "xmlns:w16sdtdh",
      value: "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash"
    },
    w16se: {
      key: "xmlns:w16se",
      value: "http://schemas.microsoft.com/office/word/2015/wordml/symex"
    },
    Ignorable: {
      key: "mc:Ignorable",
      value: "w14 w15 w16se w16cid w16 w16cex w16sdtdh"
    }
  },
  children: fonts.map(createEmbeddedFont)
}), FACES = [
  {
    option: "data",
    element: "embedRegular",
    bold: !1,
    italic: !1
  },
  {
    option: "bold",
    element: "embedBold",
    bold: !0,
    italic: !1
  },
  {
    option: "italic",
    element: "embedItalic",
    bold: !1,
    italic: !0
  },
  {
    option: "boldItalic",
    element: "embedBoldItalic",
    bold: !0,
    italic: !0
  }
], FontWrapper = class {
  constructor(options) {
    _defineProperty(this, "options", void 0), _defineProperty(this, "fontTable", void 0), _defineProperty(this, "relationships", void 0), _defineProperty(
      this,
      /** @deprecated Use `files`, which has the file and key of each face a font embeds, not only the regular face's key */
      "fontOptionsWithKey",
      []
    ), _defineProperty(
      this,
      /** The files of the faces the fonts embed, in order: the Nth is `fonts/font<N>.odttf`, with the relationship `rId<N>` */
      "files",
      []
    ), this.options = options;
    let faces = options.map((font2) => FACES.flatMap(({ option, element, bold, italic }) => {
      let data = font2[option];
      return data ? [{
        element,
        file: {
          name: font2.name,
          data,
          bold,
          italic,
          fontKey: uniqueUuid()
        }
      }] : [];
    }));
    this.files = faces.flatMap((ofFont) => ofFont.map(({ file }) => file)), this.fontOptionsWithKey = options.map((font2, index) => _objectSpread2(_objectSpread2({}, font2), {}, { fontKey: faces[index][0].file.fontKey })), this.fontTable = createFontTable(options.map((font2, index) => _objectSpread2({
      name: font2.name,
      characterSet: font2.characterSet
    }, Object.fromEntries(faces[index].map(({ element, file }) => [element, {
      id: `rId${this.files.indexOf(file) + 1}`,
      fontKey: file.fontKey
    }]))))), this.relationships = new Relationships();
    for (let i2 = 0; i2 < this.files.length; i2++) this.relationships.addRelationship(i2 + 1, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font", `fonts/font${i2 + 1}.odttf`);
  }
  get View() {
    return this.fontTable;
  }
  get Relationships() {
    return this.relationships;
  }
}, createWordWrap = () => new BuilderElement({
  name: "w:wordWrap",
  attributes: { val: {
    key: "w:val",
    value: 0
  } }
});
var createFrameProperties = (options) => {
  var _options$space, _options$space2;
  return new BuilderElement({
    name: "w:framePr",
    attributes: {
      anchorLock: {
        key: "w:anchorLock",
        value: options.anchorLock
      },
      dropCap: {
        key: "w:dropCap",
        value: options.dropCap
      },
      width: {
        key: "w:w",
        value: options.width
      },
      height: {
        key: "w:h",
        value: options.height
      },
      x: {
        key: "w:x",
        value: options.position ? options.position.x : void 0
      },
      y: {
        key: "w:y",
        value: options.position ? options.position.y : void 0
      },
      anchorHorizontal: {
        key: "w:hAnchor",
        value: options.anchor.horizontal
      },
      anchorVertical: {
        key: "w:vAnchor",
        value: options.anchor.vertical
      },
      spaceHorizontal: {
        key: "w:hSpace",
        value: (_options$space = options.space) === null || _options$space === void 0 ? void 0 : _options$space.horizontal
      },
      spaceVertical: {
        key: "w:vSpace",
        value: (_options$space2 = options.space) === null || _options$space2 === void 0 ? void 0 : _options$space2.vertical
      },
      rule: {
        key: "w:hRule",
        value: options.rule
      },
      alignmentX: {
        key: "w:xAlign",
        value: options.alignment ? options.alignment.x : void 0
      },
      alignmentY: {
        key: "w:yAlign",
        value: options.alignment ? options.alignment.y : void 0
      },
      lines: {
        key: "w:lines",
        value: options.lines
      },
      wrap: {
        key: "w:wrap",
        value: options.wrap
      }
    }
  });
}, currentRestartedLists = /* @__PURE__ */ new WeakMap(), restartedListIds = uniqueNumericIdCreator(), RIGHT_TO_LEFT_ALIGNMENTS = {
  left: "right",
  right: "left"
}, ParagraphProperties = class extends IgnoreIfEmptyXmlComponent {
  /**
  * Creates paragraph properties.
  *
  * @param options - The paragraph formatting to emit
  * @param config - Controls how the element is assembled; see {@link IParagraphPropertiesConfig}
  */
  constructor(options, { implicitListParagraphStyle = !0, inListOrder = !0 } = {}) {
    if (super("w:pPr", options?.includeIfEmpty), _defineProperty(this, "numbering", void 0), _defineProperty(
      this,
      /** The paragraph's `w:numPr`, which is written again with its list's id each time the paragraph is written */
      "numberProperties",
      void 0
    ), !options) return this;
    if (options.heading && this.push(createParagraphStyle(options.heading)), implicitListParagraphStyle && (options.bullet && this.push(createParagraphStyle("ListParagraph")), options.numbering && !options.numbering.custom && !options.style && !options.heading && this.push(createParagraphStyle("ListParagraph"))), options.style && this.push(createParagraphStyle(options.style)), options.keepNext !== void 0 && this.push(new OnOffElement("w:keepNext", options.keepNext)), options.keepLines !== void 0 && this.push(new OnOffElement("w:keepLines", options.keepLines)), options.pageBreakBefore && this.push(new PageBreakBefore()), options.frame && this.push(createFrameProperties(options.frame)), options.widowControl !== void 0 && this.push(new OnOffElement("w:widowControl", options.widowControl)), options.bullet && this.push(new NumberProperties(1, options.bullet.level)), options.numbering) {
      let { reference: list, instance, level, restart } = options.numbering, reference = typeof list == "string" ? list : list.reference, numberProperties = new NumberProperties(listKey(reference, instance ?? 0), level);
      this.numbering = {
        reference,
        level,
        instance,
        restartedListId: restart && inListOrder && instance === void 0 ? restartedListIds() : void 0,
        definition: typeof list == "string" ? void 0 : list
      }, this.numberProperties = numberProperties, this.push(numberProperties);
    } else options.numbering === !1 && this.push(new NumberProperties(0, 0));
    options.border && this.push(new Border(options.border)), options.thematicBreak && this.push(new ThematicBreak()), options.shading && this.push(createShading(options.shading)), options.wordWrap && this.push(createWordWrap()), options.overflowPunctuation && this.push(new OnOffElement("w:overflowPunct", options.overflowPunctuation));
    let tabDefinitions = [
      ...options.rightTabStop !== void 0 ? [{
        type: TabStopType.RIGHT,
        position: options.rightTabStop
      }] : [],
      ...options.tabStops ? options.tabStops : [],
      ...options.leftTabStop !== void 0 ? [{
        type: TabStopType.LEFT,
        position: options.leftTabStop
      }] : []
    ];
    tabDefinitions.length > 0 && this.push(createTabStop(tabDefinitions)), options.bidirectional !== void 0 && this.push(new OnOffElement("w:bidi", options.bidirectional)), options.spacing && this.push(createSpacing(options.spacing)), options.indent && this.push(createIndent(options.indent)), options.contextualSpacing !== void 0 && this.push(new OnOffElement("w:contextualSpacing", options.contextualSpacing)), options.alignment && this.push(createAlignment(options.bidirectional && RIGHT_TO_LEFT_ALIGNMENTS[options.alignment] || options.alignment)), options.outlineLevel !== void 0 && this.push(createOutlineLevel(options.outlineLevel)), options.suppressLineNumbers !== void 0 && this.push(new OnOffElement("w:suppressLineNumbers", options.suppressLineNumbers)), options.autoSpaceEastAsianText !== void 0 && this.push(new OnOffElement("w:autoSpaceDN", options.autoSpaceEastAsianText)), options.run && this.push(new ParagraphRunProperties(options.run)), options.revision && this.push(new ParagraphPropertiesChange(options.revision));
  }
  /**
  * Adds a property element to the paragraph properties.
  *
  * @param item - The XML component to add to the paragraph properties
  */
  push(item) {
    this.root.push(item);
  }
  /**
  * Adds the section properties (`w:sectPr`) of the section this paragraph ends.
  *
  * They go after the paragraph's run properties and before its revision (`w:pPrChange`),
  * the order CT_PPr gives them.
  *
  * @param sectionProperties - The properties of the section the paragraph ends
  */
  addSectionProperties(sectionProperties) {
    let revisionIndex = this.root.findIndex((item) => item instanceof ParagraphPropertiesChange);
    if (revisionIndex === -1) {
      this.root.push(sectionProperties);
      return;
    }
    this.root.splice(revisionIndex, 0, sectionProperties);
  }
  /**
  * Removes the section properties added with {@link addSectionProperties}.
  *
  * @param sectionProperties - The properties of the section to remove
  */
  removeSectionProperties(sectionProperties) {
    let index = this.root.indexOf(sectionProperties);
    index !== -1 && this.root.splice(index, 1);
  }
  /**
  * Prepares the paragraph properties for XML serialization.
  *
  * This method works out which list instance a numbered paragraph is in, from where it is in its part when it
  * leaves out `instance`, and creates the concrete numbering instance for it before the properties are converted to XML.
  *
  * @param context - The XML context containing document and file information
  * @returns The prepared XML object, or undefined if the component should be ignored
  */
  prepForXml(context) {
    var _this$numbering;
    if (this.numbering) {
      var _this$numbering$resta, _currentRestartedList;
      let { reference, level, instance = 0, definition } = this.numbering, restartedListId = this.numbering.instance === void 0 ? (_this$numbering$resta = this.numbering.restartedListId) !== null && _this$numbering$resta !== void 0 ? _this$numbering$resta : (_currentRestartedList = currentRestartedLists.get(context)) === null || _currentRestartedList === void 0 ? void 0 : _currentRestartedList.get(reference) : void 0;
      context.viewWrapper instanceof FontWrapper || context.file.Numbering.createConcreteNumberingInstance(reference, instance, definition, restartedListId);
      let numberProperties = new NumberProperties(listKey(reference, instance, restartedListId), level);
      this.root.splice(this.root.indexOf(this.numberProperties), 1, numberProperties), this.numberProperties = numberProperties;
    }
    let result = super.prepForXml(context);
    if (((_this$numbering = this.numbering) === null || _this$numbering === void 0 ? void 0 : _this$numbering.restartedListId) !== void 0) {
      var _currentRestartedList2;
      currentRestartedLists.set(context, new Map([...(_currentRestartedList2 = currentRestartedLists.get(context)) !== null && _currentRestartedList2 !== void 0 ? _currentRestartedList2 : [], [this.numbering.reference, this.numbering.restartedListId]]));
    }
    return result;
  }
}, ParagraphPropertiesChange = class extends XmlComponent {
  constructor(options) {
    super("w:pPrChange"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    })), this.root.push(new ParagraphProperties(_objectSpread2(_objectSpread2({}, options), {}, { includeIfEmpty: !0 }), { inListOrder: !1 }));
  }
}, Paragraph = class Paragraph2 extends FileChild {
  constructor(options) {
    if (super("w:p"), _defineProperty(
      this,
      /** The options the paragraph was made with. A paragraph made from a string has it as its `text` */
      "options",
      void 0
    ), _defineProperty(this, "properties", void 0), _defineProperty(this, "alignment", void 0), this.options = typeof options == "string" ? { text: options } : options, typeof options == "string")
      return this.alignment = {}, this.properties = new ParagraphProperties({}), this.root.push(this.properties), this.root.push(new TextRun(options)), this;
    if (this.alignment = {
      alignment: options.alignment,
      bidirectional: options.bidirectional
    }, this.properties = new ParagraphProperties(options), this.root.push(this.properties), options.text && this.root.push(new TextRun(options.text)), options.children) for (let child2 of options.children) {
      if (child2 instanceof Bookmark) {
        this.root.push(...child2.writtenAs);
        continue;
      }
      this.root.push(child2);
    }
  }
  prepForXml(context) {
    for (let element of this.root) if (elementOf(element) === "w:externalHyperlink") {
      let index = this.root.indexOf(element), { options } = element, { target, anchor } = externalHyperlinkTarget(options.link), concreteHyperlink = new ConcreteHyperlink(options.children, uniqueId(), anchor, options.link);
      context.viewWrapper.Relationships.addRelationship(concreteHyperlink.linkId, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", target, TargetModeType.EXTERNAL), this.root[index] = concreteHyperlink;
    }
    return super.prepForXml(context);
  }
  /**
  * Ends a section at this paragraph by adding the section's properties to the paragraph's properties,
  * as Word does with the last paragraph of each section but the last.
  *
  * The body adds them only while it is written and removes them afterwards with
  * {@link removeSectionProperties}, so the same paragraph can be used in other documents.
  *
  * @internal
  * @param sectionProperties - The properties of the section the paragraph ends
  */
  addSectionProperties(sectionProperties) {
    this.properties.addSectionProperties(sectionProperties);
  }
  /**
  * Removes the section properties added with {@link addSectionProperties}.
  *
  * @internal
  * @param sectionProperties - The properties of the section to remove
  */
  removeSectionProperties(sectionProperties) {
    this.properties.removeSectionProperties(sectionProperties);
  }
  /**
  * The paragraph's alignment and direction, which a table gives the empty paragraphs of the cells it adds below a
  * cell merged down rows (`rowSpan`), so that the merged cell is aligned as one.
  *
  * @internal
  */
  get Alignment() {
    return this.alignment;
  }
  /**
  * Makes a new paragraph with the paragraph's options and these, which take the place of its own, such as to indent
  * the paragraphs a parser made. The paragraph itself is left as it is, and the new one has the same children.
  *
  * Each option given replaces the paragraph's whole option: to keep the rest of its spacing, give
  * `spacing: { ...paragraph.options.spacing, before: 240 }`. An option given as `undefined` is removed.
  *
  * @example
  * ```typescript
  * const indented = paragraphs.map((paragraph) => paragraph.with({ indent: { left: 720, right: 720 } }));
  * ```
  */
  with(options) {
    return new Paragraph2(_objectSpread2(_objectSpread2({}, this.options), options));
  }
  addRunToFront(run) {
    return this.root.splice(1, 0, run), this;
  }
};
var VerticalAlignTable = {
  TOP: "top",
  CENTER: "center",
  BOTTOM: "bottom"
}, VerticalAlignSection = _objectSpread2(_objectSpread2({}, VerticalAlignTable), {}, { BOTH: "both" }), VerticalAlign = VerticalAlignSection, createVerticalAlign = (value) => new BuilderElement({
  name: "w:vAlign",
  attributes: { verticalAlign: {
    key: "w:val",
    value
  } }
}), createColumns = ({ space, count, separate, equalWidth, children }) => new BuilderElement({
  name: "w:cols",
  attributes: {
    space: {
      key: "w:space",
      value: space === void 0 ? void 0 : twipsMeasureValue(space)
    },
    count: {
      key: "w:num",
      value: count === void 0 ? void 0 : decimalNumber(count)
    },
    separate: {
      key: "w:sep",
      value: separate
    },
    equalWidth: {
      key: "w:equalWidth",
      value: equalWidth
    }
  },
  children: !equalWidth && children ? children : void 0
});
var createDocumentGrid = ({ type, linePitch, charSpace }) => new BuilderElement({
  name: "w:docGrid",
  attributes: {
    type: {
      key: "w:type",
      value: type
    },
    linePitch: {
      key: "w:linePitch",
      value: decimalNumber(linePitch)
    },
    charSpace: {
      key: "w:charSpace",
      value: charSpace ? decimalNumber(charSpace) : void 0
    }
  }
}), HeaderFooterReferenceType = {
  /** Specifies that this header or footer shall appear on every page in this section which is not overridden with a specific `even` or `first` page header/footer. In a section with all three types specified, this type shall be used on all odd numbered pages (counting from the `first` page in the section, not the section numbering). */
  DEFAULT: "default",
  /** Specifies that this header or footer shall appear on the first page in this section. The appearance of this header or footer is contingent on the setting of the `titlePg` element (§2.10.6). */
  FIRST: "first",
  /** Specifies that this header or footer shall appear on all even numbered pages in this section (counting from the first page in the section, not the section numbering). The appearance of this header or footer is contingent on the setting of the `evenAndOddHeaders` element (§2.10.1). */
  EVEN: "even"
}, HeaderFooterType = {
  HEADER: "w:headerReference",
  FOOTER: "w:footerReference"
}, createHeaderFooterReference = (type, options) => new BuilderElement({
  name: type,
  attributes: {
    type: {
      key: "w:type",
      value: options.type || HeaderFooterReferenceType.DEFAULT
    },
    id: {
      key: "r:id",
      value: `rId${options.id}`
    }
  }
});
var createLineNumberType = ({ countBy, start, restart, distance }) => new BuilderElement({
  name: "w:lnNumType",
  attributes: {
    countBy: {
      key: "w:countBy",
      value: countBy === void 0 ? void 0 : decimalNumber(countBy)
    },
    start: {
      key: "w:start",
      value: start === void 0 ? void 0 : decimalNumber(start)
    },
    restart: {
      key: "w:restart",
      value: restart
    },
    distance: {
      key: "w:distance",
      value: distance === void 0 ? void 0 : twipsMeasureValue(distance)
    }
  }
});
var createNoteProperties = ({ name, position, numberFormat, start, restart }) => new BuilderElement({
  name,
  children: [
    ...position === void 0 ? [] : [new BuilderElement({
      name: "w:pos",
      attributes: { val: {
        key: "w:val",
        value: position
      } }
    })],
    ...numberFormat ? [new BuilderElement({
      name: "w:numFmt",
      attributes: {
        val: {
          key: "w:val",
          value: numberFormat.type
        },
        format: {
          key: "w:format",
          value: numberFormat.format
        }
      }
    })] : [],
    ...start === void 0 ? [] : [new BuilderElement({
      name: "w:numStart",
      attributes: { val: {
        key: "w:val",
        value: decimalNumber(start)
      } }
    })],
    ...restart === void 0 ? [] : [new BuilderElement({
      name: "w:numRestart",
      attributes: { val: {
        key: "w:val",
        value: restart
      } }
    })]
  ]
}), createFootnoteProperties = (options) => createNoteProperties(_objectSpread2({ name: "w:footnotePr" }, options)), createEndnoteProperties = (options) => createNoteProperties(_objectSpread2({ name: "w:endnotePr" }, options));
var PageBordersAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      display: "w:display",
      offsetFrom: "w:offsetFrom",
      zOrder: "w:zOrder"
    });
  }
}, PageBorders = class extends IgnoreIfEmptyXmlComponent {
  constructor(options) {
    if (super("w:pgBorders"), !options) return this;
    options.pageBorders ? this.root.push(new PageBordersAttributes({
      display: options.pageBorders.display,
      offsetFrom: options.pageBorders.offsetFrom,
      zOrder: options.pageBorders.zOrder
    })) : this.root.push(new PageBordersAttributes({})), options.pageBorderTop && this.root.push(createBorderElement("w:top", options.pageBorderTop)), options.pageBorderLeft && this.root.push(createBorderElement("w:left", options.pageBorderLeft)), options.pageBorderBottom && this.root.push(createBorderElement("w:bottom", options.pageBorderBottom)), options.pageBorderRight && this.root.push(createBorderElement("w:right", options.pageBorderRight));
  }
}, createPageMargin = (top, right, bottom, left, header, footer, gutter) => new BuilderElement({
  name: "w:pgMar",
  attributes: {
    top: {
      key: "w:top",
      value: signedTwipsMeasureValue(top)
    },
    right: {
      key: "w:right",
      value: twipsMeasureValue(right)
    },
    bottom: {
      key: "w:bottom",
      value: signedTwipsMeasureValue(bottom)
    },
    left: {
      key: "w:left",
      value: twipsMeasureValue(left)
    },
    header: {
      key: "w:header",
      value: twipsMeasureValue(header)
    },
    footer: {
      key: "w:footer",
      value: twipsMeasureValue(footer)
    },
    gutter: {
      key: "w:gutter",
      value: twipsMeasureValue(gutter)
    }
  }
}), PageNumberSeparator = {
  /** Hyphen separator (-) */
  HYPHEN: "hyphen",
  /** Period separator (.) */
  PERIOD: "period",
  /** Colon separator (:) */
  COLON: "colon",
  /** Em dash separator (—) */
  EM_DASH: "emDash",
  /** En dash separator (–), written as `enDash` */
  EN_DASH: "endash"
}, createPageNumberType = ({ start, formatType, separator, chapterHeadingLevel }) => new BuilderElement({
  name: "w:pgNumType",
  attributes: {
    start: {
      key: "w:start",
      value: start === void 0 ? void 0 : decimalNumber(start)
    },
    formatType: {
      key: "w:fmt",
      value: formatType
    },
    separator: {
      key: "w:chapSep",
      value: separator === PageNumberSeparator.EN_DASH ? "enDash" : separator
    },
    chapterHeadingLevel: {
      key: "w:chapStyle",
      value: chapterHeadingLevel === void 0 ? void 0 : decimalNumber(chapterHeadingLevel)
    }
  }
}), PageOrientation = {
  /**
  * ## Portrait Mode
  *
  * Specifies that pages in this section shall be printed in portrait mode.
  */
  PORTRAIT: "portrait",
  /**
  * ## Landscape Mode
  *
  * Specifies that pages in this section shall be printed in landscape mode, which prints the page contents with a 90 degree rotation with respect to the normal page orientation.
  */
  LANDSCAPE: "landscape"
}, createPageSize = ({ width, height, orientation, code }) => {
  let widthTwips = twipsMeasureValue(width), heightTwips = twipsMeasureValue(height);
  return new BuilderElement({
    name: "w:pgSz",
    attributes: {
      width: {
        key: "w:w",
        value: orientation === PageOrientation.LANDSCAPE ? heightTwips : widthTwips
      },
      height: {
        key: "w:h",
        value: orientation === PageOrientation.LANDSCAPE ? widthTwips : heightTwips
      },
      orientation: {
        key: "w:orient",
        value: orientation
      },
      code: {
        key: "w:code",
        value: code
      }
    }
  });
};
var PageTextDirectionAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", { val: "w:val" });
  }
}, PageTextDirection = class extends XmlComponent {
  constructor(value) {
    super("w:textDirection"), this.root.push(new PageTextDirectionAttributes({ val: value }));
  }
};
var createSectionType = (value) => new BuilderElement({
  name: "w:type",
  attributes: { val: {
    key: "w:val",
    value
  } }
}), sectionMarginDefaults = {
  /** Top margin: 1440 twips (1 inch) */
  TOP: 1440,
  /** Right margin: 1440 twips (1 inch) */
  RIGHT: 1440,
  /** Bottom margin: 1440 twips (1 inch) */
  BOTTOM: 1440,
  /** Left margin: 1440 twips (1 inch) */
  LEFT: 1440,
  /** Header margin from top: 708 twips (0.5 inches) */
  HEADER: 708,
  /** Footer margin from bottom: 708 twips (0.5 inches) */
  FOOTER: 708,
  /** Gutter margin for binding: 0 twips */
  GUTTER: 0
}, sectionPageSizeDefaults = {
  /** Page width: 11906 twips (8.27 inches, 210mm) */
  WIDTH: 11906,
  /** Page height: 16838 twips (11.69 inches, 297mm) */
  HEIGHT: 16838,
  /** Page orientation: portrait */
  ORIENTATION: PageOrientation.PORTRAIT
}, SectionProperties = class SectionProperties2 extends XmlComponent {
  constructor({ page: { size: { width = sectionPageSizeDefaults.WIDTH, height = sectionPageSizeDefaults.HEIGHT, orientation = sectionPageSizeDefaults.ORIENTATION, code } = {}, margin: { top = sectionMarginDefaults.TOP, right = sectionMarginDefaults.RIGHT, bottom = sectionMarginDefaults.BOTTOM, left = sectionMarginDefaults.LEFT, header = sectionMarginDefaults.HEADER, footer = sectionMarginDefaults.FOOTER, gutter = sectionMarginDefaults.GUTTER } = {}, pageNumbers = {}, borders: borders2, textDirection } = {}, grid: { linePitch = 360, charSpace, type: gridType } = {}, headerWrapperGroup = {}, footerWrapperGroup = {}, lineNumbers, titlePage, verticalAlign, column, type, footnoteProperties, endnoteProperties, revision } = {}) {
    super("w:sectPr"), _defineProperty(
      this,
      /**
      * Width, in twips, available to block-level content in this section.
      *
      * This is the page width (accounting for orientation) minus the left and right
      * margins and the gutter. When the section is laid out in several columns, it is
      * the width of a single column. Percentage table widths are resolved against it.
      */
      "availableTextWidth",
      void 0
    ), this.availableTextWidth = SectionProperties2.calculateAvailableTextWidth({
      pageWidth: orientation === PageOrientation.LANDSCAPE ? height : width,
      left,
      right,
      gutter,
      column
    }), this.addHeaderFooterGroup(HeaderFooterType.HEADER, headerWrapperGroup), this.addHeaderFooterGroup(HeaderFooterType.FOOTER, footerWrapperGroup), footnoteProperties && this.root.push(createFootnoteProperties(footnoteProperties)), endnoteProperties && this.root.push(createEndnoteProperties(endnoteProperties)), type && this.root.push(createSectionType(type)), this.root.push(createPageSize({
      width,
      height,
      orientation,
      code
    })), this.root.push(createPageMargin(top, right, bottom, left, header, footer, gutter)), borders2 && this.root.push(new PageBorders(borders2)), lineNumbers && this.root.push(createLineNumberType(lineNumbers)), this.root.push(createPageNumberType(pageNumbers)), column && this.root.push(createColumns(column)), verticalAlign && this.root.push(createVerticalAlign(verticalAlign)), titlePage !== void 0 && this.root.push(new OnOffElement("w:titlePg", titlePage)), textDirection && this.root.push(new PageTextDirection(textDirection)), this.root.push(createDocumentGrid({
      linePitch,
      charSpace,
      type: gridType
    })), revision && this.root.push(new SectionPropertiesChange(revision));
  }
  /**
  * Width, in twips, available to block-level content (paragraphs and tables) in this section.
  *
  * Page width minus the left and right margins and the gutter, divided among the
  * section's columns when there is more than one. Tables use this to resolve
  * percentage widths into the absolute twip grid that Google Docs, Apple Pages and
  * other consumers lay tables out from.
  *
  * @example
  * ```typescript
  * // A4 portrait with 1 inch margins
  * new SectionProperties().AvailableTextWidth; // 11906 - 1440 - 1440 = 9026
  * ```
  */
  get AvailableTextWidth() {
    return this.availableTextWidth;
  }
  static calculateAvailableTextWidth({ pageWidth, left, right, gutter, column }) {
    var _column$count, _column$space;
    let textWidth = universalMeasureToTwips(pageWidth) - universalMeasureToTwips(left) - universalMeasureToTwips(right) - universalMeasureToTwips(gutter), columnCount = (_column$count = column?.count) !== null && _column$count !== void 0 ? _column$count : 1;
    return columnCount <= 1 ? textWidth : (textWidth - universalMeasureToTwips((_column$space = column?.space) !== null && _column$space !== void 0 ? _column$space : 720) * (columnCount - 1)) / columnCount;
  }
  addHeaderFooterGroup(type, group) {
    group.default && this.root.push(createHeaderFooterReference(type, {
      type: HeaderFooterReferenceType.DEFAULT,
      id: group.default.View.ReferenceId
    })), group.first && this.root.push(createHeaderFooterReference(type, {
      type: HeaderFooterReferenceType.FIRST,
      id: group.first.View.ReferenceId
    })), group.even && this.root.push(createHeaderFooterReference(type, {
      type: HeaderFooterReferenceType.EVEN,
      id: group.even.View.ReferenceId
    }));
  }
}, SectionPropertiesChange = class extends XmlComponent {
  constructor(options) {
    super("w:sectPrChange"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    })), this.root.push(new SectionProperties(options));
  }
}, Body = class extends XmlComponent {
  constructor({ pageNumbers } = {}) {
    super("w:body"), _defineProperty(this, "sections", []), _defineProperty(
      this,
      /**
      * Section properties that were moved into a paragraph at the end of their section
      * by {@link addSection}, keyed by that paragraph. Used to find the section that
      * governs a given child of the body, and to write each section's properties into
      * its paragraph while the body is written.
      */
      "sectionParagraphs",
      /* @__PURE__ */ new Map()
    ), _defineProperty(this, "headingBookmarkIds", new HeadingBookmarkIds()), _defineProperty(this, "pageNumbers", void 0), this.pageNumbers = pageNumbers;
  }
  /**
  * Finds the section properties that govern a top-level child of the body.
  *
  * A section's properties are stored after its content (either in the closing
  * paragraph of the section or, for the last section, at the end of the body), so
  * the governing section is the first one found at or after the child. When no
  * child is given (or it is not a direct child of the body), the first section is
  * returned.
  *
  * @param child - A direct child of the body (paragraph, table, etc.)
  * @returns The governing section properties, or undefined if the body has no sections
  */
  getSectionPropertiesFor(child2) {
    let start = child2 ? Math.max(this.root.indexOf(child2), 0) : 0;
    for (let i2 = start; i2 < this.root.length; i2++) {
      let component = this.root[i2];
      if (component instanceof SectionProperties) return component;
      let section = this.sectionParagraphs.get(component);
      if (section) return section;
    }
    return this.sections[this.sections.length - 1];
  }
  /**
  * Adds new section properties to the document body.
  *
  * Creates a new section by moving the previous section's properties into the last
  * paragraph of that section, and then adding the new section as the current section.
  * When that section doesn't end with a paragraph of its own (it ends with a table, or
  * it is empty), an empty paragraph is added to hold its properties.
  *
  * According to the OOXML specification:
  * - Section properties for all sections except the last must be stored in a paragraph's
  *   properties (pPr/sectPr) at the end of each section
  * - The last section's properties are stored as a direct child of the body element (w:body/w:sectPr)
  *
  * @param options - Section properties configuration (page size, margins, headers, footers, etc.)
  */
  addSection(options) {
    let currentSection = this.sections.pop(), lastParagraph = this.lastParagraphOfSection();
    if (currentSection && lastParagraph) this.sectionParagraphs.set(lastParagraph, currentSection);
    else {
      let sectionParagraph = this.createSectionParagraph();
      this.root.push(sectionParagraph), currentSection && this.sectionParagraphs.set(sectionParagraph, currentSection);
    }
    this.sections.push(new SectionProperties(options));
  }
  /**
  * Prepares the body element for XML serialization.
  *
  * Ensures that the last section's properties are placed as a direct child of the body
  * element, as required by the OOXML specification. Once the body is written, its tables
  * of contents are filled in from its headings, and, when the body has a page number
  * estimator, its page references are given their page numbers. Its SEQ fields are given
  * their numbers after the tables of contents are filled in, as Word leaves a heading's SEQ
  * number out of its entry.
  *
  * @param context - The XML serialization context
  * @returns The prepared XML object or undefined
  */
  prepForXml(context) {
    var _this$pageNumbers;
    this.sections.length === 1 && (this.root.splice(0, 1), this.root.push(this.sections.pop()));
    for (let [paragraph2, section] of this.sectionParagraphs) paragraph2.addSectionProperties(section);
    let xml;
    try {
      xml = super.prepForXml(context);
    } finally {
      for (let [paragraph2, section] of this.sectionParagraphs) paragraph2.removeSectionProperties(section);
    }
    let listNumbers = (_this$pageNumbers = this.pageNumbers) === null || _this$pageNumbers === void 0 ? void 0 : _this$pageNumbers.listNumbers;
    return fillTablesOfContents(xml, context, this.headingBookmarkIds, listNumbers && ((body) => listNumbers(body, context))), this.pageNumbers && (fillSequenceNumbers(xml, context), fillPageNumbers(xml, context, this.pageNumbers)), xml;
  }
  /**
  * Adds a block-level component to the body.
  *
  * This method is used internally by the Document class to add paragraphs,
  * tables, and other block-level elements to the document body.
  *
  * @param component - The XML component to add (paragraph, table, etc.)
  */
  push(component) {
    let section = component instanceof Paragraph ? this.sectionParagraphs.get(component) : void 0;
    if (section) {
      let sectionParagraph = this.createSectionParagraph();
      this.root.splice(this.root.indexOf(component) + 1, 0, sectionParagraph), this.sectionParagraphs.delete(component), this.sectionParagraphs.set(sectionParagraph, section);
    }
    this.root.push(component);
  }
  /**
  * The paragraph the current section ends with, which can hold its properties.
  *
  * There is none when the section ends with something other than a paragraph, or is empty:
  * its last child is then the placeholder at the start of the body (removed when the body is
  * written) or the paragraph that ends the section before, which has properties of its own.
  */
  lastParagraphOfSection() {
    let last = this.root[this.root.length - 1];
    return last instanceof Paragraph && last !== this.root[0] && !this.sectionParagraphs.has(last) && this.root.indexOf(last) === this.root.length - 1 ? last : void 0;
  }
  /**
  * An empty paragraph to end a section that has no paragraph of its own to end it. The section's
  * properties are written into it with the others, when the body is written.
  */
  createSectionParagraph() {
    return new Paragraph({});
  }
}, WidthType = {
  /** Auto. */
  AUTO: "auto",
  /** Value is in twentieths of a point */
  DXA: "dxa",
  /** No (empty) value. */
  NIL: "nil",
  /** Value is in percentage. */
  PERCENTAGE: "pct"
}, createTableWidthElement = (name, { type = WidthType.AUTO, size }) => {
  let tableWidthValue = size;
  return type === WidthType.PERCENTAGE && typeof size == "number" && (tableWidthValue = Math.round(size * 50)), new BuilderElement({
    name,
    attributes: {
      type: {
        key: "w:type",
        value: type
      },
      size: {
        key: "w:w",
        value: measurementOrPercentValue(tableWidthValue)
      }
    }
  });
}, DEFAULT_AVAILABLE_WIDTH = sectionPageSizeDefaults.WIDTH - sectionMarginDefaults.LEFT - sectionMarginDefaults.RIGHT - sectionMarginDefaults.GUTTER, columnSpanOf = (cell) => cell.options.columnSpan || 1, resolvePreferredWidth = (width, referenceWidth) => {
  if (!width) return;
  let { type = WidthType.AUTO, size } = width;
  if (type !== WidthType.PERCENTAGE && type !== WidthType.DXA) return;
  let twips = typeof size == "number" ? type === WidthType.PERCENTAGE ? size / 100 * referenceWidth : size : size.endsWith("%") ? Number(size.slice(0, -1)) / 100 * referenceWidth : universalMeasureToTwips(size);
  return twips > 0 ? twips : void 0;
}, resolveTableWidth = (width, availableWidth) => {
  var _resolvePreferredWidt;
  return (_resolvePreferredWidt = resolvePreferredWidth(width, availableWidth)) !== null && _resolvePreferredWidt !== void 0 ? _resolvePreferredWidt : availableWidth;
}, countGridColumns = (rows) => Math.max(0, ...rows.map((row) => row.cells.reduce((count, cell) => count + columnSpanOf(cell), 0))), resolveColumnWidths = ({ rows, width, availableWidth }) => {
  let columnCount = countGridColumns(rows);
  if (columnCount === 0) return [];
  let tableWidth = resolveTableWidth(width, availableWidth), widths = Array.from({ length: columnCount }, () => {
  }), spanningCells = [];
  for (let row of rows) {
    let column = 0;
    for (let cell of row.cells) {
      let span = columnSpanOf(cell), cellWidth = resolvePreferredWidth(cell.options.width, tableWidth);
      if (cellWidth !== void 0)
        if (span === 1) {
          var _column, _widths$_column;
          (_widths$_column = widths[_column = column]) !== null && _widths$_column !== void 0 || (widths[_column] = cellWidth);
        } else spanningCells.push({
          start: column,
          span,
          width: cellWidth
        });
      column += span;
    }
  }
  for (let { start, span, width: cellWidth } of spanningCells) {
    let columns = Array.from({ length: span }, (_, i2) => start + i2).filter((column) => column < columnCount), unresolvedSpanColumns = columns.filter((column) => widths[column] === void 0), remaining = cellWidth - columns.reduce((sum, column) => {
      var _widths$column;
      return sum + ((_widths$column = widths[column]) !== null && _widths$column !== void 0 ? _widths$column : 0);
    }, 0);
    if (unresolvedSpanColumns.length > 0 && remaining > 0) for (let column of unresolvedSpanColumns) widths[column] = remaining / unresolvedSpanColumns.length;
  }
  let unresolvedColumns = widths.flatMap((columnWidth, column) => columnWidth === void 0 ? [column] : []);
  if (unresolvedColumns.length > 0) {
    let remaining = tableWidth - widths.reduce((sum, columnWidth) => sum + (columnWidth ?? 0), 0), share = remaining > 0 ? remaining / unresolvedColumns.length : tableWidth / columnCount;
    for (let column of unresolvedColumns) widths[column] = share;
  }
  return widths.map((columnWidth) => Math.round(columnWidth));
}, createGridCol = (width) => new BuilderElement({
  name: "w:gridCol",
  attributes: width !== void 0 ? { width: {
    key: "w:w",
    value: twipsMeasureValue(width)
  } } : void 0
}), TableGrid = class extends XmlComponent {
  constructor(widths, revision) {
    super("w:tblGrid");
    for (let width of widths) this.root.push(createGridCol(width));
    revision && this.root.push(new TableGridChange(revision));
  }
}, TableGridChangeAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", { id: "w:id" });
  }
}, TableGridChange = class extends XmlComponent {
  constructor(options) {
    super("w:tblGridChange"), this.root.push(new TableGridChangeAttributes({ id: options.id })), this.root.push(new TableGrid(options.columnWidths));
  }
};
var InsertedTableRow = class extends XmlComponent {
  constructor(options) {
    super("w:ins"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    }));
  }
}, DeletedTableRow = class extends XmlComponent {
  constructor(options) {
    super("w:del"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    }));
  }
}, InsertedTableCell = class extends XmlComponent {
  constructor(options) {
    super("w:cellIns"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    }));
  }
}, DeletedTableCell = class extends XmlComponent {
  constructor(options) {
    super("w:cellDel"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    }));
  }
};
var CellMergeAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      id: "w:id",
      author: "w:author",
      date: "w:date",
      verticalMerge: "w:vMerge",
      verticalMergeOriginal: "w:vMergeOrig"
    });
  }
}, CellMerge = class extends XmlComponent {
  constructor(options) {
    super("w:cellMerge"), this.root.push(new CellMergeAttributes(options));
  }
}, buildMarginChildren = ({ marginUnitType = WidthType.DXA, top, left, bottom, right }) => [
  {
    name: "w:top",
    size: top
  },
  {
    name: "w:left",
    size: left
  },
  {
    name: "w:bottom",
    size: bottom
  },
  {
    name: "w:right",
    size: right
  }
].filter((entry) => entry.size !== void 0).map(({ name, size }) => createTableWidthElement(name, {
  type: marginUnitType,
  size
})), createTableCellMargin = (options) => {
  let children = buildMarginChildren(options);
  if (children.length !== 0)
    return new BuilderElement({
      name: "w:tblCellMar",
      children
    });
}, createCellMargin = (options) => {
  let children = buildMarginChildren(options);
  if (children.length !== 0)
    return new BuilderElement({
      name: "w:tcMar",
      children
    });
}, TableCellBorders = class extends IgnoreIfEmptyXmlComponent {
  constructor(options) {
    super("w:tcBorders"), options.top && this.root.push(createBorderElement("w:top", options.top)), options.start && this.root.push(createBorderElement("w:start", options.start)), options.left && this.root.push(createBorderElement("w:left", options.left)), options.bottom && this.root.push(createBorderElement("w:bottom", options.bottom)), options.end && this.root.push(createBorderElement("w:end", options.end)), options.right && this.root.push(createBorderElement("w:right", options.right)), options.diagonalDown && this.root.push(createBorderElement("w:tl2br", options.diagonalDown)), options.diagonalUp && this.root.push(createBorderElement("w:tr2bl", options.diagonalUp));
  }
}, GridSpanAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", { val: "w:val" });
  }
}, GridSpan = class extends XmlComponent {
  constructor(value) {
    super("w:gridSpan"), this.root.push(new GridSpanAttributes({ val: decimalNumber(value) }));
  }
}, VerticalMergeType = {
  /**
  * Cell that is merged with upper one.
  * This cell continues a vertical merge started by a cell above it.
  */
  CONTINUE: "continue",
  /**
  * Cell that is starting the vertical merge.
  * This cell begins a new vertical merge region.
  */
  RESTART: "restart"
}, VerticalMergeAttributes = class extends XmlAttributeComponent {
  constructor(..._args2) {
    super(..._args2), _defineProperty(this, "xmlKeys", { val: "w:val" });
  }
}, VerticalMerge = class extends XmlComponent {
  constructor(value) {
    super("w:vMerge"), this.root.push(new VerticalMergeAttributes({ val: value }));
  }
};
var TDirectionAttributes = class extends XmlAttributeComponent {
  constructor(..._args3) {
    super(..._args3), _defineProperty(this, "xmlKeys", { val: "w:val" });
  }
}, TDirection = class extends XmlComponent {
  constructor(value) {
    super("w:textDirection"), this.root.push(new TDirectionAttributes({ val: value }));
  }
}, TableCellProperties = class extends IgnoreIfEmptyXmlComponent {
  constructor(options) {
    if (super("w:tcPr", options.includeIfEmpty), _defineProperty(this, "hasWidth", void 0), _defineProperty(this, "hasColumnWidth", !1), this.hasWidth = options.width !== void 0, options.width && this.root.push(createTableWidthElement("w:tcW", options.width)), options.columnSpan && this.root.push(new GridSpan(options.columnSpan)), options.verticalMerge ? this.root.push(new VerticalMerge(options.verticalMerge)) : options.rowSpan && options.rowSpan > 1 && this.root.push(new VerticalMerge(VerticalMergeType.RESTART)), options.borders && this.root.push(new TableCellBorders(options.borders)), options.shading && this.root.push(createShading(options.shading)), options.margins) {
      let cellMargin = createCellMargin(options.margins);
      cellMargin && this.root.push(cellMargin);
    }
    options.textDirection && this.root.push(new TDirection(options.textDirection)), options.verticalAlign && this.root.push(createVerticalAlign(options.verticalAlign)), options.insertion && this.root.push(new InsertedTableCell(options.insertion)), options.deletion && this.root.push(new DeletedTableCell(options.deletion)), options.cellMerge && this.root.push(new CellMerge(options.cellMerge)), options.revision && this.root.push(new TableCellPropertiesChange(options.revision));
  }
  /**
  * Gives a cell without a width of its own the width of the table's columns it spans, in twips.
  *
  * @internal
  */
  setColumnWidth(twips) {
    this.hasWidth || (this.root.splice(0, this.hasColumnWidth ? 1 : 0, createTableWidthElement("w:tcW", {
      size: twips,
      type: WidthType.DXA
    })), this.hasColumnWidth = !0);
  }
}, TableCellPropertiesChange = class extends XmlComponent {
  constructor(options) {
    super("w:tcPrChange"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    })), this.root.push(new TableCellProperties(_objectSpread2(_objectSpread2({}, options), {}, { includeIfEmpty: !0 })));
  }
}, TableCell = class extends XmlComponent {
  constructor(options) {
    super("w:tc"), _defineProperty(
      this,
      /**
      * The options the cell was created with.
      *
      * Its borders and shading are declared with hex colors, as they were before they took colors of the document's
      * theme, so that code reading them still compiles. A cell given a theme color has it here as it was given.
      */
      "options",
      void 0
    ), _defineProperty(this, "properties", void 0), this.options = options, this.properties = new TableCellProperties(options), this.root.push(this.properties);
    for (let child2 of options.children) this.root.push(child2);
  }
  /**
  * Gives the cell, unless it has a width of its own, the width of the table's columns it spans, in twips.
  *
  * @internal
  */
  setColumnWidth(twips) {
    this.properties.setColumnWidth(twips);
  }
  prepForXml(context) {
    return elementOf(this.root[this.root.length - 1]) !== "w:p" && this.root.push(new Paragraph({})), super.prepForXml(context);
  }
}, createOnOffOnlyElement = (name, value) => value ? new OnOffElement(name) : new StringValueElement(name, "off"), NONE_BORDER = {
  style: BorderStyle.NONE,
  size: 0,
  color: "auto"
}, DEFAULT_BORDER = {
  style: BorderStyle.SINGLE,
  size: 4,
  color: "auto"
}, TableBorders = class extends IgnoreIfEmptyXmlComponent {
  constructor(options, { fillMissingSides = !0 } = {}) {
    super("w:tblBorders");
    let sides = [
      ["w:top", options.top],
      ["w:left", options.left],
      ["w:bottom", options.bottom],
      ["w:right", options.right],
      ["w:insideH", options.insideHorizontal],
      ["w:insideV", options.insideVertical]
    ];
    for (let [elementName, border2] of sides) {
      let resolved = border2 ?? (fillMissingSides ? DEFAULT_BORDER : void 0);
      resolved && this.root.push(createBorderElement(elementName, resolved));
    }
  }
};
_defineProperty(TableBorders, "NONE", {
  top: NONE_BORDER,
  bottom: NONE_BORDER,
  left: NONE_BORDER,
  right: NONE_BORDER,
  insideHorizontal: NONE_BORDER,
  insideVertical: NONE_BORDER
});
var RelativeHorizontalPosition = {
  CENTER: "center",
  INSIDE: "inside",
  LEFT: "left",
  OUTSIDE: "outside",
  RIGHT: "right"
}, RelativeVerticalPosition = {
  CENTER: "center",
  INSIDE: "inside",
  BOTTOM: "bottom",
  OUTSIDE: "outside",
  /**
  * In line with the text, with no text beside it. Word places a floating table lined up inline at the top of the
  * paragraph after it, with text beside it, so the table is written in line with the text instead.
  */
  INLINE: "inline",
  TOP: "top"
};
var createTableFloatProperties = ({ horizontalAnchor, verticalAnchor, absoluteHorizontalPosition, relativeHorizontalPosition, absoluteVerticalPosition, relativeVerticalPosition, bottomFromText, topFromText, leftFromText, rightFromText }) => new BuilderElement({
  name: "w:tblpPr",
  attributes: {
    leftFromText: {
      key: "w:leftFromText",
      value: leftFromText === void 0 ? void 0 : twipsMeasureValue(leftFromText)
    },
    rightFromText: {
      key: "w:rightFromText",
      value: rightFromText === void 0 ? void 0 : twipsMeasureValue(rightFromText)
    },
    topFromText: {
      key: "w:topFromText",
      value: topFromText === void 0 ? void 0 : twipsMeasureValue(topFromText)
    },
    bottomFromText: {
      key: "w:bottomFromText",
      value: bottomFromText === void 0 ? void 0 : twipsMeasureValue(bottomFromText)
    },
    absoluteHorizontalPosition: {
      key: "w:tblpX",
      value: absoluteHorizontalPosition === void 0 ? void 0 : signedTwipsMeasureValue(absoluteHorizontalPosition)
    },
    absoluteVerticalPosition: {
      key: "w:tblpY",
      value: absoluteVerticalPosition === void 0 ? void 0 : signedTwipsMeasureValue(absoluteVerticalPosition)
    },
    horizontalAnchor: {
      key: "w:horzAnchor",
      value: horizontalAnchor
    },
    relativeHorizontalPosition: {
      key: "w:tblpXSpec",
      value: relativeHorizontalPosition
    },
    relativeVerticalPosition: {
      key: "w:tblpYSpec",
      value: relativeVerticalPosition
    },
    verticalAnchor: {
      key: "w:vertAnchor",
      value: verticalAnchor
    }
  }
}), TableLayoutType = {
  /** Auto-fit layout - column widths are adjusted based on content */
  AUTOFIT: "autofit",
  /** Fixed layout - column widths are fixed as specified */
  FIXED: "fixed"
}, createTableLayout = (type) => new BuilderElement({
  name: "w:tblLayout",
  attributes: { type: {
    key: "w:type",
    value: type
  } }
}), CellSpacingType = {
  /** Value is in twentieths of a point */
  DXA: "dxa",
  /** No (empty) value. */
  NIL: "nil"
}, createTableCellSpacing = ({ type = CellSpacingType.DXA, value }) => new BuilderElement({
  name: "w:tblCellSpacing",
  attributes: {
    type: {
      key: "w:type",
      value: type
    },
    value: {
      key: "w:w",
      value: measurementOrPercentValue(value)
    }
  }
}), createTableLook = ({ firstRow, lastRow, firstColumn, lastColumn, noHBand, noVBand }) => new BuilderElement({
  name: "w:tblLook",
  attributes: {
    firstRow: {
      key: "w:firstRow",
      value: firstRow
    },
    lastRow: {
      key: "w:lastRow",
      value: lastRow
    },
    firstColumn: {
      key: "w:firstColumn",
      value: firstColumn
    },
    lastColumn: {
      key: "w:lastColumn",
      value: lastColumn
    },
    noHBand: {
      key: "w:noHBand",
      value: noHBand
    },
    noVBand: {
      key: "w:noVBand",
      value: noVBand
    }
  }
}), createTableOverlap = (overlap) => new BuilderElement({
  name: "w:tblOverlap",
  attributes: { val: {
    key: "w:val",
    value: overlap
  } }
}), INLINE_ALIGNMENTS = {
  [RelativeHorizontalPosition.LEFT]: AlignmentType.LEFT,
  [RelativeHorizontalPosition.CENTER]: AlignmentType.CENTER,
  [RelativeHorizontalPosition.RIGHT]: AlignmentType.RIGHT
}, TableProperties = class extends IgnoreIfEmptyXmlComponent {
  constructor(options) {
    var _options$float, _options$alignment, _options$float2;
    super("w:tblPr", options.includeIfEmpty), options.style && this.root.push(new StringValueElement("w:tblStyle", options.style));
    let inline = ((_options$float = options.float) === null || _options$float === void 0 ? void 0 : _options$float.relativeVerticalPosition) === RelativeVerticalPosition.INLINE, float = inline ? void 0 : options.float;
    float && this.root.push(createTableFloatProperties(float)), float?.overlap && this.root.push(createTableOverlap(float.overlap)), options.visuallyRightToLeft !== void 0 && this.root.push(createOnOffOnlyElement("w:bidiVisual", options.visuallyRightToLeft)), options.width && this.root.push(createTableWidthElement("w:tblW", options.width));
    let alignment = (_options$alignment = options.alignment) !== null && _options$alignment !== void 0 ? _options$alignment : inline && (!((_options$float2 = options.float) === null || _options$float2 === void 0) && _options$float2.relativeHorizontalPosition) ? INLINE_ALIGNMENTS[options.float.relativeHorizontalPosition] : void 0;
    if (alignment && this.root.push(createAlignment(alignment)), options.cellSpacing && this.root.push(createTableCellSpacing(options.cellSpacing)), options.indent && this.root.push(createTableWidthElement("w:tblInd", options.indent)), options.borders && this.root.push(new TableBorders(options.borders, { fillMissingSides: !options.style })), options.shading && this.root.push(createShading(options.shading)), options.layout && this.root.push(createTableLayout(options.layout)), options.cellMargin) {
      let cellMargin = createTableCellMargin(options.cellMargin);
      cellMargin && this.root.push(cellMargin);
    }
    options.tableLook && this.root.push(createTableLook(options.tableLook)), options.revision && this.root.push(new TablePropertiesChange(options.revision));
  }
}, TablePropertiesChange = class extends XmlComponent {
  constructor(options) {
    super("w:tblPrChange"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    })), this.root.push(new TableProperties(_objectSpread2(_objectSpread2({}, options), {}, { includeIfEmpty: !0 })));
  }
};
var createTableRowHeight = (value, rule) => new BuilderElement({
  name: "w:trHeight",
  attributes: {
    value: {
      key: "w:val",
      value: twipsMeasureValue(value)
    },
    rule: {
      key: "w:hRule",
      value: rule
    }
  }
}), TableRowProperties = class extends IgnoreIfEmptyXmlComponent {
  constructor(options) {
    super("w:trPr", options.includeIfEmpty), options.cantSplit !== void 0 && this.root.push(createOnOffOnlyElement("w:cantSplit", options.cantSplit)), options.tableHeader !== void 0 && this.root.push(createOnOffOnlyElement("w:tblHeader", options.tableHeader)), options.height && this.root.push(createTableRowHeight(options.height.value, options.height.rule)), options.cellSpacing && this.root.push(createTableCellSpacing(options.cellSpacing)), options.insertion && this.root.push(new InsertedTableRow(options.insertion)), options.deletion && this.root.push(new DeletedTableRow(options.deletion)), options.revision && this.root.push(new TableRowPropertiesChange(options.revision));
  }
}, TableRowPropertiesChange = class extends XmlComponent {
  constructor(options) {
    super("w:trPrChange"), this.root.push(new ChangeAttributes({
      id: options.id,
      author: options.author,
      date: options.date
    })), this.root.push(new TableRowProperties(_objectSpread2(_objectSpread2({}, options), {}, { includeIfEmpty: !0 })));
  }
}, childrenOf = (element, name) => {
  let content = element[name];
  return Array.isArray(content) ? content : [];
}, nameOf$2 = (element) => Object.keys(element)[0], withKeepNext = (paragraph2, keepNext) => {
  let children = childrenOf(paragraph2, "w:p"), properties = children.find((child2) => nameOf$2(child2) === "w:pPr");
  if (!properties) return { "w:p": [{ "w:pPr": [keepNext] }, ...children] };
  let settings = childrenOf(properties, "w:pPr");
  if (settings.some((setting) => nameOf$2(setting) === "w:keepNext")) return paragraph2;
  let before = settings.filter((setting) => nameOf$2(setting) === "w:pStyle").length, newProperties = { "w:pPr": [
    ...settings.slice(0, before),
    keepNext,
    ...settings.slice(before)
  ] };
  return { "w:p": children.map((child2) => child2 === properties ? newProperties : child2) };
}, TableRow = class extends XmlComponent {
  constructor(options) {
    super("w:tr"), _defineProperty(this, "options", void 0), this.options = options, this.root.push(new TableRowProperties(options));
    for (let child2 of options.children) this.root.push(child2);
  }
  prepForXml(context) {
    if (this.cells.length === 0) return;
    let xml = super.prepForXml(context);
    if (!xml || this.options.keepNext === void 0) return xml;
    let keepNext = new OnOffElement("w:keepNext", this.options.keepNext).prepForXml(context);
    return { "w:tr": childrenOf(xml, "w:tr").map((child2) => nameOf$2(child2) === "w:tc" ? { "w:tc": childrenOf(child2, "w:tc").map((content) => nameOf$2(content) === "w:p" ? withKeepNext(content, keepNext) : content) } : child2) };
  }
  get CellCount() {
    return this.options.children.length;
  }
  get cells() {
    return this.root.filter((xmlComponent) => elementOf(xmlComponent) === "w:tc");
  }
  addCellToIndex(cell, index) {
    this.root.splice(index + 1, 0, cell);
  }
  addCellToColumnIndex(cell, columnIndex) {
    let rootIndex = this.columnIndexToRootIndex(columnIndex, !0);
    this.addCellToIndex(cell, rootIndex - 1);
  }
  rootIndexToColumnIndex(rootIndex) {
    if (rootIndex < 1 || rootIndex >= this.root.length) throw new Error(`cell 'rootIndex' should between 1 to ${this.root.length - 1}`);
    let colIdx = 0;
    for (let rootIdx = 1; rootIdx < rootIndex; rootIdx++) {
      let cell = this.root[rootIdx];
      colIdx += cell.options.columnSpan || 1;
    }
    return colIdx;
  }
  columnIndexToRootIndex(columnIndex, allowEndNewCell = !1) {
    if (columnIndex < 0) throw new Error("cell 'columnIndex' should not less than zero");
    let colIdx = 0, rootIdx = 1;
    for (; colIdx <= columnIndex; ) {
      if (rootIdx >= this.root.length) {
        if (allowEndNewCell) return this.root.length;
        throw new Error(`cell 'columnIndex' should not great than ${colIdx - 1}`);
      }
      let cell = this.root[rootIdx];
      rootIdx += 1, colIdx += cell && cell.options.columnSpan || 1;
    }
    return rootIdx - 1;
  }
}, Table = class Table2 extends FileChild {
  constructor({ rows, width, columnWidths, columnWidthsRevision, margins, indent, float, layout, style, borders: borders2, alignment, visuallyRightToLeft, tableLook, cellSpacing, revision }) {
    super("w:tbl"), _defineProperty(this, "rows", void 0), _defineProperty(this, "width", void 0), _defineProperty(this, "columnWidths", void 0), _defineProperty(this, "columnWidthsRevision", void 0), _defineProperty(
      this,
      /**
      * Grid column widths in twips: the explicit `columnWidths`, or the widths derived
      * from the table and cell widths (re-resolved against the actual page or parent
      * cell every time the table is serialized).
      */
      "resolvedColumnWidths",
      void 0
    ), this.rows = rows, this.width = width ?? { size: 100 }, this.columnWidths = columnWidths, this.columnWidthsRevision = columnWidthsRevision, rows.forEach((row, rowIndex) => {
      if (rowIndex === rows.length - 1) return;
      let columnIndex = 0;
      row.cells.forEach((cell) => {
        if (cell.options.rowSpan && cell.options.rowSpan > 1) {
          let lastChild = cell.options.children[cell.options.children.length - 1], continueCell = new TableCell({
            rowSpan: cell.options.rowSpan - 1,
            columnSpan: cell.options.columnSpan,
            width: cell.options.width,
            borders: cell.options.borders,
            shading: cell.options.shading,
            margins: cell.options.margins,
            textDirection: cell.options.textDirection,
            verticalAlign: cell.options.verticalAlign,
            children: lastChild instanceof Paragraph ? [new Paragraph(lastChild.Alignment)] : [],
            verticalMerge: VerticalMergeType.CONTINUE
          });
          rows[rowIndex + 1].addCellToColumnIndex(continueCell, columnIndex);
        }
        columnIndex += cell.options.columnSpan || 1;
      });
    }), this.setCellWidths(DEFAULT_AVAILABLE_WIDTH), this.resolvedColumnWidths = columnWidths ?? resolveColumnWidths({
      rows,
      width: this.width,
      availableWidth: DEFAULT_AVAILABLE_WIDTH
    }), this.root.push(new TableProperties({
      borders: style ? borders2 : borders2 ?? {},
      width: this.width,
      indent,
      float,
      layout,
      style,
      alignment,
      cellMargin: margins,
      visuallyRightToLeft,
      tableLook,
      cellSpacing,
      revision
    })), this.root.push(new TableGrid(this.resolvedColumnWidths, columnWidthsRevision));
    for (let row of rows) this.root.push(row);
  }
  /**
  * Widths of the grid columns in twips, as they will be written to `w:tblGrid`.
  *
  * These are the explicit `columnWidths` when given, otherwise the widths derived
  * from the table and cell widths. Derived widths are resolved against the page (or
  * the parent cell for nested tables) during serialization, so before that they
  * reflect the default page size.
  */
  get ColumnWidths() {
    return this.resolvedColumnWidths;
  }
  /**
  * Width in twips, according to the grid, of a cell in one of this table's rows.
  *
  * Used by nested tables to resolve their own widths against the cell they sit in.
  *
  * @param row - A row of this table
  * @param cell - A cell of that row
  * @returns The summed width of the grid columns the cell spans, or undefined if the cell cannot be located on the grid
  */
  getCellWidth(row, cell) {
    let { cells } = row, cellIndex = cells.indexOf(cell);
    if (cellIndex === -1) return;
    let start = cells.slice(0, cellIndex).reduce((column, previous) => column + (previous.options.columnSpan || 1), 0), columns = this.resolvedColumnWidths.slice(start, start + (cell.options.columnSpan || 1));
    return columns.length === 0 ? void 0 : columns.reduce((sum, columnWidth) => sum + columnWidth, 0);
  }
  /**
  * Resolves derived grid column widths against the width actually available to the
  * table (the section's text width, or the parent cell for nested tables) before
  * serializing.
  */
  prepForXml(context) {
    if (this.setCellWidths(this.resolveAvailableWidth(context)), this.columnWidths === void 0) {
      this.resolvedColumnWidths = resolveColumnWidths({
        rows: this.rows,
        width: this.width,
        availableWidth: this.resolveAvailableWidth(context)
      });
      let gridIndex = this.root.findIndex((component) => component instanceof TableGrid);
      this.root[gridIndex] = new TableGrid(this.resolvedColumnWidths, this.columnWidthsRevision);
    }
    return super.prepForXml(context);
  }
  /**
  * Gives each cell without a width of its own the width of the `columnWidths` it spans, as Word sizes the columns of
  * cells without a width to their content, whatever the grid says. When the table's width is wider than the columns
  * add up to, they are scaled up to fill it, as Word and LibreOffice lay them out, so columns given as proportions
  * keep them.
  */
  setCellWidths(availableWidth) {
    var _resolvePreferredWidt;
    if (this.columnWidths === void 0) return;
    let total = this.columnWidths.reduce((sum, columnWidth) => sum + columnWidth, 0), tableWidth = (_resolvePreferredWidt = resolvePreferredWidth(this.width, availableWidth)) !== null && _resolvePreferredWidt !== void 0 ? _resolvePreferredWidt : 0, scale = total > 0 && tableWidth > total ? tableWidth / total : 1;
    for (let row of this.rows) {
      let column = 0;
      for (let cell of row.cells) {
        let span = cell.options.columnSpan || 1, spanned = this.columnWidths.slice(column, column + span), cellWidth = Math.round(spanned.reduce((sum, columnWidth) => sum + columnWidth, 0) * scale);
        spanned.length === span && cellWidth > 0 && cell.setColumnWidth(cellWidth), column += span;
      }
    }
  }
  /**
  * Finds the width in twips available to this table from the serialization context:
  * the parent cell for a nested table, otherwise the text width of the section the
  * table belongs to (the first section for headers, footers and other parts). Falls
  * back to the default page when the context carries no document.
  */
  resolveAvailableWidth(context) {
    var _context$file, _stack, _section$AvailableTex;
    let { stack } = context, cell = stack[stack.length - 1], row = stack[stack.length - 2], parentTable = stack[stack.length - 3];
    if (cell instanceof TableCell && row instanceof TableRow && parentTable instanceof Table2) {
      let cellWidth = parentTable.getCellWidth(row, cell);
      if (cellWidth !== void 0) return cellWidth;
    }
    let bodyIndex = stack.findIndex((component) => component instanceof Body), documentBody = (_context$file = context.file) === null || _context$file === void 0 || (_context$file = _context$file.Document) === null || _context$file === void 0 ? void 0 : _context$file.View.Body, section = bodyIndex >= 0 ? stack[bodyIndex].getSectionPropertiesFor((_stack = stack[bodyIndex + 1]) !== null && _stack !== void 0 ? _stack : this) : documentBody?.getSectionPropertiesFor();
    return (_section$AvailableTex = section?.AvailableTextWidth) !== null && _section$AvailableTex !== void 0 ? _section$AvailableTex : DEFAULT_AVAILABLE_WIDTH;
  }
}, AppPropertiesAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      xmlns: "xmlns",
      vt: "xmlns:vt"
    });
  }
}, AppProperties = class extends XmlComponent {
  constructor() {
    super("Properties"), this.root.push(new AppPropertiesAttributes({
      xmlns: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
      vt: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    }));
  }
}, ContentTypeAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", { xmlns: "xmlns" });
  }
}, createDefault = (contentType, extension) => new BuilderElement({
  name: "Default",
  attributes: {
    contentType: {
      key: "ContentType",
      value: contentType
    },
    extension: {
      key: "Extension",
      value: extension
    }
  }
}), createOverride = (contentType, partName) => new BuilderElement({
  name: "Override",
  attributes: {
    contentType: {
      key: "ContentType",
      value: contentType
    },
    partName: {
      key: "PartName",
      value: partName
    }
  }
}), ContentTypes = class extends XmlComponent {
  /**
  * @param options.macros - Whether the document has VBA macros, which makes its main part a macro-enabled document
  * and adds the VBA project (word/vbaProject.bin)
  */
  constructor({ macros = !1 } = {}) {
    super("Types"), this.root.push(new ContentTypeAttributes({ xmlns: "http://schemas.openxmlformats.org/package/2006/content-types" })), this.root.push(createDefault("image/png", "png")), this.root.push(createDefault("image/jpeg", "jpeg")), this.root.push(createDefault("image/jpeg", "jpg")), this.root.push(createDefault("image/bmp", "bmp")), this.root.push(createDefault("image/gif", "gif")), this.root.push(createDefault("image/svg+xml", "svg")), this.root.push(createDefault("application/vnd.openxmlformats-package.relationships+xml", "rels")), this.root.push(createDefault("application/xml", "xml")), this.root.push(createDefault("application/vnd.openxmlformats-officedocument.obfuscatedFont", "odttf")), this.root.push(createOverride(macros ? "application/vnd.ms-word.document.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml")), this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", "/word/styles.xml")), this.root.push(createOverride("application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml")), this.root.push(createOverride("application/vnd.openxmlformats-officedocument.custom-properties+xml", "/docProps/custom.xml")), this.root.push(createOverride("application/vnd.openxmlformats-officedocument.extended-properties+xml", "/docProps/app.xml")), this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", "/word/numbering.xml")), this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", "/word/footnotes.xml")), this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml", "/word/endnotes.xml")), this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", "/word/settings.xml")), this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml", "/word/fontTable.xml")), this.root.push(createOverride("application/vnd.openxmlformats-officedocument.theme+xml", "/word/theme/theme1.xml")), macros && this.root.push(createOverride("application/vnd.ms-office.vbaProject", "/word/vbaProject.bin"));
  }
  /**
  * Registers the comments part in the content types.
  */
  addComments() {
    this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", "/word/comments.xml"));
  }
  /**
  * Registers the commentsExtended part in the content types.
  */
  addCommentsExtended() {
    this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml", "/word/commentsExtended.xml"));
  }
  /**
  * Registers the commentsIds part in the content types.
  */
  addCommentsIds() {
    this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml", "/word/commentsIds.xml"));
  }
  /**
  * Registers a footer part in the content types.
  *
  * @param index - Footer index number (e.g., 1 for footer1.xml)
  */
  addFooter(index) {
    this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml", `/word/footer${index}.xml`));
  }
  /**
  * Registers a part by its name, such as a chart or an embedded workbook that a drawing adds to the package.
  *
  * @param contentType - The part's content type
  * @param partName - The part's name, from the root of the package, such as "/word/charts/chart1.xml"
  */
  addOverride(contentType, partName) {
    this.root.push(createOverride(contentType, partName));
  }
  /**
  * Registers a header part in the content types.
  *
  * @param index - Header index number (e.g., 1 for header1.xml)
  */
  addHeader(index) {
    this.root.push(createOverride("application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", `/word/header${index}.xml`));
  }
}, DocumentAttributeNamespaces = {
  wpc: "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  o: "urn:schemas-microsoft-com:office:office",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
  v: "urn:schemas-microsoft-com:vml",
  wp14: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  w10: "urn:schemas-microsoft-com:office:word",
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  wpg: "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
  wpi: "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
  wne: "http://schemas.microsoft.com/office/word/2006/wordml",
  wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  cp: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  dc: "http://purl.org/dc/elements/1.1/",
  dcterms: "http://purl.org/dc/terms/",
  dcmitype: "http://purl.org/dc/dcmitype/",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  cx: "http://schemas.microsoft.com/office/drawing/2014/chartex",
  cx1: "http://schemas.microsoft.com/office/drawing/2015/9/8/chartex",
  cx2: "http://schemas.microsoft.com/office/drawing/2015/10/21/chartex",
  cx3: "http://schemas.microsoft.com/office/drawing/2016/5/9/chartex",
  cx4: "http://schemas.microsoft.com/office/drawing/2016/5/10/chartex",
  cx5: "http://schemas.microsoft.com/office/drawing/2016/5/11/chartex",
  cx6: "http://schemas.microsoft.com/office/drawing/2016/5/12/chartex",
  cx7: "http://schemas.microsoft.com/office/drawing/2016/5/13/chartex",
  cx8: "http://schemas.microsoft.com/office/drawing/2016/5/14/chartex",
  aink: "http://schemas.microsoft.com/office/drawing/2016/ink",
  am3d: "http://schemas.microsoft.com/office/drawing/2017/model3d",
  w16cex: "http://schemas.microsoft.com/office/word/2018/wordml/cex",
  w16cid: "http://schemas.microsoft.com/office/word/2016/wordml/cid",
  w16: "http://schemas.microsoft.com/office/word/2018/wordml",
  w16sdtdh: "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
  w16se: "http://schemas.microsoft.com/office/word/2015/wordml/symex"
}, DocumentAttributes = class extends XmlAttributeComponent {
  constructor(ns, Ignorable) {
    super(_objectSpread2({ Ignorable }, Object.fromEntries(ns.map((n) => [n, DocumentAttributeNamespaces[n]])))), _defineProperty(this, "xmlKeys", _objectSpread2({ Ignorable: "mc:Ignorable" }, Object.fromEntries(Object.keys(DocumentAttributeNamespaces).map((key) => [key, `xmlns:${key}`]))));
  }
}, CoreProperties = class extends XmlComponent {
  constructor(options) {
    super("cp:coreProperties"), this.root.push(new DocumentAttributes([
      "cp",
      "dc",
      "dcterms",
      "dcmitype",
      "xsi"
    ])), options.title && this.root.push(new StringContainer("dc:title", options.title)), options.subject && this.root.push(new StringContainer("dc:subject", options.subject)), options.creator && this.root.push(new StringContainer("dc:creator", options.creator)), options.keywords && this.root.push(new StringContainer("cp:keywords", options.keywords)), options.description && this.root.push(new StringContainer("dc:description", options.description)), options.lastModifiedBy && this.root.push(new StringContainer("cp:lastModifiedBy", options.lastModifiedBy)), options.revision && this.root.push(new StringContainer("cp:revision", String(options.revision))), this.root.push(new TimestampElement("dcterms:created")), this.root.push(new TimestampElement("dcterms:modified"));
  }
}, TimestampElementProperties = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", { type: "xsi:type" });
  }
}, TimestampElement = class extends XmlComponent {
  constructor(name) {
    super(name), this.root.push(new TimestampElementProperties({ type: "dcterms:W3CDTF" })), this.root.push(dateTimeValue(/* @__PURE__ */ new Date()));
  }
}, CustomPropertiesAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      xmlns: "xmlns",
      vt: "xmlns:vt"
    });
  }
}, CustomPropertyAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      formatId: "fmtid",
      pid: "pid",
      name: "name"
    });
  }
}, CustomProperty = class extends XmlComponent {
  constructor(id, properties) {
    super("property"), this.root.push(new CustomPropertyAttributes({
      formatId: "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
      pid: id.toString(),
      name: properties.name
    })), this.root.push(new CustomPropertyValue(properties.value));
  }
}, CustomPropertyValue = class extends XmlComponent {
  constructor(value) {
    super("vt:lpwstr"), this.root.push(value);
  }
}, CustomProperties = class extends XmlComponent {
  constructor(properties) {
    super("Properties"), _defineProperty(this, "nextId", void 0), _defineProperty(this, "properties", []), this.root.push(new CustomPropertiesAttributes({
      xmlns: "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
      vt: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    })), this.nextId = 2;
    for (let property of properties) this.addCustomProperty(property);
  }
  prepForXml(context) {
    return this.root.splice(1, this.root.length - 1, ...this.properties), super.prepForXml(context);
  }
  addCustomProperty(property) {
    this.properties.push(new CustomProperty(this.nextId++, property));
  }
};
var createSourcesProperties = (itemId) => new BuilderElement({
  name: "ds:datastoreItem",
  attributes: {
    itemId: {
      key: "ds:itemID",
      value: itemId
    },
    namespace: {
      key: "xmlns:ds",
      value: "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
    }
  },
  children: [new BuilderElement({
    name: "ds:schemaRefs",
    children: [new BuilderElement({
      name: "ds:schemaRef",
      attributes: { uri: {
        key: "ds:uri",
        value: "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"
      } }
    })]
  })]
}), EVENT_ELEMENTS = {
  new: "wne:eventDocNew",
  open: "wne:eventDocOpen",
  close: "wne:eventDocClose",
  sync: "wne:eventDocSync",
  xmlAfterInsert: "wne:eventDocXmlAfterInsert",
  xmlBeforeDelete: "wne:eventDocXmlBeforeDelete",
  contentControlAfterAdd: "wne:eventDocContentControlAfterInsert",
  contentControlBeforeDelete: "wne:eventDocContentControlBeforeDelete",
  contentControlOnExit: "wne:eventDocContentControlOnExit",
  contentControlOnEnter: "wne:eventDocContentControlOnEnter",
  contentControlBeforeStoreUpdate: "wne:eventDocStoreUpdate",
  contentControlBeforeContentUpdate: "wne:eventDocContentControlContentUpdate",
  buildingBlockInsert: "wne:eventDocBuildingBlockAfterInsert"
}, createMacroEvents = (events) => new BuilderElement({
  name: "wne:vbaSuppData",
  attributes: { namespace: {
    key: "xmlns:wne",
    value: "http://schemas.microsoft.com/office/word/2006/wordml"
  } },
  children: [new BuilderElement({
    name: "wne:docEvents",
    children: Object.entries(EVENT_ELEMENTS).filter(([event]) => events.includes(event)).map(([, name]) => new BuilderElement({ name }))
  })]
});
var DocumentBackground = class extends XmlComponent {
  /**
  * @throws If a color isn't valid, or `color` is a theme color and `themeColor`, `themeShade` or `themeTint` is given
  */
  constructor({ color, themeColor, themeShade, themeTint }) {
    if (super("w:background"), typeof color == "object" && (themeColor !== void 0 || themeShade !== void 0 || themeTint !== void 0)) throw new Error("Invalid background. Expected a theme color in color, or themeColor, themeShade and themeTint, not both");
    this.root.push(new ColorAttributeComponent([
      {
        keys: COLOR_ATTRIBUTES,
        color
      },
      {
        key: "w:themeColor",
        value: themeColor
      },
      {
        key: "w:themeShade",
        value: themeShade === void 0 ? void 0 : uCharHexNumber(themeShade)
      },
      {
        key: "w:themeTint",
        value: themeTint === void 0 ? void 0 : uCharHexNumber(themeTint)
      }
    ]));
  }
}, Document = class extends XmlComponent {
  constructor(options) {
    super("w:document"), _defineProperty(this, "body", void 0), this.root.push(new DocumentAttributes([
      "wpc",
      "mc",
      "o",
      "r",
      "m",
      "v",
      "wp14",
      "wp",
      "w10",
      "w",
      "w14",
      "w15",
      "wpg",
      "wpi",
      "wne",
      "wps",
      "cx",
      "cx1",
      "cx2",
      "cx3",
      "cx4",
      "cx5",
      "cx6",
      "cx7",
      "cx8",
      "aink",
      "am3d",
      "w16cex",
      "w16cid",
      "w16",
      "w16sdtdh",
      "w16se"
    ], "w14 w15 wp14")), this.body = new Body({ pageNumbers: options.pageNumbers }), options.background && this.root.push(new DocumentBackground(options.background)), this.root.push(this.body);
  }
  /**
  * Adds a block-level element to the document body.
  *
  * @param item - The element to add (paragraph, table, table of contents, hyperlink, or any other file child)
  * @returns The Document instance for method chaining
  */
  add(item) {
    return this.body.push(item), this;
  }
  /**
  * Gets the document body element.
  *
  * @returns The Body instance containing all document content
  */
  get Body() {
    return this.body;
  }
}, DocumentWrapper = class {
  constructor(options) {
    _defineProperty(this, "document", void 0), _defineProperty(this, "relationships", void 0), this.document = new Document(options), this.relationships = new Relationships();
  }
  get View() {
    return this.document;
  }
  get Relationships() {
    return this.relationships;
  }
}, EndnotesAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      wpc: "xmlns:wpc",
      mc: "xmlns:mc",
      o: "xmlns:o",
      r: "xmlns:r",
      m: "xmlns:m",
      v: "xmlns:v",
      wp14: "xmlns:wp14",
      wp: "xmlns:wp",
      w10: "xmlns:w10",
      w: "xmlns:w",
      w14: "xmlns:w14",
      w15: "xmlns:w15",
      wpg: "xmlns:wpg",
      wpi: "xmlns:wpi",
      wne: "xmlns:wne",
      wps: "xmlns:wps",
      Ignorable: "mc:Ignorable"
    });
  }
}, FirstNoteParagraph = class extends XmlComponent {
  constructor(paragraph2, mark) {
    super("w:p"), _defineProperty(this, "paragraph", void 0), _defineProperty(this, "mark", void 0), this.paragraph = paragraph2, this.mark = mark;
  }
  prepForXml(context) {
    let content = this.paragraph.prepForXml(context)["w:p"], children = Array.isArray(content) ? content : [], index = children.length > 0 && "w:pPr" in children[0] ? 1 : 0;
    return { "w:p": [
      ...children.slice(0, index),
      this.mark.prepForXml(context),
      ...children.slice(index)
    ] };
  }
}, EndnoteAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      type: "w:type",
      id: "w:id"
    });
  }
}, EndnoteRefRun = class extends Run {
  constructor() {
    super({ style: "EndnoteReference" }), this.root.push(new EndnoteReference());
  }
}, EndnoteType = {
  SEPARATOR: "separator",
  CONTINUATION_SEPARATOR: "continuationSeparator"
}, Endnote = class extends XmlComponent {
  constructor(options) {
    super("w:endnote"), this.root.push(new EndnoteAttributes({
      type: options.type,
      id: options.id
    }));
    for (let [index, child2] of options.children.entries()) this.root.push(index === 0 ? new FirstNoteParagraph(child2, new EndnoteRefRun()) : child2);
  }
}, ContinuationSeperator = class extends XmlComponent {
  constructor() {
    super("w:continuationSeparator");
  }
}, ContinuationSeperatorRun = class extends Run {
  constructor() {
    super({}), this.root.push(new ContinuationSeperator());
  }
}, Seperator = class extends XmlComponent {
  constructor() {
    super("w:separator");
  }
}, SeperatorRun = class extends Run {
  constructor() {
    super({}), this.root.push(new Seperator());
  }
}, Endnotes = class extends XmlComponent {
  constructor() {
    super("w:endnotes"), _defineProperty(this, "ownNotes", /* @__PURE__ */ new Map()), _defineProperty(this, "highestId", 0), this.root.push(new EndnotesAttributes({
      wpc: "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
      mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
      o: "urn:schemas-microsoft-com:office:office",
      r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
      v: "urn:schemas-microsoft-com:vml",
      wp14: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
      wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      w10: "urn:schemas-microsoft-com:office:word",
      w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      w14: "http://schemas.microsoft.com/office/word/2010/wordml",
      w15: "http://schemas.microsoft.com/office/word/2012/wordml",
      wpg: "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
      wpi: "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
      wne: "http://schemas.microsoft.com/office/word/2006/wordml",
      wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
      Ignorable: "w14 w15 wp14"
    }));
    let begin = new Endnote({
      id: -1,
      type: EndnoteType.SEPARATOR,
      children: [new Paragraph({
        spacing: {
          after: 0,
          line: 240,
          lineRule: LineRuleType.AUTO
        },
        children: [new SeperatorRun()]
      })]
    });
    this.root.push(begin);
    let spacing = new Endnote({
      id: 0,
      type: EndnoteType.CONTINUATION_SEPARATOR,
      children: [new Paragraph({
        spacing: {
          after: 0,
          line: 240,
          lineRule: LineRuleType.AUTO
        },
        children: [new ContinuationSeperatorRun()]
      })]
    });
    this.root.push(spacing);
  }
  createEndnote(id, paragraph2) {
    let endnote = new Endnote({
      id,
      children: paragraph2
    });
    this.root.push(endnote), Number.isFinite(id) && (this.highestId = Math.max(this.highestId, Math.floor(id)));
  }
  /**
  * The id of the endnote that a reference run brings with it, which is added to the endnotes the first time the run
  * is written, with an id no other endnote has. Word has endnotes only in a document's body, so a run written
  * anywhere else, such as in a header, has none, and its endnote isn't added.
  *
  * @internal
  * @param reference - The run, which has the same endnote each time it is written
  * @param endnote - The endnote's content
  * @param context - The context the run is written in
  * @returns The endnote's id, or undefined outside the document's body
  */
  idOf(reference, endnote, context) {
    if (context.viewWrapper !== context.file.Document) return;
    let existing = this.ownNotes.get(reference);
    if (existing !== void 0) return existing;
    let id = this.highestId + 1;
    return this.createEndnote(id, endnote.children), this.ownNotes.set(reference, id), id;
  }
  /**
  * Formats the endnotes, with the page numbers worked out for their document written into their fields, when the
  * document's body is written with an estimate of its pages.
  */
  prepForXml(context) {
    let xml = super.prepForXml(context);
    return fillPartPageNumbers(xml, context), xml;
  }
}, EndnotesWrapper = class {
  constructor() {
    _defineProperty(this, "endnotes", void 0), _defineProperty(this, "relationships", void 0), this.endnotes = new Endnotes(), this.relationships = new Relationships();
  }
  get View() {
    return this.endnotes;
  }
  get Relationships() {
    return this.relationships;
  }
}, FooterAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      wpc: "xmlns:wpc",
      mc: "xmlns:mc",
      o: "xmlns:o",
      r: "xmlns:r",
      m: "xmlns:m",
      v: "xmlns:v",
      wp14: "xmlns:wp14",
      wp: "xmlns:wp",
      w10: "xmlns:w10",
      w: "xmlns:w",
      w14: "xmlns:w14",
      w15: "xmlns:w15",
      wpg: "xmlns:wpg",
      wpi: "xmlns:wpi",
      wne: "xmlns:wne",
      wps: "xmlns:wps",
      cp: "xmlns:cp",
      dc: "xmlns:dc",
      dcterms: "xmlns:dcterms",
      dcmitype: "xmlns:dcmitype",
      xsi: "xmlns:xsi",
      type: "xsi:type"
    });
  }
}, Footer$1 = class extends InitializableXmlComponent {
  constructor(referenceNumber, initContent) {
    super("w:ftr", initContent), _defineProperty(this, "refId", void 0), this.refId = referenceNumber, initContent || this.root.push(new FooterAttributes({
      wpc: "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
      mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
      o: "urn:schemas-microsoft-com:office:office",
      r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
      v: "urn:schemas-microsoft-com:vml",
      wp14: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
      wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      w10: "urn:schemas-microsoft-com:office:word",
      w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      w14: "http://schemas.microsoft.com/office/word/2010/wordml",
      w15: "http://schemas.microsoft.com/office/word/2012/wordml",
      wpg: "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
      wpi: "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
      wne: "http://schemas.microsoft.com/office/word/2006/wordml",
      wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    }));
  }
  get ReferenceId() {
    return this.refId;
  }
  add(item) {
    this.root.push(item);
  }
  /**
  * Formats the footer, with the page numbers worked out for its document written into its fields, when the document's
  * body is written with an estimate of its pages.
  */
  prepForXml(context) {
    let xml = super.prepForXml(context);
    return fillPartPageNumbers(xml, context, this.refId), xml;
  }
}, FooterWrapper = class {
  constructor(media, referenceId, initContent) {
    _defineProperty(this, "media", void 0), _defineProperty(this, "footer", void 0), _defineProperty(this, "relationships", void 0), this.media = media, this.footer = new Footer$1(referenceId, initContent), this.relationships = new Relationships();
  }
  add(item) {
    this.footer.add(item);
  }
  addChildElement(childElement) {
    this.footer.addChildElement(childElement);
  }
  get View() {
    return this.footer;
  }
  get Relationships() {
    return this.relationships;
  }
  get Media() {
    return this.media;
  }
}, FootnoteAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      type: "w:type",
      id: "w:id"
    });
  }
}, FootnoteRef = class extends XmlComponent {
  constructor() {
    super("w:footnoteRef");
  }
}, FootnoteRefRun = class extends Run {
  constructor() {
    super({ style: "FootnoteReference" }), this.root.push(new FootnoteRef());
  }
}, FootnoteType = {
  /** Separator line between body text and footnotes */
  SEPERATOR: "separator",
  /** Continuation separator for footnotes spanning pages */
  CONTINUATION_SEPERATOR: "continuationSeparator"
}, Footnote = class extends XmlComponent {
  constructor(options) {
    super("w:footnote"), this.root.push(new FootnoteAttributes({
      type: options.type,
      id: options.id
    }));
    for (let [index, child2] of options.children.entries()) this.root.push(index === 0 ? new FirstNoteParagraph(child2, new FootnoteRefRun()) : child2);
  }
}, FootnotesAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      wpc: "xmlns:wpc",
      mc: "xmlns:mc",
      o: "xmlns:o",
      r: "xmlns:r",
      m: "xmlns:m",
      v: "xmlns:v",
      wp14: "xmlns:wp14",
      wp: "xmlns:wp",
      w10: "xmlns:w10",
      w: "xmlns:w",
      w14: "xmlns:w14",
      w15: "xmlns:w15",
      wpg: "xmlns:wpg",
      wpi: "xmlns:wpi",
      wne: "xmlns:wne",
      wps: "xmlns:wps",
      Ignorable: "mc:Ignorable"
    });
  }
}, FootNotes = class extends XmlComponent {
  constructor() {
    super("w:footnotes"), _defineProperty(this, "ownNotes", /* @__PURE__ */ new Map()), _defineProperty(this, "highestId", 0), this.root.push(new FootnotesAttributes({
      wpc: "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
      mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
      o: "urn:schemas-microsoft-com:office:office",
      r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
      v: "urn:schemas-microsoft-com:vml",
      wp14: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
      wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      w10: "urn:schemas-microsoft-com:office:word",
      w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      w14: "http://schemas.microsoft.com/office/word/2010/wordml",
      w15: "http://schemas.microsoft.com/office/word/2012/wordml",
      wpg: "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
      wpi: "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
      wne: "http://schemas.microsoft.com/office/word/2006/wordml",
      wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
      Ignorable: "w14 w15 wp14"
    }));
    let begin = new Footnote({
      id: -1,
      type: FootnoteType.SEPERATOR,
      children: [new Paragraph({
        spacing: {
          after: 0,
          line: 240,
          lineRule: LineRuleType.AUTO
        },
        children: [new SeperatorRun()]
      })]
    });
    this.root.push(begin);
    let spacing = new Footnote({
      id: 0,
      type: FootnoteType.CONTINUATION_SEPERATOR,
      children: [new Paragraph({
        spacing: {
          after: 0,
          line: 240,
          lineRule: LineRuleType.AUTO
        },
        children: [new ContinuationSeperatorRun()]
      })]
    });
    this.root.push(spacing);
  }
  /**
  * Creates and adds a new footnote to the collection.
  *
  * @param id - Unique numeric identifier for the footnote
  * @param paragraph - Array of paragraphs that make up the footnote content
  */
  createFootNote(id, paragraph2) {
    let footnote = new Footnote({
      id,
      children: paragraph2
    });
    this.root.push(footnote), Number.isFinite(id) && (this.highestId = Math.max(this.highestId, Math.floor(id)));
  }
  /**
  * The id of the footnote that a reference run brings with it, which is added to the footnotes the first time the
  * run is written, with an id no other footnote has. Word has footnotes only in a document's body, so a run written
  * anywhere else, such as in a header, has none, and its footnote isn't added.
  *
  * @internal
  * @param reference - The run, which has the same footnote each time it is written
  * @param footnote - The footnote's content
  * @param context - The context the run is written in
  * @returns The footnote's id, or undefined outside the document's body
  */
  idOf(reference, footnote, context) {
    if (context.viewWrapper !== context.file.Document) return;
    let existing = this.ownNotes.get(reference);
    if (existing !== void 0) return existing;
    let id = this.highestId + 1;
    return this.createFootNote(id, footnote.children), this.ownNotes.set(reference, id), id;
  }
  /**
  * Formats the footnotes, with the page numbers worked out for their document written into their fields, when the
  * document's body is written with an estimate of its pages.
  */
  prepForXml(context) {
    let xml = super.prepForXml(context);
    return fillPartPageNumbers(xml, context), xml;
  }
}, FootnotesWrapper = class {
  constructor() {
    _defineProperty(this, "footnotess", void 0), _defineProperty(this, "relationships", void 0), this.footnotess = new FootNotes(), this.relationships = new Relationships();
  }
  get View() {
    return this.footnotess;
  }
  get Relationships() {
    return this.relationships;
  }
}, HeaderAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      wpc: "xmlns:wpc",
      mc: "xmlns:mc",
      o: "xmlns:o",
      r: "xmlns:r",
      m: "xmlns:m",
      v: "xmlns:v",
      wp14: "xmlns:wp14",
      wp: "xmlns:wp",
      w10: "xmlns:w10",
      w: "xmlns:w",
      w14: "xmlns:w14",
      w15: "xmlns:w15",
      wpg: "xmlns:wpg",
      wpi: "xmlns:wpi",
      wne: "xmlns:wne",
      wps: "xmlns:wps",
      cp: "xmlns:cp",
      dc: "xmlns:dc",
      dcterms: "xmlns:dcterms",
      dcmitype: "xmlns:dcmitype",
      xsi: "xmlns:xsi",
      type: "xsi:type",
      cx: "xmlns:cx",
      cx1: "xmlns:cx1",
      cx2: "xmlns:cx2",
      cx3: "xmlns:cx3",
      cx4: "xmlns:cx4",
      cx5: "xmlns:cx5",
      cx6: "xmlns:cx6",
      cx7: "xmlns:cx7",
      cx8: "xmlns:cx8",
      w16cid: "xmlns:w16cid",
      w16se: "xmlns:w16se"
    });
  }
}, Header$1 = class extends InitializableXmlComponent {
  constructor(referenceNumber, initContent) {
    super("w:hdr", initContent), _defineProperty(this, "refId", void 0), this.refId = referenceNumber, initContent || this.root.push(new HeaderAttributes({
      wpc: "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
      mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
      o: "urn:schemas-microsoft-com:office:office",
      r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
      v: "urn:schemas-microsoft-com:vml",
      wp14: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
      wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      w10: "urn:schemas-microsoft-com:office:word",
      w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      w14: "http://schemas.microsoft.com/office/word/2010/wordml",
      w15: "http://schemas.microsoft.com/office/word/2012/wordml",
      wpg: "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
      wpi: "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
      wne: "http://schemas.microsoft.com/office/word/2006/wordml",
      wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
      cx: "http://schemas.microsoft.com/office/drawing/2014/chartex",
      cx1: "http://schemas.microsoft.com/office/drawing/2015/9/8/chartex",
      cx2: "http://schemas.microsoft.com/office/drawing/2015/10/21/chartex",
      cx3: "http://schemas.microsoft.com/office/drawing/2016/5/9/chartex",
      cx4: "http://schemas.microsoft.com/office/drawing/2016/5/10/chartex",
      cx5: "http://schemas.microsoft.com/office/drawing/2016/5/11/chartex",
      cx6: "http://schemas.microsoft.com/office/drawing/2016/5/12/chartex",
      cx7: "http://schemas.microsoft.com/office/drawing/2016/5/13/chartex",
      cx8: "http://schemas.microsoft.com/office/drawing/2016/5/14/chartex",
      w16cid: "http://schemas.microsoft.com/office/word/2016/wordml/cid",
      w16se: "http://schemas.microsoft.com/office/word/2015/wordml/symex"
    }));
  }
  get ReferenceId() {
    return this.refId;
  }
  add(item) {
    this.root.push(item);
  }
  /**
  * Formats the header, with the page numbers worked out for its document written into its fields, when the document's
  * body is written with an estimate of its pages.
  */
  prepForXml(context) {
    let xml = super.prepForXml(context);
    return fillPartPageNumbers(xml, context, this.refId), xml;
  }
}, HeaderWrapper = class {
  constructor(media, referenceId, initContent) {
    _defineProperty(this, "media", void 0), _defineProperty(this, "header", void 0), _defineProperty(this, "relationships", void 0), this.media = media, this.header = new Header$1(referenceId, initContent), this.relationships = new Relationships();
  }
  add(item) {
    return this.header.add(item), this;
  }
  addChildElement(childElement) {
    this.header.addChildElement(childElement);
  }
  get View() {
    return this.header;
  }
  get Relationships() {
    return this.relationships;
  }
  get Media() {
    return this.media;
  }
}, sequentialMediaPaths = () => {
  let counts = /* @__PURE__ */ new Map();
  return (extension) => {
    var _counts$get;
    let count = ((_counts$get = counts.get(extension)) !== null && _counts$get !== void 0 ? _counts$get : 0) + 1;
    return counts.set(extension, count), `media/image${count}.${extension}`;
  };
}, Media = class {
  /**
  * @param takePath - Gives each image its path under word/, by its extension, so that it doesn't take the path of
  * another part of the package, such as a template's image. Default numbers them by type, media/image1.png,
  * media/image2.png and so on
  */
  constructor(takePath = sequentialMediaPaths()) {
    _defineProperty(this, "map", /* @__PURE__ */ new Map()), _defineProperty(this, "takePath", void 0), this.takePath = takePath;
  }
  /**
  * Adds an image to the media collection, once: an image added again under the same key, such as one used in the
  * body and in a header, keeps the file name it was given the first time.
  *
  * @param key - Unique identifier for this image, which the XML refers to it by until it is packed
  * @param mediaData - Complete image data including type, transformation, and raw data
  */
  addImage(key, mediaData) {
    if (this.map.has(key)) return;
    let path = this.takePath(mediaData.type);
    this.map.set(key, _objectSpread2(_objectSpread2({}, mediaData), {}, { fileName: path.slice(path.lastIndexOf("/") + 1) }));
  }
  /**
  * Gets all images as an array, in the order they were added, each with the file name it is written with.
  *
  * @returns Read-only array of all media data in the collection
  */
  get Array() {
    return Array.from(this.map.values());
  }
  /**
  * Gets all images with the keys they were added under, in the order they were added.
  *
  * @returns Read-only array of each image's key and media data, whose file name is the one it is written with
  */
  get Entries() {
    return Array.from(this.map.entries());
  }
}, LevelFormat = {
  /** Decimal numbering (1, 2, 3...). */
  DECIMAL: "decimal",
  /** Uppercase roman numerals (I, II, III...). */
  UPPER_ROMAN: "upperRoman",
  /** Lowercase roman numerals (i, ii, iii...). */
  LOWER_ROMAN: "lowerRoman",
  /** Uppercase letters (A, B, C...). */
  UPPER_LETTER: "upperLetter",
  /** Lowercase letters (a, b, c...). */
  LOWER_LETTER: "lowerLetter",
  /** Ordinal numbers (1st, 2nd, 3rd...). */
  ORDINAL: "ordinal",
  /** Cardinal text (one, two, three...). */
  CARDINAL_TEXT: "cardinalText",
  /** Ordinal text (first, second, third...). */
  ORDINAL_TEXT: "ordinalText",
  /** Hexadecimal numbering. */
  HEX: "hex",
  /** Chicago Manual of Style numbering. */
  CHICAGO: "chicago",
  /** Ideograph digital numbering. */
  IDEOGRAPH__DIGITAL: "ideographDigital",
  /** Japanese counting system. */
  JAPANESE_COUNTING: "japaneseCounting",
  /** Japanese aiueo ordering. */
  AIUEO: "aiueo",
  /** Japanese iroha ordering. */
  IROHA: "iroha",
  /** Full-width decimal numbering. */
  DECIMAL_FULL_WIDTH: "decimalFullWidth",
  /** Half-width decimal numbering. */
  DECIMAL_HALF_WIDTH: "decimalHalfWidth",
  /** Japanese legal numbering. */
  JAPANESE_LEGAL: "japaneseLegal",
  /** Japanese digital ten thousand numbering. */
  JAPANESE_DIGITAL_TEN_THOUSAND: "japaneseDigitalTenThousand",
  /** Decimal numbers enclosed in circles. */
  DECIMAL_ENCLOSED_CIRCLE: "decimalEnclosedCircle",
  /** Full-width decimal numbering variant 2. */
  DECIMAL_FULL_WIDTH2: "decimalFullWidth2",
  /** Full-width aiueo ordering. */
  AIUEO_FULL_WIDTH: "aiueoFullWidth",
  /** Full-width iroha ordering. */
  IROHA_FULL_WIDTH: "irohaFullWidth",
  /** Decimal with leading zeros. */
  DECIMAL_ZERO: "decimalZero",
  /** Bullet points. */
  BULLET: "bullet",
  /** Korean ganada ordering. */
  GANADA: "ganada",
  /** Korean chosung ordering. */
  CHOSUNG: "chosung",
  /** Decimal enclosed with fullstop. */
  DECIMAL_ENCLOSED_FULLSTOP: "decimalEnclosedFullstop",
  /** Decimal enclosed in parentheses. */
  DECIMAL_ENCLOSED_PARENTHESES: "decimalEnclosedParen",
  /** Decimal enclosed in circles (Chinese). */
  DECIMAL_ENCLOSED_CIRCLE_CHINESE: "decimalEnclosedCircleChinese",
  /** Ideograph enclosed in circles. */
  IDEOGRAPH_ENCLOSED_CIRCLE: "ideographEnclosedCircle",
  /** Traditional ideograph numbering. */
  IDEOGRAPH_TRADITIONAL: "ideographTraditional",
  /** Ideograph zodiac numbering. */
  IDEOGRAPH_ZODIAC: "ideographZodiac",
  /** Traditional ideograph zodiac numbering. */
  IDEOGRAPH_ZODIAC_TRADITIONAL: "ideographZodiacTraditional",
  /** Taiwanese counting system. */
  TAIWANESE_COUNTING: "taiwaneseCounting",
  /** Traditional ideograph legal numbering. */
  IDEOGRAPH_LEGAL_TRADITIONAL: "ideographLegalTraditional",
  /** Taiwanese counting thousand system. */
  TAIWANESE_COUNTING_THOUSAND: "taiwaneseCountingThousand",
  /** Taiwanese digital numbering. */
  TAIWANESE_DIGITAL: "taiwaneseDigital",
  /** Chinese counting system. */
  CHINESE_COUNTING: "chineseCounting",
  /** Simplified Chinese legal numbering. */
  CHINESE_LEGAL_SIMPLIFIED: "chineseLegalSimplified",
  /** Chinese counting thousand system. */
  CHINESE_COUNTING_THOUSAND: "chineseCountingThousand",
  /** Korean digital numbering. */
  KOREAN_DIGITAL: "koreanDigital",
  /** Korean counting system. */
  KOREAN_COUNTING: "koreanCounting",
  /** Korean legal numbering. */
  KOREAN_LEGAL: "koreanLegal",
  /** Korean digital numbering variant 2. */
  KOREAN_DIGITAL2: "koreanDigital2",
  /** Vietnamese counting system. */
  VIETNAMESE_COUNTING: "vietnameseCounting",
  /** Russian lowercase numbering. */
  RUSSIAN_LOWER: "russianLower",
  /** Russian uppercase numbering. */
  RUSSIAN_UPPER: "russianUpper",
  /** No numbering. */
  NONE: "none",
  /** Number enclosed in dashes. */
  NUMBER_IN_DASH: "numberInDash",
  /** Hebrew numbering variant 1. */
  HEBREW1: "hebrew1",
  /** Hebrew numbering variant 2. */
  HEBREW2: "hebrew2",
  /** Arabic alpha numbering. */
  ARABIC_ALPHA: "arabicAlpha",
  /** Arabic abjad numbering. */
  ARABIC_ABJAD: "arabicAbjad",
  /** Hindi vowels. */
  HINDI_VOWELS: "hindiVowels",
  /** Hindi consonants. */
  HINDI_CONSONANTS: "hindiConsonants",
  /** Hindi numbers. */
  HINDI_NUMBERS: "hindiNumbers",
  /** Hindi counting system. */
  HINDI_COUNTING: "hindiCounting",
  /** Thai letters. */
  THAI_LETTERS: "thaiLetters",
  /** Thai numbers. */
  THAI_NUMBERS: "thaiNumbers",
  /** Thai counting system. */
  THAI_COUNTING: "thaiCounting",
  /** Thai Baht text. */
  BAHT_TEXT: "bahtText",
  /** Dollar text. */
  DOLLAR_TEXT: "dollarText",
  /** Custom numbering format. */
  CUSTOM: "custom"
}, LevelAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      ilvl: "w:ilvl",
      tentative: "w:tentative"
    });
  }
}, NumberFormat$1 = class extends XmlComponent {
  constructor(value) {
    super("w:numFmt"), this.root.push(new Attributes({ val: value }));
  }
}, LevelText = class extends XmlComponent {
  constructor(value) {
    super("w:lvlText"), this.root.push(new Attributes({ val: value }));
  }
}, levelAlignment = (value) => {
  switch (value) {
    case AlignmentType.CENTER:
      return "center";
    case AlignmentType.END:
    case AlignmentType.RIGHT:
      return "right";
    default:
      return "left";
  }
}, LevelJc = class extends XmlComponent {
  constructor(value) {
    super("w:lvlJc"), this.root.push(new Attributes({ val: levelAlignment(value) }));
  }
};
var Suffix = class extends XmlComponent {
  constructor(value) {
    super("w:suff"), this.root.push(new Attributes({ val: value }));
  }
}, IsLegalNumberingStyle = class extends XmlComponent {
  constructor() {
    super("w:isLgl");
  }
}, LevelBase = class extends XmlComponent {
  /**
  * Creates a new numbering level.
  *
  * @param options - Level configuration options
  * @throws Error if level is greater than 9 (Word limitation)
  */
  constructor({ level, format: format2, text, alignment = AlignmentType.START, start = 1, style, suffix, isLegalNumberingStyle }) {
    if (super("w:lvl"), _defineProperty(this, "paragraphProperties", void 0), _defineProperty(this, "runProperties", void 0), this.root.push(new NumberValueElement("w:start", decimalNumber(start))), format2 && this.root.push(new NumberFormat$1(format2)), style?.style && this.root.push(createParagraphStyle(style.style)), isLegalNumberingStyle && this.root.push(new IsLegalNumberingStyle()), suffix && this.root.push(new Suffix(suffix)), text && this.root.push(new LevelText(text)), this.root.push(new LevelJc(alignment)), this.paragraphProperties = new ParagraphProperties(style && style.paragraph, {
      implicitListParagraphStyle: !1,
      inListOrder: !1
    }), this.runProperties = new RunProperties(style?.run && _objectSpread2(_objectSpread2({}, style.run), {}, {
      highlight: void 0,
      math: void 0,
      revision: void 0
    })), this.root.push(this.paragraphProperties), this.root.push(this.runProperties), level > 9) throw new Error("Level cannot be greater than 9. Read more here: https://answers.microsoft.com/en-us/msoffice/forum/all/does-word-support-more-than-9-list-levels/d130fdcd-1781-446d-8c84-c6c79124e4d7");
    this.root.push(new LevelAttributes({
      ilvl: decimalNumber(level),
      tentative: 1
    }));
  }
}, Level = class extends LevelBase {
};
var MultiLevelType = class extends XmlComponent {
  /**
  * Creates a new multi-level type specification.
  *
  * @param value - The multi-level type: "singleLevel", "multilevel", or "hybridMultilevel"
  */
  constructor(value) {
    super("w:multiLevelType"), this.root.push(new Attributes({ val: value }));
  }
}, AbstractNumberingAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      abstractNumId: "w:abstractNumId",
      restartNumberingAfterBreak: "w15:restartNumberingAfterBreak"
    });
  }
}, AbstractNumbering = class extends XmlComponent {
  /**
  * Creates a new abstract numbering definition.
  *
  * @param id - Unique identifier for this abstract numbering definition
  * @param levelOptions - Array of level definitions (up to 9 levels)
  */
  constructor(id, levelOptions) {
    super("w:abstractNum"), _defineProperty(
      this,
      /** The unique identifier for this abstract numbering definition. */
      "id",
      void 0
    ), this.root.push(new AbstractNumberingAttributes({
      abstractNumId: decimalNumber(id),
      restartNumberingAfterBreak: 0
    })), this.root.push(new MultiLevelType("hybridMultilevel")), this.id = id;
    for (let option of levelOptions) this.root.push(new Level(option));
  }
}, AbstractNumId = class extends XmlComponent {
  constructor(value) {
    super("w:abstractNumId"), this.root.push(new Attributes({ val: value }));
  }
}, NumAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", { numId: "w:numId" });
  }
}, ConcreteNumbering = class extends XmlComponent {
  /**
  * Creates a new concrete numbering instance.
  *
  * @param options - Configuration options for the numbering instance
  */
  constructor(options) {
    if (super("w:num"), _defineProperty(
      this,
      /** The unique identifier for this numbering instance. */
      "numId",
      void 0
    ), _defineProperty(
      this,
      /** The reference name for this numbering instance. */
      "reference",
      void 0
    ), _defineProperty(
      this,
      /** The instance number for tracking multiple uses. */
      "instance",
      void 0
    ), _defineProperty(
      this,
      /** For a list a paragraph restarts, the id of that restart, as {@link IConcreteNumberingOptions.restartedListId} describes. */
      "restartedListId",
      void 0
    ), this.numId = options.numId, this.reference = options.reference, this.instance = options.instance, this.restartedListId = options.restartedListId, this.root.push(new NumAttributes({ numId: decimalNumber(options.numId) })), this.root.push(new AbstractNumId(decimalNumber(options.abstractNumId))), options.overrideLevels && options.overrideLevels.length) for (let level of options.overrideLevels) this.root.push(new LevelOverride(level.num, level.start));
  }
}, LevelOverrideAttributes = class extends XmlAttributeComponent {
  constructor(..._args2) {
    super(..._args2), _defineProperty(this, "xmlKeys", { ilvl: "w:ilvl" });
  }
}, LevelOverride = class extends XmlComponent {
  /**
  * Creates a new level override.
  *
  * @param levelNum - The level number to override (0-8)
  * @param start - Optional starting number for the level
  */
  constructor(levelNum, start) {
    super("w:lvlOverride"), this.root.push(new LevelOverrideAttributes({ ilvl: levelNum })), start !== void 0 && this.root.push(new StartOverride(start));
  }
}, StartOverrideAttributes = class extends XmlAttributeComponent {
  constructor(..._args3) {
    super(..._args3), _defineProperty(this, "xmlKeys", { val: "w:val" });
  }
}, StartOverride = class extends XmlComponent {
  /**
  * Creates a new start override.
  *
  * @param start - The starting number
  */
  constructor(start) {
    super("w:startOverride"), this.root.push(new StartOverrideAttributes({ val: start }));
  }
}, Numbering = class extends XmlComponent {
  /**
  * Creates a new numbering definition collection.
  *
  * Initializes the numbering with a default bullet list configuration and
  * any custom numbering configurations provided in the options.
  *
  * @param options - Configuration options for numbering definitions
  */
  constructor(options) {
    super("w:numbering"), _defineProperty(this, "abstractNumberingMap", /* @__PURE__ */ new Map()), _defineProperty(this, "concreteNumberingMap", /* @__PURE__ */ new Map()), _defineProperty(this, "referenceConfigMap", /* @__PURE__ */ new Map()), _defineProperty(this, "abstractNumUniqueNumericId", abstractNumUniqueNumericIdGen()), _defineProperty(this, "concreteNumUniqueNumericId", concreteNumUniqueNumericIdGen()), this.root.push(new DocumentAttributes([
      "wpc",
      "mc",
      "o",
      "r",
      "m",
      "v",
      "wp14",
      "wp",
      "w10",
      "w",
      "w14",
      "w15",
      "wpg",
      "wpi",
      "wne",
      "wps"
    ], "w14 w15 wp14"));
    let abstractNumbering = new AbstractNumbering(this.abstractNumUniqueNumericId(), [
      {
        level: 0,
        format: LevelFormat.BULLET,
        text: "\u25CF",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: {
          left: convertInchesToTwip(0.5),
          hanging: convertInchesToTwip(0.25)
        } } }
      },
      {
        level: 1,
        format: LevelFormat.BULLET,
        text: "\u25CB",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: {
          left: convertInchesToTwip(1),
          hanging: convertInchesToTwip(0.25)
        } } }
      },
      {
        level: 2,
        format: LevelFormat.BULLET,
        text: "\u25A0",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: {
          left: 2160,
          hanging: convertInchesToTwip(0.25)
        } } }
      },
      {
        level: 3,
        format: LevelFormat.BULLET,
        text: "\u25CF",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: {
          left: 2880,
          hanging: convertInchesToTwip(0.25)
        } } }
      },
      {
        level: 4,
        format: LevelFormat.BULLET,
        text: "\u25CB",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: {
          left: 3600,
          hanging: convertInchesToTwip(0.25)
        } } }
      },
      {
        level: 5,
        format: LevelFormat.BULLET,
        text: "\u25A0",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: {
          left: 4320,
          hanging: convertInchesToTwip(0.25)
        } } }
      },
      {
        level: 6,
        format: LevelFormat.BULLET,
        text: "\u25CF",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: {
          left: 5040,
          hanging: convertInchesToTwip(0.25)
        } } }
      },
      {
        level: 7,
        format: LevelFormat.BULLET,
        text: "\u25CF",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: {
          left: 5760,
          hanging: convertInchesToTwip(0.25)
        } } }
      },
      {
        level: 8,
        format: LevelFormat.BULLET,
        text: "\u25CF",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: {
          left: 6480,
          hanging: convertInchesToTwip(0.25)
        } } }
      }
    ]);
    this.concreteNumberingMap.set("default-bullet-numbering", new ConcreteNumbering({
      numId: 1,
      abstractNumId: abstractNumbering.id,
      reference: "default-bullet-numbering",
      instance: 0,
      overrideLevels: [{
        num: 0,
        start: 1
      }]
    })), this.abstractNumberingMap.set("default-bullet-numbering", abstractNumbering);
    for (let con of options.config)
      this.abstractNumberingMap.set(con.reference, new AbstractNumbering(this.abstractNumUniqueNumericId(), con.levels)), this.referenceConfigMap.set(con.reference, con.levels);
  }
  /**
  * Prepares the numbering definitions for XML serialization.
  *
  * Adds all abstract and concrete numbering definitions to the XML tree.
  *
  * @param context - The XML context
  * @returns The prepared XML object
  */
  prepForXml(context) {
    return this.root.splice(1, this.root.length - 1, ...this.abstractNumberingMap.values(), ...this.concreteNumberingMap.values()), super.prepForXml(context);
  }
  /**
  * Creates a concrete numbering instance from an abstract numbering definition.
  *
  * This method creates a new concrete numbering instance that references an
  * abstract numbering definition. It's used internally when paragraphs reference
  * numbering configurations.
  *
  * @param reference - The reference name of the abstract numbering definition
  * @param instance - The instance number for this concrete numbering
  * @param definition - The list's definition, for a list a paragraph gives its own definition of. It is added with
  * its reference, unless the numbering already has a list with that reference, such as one of the document's
  * `numbering` option, which is kept
  * @param restartedListId - For a list a paragraph starts again with `restart`, the id of that restart. The list is
  * then that restart's own, not the `instance`'s
  */
  createConcreteNumberingInstance(reference, instance, definition, restartedListId) {
    var _this$referenceConfig;
    definition && !this.abstractNumberingMap.has(definition.reference) && (this.abstractNumberingMap.set(definition.reference, new AbstractNumbering(this.abstractNumUniqueNumericId(), definition.levels)), this.referenceConfigMap.set(definition.reference, definition.levels));
    let abstractNumbering = this.abstractNumberingMap.get(reference);
    if (!abstractNumbering) return;
    let fullReference = listKey(reference, instance, restartedListId);
    if (this.concreteNumberingMap.has(fullReference)) return;
    let referenceConfigLevels = (_this$referenceConfig = this.referenceConfigMap.get(reference)) !== null && _this$referenceConfig !== void 0 ? _this$referenceConfig : [{ level: 0 }], concreteNumberingSettings = {
      numId: this.concreteNumUniqueNumericId(),
      abstractNumId: abstractNumbering.id,
      reference,
      instance,
      restartedListId,
      overrideLevels: referenceConfigLevels.map(({ level, start = 1 }) => ({
        num: level,
        start: decimalNumber(start)
      }))
    };
    this.concreteNumberingMap.set(fullReference, new ConcreteNumbering(concreteNumberingSettings));
  }
  /**
  * Gets all concrete numbering instances.
  *
  * @returns An array of all concrete numbering instances
  */
  get ConcreteNumbering() {
    return Array.from(this.concreteNumberingMap.values());
  }
  /**
  * Gets all reference configurations.
  *
  * @returns An array of all numbering reference configurations
  */
  get ReferenceConfig() {
    return Array.from(this.referenceConfigMap.values());
  }
};
var PackageParts = class {
  /**
  * @param contentTypes - Where each part's content type is added
  * @param existingPaths - The paths under word/ of the parts the package already has, such as a template's charts
  * and images, which new parts don't take
  */
  constructor(contentTypes, existingPaths = /* @__PURE__ */ new Set()) {
    _defineProperty(this, "contentTypes", void 0), _defineProperty(this, "paths", /* @__PURE__ */ new Map()), _defineProperty(this, "taken", void 0), _defineProperty(this, "folders", /* @__PURE__ */ new WeakMap()), this.contentTypes = contentTypes, this.taken = new Set(existingPaths);
  }
  /**
  * Adds a part, and its content type, once.
  *
  * @returns The part's path under word/, such as "charts/chart1.xml"
  */
  add(part) {
    let added = this.paths.get(part);
    if (added !== void 0) return added;
    let { folder, name, extension, contentType } = part.options, path = this.takePath(folder, name, extension);
    return this.paths.set(part, path), this.contentTypes.addOverride(contentType, `/word/${path}`), path;
  }
  /**
  * Takes the lowest-numbered path in a folder that nothing has yet, so that nothing else is written there: the
  * package's own parts, the parts added, and the document's images, which `Media` names with this, as Word names
  * them: media/image1.png, media/image2.png and so on.
  *
  * @param folder - The folder under word/, such as "media"
  * @param name - The start of the file name, such as "image"
  * @param extension - The file name's extension, such as "png"
  * @returns The path under word/, such as "media/image1.png"
  */
  takePath(folder, name, extension) {
    let index = 1;
    for (; this.taken.has(`${folder}/${name}${index}.${extension}`); ) index++;
    let path = `${folder}/${name}${index}.${extension}`;
    return this.taken.add(path), path;
  }
  /**
  * Each part added, with its path under word/, in the order they were added.
  *
  * A part related as an OLE object is listed too, though the parts are typed as they were before a part could be:
  * `File`, whose type is public, has these parts, and the compiler only writes their content.
  */
  get Array() {
    return [...this.paths].map(([part, path]) => ({
      part,
      path
    }));
  }
  /**
  * Creates the relationships of a part whose XML is being written, so the parts its XML refers to are found from its
  * folder.
  *
  * @param path - The part's path under word/
  */
  createRelationships(path) {
    let relationships = new Relationships();
    return this.folders.set(relationships, path.slice(0, path.indexOf("/"))), relationships;
  }
  /**
  * The target of a relationship to a part, relative to the part the relationships are from. The document, headers,
  * footers, footnotes, endnotes and comments are all in word/.
  *
  * @param path - The part's path under word/
  */
  getTarget(relationships, path) {
    let from = this.folders.get(relationships);
    return from === void 0 ? path : path.startsWith(`${from}/`) ? path.slice(from.length + 1) : `../${path}`;
  }
}, createCompatibilitySetting = (version) => new BuilderElement({
  name: "w:compatSetting",
  attributes: {
    version: {
      key: "w:val",
      value: version
    },
    name: {
      key: "w:name",
      value: "compatibilityMode"
    },
    uri: {
      key: "w:uri",
      value: "http://schemas.microsoft.com/office/word"
    }
  }
}), Compatibility = class extends XmlComponent {
  constructor(options) {
    super("w:compat"), options.useSingleBorderforContiguousCells && this.root.push(new OnOffElement("w:useSingleBorderforContiguousCells", options.useSingleBorderforContiguousCells)), options.wordPerfectJustification && this.root.push(new OnOffElement("w:wpJustification", options.wordPerfectJustification)), options.noTabStopForHangingIndent && this.root.push(new OnOffElement("w:noTabHangInd", options.noTabStopForHangingIndent)), options.noLeading && this.root.push(new OnOffElement("w:noLeading", options.noLeading)), options.spaceForUnderline && this.root.push(new OnOffElement("w:spaceForUL", options.spaceForUnderline)), options.noColumnBalance && this.root.push(new OnOffElement("w:noColumnBalance", options.noColumnBalance)), options.balanceSingleByteDoubleByteWidth && this.root.push(new OnOffElement("w:balanceSingleByteDoubleByteWidth", options.balanceSingleByteDoubleByteWidth)), options.noExtraLineSpacing && this.root.push(new OnOffElement("w:noExtraLineSpacing", options.noExtraLineSpacing)), options.doNotLeaveBackslashAlone && this.root.push(new OnOffElement("w:doNotLeaveBackslashAlone", options.doNotLeaveBackslashAlone)), options.underlineTrailingSpaces && this.root.push(new OnOffElement("w:ulTrailSpace", options.underlineTrailingSpaces)), options.doNotExpandShiftReturn && this.root.push(new OnOffElement("w:doNotExpandShiftReturn", options.doNotExpandShiftReturn)), options.spacingInWholePoints && this.root.push(new OnOffElement("w:spacingInWholePoints", options.spacingInWholePoints)), options.lineWrapLikeWord6 && this.root.push(new OnOffElement("w:lineWrapLikeWord6", options.lineWrapLikeWord6)), options.printBodyTextBeforeHeader && this.root.push(new OnOffElement("w:printBodyTextBeforeHeader", options.printBodyTextBeforeHeader)), options.printColorsBlack && this.root.push(new OnOffElement("w:printColBlack", options.printColorsBlack)), options.spaceWidth && this.root.push(new OnOffElement("w:wpSpaceWidth", options.spaceWidth)), options.showBreaksInFrames && this.root.push(new OnOffElement("w:showBreaksInFrames", options.showBreaksInFrames)), options.subFontBySize && this.root.push(new OnOffElement("w:subFontBySize", options.subFontBySize)), options.suppressBottomSpacing && this.root.push(new OnOffElement("w:suppressBottomSpacing", options.suppressBottomSpacing)), options.suppressTopSpacing && this.root.push(new OnOffElement("w:suppressTopSpacing", options.suppressTopSpacing)), options.suppressSpacingAtTopOfPage && this.root.push(new OnOffElement("w:suppressSpacingAtTopOfPage", options.suppressSpacingAtTopOfPage)), options.suppressTopSpacingWP && this.root.push(new OnOffElement("w:suppressTopSpacingWP", options.suppressTopSpacingWP)), options.suppressSpBfAfterPgBrk && this.root.push(new OnOffElement("w:suppressSpBfAfterPgBrk", options.suppressSpBfAfterPgBrk)), options.swapBordersFacingPages && this.root.push(new OnOffElement("w:swapBordersFacingPages", options.swapBordersFacingPages)), options.convertMailMergeEsc && this.root.push(new OnOffElement("w:convMailMergeEsc", options.convertMailMergeEsc)), options.truncateFontHeightsLikeWP6 && this.root.push(new OnOffElement("w:truncateFontHeightsLikeWP6", options.truncateFontHeightsLikeWP6)), options.macWordSmallCaps && this.root.push(new OnOffElement("w:mwSmallCaps", options.macWordSmallCaps)), options.usePrinterMetrics && this.root.push(new OnOffElement("w:usePrinterMetrics", options.usePrinterMetrics)), options.doNotSuppressParagraphBorders && this.root.push(new OnOffElement("w:doNotSuppressParagraphBorders", options.doNotSuppressParagraphBorders)), options.wrapTrailSpaces && this.root.push(new OnOffElement("w:wrapTrailSpaces", options.wrapTrailSpaces)), options.footnoteLayoutLikeWW8 && this.root.push(new OnOffElement("w:footnoteLayoutLikeWW8", options.footnoteLayoutLikeWW8)), options.shapeLayoutLikeWW8 && this.root.push(new OnOffElement("w:shapeLayoutLikeWW8", options.shapeLayoutLikeWW8)), options.alignTablesRowByRow && this.root.push(new OnOffElement("w:alignTablesRowByRow", options.alignTablesRowByRow)), options.forgetLastTabAlignment && this.root.push(new OnOffElement("w:forgetLastTabAlignment", options.forgetLastTabAlignment)), options.adjustLineHeightInTable && this.root.push(new OnOffElement("w:adjustLineHeightInTable", options.adjustLineHeightInTable)), options.autoSpaceLikeWord95 && this.root.push(new OnOffElement("w:autoSpaceLikeWord95", options.autoSpaceLikeWord95)), options.noSpaceRaiseLower && this.root.push(new OnOffElement("w:noSpaceRaiseLower", options.noSpaceRaiseLower)), options.doNotUseHTMLParagraphAutoSpacing && this.root.push(new OnOffElement("w:doNotUseHTMLParagraphAutoSpacing", options.doNotUseHTMLParagraphAutoSpacing)), options.layoutRawTableWidth && this.root.push(new OnOffElement("w:layoutRawTableWidth", options.layoutRawTableWidth)), options.layoutTableRowsApart && this.root.push(new OnOffElement("w:layoutTableRowsApart", options.layoutTableRowsApart)), options.useWord97LineBreakRules && this.root.push(new OnOffElement("w:useWord97LineBreakRules", options.useWord97LineBreakRules)), options.doNotBreakWrappedTables && this.root.push(new OnOffElement("w:doNotBreakWrappedTables", options.doNotBreakWrappedTables)), options.doNotSnapToGridInCell && this.root.push(new OnOffElement("w:doNotSnapToGridInCell", options.doNotSnapToGridInCell)), options.selectFieldWithFirstOrLastCharacter && this.root.push(new OnOffElement("w:selectFldWithFirstOrLastChar", options.selectFieldWithFirstOrLastCharacter)), options.applyBreakingRules && this.root.push(new OnOffElement("w:applyBreakingRules", options.applyBreakingRules)), options.doNotWrapTextWithPunctuation && this.root.push(new OnOffElement("w:doNotWrapTextWithPunct", options.doNotWrapTextWithPunctuation)), options.doNotUseEastAsianBreakRules && this.root.push(new OnOffElement("w:doNotUseEastAsianBreakRules", options.doNotUseEastAsianBreakRules)), options.useWord2002TableStyleRules && this.root.push(new OnOffElement("w:useWord2002TableStyleRules", options.useWord2002TableStyleRules)), options.growAutofit && this.root.push(new OnOffElement("w:growAutofit", options.growAutofit)), options.useFELayout && this.root.push(new OnOffElement("w:useFELayout", options.useFELayout)), options.useNormalStyleForList && this.root.push(new OnOffElement("w:useNormalStyleForList", options.useNormalStyleForList)), options.doNotUseIndentAsNumberingTabStop && this.root.push(new OnOffElement("w:doNotUseIndentAsNumberingTabStop", options.doNotUseIndentAsNumberingTabStop)), options.useAlternateEastAsianLineBreakRules && this.root.push(new OnOffElement("w:useAltKinsokuLineBreakRules", options.useAlternateEastAsianLineBreakRules)), options.allowSpaceOfSameStyleInTable && this.root.push(new OnOffElement("w:allowSpaceOfSameStyleInTable", options.allowSpaceOfSameStyleInTable)), options.doNotSuppressIndentation && this.root.push(new OnOffElement("w:doNotSuppressIndentation", options.doNotSuppressIndentation)), options.doNotAutofitConstrainedTables && this.root.push(new OnOffElement("w:doNotAutofitConstrainedTables", options.doNotAutofitConstrainedTables)), options.autofitToFirstFixedWidthCell && this.root.push(new OnOffElement("w:autofitToFirstFixedWidthCell", options.autofitToFirstFixedWidthCell)), options.underlineTabInNumberingList && this.root.push(new OnOffElement("w:underlineTabInNumList", options.underlineTabInNumberingList)), options.displayHangulFixedWidth && this.root.push(new OnOffElement("w:displayHangulFixedWidth", options.displayHangulFixedWidth)), options.splitPgBreakAndParaMark && this.root.push(new OnOffElement("w:splitPgBreakAndParaMark", options.splitPgBreakAndParaMark)), options.doNotVerticallyAlignCellWithSp && this.root.push(new OnOffElement("w:doNotVertAlignCellWithSp", options.doNotVerticallyAlignCellWithSp)), options.doNotBreakConstrainedForcedTable && this.root.push(new OnOffElement("w:doNotBreakConstrainedForcedTable", options.doNotBreakConstrainedForcedTable)), options.ignoreVerticalAlignmentInTextboxes && this.root.push(new OnOffElement("w:doNotVertAlignInTxbx", options.ignoreVerticalAlignmentInTextboxes)), options.useAnsiKerningPairs && this.root.push(new OnOffElement("w:useAnsiKerningPairs", options.useAnsiKerningPairs)), options.cachedColumnBalance && this.root.push(new OnOffElement("w:cachedColBalance", options.cachedColumnBalance)), options.version && this.root.push(createCompatibilitySetting(options.version));
  }
}, PROTECTION_PASSWORD_SPIN_COUNT = 1e5, MAX_PASSWORD_LENGTH = 15, INITIAL_CODES = [
  57840,
  7439,
  52380,
  33984,
  4364,
  3600,
  61902,
  12606,
  6258,
  57657,
  54287,
  34041,
  10252,
  43370,
  20163
], ENCRYPTION_MATRIX = [
  [
    44796,
    19929,
    39858,
    10053,
    20106,
    40212,
    10761
  ],
  [
    31585,
    63170,
    64933,
    60267,
    50935,
    40399,
    11199
  ],
  [
    17763,
    35526,
    1453,
    2906,
    5812,
    11624,
    23248
  ],
  [
    885,
    1770,
    3540,
    7080,
    14160,
    28320,
    56640
  ],
  [
    55369,
    41139,
    20807,
    41614,
    21821,
    43642,
    17621
  ],
  [
    28485,
    56970,
    44341,
    19019,
    38038,
    14605,
    29210
  ],
  [
    60195,
    50791,
    40175,
    10751,
    21502,
    43004,
    24537
  ],
  [
    18387,
    36774,
    3949,
    7898,
    15796,
    31592,
    63184
  ],
  [
    47201,
    24803,
    49606,
    37805,
    14203,
    28406,
    56812
  ],
  [
    17824,
    35648,
    1697,
    3394,
    6788,
    13576,
    27152
  ],
  [
    43601,
    17539,
    35078,
    557,
    1114,
    2228,
    4456
  ],
  [
    30388,
    60776,
    51953,
    34243,
    7079,
    14158,
    28316
  ],
  [
    14128,
    28256,
    56512,
    43425,
    17251,
    34502,
    7597
  ],
  [
    13105,
    26210,
    52420,
    35241,
    883,
    1766,
    3532
  ],
  [
    4129,
    8258,
    16516,
    33032,
    4657,
    9314,
    18628
  ]
], rotateLeft15 = (value) => value >> 14 & 1 | value << 1 & 32767, legacyPasswordKey = (password) => {
  let bytes = password.slice(0, MAX_PASSWORD_LENGTH).split("").map((character) => {
    let code = character.charCodeAt(0);
    return (code & 255) !== 0 ? code & 255 : code >> 8 & 255;
  }), highOrderWord = bytes.reduce((word, byte, index) => ENCRYPTION_MATRIX[MAX_PASSWORD_LENGTH - bytes.length + index].reduce((current, code, bit) => byte >> bit & 1 ? current ^ code : current, word), INITIAL_CODES[bytes.length - 1]), lowOrderWord = (rotateLeft15(bytes.reduceRight((word, byte) => rotateLeft15(word) ^ byte, 0)) ^ bytes.length ^ 52811) & 65535;
  return [
    lowOrderWord & 255,
    lowOrderWord >> 8,
    highOrderWord & 255,
    highOrderWord >> 8
  ].map((byte) => byte.toString(16).toUpperCase().padStart(2, "0")).join("");
}, hashProtectionPassword = (password, salt, spinCount) => {
  let key = [...legacyPasswordKey(password)].flatMap((character) => [character.charCodeAt(0), 0]), digest = sha256(Uint8Array.from([...salt, ...key])), block2 = new Uint8Array(digest.length + 4), view = new DataView(block2.buffer);
  for (let iteration = 0; iteration < spinCount; iteration++)
    block2.set(digest), view.setUint32(digest.length, iteration, !0), digest = sha256(block2);
  return Array.from(digest);
}, randomSalt = (length) => {
  var _globalThis$crypto;
  let bytes = new Uint8Array(length);
  return typeof ((_globalThis$crypto = globalThis.crypto) === null || _globalThis$crypto === void 0 ? void 0 : _globalThis$crypto.getRandomValues) == "function" ? (globalThis.crypto.getRandomValues(bytes), [...bytes]) : [...bytes].map(() => Math.floor(Math.random() * 256));
};
var DocumentProtectionAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      edit: "w:edit",
      enforcement: "w:enforcement",
      cryptProviderType: "w:cryptProviderType",
      cryptAlgorithmClass: "w:cryptAlgorithmClass",
      cryptAlgorithmType: "w:cryptAlgorithmType",
      cryptAlgorithmSid: "w:cryptAlgorithmSid",
      cryptSpinCount: "w:cryptSpinCount",
      hash: "w:hash",
      salt: "w:salt"
    });
  }
}, toBase64 = (bytes) => btoa(String.fromCharCode(...bytes)), DocumentProtection = class extends XmlComponent {
  constructor({ type, password }) {
    if (super("w:documentProtection"), password === void 0 || password === "") {
      this.root.push(new DocumentProtectionAttributes({
        edit: type,
        enforcement: !0
      }));
      return;
    }
    let salt = randomSalt(16);
    this.root.push(new DocumentProtectionAttributes({
      edit: type,
      enforcement: !0,
      cryptProviderType: "rsaAES",
      cryptAlgorithmClass: "hash",
      cryptAlgorithmType: "typeAny",
      cryptAlgorithmSid: 12,
      cryptSpinCount: PROTECTION_PASSWORD_SPIN_COUNT,
      hash: toBase64(hashProtectionPassword(password, salt, PROTECTION_PASSWORD_SPIN_COUNT)),
      salt: toBase64(salt)
    }));
  }
}, SettingsAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      wpc: "xmlns:wpc",
      mc: "xmlns:mc",
      o: "xmlns:o",
      r: "xmlns:r",
      m: "xmlns:m",
      v: "xmlns:v",
      wp14: "xmlns:wp14",
      wp: "xmlns:wp",
      w10: "xmlns:w10",
      w: "xmlns:w",
      w14: "xmlns:w14",
      w15: "xmlns:w15",
      wpg: "xmlns:wpg",
      wpi: "xmlns:wpi",
      wne: "xmlns:wne",
      wps: "xmlns:wps",
      Ignorable: "mc:Ignorable"
    });
  }
}, Settings = class extends XmlComponent {
  constructor(options) {
    var _options$defaultTabSt, _options$hyphenation, _options$hyphenation2, _options$hyphenation3, _options$hyphenation4, _options$compatibilit, _ref, _options$compatibilit2, _options$compatibilit3;
    super("w:settings"), this.root.push(new SettingsAttributes({
      wpc: "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
      mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
      o: "urn:schemas-microsoft-com:office:office",
      r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
      v: "urn:schemas-microsoft-com:vml",
      wp14: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
      wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      w10: "urn:schemas-microsoft-com:office:word",
      w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      w14: "http://schemas.microsoft.com/office/word/2010/wordml",
      w15: "http://schemas.microsoft.com/office/word/2012/wordml",
      wpg: "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
      wpi: "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
      wne: "http://schemas.microsoft.com/office/word/2006/wordml",
      wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
      Ignorable: "w14 w15 wp14"
    })), this.root.push(new OnOffElement("w:displayBackgroundShape", !0)), options.embedFonts !== void 0 && this.root.push(new OnOffElement("w:embedTrueTypeFonts", options.embedFonts)), options.trackRevisions !== void 0 && this.root.push(new OnOffElement("w:trackRevisions", options.trackRevisions)), options.protection !== void 0 && this.root.push(new DocumentProtection(options.protection)), this.root.push(new NumberValueElement("w:defaultTabStop", (_options$defaultTabSt = options.defaultTabStop) !== null && _options$defaultTabSt !== void 0 ? _options$defaultTabSt : 720)), ((_options$hyphenation = options.hyphenation) === null || _options$hyphenation === void 0 ? void 0 : _options$hyphenation.autoHyphenation) !== void 0 && this.root.push(new OnOffElement("w:autoHyphenation", options.hyphenation.autoHyphenation)), ((_options$hyphenation2 = options.hyphenation) === null || _options$hyphenation2 === void 0 ? void 0 : _options$hyphenation2.consecutiveHyphenLimit) !== void 0 && this.root.push(new NumberValueElement("w:consecutiveHyphenLimit", options.hyphenation.consecutiveHyphenLimit)), ((_options$hyphenation3 = options.hyphenation) === null || _options$hyphenation3 === void 0 ? void 0 : _options$hyphenation3.hyphenationZone) !== void 0 && this.root.push(new NumberValueElement("w:hyphenationZone", options.hyphenation.hyphenationZone)), ((_options$hyphenation4 = options.hyphenation) === null || _options$hyphenation4 === void 0 ? void 0 : _options$hyphenation4.doNotHyphenateCaps) !== void 0 && this.root.push(new OnOffElement("w:doNotHyphenateCaps", options.hyphenation.doNotHyphenateCaps)), options.evenAndOddHeaders !== void 0 && this.root.push(new OnOffElement("w:evenAndOddHeaders", options.evenAndOddHeaders)), options.updateFields !== void 0 && this.root.push(new OnOffElement("w:updateFields", options.updateFields)), this.root.push(new Compatibility(_objectSpread2(_objectSpread2({}, (_options$compatibilit = options.compatibility) !== null && _options$compatibilit !== void 0 ? _options$compatibilit : {}), {}, { version: (_ref = (_options$compatibilit2 = (_options$compatibilit3 = options.compatibility) === null || _options$compatibilit3 === void 0 ? void 0 : _options$compatibilit3.version) !== null && _options$compatibilit2 !== void 0 ? _options$compatibilit2 : options.compatibilityModeVersion) !== null && _ref !== void 0 ? _ref : 15 })));
  }
}, ComponentAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", { val: "w:val" });
  }
}, Name = class extends XmlComponent {
  constructor(value) {
    super("w:name"), this.root.push(new ComponentAttributes({ val: value }));
  }
}, UiPriority = class extends XmlComponent {
  constructor(value) {
    super("w:uiPriority"), this.root.push(new ComponentAttributes({ val: decimalNumber(value) }));
  }
}, StyleAttributes = class extends XmlAttributeComponent {
  constructor(..._args) {
    super(..._args), _defineProperty(this, "xmlKeys", {
      type: "w:type",
      styleId: "w:styleId",
      default: "w:default",
      customStyle: "w:customStyle"
    });
  }
}, Style = class extends XmlComponent {
  constructor(attributes, options) {
    super("w:style"), this.root.push(new StyleAttributes(attributes)), options.name && this.root.push(new Name(options.name)), options.basedOn && options.basedOn !== attributes.styleId && this.root.push(new StringValueElement("w:basedOn", options.basedOn)), options.next && this.root.push(new StringValueElement("w:next", options.next)), options.link && this.root.push(new StringValueElement("w:link", options.link)), options.uiPriority !== void 0 && this.root.push(new UiPriority(options.uiPriority)), options.semiHidden !== void 0 && this.root.push(new OnOffElement("w:semiHidden", options.semiHidden)), options.unhideWhenUsed !== void 0 && this.root.push(new OnOffElement("w:unhideWhenUsed", options.unhideWhenUsed)), options.quickFormat !== void 0 && this.root.push(new OnOffElement("w:qFormat", options.quickFormat));
  }
}, StyleForParagraph = class extends Style {
  constructor(options) {
    super({
      type: "paragraph",
      styleId: options.id
    }, options), _defineProperty(this, "paragraphProperties", void 0), _defineProperty(this, "runProperties", void 0), this.paragraphProperties = new ParagraphProperties(options.paragraph, {
      implicitListParagraphStyle: !1,
      inListOrder: !1
    }), this.runProperties = new RunProperties(options.run), this.root.push(this.paragraphProperties), this.root.push(this.runProperties);
  }
}, StyleForCharacter = class extends Style {
  constructor(options) {
    super({
      type: "character",
      styleId: options.id
    }, _objectSpread2({
      uiPriority: 99,
      unhideWhenUsed: !0
    }, options)), _defineProperty(this, "runProperties", void 0), this.runProperties = new RunProperties(options.run), this.root.push(this.runProperties);
  }
}, HeadingStyle = class extends StyleForParagraph {
  constructor(options) {
    super(_objectSpread2({
      basedOn: "Normal",
      next: "Normal",
      quickFormat: !0
    }, options));
  }
}, TitleStyle = class extends HeadingStyle {
  constructor(options) {
    super(_objectSpread2({
      id: "Title",
      name: "Title"
    }, options));
  }
}, Heading1Style = class extends HeadingStyle {
  constructor(options) {
    super(_objectSpread2({
      id: "Heading1",
      name: "Heading 1"
    }, options));
  }
}, Heading2Style = class extends HeadingStyle {
  constructor(options) {
    super(_objectSpread2({
      id: "Heading2",
      name: "Heading 2"
    }, options));
  }
}, Heading3Style = class extends HeadingStyle {
  constructor(options) {
    super(_objectSpread2({
      id: "Heading3",
      name: "Heading 3"
    }, options));
  }
}, Heading4Style = class extends HeadingStyle {
  constructor(options) {
    super(_objectSpread2({
      id: "Heading4",
      name: "Heading 4"
    }, options));
  }
}, Heading5Style = class extends HeadingStyle {
  constructor(options) {
    super(_objectSpread2({
      id: "Heading5",
      name: "Heading 5"
    }, options));
  }
}, Heading6Style = class extends HeadingStyle {
  constructor(options) {
    super(_objectSpread2({
      id: "Heading6",
      name: "Heading 6"
    }, options));
  }
}, StrongStyle = class extends HeadingStyle {
  constructor(options) {
    super(_objectSpread2({
      id: "Strong",
      name: "Strong"
    }, options));
  }
}, ListParagraph = class extends StyleForParagraph {
  constructor(options) {
    super(_objectSpread2({
      id: "ListParagraph",
      name: "List Paragraph",
      basedOn: "Normal",
      quickFormat: !0
    }, options));
  }
}, CaptionStyle = class extends StyleForParagraph {
  constructor(options) {
    super(_objectSpread2({
      id: "Caption",
      name: "caption",
      basedOn: "Normal",
      next: "Normal",
      uiPriority: 35,
      semiHidden: !0,
      unhideWhenUsed: !0,
      quickFormat: !0,
      paragraph: { spacing: { after: 200 } },
      run: {
        italics: !0,
        color: { theme: "dark2" },
        size: 18
      }
    }, options));
  }
}, BibliographyStyle = class extends StyleForParagraph {
  constructor(options) {
    super(_objectSpread2({
      id: "Bibliography",
      name: "Bibliography",
      basedOn: "Normal",
      next: "Normal",
      uiPriority: 37,
      unhideWhenUsed: !0
    }, options));
  }
}, tableOfContentsStyles = /* @__PURE__ */ new WeakSet(), isDefaultTableOfContentsStyle = (style) => tableOfContentsStyles.has(style), TableOfContentsStyle = class extends StyleForParagraph {
  /**
  * @param level - The level of the entries, 1 to 9
  * @param levelIndent - How much more each level is indented than the level above, in twips
  */
  constructor(level, levelIndent) {
    super({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: "Normal",
      next: "Normal",
      uiPriority: 39,
      semiHidden: !0,
      unhideWhenUsed: !0,
      paragraph: _objectSpread2({ spacing: { after: 100 } }, level > 1 ? { indent: { left: (level - 1) * levelIndent } } : {})
    });
  }
  prepForXml(context) {
    let xml = super.prepForXml(context);
    return tableOfContentsStyles.add(xml), xml;
  }
}, FootnoteText = class extends StyleForParagraph {
  constructor(options) {
    super(_objectSpread2({
      id: "FootnoteText",
      name: "footnote text",
      link: "FootnoteTextChar",
      basedOn: "Normal",
      uiPriority: 99,
      semiHidden: !0,
      unhideWhenUsed: !0,
      paragraph: { spacing: {
        after: 0,
        line: 240,
        lineRule: LineRuleType.AUTO
      } },
      run: { size: 20 }
    }, options));
  }
}, FootnoteReferenceStyle = class extends StyleForCharacter {
  constructor(options) {
    super(_objectSpread2({
      id: "FootnoteReference",
      name: "footnote reference",
      basedOn: "DefaultParagraphFont",
      semiHidden: !0,
      run: { superScript: !0 }
    }, options));
  }
}, FootnoteTextChar = class extends StyleForCharacter {
  constructor(options) {
    super(_objectSpread2({
      id: "FootnoteTextChar",
      name: "Footnote Text Char",
      basedOn: "DefaultParagraphFont",
      link: "FootnoteText",
      semiHidden: !0,
      run: { size: 20 }
    }, options));
  }
}, EndnoteText = class extends StyleForParagraph {
  constructor(options) {
    super(_objectSpread2({
      id: "EndnoteText",
      name: "endnote text",
      link: "EndnoteTextChar",
      basedOn: "Normal",
      uiPriority: 99,
      semiHidden: !0,
      unhideWhenUsed: !0,
      paragraph: { spacing: {
        after: 0,
        line: 240,
        lineRule: LineRuleType.AUTO
      } },
      run: { size: 20 }
    }, options));
  }
}, EndnoteReferenceStyle = class extends StyleForCharacter {
  constructor(options) {
    super(_objectSpread2({
      id: "EndnoteReference",
      name: "endnote reference",
      basedOn: "DefaultParagraphFont",
      semiHidden: !0,
      run: { superScript: !0 }
    }, options));
  }
}, EndnoteTextChar = class extends StyleForCharacter {
  constructor(options) {
    super(_objectSpread2({
      id: "EndnoteTextChar",
      name: "Endnote Text Char",
      basedOn: "DefaultParagraphFont",
      link: "EndnoteText",
      semiHidden: !0,
      run: { size: 20 }
    }, options));
  }
}, HyperlinkStyle = class extends StyleForCharacter {
  constructor(options) {
    super(_objectSpread2({
      id: "Hyperlink",
      name: "Hyperlink",
      basedOn: "DefaultParagraphFont",
      run: {
        color: "0563C1",
        underline: { type: UnderlineType.SINGLE }
      }
    }, options));
  }
}, LineNumberStyle = class extends StyleForCharacter {
  constructor(options) {
    super(_objectSpread2({
      id: "LineNumber",
      name: "line number",
      basedOn: "DefaultParagraphFont",
      semiHidden: !0
    }, options));
  }
}, NormalTableStyle = class extends Style {
  constructor() {
    super({
      type: "table",
      styleId: "TableNormal",
      default: !0
    }, {
      name: "Normal Table",
      uiPriority: 99,
      semiHidden: !0,
      unhideWhenUsed: !0
    }), this.root.push(new TableProperties({
      indent: {
        size: 0,
        type: WidthType.DXA
      },
      cellMargin: {
        top: 0,
        left: 108,
        bottom: 0,
        right: 108
      }
    }));
  }
}, nameOf$1 = (child2) => typeof child2 == "object" ? Object.keys(child2)[0] : void 0, attributesOf = (style) => {
  var _flat$find;
  return (_flat$find = [style["w:style"]].flat().find((part) => part._attr)) === null || _flat$find === void 0 ? void 0 : _flat$find._attr;
}, styleIdOf = (style) => {
  var _attributesOf;
  return (_attributesOf = attributesOf(style)) === null || _attributesOf === void 0 ? void 0 : _attributesOf["w:styleId"];
}, styleNameOf = (style) => {
  var _flat$find2;
  let name = (_flat$find2 = [style["w:style"]].flat().find((part) => nameOf$1(part) === "w:name")) === null || _flat$find2 === void 0 || (_flat$find2 = _flat$find2["w:name"]) === null || _flat$find2 === void 0 || (_flat$find2 = _flat$find2._attr) === null || _flat$find2 === void 0 ? void 0 : _flat$find2["w:val"];
  return name === void 0 ? void 0 : String(name).toLowerCase();
}, isParagraphStyle = (child2) => {
  var _attributesOf$wType, _attributesOf2;
  return nameOf$1(child2) === "w:style" && ((_attributesOf$wType = (_attributesOf2 = attributesOf(child2)) === null || _attributesOf2 === void 0 ? void 0 : _attributesOf2["w:type"]) !== null && _attributesOf$wType !== void 0 ? _attributesOf$wType : "paragraph") === "paragraph";
}, isDefaultParagraphStyle = (child2) => {
  let attributes = isParagraphStyle(child2) ? attributesOf(child2) : void 0;
  return attributes?.["w:default"] !== void 0 && ![
    "0",
    "false",
    "off"
  ].includes(String(attributes["w:default"]));
}, markedAsDefault = (style) => ({ "w:style": [style["w:style"]].flat().map((part) => part._attr ? { _attr: _objectSpread2(_objectSpread2({}, part._attr), {}, { "w:default": "1" }) } : part) }), Styles = class extends XmlComponent {
  constructor(options) {
    if (super("w:styles"), options.initialStyles && this.root.push(options.initialStyles), options.importedStyles) for (let style of options.importedStyles) this.root.push(style);
    if (options.paragraphStyles) for (let style of options.paragraphStyles) this.root.push(new StyleForParagraph(style));
    if (options.characterStyles) for (let style of options.characterStyles) this.root.push(new StyleForCharacter(style));
  }
  /**
  * Writes the styles in the schema's order: the document defaults, the latent styles, then the styles. A style id
  * can only be used once, so a style replaces an earlier one with its id. That way external styles replace docx's
  * default styles, and paragraph and character styles replace the default and imported ones. docx's TOC 1 to TOC 9
  * styles are also replaced by a paragraph style with their name, such as a template's in another language, with an id
  * of its own. Of several document defaults, or several latent styles, the last is kept. Normal is marked as the
  * default paragraph style when no style is.
  */
  prepForXml(context) {
    let xml = super.prepForXml(context), children = xml["w:styles"];
    if (!Array.isArray(children)) return xml;
    let named = (name) => children.filter((child2) => nameOf$1(child2) === name), ids = children.map((child2) => nameOf$1(child2) === "w:style" ? styleIdOf(child2) : void 0), unique = children.filter((child2, index) => ![
      "_attr",
      "w:docDefaults",
      "w:latentStyles"
    ].includes(nameOf$1(child2)) && (ids[index] === void 0 || ids.lastIndexOf(ids[index]) === index)), otherNames = new Set(unique.filter((child2) => isParagraphStyle(child2) && !isDefaultTableOfContentsStyle(child2)).map(styleNameOf)), kept = unique.filter((child2) => !isDefaultTableOfContentsStyle(child2) || !otherNames.has(styleNameOf(child2))), styles = kept.some(isDefaultParagraphStyle) ? kept : kept.map((child2) => isParagraphStyle(child2) && styleIdOf(child2) === "Normal" ? markedAsDefault(child2) : child2);
    return { "w:styles": [
      ...named("_attr"),
      ...named("w:docDefaults").slice(-1),
      ...named("w:latentStyles").slice(-1),
      ...styles
    ] };
  }
}, ParagraphPropertiesDefaults = class extends XmlComponent {
  constructor(options) {
    super("w:pPrDefault"), this.root.push(new ParagraphProperties(options, {
      implicitListParagraphStyle: !1,
      inListOrder: !1
    }));
  }
}, RunPropertiesDefaults = class extends XmlComponent {
  constructor(options) {
    super("w:rPrDefault"), this.root.push(new RunProperties(options));
  }
}, DocumentDefaults = class extends XmlComponent {
  constructor(options) {
    super("w:docDefaults"), _defineProperty(this, "runPropertiesDefaults", void 0), _defineProperty(this, "paragraphPropertiesDefaults", void 0), this.runPropertiesDefaults = new RunPropertiesDefaults(options.run), this.paragraphPropertiesDefaults = new ParagraphPropertiesDefaults(options.paragraph), this.root.push(this.runPropertiesDefaults), this.root.push(this.paragraphPropertiesDefaults);
  }
}, ExternalStylesFactory = class {
  /**
  * Creates new Styles based on the given XML data.
  *
  * Parses the styles XML and converts them to XmlComponent instances.
  *
  * Example content from styles.xml:
  * ```xml
  * <?xml version="1.0"?>
  * <w:styles xmlns:mc="some schema" ...>
  *   <w:style w:type="paragraph" w:styleId="Heading1">
  *     <w:name w:val="heading 1"/>
  *     ...
  *   </w:style>
  *   <w:style w:type="paragraph" w:styleId="Heading2">
  *     <w:name w:val="heading 2"/>
  *     ...
  *   </w:style>
  *   <w:docDefaults>...</w:docDefaults>
  * </w:styles>
  * ```
  *
  * @param xmlData - XML string containing styles data from styles.xml
  * @returns Styles object containing all parsed styles
  * @throws Error if styles element cannot be found in the XML
  */
  newInstance(xmlData) {
    let xmlObj = parseXml(xmlData), stylesXmlElement;
    for (let xmlElm of xmlObj.elements || []) xmlElm.name === "w:styles" && (stylesXmlElement = xmlElm);
    if (stylesXmlElement === void 0) throw new Error("can not find styles element");
    let stylesElements = stylesXmlElement.elements || [];
    return {
      initialStyles: new ImportedRootElementAttributes(stylesXmlElement.attributes),
      importedStyles: stylesElements.map((childElm) => convertToXmlComponent(childElm))
    };
  }
}, tableOfContentsLevelIndentOf = (options) => {
  var _options$document;
  let size = (_options$document = options.document) === null || _options$document === void 0 || (_options$document = _options$document.run) === null || _options$document === void 0 ? void 0 : _options$document.size;
  return size === void 0 ? 200 : Math.round(typeof size == "number" ? size * 10 : universalMeasureToTwips(size));
}, createTableOfContentsStyles = (levelIndent) => ({
  tableOfContents1: new TableOfContentsStyle(1, levelIndent),
  tableOfContents2: new TableOfContentsStyle(2, levelIndent),
  tableOfContents3: new TableOfContentsStyle(3, levelIndent),
  tableOfContents4: new TableOfContentsStyle(4, levelIndent),
  tableOfContents5: new TableOfContentsStyle(5, levelIndent),
  tableOfContents6: new TableOfContentsStyle(6, levelIndent),
  tableOfContents7: new TableOfContentsStyle(7, levelIndent),
  tableOfContents8: new TableOfContentsStyle(8, levelIndent),
  tableOfContents9: new TableOfContentsStyle(9, levelIndent)
}), createDefaultStyles = (options = {}) => {
  var _options$document2;
  return _objectSpread2(_objectSpread2({
    normal: new StyleForParagraph({
      id: "Normal",
      name: "Normal",
      quickFormat: !0
    }),
    normalTable: new NormalTableStyle(),
    document: new DocumentDefaults((_options$document2 = options.document) !== null && _options$document2 !== void 0 ? _options$document2 : {}),
    title: new TitleStyle(_objectSpread2({ run: { size: 56 } }, options.title)),
    heading1: new Heading1Style(_objectSpread2({ run: {
      color: "2E74B5",
      size: 32
    } }, options.heading1)),
    heading2: new Heading2Style(_objectSpread2({ run: {
      color: "2E74B5",
      size: 26
    } }, options.heading2)),
    heading3: new Heading3Style(_objectSpread2({ run: {
      color: "1F4D78",
      size: 24
    } }, options.heading3)),
    heading4: new Heading4Style(_objectSpread2({ run: {
      color: "2E74B5",
      italics: !0
    } }, options.heading4)),
    heading5: new Heading5Style(_objectSpread2({ run: { color: "2E74B5" } }, options.heading5)),
    heading6: new Heading6Style(_objectSpread2({ run: { color: "1F4D78" } }, options.heading6)),
    strong: new StrongStyle(_objectSpread2({ run: { bold: !0 } }, options.strong)),
    listParagraph: new ListParagraph(options.listParagraph || {}),
    caption: new CaptionStyle(options.caption || {}),
    bibliography: new BibliographyStyle(options.bibliography || {})
  }, createTableOfContentsStyles(tableOfContentsLevelIndentOf(options))), {}, {
    hyperlink: new HyperlinkStyle(options.hyperlink || {}),
    footnoteReference: new FootnoteReferenceStyle(options.footnoteReference || {}),
    footnoteText: new FootnoteText(options.footnoteText || {}),
    footnoteTextChar: new FootnoteTextChar(options.footnoteTextChar || {}),
    endnoteReference: new EndnoteReferenceStyle(options.endnoteReference || {}),
    endnoteText: new EndnoteText(options.endnoteText || {}),
    endnoteTextChar: new EndnoteTextChar(options.endnoteTextChar || {}),
    lineNumber: new LineNumberStyle(options.lineNumber || {})
  });
}, DefaultStylesFactory = class {
  newInstance(options = {}) {
    return {
      initialStyles: new DocumentAttributes([
        "mc",
        "r",
        "w",
        "w14",
        "w15"
      ], "w14 w15"),
      importedStyles: Object.values(createDefaultStyles(options))
    };
  }
}, OFFICE_FONTS = {
  headings: {
    latin: "Calibri Light",
    panose: "020F0302020204030204"
  },
  body: {
    latin: "Calibri",
    panose: "020F0502020204030204"
  }
}, OFFICE_SCRIPT_FONTS = [
  [
    "Jpan",
    "\u6E38\u30B4\u30B7\u30C3\u30AF Light",
    "\u6E38\u660E\u671D"
  ],
  ["Hang", "\uB9D1\uC740 \uACE0\uB515"],
  [
    "Hans",
    "\u7B49\u7EBF Light",
    "\u7B49\u7EBF"
  ],
  ["Hant", "\u65B0\u7D30\u660E\u9AD4"],
  [
    "Arab",
    "Times New Roman",
    "Arial"
  ],
  [
    "Hebr",
    "Times New Roman",
    "Arial"
  ],
  [
    "Thai",
    "Angsana New",
    "Cordia New"
  ],
  ["Ethi", "Nyala"],
  ["Beng", "Vrinda"],
  ["Gujr", "Shruti"],
  [
    "Khmr",
    "MoolBoran",
    "DaunPenh"
  ],
  ["Knda", "Tunga"],
  ["Guru", "Raavi"],
  ["Cans", "Euphemia"],
  ["Cher", "Plantagenet Cherokee"],
  ["Yiii", "Microsoft Yi Baiti"],
  ["Tibt", "Microsoft Himalaya"],
  ["Thaa", "MV Boli"],
  ["Deva", "Mangal"],
  ["Telu", "Gautami"],
  ["Taml", "Latha"],
  ["Syrc", "Estrangelo Edessa"],
  ["Orya", "Kalinga"],
  ["Mlym", "Kartika"],
  ["Laoo", "DokChampa"],
  ["Sinh", "Iskoola Pota"],
  ["Mong", "Mongolian Baiti"],
  [
    "Viet",
    "Times New Roman",
    "Arial"
  ],
  ["Uigh", "Microsoft Uighur"],
  ["Geor", "Sylfaen"],
  ["Armn", "Arial"],
  ["Bugi", "Leelawadee UI"],
  ["Bopo", "Microsoft JhengHei"],
  ["Java", "Javanese Text"],
  ["Lisu", "Segoe UI"],
  ["Mymr", "Myanmar Text"],
  ["Nkoo", "Ebrima"],
  ["Olck", "Nirmala UI"],
  ["Osma", "Ebrima"],
  ["Phag", "Phagspa"],
  ["Syrn", "Estrangelo Edessa"],
  ["Syrj", "Estrangelo Edessa"],
  ["Syre", "Estrangelo Edessa"],
  ["Sora", "Nirmala UI"],
  ["Tale", "Microsoft Tai Le"],
  ["Talu", "Microsoft New Tai Lue"],
  ["Tfng", "Ebrima"]
], createTextFont = (name, typeface, panose) => new BuilderElement({
  name,
  attributes: {
    typeface: {
      key: "typeface",
      value: typeface
    },
    panose: {
      key: "panose",
      value: panose
    }
  }
}), themeLatinFont = (use, fonts) => {
  let font2 = fonts[use], latin = typeof font2 == "string" ? font2 : font2?.latin;
  return latin ?? OFFICE_FONTS[use].latin;
}, themeScriptFonts = (use, scripts = {}) => {
  let office = OFFICE_SCRIPT_FONTS.map(([script, headings, body = headings]) => {
    var _scripts$script;
    return [script, (_scripts$script = scripts[script]) !== null && _scripts$script !== void 0 ? _scripts$script : use === "headings" ? headings : body];
  }), officeScripts = new Set(office.map(([script]) => script));
  return [...office, ...Object.entries(scripts).filter(([script]) => !officeScripts.has(script))];
}, createFontCollection = (use, fonts) => {
  let font2 = fonts[use], { eastAsia = "", complexScript = "", scripts } = typeof font2 == "object" ? font2 : {}, latin = themeLatinFont(use, fonts), office = OFFICE_FONTS[use];
  return new BuilderElement({
    name: use === "headings" ? "a:majorFont" : "a:minorFont",
    children: [
      createTextFont("a:latin", latin, latin === office.latin ? office.panose : void 0),
      createTextFont("a:ea", eastAsia),
      createTextFont("a:cs", complexScript),
      ...themeScriptFonts(use, scripts).map(([script, typeface]) => new BuilderElement({
        name: "a:font",
        attributes: {
          script: {
            key: "script",
            value: script
          },
          typeface: {
            key: "typeface",
            value: typeface
          }
        }
      }))
    ]
  });
}, createFontScheme = (name, fonts = {}) => new BuilderElement({
  name: "a:fontScheme",
  attributes: { name: {
    key: "name",
    value: name
  } },
  children: [createFontCollection("headings", fonts), createFontCollection("body", fonts)]
}), createStyleColor = (changes = []) => new BuilderElement({
  name: "a:schemeClr",
  attributes: { value: {
    key: "val",
    value: "phClr"
  } },
  children: changes.map(([name, value]) => new BuilderElement({
    name: `a:${name}`,
    attributes: { value: {
      key: "val",
      value
    } }
  }))
}), createSolidFill = (changes) => new BuilderElement({
  name: "a:solidFill",
  children: [createStyleColor(changes)]
}), createGradientFill = (stops) => new BuilderElement({
  name: "a:gradFill",
  attributes: { rotateWithShape: {
    key: "rotWithShape",
    value: !0
  } },
  children: [new BuilderElement({
    name: "a:gsLst",
    children: stops.map((changes, index) => new BuilderElement({
      name: "a:gs",
      attributes: { position: {
        key: "pos",
        value: index * 5e4
      } },
      children: [createStyleColor(changes)]
    }))
  }), new BuilderElement({
    name: "a:lin",
    attributes: {
      angle: {
        key: "ang",
        value: 54e5
      },
      scaled: {
        key: "scaled",
        value: !1
      }
    }
  })]
}), createLine = (width) => new BuilderElement({
  name: "a:ln",
  attributes: {
    width: {
      key: "w",
      value: width
    },
    cap: {
      key: "cap",
      value: "flat"
    },
    compound: {
      key: "cmpd",
      value: "sng"
    },
    alignment: {
      key: "algn",
      value: "ctr"
    }
  },
  children: [
    createSolidFill(),
    new BuilderElement({
      name: "a:prstDash",
      attributes: { value: {
        key: "val",
        value: "solid"
      } }
    }),
    new BuilderElement({
      name: "a:miter",
      attributes: { limit: {
        key: "lim",
        value: 8e5
      } }
    })
  ]
}), createEffectStyle = (effects) => new BuilderElement({
  name: "a:effectStyle",
  children: [new BuilderElement({
    name: "a:effectLst",
    children: effects
  })]
}), createShadow = () => new BuilderElement({
  name: "a:outerShdw",
  attributes: {
    blurRadius: {
      key: "blurRad",
      value: 57150
    },
    distance: {
      key: "dist",
      value: 19050
    },
    direction: {
      key: "dir",
      value: 54e5
    },
    alignment: {
      key: "algn",
      value: "ctr"
    },
    rotateWithShape: {
      key: "rotWithShape",
      value: !1
    }
  },
  children: [new BuilderElement({
    name: "a:srgbClr",
    attributes: { value: {
      key: "val",
      value: "000000"
    } },
    children: [new BuilderElement({
      name: "a:alpha",
      attributes: { value: {
        key: "val",
        value: 63e3
      } }
    })]
  })]
}), createFormatScheme = () => new BuilderElement({
  name: "a:fmtScheme",
  attributes: { name: {
    key: "name",
    value: "Office"
  } },
  children: [
    new BuilderElement({
      name: "a:fillStyleLst",
      children: [
        createSolidFill(),
        createGradientFill([
          [
            ["lumMod", 11e4],
            ["satMod", 105e3],
            ["tint", 67e3]
          ],
          [
            ["lumMod", 105e3],
            ["satMod", 103e3],
            ["tint", 73e3]
          ],
          [
            ["lumMod", 105e3],
            ["satMod", 109e3],
            ["tint", 81e3]
          ]
        ]),
        createGradientFill([
          [
            ["satMod", 103e3],
            ["lumMod", 102e3],
            ["tint", 94e3]
          ],
          [
            ["satMod", 11e4],
            ["lumMod", 1e5],
            ["shade", 1e5]
          ],
          [
            ["lumMod", 99e3],
            ["satMod", 12e4],
            ["shade", 78e3]
          ]
        ])
      ]
    }),
    new BuilderElement({
      name: "a:lnStyleLst",
      children: [
        createLine(6350),
        createLine(12700),
        createLine(19050)
      ]
    }),
    new BuilderElement({
      name: "a:effectStyleLst",
      children: [
        createEffectStyle([]),
        createEffectStyle([]),
        createEffectStyle([createShadow()])
      ]
    }),
    new BuilderElement({
      name: "a:bgFillStyleLst",
      children: [
        createSolidFill(),
        createSolidFill([["tint", 95e3], ["satMod", 17e4]]),
        createGradientFill([
          [
            ["tint", 93e3],
            ["satMod", 15e4],
            ["shade", 98e3],
            ["lumMod", 102e3]
          ],
          [
            ["tint", 98e3],
            ["satMod", 13e4],
            ["shade", 9e4],
            ["lumMod", 103e3]
          ],
          [["shade", 63e3], ["satMod", 12e4]]
        ])
      ]
    })
  ]
}), Theme = class extends XmlComponent {
  constructor({ name = "Office Theme", colors, fonts } = {}) {
    super("a:theme"), _defineProperty(this, "colors", void 0), this.colors = themeColorValues(colors), this.root.push(new NextAttributeComponent({
      namespace: {
        key: "xmlns:a",
        value: "http://schemas.openxmlformats.org/drawingml/2006/main"
      },
      name: {
        key: "name",
        value: name
      }
    })), this.root.push(new BuilderElement({
      name: "a:themeElements",
      children: [
        createColorScheme(colors ? name : "Office", colors),
        createFontScheme(fonts ? name : "Office", fonts),
        createFormatScheme()
      ]
    })), this.root.push(new BuilderElement({ name: "a:objectDefaults" })), this.root.push(new BuilderElement({ name: "a:extraClrSchemeLst" }));
  }
  /**
  * The hex color of each of the theme's colors. The system's window text and window colors are black and white.
  */
  get Colors() {
    return this.colors;
  }
}, relationshipsPathOf = (path) => {
  let slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}, sourceOfRelationships = (path) => path.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2"), folderOf = (path) => path.slice(0, path.lastIndexOf("/") + 1), resolveTarget = (from, target) => {
  let normalized = target.replace(/\\/g, "/");
  return (normalized.startsWith("/") ? normalized : `${folderOf(from)}${normalized}`).split("/").reduce((segments, segment) => segment === "" || segment === "." ? segments : segment === ".." ? segments.slice(0, -1) : [...segments, segment], []).join("/");
}, relativeTarget = (from, to) => {
  let folders = folderOf(from).split("/").filter(Boolean), segments = to.split("/"), common = folders.findIndex((folder, index) => index >= segments.length - 1 || segments[index] !== folder), shared = common === -1 ? folders.length : common;
  return [...folders.slice(shared).map(() => ".."), ...segments.slice(shared)].join("/");
}, isSamePart = (path, other) => path.toLowerCase() === other.toLowerCase(), u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array, fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  0,
  0,
  0
]), fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  0,
  0
]), clim = new u8([
  16,
  17,
  18,
  0,
  8,
  7,
  9,
  6,
  10,
  5,
  11,
  4,
  12,
  3,
  13,
  2,
  14,
  1,
  15
]), freb = function(eb, start) {
  for (var b = new u16(31), i2 = 0; i2 < 31; ++i2) b[i2] = start += 1 << eb[i2 - 1];
  for (var r = new i32(b[30]), i2 = 1; i2 < 30; ++i2) for (var j = b[i2]; j < b[i2 + 1]; ++j) r[j] = j - b[i2] << 5 | i2;
  return {
    b,
    r
  };
}, _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r, rev = new u16(32768);
for (i = 0; i < 32768; ++i)
  x = (i & 43690) >> 1 | (i & 21845) << 1, x = (x & 52428) >> 2 | (x & 13107) << 2, x = (x & 61680) >> 4 | (x & 3855) << 4, rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
var x, i, hMap = (function(cd, mb, r) {
  for (var s = cd.length, i2 = 0, l = new u16(mb); i2 < s; ++i2) cd[i2] && ++l[cd[i2] - 1];
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) if (cd[i2])
      for (var sv = i2 << 4 | cd[i2], r_1 = mb - cd[i2], v = le[cd[i2] - 1]++ << r_1, m = v | (1 << r_1) - 1; v <= m; ++v) co[rev[v] >> rvb] = sv;
  } else
    for (co = new u16(s), i2 = 0; i2 < s; ++i2) cd[i2] && (co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2]);
  return co;
}), flt = new u8(288);
for (i = 0; i < 144; ++i) flt[i] = 8;
var i;
for (i = 144; i < 256; ++i) flt[i] = 9;
var i;
for (i = 256; i < 280; ++i) flt[i] = 7;
var i;
for (i = 280; i < 288; ++i) flt[i] = 8;
var i, fdt = new u8(32);
for (i = 0; i < 32; ++i) fdt[i] = 5;
var i, flm = /* @__PURE__ */ hMap(flt, 9, 0), flrm = /* @__PURE__ */ hMap(flt, 9, 1), fdm = /* @__PURE__ */ hMap(fdt, 5, 0), fdrm = /* @__PURE__ */ hMap(fdt, 5, 1), max = function(a) {
  for (var m = a[0], i2 = 1; i2 < a.length; ++i2) a[i2] > m && (m = a[i2]);
  return m;
}, bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
}, bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
}, shft = function(p) {
  return (p + 7) / 8 | 0;
}, slc = function(v, s, e) {
  return (s == null || s < 0) && (s = 0), (e == null || e > v.length) && (e = v.length), new u8(v.subarray(s, e));
}, ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
], err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  if (e.code = ind, Error.captureStackTrace && Error.captureStackTrace(e, err), !nt) throw e;
  return e;
}, inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l) return buf || new u8(0);
  var noBuf = !buf, resize = noBuf || st.i != 2, noSt = st.i;
  noBuf && (buf = new u8(sl * 3));
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf), buf = nbuf;
    }
  }, final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n, tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      if (pos += 3, type)
        if (type == 1) lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
        else if (type == 2) {
          var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4, tl = hLit + bits(dat, pos + 5, 31) + 1;
          pos += 14;
          for (var ldt = new u8(tl), clt = new u8(19), i2 = 0; i2 < hcLen; ++i2) clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
          pos += hcLen * 3;
          for (var clb = max(clt), clbmsk = (1 << clb) - 1, clm = hMap(clt, clb, 1), i2 = 0; i2 < tl; ) {
            var r = clm[bits(dat, pos, clbmsk)];
            pos += r & 15;
            var s = r >> 4;
            if (s < 16) ldt[i2++] = s;
            else {
              var c = 0, n = 0;
              for (s == 16 ? (n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1]) : s == 17 ? (n = 3 + bits(dat, pos, 7), pos += 3) : s == 18 && (n = 11 + bits(dat, pos, 127), pos += 7); n--; ) ldt[i2++] = c;
            }
          }
          var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
          lbt = max(lt), dbt = max(dt), lm = hMap(lt, lbt, 1), dm = hMap(dt, dbt, 1);
        } else err(1);
      else {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          noSt && err(0);
          break;
        }
        resize && cbuf(bt + l), buf.set(dat.subarray(s, t), bt), st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      }
      if (pos > tbts) {
        noSt && err(0);
        break;
      }
    }
    resize && cbuf(bt + 131072);
    for (var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1, lpos = pos; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      if (pos += c & 15, pos > tbts) {
        noSt && err(0);
        break;
      }
      if (c || err(2), sym < 256) buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2], pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        d || err(3), pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          noSt && err(0);
          break;
        }
        resize && cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          for (shift + bt < 0 && err(3); bt < dend; ++bt) buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt) buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final, lm && (final = 1, st.m = lbt, st.d = dm, st.n = dbt);
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
}, wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v, d[o + 1] |= v >> 8;
}, wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v, d[o + 1] |= v >> 8, d[o + 2] |= v >> 16;
}, hTree = function(d, mb) {
  for (var t = [], i2 = 0; i2 < d.length; ++i2) d[i2] && t.push({
    s: i2,
    f: d[i2]
  });
  var s = t.length, t2 = t.slice();
  if (!s) return {
    t: et,
    l: 0
  };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    return v[t[0].s] = 1, {
      t: v,
      l: 1
    };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  }), t.push({
    s: -1,
    f: 25001
  });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  for (t[0] = {
    s: -1,
    f: l.f + r.f,
    l,
    r
  }; i1 != s - 1; )
    l = t[t[i0].f < t[i22].f ? i0++ : i22++], r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++], t[i1++] = {
      s: -1,
      f: l.f + r.f,
      l,
      r
    };
  for (var maxSym = t2[0].s, i2 = 1; i2 < s; ++i2) t2[i2].s > maxSym && (maxSym = t2[i2].s);
  var tr = new u16(maxSym + 1), mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt = 0, lft = mbt - mb, cst = 1 << lft;
    for (t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    }); i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb)
        dt += cst - (1 << mbt - tr[i2_1]), tr[i2_1] = mb;
      else break;
    }
    for (dt >>= lft; dt > 0; ) {
      var i2_2 = t2[i2].s;
      tr[i2_2] < mb ? dt -= 1 << mb - tr[i2_2]++ - 1 : ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      tr[i2_3] == mb && (--tr[i2_3], ++dt);
    }
    mbt = mb;
  }
  return {
    t: new u8(tr),
    l: mbt
  };
}, ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
}, lc = function(c) {
  for (var s = c.length; s && !c[--s]; ) ;
  for (var cl = new u16(++s), cli = 0, cln = c[0], cls = 1, w = function(v) {
    cl[cli++] = v;
  }, i2 = 1; i2 <= s; ++i2) if (c[i2] == cln && i2 != s) ++cls;
  else {
    if (!cln && cls > 2) {
      for (; cls > 138; cls -= 138) w(32754);
      cls > 2 && (w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305), cls = 0);
    } else if (cls > 3) {
      for (w(cln), --cls; cls > 6; cls -= 6) w(8304);
      cls > 2 && (w(cls - 3 << 5 | 8208), cls = 0);
    }
    for (; cls--; ) w(cln);
    cls = 1, cln = c[i2];
  }
  return {
    c: cl.subarray(0, cli),
    n: s
  };
}, clen = function(cf, cl) {
  for (var l = 0, i2 = 0; i2 < cl.length; ++i2) l += cf[i2] * cl[i2];
  return l;
}, wfblk = function(out, pos, dat) {
  var s = dat.length, o = shft(pos + 2);
  out[o] = s & 255, out[o + 1] = s >> 8, out[o + 2] = out[o] ^ 255, out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2) out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
}, wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final), ++lf[256];
  for (var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l, _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l, _c = lc(dlt), lclt = _c.c, nlc = _c.n, _d = lc(ddt), lcdt = _d.c, ndc = _d.n, lcfreq = new u16(19), i2 = 0; i2 < lclt.length; ++i2) ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2) ++lcfreq[lcdt[i2] & 31];
  for (var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l, nlcc = 19; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc) ;
  var flen = bl + 5 << 3, ftlen = clen(lf, flt) + clen(df, fdt) + eb, dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen) return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  if (wbits(out, p, 1 + (dtlen < ftlen)), p += 2, dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257), wbits(out, p + 5, ndc - 1), wbits(out, p + 10, nlcc - 4), p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2) wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    for (var lcts = [lclt, lcdt], it = 0; it < 2; ++it)
      for (var clct = lcts[it], i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len], len > 15 && (wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12);
      }
  } else lm = flm, ll = flt, dm = fdm, dl = fdt;
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257], len > 7 && (wbits(out, p, sym >> 23 & 31), p += fleb[len]);
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst], dst > 3 && (wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst]);
    } else wbits16(out, p, lm[sym]), p += ll[sym];
  }
  return wbits16(out, p, lm[256]), p + ll[256];
}, deo = /* @__PURE__ */ new i32([
  65540,
  131080,
  131088,
  131104,
  262176,
  1048704,
  1048832,
  2114560,
  2117632
]), et = /* @__PURE__ */ new u8(0), dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length, o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post), w = o.subarray(pre, o.length - post), lst = st.l, pos = (st.r || 0) & 7;
  if (lvl) {
    pos && (w[0] = st.r >> 3);
    for (var opt = deo[lvl - 1], n = opt >> 13, c = opt & 8191, msk_1 = (1 << plvl) - 1, prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1), bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1, hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    }, syms = new i32(25e3), lf = new u16(288), df = new u16(32), lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0; i2 + 2 < s; ++i2) {
      var hv = hsh(i2), imod = i2 & 32767, pimod = head[hv];
      if (prev[imod] = pimod, head[hv] = imod, wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos), li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j) lf[j] = 0;
          for (var j = 0; j < 30; ++j) df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif))
          for (var maxn = Math.min(n, rem) - 1, maxd = Math.min(32767, i2), ml = Math.min(258, rem); dif <= maxd && --ch_1 && imod != pimod; ) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              for (var nl = 0; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl) ;
              if (nl > l) {
                if (l = nl, d = dif, nl > maxn) break;
                for (var mmd = Math.min(dif, nl - 2), md = 0, j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767, cd = ti - prev[ti] & 32767;
                  cd > md && (md = cd, pimod = ti);
                }
              }
            }
            imod = pimod, pimod = prev[imod], dif += imod - pimod & 32767;
          }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din], ++lf[257 + lin], ++df[din], wi = i2 + l, ++lc_1;
        } else
          syms[li++] = dat[i2], ++lf[dat[i2]];
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2)
      syms[li++] = dat[i2], ++lf[dat[i2]];
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos), lst || (st.r = pos & 7 | w[pos / 8 | 0] << 3, pos -= 7, st.h = head, st.p = prev, st.i = i2, st.w = wi);
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      e >= s && (w[pos / 8 | 0] = lst, e = s), pos = wfblk(w, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
}, crct = /* @__PURE__ */ (function() {
  for (var t = /* @__PURE__ */ new Int32Array(256), i2 = 0; i2 < 256; ++i2) {
    for (var c = i2, k = 9; --k; ) c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})(), crc = function() {
  var c = -1;
  return {
    p: function(d) {
      for (var cr = c, i2 = 0; i2 < d.length; ++i2) cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
}, dopt = function(dat, opt, pre, post, st) {
  if (!st && (st = { l: 1 }, opt.dictionary)) {
    var dict = opt.dictionary.subarray(-32768), newDat = new u8(dict.length + dat.length);
    newDat.set(dict), newDat.set(dat, dict.length), dat = newDat, st.w = dict.length;
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
}, mrg = function(a, b) {
  var o = {};
  for (var k in a) o[k] = a[k];
  for (var k in b) o[k] = b[k];
  return o;
}, b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
}, b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
}, b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
}, wbytes = function(d, b, v) {
  for (; v; ++b) d[b] = v, v >>>= 8;
};
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var fltn = function(d, p, t, o) {
  for (var k in d) {
    var val = d[k], n = p + k, op = o;
    Array.isArray(val) && (op = mrg(o, val[1]), val = val[0]), ArrayBuffer.isView(val) ? t[n] = [val, op] : (t[n += "/"] = [new u8(0), op], fltn(val, n, t, o));
  }
}, te = typeof TextEncoder < "u" && /* @__PURE__ */ new TextEncoder(), td = typeof TextDecoder < "u" && /* @__PURE__ */ new TextDecoder();
try {
  td.decode(et, { stream: !0 });
} catch {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++], eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length) return {
      s: r,
      r: slc(d, i2 - 1)
    };
    eb ? eb == 3 ? (c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023)) : eb & 1 ? r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63) : r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) : r += String.fromCharCode(c);
  }
};
function strToU8(str, latin1) {
  if (latin1) {
    for (var ar_1 = new u8(str.length), i2 = 0; i2 < str.length; ++i2) ar_1[i2] = str.charCodeAt(i2);
    return ar_1;
  }
  if (te) return te.encode(str);
  for (var l = str.length, ar = new u8(str.length + (str.length >> 1)), ai = 0, w = function(v) {
    ar[ai++] = v;
  }, i2 = 0; i2 < l; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i2 << 1));
      n.set(ar), ar = n;
    }
    var c = str.charCodeAt(i2);
    c < 128 || latin1 ? w(c) : c < 2048 ? (w(192 | c >> 6), w(128 | c & 63)) : c > 55295 && c < 57344 ? (c = 65536 + (c & 1047552) | str.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63)) : (w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63));
  }
  return slc(ar, 0, ai);
}
function strFromU8(dat, latin1) {
  if (latin1) {
    for (var r = "", i2 = 0; i2 < dat.length; i2 += 16384) r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else {
    if (td) return td.decode(dat);
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    return r.length && err(8), s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
}, zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl, _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [
    b2(d, b + 10),
    sc,
    su,
    fn,
    es + efl + b2(d, b + 32),
    off
  ];
}, z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l, nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) if (b2(d, b) == 1) return [
      nsc ? b8(d, b + 4 + 8 * nsu) : sc,
      nsu ? b8(d, b + 4) : su,
      noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
      1
    ];
    z < 2 && err(13);
  }
  return [
    sc,
    su,
    off,
    0
  ];
}, exfl = function(ex) {
  var le = 0;
  if (ex) for (var k in ex) {
    var l = ex[k].length;
    l > 65535 && err(9), le += l + 4;
  }
  return le;
}, wzh = function(d, b, f, fn, u, c, ce, co) {
  var fl2 = fn.length, ex = f.extra, col = co && co.length, exl = exfl(ex);
  wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4, ce != null && (d[b++] = 20, d[b++] = f.os), d[b] = 20, b += 2, d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8, d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
  var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
  if ((y < 0 || y > 119) && err(10), wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4, c != -1 && (wbytes(d, b, f.crc), wbytes(d, b + 4, c < 0 ? -c - 2 : c), wbytes(d, b + 8, f.size)), wbytes(d, b + 12, fl2), wbytes(d, b + 14, exl), b += 16, ce != null && (wbytes(d, b, col), wbytes(d, b + 6, f.attrs), wbytes(d, b + 10, ce), b += 14), d.set(fn, b), b += fl2, exl) for (var k in ex) {
    var exf = ex[k], l = exf.length;
    wbytes(d, b, +k), wbytes(d, b + 2, l), d.set(exf, b + 4), b += 4 + l;
  }
  return col && (d.set(co, b), b += col), b;
}, wzf = function(o, b, c, d, e) {
  wbytes(o, b, 101010256), wbytes(o, b + 8, c), wbytes(o, b + 10, c), wbytes(o, b + 12, d), wbytes(o, b + 16, e);
};
function zipSync(data, opts) {
  opts || (opts = {});
  var r = {}, files = [];
  fltn(data, "", r, opts);
  var o = 0, tot = 0;
  for (var fn in r) {
    var _a2 = r[fn], file = _a2[0], p = _a2[1], compression = p.level == 0 ? 0 : 8, f = strToU8(fn), s = f.length, com = p.comment, m = com && strToU8(com), ms = m && m.length, exl = exfl(p.extra);
    s > 65535 && err(11);
    var d = compression ? deflateSync(file, p) : file, l = d.length, c = crc();
    c.p(file), files.push(mrg(p, {
      size: file.length,
      crc: c.d(),
      c: d,
      f,
      m,
      u: s != fn.length || m && com.length != ms,
      o,
      compression
    })), o += 30 + s + exl + l, tot += 76 + 2 * (s + exl) + (ms || 0) + l;
  }
  for (var out = new u8(tot + 22), oe = o, cdl = tot - o, i2 = 0; i2 < files.length; ++i2) {
    var f = files[i2];
    wzh(out, f.o, f, f.f, f.u, f.c.length);
    var badd = 30 + f.f.length + exfl(f.extra);
    out.set(f.c, f.o + badd), wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
  }
  return wzf(out, o, files.length, cdl, oe), out;
}
function unzipSync(data, opts) {
  for (var files = {}, e = data.length - 22; b4(data, e) != 101010256; --e) (!e || data.length - e > 65558) && err(13);
  var c = b2(data, e + 8);
  if (!c) return {};
  var o = b4(data, e + 16), z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792, z && (c = b4(data, ze + 32), o = b4(data, ze + 48));
  }
  for (var fltr = opts && opts.filter, i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no, (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) && (c_2 ? c_2 == 8 ? files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) }) : err(14, "unknown compression type " + c_2) : files[fn] = slc(data, b, b + sc));
  }
  return files;
}
var bytesOf$2 = (data) => typeof data == "string" ? encodeUtf8(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data), zipFiles = (files) => zipSync(Object.fromEntries([...files].map(([path, data]) => [path, bytesOf$2(data)]))), MAX_DEFLATE_RATIO = 1032, wrongSize = (path) => /* @__PURE__ */ new Error(`Corrupted zip: ${path} isn't the size the zip file gives it`), unzipFiles = (data, include = () => !0) => {
  let sizes = /* @__PURE__ */ new Map(), compressed = 0, files = unzipSync(data, { filter: ({ name, size, originalSize }) => {
    if (name.endsWith("/") || !include(name)) return !1;
    if (compressed += size, compressed > data.length || originalSize > size * MAX_DEFLATE_RATIO) throw wrongSize(name);
    return sizes.set(name, originalSize), !0;
  } }), wrong = Object.entries(files).find(([path, file]) => file.length !== sizes.get(path));
  if (wrong !== void 0) throw wrongSize(wrong[0]);
  return new Map(Object.entries(files));
}, binaryStringOf = (data) => {
  let text = "";
  for (let start = 0; start < data.length; start += 32768) text += String.fromCharCode(...data.subarray(start, start + 32768));
  return text;
}, unsupported = (type) => /* @__PURE__ */ new Error(`${type} is not supported by this platform`), OUTPUTS = {
  uint8array: (data) => data,
  arraybuffer: (data) => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
  array: (data) => Array.from(data),
  string: binaryStringOf,
  binarystring: binaryStringOf,
  base64: (data) => btoa(binaryStringOf(data)),
  blob: (data, mimeType) => {
    if (typeof Blob > "u") throw unsupported("blob");
    return new Blob([data], { type: mimeType });
  },
  nodebuffer: (data) => {
    if (typeof Buffer > "u") throw unsupported("nodebuffer");
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  },
  text: () => {
    throw unsupported("text");
  }
}, zipOutput = (data, type, mimeType) => {
  let output = Object.prototype.hasOwnProperty.call(OUTPUTS, type.toLowerCase()) ? OUTPUTS[type.toLowerCase()] : void 0;
  if (output === void 0) throw unsupported(type);
  return output(data, mimeType);
}, COLOR_NAMES = /* @__PURE__ */ new Map([
  ["dk1", "dark1"],
  ["lt1", "light1"],
  ["dk2", "dark2"],
  ["lt2", "light2"],
  ["accent1", "accent1"],
  ["accent2", "accent2"],
  ["accent3", "accent3"],
  ["accent4", "accent4"],
  ["accent5", "accent5"],
  ["accent6", "accent6"],
  ["hlink", "hyperlink"],
  ["folHlink", "followedHyperlink"]
]), DEFAULT_SYSTEM_COLORS = /* @__PURE__ */ new Map([["dark1", "windowText"], ["light1", "window"]]);
var THEME_TYPES = /* @__PURE__ */ new Set(["http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme", "http://purl.oclc.org/ooxml/officeDocument/relationships/theme"]), localName$1 = (element) => {
  var _element$name$slice, _element$name;
  return (_element$name$slice = element == null || (_element$name = element.name) === null || _element$name === void 0 ? void 0 : _element$name.slice(element.name.indexOf(":") + 1)) !== null && _element$name$slice !== void 0 ? _element$name$slice : "";
}, childElements = (element) => {
  var _element$elements$fil, _element$elements;
  return (_element$elements$fil = element == null || (_element$elements = element.elements) === null || _element$elements === void 0 ? void 0 : _element$elements.filter((item) => item.type === "element")) !== null && _element$elements$fil !== void 0 ? _element$elements$fil : [];
}, child = (element, name) => childElements(element).find((item) => localName$1(item) === name), attribute = (element, name) => {
  var _element$attributes;
  let value = element == null || (_element$attributes = element.attributes) === null || _element$attributes === void 0 ? void 0 : _element$attributes[name];
  return value === void 0 ? void 0 : String(value);
};
var decode$1 = (bytes) => new TextDecoder(bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : "utf-8").decode(bytes);
var relatedPart = (files, from, types) => {
  let relationships = files.get(relationshipsPathOf(from)), target = attribute(relationships && childElements(child(parseXml(decode$1(relationships)), "Relationships")).find((item) => {
    var _attribute;
    return types.has((_attribute = attribute(item, "Type")) !== null && _attribute !== void 0 ? _attribute : "");
  }), "Target");
  return target === void 0 ? void 0 : resolveTarget(from, target);
}, themePathOf = (files, part) => relatedPart(files, part, THEME_TYPES);
var colorValue = (name, color, withSystemColors) => {
  let [value] = childElements(color), hex = localName$1(value) === "srgbClr" ? attribute(value, "val") : localName$1(value) === "sysClr" && (withSystemColors || attribute(value, "val") !== DEFAULT_SYSTEM_COLORS.get(name)) ? attribute(value, "lastClr") : void 0;
  return hex !== void 0 && /^[0-9A-Fa-f]{6}$/.test(hex) ? hex.toUpperCase() : void 0;
}, readColors = (scheme, withSystemColors = !1) => Object.fromEntries(childElements(scheme).flatMap((color) => {
  let name = COLOR_NAMES.get(localName$1(color)), value = name && colorValue(name, color, withSystemColors);
  return name && value ? [[name, value]] : [];
})), readThemeColorValues = (xml) => {
  let [root] = childElements(parseXml(xml)), scheme = localName$1(root) === "theme" ? child(child(root, "themeElements"), "clrScheme") : void 0;
  return scheme ? readColors(scheme, !0) : {};
};
var COMPOUND_FILE_SIGNATURE = [
  208,
  207,
  17,
  224,
  161,
  177,
  26,
  225
], File = class {
  constructor(options) {
    var _options$creator, _options$revision, _options$lastModified, _options$comments, _options$customProper, _this$macros, _options$features, _options$features2, _options$fonts, _options$hyphenation, _options$hyphenation2, _options$hyphenation3, _options$hyphenation4, _options$fonts2;
    if (_defineProperty(this, "currentRelationshipId", 1), _defineProperty(this, "documentWrapper", void 0), _defineProperty(this, "headers", []), _defineProperty(this, "footers", []), _defineProperty(this, "coreProperties", void 0), _defineProperty(this, "numbering", void 0), _defineProperty(this, "media", void 0), _defineProperty(this, "fileRelationships", void 0), _defineProperty(this, "footnotesWrapper", void 0), _defineProperty(this, "endnotesWrapper", void 0), _defineProperty(this, "settings", void 0), _defineProperty(this, "contentTypes", void 0), _defineProperty(this, "customProperties", void 0), _defineProperty(this, "appProperties", void 0), _defineProperty(this, "styles", void 0), _defineProperty(this, "comments", void 0), _defineProperty(
      this,
      /** Extended comment data for reply threading and resolved state (word/commentsExtended.xml). */
      "commentsExtended",
      void 0
    ), _defineProperty(
      this,
      /** Durable comment id mapping (word/commentsIds.xml). */
      "commentsIds",
      void 0
    ), _defineProperty(this, "fontWrapper", void 0), _defineProperty(this, "theme", void 0), _defineProperty(this, "packageParts", void 0), _defineProperty(this, "macros", void 0), _defineProperty(this, "bibliography", void 0), options.macros !== void 0) {
      let { project, events = [] } = options.macros, bytes = project instanceof Uint8Array ? project : new Uint8Array(project);
      if (!COMPOUND_FILE_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new Error("macros.project isn't a VBA project. Use createMacros from docx/macros, or the word/vbaProject.bin in a .docm rather than the .docm itself");
      let relationships = new Relationships();
      events.length > 0 && relationships.addRelationship(1, "http://schemas.microsoft.com/office/2006/relationships/wordVbaData", "vbaData.xml"), this.macros = {
        project: bytes,
        events: events.length > 0 ? createMacroEvents(events) : void 0,
        relationships
      };
    }
    if (this.coreProperties = new CoreProperties(_objectSpread2(_objectSpread2({}, options), {}, {
      creator: (_options$creator = options.creator) !== null && _options$creator !== void 0 ? _options$creator : "Un-named",
      revision: (_options$revision = options.revision) !== null && _options$revision !== void 0 ? _options$revision : 1,
      lastModifiedBy: (_options$lastModified = options.lastModifiedBy) !== null && _options$lastModified !== void 0 ? _options$lastModified : "Un-named"
    })), this.numbering = new Numbering(options.numbering ? options.numbering : { config: [] }), this.comments = new Comments((_options$comments = options.comments) !== null && _options$comments !== void 0 ? _options$comments : { children: [] }), this.comments.ThreadData && (this.commentsExtended = new CommentsExtended(this.comments.ThreadData)), this.comments.CommentIdsData && (this.commentsIds = new CommentsIds(this.comments.CommentIdsData)), this.fileRelationships = new Relationships(), this.customProperties = new CustomProperties((_options$customProper = options.customProperties) !== null && _options$customProper !== void 0 ? _options$customProper : []), this.appProperties = new AppProperties(), this.footnotesWrapper = new FootnotesWrapper(), this.endnotesWrapper = new EndnotesWrapper(), this.contentTypes = new ContentTypes({ macros: this.macros !== void 0 }), ((_this$macros = this.macros) === null || _this$macros === void 0 ? void 0 : _this$macros.events) !== void 0 && this.contentTypes.addOverride("application/vnd.ms-word.vbaData+xml", "/word/vbaData.xml"), options.bibliography !== void 0) {
      let relationships = new Relationships();
      relationships.addRelationship(1, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps", "itemProps1.xml"), this.bibliography = {
        sources: options.bibliography.sources,
        properties: createSourcesProperties(`{${uniqueUuid().toUpperCase()}}`),
        relationships
      }, this.contentTypes.addOverride("application/vnd.openxmlformats-officedocument.customXmlProperties+xml", "/customXml/itemProps1.xml");
    }
    if (this.packageParts = new PackageParts(this.contentTypes), this.documentWrapper = new DocumentWrapper({
      background: options.background,
      pageNumbers: options.pageNumbers
    }), this.settings = new Settings({
      compatibilityModeVersion: options.compatabilityModeVersion,
      compatibility: options.compatibility,
      evenAndOddHeaders: !!options.evenAndOddHeaderAndFooters,
      trackRevisions: (_options$features = options.features) === null || _options$features === void 0 ? void 0 : _options$features.trackRevisions,
      updateFields: (_options$features2 = options.features) === null || _options$features2 === void 0 ? void 0 : _options$features2.updateFields,
      embedFonts: !((_options$fonts = options.fonts) === null || _options$fonts === void 0) && _options$fonts.length ? !0 : void 0,
      defaultTabStop: options.defaultTabStop,
      protection: options.protection,
      hyphenation: {
        autoHyphenation: (_options$hyphenation = options.hyphenation) === null || _options$hyphenation === void 0 ? void 0 : _options$hyphenation.autoHyphenation,
        hyphenationZone: (_options$hyphenation2 = options.hyphenation) === null || _options$hyphenation2 === void 0 ? void 0 : _options$hyphenation2.hyphenationZone,
        consecutiveHyphenLimit: (_options$hyphenation3 = options.hyphenation) === null || _options$hyphenation3 === void 0 ? void 0 : _options$hyphenation3.consecutiveHyphenLimit,
        doNotHyphenateCaps: (_options$hyphenation4 = options.hyphenation) === null || _options$hyphenation4 === void 0 ? void 0 : _options$hyphenation4.doNotHyphenateCaps
      }
    }), this.media = new Media((extension) => this.packageParts.takePath("media", "image", extension)), options.externalStyles !== void 0) {
      var _options$styles$defau, _options$styles, _options$styles2, _options$styles3;
      let given = (_options$styles$defau = (_options$styles = options.styles) === null || _options$styles === void 0 ? void 0 : _options$styles.default) !== null && _options$styles$defau !== void 0 ? _options$styles$defau : {}, defaultStyles = Object.entries(createDefaultStyles(given)), isGiven = ([key]) => given[key] !== void 0, externalStyles = new ExternalStylesFactory().newInstance(options.externalStyles);
      this.styles = new Styles(_objectSpread2(_objectSpread2({}, externalStyles), {}, {
        paragraphStyles: (_options$styles2 = options.styles) === null || _options$styles2 === void 0 ? void 0 : _options$styles2.paragraphStyles,
        characterStyles: (_options$styles3 = options.styles) === null || _options$styles3 === void 0 ? void 0 : _options$styles3.characterStyles,
        importedStyles: [
          ...defaultStyles.filter((entry) => !isGiven(entry)).map(([, style]) => style),
          ...externalStyles.importedStyles,
          ...defaultStyles.filter(isGiven).map(([, style]) => style)
        ]
      }));
    } else if (options.styles) {
      let defaultStyles = new DefaultStylesFactory().newInstance(options.styles.default);
      this.styles = new Styles(_objectSpread2(_objectSpread2({}, defaultStyles), options.styles));
    } else {
      let stylesFactory = new DefaultStylesFactory();
      this.styles = new Styles(stylesFactory.newInstance());
    }
    this.addDefaultRelationships();
    for (let section of options.sections) this.addSection(section);
    if (options.footnotes) for (let key in options.footnotes) this.footnotesWrapper.View.createFootNote(parseFloat(key), options.footnotes[key].children);
    if (options.endnotes) for (let key in options.endnotes) this.endnotesWrapper.View.createEndnote(parseFloat(key), options.endnotes[key].children);
    this.fontWrapper = new FontWrapper((_options$fonts2 = options.fonts) !== null && _options$fonts2 !== void 0 ? _options$fonts2 : []), this.theme = new Theme(options.theme), this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme", "theme/theme1.xml"), this.macros !== void 0 && this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"), this.bibliography !== void 0 && this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml", "../customXml/item1.xml");
  }
  addSection({ headers = {}, footers = {}, children, properties }) {
    this.documentWrapper.View.Body.addSection(_objectSpread2(_objectSpread2({}, properties), {}, {
      headerWrapperGroup: {
        default: headers.default ? this.createHeader(headers.default) : void 0,
        first: headers.first ? this.createHeader(headers.first) : void 0,
        even: headers.even ? this.createHeader(headers.even) : void 0
      },
      footerWrapperGroup: {
        default: footers.default ? this.createFooter(footers.default) : void 0,
        first: footers.first ? this.createFooter(footers.first) : void 0,
        even: footers.even ? this.createFooter(footers.even) : void 0
      }
    }));
    for (let child2 of children) this.documentWrapper.View.add(child2);
  }
  createHeader(header) {
    let wrapper = new HeaderWrapper(this.media, this.currentRelationshipId++);
    for (let child2 of header.options.children) wrapper.add(child2);
    return this.addHeaderToDocument(wrapper), wrapper;
  }
  createFooter(footer) {
    let wrapper = new FooterWrapper(this.media, this.currentRelationshipId++);
    for (let child2 of footer.options.children) wrapper.add(child2);
    return this.addFooterToDocument(wrapper), wrapper;
  }
  addHeaderToDocument(header, type = HeaderFooterReferenceType.DEFAULT) {
    this.headers.push({
      header,
      type
    }), this.documentWrapper.Relationships.addRelationship(header.View.ReferenceId, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", `header${this.headers.length}.xml`), this.contentTypes.addHeader(this.headers.length);
  }
  addFooterToDocument(footer, type = HeaderFooterReferenceType.DEFAULT) {
    this.footers.push({
      footer,
      type
    }), this.documentWrapper.Relationships.addRelationship(footer.View.ReferenceId, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", `footer${this.footers.length}.xml`), this.contentTypes.addFooter(this.footers.length);
  }
  addDefaultRelationships() {
    this.fileRelationships.addRelationship(1, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"), this.fileRelationships.addRelationship(2, "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"), this.fileRelationships.addRelationship(3, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"), this.fileRelationships.addRelationship(4, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml"), this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"), this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "numbering.xml"), this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes", "footnotes.xml"), this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes", "endnotes.xml"), this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml"), this.comments.IsEmpty || (this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "comments.xml"), this.contentTypes.addComments()), this.commentsExtended && (this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml"), this.contentTypes.addCommentsExtended()), this.commentsIds && (this.documentWrapper.Relationships.addRelationship(this.currentRelationshipId++, "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "commentsIds.xml"), this.contentTypes.addCommentsIds());
  }
  get Document() {
    return this.documentWrapper;
  }
  get Styles() {
    return this.styles;
  }
  get CoreProperties() {
    return this.coreProperties;
  }
  get Numbering() {
    return this.numbering;
  }
  get Media() {
    return this.media;
  }
  get FileRelationships() {
    return this.fileRelationships;
  }
  get Headers() {
    return this.headers.map((item) => item.header);
  }
  get Footers() {
    return this.footers.map((item) => item.footer);
  }
  get ContentTypes() {
    return this.contentTypes;
  }
  get CustomProperties() {
    return this.customProperties;
  }
  get AppProperties() {
    return this.appProperties;
  }
  get FootNotes() {
    return this.footnotesWrapper;
  }
  get Endnotes() {
    return this.endnotesWrapper;
  }
  get Settings() {
    return this.settings;
  }
  get Comments() {
    return this.comments;
  }
  /** Extended comments part for reply threading. Undefined when no comment threads exist. */
  get CommentsExtended() {
    return this.commentsExtended;
  }
  /** Durable comment id part. Undefined when no comment carries a durableId. */
  get CommentsIds() {
    return this.commentsIds;
  }
  get FontTable() {
    return this.fontWrapper;
  }
  /** The document's theme (word/theme/theme1.xml). */
  get Theme() {
    return this.theme;
  }
  /** The parts that drawings, such as charts, add to the package when it is written. */
  get PackageParts() {
    return this.packageParts;
  }
  /**
  * The document's macros, when it has any: its VBA project (word/vbaProject.bin), the events of the document it
  * handles (word/vbaData.xml), and the project's relationships, to the events.
  */
  get Macros() {
    return this.macros;
  }
  /**
  * The document's sources, when it has a bibliography: the part they're in (customXml/item1.xml), its properties
  * (customXml/itemProps1.xml), and its relationships, to its properties.
  */
  get Bibliography() {
    return this.bibliography;
  }
};
var Footer = class {
  constructor(options = { children: [] }) {
    _defineProperty(this, "options", void 0), this.options = options;
  }
};
var obfuscatedStartOffset = 0, obfuscatedEndOffset = 32, guidSize = 32, obfuscate = (buf, fontKey) => {
  let guid = fontKey.replace(/-/g, "");
  if (guid.length !== guidSize) throw new Error(`Error: Cannot extract GUID from font filename: ${fontKey}`);
  let hexNumbers = guid.replace(/(..)/g, "$1 ").trim().split(" ").map((hexString) => parseInt(hexString, 16));
  hexNumbers.reverse();
  let obfuscatedBytes = buf.slice(obfuscatedStartOffset, obfuscatedEndOffset).map((byte, i2) => byte ^ hexNumbers[i2 % hexNumbers.length]), out = new Uint8Array(obfuscatedStartOffset + obfuscatedBytes.length + Math.max(0, buf.length - obfuscatedEndOffset));
  return out.set(buf.slice(0, obfuscatedStartOffset)), out.set(obfuscatedBytes, obfuscatedStartOffset), out.set(buf.slice(obfuscatedEndOffset), obfuscatedStartOffset + obfuscatedBytes.length), out;
}, Formatter = class {
  /**
  * Formats an XML component into a serializable object.
  *
  * @param input - The XML component to format
  * @param context - The context containing file state and relationships
  * @returns A serializable XML object structure
  * @throws Error if the component cannot be formatted correctly
  */
  format(input, context = { stack: [] }) {
    let output = input.prepForXml(context);
    if (output) return output;
    throw Error("XMLComponent did not format correctly");
  }
}, PLACEHOLDER = /\{([^{}]+)\}/g, replacePlaceholders = (xmlData, values) => values.size === 0 ? xmlData : xmlData.replace(PLACEHOLDER, (placeholder, key) => {
  var _values$get;
  return (_values$get = values.get(key)) !== null && _values$get !== void 0 ? _values$get : placeholder;
}), findPlaceholders = (xmlData) => new Set(Array.from(xmlData.matchAll(PLACEHOLDER), ([, key]) => key)), ImageReplacer = class {
  /**
  * Replaces image placeholder tokens with relationship IDs.
  *
  * @param xmlData - The XML string containing image placeholders
  * @param images - The images the XML refers to, in the order their relationships are numbered
  * @param offset - Starting offset for relationship IDs
  * @returns XML string with placeholders replaced by relationship IDs
  */
  replace(xmlData, images, offset) {
    return replacePlaceholders(xmlData, new Map(images.map((image, i2) => [image.key, (offset + i2).toString()])));
  }
  /**
  * Finds the images referenced in the XML content.
  *
  * @param xmlData - The XML string to search for image references
  * @param media - The media collection to search within
  * @returns The images found in the XML, in the order they were added to the media
  */
  getMediaData(xmlData, media) {
    let placeholders = findPlaceholders(xmlData);
    return media.Entries.filter(([key]) => placeholders.has(key)).map(([key, { fileName }]) => ({
      key,
      fileName
    }));
  }
}, NumberingReplacer = class {
  /**
  * Replaces numbering placeholder tokens with actual numbering IDs.
  *
  * Placeholder format: {reference-instance} where reference identifies the
  * numbering definition and instance is the specific usage.
  *
  * @param xmlData - The XML string containing numbering placeholders
  * @param concreteNumberings - Array of concrete numbering instances to replace
  * @returns XML string with placeholders replaced by numbering IDs
  */
  replace(xmlData, concreteNumberings) {
    return replacePlaceholders(xmlData, new Map(concreteNumberings.map(({ reference, instance, restartedListId, numId }) => [listKey(reference, instance, restartedListId), numId.toString()])));
  }
}, formatter$4 = new Formatter(), xmlifyPart = (file, content, prettify, relationships, standalone = !0) => stringifyXmlable(formatter$4.format(content, {
  viewWrapper: {
    View: content,
    Relationships: relationships
  },
  file,
  stack: []
}), {
  indent: prettify,
  declaration: standalone ? {
    standalone: "yes",
    encoding: "UTF-8"
  } : { encoding: "UTF-8" }
}), xmlifyPackagePart = (file, part, path, prettify) => {
  let { content } = part.options;
  if (content instanceof Uint8Array) return [{
    data: content,
    path: `word/${path}`
  }];
  if ("files" in content) return [{
    data: zipFiles(content.files.map(({ path: filePath, content: fileContent }) => [filePath, fileContent instanceof Uint8Array ? fileContent : xmlifyPart(file, fileContent, prettify, new Relationships())])),
    path: `word/${path}`
  }];
  let relationships = file.PackageParts.createRelationships(path), data = xmlifyPart(file, content, prettify, relationships), folder = path.slice(0, path.lastIndexOf("/")), name = path.slice(path.lastIndexOf("/") + 1);
  return [{
    data,
    path: `word/${path}`
  }, ...relationships.RelationshipCount > 0 ? [{
    data: xmlifyPart(file, relationships, prettify, relationships, !1),
    path: `word/${folder}/_rels/${name}.rels`
  }] : []];
}, xmlifyPackageParts = (file, prettify, from = 0) => {
  let parts = file.PackageParts.Array.slice(from);
  return parts.length === 0 ? [] : [...parts.flatMap(({ part, path }) => xmlifyPackagePart(file, part, path, prettify)), ...xmlifyPackageParts(file, prettify, from + parts.length)];
}, _excluded = ["PackageParts"], Compiler = class {
  /**
  * Creates a new Compiler instance.
  *
  * Initializes the formatter and replacer utilities used during compilation.
  */
  constructor() {
    _defineProperty(this, "formatter", void 0), _defineProperty(this, "imageReplacer", void 0), _defineProperty(this, "numberingReplacer", void 0), this.formatter = new Formatter(), this.imageReplacer = new ImageReplacer(), this.numberingReplacer = new NumberingReplacer();
  }
  /**
  * Compiles a File object into the files of the complete OOXML package, which the Packer zips.
  *
  * This method orchestrates the entire compilation process:
  * - Converts all document components to XML
  * - Manages image and numbering placeholder replacements
  * - Creates relationship files
  * - Packages fonts and media files
  *
  * @param file - The document to compile
  * @param prettifyXml - Optional XML formatting style
  * @param overrides - Optional custom XML file overrides
  * @returns The package's files by their paths, in the order they are zipped
  */
  compile(file, prettifyXml, overrides = []) {
    let _this$xmlifyFile = this.xmlifyFile(file, prettifyXml), { PackageParts: packageParts } = _this$xmlifyFile, xmlifiedFileMapping = _objectWithoutProperties(_this$xmlifyFile, _excluded), xmlifiedFiles = Object.values(xmlifiedFileMapping).flatMap((obj) => Array.isArray(obj) ? obj : [obj]);
    return new Map([
      ...xmlifiedFiles.map(({ path, data }) => [path, data]),
      ...packageParts.map(({ path, data }) => [path, data]),
      ...overrides.map(({ path, data }) => [path, data]),
      ...file.Macros === void 0 ? [] : [["word/vbaProject.bin", file.Macros.project]],
      ...file.Media.Array.map((data) => [`word/media/${data.fileName}`, data.data]),
      ...file.FontTable.files.map(({ data: buffer, fontKey }, i2) => [`word/fonts/font${i2 + 1}.odttf`, obfuscate(buffer, fontKey)])
    ]);
  }
  xmlifyFile(file, prettify) {
    var _file$Macros;
    let documentXmlData = stringifyXmlable(this.formatter.format(file.Document.View, {
      viewWrapper: file.Document,
      file,
      stack: []
    }), {
      indent: prettify,
      declaration: {
        standalone: "yes",
        encoding: "UTF-8"
      }
    }), commentXmlData = stringifyXmlable(this.formatter.format(file.Comments, {
      viewWrapper: {
        View: file.Comments,
        Relationships: file.Comments.Relationships
      },
      file,
      stack: []
    }), {
      indent: prettify,
      declaration: {
        standalone: "yes",
        encoding: "UTF-8"
      }
    }), footnoteXmlData = stringifyXmlable(this.formatter.format(file.FootNotes.View, {
      viewWrapper: file.FootNotes,
      file,
      stack: []
    }), {
      indent: prettify,
      declaration: {
        standalone: "yes",
        encoding: "UTF-8"
      }
    }), endnoteXmlData = stringifyXmlable(this.formatter.format(file.Endnotes.View, {
      viewWrapper: file.Endnotes,
      file,
      stack: []
    }), {
      indent: prettify,
      declaration: { encoding: "UTF-8" }
    }), documentRelationshipCount = file.Document.Relationships.RelationshipCount + 1, commentRelationshipCount = file.Comments.Relationships.RelationshipCount + 1, footnoteRelationshipCount = file.FootNotes.Relationships.RelationshipCount + 1, endnoteRelationshipCount = file.Endnotes.Relationships.RelationshipCount + 1, documentMediaDatas = this.imageReplacer.getMediaData(documentXmlData, file.Media), commentMediaDatas = this.imageReplacer.getMediaData(commentXmlData, file.Media), footnoteMediaDatas = this.imageReplacer.getMediaData(footnoteXmlData, file.Media), endnoteMediaDatas = this.imageReplacer.getMediaData(endnoteXmlData, file.Media);
    return _objectSpread2(_objectSpread2(_objectSpread2(_objectSpread2(_objectSpread2(_objectSpread2({
      Relationships: {
        data: (() => {
          let relationships = Relationships.copy(file.Document.Relationships);
          return documentMediaDatas.forEach((mediaData, i2) => {
            relationships.addRelationship(documentRelationshipCount + i2, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", `media/${mediaData.fileName}`);
          }), relationships.addRelationship(relationships.RelationshipCount + 1, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable", "fontTable.xml"), stringifyXmlable(this.formatter.format(relationships, {
            viewWrapper: file.Document,
            file,
            stack: []
          }), {
            indent: prettify,
            declaration: { encoding: "UTF-8" }
          });
        })(),
        path: "word/_rels/document.xml.rels"
      },
      Document: {
        data: (() => {
          let xmlData = this.imageReplacer.replace(documentXmlData, documentMediaDatas, documentRelationshipCount);
          return this.numberingReplacer.replace(xmlData, file.Numbering.ConcreteNumbering);
        })(),
        path: "word/document.xml"
      },
      Styles: {
        data: (() => {
          let xmlStyles = stringifyXmlable(this.formatter.format(file.Styles, {
            viewWrapper: file.Document,
            file,
            stack: []
          }), {
            indent: prettify,
            declaration: {
              standalone: "yes",
              encoding: "UTF-8"
            }
          });
          return this.numberingReplacer.replace(xmlStyles, file.Numbering.ConcreteNumbering);
        })(),
        path: "word/styles.xml"
      },
      Properties: {
        data: stringifyXmlable(this.formatter.format(file.CoreProperties, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "docProps/core.xml"
      },
      FileRelationships: {
        data: stringifyXmlable(this.formatter.format(file.FileRelationships, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: { encoding: "UTF-8" }
        }),
        path: "_rels/.rels"
      },
      HeaderRelationships: file.Headers.map((headerWrapper, index) => {
        let xmlData = stringifyXmlable(this.formatter.format(headerWrapper.View, {
          viewWrapper: headerWrapper,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: { encoding: "UTF-8" }
        }), mediaDatas = this.imageReplacer.getMediaData(xmlData, file.Media), relationships = Relationships.copy(headerWrapper.Relationships);
        return mediaDatas.forEach((mediaData, i2) => {
          relationships.addRelationship(i2, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", `media/${mediaData.fileName}`);
        }), {
          data: stringifyXmlable(this.formatter.format(relationships, {
            viewWrapper: headerWrapper,
            file,
            stack: []
          }), {
            indent: prettify,
            declaration: { encoding: "UTF-8" }
          }),
          path: `word/_rels/header${index + 1}.xml.rels`
        };
      }),
      FooterRelationships: file.Footers.map((footerWrapper, index) => {
        let xmlData = stringifyXmlable(this.formatter.format(footerWrapper.View, {
          viewWrapper: footerWrapper,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: { encoding: "UTF-8" }
        }), mediaDatas = this.imageReplacer.getMediaData(xmlData, file.Media), relationships = Relationships.copy(footerWrapper.Relationships);
        return mediaDatas.forEach((mediaData, i2) => {
          relationships.addRelationship(i2, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", `media/${mediaData.fileName}`);
        }), {
          data: stringifyXmlable(this.formatter.format(relationships, {
            viewWrapper: footerWrapper,
            file,
            stack: []
          }), {
            indent: prettify,
            declaration: { encoding: "UTF-8" }
          }),
          path: `word/_rels/footer${index + 1}.xml.rels`
        };
      }),
      Headers: file.Headers.map((headerWrapper, index) => {
        let tempXmlData = stringifyXmlable(this.formatter.format(headerWrapper.View, {
          viewWrapper: headerWrapper,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: { encoding: "UTF-8" }
        }), mediaDatas = this.imageReplacer.getMediaData(tempXmlData, file.Media), xmlData = this.imageReplacer.replace(tempXmlData, mediaDatas, 0);
        return {
          data: this.numberingReplacer.replace(xmlData, file.Numbering.ConcreteNumbering),
          path: `word/header${index + 1}.xml`
        };
      }),
      Footers: file.Footers.map((footerWrapper, index) => {
        let tempXmlData = stringifyXmlable(this.formatter.format(footerWrapper.View, {
          viewWrapper: footerWrapper,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: { encoding: "UTF-8" }
        }), mediaDatas = this.imageReplacer.getMediaData(tempXmlData, file.Media), xmlData = this.imageReplacer.replace(tempXmlData, mediaDatas, 0);
        return {
          data: this.numberingReplacer.replace(xmlData, file.Numbering.ConcreteNumbering),
          path: `word/footer${index + 1}.xml`
        };
      }),
      CustomProperties: {
        data: stringifyXmlable(this.formatter.format(file.CustomProperties, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "docProps/custom.xml"
      },
      AppProperties: {
        data: stringifyXmlable(this.formatter.format(file.AppProperties, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "docProps/app.xml"
      },
      FootNotes: {
        data: (() => {
          let xmlData = this.imageReplacer.replace(footnoteXmlData, footnoteMediaDatas, footnoteRelationshipCount);
          return this.numberingReplacer.replace(xmlData, file.Numbering.ConcreteNumbering);
        })(),
        path: "word/footnotes.xml"
      },
      FootNotesRelationships: {
        data: (() => {
          let relationships = Relationships.copy(file.FootNotes.Relationships);
          return footnoteMediaDatas.forEach((mediaData, i2) => {
            relationships.addRelationship(footnoteRelationshipCount + i2, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", `media/${mediaData.fileName}`);
          }), stringifyXmlable(this.formatter.format(relationships, {
            viewWrapper: file.FootNotes,
            file,
            stack: []
          }), {
            indent: prettify,
            declaration: { encoding: "UTF-8" }
          });
        })(),
        path: "word/_rels/footnotes.xml.rels"
      },
      Endnotes: {
        data: (() => {
          let xmlData = this.imageReplacer.replace(endnoteXmlData, endnoteMediaDatas, endnoteRelationshipCount);
          return this.numberingReplacer.replace(xmlData, file.Numbering.ConcreteNumbering);
        })(),
        path: "word/endnotes.xml"
      },
      EndnotesRelationships: {
        data: (() => {
          let relationships = Relationships.copy(file.Endnotes.Relationships);
          return endnoteMediaDatas.forEach((mediaData, i2) => {
            relationships.addRelationship(endnoteRelationshipCount + i2, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", `media/${mediaData.fileName}`);
          }), stringifyXmlable(this.formatter.format(relationships, {
            viewWrapper: file.Endnotes,
            file,
            stack: []
          }), {
            indent: prettify,
            declaration: { encoding: "UTF-8" }
          });
        })(),
        path: "word/_rels/endnotes.xml.rels"
      },
      Settings: {
        data: stringifyXmlable(this.formatter.format(file.Settings, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "word/settings.xml"
      }
    }, file.Comments.IsEmpty ? {} : {
      Comments: {
        data: (() => {
          let xmlData = this.imageReplacer.replace(commentXmlData, commentMediaDatas, commentRelationshipCount);
          return this.numberingReplacer.replace(xmlData, file.Numbering.ConcreteNumbering);
        })(),
        path: "word/comments.xml"
      },
      CommentsRelationships: {
        data: (() => {
          let relationships = Relationships.copy(file.Comments.Relationships);
          return commentMediaDatas.forEach((mediaData, i2) => {
            relationships.addRelationship(commentRelationshipCount + i2, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", `media/${mediaData.fileName}`);
          }), stringifyXmlable(this.formatter.format(relationships, {
            viewWrapper: {
              View: file.Comments,
              Relationships: file.Comments.Relationships
            },
            file,
            stack: []
          }), {
            indent: prettify,
            declaration: { encoding: "UTF-8" }
          });
        })(),
        path: "word/_rels/comments.xml.rels"
      }
    }), file.CommentsExtended ? { CommentsExtended: {
      data: stringifyXmlable(this.formatter.format(file.CommentsExtended, {
        viewWrapper: {
          View: file.CommentsExtended,
          Relationships: file.Comments.Relationships
        },
        file,
        stack: []
      }), {
        indent: prettify,
        declaration: {
          standalone: "yes",
          encoding: "UTF-8"
        }
      }),
      path: "word/commentsExtended.xml"
    } } : {}), file.CommentsIds ? { CommentsIds: {
      data: stringifyXmlable(this.formatter.format(file.CommentsIds, {
        viewWrapper: {
          View: file.CommentsIds,
          Relationships: file.Comments.Relationships
        },
        file,
        stack: []
      }), {
        indent: prettify,
        declaration: {
          standalone: "yes",
          encoding: "UTF-8"
        }
      }),
      path: "word/commentsIds.xml"
    } } : {}), {}, {
      FontTable: {
        data: stringifyXmlable(this.formatter.format(file.FontTable.View, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "word/fontTable.xml"
      },
      FontTableRelationships: {
        data: stringifyXmlable(this.formatter.format(file.FontTable.Relationships, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: { encoding: "UTF-8" }
        }),
        path: "word/_rels/fontTable.xml.rels"
      },
      Theme: {
        data: stringifyXmlable(this.formatter.format(file.Theme, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "word/theme/theme1.xml"
      }
    }, !((_file$Macros = file.Macros) === null || _file$Macros === void 0) && _file$Macros.events ? {
      MacroEvents: {
        data: stringifyXmlable(this.formatter.format(file.Macros.events, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "word/vbaData.xml"
      },
      MacroRelationships: {
        data: stringifyXmlable(this.formatter.format(file.Macros.relationships, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: { encoding: "UTF-8" }
        }),
        path: "word/_rels/vbaProject.bin.rels"
      }
    } : {}), file.Bibliography ? {
      BibliographySources: {
        data: stringifyXmlable(this.formatter.format(file.Bibliography.sources, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "customXml/item1.xml"
      },
      BibliographySourcesProperties: {
        data: stringifyXmlable(this.formatter.format(file.Bibliography.properties, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "no",
            encoding: "UTF-8"
          }
        }),
        path: "customXml/itemProps1.xml"
      },
      BibliographySourcesRelationships: {
        data: stringifyXmlable(this.formatter.format(file.Bibliography.relationships, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "customXml/_rels/item1.xml.rels"
      }
    } : {}), {}, {
      PackageParts: xmlifyPackageParts(file, prettify),
      Numbering: {
        data: stringifyXmlable(this.formatter.format(file.Numbering, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: {
            standalone: "yes",
            encoding: "UTF-8"
          }
        }),
        path: "word/numbering.xml"
      },
      ContentTypes: {
        data: stringifyXmlable(this.formatter.format(file.ContentTypes, {
          viewWrapper: file.Document,
          file,
          stack: []
        }), {
          indent: prettify,
          declaration: { encoding: "UTF-8" }
        }),
        path: "[Content_Types].xml"
      }
    });
  }
}, import_events = (/* @__PURE__ */ __commonJSMin(((exports, module) => {
  var R = typeof Reflect == "object" ? Reflect : null, ReflectApply = R && typeof R.apply == "function" ? R.apply : function(target, receiver, args) {
    return Function.prototype.apply.call(target, receiver, args);
  }, ReflectOwnKeys;
  R && typeof R.ownKeys == "function" ? ReflectOwnKeys = R.ownKeys : Object.getOwnPropertySymbols ? ReflectOwnKeys = function(target) {
    return Object.getOwnPropertyNames(target).concat(Object.getOwnPropertySymbols(target));
  } : ReflectOwnKeys = function(target) {
    return Object.getOwnPropertyNames(target);
  };
  function ProcessEmitWarning(warning) {
    console && console.warn && console.warn(warning);
  }
  var NumberIsNaN = Number.isNaN || function(value) {
    return value !== value;
  };
  function EventEmitter() {
    EventEmitter.init.call(this);
  }
  module.exports = EventEmitter, module.exports.once = once, EventEmitter.EventEmitter = EventEmitter, EventEmitter.prototype._events = void 0, EventEmitter.prototype._eventsCount = 0, EventEmitter.prototype._maxListeners = void 0;
  var defaultMaxListeners = 10;
  function checkListener(listener) {
    if (typeof listener != "function") throw new TypeError('The "listener" argument must be of type Function. Received type ' + typeof listener);
  }
  Object.defineProperty(EventEmitter, "defaultMaxListeners", {
    enumerable: !0,
    get: function() {
      return defaultMaxListeners;
    },
    set: function(arg) {
      if (typeof arg != "number" || arg < 0 || NumberIsNaN(arg)) throw new RangeError('The value of "defaultMaxListeners" is out of range. It must be a non-negative number. Received ' + arg + ".");
      defaultMaxListeners = arg;
    }
  }), EventEmitter.init = function() {
    (this._events === void 0 || this._events === Object.getPrototypeOf(this)._events) && (this._events = /* @__PURE__ */ Object.create(null), this._eventsCount = 0), this._maxListeners = this._maxListeners || void 0;
  }, EventEmitter.prototype.setMaxListeners = function(n) {
    if (typeof n != "number" || n < 0 || NumberIsNaN(n)) throw new RangeError('The value of "n" is out of range. It must be a non-negative number. Received ' + n + ".");
    return this._maxListeners = n, this;
  };
  function _getMaxListeners(that) {
    return that._maxListeners === void 0 ? EventEmitter.defaultMaxListeners : that._maxListeners;
  }
  EventEmitter.prototype.getMaxListeners = function() {
    return _getMaxListeners(this);
  }, EventEmitter.prototype.emit = function(type) {
    for (var args = [], i2 = 1; i2 < arguments.length; i2++) args.push(arguments[i2]);
    var doError = type === "error", events = this._events;
    if (events !== void 0) doError = doError && events.error === void 0;
    else if (!doError) return !1;
    if (doError) {
      var er;
      if (args.length > 0 && (er = args[0]), er instanceof Error) throw er;
      var err2 = /* @__PURE__ */ new Error("Unhandled error." + (er ? " (" + er.message + ")" : ""));
      throw err2.context = er, err2;
    }
    var handler = events[type];
    if (handler === void 0) return !1;
    if (typeof handler == "function") ReflectApply(handler, this, args);
    else
      for (var len = handler.length, listeners = arrayClone(handler, len), i2 = 0; i2 < len; ++i2) ReflectApply(listeners[i2], this, args);
    return !0;
  };
  function _addListener(target, type, listener, prepend) {
    var m, events, existing;
    if (checkListener(listener), events = target._events, events === void 0 ? (events = target._events = /* @__PURE__ */ Object.create(null), target._eventsCount = 0) : (events.newListener !== void 0 && (target.emit("newListener", type, listener.listener ? listener.listener : listener), events = target._events), existing = events[type]), existing === void 0)
      existing = events[type] = listener, ++target._eventsCount;
    else if (typeof existing == "function" ? existing = events[type] = prepend ? [listener, existing] : [existing, listener] : prepend ? existing.unshift(listener) : existing.push(listener), m = _getMaxListeners(target), m > 0 && existing.length > m && !existing.warned) {
      existing.warned = !0;
      var w = /* @__PURE__ */ new Error("Possible EventEmitter memory leak detected. " + existing.length + " " + String(type) + " listeners added. Use emitter.setMaxListeners() to increase limit");
      w.name = "MaxListenersExceededWarning", w.emitter = target, w.type = type, w.count = existing.length, ProcessEmitWarning(w);
    }
    return target;
  }
  EventEmitter.prototype.addListener = function(type, listener) {
    return _addListener(this, type, listener, !1);
  }, EventEmitter.prototype.on = EventEmitter.prototype.addListener, EventEmitter.prototype.prependListener = function(type, listener) {
    return _addListener(this, type, listener, !0);
  };
  function onceWrapper() {
    if (!this.fired)
      return this.target.removeListener(this.type, this.wrapFn), this.fired = !0, arguments.length === 0 ? this.listener.call(this.target) : this.listener.apply(this.target, arguments);
  }
  function _onceWrap(target, type, listener) {
    var state = {
      fired: !1,
      wrapFn: void 0,
      target,
      type,
      listener
    }, wrapped = onceWrapper.bind(state);
    return wrapped.listener = listener, state.wrapFn = wrapped, wrapped;
  }
  EventEmitter.prototype.once = function(type, listener) {
    return checkListener(listener), this.on(type, _onceWrap(this, type, listener)), this;
  }, EventEmitter.prototype.prependOnceListener = function(type, listener) {
    return checkListener(listener), this.prependListener(type, _onceWrap(this, type, listener)), this;
  }, EventEmitter.prototype.removeListener = function(type, listener) {
    var list, events, position, i2, originalListener;
    if (checkListener(listener), events = this._events, events === void 0) return this;
    if (list = events[type], list === void 0) return this;
    if (list === listener || list.listener === listener)
      --this._eventsCount === 0 ? this._events = /* @__PURE__ */ Object.create(null) : (delete events[type], events.removeListener && this.emit("removeListener", type, list.listener || listener));
    else if (typeof list != "function") {
      for (position = -1, i2 = list.length - 1; i2 >= 0; i2--) if (list[i2] === listener || list[i2].listener === listener) {
        originalListener = list[i2].listener, position = i2;
        break;
      }
      if (position < 0) return this;
      position === 0 ? list.shift() : spliceOne(list, position), list.length === 1 && (events[type] = list[0]), events.removeListener !== void 0 && this.emit("removeListener", type, originalListener || listener);
    }
    return this;
  }, EventEmitter.prototype.off = EventEmitter.prototype.removeListener, EventEmitter.prototype.removeAllListeners = function(type) {
    var listeners, events = this._events, i2;
    if (events === void 0) return this;
    if (events.removeListener === void 0)
      return arguments.length === 0 ? (this._events = /* @__PURE__ */ Object.create(null), this._eventsCount = 0) : events[type] !== void 0 && (--this._eventsCount === 0 ? this._events = /* @__PURE__ */ Object.create(null) : delete events[type]), this;
    if (arguments.length === 0) {
      var keys = Object.keys(events), key;
      for (i2 = 0; i2 < keys.length; ++i2)
        key = keys[i2], key !== "removeListener" && this.removeAllListeners(key);
      return this.removeAllListeners("removeListener"), this._events = /* @__PURE__ */ Object.create(null), this._eventsCount = 0, this;
    }
    if (listeners = events[type], typeof listeners == "function") this.removeListener(type, listeners);
    else if (listeners !== void 0) for (i2 = listeners.length - 1; i2 >= 0; i2--) this.removeListener(type, listeners[i2]);
    return this;
  };
  function _listeners(target, type, unwrap) {
    var events = target._events;
    if (events === void 0) return [];
    var evlistener = events[type];
    return evlistener === void 0 ? [] : typeof evlistener == "function" ? unwrap ? [evlistener.listener || evlistener] : [evlistener] : unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener, evlistener.length);
  }
  EventEmitter.prototype.listeners = function(type) {
    return _listeners(this, type, !0);
  }, EventEmitter.prototype.rawListeners = function(type) {
    return _listeners(this, type, !1);
  }, EventEmitter.listenerCount = function(emitter, type) {
    return typeof emitter.listenerCount == "function" ? emitter.listenerCount(type) : listenerCount.call(emitter, type);
  }, EventEmitter.prototype.listenerCount = listenerCount;
  function listenerCount(type) {
    var events = this._events;
    if (events !== void 0) {
      var evlistener = events[type];
      if (typeof evlistener == "function") return 1;
      if (evlistener !== void 0) return evlistener.length;
    }
    return 0;
  }
  EventEmitter.prototype.eventNames = function() {
    return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
  };
  function arrayClone(arr, n) {
    for (var copy = new Array(n), i2 = 0; i2 < n; ++i2) copy[i2] = arr[i2];
    return copy;
  }
  function spliceOne(list, index) {
    for (; index + 1 < list.length; index++) list[index] = list[index + 1];
    list.pop();
  }
  function unwrapListeners(arr) {
    for (var ret = new Array(arr.length), i2 = 0; i2 < ret.length; ++i2) ret[i2] = arr[i2].listener || arr[i2];
    return ret;
  }
  function once(emitter, name) {
    return new Promise(function(resolve2, reject) {
      function errorListener(err2) {
        emitter.removeListener(name, resolver), reject(err2);
      }
      function resolver() {
        typeof emitter.removeListener == "function" && emitter.removeListener("error", errorListener), resolve2([].slice.call(arguments));
      }
      eventTargetAgnosticAddListener(emitter, name, resolver, { once: !0 }), name !== "error" && addErrorHandlerIfEventEmitter(emitter, errorListener, { once: !0 });
    });
  }
  function addErrorHandlerIfEventEmitter(emitter, handler, flags) {
    typeof emitter.on == "function" && eventTargetAgnosticAddListener(emitter, "error", handler, flags);
  }
  function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
    if (typeof emitter.on == "function")
      flags.once ? emitter.once(name, listener) : emitter.on(name, listener);
    else if (typeof emitter.addEventListener == "function") emitter.addEventListener(name, function wrapListener(arg) {
      flags.once && emitter.removeEventListener(name, wrapListener), listener(arg);
    });
    else throw new TypeError('The "emitter" argument must be of type EventEmitter. Received type ' + typeof emitter);
  }
})))();
var Stream = class extends import_events.EventEmitter {
  pipe(destination, options) {
    let source = this, dest = destination, ondata = (chunk) => {
      dest.writable && dest.write(chunk) === !1 && source.pause && source.pause();
    };
    source.on("data", ondata);
    let ondrain = () => {
      source.readable && source.resume && source.resume();
    };
    dest.on("drain", ondrain), !dest._isStdio && (!options || options.end !== !1) && (source.on("end", onend), source.on("close", onclose));
    let didOnEnd = !1;
    function onend() {
      didOnEnd || (didOnEnd = !0, dest.end());
    }
    function onclose() {
      didOnEnd || (didOnEnd = !0, typeof dest.destroy == "function" && dest.destroy());
    }
    function onerror(error) {
      if (cleanup(), import_events.EventEmitter.listenerCount(this, "error") === 0) throw error;
    }
    source.on("error", onerror), dest.on("error", onerror);
    function cleanup() {
      source.removeListener("data", ondata), dest.removeListener("drain", ondrain), source.removeListener("end", onend), source.removeListener("close", onclose), source.removeListener("error", onerror), dest.removeListener("error", onerror), source.removeListener("end", cleanup), source.removeListener("close", cleanup), dest.removeListener("close", cleanup);
    }
    return source.on("end", cleanup), source.on("close", cleanup), dest.on("close", cleanup), dest.emit("pipe", source), dest;
  }
};
function asyncGeneratorStep(n, t, e, r, o, a, c) {
  try {
    var i2 = n[a](c), u = i2.value;
  } catch (n2) {
    e(n2);
    return;
  }
  i2.done ? t(u) : Promise.resolve(u).then(r, o);
}
function _asyncToGenerator(n) {
  return function() {
    var t = this, e = arguments;
    return new Promise(function(r, o) {
      var a = n.apply(t, e);
      function _next(n2) {
        asyncGeneratorStep(a, r, o, _next, _throw, "next", n2);
      }
      function _throw(n2) {
        asyncGeneratorStep(a, r, o, _next, _throw, "throw", n2);
      }
      _next(void 0);
    });
  };
}
var PrettifyType = {
  /** No prettification (smallest file size) */
  NONE: "",
  /** Indent with 2 spaces */
  WITH_2_BLANKS: "  ",
  /** Indent with 4 spaces */
  WITH_4_BLANKS: "    ",
  /** Indent with tab character */
  WITH_TAB: "	"
}, convertPrettifyType = (prettify) => prettify === !0 ? PrettifyType.WITH_2_BLANKS : prettify === !1 ? void 0 : prettify, mimeTypeOf = (file) => file.Macros === void 0 ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/vnd.ms-word.document.macroEnabled.12", Packer = class Packer2 {
  /**
  * Exports a document to the specified output format.
  *
  * @param file - The document to export
  * @param type - The output format type (e.g., "nodebuffer", "blob", "string")
  * @param prettify - Whether to prettify the XML output (boolean or PrettifyType)
  * @param overrides - Optional array of file overrides for custom XML content
  * @returns A promise resolving to the exported document in the specified format
  */
  static pack(_x, _x2, _x3) {
    var _this = this;
    return _asyncToGenerator(function* (file, type, prettify, overrides = []) {
      return zipOutput(zipFiles(_this.compiler.compile(file, convertPrettifyType(prettify), overrides)), type, mimeTypeOf(file));
    }).apply(this, arguments);
  }
  /**
  * Exports a document to a string representation.
  *
  * @param file - The document to export
  * @param prettify - Whether to prettify the XML output
  * @param overrides - Optional array of file overrides
  * @returns A promise resolving to the document as a string
  */
  static toString(file, prettify, overrides = []) {
    return Packer2.pack(file, "string", prettify, overrides);
  }
  /**
  * Exports a document to a Node.js Buffer.
  *
  * @param file - The document to export
  * @param prettify - Whether to prettify the XML output
  * @param overrides - Optional array of file overrides
  * @returns A promise resolving to the document as a Buffer
  */
  static toBuffer(file, prettify, overrides = []) {
    return Packer2.pack(file, "nodebuffer", prettify, overrides);
  }
  /**
  * Exports a document to a base64-encoded string.
  *
  * @param file - The document to export
  * @param prettify - Whether to prettify the XML output
  * @param overrides - Optional array of file overrides
  * @returns A promise resolving to the document as a base64 string
  */
  static toBase64String(file, prettify, overrides = []) {
    return Packer2.pack(file, "base64", prettify, overrides);
  }
  /**
  * Exports a document to a Blob (for browser environments).
  *
  * @param file - The document to export
  * @param prettify - Whether to prettify the XML output
  * @param overrides - Optional array of file overrides
  * @returns A promise resolving to the document as a Blob
  */
  static toBlob(file, prettify, overrides = []) {
    return Packer2.pack(file, "blob", prettify, overrides);
  }
  /**
  * Exports a document to an ArrayBuffer.
  *
  * @param file - The document to export
  * @param prettify - Whether to prettify the XML output
  * @param overrides - Optional array of file overrides
  * @returns A promise resolving to the document as an ArrayBuffer
  */
  static toArrayBuffer(file, prettify, overrides = []) {
    return Packer2.pack(file, "arraybuffer", prettify, overrides);
  }
  /**
  * Exports a document to a Node.js Stream.
  *
  * The stream gives the document as one Node.js Buffer, then ends. Where there's no Buffer, as in a browser, it
  * emits an `error` event instead, so use `toBlob` there.
  *
  * @param file - The document to export
  * @param prettify - Whether to prettify the XML output
  * @param overrides - Optional array of file overrides
  * @returns A readable stream containing the document data
  */
  static toStream(file, prettify, overrides = []) {
    let stream = new Stream(), files = this.compiler.compile(file, convertPrettifyType(prettify), overrides);
    return new Promise((resolve2) => setTimeout(resolve2)).then(() => zipOutput(zipFiles(files), "nodebuffer", mimeTypeOf(file))).then((data) => {
      stream.emit("data", data), stream.emit("end");
    }, (error) => stream.emit("error", error)), stream;
  }
};
_defineProperty(Packer, "compiler", new Compiler());
var bookmarkIdOf = (element) => {
  var _element$attributes;
  if (element.name !== "w:bookmarkStart" && element.name !== "w:bookmarkEnd") return;
  let id = Number((_element$attributes = element.attributes) === null || _element$attributes === void 0 ? void 0 : _element$attributes["w:id"]);
  return Number.isInteger(id) ? id : void 0;
}, findBookmarkIds = (element) => {
  var _element$elements;
  let id = bookmarkIdOf(element);
  return [...id === void 0 ? [] : [id], ...((_element$elements = element.elements) !== null && _element$elements !== void 0 ? _element$elements : []).flatMap(findBookmarkIds)];
}, renumberBookmarksAvoiding = (idsInDocument) => {
  let usedIds = new Set(idsInDocument), newIds = /* @__PURE__ */ new Map(), highestId = idsInDocument.reduce((highest, id) => Math.max(highest, id), 0), newIdFor = (id) => {
    let knownId = newIds.get(id);
    if (knownId !== void 0) return knownId;
    let newId = usedIds.has(id) ? highestId + 1 : id;
    return highestId = Math.max(highestId, newId), usedIds.add(newId), newIds.set(id, newId), newId;
  }, renumber = (element) => {
    let id = bookmarkIdOf(element);
    return _objectSpread2(_objectSpread2(_objectSpread2({}, element), id === void 0 ? {} : { attributes: _objectSpread2(_objectSpread2({}, element.attributes), {}, { "w:id": String(newIdFor(id)) }) }), element.elements === void 0 ? {} : { elements: element.elements.map(renumber) });
  };
  return (elements) => elements.map(renumber);
}, formatter$3 = new Formatter(), decodeUtf8 = (bytes) => new TextDecoder("utf-8", { ignoreBOM: !0 }).decode(bytes), toJson = (xmlData) => parseXml(xmlData, { keepWhitespaceText: !0 }), createTextElementContents = (text) => {
  var _textJson$elements$0$;
  return (_textJson$elements$0$ = toJson(stringifyXmlable(formatter$3.format(new Text({ text })))).elements[0].elements) !== null && _textJson$elements$0$ !== void 0 ? _textJson$elements$0$ : [];
}, patchSpaceAttribute = (element) => _objectSpread2(_objectSpread2({}, element), {}, { attributes: { "xml:space": "preserve" } }), getFirstLevelElements = (relationships, id) => {
  var _relationships$elemen, _parent$elements;
  let parent = (_relationships$elemen = relationships.elements) === null || _relationships$elemen === void 0 ? void 0 : _relationships$elemen.find((e) => e.name === id);
  return parent === void 0 ? [] : ((_parent$elements = parent.elements) !== null && _parent$elements !== void 0 || (parent.elements = []), parent.elements);
}, checkPlaceholderDelimiters = (delimiters) => {
  if (!delimiters?.start.trim() || !delimiters?.end.trim()) throw new Error("Both start and end delimiters must be non-empty strings.");
}, appendContentType = (element, contentType, extension) => {
  let relationshipElements = getFirstLevelElements(element, "Types");
  relationshipElements.some((el) => {
    var _el$attributes, _el$attributes2;
    return el.type === "element" && el.name === "Default" && (el == null || (_el$attributes = el.attributes) === null || _el$attributes === void 0 ? void 0 : _el$attributes.ContentType) === contentType && (el == null || (_el$attributes2 = el.attributes) === null || _el$attributes2 === void 0 ? void 0 : _el$attributes2.Extension) === extension;
  }) || relationshipElements.push({
    attributes: {
      ContentType: contentType,
      Extension: extension
    },
    name: "Default",
    type: "element"
  });
}, appendContentTypeOverride = (element, contentType, partName) => {
  let contentTypeElements = getFirstLevelElements(element, "Types");
  contentTypeElements.some((el) => {
    var _el$attributes3;
    return el.type === "element" && el.name === "Override" && ((_el$attributes3 = el.attributes) === null || _el$attributes3 === void 0 ? void 0 : _el$attributes3.PartName) === partName;
  }) || contentTypeElements.push({
    attributes: {
      ContentType: contentType,
      PartName: partName
    },
    name: "Override",
    type: "element"
  });
}, removeContentTypeOverride = (element, partName) => {
  var _element$elements;
  let types = (_element$elements = element.elements) === null || _element$elements === void 0 ? void 0 : _element$elements.find((el) => el.name === "Types");
  types?.elements !== void 0 && (types.elements = types.elements.filter((el) => {
    var _el$attributes$PartNa, _el$attributes4;
    return !(el.name === "Override" && String((_el$attributes$PartNa = (_el$attributes4 = el.attributes) === null || _el$attributes4 === void 0 ? void 0 : _el$attributes4.PartName) !== null && _el$attributes$PartNa !== void 0 ? _el$attributes$PartNa : "").toLowerCase() === partName.toLowerCase());
  }));
}, getIdFromRelationshipId = (relationshipId) => {
  let output = parseInt(relationshipId.substring(3), 10);
  return isNaN(output) ? 0 : output;
}, getNextRelationshipIndex = (relationships) => getFirstLevelElements(relationships, "Relationships").map((e) => {
  var _e$attributes$Id$toSt, _e$attributes;
  return getIdFromRelationshipId((_e$attributes$Id$toSt = (_e$attributes = e.attributes) === null || _e$attributes === void 0 || (_e$attributes = _e$attributes.Id) === null || _e$attributes === void 0 ? void 0 : _e$attributes.toString()) !== null && _e$attributes$Id$toSt !== void 0 ? _e$attributes$Id$toSt : "");
}).reduce((acc, curr) => Math.max(acc, curr), 0) + 1, appendRelationship = (relationships, id, type, target, targetMode) => {
  let relationshipElements = getFirstLevelElements(relationships, "Relationships");
  return relationshipElements.push({
    attributes: {
      Id: `rId${id}`,
      Type: type,
      Target: target,
      TargetMode: targetMode
    },
    name: "Relationship",
    type: "element"
  }), relationshipElements;
}, createRelationshipFile = () => ({
  declaration: { attributes: {
    version: "1.0",
    encoding: "UTF-8",
    standalone: "yes"
  } },
  elements: [{
    type: "element",
    name: "Relationships",
    attributes: { xmlns: "http://schemas.openxmlformats.org/package/2006/relationships" },
    elements: []
  }]
}), CORE_PROPERTIES_RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", CORE_PROPERTIES_CONTENT_TYPE = "application/vnd.openxmlformats-package.core-properties+xml", PACKAGE_RELATIONSHIPS_PATH = "_rels/.rels", CORE_PROPERTIES_PATH = "docProps/core.xml", NAMESPACES = {
  cp: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  dc: "http://purl.org/dc/elements/1.1/"
}, ELEMENTS = {
  title: {
    namespace: "dc",
    name: "title"
  },
  subject: {
    namespace: "dc",
    name: "subject"
  },
  creator: {
    namespace: "dc",
    name: "creator"
  },
  keywords: {
    namespace: "cp",
    name: "keywords"
  },
  description: {
    namespace: "dc",
    name: "description"
  },
  lastModifiedBy: {
    namespace: "cp",
    name: "lastModifiedBy"
  },
  revision: {
    namespace: "cp",
    name: "revision"
  }
}, textOf = (value) => value === "" ? [] : [{
  type: "text",
  text: String(value)
}], localName = (element) => {
  var _element$name;
  return (_element$name = element.name) === null || _element$name === void 0 ? void 0 : _element$name.slice(element.name.indexOf(":") + 1);
}, prefixOf = (root, namespace) => {
  var _Object$entries$find;
  let declaration = (_Object$entries$find = Object.entries(_objectSpread2({}, root.attributes)).find(([name, value]) => (name === "xmlns" || name.startsWith("xmlns:")) && value === NAMESPACES[namespace])) === null || _Object$entries$find === void 0 ? void 0 : _Object$entries$find[0];
  return declaration === void 0 ? (root.attributes = _objectSpread2(_objectSpread2({}, root.attributes), {}, { [`xmlns:${namespace}`]: NAMESPACES[namespace] }), `${namespace}:`) : declaration === "xmlns" ? "" : `${declaration.slice(6)}:`;
}, decode = (bytes) => {
  let encoding = bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}, readPart = (parts, binaryParts, path) => {
  var _part$declaration;
  let bytes = binaryParts.get(path);
  if (bytes === void 0) return parts.get(path);
  let part = toJson(decode(bytes));
  return !((_part$declaration = part.declaration) === null || _part$declaration === void 0) && _part$declaration.attributes && (part.declaration.attributes.encoding = "UTF-8"), binaryParts.delete(path), parts.set(path, part), part;
}, corePropertiesPathOf = (parts) => {
  var _parts$get, _getFirstLevelElement;
  let relationships = (_parts$get = parts.get(PACKAGE_RELATIONSHIPS_PATH)) !== null && _parts$get !== void 0 ? _parts$get : createRelationshipFile(), target = (_getFirstLevelElement = getFirstLevelElements(relationships, "Relationships").find((relationship) => {
    var _relationship$attribu;
    return ((_relationship$attribu = relationship.attributes) === null || _relationship$attribu === void 0 ? void 0 : _relationship$attribu.Type) === CORE_PROPERTIES_RELATIONSHIP_TYPE;
  })) === null || _getFirstLevelElement === void 0 || (_getFirstLevelElement = _getFirstLevelElement.attributes) === null || _getFirstLevelElement === void 0 ? void 0 : _getFirstLevelElement.Target;
  return typeof target == "string" ? resolveTarget("", target) : (appendRelationship(relationships, getNextRelationshipIndex(relationships), CORE_PROPERTIES_RELATIONSHIP_TYPE, CORE_PROPERTIES_PATH), parts.set(PACKAGE_RELATIONSHIPS_PATH, relationships), CORE_PROPERTIES_PATH);
}, patchCoreProperties = (parts, binaryParts, properties, { addContentTypeOverride }) => {
  var _part$elements, _root$elements;
  let path = corePropertiesPathOf(parts), existing = readPart(parts, binaryParts, path), part = existing ?? {
    declaration: { attributes: {
      version: "1.0",
      encoding: "UTF-8",
      standalone: "yes"
    } },
    elements: [{
      type: "element",
      name: "cp:coreProperties",
      attributes: { "xmlns:cp": NAMESPACES.cp },
      elements: []
    }]
  };
  existing === void 0 && (parts.set(path, part), addContentTypeOverride(CORE_PROPERTIES_CONTENT_TYPE, `/${path}`));
  let root = (_part$elements = part.elements) === null || _part$elements === void 0 ? void 0 : _part$elements.find((element) => localName(element) === "coreProperties");
  if (root === void 0) throw new Error(`Could not find the core properties in ${path}`);
  (_root$elements = root.elements) !== null && _root$elements !== void 0 || (root.elements = []);
  for (let [key, { namespace, name }] of Object.entries(ELEMENTS)) {
    let value = properties[key];
    if (value === void 0) continue;
    let element = root.elements.find((item) => localName(item) === name);
    element ? element.elements = textOf(value) : root.elements.push({
      type: "element",
      name: `${prefixOf(root, namespace)}${name}`,
      elements: textOf(value)
    });
  }
}, DRAWINGS = /* @__PURE__ */ new Set(["wp:inline", "wp:anchor"]), ID_ELEMENTS = /* @__PURE__ */ new Set([
  "wp:docPr",
  "wps:cNvPr",
  "wpg:cNvPr"
]), REFERENCE_ELEMENTS = /* @__PURE__ */ new Set(["a:stCxn", "a:endCxn"]), idOf$1 = (element, names) => {
  var _element$name, _element$attributes;
  if (!names.has((_element$name = element.name) !== null && _element$name !== void 0 ? _element$name : "")) return;
  let id = Number((_element$attributes = element.attributes) === null || _element$attributes === void 0 ? void 0 : _element$attributes.id);
  return Number.isInteger(id) ? id : void 0;
}, findDrawingIds = (element) => {
  var _element$elements;
  let id = idOf$1(element, ID_ELEMENTS);
  return [...id === void 0 ? [] : [id], ...((_element$elements = element.elements) !== null && _element$elements !== void 0 ? _element$elements : []).flatMap(findDrawingIds)];
}, ownIdsOf = (drawing) => {
  let idsIn = (element) => {
    var _element$elements2;
    let id = idOf$1(element, ID_ELEMENTS);
    return [...id === void 0 ? [] : [id], ...((_element$elements2 = element.elements) !== null && _element$elements2 !== void 0 ? _element$elements2 : []).flatMap((child2) => {
      var _child$name;
      return DRAWINGS.has((_child$name = child2.name) !== null && _child$name !== void 0 ? _child$name : "") ? [] : idsIn(child2);
    })];
  };
  return idsIn(drawing);
}, renumberDrawingsAvoiding = (idsInDocument) => {
  let usedIds = new Set(idsInDocument), highestId = idsInDocument.reduce((highest, id) => Math.max(highest, id), 0), newIdFor = (id) => {
    let newId = usedIds.has(id) ? highestId + 1 : id;
    return highestId = Math.max(highestId, newId), usedIds.add(newId), newId;
  }, renumberDrawing = (drawing) => {
    let newIds = new Map([...new Set(ownIdsOf(drawing))].map((id) => [id, newIdFor(id)])), renumberIn = (element) => {
      var _element$name2, _idOf;
      if (element !== drawing && DRAWINGS.has((_element$name2 = element.name) !== null && _element$name2 !== void 0 ? _element$name2 : "")) return renumberDrawing(element);
      let id = (_idOf = idOf$1(element, ID_ELEMENTS)) !== null && _idOf !== void 0 ? _idOf : idOf$1(element, REFERENCE_ELEMENTS), newId = id === void 0 ? void 0 : newIds.get(id);
      return _objectSpread2(_objectSpread2(_objectSpread2({}, element), newId === void 0 ? {} : { attributes: _objectSpread2(_objectSpread2({}, element.attributes), {}, { id: String(newId) }) }), element.elements === void 0 ? {} : { elements: element.elements.map(renumberIn) });
    };
    return renumberIn(drawing);
  }, renumber = (element) => {
    var _element$name3;
    return DRAWINGS.has((_element$name3 = element.name) !== null && _element$name3 !== void 0 ? _element$name3 : "") ? renumberDrawing(element) : _objectSpread2(_objectSpread2({}, element), element.elements === void 0 ? {} : { elements: element.elements.map(renumber) });
  };
  return (elements) => elements.map(renumber);
}, PatchType = {
  /** Replace entire file-level elements (e.g., whole paragraphs) */
  DOCUMENT: "file",
  /** Replace content within paragraphs (inline replacement) */
  PARAGRAPH: "paragraph",
  /**
  * Repeat the rows of a table that hold the placeholder's fields, such as `{{items.name}}`, once for each row of
  * data. See {@link TableRowsPatch}
  */
  TABLE_ROWS: "tableRows",
  /**
  * Change a drawing whose alt text holds the placeholder, and the parts it refers to, such as the data of a chart made
  * in Word. See {@link DrawingPatch}
  */
  DRAWING: "drawing"
};
var DRAWING_PROPERTIES = /* @__PURE__ */ new Map([
  ["wp:inline", "wp:docPr"],
  ["wp:anchor", "wp:docPr"],
  ["wpg:graphicFrame", "wpg:cNvPr"],
  ["wpc:graphicFrame", "wpg:cNvPr"]
]), findDrawings = (element) => {
  var _element$elements;
  return ((_element$elements = element.elements) !== null && _element$elements !== void 0 ? _element$elements : []).flatMap((child2) => {
    var _child$elements;
    let name = child2.name === void 0 ? void 0 : DRAWING_PROPERTIES.get(child2.name), properties = name === void 0 || (_child$elements = child2.elements) === null || _child$elements === void 0 ? void 0 : _child$elements.find((e) => e.name === name);
    return [...properties ? [{
      element: child2,
      properties
    }] : [], ...findDrawings(child2)];
  });
}, altTextOf = (properties) => {
  var _properties$attribute, _properties$attribute2;
  return [(_properties$attribute = properties.attributes) === null || _properties$attribute === void 0 ? void 0 : _properties$attribute.descr, (_properties$attribute2 = properties.attributes) === null || _properties$attribute2 === void 0 ? void 0 : _properties$attribute2.title].flatMap((text) => text === void 0 ? [] : [String(text)]);
}, CONTENT_TYPES$1 = "[Content_Types].xml", relationshipsIn = (relationships) => {
  var _relationships$elemen;
  if (!(!((_relationships$elemen = relationships.elements) === null || _relationships$elemen === void 0) && _relationships$elemen.some((element) => element.name === "Relationships"))) {
    var _relationships$elemen2;
    relationships.elements = [...(_relationships$elemen2 = relationships.elements) !== null && _relationships$elemen2 !== void 0 ? _relationships$elemen2 : [], ...createRelationshipFile().elements];
  }
  return getFirstLevelElements(relationships, "Relationships");
}, RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships", relationshipPrefixesIn = (element) => {
  var _element$attributes, _element$elements2;
  return /* @__PURE__ */ new Set([
    "r",
    ...Object.entries((_element$attributes = element.attributes) !== null && _element$attributes !== void 0 ? _element$attributes : {}).flatMap(([name, value]) => name.startsWith("xmlns:") && value === RELATIONSHIPS_NAMESPACE ? [name.slice(6)] : []),
    ...((_element$elements2 = element.elements) !== null && _element$elements2 !== void 0 ? _element$elements2 : []).flatMap((child2) => [...relationshipPrefixesIn(child2)])
  ]);
}, relationshipIdsIn = (element, prefixes) => {
  var _element$attributes2, _element$elements3;
  return /* @__PURE__ */ new Set([...Object.entries((_element$attributes2 = element.attributes) !== null && _element$attributes2 !== void 0 ? _element$attributes2 : {}).flatMap(([name, value]) => name.includes(":") && prefixes.has(name.slice(0, name.indexOf(":"))) ? [String(value)] : []), ...((_element$elements3 = element.elements) !== null && _element$elements3 !== void 0 ? _element$elements3 : []).flatMap((child2) => [...relationshipIdsIn(child2, prefixes)])]);
}, contentsOf = (parts, binaryParts) => {
  let has = (path) => parts.has(path) || binaryParts.has(path), findPath = (path) => {
    if (has(path)) return path;
    let decoded = (() => {
      try {
        return decodeURI(path);
      } catch {
        return;
      }
    })();
    if (decoded !== void 0 && has(decoded)) return decoded;
    let lower = path.toLowerCase();
    return [...parts.keys(), ...binaryParts.keys()].find((key) => key.toLowerCase() === lower);
  }, findRelationship = (from, id) => {
    let relationships = parts.get(relationshipsPathOf(from));
    return relationships === void 0 ? void 0 : getFirstLevelElements(relationships, "Relationships").find((relationship) => {
      var _relationship$attribu;
      return relationship.name === "Relationship" && ((_relationship$attribu = relationship.attributes) === null || _relationship$attribu === void 0 ? void 0 : _relationship$attribu.Id) === id;
    });
  }, pathOf = (from, relationship) => {
    var _relationship$attribu2, _relationship$attribu3;
    let target = (_relationship$attribu2 = relationship.attributes) === null || _relationship$attribu2 === void 0 ? void 0 : _relationship$attribu2.Target;
    return ((_relationship$attribu3 = relationship.attributes) === null || _relationship$attribu3 === void 0 ? void 0 : _relationship$attribu3.TargetMode) === "External" || target === void 0 ? void 0 : findPath(resolveTarget(from, String(target)));
  }, isReferenced = (path) => [...parts].some(([relationshipsPath, relationships]) => relationshipsPath.endsWith(".rels") && getFirstLevelElements(relationships, "Relationships").some((relationship) => pathOf(sourceOfRelationships(relationshipsPath), relationship) === path)), removeIfUnreferenced = (from, path) => {
    if (path === void 0 || path === from || path === CONTENT_TYPES$1 || path.endsWith(".rels") || isReferenced(path)) return;
    let relationships = parts.get(relationshipsPathOf(path));
    parts.delete(path), binaryParts.delete(path), parts.delete(relationshipsPathOf(path));
    let contentTypes = parts.get(CONTENT_TYPES$1);
    contentTypes !== void 0 && removeContentTypeOverride(contentTypes, `/${path}`);
    for (let relationship of relationships === void 0 ? [] : getFirstLevelElements(relationships, "Relationships")) removeIfUnreferenced(path, pathOf(path, relationship));
  };
  return {
    findRelationship,
    pathOf,
    removeIfUnreferenced,
    removeRelationships: (from, ids) => {
      var _parts$get, _relationships$elemen3;
      let relationships = (_parts$get = parts.get(relationshipsPathOf(from))) === null || _parts$get === void 0 || (_parts$get = _parts$get.elements) === null || _parts$get === void 0 ? void 0 : _parts$get.find((element) => element.name === "Relationships"), removed = ((_relationships$elemen3 = relationships?.elements) !== null && _relationships$elemen3 !== void 0 ? _relationships$elemen3 : []).filter((relationship) => {
        var _relationship$attribu4;
        return relationship.name === "Relationship" && ids.has(String((_relationship$attribu4 = relationship.attributes) === null || _relationship$attribu4 === void 0 ? void 0 : _relationship$attribu4.Id));
      });
      if (!(relationships === void 0 || removed.length === 0)) {
        relationships.elements = relationships.elements.filter((element) => !removed.includes(element));
        for (let relationship of removed) removeIfUnreferenced(from, pathOf(from, relationship));
      }
    }
  };
}, createTemplatePackage = (parts, { findRelationship, pathOf, removeIfUnreferenced }, file, context) => {
  let formatter2 = new Formatter();
  return {
    getRelatedPart: (from, relationshipId) => {
      let relationship = findRelationship(from.path, relationshipId), path = relationship === void 0 ? void 0 : pathOf(from.path, relationship);
      return path === void 0 ? void 0 : {
        path,
        xml: parts.get(path)
      };
    },
    replaceRelatedPart: (from, relationshipId, part) => {
      let path = `word/${file.PackageParts.add(part)}`, { relationshipType } = part.options, target = relativeTarget(from.path, path), relationship = relationshipId === void 0 ? void 0 : findRelationship(from.path, relationshipId);
      if (relationship === void 0) {
        var _parts$get2;
        let relationshipsPath = relationshipsPathOf(from.path), relationships = (_parts$get2 = parts.get(relationshipsPath)) !== null && _parts$get2 !== void 0 ? _parts$get2 : createRelationshipFile();
        parts.set(relationshipsPath, relationships);
        let id = relationshipId ?? `rId${getNextRelationshipIndex(relationships)}`;
        return relationshipsIn(relationships).push({
          type: "element",
          name: "Relationship",
          attributes: {
            Id: id,
            Type: relationshipType,
            Target: target
          }
        }), id;
      }
      let previous = pathOf(from.path, relationship);
      return relationship.attributes = _objectSpread2(_objectSpread2({}, Object.fromEntries(Object.entries(relationship.attributes).filter(([name]) => name !== "TargetMode"))), {}, {
        Type: relationshipType,
        Target: target
      }), removeIfUnreferenced(from.path, previous), String(relationship.attributes.Id);
    },
    format: (content) => toJson(stringifyXmlable(formatter2.format(content, context))).elements[0]
  };
}, patchDrawings = ({ parts, binaryParts, file, patches, delimiters }, createContext) => {
  let placeholders = patches.map(([key, patch]) => ({
    placeholder: `${delimiters.start}${key}${delimiters.end}`,
    patch
  })), found = [...parts].filter(([path]) => path.startsWith("word/") && !path.endsWith(".rels")).flatMap(([path, xmlPart]) => findDrawings(xmlPart).flatMap((drawing) => {
    let altText = altTextOf(drawing.properties), matches = placeholders.filter(({ placeholder }) => altText.some((text) => text.includes(placeholder)));
    if (matches.length > 1) {
      var _drawing$properties$a, _drawing$properties$a2;
      throw new Error(`The drawing "${(_drawing$properties$a = (_drawing$properties$a2 = drawing.properties.attributes) === null || _drawing$properties$a2 === void 0 ? void 0 : _drawing$properties$a2.name) !== null && _drawing$properties$a !== void 0 ? _drawing$properties$a : ""}" in ${path} has the placeholders ${matches.map(({ placeholder }) => placeholder).join(" and ")} in its alt text. A drawing can only be patched once`);
    }
    return matches.map(({ placeholder, patch }) => ({
      drawing: _objectSpread2(_objectSpread2({ placeholder }, drawing), {}, { part: {
        path,
        xml: xmlPart
      } }),
      patch
    }));
  })), contents = contentsOf(parts, binaryParts);
  for (let { drawing, patch } of found) {
    let referenced = relationshipIdsIn(drawing.element, relationshipPrefixesIn(drawing.part.xml));
    patch.patch(drawing, createTemplatePackage(parts, contents, file, createContext(drawing.part.path)));
    let used = relationshipIdsIn(drawing.part.xml, relationshipPrefixesIn(drawing.part.xml));
    contents.removeRelationships(drawing.part.path, new Set([...referenced].filter((id) => !used.has(id))));
  }
}, isStream = (data) => typeof data == "object" && data !== null && "on" in data && typeof data.on == "function", isZipArchive = (data) => typeof data == "object" && data !== null && "generateAsync" in data && typeof data.generateAsync == "function", isBlob = (data) => ["[object Blob]", "[object File]"].includes(Object.prototype.toString.call(data)), readStream = (stream) => new Promise((resolve2, reject) => {
  let chunks = [];
  stream.on("data", (chunk) => {
    ArrayBuffer.isView(chunk) ? chunks.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)) : typeof chunk == "number" ? chunks.push(chunk) : reject(/* @__PURE__ */ new TypeError(`A template stream must give bytes, but it gave a ${typeof chunk}. A stream with an encoding set gives text, so do not set one.`));
  }), stream.on("error", reject), stream.on("end", () => {
    let bytes = new Uint8Array(chunks.reduce((length, chunk) => length + (typeof chunk == "number" ? 1 : chunk.length), 0));
    chunks.reduce((offset, chunk) => typeof chunk == "number" ? (bytes[offset] = chunk, offset + 1) : (bytes.set(chunk, offset), offset + chunk.length), 0), resolve2(bytes);
  });
}), bytesOf$1 = (function() {
  var _ref = _asyncToGenerator(function* (data) {
    return isZipArchive(data) ? data.generateAsync({ type: "uint8array" }) : isStream(data) ? readStream(data) : isBlob(data) ? new Uint8Array(yield data.arrayBuffer()) : typeof data == "string" ? Uint8Array.from({ length: data.length }, (_, index) => data.charCodeAt(index)) : Array.isArray(data) ? Uint8Array.from(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  });
  return function(_x) {
    return _ref.apply(this, arguments);
  };
})(), loadZip = (function() {
  var _ref2 = _asyncToGenerator(function* (data, include) {
    return unzipFiles(yield bytesOf$1(data), include);
  });
  return function(_x2, _x3) {
    return _ref2.apply(this, arguments);
  };
})(), formatter$2 = new Formatter(), DOCUMENT_PATH$1 = "word/document.xml", FOOTNOTES = {
  path: "word/footnotes.xml",
  rootName: "w:footnotes",
  noteName: "w:footnote",
  referenceName: "w:footnoteReference",
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
  relationshipType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
  create: {
    part: () => new FootNotes(),
    mark: () => new FootnoteRefRun(),
    styles: () => [
      new FootnoteText({}),
      new FootnoteTextChar({}),
      new FootnoteReferenceStyle({})
    ]
  }
}, ENDNOTES = {
  path: "word/endnotes.xml",
  rootName: "w:endnotes",
  noteName: "w:endnote",
  referenceName: "w:endnoteReference",
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
  relationshipType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes",
  create: {
    part: () => new Endnotes(),
    mark: () => new EndnoteRefRun(),
    styles: () => [
      new EndnoteText({}),
      new EndnoteTextChar({}),
      new EndnoteReferenceStyle({})
    ]
  }
}, formatElement$1 = (component, context) => toJson(stringifyXmlable(formatter$2.format(component, context))).elements[0], findIds = (element, names) => {
  var _element$name, _element$attributes, _element$elements;
  let id = names.includes((_element$name = element.name) !== null && _element$name !== void 0 ? _element$name : "") ? Number((_element$attributes = element.attributes) === null || _element$attributes === void 0 ? void 0 : _element$attributes["w:id"]) : NaN;
  return [...Number.isInteger(id) ? [id] : [], ...((_element$elements = element.elements) !== null && _element$elements !== void 0 ? _element$elements : []).flatMap((child2) => findIds(child2, names))];
}, withMark = (paragraph2, mark) => {
  var _paragraph$elements, _elements$;
  let elements = (_paragraph$elements = paragraph2.elements) !== null && _paragraph$elements !== void 0 ? _paragraph$elements : [], index = ((_elements$ = elements[0]) === null || _elements$ === void 0 ? void 0 : _elements$.name) === "w:pPr" ? 1 : 0;
  return _objectSpread2(_objectSpread2({}, paragraph2), {}, { elements: [
    ...elements.slice(0, index),
    mark,
    ...elements.slice(index)
  ] });
}, patchNotesOfKind = (kind, notes, parts, { createContext, addContentTypeOverride, renumberBookmarks, renumberDrawings, renumberLists, useStyles }) => {
  let givenNotes = new Map(Object.entries(notes).map(([id, note]) => [Number(id), note])), carriedIds = /* @__PURE__ */ new Map(), highestGivenId = [...givenNotes.keys()].filter(Number.isFinite).reduce((highest, id) => Math.max(highest, Math.floor(id)), 0), noteOfId = /* @__PURE__ */ new Map(), highestId, renumber = (element) => {
    var _element$attributes2, _highestId;
    let note = element.name === kind.referenceName ? givenNotes.get(Number((_element$attributes2 = element.attributes) === null || _element$attributes2 === void 0 ? void 0 : _element$attributes2["w:id"])) : void 0;
    return note === void 0 ? element.elements === void 0 ? element : _objectSpread2(_objectSpread2({}, element), {}, { elements: element.elements.map(renumber) }) : (highestId = ((_highestId = highestId) !== null && _highestId !== void 0 ? _highestId : [...parts.values()].flatMap((part) => findIds(part, [kind.noteName, kind.referenceName])).reduce((highest, id) => Math.max(highest, id), 0)) + 1, noteOfId.set(highestId, note), _objectSpread2(_objectSpread2({}, element), {}, { attributes: _objectSpread2(_objectSpread2({}, element.attributes), {}, { "w:id": String(highestId) }) }));
  }, findOrAddPart = () => {
    var _parts$get;
    let relationship = getFirstLevelElements((_parts$get = parts.get(relationshipsPathOf(DOCUMENT_PATH$1))) !== null && _parts$get !== void 0 ? _parts$get : {}, "Relationships").find((element) => {
      var _element$attributes3;
      return ((_element$attributes3 = element.attributes) === null || _element$attributes3 === void 0 ? void 0 : _element$attributes3.Type) === kind.relationshipType;
    }), path = relationship ? resolveTarget(DOCUMENT_PATH$1, String(relationship.attributes.Target)) : kind.path;
    return parts.has(path) || (parts.set(path, {
      declaration: { attributes: {
        version: "1.0",
        encoding: "UTF-8",
        standalone: "yes"
      } },
      elements: [formatElement$1(kind.create.part(), createContext(path))]
    }), addContentTypeOverride(kind.contentType, `/${path}`)), relationship || createContext(DOCUMENT_PATH$1).viewWrapper.Relationships.addRelationship(uniqueId(), kind.relationshipType, relativeTarget(DOCUMENT_PATH$1, path)), path;
  };
  return {
    renumber: (elements) => elements.map(renumber),
    write: () => {
      if (noteOfId.size === 0) return;
      let path = findOrAddPart(), context = createContext(path), contentOfNote = new Map([...new Set(noteOfId.values())].map((note) => {
        let mark = formatElement$1(kind.create.mark(), context);
        return [note, useStyles(renumberLists(renumberBookmarks(note.children.map((paragraph2) => formatElement$1(paragraph2, context)).map((paragraph2, index) => index === 0 ? withMark(paragraph2, mark) : paragraph2))))];
      }));
      getFirstLevelElements(parts.get(path), kind.rootName).push(...[...noteOfId].map(([id, note]) => ({
        type: "element",
        name: kind.noteName,
        attributes: { "w:id": String(id) },
        elements: [...renumberDrawings(contentOfNote.get(note))]
      })));
      let stylesPart = parts.get("word/styles.xml");
      if (stylesPart) {
        let styles = getFirstLevelElements(stylesPart, "w:styles"), styleIds = new Set(styles.map((style) => {
          var _style$attributes;
          return (_style$attributes = style.attributes) === null || _style$attributes === void 0 ? void 0 : _style$attributes["w:styleId"];
        }));
        styles.push(...kind.create.styles().map((style) => formatElement$1(style, context)).filter((style) => {
          var _style$attributes2;
          return !styleIds.has((_style$attributes2 = style.attributes) === null || _style$attributes2 === void 0 ? void 0 : _style$attributes2["w:styleId"]);
        }));
      }
    },
    carry: (reference, note) => {
      let existing = carriedIds.get(reference);
      return existing !== void 0 ? existing : (highestGivenId++, givenNotes.set(highestGivenId, note), carriedIds.set(reference, highestGivenId), highestGivenId);
    }
  };
}, patchNotes = ({ footnotes = {}, endnotes = {} }, parts, helpers) => {
  let patchers = {
    footnotes: patchNotesOfKind(FOOTNOTES, footnotes, parts, helpers),
    endnotes: patchNotesOfKind(ENDNOTES, endnotes, parts, helpers)
  };
  return {
    carry: (kind, reference, note) => patchers[kind].carry(reference, note),
    renumber: (elements) => Object.values(patchers).reduce((renumbered, patcher) => patcher.renumber(renumbered), elements),
    write: () => {
      for (let patcher of Object.values(patchers)) patcher.write();
    }
  };
}, formatter$1 = new Formatter(), DOCUMENT_PATH = "word/document.xml", NUMBERING_PATH = "word/numbering.xml", NUMBERING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", NUMBERING_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", BULLET_REFERENCE = "default-bullet-numbering", BULLET_NUM_ID = "1", formatElement = (component, context) => toJson(stringifyXmlable(formatter$1.format(component, context))).elements[0], highestOf = (ids) => ids.reduce((highest, id) => Math.max(highest, id), 0), patchNumbering = (numbering, parts, { createContext, addContentTypeOverride }) => {
  let newNumIds = /* @__PURE__ */ new Map(), highestNumId, numberingRelationship = () => {
    var _parts$get;
    return getFirstLevelElements((_parts$get = parts.get(relationshipsPathOf(DOCUMENT_PATH))) !== null && _parts$get !== void 0 ? _parts$get : {}, "Relationships").find((element) => {
      var _element$attributes;
      return ((_element$attributes = element.attributes) === null || _element$attributes === void 0 ? void 0 : _element$attributes.Type) === NUMBERING_RELATIONSHIP;
    });
  }, numberingPath = (relationship = numberingRelationship()) => relationship ? resolveTarget(DOCUMENT_PATH, String(relationship.attributes.Target)) : NUMBERING_PATH, idsInTemplate = (name, attribute2) => {
    var _parts$get2;
    return getFirstLevelElements((_parts$get2 = parts.get(numberingPath())) !== null && _parts$get2 !== void 0 ? _parts$get2 : {}, "w:numbering").filter((element) => element.name === name).map((element) => Number(element.attributes[attribute2]));
  }, listOf = (numId) => {
    if (numId === BULLET_NUM_ID) return numbering.ConcreteNumbering.find(({ reference }) => reference === BULLET_REFERENCE);
    if (!numId.startsWith("{")) return;
    let list = numbering.ConcreteNumbering.find(({ reference, instance }) => numId === `{${reference}-${instance}}`);
    if (!list) {
      let reference = numId.slice(1, -1).replace(/-\d+$/, "");
      throw new Error(`A paragraph in a patch uses the numbering "${reference}", which isn't in the numbering option of patchDocument. Add it there with its levels, as in a Document`);
    }
    return list;
  }, newNumIdOf = (list) => {
    var _highestNumId;
    let knownId = newNumIds.get(list.numId);
    return knownId !== void 0 ? knownId : (highestNumId = ((_highestNumId = highestNumId) !== null && _highestNumId !== void 0 ? _highestNumId : highestOf(idsInTemplate("w:num", "w:numId"))) + 1, newNumIds.set(list.numId, highestNumId), highestNumId);
  }, renumber = (element) => {
    let list = element.name === "w:numId" ? listOf(String(element.attributes["w:val"])) : void 0;
    return list === void 0 ? element.elements === void 0 ? element : _objectSpread2(_objectSpread2({}, element), {}, { elements: element.elements.map(renumber) }) : _objectSpread2(_objectSpread2({}, element), {}, { attributes: _objectSpread2(_objectSpread2({}, element.attributes), {}, { "w:val": String(newNumIdOf(list)) }) });
  }, findOrAddPart = (written) => {
    let relationship = numberingRelationship(), path = numberingPath(relationship);
    return parts.has(path) || (parts.set(path, {
      declaration: { attributes: {
        version: "1.0",
        encoding: "UTF-8",
        standalone: "yes"
      } },
      elements: [_objectSpread2(_objectSpread2({}, written), {}, { elements: [] })]
    }), addContentTypeOverride(NUMBERING_CONTENT_TYPE, `/${path}`)), relationship || createContext(DOCUMENT_PATH).viewWrapper.Relationships.addRelationship(uniqueId(), NUMBERING_RELATIONSHIP, relativeTarget(DOCUMENT_PATH, path)), path;
  };
  return {
    renumber: (elements) => elements.map(renumber),
    write: () => {
      var _root$attributes$mcI, _root$attributes;
      if (newNumIds.size === 0) return;
      let written = formatElement(numbering, createContext(numberingPath())), abstractNumIdOf = (list) => Number(list.elements.find((element) => element.name === "w:abstractNumId").attributes["w:val"]), lists = written.elements.filter((element) => element.name === "w:num" && newNumIds.has(Number(element.attributes["w:numId"]))), highestAbstractNumId = highestOf(idsInTemplate("w:abstractNum", "w:abstractNumId")), newAbstractNumIds = new Map([...new Set(lists.map(abstractNumIdOf))].map((id, index) => [id, highestAbstractNumId + index + 1])), abstractLists = written.elements.flatMap((element) => {
        let newId = element.name === "w:abstractNum" ? newAbstractNumIds.get(Number(element.attributes["w:abstractNumId"])) : void 0;
        return newId === void 0 ? [] : [_objectSpread2(_objectSpread2({}, element), {}, { attributes: _objectSpread2(_objectSpread2({}, element.attributes), {}, { "w:abstractNumId": String(newId) }) })];
      }), path = findOrAddPart(written), root = parts.get(path).elements.find((element) => element.name === "w:numbering");
      root.attributes = _objectSpread2(_objectSpread2(_objectSpread2({}, Object.fromEntries(Object.entries(written.attributes).filter(([name]) => name.startsWith("xmlns:")))), root.attributes), {}, { "mc:Ignorable": [.../* @__PURE__ */ new Set([...String((_root$attributes$mcI = (_root$attributes = root.attributes) === null || _root$attributes === void 0 ? void 0 : _root$attributes["mc:Ignorable"]) !== null && _root$attributes$mcI !== void 0 ? _root$attributes$mcI : "").split(" "), ...String(written.attributes["mc:Ignorable"]).split(" ")])].filter((prefix) => prefix !== "").join(" ") });
      let elements = getFirstLevelElements(parts.get(path), "w:numbering"), firstIndexOf = (names) => {
        let index = elements.findIndex((element) => names.includes(element.name));
        return index === -1 ? elements.length : index;
      };
      elements.splice(firstIndexOf(["w:num", "w:numIdMacAtCleanup"]), 0, ...abstractLists), elements.splice(firstIndexOf(["w:numIdMacAtCleanup"]), 0, ...lists.map((list) => _objectSpread2(_objectSpread2({}, list), {}, {
        attributes: _objectSpread2(_objectSpread2({}, list.attributes), {}, { "w:numId": String(newNumIds.get(Number(list.attributes["w:numId"]))) }),
        elements: list.elements.map((element) => element.name === "w:abstractNumId" ? _objectSpread2(_objectSpread2({}, element), {}, { attributes: { "w:val": String(newAbstractNumIds.get(abstractNumIdOf(list))) } }) : element)
      })));
    }
  };
}, PARSED = {
  nameOf: (element) => element.type === "element" ? element.name : void 0,
  contentOf: (element) => element.elements,
  attributeOf: (element, attribute2) => {
    var _element$attributes;
    return (_element$attributes = element.attributes) === null || _element$attributes === void 0 ? void 0 : _element$attributes[attribute2];
  },
  textOf: (element) => {
    var _element$elements;
    return ((_element$elements = element.elements) !== null && _element$elements !== void 0 ? _element$elements : []).filter(({ type }) => type === "text").map(({ text }) => String(text)).join("");
  },
  textElement: (text) => ({
    type: "element",
    name: "w:t",
    attributes: { "xml:space": "preserve" },
    elements: [{
      type: "text",
      text
    }]
  }),
  writeClean: (begin, instruction) => {
    var _begin$attributes;
    /^\s*(PAGEREF|TOC)\b/i.test(instruction) && ((_begin$attributes = begin.attributes) === null || _begin$attributes === void 0 ? void 0 : _begin$attributes["w:dirty"]) !== void 0 && (begin.attributes = Object.fromEntries(Object.entries(begin.attributes).filter(([key]) => key !== "w:dirty")));
  },
  setSimpleFieldResult: (element, text) => {
    element.elements = [{
      type: "element",
      name: "w:r",
      elements: [PARSED.textElement(text)]
    }];
  }
}, DOCUMENT = "word/document.xml", IMPORT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk", ZIP = [
  80,
  75,
  3,
  4
], readPackage = (function() {
  var _ref = _asyncToGenerator(function* (data) {
    if (ZIP.every((byte, index) => data[index] === byte))
      try {
        let parts = /* @__PURE__ */ new Map(), binaryParts = /* @__PURE__ */ new Map();
        for (let [path, file] of unzipFiles(data)) /\.(xml|rels)$/.test(path) ? parts.set(path, toJson(decodeUtf8(file))) : binaryParts.set(path, file);
        let importedDocuments = yield readImportedDocuments(parts, binaryParts);
        return _objectSpread2({
          parts,
          binaryParts
        }, importedDocuments.size > 0 ? { importedDocuments } : {});
      } catch {
        return;
      }
  });
  return function(_x) {
    return _ref.apply(this, arguments);
  };
})(), readImportedDocuments = (function() {
  var _ref2 = _asyncToGenerator(function* (parts, binaryParts) {
    let imported = /* @__PURE__ */ new Map();
    for (let [path, relationships] of parts) {
      var _rootOf$elements, _rootOf;
      if (path.endsWith(".rels"))
        for (let { attributes = {} } of (_rootOf$elements = (_rootOf = rootOf(relationships)) === null || _rootOf === void 0 ? void 0 : _rootOf.elements) !== null && _rootOf$elements !== void 0 ? _rootOf$elements : []) {
          let target = resolveTarget(sourceOfRelationships(path), String(attributes.Target)), data = binaryParts.get(target), read = attributes.Type === IMPORT && attributes.TargetMode !== "External" && data ? yield readPackage(data) : void 0;
          read && imported.set(target, read);
        }
    }
    return imported;
  });
  return function(_x2, _x3) {
    return _ref2.apply(this, arguments);
  };
})(), rootOf = (part) => {
  var _part$elements;
  return part == null || (_part$elements = part.elements) === null || _part$elements === void 0 ? void 0 : _part$elements.find(({ type }) => type === "element");
}, fillTemplatePageNumbers = (function() {
  var _ref3 = _asyncToGenerator(function* (parts, estimator, binaryParts = /* @__PURE__ */ new Map()) {
    var _rootOf$elements2, _rootOf2;
    let document = rootOf(parts.get(DOCUMENT));
    if (!document) return;
    let importedDocuments = yield readImportedDocuments(parts, binaryParts), estimate = estimator(_objectSpread2({
      parts,
      binaryParts
    }, importedDocuments.size > 0 ? { importedDocuments } : {})), partPageCounts = fillBodyFields(PARSED, document, estimate, { blank: !0 }), relationships = (_rootOf$elements2 = (_rootOf2 = rootOf(parts.get(relationshipsPathOf(DOCUMENT)))) === null || _rootOf2 === void 0 ? void 0 : _rootOf2.elements) !== null && _rootOf$elements2 !== void 0 ? _rootOf$elements2 : [];
    for (let { attributes = {} } of relationships) {
      let part = /\/(header|footer)$/.test(String(attributes.Type)) ? rootOf(parts.get(resolveTarget(DOCUMENT, String(attributes.Target)))) : void 0;
      part && fillPartFields(PARSED, part, estimate, {
        blank: !0,
        sectionPageCount: partPageCounts.get(String(attributes.Id))
      });
    }
  });
  return function(_x4, _x5) {
    return _ref3.apply(this, arguments);
  };
})(), RUN_CONTAINERS = /* @__PURE__ */ new Set([
  "w:hyperlink",
  "w:sdt",
  "w:sdtContent",
  "w:ins",
  "w:moveTo",
  "w:smartTag",
  "w:customXml",
  "w:fldSimple",
  "w:dir",
  "w:bdo"
]), runsIn = (element, path) => {
  var _element$elements;
  return ((_element$elements = element.elements) !== null && _element$elements !== void 0 ? _element$elements : []).flatMap((child2, i2) => {
    var _child$name;
    return child2.name === "w:r" ? [{
      element: child2,
      path: [...path, i2]
    }] : RUN_CONTAINERS.has((_child$name = child2.name) !== null && _child$name !== void 0 ? _child$name : "") ? runsIn(child2, [...path, i2]) : [];
  });
}, elementAtPath = (element, path) => path.reduce((parent, index) => parent.elements[index], element), renderParagraphNode = (node) => {
  if (node.element.name !== "w:p") throw new Error(`Invalid node type: ${node.element.name}`);
  if (!node.element.elements) return {
    text: "",
    runs: [],
    index: -1,
    pathToParagraph: []
  };
  let currentRunStringLength = 0, runs = runsIn(node.element, []).map(({ element, path }) => {
    let renderedRunNode = renderRunNode(element, path, currentRunStringLength);
    return currentRunStringLength += renderedRunNode.text.length, renderedRunNode;
  });
  return {
    text: runs.reduce((acc, curr) => acc + curr.text, ""),
    runs,
    index: node.index,
    pathToParagraph: buildNodePath(node)
  };
}, renderRunNode = (node, path, currentRunStringIndex) => {
  if (!node.elements) return {
    text: "",
    parts: [],
    path,
    start: currentRunStringIndex,
    end: currentRunStringIndex
  };
  let currentTextStringIndex = currentRunStringIndex, parts = node.elements.map((element, i2) => {
    var _element$elements$0$t, _element$elements$0$t2;
    if (element.name !== "w:t" || !element.elements || element.elements.length === 0) return;
    let partText = (_element$elements$0$t = (_element$elements$0$t2 = element.elements[0].text) === null || _element$elements$0$t2 === void 0 ? void 0 : _element$elements$0$t2.toString()) !== null && _element$elements$0$t !== void 0 ? _element$elements$0$t : "", start = currentTextStringIndex;
    return currentTextStringIndex += partText.length, {
      text: partText,
      index: i2,
      start,
      end: start + partText.length - 1
    };
  }).filter((e) => !!e).map((e) => e);
  return {
    text: parts.reduce((acc, curr) => acc + curr.text, ""),
    parts,
    path,
    start: currentRunStringIndex,
    end: parts.length > 0 ? parts[parts.length - 1].end : currentRunStringIndex
  };
}, buildNodePath = (node) => node.parent ? [...buildNodePath(node.parent), node.index] : [node.index], TokenNotFoundError = class extends Error {
  constructor(token) {
    super(`Token ${token} not found`), this.name = "TokenNotFoundError";
  }
}, findRunElementPathWithToken = (paragraphElement, token) => {
  let run = renderParagraphNode({
    element: paragraphElement,
    index: 0,
    parent: void 0
  }).runs.find(({ parts }) => parts.some(({ text }) => text.includes(token)));
  if (!run) throw new TokenNotFoundError(token);
  return run.path;
}, splitRunElement = (runElement, token) => {
  var _runElement$elements$, _runElement$elements;
  let splitIndex = -1, splitElements = (_runElement$elements$ = (_runElement$elements = runElement.elements) === null || _runElement$elements === void 0 ? void 0 : _runElement$elements.map((e, i2) => {
    if (splitIndex !== -1) return e;
    if (e.type === "element" && e.name === "w:t") {
      var _e$elements$0$text, _e$elements;
      let splitText = ((_e$elements$0$text = (_e$elements = e.elements) === null || _e$elements === void 0 || (_e$elements = _e$elements[0]) === null || _e$elements === void 0 ? void 0 : _e$elements.text) !== null && _e$elements$0$text !== void 0 ? _e$elements$0$text : "").split(token), newElements = splitText.map((t) => _objectSpread2(_objectSpread2(_objectSpread2({}, e), patchSpaceAttribute(e)), {}, { elements: createTextElementContents(t) }));
      return splitText.length > 1 && (splitIndex = i2), newElements;
    } else return e;
  }).flat()) !== null && _runElement$elements$ !== void 0 ? _runElement$elements$ : [];
  return {
    left: _objectSpread2(_objectSpread2({}, JSON.parse(JSON.stringify(runElement))), {}, { elements: splitElements.slice(0, splitIndex + 1) }),
    right: _objectSpread2(_objectSpread2({}, JSON.parse(JSON.stringify(runElement))), {}, { elements: splitElements.slice(splitIndex + 1) })
  };
}, ReplaceMode = {
  /** Looking for the start of the replacement text */
  START: 0,
  /** Processing runs in the middle of the replacement text */
  MIDDLE: 1,
  /** Reached the end of the replacement text */
  END: 2
}, replaceTokenInParagraphElement = ({ paragraphElement, renderedParagraph, originalText, replacementText, fromIndex = 0 }) => {
  let startIndex = renderedParagraph.text.indexOf(originalText, fromIndex), endIndex = startIndex + originalText.length - 1, replaceMode = ReplaceMode.START;
  for (let run of renderedParagraph.runs) {
    let runElement = elementAtPath(paragraphElement, run.path);
    for (let { text, index, start, end } of run.parts) switch (replaceMode) {
      case ReplaceMode.START:
        if (startIndex >= start && startIndex <= end) {
          let offsetStartIndex = startIndex - start, offsetEndIndex = Math.min(endIndex, end) - start;
          if (text.substring(offsetStartIndex, offsetEndIndex + 1) === "") continue;
          let firstPart = text.substring(0, offsetStartIndex) + replacementText + text.substring(offsetEndIndex + 1);
          patchTextElement(runElement.elements[index], firstPart), replaceMode = ReplaceMode.MIDDLE;
          continue;
        }
        break;
      case ReplaceMode.MIDDLE:
        if (endIndex <= end) {
          let lastPart = text.substring(endIndex - start + 1);
          patchTextElement(runElement.elements[index], lastPart);
          let currentElement = runElement.elements[index];
          runElement.elements[index] = patchSpaceAttribute(currentElement), replaceMode = ReplaceMode.END;
        } else patchTextElement(runElement.elements[index], "");
    }
  }
  return paragraphElement;
}, patchTextElement = (element, text) => (element.elements = createTextElementContents(text), element), elementsToWrapper = (wrapper) => {
  var _wrapper$element$elem, _wrapper$element$elem2;
  return (_wrapper$element$elem = (_wrapper$element$elem2 = wrapper.element.elements) === null || _wrapper$element$elem2 === void 0 ? void 0 : _wrapper$element$elem2.map((e, i2) => ({
    element: e,
    index: i2,
    parent: wrapper
  }))) !== null && _wrapper$element$elem !== void 0 ? _wrapper$element$elem : [];
}, traverse = (node) => {
  let renderedParagraphs = [], queue = [...elementsToWrapper({
    element: node,
    index: 0,
    parent: void 0
  })], currentNode;
  for (; queue.length > 0; )
    currentNode = queue.shift(), currentNode.element.name === "w:p" && (renderedParagraphs = [...renderedParagraphs, renderParagraphNode(currentNode)]), queue.push(...elementsToWrapper(currentNode));
  return renderedParagraphs;
}, findLocationOfText = (node, text) => traverse(node).filter((p) => p.text.includes(text)), SPLIT_TOKEN = "\uFFFF", replacer = ({ json, patch, patchText, context, keepOriginalStyles = !0, recursive = !0, renumberIds = (elements) => elements }) => {
  let renderedParagraphs = findLocationOfText(json, patchText);
  if (renderedParagraphs.length === 0) return {
    element: json,
    didFindOccurrence: !1
  };
  let paragraphsInPatchOrder = [...renderedParagraphs].reverse(), paragraphsToPatch = patch.type === PatchType.DOCUMENT ? withoutNestedParagraphs(paragraphsInPatchOrder) : paragraphsInPatchOrder, highestId, newTrackedChangeId = () => {
    var _highestId;
    return highestId = ((_highestId = highestId) !== null && _highestId !== void 0 ? _highestId : highestIdIn(json)) + 1, String(highestId);
  };
  for (let renderedParagraph of paragraphsToPatch) switch (patch.type) {
    case PatchType.DOCUMENT: {
      var _children;
      let parentElement = goToParentElementFromPath(json, renderedParagraph.pathToParagraph), elementIndex = getLastElementIndexFromPath(renderedParagraph.pathToParagraph), children = formatChildren(patch, context, renumberIds), endParagraph = parentElement.name === "w:tc" && elementIndex === parentElement.elements.length - 1 && ((_children = children[children.length - 1]) === null || _children === void 0 ? void 0 : _children.name) !== "w:p" ? [{
        type: "element",
        name: "w:p"
      }] : [];
      parentElement.elements.splice(elementIndex, 1, ...children, ...endParagraph);
      break;
    }
    case PatchType.PARAGRAPH:
    default: {
      let paragraphElement = goToElementFromPath(json, renderedParagraph.pathToParagraph), paragraph2 = renderedParagraph, fromIndex = 0;
      do
        fromIndex = replaceOccurrenceInParagraph({
          paragraphElement,
          renderedParagraph: paragraph2,
          patchText,
          fromIndex,
          children: formatChildren(patch, context, renumberIds),
          keepOriginalStyles,
          newTrackedChangeId
        }), paragraph2 = renderParagraphNode({
          element: paragraphElement,
          index: renderedParagraph.index,
          parent: void 0
        });
      while (recursive && paragraph2.text.includes(patchText, fromIndex));
      break;
    }
  }
  return {
    element: json,
    didFindOccurrence: !0
  };
}, formatChildren = (patch, context, renumberIds) => renumberIds(patch.children.flatMap((c) => {
  var _c$writtenAs;
  return (_c$writtenAs = c.writtenAs) !== null && _c$writtenAs !== void 0 ? _c$writtenAs : c;
}).flatMap((c) => {
  let formatted = c.prepForXml(context);
  return formatted ? [toJson(stringifyXmlable(formatted)).elements[0]] : [];
})), replaceOccurrenceInParagraph = ({ paragraphElement, renderedParagraph, patchText, fromIndex, children, keepOriginalStyles, newTrackedChangeId }) => {
  let start = renderedParagraph.text.indexOf(patchText, fromIndex);
  replaceTokenInParagraphElement({
    paragraphElement,
    renderedParagraph,
    originalText: patchText,
    replacementText: SPLIT_TOKEN,
    fromIndex
  });
  let runPath = findRunElementPathWithToken(paragraphElement, SPLIT_TOKEN), containerPath = runPath.slice(0, -1), container = elementAtPath(paragraphElement, containerPath), index = runPath[runPath.length - 1], contentControls = containerPath.map((_, depth) => elementAtPath(paragraphElement, containerPath.slice(0, depth + 1))).filter((e) => e.name === "w:sdt"), controlShowingPlaceholder = [...contentControls].reverse().find(isShowingPlaceholder), runElementToBeReplaced = container.elements[index], { left, right } = splitRunElement(runElementToBeReplaced, SPLIT_TOKEN), runProperties = runElementToBeReplaced.elements.find((e) => e.type === "element" && e.name === "w:rPr"), contentRunProperties = controlShowingPlaceholder ? runPropertiesOfContentControl(controlShowingPlaceholder) : runProperties, newRunElements = keepOriginalStyles && contentRunProperties ? children.map((e) => withRunPropertiesOnRuns(e, contentRunProperties)) : children, patchedRightElement = runProperties ? _objectSpread2(_objectSpread2({}, right), {}, { elements: [runProperties, ...right.elements] }) : right;
  return container.elements.splice(index, 1, left, ...newRunElements, patchedRightElement), contentControls.forEach((contentControl) => fillContentControl(contentControl, newRunElements)), liftOutOfContainers(paragraphElement, containerPath, newTrackedChangeId), start + renderParagraphNode({
    element: {
      name: "w:p",
      elements: [...newRunElements]
    },
    index: 0,
    parent: void 0
  }).text.length;
}, propertiesOfContentControl = (contentControl) => {
  var _contentControl$eleme;
  return (_contentControl$eleme = contentControl.elements) === null || _contentControl$eleme === void 0 ? void 0 : _contentControl$eleme.find((e) => e.name === "w:sdtPr");
}, isShowingPlaceholder = (contentControl) => {
  var _propertiesOfContentC;
  return !!(!((_propertiesOfContentC = propertiesOfContentControl(contentControl)) === null || _propertiesOfContentC === void 0 || (_propertiesOfContentC = _propertiesOfContentC.elements) === null || _propertiesOfContentC === void 0) && _propertiesOfContentC.some((e) => e.name === "w:showingPlcHdr"));
}, runPropertiesOfContentControl = (contentControl) => {
  var _propertiesOfContentC2;
  return (_propertiesOfContentC2 = propertiesOfContentControl(contentControl)) === null || _propertiesOfContentC2 === void 0 || (_propertiesOfContentC2 = _propertiesOfContentC2.elements) === null || _propertiesOfContentC2 === void 0 ? void 0 : _propertiesOfContentC2.find((e) => e.name === "w:rPr");
}, PLAIN_TEXT_RUN_CONTENT = /* @__PURE__ */ new Set([
  "w:rPr",
  "w:t",
  "w:tab",
  "w:br"
]), isPlainText = (element) => element.name === "w:bookmarkStart" || element.name === "w:bookmarkEnd" || element.name === "w:r" && childElementsOf(element).every((e) => PLAIN_TEXT_RUN_CONTENT.has(e.name)), fillContentControl = (contentControl, insertedElements) => {
  let properties = propertiesOfContentControl(contentControl);
  if (!properties?.elements) return;
  let needsRichText = properties.elements.some((e) => e.name === "w:text") && !insertedElements.every(isPlainText);
  properties.elements = properties.elements.filter((e) => e.name !== "w:showingPlcHdr" && e.name !== "w:dataBinding" && !(needsRichText && e.name === "w:text"));
}, NOT_IN_TRACKED_CHANGES = /* @__PURE__ */ new Set([
  "w:hyperlink",
  "w:fldSimple",
  "w:subDoc"
]), NOT_IN_CONTAINER = /* @__PURE__ */ new Map([
  ["w:ins", NOT_IN_TRACKED_CHANGES],
  ["w:moveTo", NOT_IN_TRACKED_CHANGES],
  ["w:hyperlink", /* @__PURE__ */ new Set(["w:hyperlink"])]
]), liftOutOfContainers = (paragraphElement, containerPath, newTrackedChangeId) => {
  for (let depth = containerPath.length; depth > 0; depth--) {
    var _container$elements;
    let parent = elementAtPath(paragraphElement, containerPath.slice(0, depth - 1)), index = containerPath[depth - 1], container = parent.elements[index], cantHold = NOT_IN_CONTAINER.get(container.name), isLifted = (element) => !!cantHold?.has(element.name);
    if (!(!((_container$elements = container.elements) === null || _container$elements === void 0) && _container$elements.some(isLifted))) continue;
    let { elements } = container, starts = elements.flatMap((element, i2) => i2 === 0 || isLifted(element) || isLifted(elements[i2 - 1]) ? [i2] : []), stretches = starts.map((start, i2) => elements.slice(start, starts[i2 + 1])), isTrackedChange = cantHold === NOT_IN_TRACKED_CHANGES, isFirstCopy = !0, pieces = stretches.map((stretch) => {
      if (isLifted(stretch[0])) return stretch[0];
      let attributes = isTrackedChange && !isFirstCopy ? _objectSpread2(_objectSpread2({}, container.attributes), {}, { "w:id": newTrackedChangeId() }) : container.attributes;
      return isFirstCopy = !1, _objectSpread2(_objectSpread2({}, container), {}, {
        attributes,
        elements: [...stretch]
      });
    });
    parent.elements.splice(index, 1, ...pieces);
  }
}, withRunPropertiesOnRuns = (element, originalRunProperties) => element.name === "w:r" ? withRunProperties(element, originalRunProperties) : element.elements ? _objectSpread2(_objectSpread2({}, element), {}, { elements: element.elements.map((e) => withRunPropertiesOnRuns(e, originalRunProperties)) }) : element, withRunProperties = (runElement, originalRunProperties) => {
  let ownRunProperties = childElementsOf(runElement).find((e) => e.type === "element" && e.name === "w:rPr");
  if (!ownRunProperties) return _objectSpread2(_objectSpread2({}, runElement), {}, { elements: [originalRunProperties, ...childElementsOf(runElement)] });
  let ownPropertyNames = new Set(childElementsOf(ownRunProperties).map((e) => e.name)), properties = [...childElementsOf(originalRunProperties).filter((e) => !ownPropertyNames.has(e.name)), ...childElementsOf(ownRunProperties)], mergedRunProperties = _objectSpread2(_objectSpread2({}, ownRunProperties), {}, { elements: [...properties].sort((a, b) => runPropertyRank(a) - runPropertyRank(b)) });
  return _objectSpread2(_objectSpread2({}, runElement), {}, { elements: childElementsOf(runElement).map((e) => e === ownRunProperties ? mergedRunProperties : e) });
}, RUN_PROPERTY_ORDER = [
  "w:rStyle",
  "w:rFonts",
  "w:b",
  "w:bCs",
  "w:i",
  "w:iCs",
  "w:caps",
  "w:smallCaps",
  "w:strike",
  "w:dstrike",
  "w:outline",
  "w:shadow",
  "w:emboss",
  "w:imprint",
  "w:noProof",
  "w:snapToGrid",
  "w:vanish",
  "w:webHidden",
  "w:color",
  "w:spacing",
  "w:w",
  "w:kern",
  "w:position",
  "w:sz",
  "w:szCs",
  "w:highlight",
  "w:u",
  "w:effect",
  "w:bdr",
  "w:shd",
  "w:fitText",
  "w:vertAlign",
  "w:rtl",
  "w:cs",
  "w:em",
  "w:lang",
  "w:eastAsianLayout",
  "w:specVanish",
  "w:oMath",
  "w14:glow",
  "w14:shadow",
  "w14:reflection",
  "w14:textOutline",
  "w14:textFill",
  "w14:scene3d",
  "w14:props3d",
  "w14:ligatures",
  "w14:numForm",
  "w14:numSpacing",
  "w14:stylisticSets",
  "w14:cntxtAlts"
], runPropertyRank = (element) => {
  var _element$name;
  if (element.name === "w:rPrChange") return RUN_PROPERTY_ORDER.length + 1;
  let index = RUN_PROPERTY_ORDER.indexOf((_element$name = element.name) !== null && _element$name !== void 0 ? _element$name : "");
  return index === -1 ? RUN_PROPERTY_ORDER.length : index;
}, childElementsOf = (element) => {
  var _element$elements;
  return (_element$elements = element.elements) !== null && _element$elements !== void 0 ? _element$elements : [];
}, highestIdIn = (element) => {
  var _element$attributes, _element$elements2;
  let id = Number((_element$attributes = element.attributes) === null || _element$attributes === void 0 ? void 0 : _element$attributes["w:id"]);
  return ((_element$elements2 = element.elements) !== null && _element$elements2 !== void 0 ? _element$elements2 : []).reduce((highest, child2) => Math.max(highest, highestIdIn(child2)), Number.isInteger(id) ? id : 0);
}, isInsideElementAtPath = (path, ancestorPath) => path.length > ancestorPath.length && ancestorPath.every((index, i2) => path[i2] === index), withoutNestedParagraphs = (paragraphs) => paragraphs.filter((paragraph2) => !paragraphs.some((other) => isInsideElementAtPath(paragraph2.pathToParagraph, other.pathToParagraph))), goToElementFromPath = (json, path) => {
  let element = json;
  for (let i2 = 1; i2 < path.length; i2++) {
    let index = path[i2];
    element = element.elements[index];
  }
  return element;
}, goToParentElementFromPath = (json, path) => goToElementFromPath(json, path.slice(0, path.length - 1)), getLastElementIndexFromPath = (path) => path[path.length - 1], formatter = new Formatter(), STYLES_PATH = "word/styles.xml", REFERENCES = /* @__PURE__ */ new Set([
  "w:pStyle",
  "w:rStyle",
  "w:tblStyle",
  "w:basedOn",
  "w:next",
  "w:link"
]), idOf = (style) => {
  var _style$attributes;
  return String((_style$attributes = style.attributes) === null || _style$attributes === void 0 ? void 0 : _style$attributes["w:styleId"]);
}, nameOf = (style) => {
  var _style$elements;
  let name = (_style$elements = style.elements) === null || _style$elements === void 0 || (_style$elements = _style$elements.find((element) => element.name === "w:name")) === null || _style$elements === void 0 || (_style$elements = _style$elements.attributes) === null || _style$elements === void 0 ? void 0 : _style$elements["w:val"];
  return name === void 0 ? void 0 : String(name).toLowerCase();
}, childOf$1 = (element, name) => {
  var _element$elements;
  return element == null || (_element$elements = element.elements) === null || _element$elements === void 0 ? void 0 : _element$elements.find((child2) => child2.name === name);
}, sizeIn = (runProperties) => {
  var _childOf;
  let size = Number((_childOf = childOf$1(runProperties, "w:sz")) === null || _childOf === void 0 || (_childOf = _childOf.attributes) === null || _childOf === void 0 ? void 0 : _childOf["w:val"]);
  return Number.isNaN(size) ? void 0 : size;
}, normalSizeOf = (elements) => {
  var _styles$find, _sizeIn;
  let styles = elements.filter((element) => element.name === "w:style"), normal = (_styles$find = styles.find((style) => idOf(style) === "Normal")) !== null && _styles$find !== void 0 ? _styles$find : styles.find((style) => {
    var _style$attributes2;
    return ((_style$attributes2 = style.attributes) === null || _style$attributes2 === void 0 ? void 0 : _style$attributes2["w:type"]) === "paragraph" && nameOf(style) === "normal";
  }), defaults = elements.find((element) => element.name === "w:docDefaults");
  return (_sizeIn = sizeIn(childOf$1(normal, "w:rPr"))) !== null && _sizeIn !== void 0 ? _sizeIn : sizeIn(childOf$1(childOf$1(defaults, "w:rPrDefault"), "w:rPr"));
}, formatDefaultStyles = (context, normalSize) => new Map(Object.values(createDefaultStyles({ document: { run: { size: normalSize } } })).map((style) => toJson(stringifyXmlable(formatter.format(style, context))).elements[0]).filter((style) => style.name === "w:style").map((style) => [idOf(style), style])), patchStyles = (parts, createContext) => {
  var _parts$get;
  let templateElements = getFirstLevelElements((_parts$get = parts.get(STYLES_PATH)) !== null && _parts$get !== void 0 ? _parts$get : {}, "w:styles"), templateStyles = templateElements.filter((element) => element.name === "w:style"), templateIds = new Set(templateStyles.map(idOf)), defaultStyles, defaultStyleOf = (id) => {
    var _defaultStyles;
    return (_defaultStyles = defaultStyles) !== null && _defaultStyles !== void 0 || (defaultStyles = formatDefaultStyles(createContext(STYLES_PATH), normalSizeOf(templateElements))), defaultStyles.get(id);
  }, missingIds = /* @__PURE__ */ new Set(), idsInDocument = /* @__PURE__ */ new Map(), findIdInDocument = (id) => {
    let style = templateIds.has(id) ? void 0 : defaultStyleOf(id);
    if (style === void 0) return id;
    let sameStyle = templateStyles.find((templateStyle) => {
      var _templateStyle$attrib, _style$attributes3;
      return ((_templateStyle$attrib = templateStyle.attributes) === null || _templateStyle$attrib === void 0 ? void 0 : _templateStyle$attrib["w:type"]) === ((_style$attributes3 = style.attributes) === null || _style$attributes3 === void 0 ? void 0 : _style$attributes3["w:type"]) && nameOf(templateStyle) === nameOf(style);
    });
    return sameStyle !== void 0 ? idOf(sameStyle) : (missingIds.add(id), id);
  }, idInDocument = (id) => (idsInDocument.has(id) || idsInDocument.set(id, findIdInDocument(id)), idsInDocument.get(id)), withIdsInDocument = (element) => {
    var _element$name;
    return REFERENCES.has((_element$name = element.name) !== null && _element$name !== void 0 ? _element$name : "") ? _objectSpread2(_objectSpread2({}, element), {}, { attributes: _objectSpread2(_objectSpread2({}, element.attributes), {}, { "w:val": idInDocument(String(element.attributes["w:val"])) }) }) : element.elements === void 0 ? element : _objectSpread2(_objectSpread2({}, element), {}, { elements: element.elements.map(withIdsInDocument) });
  };
  return {
    use: (elements) => elements.map(withIdsInDocument),
    write: () => {
      let stylesPart = parts.get(STYLES_PATH);
      if (!stylesPart) return;
      let styles = getFirstLevelElements(stylesPart, "w:styles"), ids = new Set(styles.map(idOf));
      for (let id of missingIds) ids.has(id) || (ids.add(id), styles.push(withIdsInDocument(defaultStyleOf(id))));
    }
  };
}, EMPTY = {
  type: PatchType.PARAGRAPH,
  children: []
}, patchTableRows = ({ json, key, patch, delimiters: { start, end }, patchPlaceholder, renumberDrawings }) => {
  let fieldStart = `${start}${key}.`;
  for (let rows of findRowsToRepeat(json, fieldStart)) {
    let fields = fieldsIn(rows.elements, fieldStart, end), copies = patch.rows.flatMap((row, index) => {
      let copy = {
        type: "element",
        name: "w:tbl",
        elements: [...index === 0 ? rows.elements.map(copyOf) : renumberDrawings(withoutIds(rows.elements))]
      }, fieldPatches = new Map(Object.entries(row).flatMap(([field, p]) => p === void 0 ? [] : [[field, p]]));
      for (let [field, fieldPatch] of fieldPatches) patchPlaceholder(copy, `${key}.${field}`, fieldPatch);
      for (let field of fields.filter((f) => !fieldPatches.has(f))) patchPlaceholder(copy, `${key}.${field}`, EMPTY);
      return copy.elements;
    });
    rows.parent.elements.splice(rows.parent.elements.indexOf(rows.elements[0]), rows.elements.length, ...copies), rows.table && !hasRows(rows.table.element) && rows.table.parent.elements.splice(rows.table.parent.elements.indexOf(rows.table.element), 1);
  }
}, findRowsToRepeat = (json, fieldStart) => {
  let found = findLocationOfText(json, fieldStart).flatMap((paragraph2) => {
    let row = rowHolding(json, paragraph2.pathToParagraph);
    return row ? [row] : [];
  }), rows = found.filter((row) => !found.some((other) => isInside(row.path, other.path))).filter((row, index, all) => all.findIndex((other) => other.row === row.row) === index);
  return [...new Set(rows.map((row) => row.parent))].flatMap((parent) => {
    let siblingRows = parent.elements.filter((e) => e.name === "w:tr"), positions = rows.filter((row) => row.parent === parent).map((row) => siblingRows.indexOf(row.row)).sort((a, b) => a - b), { table: table2 } = rows.find((row) => row.parent === parent);
    return positions.reduce((all, position) => {
      let previous = all[all.length - 1];
      return previous?.[previous.length - 1] === position - 1 ? [...all.slice(0, -1), [...previous, position]] : [...all, [position]];
    }, []).map((group) => {
      let first = parent.elements.indexOf(siblingRows[group[0]]), last = parent.elements.indexOf(siblingRows[group[group.length - 1]]);
      return {
        parent,
        table: table2,
        elements: parent.elements.slice(first, last + 1)
      };
    });
  });
}, rowHolding = (json, pathToParagraph) => {
  let element = json, row, table2;
  for (let i2 = 1; i2 < pathToParagraph.length; i2++) {
    let child2 = element.elements[pathToParagraph[i2]];
    child2.name === "w:tbl" && (table2 = {
      element: child2,
      parent: element
    }), child2.name === "w:tr" && (row = {
      parent: element,
      table: table2,
      row: child2,
      path: pathToParagraph.slice(0, i2 + 1)
    }), element = child2;
  }
  return row;
}, isInside = (path, ancestorPath) => path.length > ancestorPath.length && ancestorPath.every((index, i2) => path[i2] === index), hasRows = (table2) => {
  var _table$elements;
  return ((_table$elements = table2.elements) !== null && _table$elements !== void 0 ? _table$elements : []).some((e) => e.name === "w:tr" || e.name !== "w:tblPr" && e.name !== "w:tblGrid" && hasRows(e));
}, fieldsIn = (elements, fieldStart, end) => {
  let fields = findLocationOfText({ elements: [...elements] }, fieldStart).flatMap(({ text }) => text.split(fieldStart).slice(1).flatMap((after) => {
    let fieldEnd = after.indexOf(end);
    return fieldEnd > 0 ? [after.slice(0, fieldEnd)] : [];
  }));
  return [...new Set(fields)];
}, copyOf = (element) => JSON.parse(JSON.stringify(element)), ATTRIBUTES_TO_REMOVE = ["w14:paraId", "w14:textId"], ELEMENTS_TO_REMOVE = ["w:bookmarkStart", "w:bookmarkEnd"], withoutIds = (elements, parent) => elements.filter((e) => {
  var _e$name;
  return !ELEMENTS_TO_REMOVE.includes((_e$name = e.name) !== null && _e$name !== void 0 ? _e$name : "") && !(parent?.name === "w:sdtPr" && e.name === "w:id");
}).map((e) => _objectSpread2(_objectSpread2(_objectSpread2({}, e), e.attributes === void 0 ? {} : { attributes: Object.fromEntries(Object.entries(e.attributes).filter(([name]) => !ATTRIBUTES_TO_REMOVE.includes(name))) }), e.elements === void 0 ? {} : { elements: [...withoutIds(e.elements, e)] })), isUtf16 = (bytes) => bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255, readThemeColors = (files) => {
  var _find;
  let path = themePathOf(files, "word/document.xml"), theme = path === void 0 || (_find = [...files].find(([name]) => isSamePart(name, path))) === null || _find === void 0 ? void 0 : _find[1];
  return theme === void 0 || isUtf16(theme) ? void 0 : themeColorValues(readThemeColorValues(decodeUtf8(theme)));
}, findSpacedPlaceholder = (text, from, { start, end }, isKey) => {
  for (let index = text.indexOf(start, from); index !== -1; index = text.indexOf(start, index + 1)) {
    let endIndex = text.indexOf(end, index + start.length);
    if (endIndex === -1) return;
    let content = text.slice(index + start.length, endIndex), key = content.trim();
    if (key !== content && isKey(key)) return {
      index,
      placeholder: text.slice(index, endIndex + end.length),
      trimmed: `${start}${key}${end}`
    };
  }
}, trimInText = (text, delimiters, isKey) => {
  let trimmed = text;
  for (let found = findSpacedPlaceholder(trimmed, 0, delimiters, isKey); found !== void 0; found = findSpacedPlaceholder(trimmed, found.index + found.trimmed.length, delimiters, isKey)) trimmed = `${trimmed.slice(0, found.index)}${found.trimmed}${trimmed.slice(found.index + found.placeholder.length)}`;
  return trimmed;
}, paragraphsIn = (element) => {
  var _element$elements;
  return ((_element$elements = element.elements) !== null && _element$elements !== void 0 ? _element$elements : []).flatMap((child2) => [...child2.name === "w:p" ? [child2] : [], ...paragraphsIn(child2)]);
}, trimInParagraph = (paragraph2, delimiters, isKey) => {
  let render = () => renderParagraphNode({
    element: paragraph2,
    index: 0,
    parent: void 0
  });
  for (let rendered = render(), found = findSpacedPlaceholder(rendered.text, 0, delimiters, isKey); found !== void 0; rendered = render(), found = findSpacedPlaceholder(rendered.text, found.index + found.trimmed.length, delimiters, isKey)) replaceTokenInParagraphElement({
    paragraphElement: paragraph2,
    renderedParagraph: rendered,
    originalText: found.placeholder,
    replacementText: found.trimmed,
    fromIndex: found.index
  });
}, trimPlaceholders = (json, { delimiters, textKeys, tableRowsKeys, drawingKeys }) => {
  let isTextKey = (key) => textKeys.has(key) || tableRowsKeys.some((tableRowsKey) => key.startsWith(`${tableRowsKey}.`));
  for (let paragraph2 of paragraphsIn(json)) trimInParagraph(paragraph2, delimiters, isTextKey);
  let isDrawingKey = (key) => drawingKeys.has(key);
  for (let { properties } of findDrawings(json)) for (let name of ["descr", "title"]) {
    var _properties$attribute;
    let text = (_properties$attribute = properties.attributes) === null || _properties$attribute === void 0 ? void 0 : _properties$attribute[name];
    text !== void 0 && (properties.attributes[name] = trimInText(String(text), delimiters, isDrawingKey));
  }
}, shapeTypeIdOf = (element) => {
  var _element$attributes;
  return element.name === "v:shapetype" && ((_element$attributes = element.attributes) === null || _element$attributes === void 0 ? void 0 : _element$attributes.id) !== void 0 ? String(element.attributes.id) : void 0;
}, findShapeTypeIds = (element) => {
  var _element$elements;
  let id = shapeTypeIdOf(element);
  return [...id === void 0 ? [] : [id], ...((_element$elements = element.elements) !== null && _element$elements !== void 0 ? _element$elements : []).flatMap(findShapeTypeIds)];
}, removeShapeTypesIn = (part) => {
  let idsInPart = new Set(findShapeTypeIds(part)), remove = (element) => {
    let id = shapeTypeIdOf(element);
    return id !== void 0 ? idsInPart.has(id) ? [] : (idsInPart.add(id), [element]) : [element.elements === void 0 ? element : _objectSpread2(_objectSpread2({}, element), {}, { elements: element.elements.flatMap(remove) })];
  };
  return (elements) => elements.flatMap(remove);
};
var assertValidPatch = (key, patch, { inTableRow }) => {
  if (patch?.type === PatchType.TABLE_ROWS && Array.isArray(patch.rows)) {
    for (let row of patch.rows) {
      if (typeof row != "object" || row === null) throw new Error(`Invalid patch "${key}". Expected each of its rows to be an object of patches, by the name of their field`);
      for (let [field, fieldPatch] of Object.entries(row)) fieldPatch !== void 0 && assertValidPatch(`${key}.${field}`, fieldPatch, { inTableRow: !0 });
    }
    return;
  }
  if (!(patch?.type === PatchType.DRAWING ? !inTableRow && typeof patch.patch == "function" : patch?.type !== PatchType.TABLE_ROWS && Array.isArray(patch?.children))) throw new Error(`Invalid patch "${key}". Expected { type: PatchType.PARAGRAPH or PatchType.DOCUMENT, children: [...] }, ${inTableRow ? "or { type: PatchType.TABLE_ROWS, rows: [...] }" : "{ type: PatchType.TABLE_ROWS, rows: [...] }, or a drawing patch such as ImagePatch, or ChartDataPatch from docx/charts"}`);
}, imageReplacer = new ImageReplacer(), UTF16LE = new Uint8Array([255, 254]), UTF16BE = new Uint8Array([254, 255]), PATCHED_PART_ROOTS = /* @__PURE__ */ new Set([
  "w:document",
  "w:hdr",
  "w:ftr",
  "w:footnotes",
  "w:endnotes",
  "w:comments"
]), compareByteArrays = (a, b) => {
  if (a.length !== b.length) return !1;
  for (let i2 = 0; i2 < a.length; i2++) if (a[i2] !== b[i2]) return !1;
  return !0;
}, patchDocument = (function() {
  var _ref = _asyncToGenerator(function* ({ outputType, data, patches, keepOriginalStyles, placeholderDelimiters = {
    start: "{{",
    end: "}}"
  }, recursive = !0, trimPlaceholders: trimPlaceholders$1 = !1, footnotes, endnotes, numbering = { config: [] }, pageNumbers, properties }) {
    let zipContent = yield loadZip(data), contexts = /* @__PURE__ */ new Map(), themeColors = readThemeColors(zipContent), contentTypeOverrides = [], parts = new PackageParts({ addOverride: (contentType, partName) => contentTypeOverrides.push({
      contentType,
      partName
    }) }, new Set([...zipContent.keys()].filter((path) => path.startsWith("word/")).map((path) => path.slice(5)))), file = {
      Media: new Media((extension) => parts.takePath("media", "image", extension)),
      Numbering: new Numbering(numbering),
      Theme: themeColors && { Colors: themeColors },
      FootNotes: { View: { idOf: (reference, note, context) => carryNote("footnotes", reference, note, context) } },
      Endnotes: { View: { idOf: (reference, note, context) => carryNote("endnotes", reference, note, context) } },
      PackageParts: parts
    }, map = /* @__PURE__ */ new Map(), imageRelationshipAdditions = [], relationshipAdditions = [], hasMedia = !1, binaryContentMap = /* @__PURE__ */ new Map();
    checkPlaceholderDelimiters(placeholderDelimiters);
    let { start, end } = placeholderDelimiters;
    for (let [key, patch] of Object.entries(patches)) assertValidPatch(key, patch, { inTableRow: !1 });
    for (let [key, binaryValue] of zipContent) {
      var _json$elements;
      let startBytes = binaryValue.slice(0, 2);
      if (compareByteArrays(startBytes, UTF16LE) || compareByteArrays(startBytes, UTF16BE)) {
        binaryContentMap.set(key, binaryValue);
        continue;
      }
      if (!key.endsWith(".xml") && !key.endsWith(".rels")) {
        binaryContentMap.set(key, binaryValue);
        continue;
      }
      let json = toJson(decodeUtf8(binaryValue)), root = (_json$elements = json.elements) === null || _json$elements === void 0 ? void 0 : _json$elements.find((i2) => {
        var _i$name;
        return PATCHED_PART_ROOTS.has((_i$name = i2.name) !== null && _i$name !== void 0 ? _i$name : "");
      });
      if (root && root.attributes) {
        for (let ns of [
          "mc",
          "wp",
          "r",
          "w15",
          "m",
          "v",
          "o"
        ]) root.attributes[`xmlns:${ns}`] = DocumentAttributeNamespaces[ns];
        root.attributes["mc:Ignorable"] = `${root.attributes["mc:Ignorable"] || ""} w15`.trim();
      }
      map.set(key, json);
    }
    let renumberBookmarks = renumberBookmarksAvoiding([...map.values()].flatMap(findBookmarkIds)), renumberDrawings = renumberDrawingsAvoiding([...map.values()].flatMap(findDrawingIds)), viewWrappers = /* @__PURE__ */ new Map(), viewWrapperOf = (key) => {
      let existing = viewWrappers.get(key);
      if (existing) return existing;
      let viewWrapper = { Relationships: { addRelationship: (id, type, target, targetMode) => {
        relationshipAdditions.push({
          key,
          id,
          type,
          target,
          targetMode
        });
      } } };
      return viewWrappers.set(key, viewWrapper), viewWrapper;
    }, createContext = (key) => ({
      file,
      viewWrapper: viewWrapperOf(key),
      stack: []
    }), addContentTypeOverride = (contentType, partName) => {
      contentTypeOverrides.push({
        contentType,
        partName
      });
    }, styles = patchStyles(map, createContext), lists = patchNumbering(file.Numbering, map, {
      createContext,
      addContentTypeOverride
    }), notes = patchNotes({
      footnotes,
      endnotes
    }, map, {
      createContext,
      addContentTypeOverride,
      renumberBookmarks,
      renumberDrawings,
      renumberLists: lists.renumber,
      useStyles: styles.use
    }), carryNote = (kind, reference, note, context) => context.viewWrapper === viewWrapperOf("word/document.xml") ? notes.carry(kind, reference, note) : void 0;
    if (trimPlaceholders$1) {
      let keysWhere = (test) => Object.entries(patches).flatMap(([key, patch]) => test(patch.type) ? [key] : []), keys = {
        delimiters: {
          start,
          end
        },
        textKeys: new Set(keysWhere((type) => type !== PatchType.TABLE_ROWS && type !== PatchType.DRAWING)),
        tableRowsKeys: keysWhere((type) => type === PatchType.TABLE_ROWS),
        drawingKeys: new Set(keysWhere((type) => type === PatchType.DRAWING))
      };
      for (let [key, json] of map) key.startsWith("word/") && !key.endsWith(".rels") && trimPlaceholders(json, keys);
    }
    patchDrawings({
      parts: map,
      binaryParts: binaryContentMap,
      file,
      patches: Object.entries(patches).flatMap(([key, patch]) => patch.type === PatchType.DRAWING ? [[key, patch]] : []),
      delimiters: {
        start,
        end
      }
    }, createContext);
    let textPatches = Object.entries(patches).flatMap(([key, patch]) => patch.type === PatchType.DRAWING ? [] : [[key, patch]]), patchesInOrder = [...textPatches.filter(([, patch]) => patch.type === PatchType.TABLE_ROWS), ...textPatches.filter(([, patch]) => patch.type !== PatchType.TABLE_ROWS)];
    for (let [key, json] of [...map]) {
      if (!key.startsWith("word/") || key.endsWith(".xml.rels")) continue;
      let context = createContext(key);
      contexts.set(key, context);
      let removeShapeTypes = removeShapeTypesIn(json), patchPlaceholder = (element, patchKey, patchValue) => {
        if (patchValue.type === PatchType.TABLE_ROWS) {
          patchTableRows({
            json: element,
            key: patchKey,
            patch: patchValue,
            delimiters: {
              start,
              end
            },
            patchPlaceholder,
            renumberDrawings
          });
          return;
        }
        let hyperlinkRelationships = [], { didFindOccurrence } = replacer({
          json: element,
          patch: _objectSpread2(_objectSpread2({}, patchValue), {}, { children: patchValue.children.flatMap((child2) => child2 instanceof Bookmark ? child2.writtenAs : [child2]).map((child2) => {
            if (child2 instanceof ExternalHyperlink) {
              let { target, anchor } = externalHyperlinkTarget(child2.options.link), concreteHyperlink = new ConcreteHyperlink(child2.options.children, uniqueId(), anchor, child2.options.link);
              return hyperlinkRelationships.push({
                key,
                id: concreteHyperlink.linkId,
                type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                target,
                targetMode: TargetModeType.EXTERNAL
              }), concreteHyperlink;
            } else return child2;
          }) }),
          patchText: `${start}${patchKey}${end}`,
          context,
          keepOriginalStyles,
          recursive,
          renumberIds: (elements) => styles.use(lists.renumber(notes.renumber(renumberBookmarks(renumberDrawings(removeShapeTypes(elements))))))
        });
        didFindOccurrence && relationshipAdditions.push(...hyperlinkRelationships);
      };
      for (let [patchKey, patchValue] of patchesInOrder) patchPlaceholder(json, patchKey, patchValue);
    }
    notes.write(), lists.write(), styles.write();
    for (let [key, json] of map) {
      if (!key.startsWith("word/") || key.endsWith(".xml.rels")) continue;
      let mediaDatas = imageReplacer.getMediaData(JSON.stringify(json), file.Media);
      mediaDatas.length > 0 && (hasMedia = !0, imageRelationshipAdditions.push({
        key,
        mediaDatas
      }));
    }
    for (let { key, mediaDatas } of imageRelationshipAdditions) {
      var _map$get;
      let relationshipKey = relationshipsPathOf(key), relationshipsJson = (_map$get = map.get(relationshipKey)) !== null && _map$get !== void 0 ? _map$get : createRelationshipFile();
      map.set(relationshipKey, relationshipsJson);
      let index = getNextRelationshipIndex(relationshipsJson), newJson = imageReplacer.replace(JSON.stringify(map.get(key)), mediaDatas, index);
      map.set(key, JSON.parse(newJson));
      for (let i2 = 0; i2 < mediaDatas.length; i2++) {
        let { fileName } = mediaDatas[i2];
        appendRelationship(relationshipsJson, index + i2, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", `media/${fileName}`);
      }
    }
    for (let { key, id, type, target, targetMode } of relationshipAdditions) {
      var _map$get2;
      let relationshipKey = relationshipsPathOf(key), relationshipsJson = (_map$get2 = map.get(relationshipKey)) !== null && _map$get2 !== void 0 ? _map$get2 : createRelationshipFile();
      map.set(relationshipKey, relationshipsJson), appendRelationship(relationshipsJson, id, type, target, targetMode);
    }
    pageNumbers && (yield fillTemplatePageNumbers(map, pageNumbers, binaryContentMap)), properties && patchCoreProperties(map, binaryContentMap, properties, { addContentTypeOverride });
    let packageParts = xmlifyPackageParts(file, void 0);
    if (hasMedia || contentTypeOverrides.length > 0) {
      let contentTypesJson = map.get("[Content_Types].xml");
      if (!contentTypesJson) throw new Error("Could not find content types file");
      hasMedia && (appendContentType(contentTypesJson, "image/png", "png"), appendContentType(contentTypesJson, "image/jpeg", "jpeg"), appendContentType(contentTypesJson, "image/jpeg", "jpg"), appendContentType(contentTypesJson, "image/bmp", "bmp"), appendContentType(contentTypesJson, "image/gif", "gif"), appendContentType(contentTypesJson, "image/svg+xml", "svg"));
      for (let { contentType, partName } of contentTypeOverrides) appendContentTypeOverride(contentTypesJson, contentType, partName);
    }
    return zipOutput(zipFiles([
      ...[...map].map(([key, value]) => [key, stringifyElement(value)]),
      ...binaryContentMap,
      ...file.Media.Array.map(({ data: media, fileName }) => [`word/media/${fileName}`, media]),
      ...packageParts.map(({ path, data: partData }) => [path, partData])
    ]), outputType, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });
  return function(_x) {
    return _ref.apply(this, arguments);
  };
})(), isSearched = (path) => path.startsWith("word/") && /\.(xml|rels)$/.test(path) && !path.endsWith(".xml.rels"), patchDetector = (function() {
  var _ref = _asyncToGenerator(function* ({ data, placeholderDelimiters = {
    start: "{{",
    end: "}}"
  }, trimPlaceholders: trimPlaceholders2 = !1 }) {
    checkPlaceholderDelimiters(placeholderDelimiters);
    let pattern = placeholderPattern(placeholderDelimiters), zipContent = yield loadZip(data, isSearched), patches = /* @__PURE__ */ new Set();
    for (let [, value] of zipContent) {
      let json = toJson(decodeUtf8(value));
      [...traverse(json).map((p) => p.text), ...findDrawings(json).flatMap(({ properties }) => altTextOf(properties))].flatMap((text) => {
        var _text$match;
        return (_text$match = text.match(pattern)) !== null && _text$match !== void 0 ? _text$match : [];
      }).map((patch) => trimPlaceholders2 ? patch.trim() : patch).filter((patch) => patch !== "").forEach((patch) => patches.add(patch));
    }
    return Array.from(patches);
  });
  return function(_x) {
    return _ref.apply(this, arguments);
  };
})(), escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), placeholderPattern = ({ start, end }) => new RegExp(`(?<=${escapeRegExp(start)})(?:(?!${escapeRegExp(start)}).)+?(?=${escapeRegExp(end)})`, "gs");

// src/formatters/document/docx.ts
var font = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT }, twip = (mm) => Math.round(convertMillimetersToTwip(mm)), border = { style: BorderStyle.SINGLE, size: 4, color: "000000" }, borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
function paragraph(b) {
  switch (b.style) {
    case "title":
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: b.text, bold: !0, size: TITLE_SIZE * 2 })] });
    case "subtitle":
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: b.text })] });
    case "heading":
      return new Paragraph({ spacing: { before: 120, after: 80 }, keepNext: !0, children: [new TextRun({ text: b.text, bold: !0, size: (FONT_SIZE + 2) * 2 })] });
    case "label":
      return new Paragraph({ spacing: { before: 80 }, keepNext: !0, children: [new TextRun({ text: b.text, bold: !0 })] });
    case "item":
      return new Paragraph({ indent: { left: twip(6) }, children: [new TextRun({ text: b.text })] });
    case "notice":
      return new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: b.text, italics: !0 })] });
    default:
      return new Paragraph({ children: b.text === "" ? [] : [new TextRun({ text: b.text })] });
  }
}
function table(t) {
  let columnWidths = t.widths.map(twip), grid = tableGrid(t);
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: t.rows.map((row, r) => {
      let startOf = /* @__PURE__ */ new Map();
      return grid[r].forEach((slot, i2) => {
        "cell" in slot && startOf.set(slot.cell, i2);
      }), new TableRow({
        tableHeader: row.header === !0,
        cantSplit: !0,
        children: row.cells.map((c) => {
          let span = c.colSpan ?? 1, col = startOf.get(c) ?? 0, width = columnWidths.slice(col, col + span).reduce((a, b) => a + b, 0);
          return new TableCell({
            ...span > 1 ? { columnSpan: span } : {},
            ...c.rowSpan !== void 0 && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {},
            width: { size: width, type: WidthType.DXA },
            verticalAlign: c.head ? VerticalAlign.CENTER : VerticalAlign.TOP,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            ...c.head ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7E6E6" } } : {},
            children: c.lines.map(
              (line) => new Paragraph({
                alignment: c.center ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: line === "" ? [] : [new TextRun({ text: line, bold: c.head === !0 })]
              })
            )
          });
        })
      });
    })
  });
}
function block(b) {
  return b.kind === "paragraph" ? paragraph(b) : table(b);
}
async function documentDocx(layout) {
  let doc = new File({
    creator: "compstd",
    title: layout.title,
    subject: layout.code,
    styles: {
      default: {
        document: { run: { font, size: FONT_SIZE * 2, language: { value: "zh-TW", eastAsia: "zh-TW" } } }
      }
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for a landscape page.
            size: { width: twip(PAGE.height), height: twip(PAGE.width), orientation: PageOrientation.LANDSCAPE },
            margin: { top: twip(PAGE.margin), bottom: twip(PAGE.margin), left: twip(PAGE.margin), right: twip(PAGE.margin), footer: twip(6) }
          }
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [FOOTER.before, PageNumber.CURRENT, FOOTER.between, PageNumber.TOTAL_PAGES, FOOTER.after], size: 16 })] })]
          })
        },
        children: layout.blocks.map(block)
      }
    ]
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
export {
  documentDocx
};
/*! Bundled license information:

docx/dist/index.mjs:
  (**
  * @license MIT
  * Adapted from stream-browserify 3.0.0's base Stream and pipe implementation (MIT).
  * Copyright Joyent, Inc. and other Node contributors.
  * Copyright (c) James Halliday
  *
  * Permission is hereby granted, free of charge, to any person obtaining a
  * copy of this software and associated documentation files (the
  * "Software"), to deal in the Software without restriction, including
  * without limitation the rights to use, copy, modify, merge, publish,
  * distribute, sublicense, and/or sell copies of the Software, and to permit
  * persons to whom the Software is furnished to do so, subject to the
  * following conditions:
  *
  * The above copyright notice and this permission notice shall be included
  * in all copies or substantial portions of the Software.
  *
  * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
  * OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
  * MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
  * NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
  * DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
  * OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE
  * USE OR OTHER DEALINGS IN THE SOFTWARE.
  *)
*/
