import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// node_modules/csv-stringify/lib/utils/get.js
var reEscapeChar = /\\(\\)?/g, rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
  "g"
), reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/, reIsPlainProp = /^\w*$/, getTag = function(value) {
  return Object.prototype.toString.call(value);
}, isSymbol = function(value) {
  let type = typeof value;
  return type === "symbol" || type === "object" && value && getTag(value) === "[object Symbol]";
}, isKey = function(value, object) {
  if (Array.isArray(value))
    return !1;
  let type = typeof value;
  return type === "number" || type === "symbol" || type === "boolean" || !value || isSymbol(value) ? !0 : reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
}, stringToPath = function(string) {
  let result = [];
  return string.charCodeAt(0) === 46 && result.push(""), string.replace(rePropName, function(match, expression, quote, subString) {
    let key = match;
    quote ? key = subString.replace(reEscapeChar, "$1") : expression && (key = expression.trim()), result.push(key);
  }), result;
}, castPath = function(value, object) {
  return Array.isArray(value) ? value : isKey(value, object) ? [value] : stringToPath(value);
}, toKey = function(value) {
  if (typeof value == "string" || isSymbol(value)) return value;
  let result = `${value}`;
  return result == "0" && 1 / value == -1 / 0 ? "-0" : result;
}, get = function(object, path) {
  path = castPath(path, object);
  let index = 0, length = path.length;
  for (; object != null && index < length; )
    object = object[toKey(path[index++])];
  return index && index === length ? object : void 0;
};

// node_modules/csv-stringify/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj == "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-stringify/lib/api/normalize_columns.js
var normalize_columns = function(columns) {
  if (columns == null)
    return [void 0, void 0];
  if (typeof columns != "object")
    return [Error('Invalid option "columns": expect an array or an object')];
  if (Array.isArray(columns)) {
    let newcolumns = [];
    for (let column of columns)
      if (typeof column == "string")
        newcolumns.push({
          key: column,
          header: column
        });
      else if (typeof column == "object" && column !== null && !Array.isArray(column)) {
        if (!column.key)
          return [
            Error('Invalid column definition: property "key" is required')
          ];
        column.header === void 0 && (column.header = column.key), newcolumns.push(column);
      } else
        return [
          Error("Invalid column definition: expect a string or an object")
        ];
    columns = newcolumns;
  } else {
    let newcolumns = [];
    for (let k in columns)
      newcolumns.push({
        key: k,
        header: columns[k]
      });
    columns = newcolumns;
  }
  return [void 0, columns];
};

// node_modules/csv-stringify/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, ...contexts) {
    Array.isArray(message) && (message = message.join(" ")), super(message), Error.captureStackTrace !== void 0 && Error.captureStackTrace(this, _CsvError), this.code = code;
    for (let context of contexts)
      for (let key in context) {
        let value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString() : value == null ? value : JSON.parse(JSON.stringify(value));
      }
  }
};

// node_modules/csv-stringify/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-stringify/lib/api/normalize_options.js
var normalize_options = function(opts) {
  let options = {};
  for (let opt in opts)
    options[underscore(opt)] = opts[opt];
  if (options.bom === void 0 || options.bom === null || options.bom === !1)
    options.bom = !1;
  else if (options.bom !== !0)
    return [
      new CsvError("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
        "option `bom` is optional and must be a boolean value,",
        `got ${JSON.stringify(options.bom)}`
      ])
    ];
  if (options.delimiter === void 0 || options.delimiter === null)
    options.delimiter = ",";
  else if (Buffer.isBuffer(options.delimiter))
    options.delimiter = options.delimiter.toString();
  else if (typeof options.delimiter != "string")
    return [
      new CsvError("CSV_OPTION_DELIMITER_INVALID_TYPE", [
        "option `delimiter` must be a buffer or a string,",
        `got ${JSON.stringify(options.delimiter)}`
      ])
    ];
  if (options.quote === void 0 || options.quote === null)
    options.quote = '"';
  else if (options.quote === !0)
    options.quote = '"';
  else if (options.quote === !1)
    options.quote = "";
  else if (Buffer.isBuffer(options.quote))
    options.quote = options.quote.toString();
  else if (typeof options.quote != "string")
    return [
      new CsvError("CSV_OPTION_QUOTE_INVALID_TYPE", [
        "option `quote` must be a boolean, a buffer or a string,",
        `got ${JSON.stringify(options.quote)}`
      ])
    ];
  if ((options.quoted === void 0 || options.quoted === null) && (options.quoted = !1), options.escape_formulas === void 0 || options.escape_formulas === null)
    options.escape_formulas = !1;
  else if (typeof options.escape_formulas != "boolean")
    return [
      new CsvError("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
        "option `escape_formulas` must be a boolean,",
        `got ${JSON.stringify(options.escape_formulas)}`
      ])
    ];
  if ((options.quoted_empty === void 0 || options.quoted_empty === null) && (options.quoted_empty = void 0), options.quoted_match === void 0 || options.quoted_match === null || options.quoted_match === !1 ? options.quoted_match = null : Array.isArray(options.quoted_match) || (options.quoted_match = [options.quoted_match]), options.quoted_match)
    for (let quoted_match of options.quoted_match) {
      let isString = typeof quoted_match == "string", isRegExp = quoted_match instanceof RegExp;
      if (!isString && !isRegExp)
        return [
          new CsvError("CSV_OPTION_QUOTED_MATCH", [
            "option `quoted_match` must be a string or a regex,",
            `got ${JSON.stringify(options.quoted_match)}`
          ])
        ];
    }
  if ((options.quoted_string === void 0 || options.quoted_string === null) && (options.quoted_string = !1), (options.eof === void 0 || options.eof === null) && (options.eof = !0), options.escape === void 0 || options.escape === null)
    options.escape = '"';
  else if (Buffer.isBuffer(options.escape))
    options.escape = options.escape.toString();
  else if (typeof options.escape != "string")
    return [
      Error(
        `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`
      )
    ];
  if (options.escape.length > 1)
    return [
      Error(
        `Invalid Option: escape must be one character, got ${options.escape.length} characters`
      )
    ];
  if (options.header === void 0 || options.header === null || options.header === !1)
    options.header = !1;
  else if (options.header !== !0)
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER",
      [
        "option `header` is expected to be a boolean,",
        `got ${JSON.stringify(options.header)}`
      ],
      options
    );
  if (options.header_as_comment === void 0 || options.header_as_comment === null || options.header_as_comment === !1)
    options.header_as_comment = !1;
  else if (options.header_as_comment === !0)
    options.header_as_comment = "#";
  else if (Buffer.isBuffer(options.header_as_comment))
    options.header_as_comment = options.header_as_comment.toString();
  else if (typeof options.header_as_comment != "string")
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
      [
        "option `header_as_comment` must be a boolean, a string or a buffer,",
        `got ${JSON.stringify(options.header_as_comment)}`
      ],
      options
    );
  let [errColumns, columns] = normalize_columns(options.columns);
  if (errColumns !== void 0) return [errColumns];
  if (options.columns = columns, (options.quoted === void 0 || options.quoted === null) && (options.quoted = !1), (options.cast === void 0 || options.cast === null) && (options.cast = {}), (options.cast.bigint === void 0 || options.cast.bigint === null) && (options.cast.bigint = (value) => "" + value), (options.cast.boolean === void 0 || options.cast.boolean === null) && (options.cast.boolean = (value) => value ? "1" : ""), (options.cast.date === void 0 || options.cast.date === null) && (options.cast.date = (value) => "" + value.getTime()), (options.cast.number === void 0 || options.cast.number === null) && (options.cast.number = (value) => "" + value), (options.cast.object === void 0 || options.cast.object === null) && (options.cast.object = (value) => JSON.stringify(value)), (options.cast.string === void 0 || options.cast.string === null) && (options.cast.string = function(value) {
    return value;
  }), options.on_record !== void 0 && typeof options.on_record != "function")
    return [Error('Invalid Option: "on_record" must be a function.')];
  if (options.quote_record_delimiter === void 0 || options.quote_record_delimiter === null)
    options.quote_record_delimiter = !options.record_delimiter;
  else if (typeof options.quote_record_delimiter != "boolean")
    return [
      new CsvError("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
        "option `quote_record_delimiter` must be a boolean,",
        `got ${JSON.stringify(options.quote_record_delimiter)}`
      ])
    ];
  if (options.record_delimiter === void 0 || options.record_delimiter === null)
    options.record_delimiter = `
`;
  else if (Buffer.isBuffer(options.record_delimiter))
    options.record_delimiter = options.record_delimiter.toString();
  else if (typeof options.record_delimiter != "string")
    return [
      Error(
        `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`
      )
    ];
  switch (options.record_delimiter) {
    case "unix":
      options.record_delimiter = `
`;
      break;
    case "mac":
      options.record_delimiter = "\r";
      break;
    case "windows":
      options.record_delimiter = `\r
`;
      break;
    case "ascii":
      options.record_delimiter = "";
      break;
    case "unicode":
      options.record_delimiter = "\u2028";
      break;
  }
  return [void 0, options];
};

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8 = Buffer.from([239, 187, 191]), emits_separator = function(value, separators) {
  return separators.some(
    (separator) => separator.length !== 0 && (value.indexOf(separator) !== -1 || separator.length > 1 && (value + separator).indexOf(separator) < value.length)
  );
}, matches_quoted_match = function(value, quoted_match) {
  return quoted_match ? quoted_match.some(
    (pattern) => typeof pattern == "string" ? value.indexOf(pattern) !== -1 : value.search(pattern) !== -1
  ) : !1;
}, stringifier = function(options, state, info) {
  return {
    options,
    state,
    info,
    __transform: function(chunk, push) {
      if (!Array.isArray(chunk) && typeof chunk != "object")
        return Error(
          `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`
        );
      if (this.info.records === 0) {
        if (Array.isArray(chunk)) {
          if (this.options.header === !0 && this.options.columns === void 0)
            return Error(
              "Undiscoverable Columns: header option requires column option or object records"
            );
        } else if (this.options.columns === void 0) {
          let [err2, columns] = normalize_columns(Object.keys(chunk));
          if (err2) return;
          this.options.columns = columns;
        }
      }
      if (this.info.records === 0) {
        this.bom(push);
        let err2 = this.headers(push);
        if (err2) return err2;
      }
      try {
        this.options.on_record && this.options.on_record(chunk, this.info.records);
      } catch (err2) {
        return err2;
      }
      let err, chunk_string;
      if (this.options.eof) {
        if ([err, chunk_string] = this.stringify(chunk), err) return err;
        if (chunk_string === void 0)
          return;
        chunk_string = chunk_string + this.options.record_delimiter;
      } else {
        if ([err, chunk_string] = this.stringify(chunk), err) return err;
        if (chunk_string === void 0)
          return;
        (this.options.header || this.info.records) && (chunk_string = this.options.record_delimiter + chunk_string);
      }
      this.info.records++, push(chunk_string);
    },
    stringify: function(chunk, chunkIsHeader = !1) {
      if (typeof chunk != "object")
        return [void 0, chunk];
      let { columns } = this.options, record = [];
      if (Array.isArray(chunk)) {
        let length = columns ? Math.min(chunk.length, columns.length) : chunk.length;
        for (let i = 0; i < length; i++) {
          let field = chunk[i], [err, value] = this.__cast(field, {
            index: i,
            column: i,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      } else
        for (let i = 0; i < columns.length; i++) {
          let field = get(chunk, columns[i].key), [err, value] = this.__cast(field, {
            index: i,
            column: columns[i].key,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      let csvrecord = "";
      for (let i = 0; i < record.length; i++) {
        let options2, err, [value, field] = record[i];
        if (typeof value == "string")
          options2 = this.options;
        else if (is_object(value)) {
          if (options2 = { ...value }, value = options2.value, delete options2.value, typeof value != "string" && value !== void 0 && value !== null && err)
            return [
              Error(
                `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`
              )
            ];
          if (options2 = { ...this.options, ...options2 }, [err, options2] = normalize_options(options2), err !== void 0)
            return [err];
        } else if (value == null)
          options2 = this.options;
        else
          return [
            Error(
              `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`
            )
          ];
        let {
          delimiter,
          escape,
          quote,
          quoted,
          quoted_empty,
          quoted_string,
          quoted_match,
          record_delimiter,
          quote_record_delimiter,
          escape_formulas
        } = options2;
        if (value === "" && field === "")
          (matches_quoted_match(value, quoted_match) || quoted_empty === !0 || quoted_string === !0 && quoted_empty !== !1) === !0 && (value = quote + value + quote), csvrecord += value;
        else if (value) {
          if (typeof value != "string")
            return [
              Error(
                `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`
              )
            ];
          let containsdelimiter = emits_separator(value, [delimiter]), containsQuote = quote !== "" && value.indexOf(quote) >= 0, containsEscape = value.indexOf(escape) >= 0 && escape !== quote, containsRecordDelimiter = emits_separator(value, [
            record_delimiter,
            ...quote_record_delimiter === !1 ? [] : [`
`, "\r"]
          ]), quotedString = quoted_string && typeof field == "string", quotedMatch = matches_quoted_match(value, quoted_match);
          if (escape_formulas)
            switch (value[0]) {
              case "-":
                if (typeof field == "number" || typeof field == "bigint")
                  break;
                value = `'${value}`;
                break;
              case "=":
              case "+":
              case "@":
              case "	":
              case "\r":
              case "\uFF1D":
              // Unicode '='
              case "\uFF0B":
              // Unicode '+'
              case "\uFF0D":
              // Unicode '-'
              case "\uFF20":
                value = `'${value}`;
                break;
            }
          let shouldQuote = containsQuote === !0 || containsdelimiter || containsRecordDelimiter || quoted || quotedString || quotedMatch;
          shouldQuote === !0 && containsEscape === !0 && (value = value.replaceAll(escape, () => escape + escape)), containsQuote === !0 && (value = value.replaceAll(quote, () => escape + quote)), shouldQuote === !0 && (value = quote + value + quote), csvrecord += value;
        } else (quoted_empty === !0 || field === "" && quoted_string === !0 && quoted_empty !== !1) && (csvrecord += quote + quote);
        i !== record.length - 1 && (csvrecord += delimiter);
      }
      return [void 0, csvrecord];
    },
    bom: function(push) {
      this.options.bom === !0 && push(bom_utf8);
    },
    headers: function(push) {
      if (this.options.header === !1 || this.options.columns === void 0)
        return;
      let err, headers = this.options.columns.map((column) => column.header);
      if (this.options.eof ? ([err, headers] = this.stringify(headers, !0), headers += this.options.record_delimiter) : [err, headers] = this.stringify(headers, !0), err) return err;
      this.options.header_as_comment && (headers = this.options.header_as_comment + " " + headers), push(headers);
    },
    __cast: function(value, context) {
      let type = typeof value;
      try {
        return type === "string" ? [void 0, this.options.cast.string(value, context)] : type === "bigint" ? [void 0, this.options.cast.bigint(value, context)] : type === "number" ? [void 0, this.options.cast.number(value, context)] : type === "boolean" ? [void 0, this.options.cast.boolean(value, context)] : value instanceof Date ? [void 0, this.options.cast.date(value, context)] : type === "object" && value !== null ? [void 0, this.options.cast.object(value, context)] : value === null && this.options.cast.null !== void 0 ? [void 0, this.options.cast.null(value, context)] : value === void 0 && this.options.cast.undefined !== void 0 ? [void 0, this.options.cast.undefined(value, context)] : [void 0, value];
      } catch (err) {
        return [err];
      }
    }
  };
};

// node_modules/csv-stringify/lib/sync.js
var stringify = function(records, opts = {}) {
  let data = [], [err, options] = normalize_options(opts);
  if (err !== void 0) throw err;
  let api = stringifier(options, {
    stop: !1
  }, {
    records: 0
  });
  for (let record of records) {
    let err2 = api.__transform(record, function(record2) {
      data.push(record2);
    });
    if (err2 !== void 0) throw err2;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    let err2 = api.headers((headers) => {
      data.push(headers);
    });
    if (err2 !== void 0) throw err2;
  }
  return data.join("");
};

// src/formatters/encode/csv.ts
var DEFAULT_CSV = { bom: !0, delimiter: ",", formulaGuard: !0 }, FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;
function neutralise(cell) {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
function csvDocument(header, rows, enc = DEFAULT_CSV) {
  let cell = (c) => c == null ? "" : typeof c == "number" ? String(c) : enc.formulaGuard ? neutralise(c) : c, records = header ? [header.map(cell), ...rows.map((r) => r.map(cell))] : rows.map((r) => r.map(cell)), body = stringify(records, {
    delimiter: enc.delimiter,
    record_delimiter: "windows",
    // Any cell with a CR or LF is quoted, a bare CR included: it never starts a row.
    quoted_match: /[\r\n]/
  });
  return (enc.bom ? "\uFEFF" : "") + body;
}

export {
  DEFAULT_CSV,
  csvDocument
};
