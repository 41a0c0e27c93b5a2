#!/usr/bin/env node
import { createRequire as __shipgateCreateRequire } from 'node:module'; const require = __shipgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@fast-csv/format/build/src/FormatterOptions.js
var require_FormatterOptions = __commonJS({
  "node_modules/@fast-csv/format/build/src/FormatterOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FormatterOptions = void 0;
    var FormatterOptions = class {
      objectMode = true;
      delimiter = ",";
      rowDelimiter = "\n";
      quote = '"';
      escape = this.quote;
      quoteColumns = false;
      quoteHeaders = this.quoteColumns;
      headers = null;
      includeEndRowDelimiter = false;
      transform;
      shouldWriteHeaders;
      writeBOM = false;
      escapedQuote;
      BOM = "\uFEFF";
      alwaysWriteHeaders = false;
      constructor(opts = {}) {
        Object.assign(this, opts || {});
        if (typeof opts?.quoteHeaders === "undefined") {
          this.quoteHeaders = this.quoteColumns;
        }
        if (opts?.quote === true) {
          this.quote = '"';
        } else if (opts?.quote === false) {
          this.quote = "";
        }
        if (typeof opts?.escape !== "string") {
          this.escape = this.quote;
        }
        this.shouldWriteHeaders = !!this.headers && (opts.writeHeaders ?? true);
        this.headers = Array.isArray(this.headers) ? this.headers : null;
        this.escapedQuote = `${this.escape}${this.quote}`;
      }
    };
    exports.FormatterOptions = FormatterOptions;
  }
});

// node_modules/@fast-csv/format/build/src/formatter/FieldFormatter.js
var require_FieldFormatter = __commonJS({
  "node_modules/@fast-csv/format/build/src/formatter/FieldFormatter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FieldFormatter = void 0;
    var escapeRegExp = (value) => {
      return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    };
    var FieldFormatter = class {
      formatterOptions;
      _headers = null;
      REPLACE_REGEXP;
      ESCAPE_REGEXP;
      constructor(formatterOptions) {
        this.formatterOptions = formatterOptions;
        if (formatterOptions.headers !== null) {
          this.headers = formatterOptions.headers;
        }
        this.REPLACE_REGEXP = new RegExp(formatterOptions.quote, "g");
        const escapePattern = `[${formatterOptions.delimiter}${escapeRegExp(formatterOptions.rowDelimiter)}|\r|
]`;
        this.ESCAPE_REGEXP = new RegExp(escapePattern);
      }
      set headers(headers) {
        this._headers = headers;
      }
      shouldQuote(fieldIndex, isHeader) {
        const quoteConfig = isHeader ? this.formatterOptions.quoteHeaders : this.formatterOptions.quoteColumns;
        if (typeof quoteConfig === "boolean") {
          return quoteConfig;
        }
        if (Array.isArray(quoteConfig)) {
          return quoteConfig[fieldIndex];
        }
        if (this._headers !== null) {
          return quoteConfig[this._headers[fieldIndex]];
        }
        return false;
      }
      format(field, fieldIndex, isHeader) {
        const preparedField = `${field ?? ""}`.replace(/\0/g, "");
        const { formatterOptions } = this;
        if (formatterOptions.quote !== "") {
          const shouldEscape = preparedField.indexOf(formatterOptions.quote) !== -1;
          if (shouldEscape) {
            return this.quoteField(preparedField.replace(this.REPLACE_REGEXP, formatterOptions.escapedQuote));
          }
        }
        const hasEscapeCharacters = preparedField.search(this.ESCAPE_REGEXP) !== -1;
        if (hasEscapeCharacters || this.shouldQuote(fieldIndex, isHeader)) {
          return this.quoteField(preparedField);
        }
        return preparedField;
      }
      quoteField(field) {
        const { quote: quote5 } = this.formatterOptions;
        return `${quote5}${field}${quote5}`;
      }
    };
    exports.FieldFormatter = FieldFormatter;
  }
});

// node_modules/@fast-csv/format/build/src/types.js
var require_types = __commonJS({
  "node_modules/@fast-csv/format/build/src/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isSyncTransform = void 0;
    var isSyncTransform = (transform) => {
      return transform.length === 1;
    };
    exports.isSyncTransform = isSyncTransform;
  }
});

// node_modules/@fast-csv/format/build/src/formatter/RowFormatter.js
var require_RowFormatter = __commonJS({
  "node_modules/@fast-csv/format/build/src/formatter/RowFormatter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RowFormatter = void 0;
    var FieldFormatter_1 = require_FieldFormatter();
    var types_1 = require_types();
    var RowFormatter = class _RowFormatter {
      static isRowHashArray(row) {
        if (Array.isArray(row)) {
          return Array.isArray(row[0]) && row[0].length === 2;
        }
        return false;
      }
      static isRowArray(row) {
        return Array.isArray(row) && !this.isRowHashArray(row);
      }
      // get headers from a row item
      static gatherHeaders(row) {
        if (_RowFormatter.isRowHashArray(row)) {
          return row.map((it) => {
            return it[0];
          });
        }
        if (Array.isArray(row)) {
          return row;
        }
        return Object.keys(row);
      }
      static createTransform(transformFunction) {
        if ((0, types_1.isSyncTransform)(transformFunction)) {
          return (row, cb) => {
            let transformedRow = null;
            try {
              transformedRow = transformFunction(row);
            } catch (e) {
              return cb(e);
            }
            return cb(null, transformedRow);
          };
        }
        return (row, cb) => {
          transformFunction(row, cb);
        };
      }
      formatterOptions;
      fieldFormatter;
      shouldWriteHeaders;
      _rowTransform;
      headers;
      hasWrittenHeaders;
      rowCount = 0;
      constructor(formatterOptions) {
        this.formatterOptions = formatterOptions;
        this.fieldFormatter = new FieldFormatter_1.FieldFormatter(formatterOptions);
        this.headers = formatterOptions.headers;
        this.shouldWriteHeaders = formatterOptions.shouldWriteHeaders;
        this.hasWrittenHeaders = false;
        if (this.headers !== null) {
          this.fieldFormatter.headers = this.headers;
        }
        if (formatterOptions.transform) {
          this.rowTransform = formatterOptions.transform;
        }
      }
      set rowTransform(transformFunction) {
        if (typeof transformFunction !== "function") {
          throw new TypeError("The transform should be a function");
        }
        this._rowTransform = _RowFormatter.createTransform(transformFunction);
      }
      format(row, cb) {
        this.callTransformer(row, (err, transformedRow) => {
          if (err) {
            return cb(err);
          }
          if (!row) {
            return cb(null);
          }
          const rows = [];
          if (transformedRow) {
            const { shouldFormatColumns, headers } = this.checkHeaders(transformedRow);
            if (this.shouldWriteHeaders && headers && !this.hasWrittenHeaders) {
              rows.push(this.formatColumns(headers, true));
              this.hasWrittenHeaders = true;
            }
            if (shouldFormatColumns) {
              const columns = this.gatherColumns(transformedRow);
              rows.push(this.formatColumns(columns, false));
            }
          }
          return cb(null, rows);
        });
      }
      finish(cb) {
        const rows = [];
        if (this.formatterOptions.alwaysWriteHeaders && this.rowCount === 0) {
          if (!this.headers) {
            return cb(new Error("`alwaysWriteHeaders` option is set to true but `headers` option not provided."));
          }
          rows.push(this.formatColumns(this.headers, true));
        }
        if (this.formatterOptions.includeEndRowDelimiter) {
          rows.push(this.formatterOptions.rowDelimiter);
        }
        return cb(null, rows);
      }
      // check if we need to write header return true if we should also write a row
      // could be false if headers is true and the header row(first item) is passed in
      checkHeaders(row) {
        if (this.headers) {
          return { shouldFormatColumns: true, headers: this.headers };
        }
        const headers = _RowFormatter.gatherHeaders(row);
        this.headers = headers;
        this.fieldFormatter.headers = headers;
        if (!this.shouldWriteHeaders) {
          return { shouldFormatColumns: true, headers: null };
        }
        if (Array.isArray(row) && headers.every((header, i) => {
          return header === row[i];
        })) {
          return { shouldFormatColumns: false, headers };
        }
        return { shouldFormatColumns: true, headers };
      }
      // todo change this method to unknown[]
      gatherColumns(row) {
        if (this.headers === null) {
          throw new Error("Headers is currently null");
        }
        if (!Array.isArray(row)) {
          return this.headers.map((header) => {
            return row[header];
          });
        }
        if (_RowFormatter.isRowHashArray(row)) {
          return this.headers.map((header, i) => {
            const col = row[i];
            if (col) {
              return col[1];
            }
            return "";
          });
        }
        if (_RowFormatter.isRowArray(row) && !this.shouldWriteHeaders) {
          return row;
        }
        return this.headers.map((header, i) => {
          return row[i];
        });
      }
      callTransformer(row, cb) {
        if (!this._rowTransform) {
          return cb(null, row);
        }
        return this._rowTransform(row, cb);
      }
      formatColumns(columns, isHeadersRow) {
        const formattedCols = columns.map((field, i) => {
          return this.fieldFormatter.format(field, i, isHeadersRow);
        }).join(this.formatterOptions.delimiter);
        const { rowCount } = this;
        this.rowCount += 1;
        if (rowCount) {
          return [this.formatterOptions.rowDelimiter, formattedCols].join("");
        }
        return formattedCols;
      }
    };
    exports.RowFormatter = RowFormatter;
  }
});

// node_modules/@fast-csv/format/build/src/formatter/index.js
var require_formatter = __commonJS({
  "node_modules/@fast-csv/format/build/src/formatter/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FieldFormatter = exports.RowFormatter = void 0;
    var RowFormatter_1 = require_RowFormatter();
    Object.defineProperty(exports, "RowFormatter", { enumerable: true, get: function() {
      return RowFormatter_1.RowFormatter;
    } });
    var FieldFormatter_1 = require_FieldFormatter();
    Object.defineProperty(exports, "FieldFormatter", { enumerable: true, get: function() {
      return FieldFormatter_1.FieldFormatter;
    } });
  }
});

// node_modules/@fast-csv/format/build/src/CsvFormatterStream.js
var require_CsvFormatterStream = __commonJS({
  "node_modules/@fast-csv/format/build/src/CsvFormatterStream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CsvFormatterStream = void 0;
    var stream_1 = __require("stream");
    var formatter_1 = require_formatter();
    var CsvFormatterStream = class extends stream_1.Transform {
      formatterOptions;
      rowFormatter;
      hasWrittenBOM = false;
      constructor(formatterOptions) {
        super({ writableObjectMode: formatterOptions.objectMode });
        this.formatterOptions = formatterOptions;
        this.rowFormatter = new formatter_1.RowFormatter(formatterOptions);
        this.hasWrittenBOM = !formatterOptions.writeBOM;
      }
      transform(transformFunction) {
        this.rowFormatter.rowTransform = transformFunction;
        return this;
      }
      _transform(row, encoding, cb) {
        let cbCalled = false;
        try {
          if (!this.hasWrittenBOM) {
            this.push(this.formatterOptions.BOM);
            this.hasWrittenBOM = true;
          }
          this.rowFormatter.format(row, (err, rows) => {
            if (err) {
              cbCalled = true;
              return cb(err);
            }
            if (rows) {
              rows.forEach((r) => {
                this.push(Buffer.from(r, "utf8"));
              });
            }
            cbCalled = true;
            return cb();
          });
        } catch (e) {
          if (cbCalled) {
            throw e;
          }
          cb(e);
        }
      }
      _flush(cb) {
        this.rowFormatter.finish((err, rows) => {
          if (err) {
            return cb(err);
          }
          if (rows) {
            rows.forEach((r) => {
              this.push(Buffer.from(r, "utf8"));
            });
          }
          return cb();
        });
      }
    };
    exports.CsvFormatterStream = CsvFormatterStream;
  }
});

// node_modules/@fast-csv/format/build/src/index.js
var require_src = __commonJS({
  "node_modules/@fast-csv/format/build/src/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.writeToPath = exports.writeToString = exports.writeToBuffer = exports.writeToStream = exports.write = exports.format = exports.FormatterOptions = exports.CsvFormatterStream = void 0;
    var util_1 = __require("util");
    var stream_1 = __require("stream");
    var fs = __importStar(__require("fs"));
    var FormatterOptions_1 = require_FormatterOptions();
    var CsvFormatterStream_1 = require_CsvFormatterStream();
    __exportStar(require_types(), exports);
    var CsvFormatterStream_2 = require_CsvFormatterStream();
    Object.defineProperty(exports, "CsvFormatterStream", { enumerable: true, get: function() {
      return CsvFormatterStream_2.CsvFormatterStream;
    } });
    var FormatterOptions_2 = require_FormatterOptions();
    Object.defineProperty(exports, "FormatterOptions", { enumerable: true, get: function() {
      return FormatterOptions_2.FormatterOptions;
    } });
    var format = (options) => {
      return new CsvFormatterStream_1.CsvFormatterStream(new FormatterOptions_1.FormatterOptions(options));
    };
    exports.format = format;
    var write = (rows, options) => {
      const csvStream = (0, exports.format)(options);
      const promiseWrite = (0, util_1.promisify)((row, cb) => {
        csvStream.write(row, cb);
      });
      rows.reduce((prev, row) => {
        return prev.then(() => {
          return promiseWrite(row);
        });
      }, Promise.resolve()).then(() => {
        csvStream.end();
      }).catch((err) => {
        csvStream.emit("error", err);
      });
      return csvStream;
    };
    exports.write = write;
    var writeToStream = (ws, rows, options) => {
      return (0, exports.write)(rows, options).pipe(ws);
    };
    exports.writeToStream = writeToStream;
    var writeToBuffer = (rows, opts = {}) => {
      const buffers = [];
      const ws = new stream_1.Writable({
        write(data, enc, writeCb) {
          buffers.push(data);
          writeCb();
        }
      });
      return new Promise((res, rej) => {
        ws.on("error", rej).on("finish", () => {
          return res(Buffer.concat(buffers));
        });
        (0, exports.write)(rows, opts).pipe(ws);
      });
    };
    exports.writeToBuffer = writeToBuffer;
    var writeToString2 = (rows, options) => {
      return (0, exports.writeToBuffer)(rows, options).then((buffer) => {
        return buffer.toString();
      });
    };
    exports.writeToString = writeToString2;
    var writeToPath = (path, rows, options) => {
      const stream = fs.createWriteStream(path, { encoding: "utf8" });
      return (0, exports.write)(rows, options).pipe(stream);
    };
    exports.writeToPath = writeToPath;
  }
});

// node_modules/@fast-csv/parse/build/src/ParserOptions.js
var require_ParserOptions = __commonJS({
  "node_modules/@fast-csv/parse/build/src/ParserOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserOptions = void 0;
    var escapeRegExp = (value) => {
      return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    };
    var ParserOptions = class {
      escapedDelimiter;
      objectMode = true;
      delimiter = ",";
      ignoreEmpty = false;
      quote = '"';
      escape = null;
      escapeChar = this.quote;
      comment = null;
      supportsComments = false;
      ltrim = false;
      rtrim = false;
      trim = false;
      headers = null;
      renameHeaders = false;
      strictColumnHandling = false;
      discardUnmappedColumns = false;
      carriageReturn = "\r";
      NEXT_TOKEN_REGEXP;
      encoding = "utf8";
      limitRows = false;
      maxRows = 0;
      skipLines = 0;
      skipRows = 0;
      constructor(opts) {
        Object.assign(this, opts || {});
        if (this.delimiter.length > 1) {
          throw new Error("delimiter option must be one character long");
        }
        this.escapedDelimiter = escapeRegExp(this.delimiter);
        this.escapeChar = this.escape ?? this.quote;
        this.supportsComments = this.comment != null;
        this.NEXT_TOKEN_REGEXP = new RegExp(`([^\\s]|\\r\\n|\\n|\\r|${this.escapedDelimiter})`);
        if (this.maxRows > 0) {
          this.limitRows = true;
        }
      }
    };
    exports.ParserOptions = ParserOptions;
  }
});

// node_modules/@fast-csv/parse/build/src/types.js
var require_types2 = __commonJS({
  "node_modules/@fast-csv/parse/build/src/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isSyncValidate = exports.isSyncTransform = void 0;
    var isSyncTransform = (transform) => {
      return transform.length === 1;
    };
    exports.isSyncTransform = isSyncTransform;
    var isSyncValidate = (validate) => {
      return validate.length === 1;
    };
    exports.isSyncValidate = isSyncValidate;
  }
});

// node_modules/@fast-csv/parse/build/src/transforms/RowTransformerValidator.js
var require_RowTransformerValidator = __commonJS({
  "node_modules/@fast-csv/parse/build/src/transforms/RowTransformerValidator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RowTransformerValidator = void 0;
    var types_1 = require_types2();
    var RowTransformerValidator = class _RowTransformerValidator {
      static createTransform(transformFunction) {
        if ((0, types_1.isSyncTransform)(transformFunction)) {
          return (row, cb) => {
            let transformed = null;
            try {
              transformed = transformFunction(row);
            } catch (e) {
              return cb(e);
            }
            return cb(null, transformed);
          };
        }
        return transformFunction;
      }
      static createValidator(validateFunction) {
        if ((0, types_1.isSyncValidate)(validateFunction)) {
          return (row, cb) => {
            cb(null, { row, isValid: validateFunction(row) });
          };
        }
        return (row, cb) => {
          validateFunction(row, (err, isValid, reason) => {
            if (err) {
              return cb(err);
            }
            if (isValid) {
              return cb(null, { row, isValid, reason });
            }
            return cb(null, { row, isValid: false, reason });
          });
        };
      }
      _rowTransform = null;
      _rowValidator = null;
      set rowTransform(transformFunction) {
        if (typeof transformFunction !== "function") {
          throw new TypeError("The transform should be a function");
        }
        this._rowTransform = _RowTransformerValidator.createTransform(transformFunction);
      }
      set rowValidator(validateFunction) {
        if (typeof validateFunction !== "function") {
          throw new TypeError("The validate should be a function");
        }
        this._rowValidator = _RowTransformerValidator.createValidator(validateFunction);
      }
      transformAndValidate(row, cb) {
        return this.callTransformer(row, (transformErr, transformedRow) => {
          if (transformErr) {
            return cb(transformErr);
          }
          if (!transformedRow) {
            return cb(null, { row: null, isValid: true });
          }
          return this.callValidator(transformedRow, (validateErr, validationResult) => {
            if (validateErr) {
              return cb(validateErr);
            }
            if (validationResult && !validationResult.isValid) {
              return cb(null, { row: transformedRow, isValid: false, reason: validationResult.reason });
            }
            return cb(null, { row: transformedRow, isValid: true });
          });
        });
      }
      callTransformer(row, cb) {
        if (!this._rowTransform) {
          return cb(null, row);
        }
        return this._rowTransform(row, cb);
      }
      callValidator(row, cb) {
        if (!this._rowValidator) {
          return cb(null, { row, isValid: true });
        }
        return this._rowValidator(row, cb);
      }
    };
    exports.RowTransformerValidator = RowTransformerValidator;
  }
});

// node_modules/@fast-csv/parse/build/src/transforms/HeaderTransformer.js
var require_HeaderTransformer = __commonJS({
  "node_modules/@fast-csv/parse/build/src/transforms/HeaderTransformer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HeaderTransformer = void 0;
    var HeaderTransformer = class {
      parserOptions;
      headers = null;
      receivedHeaders = false;
      shouldUseFirstRow = false;
      processedFirstRow = false;
      headersLength = 0;
      headersTransform;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        if (parserOptions.headers === true) {
          this.shouldUseFirstRow = true;
        } else if (Array.isArray(parserOptions.headers)) {
          this.setHeaders(parserOptions.headers);
        } else if (typeof parserOptions.headers === "function") {
          this.headersTransform = parserOptions.headers;
        }
      }
      transform(row, cb) {
        if (!this.shouldMapRow(row)) {
          return cb(null, { row: null, isValid: true });
        }
        return cb(null, this.processRow(row));
      }
      shouldMapRow(row) {
        const { parserOptions } = this;
        if (!this.headersTransform && parserOptions.renameHeaders && !this.processedFirstRow) {
          if (!this.receivedHeaders) {
            throw new Error("Error renaming headers: new headers must be provided in an array");
          }
          this.processedFirstRow = true;
          return false;
        }
        if (!this.receivedHeaders && Array.isArray(row)) {
          if (this.headersTransform) {
            this.setHeaders(this.headersTransform(row));
          } else if (this.shouldUseFirstRow) {
            this.setHeaders(row);
          } else {
            return true;
          }
          return false;
        }
        return true;
      }
      processRow(row) {
        if (!this.headers) {
          return { row, isValid: true };
        }
        const { parserOptions } = this;
        if (!parserOptions.discardUnmappedColumns && row.length > this.headersLength) {
          if (!parserOptions.strictColumnHandling) {
            throw new Error(`Unexpected Error: column header mismatch expected: ${this.headersLength} columns got: ${row.length}`);
          }
          return {
            row,
            isValid: false,
            reason: `Column header mismatch expected: ${this.headersLength} columns got: ${row.length}`
          };
        }
        if (parserOptions.strictColumnHandling && row.length < this.headersLength) {
          return {
            row,
            isValid: false,
            reason: `Column header mismatch expected: ${this.headersLength} columns got: ${row.length}`
          };
        }
        return { row: this.mapHeaders(row), isValid: true };
      }
      mapHeaders(row) {
        const rowMap = {};
        const { headers, headersLength } = this;
        for (let i = 0; i < headersLength; i += 1) {
          const header = headers[i];
          if (header !== void 0) {
            const val = row[i];
            if (val === void 0) {
              rowMap[header] = "";
            } else {
              rowMap[header] = val;
            }
          }
        }
        return rowMap;
      }
      setHeaders(headers) {
        const filteredHeaders = headers.filter((h) => {
          return !!h;
        });
        if (new Set(filteredHeaders).size !== filteredHeaders.length) {
          const grouped = filteredHeaders.reduce((acc, header) => {
            (acc[header] ||= []).push(header);
            return acc;
          }, {});
          const duplicates = Object.keys(grouped).filter((dup) => {
            return grouped[dup].length > 1;
          });
          throw new Error(`Duplicate headers found ${JSON.stringify(duplicates)}`);
        }
        this.headers = headers;
        this.receivedHeaders = true;
        this.headersLength = this.headers?.length || 0;
      }
    };
    exports.HeaderTransformer = HeaderTransformer;
  }
});

// node_modules/@fast-csv/parse/build/src/transforms/index.js
var require_transforms = __commonJS({
  "node_modules/@fast-csv/parse/build/src/transforms/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HeaderTransformer = exports.RowTransformerValidator = void 0;
    var RowTransformerValidator_1 = require_RowTransformerValidator();
    Object.defineProperty(exports, "RowTransformerValidator", { enumerable: true, get: function() {
      return RowTransformerValidator_1.RowTransformerValidator;
    } });
    var HeaderTransformer_1 = require_HeaderTransformer();
    Object.defineProperty(exports, "HeaderTransformer", { enumerable: true, get: function() {
      return HeaderTransformer_1.HeaderTransformer;
    } });
  }
});

// node_modules/@fast-csv/parse/build/src/parser/Token.js
var require_Token = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/Token.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Token = void 0;
    var Token = class {
      static isTokenRowDelimiter(token) {
        const content3 = token.token;
        return content3 === "\r" || content3 === "\n" || content3 === "\r\n";
      }
      static isTokenCarriageReturn(token, parserOptions) {
        return token.token === parserOptions.carriageReturn;
      }
      static isTokenComment(token, parserOptions) {
        return parserOptions.supportsComments && !!token && token.token === parserOptions.comment;
      }
      static isTokenEscapeCharacter(token, parserOptions) {
        return token.token === parserOptions.escapeChar;
      }
      static isTokenQuote(token, parserOptions) {
        return token.token === parserOptions.quote;
      }
      static isTokenDelimiter(token, parserOptions) {
        return token.token === parserOptions.delimiter;
      }
      token;
      startCursor;
      endCursor;
      constructor(tokenArgs) {
        this.token = tokenArgs.token;
        this.startCursor = tokenArgs.startCursor;
        this.endCursor = tokenArgs.endCursor;
      }
    };
    exports.Token = Token;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/Scanner.js
var require_Scanner = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/Scanner.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Scanner = void 0;
    var Token_1 = require_Token();
    var ROW_DELIMITER = /((?:\r\n)|\n|\r)/;
    var Scanner = class {
      line;
      parserOptions;
      lineLength;
      hasMoreData;
      cursor = 0;
      constructor(args) {
        this.line = args.line;
        this.lineLength = this.line.length;
        this.parserOptions = args.parserOptions;
        this.hasMoreData = args.hasMoreData;
        this.cursor = args.cursor || 0;
      }
      get hasMoreCharacters() {
        return this.lineLength > this.cursor;
      }
      get nextNonSpaceToken() {
        const { lineFromCursor } = this;
        const regex = this.parserOptions.NEXT_TOKEN_REGEXP;
        if (lineFromCursor.search(regex) === -1) {
          return null;
        }
        const match = regex.exec(lineFromCursor);
        if (match == null) {
          return null;
        }
        const token = match[1];
        const startCursor = this.cursor + (match.index || 0);
        return new Token_1.Token({
          token,
          startCursor,
          endCursor: startCursor + token.length - 1
        });
      }
      get nextCharacterToken() {
        const { cursor, lineLength } = this;
        if (lineLength <= cursor) {
          return null;
        }
        return new Token_1.Token({
          token: this.line[cursor],
          startCursor: cursor,
          endCursor: cursor
        });
      }
      get lineFromCursor() {
        return this.line.substr(this.cursor);
      }
      advancePastLine() {
        const match = ROW_DELIMITER.exec(this.lineFromCursor);
        if (!match) {
          if (this.hasMoreData) {
            return null;
          }
          this.cursor = this.lineLength;
          return this;
        }
        this.cursor += (match.index || 0) + match[0].length;
        return this;
      }
      advanceTo(cursor) {
        this.cursor = cursor;
        return this;
      }
      advanceToToken(token) {
        this.cursor = token.startCursor;
        return this;
      }
      advancePastToken(token) {
        this.cursor = token.endCursor + 1;
        return this;
      }
      truncateToCursor() {
        this.line = this.lineFromCursor;
        this.lineLength = this.line.length;
        this.cursor = 0;
        return this;
      }
    };
    exports.Scanner = Scanner;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/ColumnFormatter.js
var require_ColumnFormatter = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/ColumnFormatter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ColumnFormatter = void 0;
    var ColumnFormatter = class {
      format;
      constructor(parserOptions) {
        if (parserOptions.trim) {
          this.format = (col) => {
            return col.trim();
          };
        } else if (parserOptions.ltrim) {
          this.format = (col) => {
            return col.trimLeft();
          };
        } else if (parserOptions.rtrim) {
          this.format = (col) => {
            return col.trimRight();
          };
        } else {
          this.format = (col) => {
            return col;
          };
        }
      }
    };
    exports.ColumnFormatter = ColumnFormatter;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/NonQuotedColumnParser.js
var require_NonQuotedColumnParser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/NonQuotedColumnParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NonQuotedColumnParser = void 0;
    var ColumnFormatter_1 = require_ColumnFormatter();
    var Token_1 = require_Token();
    var NonQuotedColumnParser = class {
      parserOptions;
      columnFormatter;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.columnFormatter = new ColumnFormatter_1.ColumnFormatter(parserOptions);
      }
      parse(scanner) {
        if (!scanner.hasMoreCharacters) {
          return null;
        }
        const { parserOptions } = this;
        const characters = [];
        let nextToken = scanner.nextCharacterToken;
        for (; nextToken; nextToken = scanner.nextCharacterToken) {
          if (Token_1.Token.isTokenDelimiter(nextToken, parserOptions) || Token_1.Token.isTokenRowDelimiter(nextToken)) {
            break;
          }
          characters.push(nextToken.token);
          scanner.advancePastToken(nextToken);
        }
        return this.columnFormatter.format(characters.join(""));
      }
    };
    exports.NonQuotedColumnParser = NonQuotedColumnParser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/QuotedColumnParser.js
var require_QuotedColumnParser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/QuotedColumnParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.QuotedColumnParser = void 0;
    var ColumnFormatter_1 = require_ColumnFormatter();
    var Token_1 = require_Token();
    var QuotedColumnParser = class {
      parserOptions;
      columnFormatter;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.columnFormatter = new ColumnFormatter_1.ColumnFormatter(parserOptions);
      }
      parse(scanner) {
        if (!scanner.hasMoreCharacters) {
          return null;
        }
        const originalCursor = scanner.cursor;
        const { foundClosingQuote, col } = this.gatherDataBetweenQuotes(scanner);
        if (!foundClosingQuote) {
          scanner.advanceTo(originalCursor);
          if (!scanner.hasMoreData) {
            throw new Error(`Parse Error: missing closing: '${this.parserOptions.quote || ""}' in line: at '${scanner.lineFromCursor.replace(/[\r\n]/g, "\\n'")}'`);
          }
          return null;
        }
        this.checkForMalformedColumn(scanner);
        return col;
      }
      gatherDataBetweenQuotes(scanner) {
        const { parserOptions } = this;
        let foundStartingQuote = false;
        let foundClosingQuote = false;
        const characters = [];
        let nextToken = scanner.nextCharacterToken;
        for (; !foundClosingQuote && nextToken !== null; nextToken = scanner.nextCharacterToken) {
          const isQuote = Token_1.Token.isTokenQuote(nextToken, parserOptions);
          if (!foundStartingQuote && isQuote) {
            foundStartingQuote = true;
          } else if (foundStartingQuote) {
            if (Token_1.Token.isTokenEscapeCharacter(nextToken, parserOptions)) {
              scanner.advancePastToken(nextToken);
              const tokenFollowingEscape = scanner.nextCharacterToken;
              if (tokenFollowingEscape !== null && (Token_1.Token.isTokenQuote(tokenFollowingEscape, parserOptions) || Token_1.Token.isTokenEscapeCharacter(tokenFollowingEscape, parserOptions))) {
                characters.push(tokenFollowingEscape.token);
                nextToken = tokenFollowingEscape;
              } else if (isQuote) {
                foundClosingQuote = true;
              } else {
                characters.push(nextToken.token);
              }
            } else if (isQuote) {
              foundClosingQuote = true;
            } else {
              characters.push(nextToken.token);
            }
          }
          scanner.advancePastToken(nextToken);
        }
        return { col: this.columnFormatter.format(characters.join("")), foundClosingQuote };
      }
      checkForMalformedColumn(scanner) {
        const { parserOptions } = this;
        const { nextNonSpaceToken } = scanner;
        if (nextNonSpaceToken) {
          const isNextTokenADelimiter = Token_1.Token.isTokenDelimiter(nextNonSpaceToken, parserOptions);
          const isNextTokenARowDelimiter = Token_1.Token.isTokenRowDelimiter(nextNonSpaceToken);
          if (!(isNextTokenADelimiter || isNextTokenARowDelimiter)) {
            const linePreview = scanner.lineFromCursor.substr(0, 10).replace(/[\r\n]/g, "\\n'");
            throw new Error(`Parse Error: expected: '${parserOptions.escapedDelimiter}' OR new line got: '${nextNonSpaceToken.token}'. at '${linePreview}'`);
          }
          scanner.advanceToToken(nextNonSpaceToken);
        } else if (!scanner.hasMoreData) {
          scanner.advancePastLine();
        }
      }
    };
    exports.QuotedColumnParser = QuotedColumnParser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/ColumnParser.js
var require_ColumnParser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/ColumnParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ColumnParser = void 0;
    var NonQuotedColumnParser_1 = require_NonQuotedColumnParser();
    var QuotedColumnParser_1 = require_QuotedColumnParser();
    var Token_1 = require_Token();
    var ColumnParser = class {
      parserOptions;
      nonQuotedColumnParser;
      quotedColumnParser;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.quotedColumnParser = new QuotedColumnParser_1.QuotedColumnParser(parserOptions);
        this.nonQuotedColumnParser = new NonQuotedColumnParser_1.NonQuotedColumnParser(parserOptions);
      }
      parse(scanner) {
        const { nextNonSpaceToken } = scanner;
        if (nextNonSpaceToken !== null && Token_1.Token.isTokenQuote(nextNonSpaceToken, this.parserOptions)) {
          scanner.advanceToToken(nextNonSpaceToken);
          return this.quotedColumnParser.parse(scanner);
        }
        return this.nonQuotedColumnParser.parse(scanner);
      }
    };
    exports.ColumnParser = ColumnParser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/index.js
var require_column = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ColumnFormatter = exports.QuotedColumnParser = exports.NonQuotedColumnParser = exports.ColumnParser = void 0;
    var ColumnParser_1 = require_ColumnParser();
    Object.defineProperty(exports, "ColumnParser", { enumerable: true, get: function() {
      return ColumnParser_1.ColumnParser;
    } });
    var NonQuotedColumnParser_1 = require_NonQuotedColumnParser();
    Object.defineProperty(exports, "NonQuotedColumnParser", { enumerable: true, get: function() {
      return NonQuotedColumnParser_1.NonQuotedColumnParser;
    } });
    var QuotedColumnParser_1 = require_QuotedColumnParser();
    Object.defineProperty(exports, "QuotedColumnParser", { enumerable: true, get: function() {
      return QuotedColumnParser_1.QuotedColumnParser;
    } });
    var ColumnFormatter_1 = require_ColumnFormatter();
    Object.defineProperty(exports, "ColumnFormatter", { enumerable: true, get: function() {
      return ColumnFormatter_1.ColumnFormatter;
    } });
  }
});

// node_modules/@fast-csv/parse/build/src/parser/RowParser.js
var require_RowParser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/RowParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RowParser = void 0;
    var column_1 = require_column();
    var Token_1 = require_Token();
    var EMPTY_STRING = "";
    var RowParser = class {
      static isEmptyRow(row) {
        return row.join(EMPTY_STRING).replace(/\s+/g, EMPTY_STRING) === EMPTY_STRING;
      }
      parserOptions;
      columnParser;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.columnParser = new column_1.ColumnParser(parserOptions);
      }
      parse(scanner) {
        const { parserOptions } = this;
        const { hasMoreData } = scanner;
        const currentScanner = scanner;
        const columns = [];
        let currentToken = this.getStartToken(currentScanner, columns);
        while (currentToken) {
          if (Token_1.Token.isTokenRowDelimiter(currentToken)) {
            currentScanner.advancePastToken(currentToken);
            if (!currentScanner.hasMoreCharacters && Token_1.Token.isTokenCarriageReturn(currentToken, parserOptions) && hasMoreData) {
              return null;
            }
            currentScanner.truncateToCursor();
            return columns;
          }
          if (!this.shouldSkipColumnParse(currentScanner, currentToken, columns)) {
            const item = this.columnParser.parse(currentScanner);
            if (item === null) {
              return null;
            }
            columns.push(item);
          }
          currentToken = currentScanner.nextNonSpaceToken;
        }
        if (!hasMoreData) {
          currentScanner.truncateToCursor();
          return columns;
        }
        return null;
      }
      getStartToken(scanner, columns) {
        const currentToken = scanner.nextNonSpaceToken;
        if (currentToken !== null && Token_1.Token.isTokenDelimiter(currentToken, this.parserOptions)) {
          columns.push("");
          return scanner.nextNonSpaceToken;
        }
        return currentToken;
      }
      shouldSkipColumnParse(scanner, currentToken, columns) {
        const { parserOptions } = this;
        if (Token_1.Token.isTokenDelimiter(currentToken, parserOptions)) {
          scanner.advancePastToken(currentToken);
          const nextToken = scanner.nextCharacterToken;
          if (!scanner.hasMoreCharacters || nextToken !== null && Token_1.Token.isTokenRowDelimiter(nextToken)) {
            columns.push("");
            return true;
          }
          if (nextToken !== null && Token_1.Token.isTokenDelimiter(nextToken, parserOptions)) {
            columns.push("");
            return true;
          }
        }
        return false;
      }
    };
    exports.RowParser = RowParser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/Parser.js
var require_Parser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/Parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var Scanner_1 = require_Scanner();
    var RowParser_1 = require_RowParser();
    var Token_1 = require_Token();
    var Parser = class _Parser {
      static removeBOM(line2) {
        if (line2 && line2.charCodeAt(0) === 65279) {
          return line2.slice(1);
        }
        return line2;
      }
      parserOptions;
      rowParser;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.rowParser = new RowParser_1.RowParser(this.parserOptions);
      }
      parse(line2, hasMoreData) {
        const scanner = new Scanner_1.Scanner({
          line: _Parser.removeBOM(line2),
          parserOptions: this.parserOptions,
          hasMoreData
        });
        if (this.parserOptions.supportsComments) {
          return this.parseWithComments(scanner);
        }
        return this.parseWithoutComments(scanner);
      }
      parseWithoutComments(scanner) {
        const rows = [];
        let shouldContinue = true;
        while (shouldContinue) {
          shouldContinue = this.parseRow(scanner, rows);
        }
        return { line: scanner.line, rows };
      }
      parseWithComments(scanner) {
        const { parserOptions } = this;
        const rows = [];
        for (let nextToken = scanner.nextCharacterToken; nextToken !== null; nextToken = scanner.nextCharacterToken) {
          if (Token_1.Token.isTokenComment(nextToken, parserOptions)) {
            const cursor = scanner.advancePastLine();
            if (cursor === null) {
              return { line: scanner.lineFromCursor, rows };
            }
            if (!scanner.hasMoreCharacters) {
              return { line: scanner.lineFromCursor, rows };
            }
            scanner.truncateToCursor();
          } else if (!this.parseRow(scanner, rows)) {
            break;
          }
        }
        return { line: scanner.line, rows };
      }
      parseRow(scanner, rows) {
        const nextToken = scanner.nextNonSpaceToken;
        if (!nextToken) {
          return false;
        }
        const row = this.rowParser.parse(scanner);
        if (row === null) {
          return false;
        }
        if (this.parserOptions.ignoreEmpty && RowParser_1.RowParser.isEmptyRow(row)) {
          return true;
        }
        rows.push(row);
        return true;
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/index.js
var require_parser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.QuotedColumnParser = exports.NonQuotedColumnParser = exports.ColumnParser = exports.Token = exports.Scanner = exports.RowParser = exports.Parser = void 0;
    var Parser_1 = require_Parser();
    Object.defineProperty(exports, "Parser", { enumerable: true, get: function() {
      return Parser_1.Parser;
    } });
    var RowParser_1 = require_RowParser();
    Object.defineProperty(exports, "RowParser", { enumerable: true, get: function() {
      return RowParser_1.RowParser;
    } });
    var Scanner_1 = require_Scanner();
    Object.defineProperty(exports, "Scanner", { enumerable: true, get: function() {
      return Scanner_1.Scanner;
    } });
    var Token_1 = require_Token();
    Object.defineProperty(exports, "Token", { enumerable: true, get: function() {
      return Token_1.Token;
    } });
    var column_1 = require_column();
    Object.defineProperty(exports, "ColumnParser", { enumerable: true, get: function() {
      return column_1.ColumnParser;
    } });
    Object.defineProperty(exports, "NonQuotedColumnParser", { enumerable: true, get: function() {
      return column_1.NonQuotedColumnParser;
    } });
    Object.defineProperty(exports, "QuotedColumnParser", { enumerable: true, get: function() {
      return column_1.QuotedColumnParser;
    } });
  }
});

// node_modules/@fast-csv/parse/build/src/CsvParserStream.js
var require_CsvParserStream = __commonJS({
  "node_modules/@fast-csv/parse/build/src/CsvParserStream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CsvParserStream = void 0;
    var string_decoder_1 = __require("string_decoder");
    var stream_1 = __require("stream");
    var transforms_1 = require_transforms();
    var parser_1 = require_parser();
    var CsvParserStream = class _CsvParserStream extends stream_1.Transform {
      parserOptions;
      decoder;
      parser;
      headerTransformer;
      rowTransformerValidator;
      lines = "";
      rowCount = 0;
      parsedRowCount = 0;
      parsedLineCount = 0;
      endEmitted = false;
      headersEmitted = false;
      constructor(parserOptions) {
        super({ objectMode: parserOptions.objectMode });
        this.parserOptions = parserOptions;
        this.parser = new parser_1.Parser(parserOptions);
        this.headerTransformer = new transforms_1.HeaderTransformer(parserOptions);
        this.decoder = new string_decoder_1.StringDecoder(parserOptions.encoding);
        this.rowTransformerValidator = new transforms_1.RowTransformerValidator();
      }
      get hasHitRowLimit() {
        return this.parserOptions.limitRows && this.rowCount >= this.parserOptions.maxRows;
      }
      get shouldEmitRows() {
        return this.parsedRowCount > this.parserOptions.skipRows;
      }
      get shouldSkipLine() {
        return this.parsedLineCount <= this.parserOptions.skipLines;
      }
      transform(transformFunction) {
        this.rowTransformerValidator.rowTransform = transformFunction;
        return this;
      }
      validate(validateFunction) {
        this.rowTransformerValidator.rowValidator = validateFunction;
        return this;
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      emit(event, ...rest) {
        if (event === "end") {
          if (!this.endEmitted) {
            this.endEmitted = true;
            super.emit("end", this.rowCount);
          }
          return false;
        }
        return super.emit(event, ...rest);
      }
      _transform(data, encoding, done) {
        if (this.hasHitRowLimit) {
          return done();
        }
        const wrappedCallback = _CsvParserStream.wrapDoneCallback(done);
        try {
          const { lines } = this;
          const newLine = lines + this.decoder.write(data);
          const rows = this.parse(newLine, true);
          return this.processRows(rows, wrappedCallback);
        } catch (e) {
          return wrappedCallback(e);
        }
      }
      _flush(done) {
        const wrappedCallback = _CsvParserStream.wrapDoneCallback(done);
        if (this.hasHitRowLimit) {
          return wrappedCallback();
        }
        try {
          const newLine = this.lines + this.decoder.end();
          const rows = this.parse(newLine, false);
          return this.processRows(rows, wrappedCallback);
        } catch (e) {
          return wrappedCallback(e);
        }
      }
      parse(data, hasMoreData) {
        if (!data) {
          return [];
        }
        const { line: line2, rows } = this.parser.parse(data, hasMoreData);
        this.lines = line2;
        return rows;
      }
      processRows(rows, cb) {
        const rowsLength = rows.length;
        const iterate = (i) => {
          const callNext = (err) => {
            if (err) {
              return cb(err);
            }
            if (i % 100 === 0) {
              setImmediate(() => {
                return iterate(i + 1);
              });
              return void 0;
            }
            return iterate(i + 1);
          };
          this.checkAndEmitHeaders();
          if (i >= rowsLength || this.hasHitRowLimit) {
            return cb();
          }
          this.parsedLineCount += 1;
          if (this.shouldSkipLine) {
            return callNext();
          }
          const row = rows[i];
          this.rowCount += 1;
          this.parsedRowCount += 1;
          const nextRowCount = this.rowCount;
          return this.transformRow(row, (err, transformResult) => {
            if (err) {
              this.rowCount -= 1;
              return callNext(err);
            }
            if (!transformResult) {
              return callNext(new Error("expected transform result"));
            }
            if (!transformResult.isValid) {
              this.emit("data-invalid", transformResult.row, nextRowCount, transformResult.reason);
            } else if (transformResult.row) {
              return this.pushRow(transformResult.row, callNext);
            }
            return callNext();
          });
        };
        iterate(0);
      }
      transformRow(parsedRow, cb) {
        try {
          this.headerTransformer.transform(parsedRow, (err, withHeaders) => {
            if (err) {
              return cb(err);
            }
            if (!withHeaders) {
              return cb(new Error("Expected result from header transform"));
            }
            if (!withHeaders.isValid) {
              if (this.shouldEmitRows) {
                return cb(null, { isValid: false, row: parsedRow });
              }
              return this.skipRow(cb);
            }
            if (withHeaders.row) {
              if (this.shouldEmitRows) {
                return this.rowTransformerValidator.transformAndValidate(withHeaders.row, cb);
              }
              return this.skipRow(cb);
            }
            this.rowCount -= 1;
            this.parsedRowCount -= 1;
            return cb(null, { row: null, isValid: true });
          });
        } catch (e) {
          cb(e);
        }
      }
      checkAndEmitHeaders() {
        if (!this.headersEmitted && this.headerTransformer.headers) {
          this.headersEmitted = true;
          this.emit("headers", this.headerTransformer.headers);
        }
      }
      skipRow(cb) {
        this.rowCount -= 1;
        return cb(null, { row: null, isValid: true });
      }
      pushRow(row, cb) {
        try {
          if (!this.parserOptions.objectMode) {
            this.push(JSON.stringify(row));
          } else {
            this.push(row);
          }
          cb();
        } catch (e) {
          cb(e);
        }
      }
      static wrapDoneCallback(done) {
        let errorCalled = false;
        return (err, ...args) => {
          if (err) {
            if (errorCalled) {
              throw err;
            }
            errorCalled = true;
            done(err);
            return;
          }
          done(...args);
        };
      }
    };
    exports.CsvParserStream = CsvParserStream;
  }
});

// node_modules/@fast-csv/parse/build/src/index.js
var require_src2 = __commonJS({
  "node_modules/@fast-csv/parse/build/src/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseString = exports.parseFile = exports.parseStream = exports.parse = exports.ParserOptions = exports.CsvParserStream = void 0;
    var fs = __importStar(__require("fs"));
    var stream_1 = __require("stream");
    var ParserOptions_1 = require_ParserOptions();
    var CsvParserStream_1 = require_CsvParserStream();
    __exportStar(require_types2(), exports);
    var CsvParserStream_2 = require_CsvParserStream();
    Object.defineProperty(exports, "CsvParserStream", { enumerable: true, get: function() {
      return CsvParserStream_2.CsvParserStream;
    } });
    var ParserOptions_2 = require_ParserOptions();
    Object.defineProperty(exports, "ParserOptions", { enumerable: true, get: function() {
      return ParserOptions_2.ParserOptions;
    } });
    var parse20 = (args) => {
      return new CsvParserStream_1.CsvParserStream(new ParserOptions_1.ParserOptions(args));
    };
    exports.parse = parse20;
    var parseStream = (stream, options) => {
      return stream.pipe(new CsvParserStream_1.CsvParserStream(new ParserOptions_1.ParserOptions(options)));
    };
    exports.parseStream = parseStream;
    var parseFile = (location, options = {}) => {
      return fs.createReadStream(location).pipe(new CsvParserStream_1.CsvParserStream(new ParserOptions_1.ParserOptions(options)));
    };
    exports.parseFile = parseFile;
    var parseString2 = (string3, options) => {
      const rs = new stream_1.Readable();
      rs.push(string3);
      rs.push(null);
      return rs.pipe(new CsvParserStream_1.CsvParserStream(new ParserOptions_1.ParserOptions(options)));
    };
    exports.parseString = parseString2;
  }
});

// node_modules/fast-csv/build/src/index.js
var require_src3 = __commonJS({
  "node_modules/fast-csv/build/src/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CsvParserStream = exports.ParserOptions = exports.parseFile = exports.parseStream = exports.parseString = exports.parse = exports.FormatterOptions = exports.CsvFormatterStream = exports.writeToPath = exports.writeToString = exports.writeToBuffer = exports.writeToStream = exports.write = exports.format = void 0;
    var format_1 = require_src();
    Object.defineProperty(exports, "format", { enumerable: true, get: function() {
      return format_1.format;
    } });
    Object.defineProperty(exports, "write", { enumerable: true, get: function() {
      return format_1.write;
    } });
    Object.defineProperty(exports, "writeToStream", { enumerable: true, get: function() {
      return format_1.writeToStream;
    } });
    Object.defineProperty(exports, "writeToBuffer", { enumerable: true, get: function() {
      return format_1.writeToBuffer;
    } });
    Object.defineProperty(exports, "writeToString", { enumerable: true, get: function() {
      return format_1.writeToString;
    } });
    Object.defineProperty(exports, "writeToPath", { enumerable: true, get: function() {
      return format_1.writeToPath;
    } });
    Object.defineProperty(exports, "CsvFormatterStream", { enumerable: true, get: function() {
      return format_1.CsvFormatterStream;
    } });
    Object.defineProperty(exports, "FormatterOptions", { enumerable: true, get: function() {
      return format_1.FormatterOptions;
    } });
    var parse_1 = require_src2();
    Object.defineProperty(exports, "parse", { enumerable: true, get: function() {
      return parse_1.parse;
    } });
    Object.defineProperty(exports, "parseString", { enumerable: true, get: function() {
      return parse_1.parseString;
    } });
    Object.defineProperty(exports, "parseStream", { enumerable: true, get: function() {
      return parse_1.parseStream;
    } });
    Object.defineProperty(exports, "parseFile", { enumerable: true, get: function() {
      return parse_1.parseFile;
    } });
    Object.defineProperty(exports, "ParserOptions", { enumerable: true, get: function() {
      return parse_1.ParserOptions;
    } });
    Object.defineProperty(exports, "CsvParserStream", { enumerable: true, get: function() {
      return parse_1.CsvParserStream;
    } });
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str8(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str8;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str8`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line2 = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line2 : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants3) {
        this.code = optimizeExpr(this.code, names, constants3);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants3) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants3))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants3) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        if (!(super.optimizeNames(names, constants3) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants3) {
        var _a, _b;
        super.optimizeNames(names, constants3);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node2, forBody) {
        this._blockNode(node2);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node2 = new Return();
        this._blockNode(node2);
        this.code(value);
        if (node2.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node2 = new Try();
        this._blockNode(node2);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node2.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node2.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node2) {
        this._currNode.nodes.push(node2);
        return this;
      }
      _blockNode(node2) {
        this._currNode.nodes.push(node2);
        this._nodes.push(node2);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node2) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node2;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node2) {
        const ns = this._nodes;
        ns[ns.length - 1] = node2;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants3) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants3[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants3[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str8) {
      return unescapeJsonPointer(decodeURIComponent(str8));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str8) {
      return encodeURIComponent(escapeJsonPointer(str8));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str8) {
      if (typeof str8 == "number")
        return `${str8}`;
      return str8.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str8) {
      return str8.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str8) {
      return str8.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver2, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver2.parse(id);
      return _getFullPath(resolver2, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver2, p) {
      const serialized = resolver2.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver2, baseId, id) {
      id = normalizeId(id);
      return resolver2.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver2, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver2, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver2, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve6.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve6(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str8, token) {
      let ind = 0;
      for (let i = 0; i < str8.length; i++) {
        if (str8[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse20(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve6(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse20(serialize(base, options), options);
        relative2 = parse20(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse20(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve6,
      resolveComponent,
      equal,
      serialize,
      parse: parse20
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str8, flags) => new RegExp(str8, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition2 = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition2.type.length === 0 ? (k) => addRule.call(this, k, definition2) : (k) => definition2.type.forEach((t) => addRule.call(this, k, definition2, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text3, msg) => text3 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition2, dataType) {
      var _a;
      const post = definition2 === null || definition2 === void 0 ? void 0 : definition2.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition2)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition2,
          type: (0, dataType_1.getJSONTypes)(definition2.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition2.schemaType)
        }
      };
      if (definition2.before)
        addBeforeRule.call(this, ruleGroup, rule, definition2.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition2.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str8) {
      const len = str8.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str8.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str8.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types3 = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types3();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content3 = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content3,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/cli.ts
import { resolve as resolve5 } from "node:path";
import { parseArgs } from "node:util";

// src/errors.ts
var ExitCode = {
  Approved: 0,
  Rejected: 1,
  Config: 2,
  Input: 3,
  Trust: 4,
  Output: 5,
  Internal: 70
};
var ShipgateError = class extends Error {
  /** Every problem found, when several were gathered into one error. */
  problems;
  constructor(message, problems = []) {
    super(
      problems.length > 1 ? `${message}
${problems.map((p) => `  - ${p}`).join("\n")}` : problems.length === 1 ? problems[0] : message
    );
    this.name = new.target.name;
    this.problems = problems.length > 0 ? problems : [message];
  }
};
var ConfigError = class extends ShipgateError {
  exitCode = ExitCode.Config;
};
var InputError = class extends ShipgateError {
  exitCode = ExitCode.Input;
};
var OutputError = class extends ShipgateError {
  exitCode = ExitCode.Output;
};
function isShipgateError(error) {
  return error instanceof ShipgateError;
}

// src/run.ts
import { isAbsolute as isAbsolute2, resolve as resolve3 } from "node:path";

// src/normalize.ts
import { createHash } from "node:crypto";

// src/model.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info", "unknown"];
var SEVERITY_RANK = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  info: 0
};
function emptyCounts() {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 };
}
function countBySeverity(findings) {
  const counts = emptyCounts();
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

// src/ingest/identity.ts
var CVE = /^CVE-\d{4}-\d{4,}$/i;
var GHSA = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i;
function isCve(id) {
  return CVE.test(id);
}
function isGhsa(id) {
  return GHSA.test(id);
}
function normalizeVulnerabilityId(id) {
  const trimmed = id.trim();
  if (isCve(trimmed)) return trimmed.toUpperCase();
  if (isGhsa(trimmed)) return `GHSA${trimmed.slice(4).toLowerCase()}`;
  return trimmed;
}
function normalizeAliases(ids) {
  const set = /* @__PURE__ */ new Set();
  for (const id of ids) if (typeof id === "string" && id.trim() !== "") set.add(normalizeVulnerabilityId(id));
  return [...set].sort();
}
function primaryVulnerabilityId(toolId, aliases) {
  const all2 = normalizeAliases([toolId, ...aliases]);
  return all2.find(isCve) ?? all2.find(isGhsa) ?? normalizeVulnerabilityId(toolId);
}
var ECOSYSTEMS = {
  "node-pkg": "npm",
  npm: "npm",
  yarn: "npm",
  pnpm: "npm",
  javascript: "npm",
  "node.js": "npm",
  "python-pkg": "pypi",
  pip: "pypi",
  pipenv: "pypi",
  poetry: "pypi",
  pypi: "pypi",
  python: "pypi",
  gomod: "golang",
  gobinary: "golang",
  "go-module": "golang",
  go: "golang",
  golang: "golang",
  jar: "maven",
  pom: "maven",
  maven: "maven",
  gradle: "maven",
  "java-archive": "maven",
  java: "maven",
  gem: "gem",
  bundler: "gem",
  gemspec: "gem",
  rubygems: "gem",
  cargo: "cargo",
  "rust-crate": "cargo",
  "crates.io": "cargo",
  composer: "composer",
  packagist: "composer",
  nuget: "nuget",
  dotnet: "nuget",
  apk: "apk",
  alpine: "apk",
  deb: "deb",
  debian: "deb",
  ubuntu: "deb",
  dpkg: "deb",
  rpm: "rpm",
  redhat: "rpm"
};
function normalizeEcosystem(ecosystem) {
  const key = (ecosystem ?? "").trim().toLowerCase();
  return ECOSYSTEMS[key] ?? key;
}
function dependencyIdentity(toolId, aliases, pkg) {
  const ecosystem = normalizeEcosystem(pkg.ecosystem);
  return `dep|${primaryVulnerabilityId(toolId, aliases)}|${ecosystem}:${pkg.name}|${pkg.version ?? ""}`;
}
function secretIdentity(location, rule) {
  const base = `secret|${location.path ?? ""}|${location.startLine ?? ""}`;
  return location.startLine === void 0 && rule ? `${base}|${rule}` : base;
}
function dastIdentity(cweOrRule, location, rule) {
  const url = (location.url ?? "").replace(/[?#].*$/s, "");
  const base = `dast|${cweOrRule}|${(location.method ?? "").toUpperCase()}|${url}|${location.param ?? ""}`;
  return rule && rule !== cweOrRule ? `${base}|${rule}` : base;
}
function codeIdentity(tool, ruleId, location, fingerprint) {
  return `code|${tool}|${ruleId}|${location.path ?? ""}|${fingerprint ?? location.startLine ?? ""}`;
}
function normalizeCwes(values) {
  const set = /* @__PURE__ */ new Set();
  for (const value of values) {
    if (typeof value === "number" && Number.isInteger(value) && value > 0) set.add(`CWE-${value}`);
    if (typeof value !== "string") continue;
    const match = /cwe[-_/: ]*0*(\d+)/i.exec(value) ?? /^0*(\d+)$/.exec(value.trim());
    if (match && Number(match[1]) > 0) set.add(`CWE-${Number(match[1])}`);
  }
  return [...set].sort();
}

// src/normalize.ts
function findingId(identity) {
  return `SG-${createHash("sha256").update(identity).digest("hex").slice(0, 16)}`;
}
function locationKey(f) {
  const l = f.location;
  return `${l.path ?? ""}\0${l.startLine ?? 0}\0${l.startColumn ?? 0}\0${l.url ?? ""}\0${l.method ?? ""}\0${l.param ?? ""}\0${f.package?.version ?? ""}`;
}
function compareLocation(a, b) {
  return (a.location.startLine ?? 0) - (b.location.startLine ?? 0) || (a.location.startColumn ?? 0) - (b.location.startColumn ?? 0) || locationKey(a).localeCompare(locationKey(b));
}
function assignIds(raw) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of raw) {
    const scope = `${f.sources[0]?.input ?? ""}\0${f.run}\0${f.identityKey}`;
    const group = groups.get(scope);
    if (group) group.push(f);
    else groups.set(scope, [f]);
  }
  const findings = [];
  for (const group of groups.values()) {
    const byLocation = /* @__PURE__ */ new Map();
    for (const f of [...group].sort(compareLocation)) {
      const key = f.scanType === "dependency" || f.scanType === "container" ? "" : locationKey(f);
      const same = byLocation.get(key);
      if (same) same.push(f);
      else byLocation.set(key, [f]);
    }
    let occurrence = 0;
    for (const same of byLocation.values()) {
      occurrence += 1;
      const [first, ...rest] = same;
      const identity = `${first.identityKey}:${occurrence}`;
      const { identityKey: _key, run: _run, ...fields } = first;
      let finding = { ...fields, id: findingId(identity), identity, sources: [...first.sources] };
      for (const other of rest) finding = mergeInto(finding, other);
      findings.push(finding);
    }
  }
  return findings;
}
function worse(a, b) {
  if (a === b) return false;
  if (a === "unknown") return false;
  if (b === "unknown") return true;
  return SEVERITY_RANK[a] > SEVERITY_RANK[b];
}
function mergeInto(target, other) {
  const merged = {
    ...target,
    aliases: [.../* @__PURE__ */ new Set([...target.aliases, ...other.aliases])].sort(),
    cwe: [.../* @__PURE__ */ new Set([...target.cwe, ...other.cwe])].sort(),
    sources: [...target.sources, ...other.sources]
  };
  if (worse(other.severity, target.severity)) {
    merged.severity = other.severity;
    merged.severitySource = other.severitySource;
  }
  if (other.package && merged.package) {
    const fixed = [.../* @__PURE__ */ new Set([...merged.package.fixedVersions ?? [], ...other.package.fixedVersions ?? []])];
    merged.package = {
      ...merged.package,
      version: merged.package.version ?? other.package.version,
      purl: merged.package.purl ?? other.package.purl,
      ...fixed.length > 0 ? { fixedVersions: fixed.sort() } : {}
    };
  } else if (other.package) merged.package = other.package;
  if (other.suppressions) merged.suppressions = [...merged.suppressions ?? [], ...other.suppressions];
  return merged;
}
var UnionFind = class {
  parent;
  constructor(size) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i) {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) {
      const next = this.parent[i];
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
};
function mergeFindings(findings) {
  const uf = new UnionFind(findings.length);
  const firstById = /* @__PURE__ */ new Map();
  const byAliasNameVersion = /* @__PURE__ */ new Map();
  const byAliasName = /* @__PURE__ */ new Map();
  findings.forEach((f, i) => {
    const seen = firstById.get(f.id);
    if (seen !== void 0) uf.union(seen, i);
    else firstById.set(f.id, i);
    if (f.scanType !== "dependency" && f.scanType !== "container" || !f.package) return;
    const name = f.package.name.toLowerCase();
    const ids = /* @__PURE__ */ new Set([...f.aliases, f.ruleId]);
    for (const alias of ids) {
      const aliasName = `${alias}\0${name}`;
      const list3 = byAliasName.get(aliasName);
      if (list3) list3.push(i);
      else byAliasName.set(aliasName, [i]);
      if (f.package.version !== void 0) {
        const key = `${aliasName}\0${f.package.version}`;
        const other = byAliasNameVersion.get(key);
        if (other !== void 0) uf.union(other, i);
        else byAliasNameVersion.set(key, i);
      }
    }
  });
  for (const members of byAliasName.values()) {
    const versionless = members.filter((i) => findings[i]?.package?.version === void 0);
    for (const i of versionless) for (const j of members) uf.union(i, j);
  }
  const groups = /* @__PURE__ */ new Map();
  findings.forEach((_, i) => {
    const root = uf.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  const merged = [];
  for (const members of groups.values()) {
    const items = members.map((i) => findings[i]);
    let result = items[0];
    for (const other of items.slice(1)) result = mergeInto(result, other);
    if (items.length > 1 && new Set(items.map((f) => f.id)).size > 1 && result.package) {
      const version = items.map((f) => f.package?.version).find((v) => v !== void 0);
      const ecosystem = normalizeEcosystem(items.map((f) => f.package?.ecosystem).find((e) => e !== void 0));
      const primary = primaryVulnerabilityId(result.ruleId, result.aliases);
      const identity = `dep|${primary}|${ecosystem}:${result.package.name}|${version ?? ""}:1`;
      result = { ...result, id: findingId(identity), identity };
    }
    result.sources = [...result.sources].sort(
      (a, b) => a.input.localeCompare(b.input) || a.pointer.localeCompare(b.pointer, "en", { numeric: true })
    );
    merged.push(result);
  }
  return merged.sort((a, b) => a.id.localeCompare(b.id));
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value, includeImageAlt, includeHtml);
}
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ("value" in value) {
      return value.type === "html" && !includeHtml ? "" : value.value;
    }
    if (includeImageAlt && "alt" in value && value.alt) {
      return value.alt;
    }
    if ("children" in value) {
      return all(value.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value) {
  return Boolean(value && typeof value === "object");
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "Æ",
  AMP: "&",
  Aacute: "Á",
  Abreve: "Ă",
  Acirc: "Â",
  Acy: "А",
  Afr: "𝔄",
  Agrave: "À",
  Alpha: "Α",
  Amacr: "Ā",
  And: "⩓",
  Aogon: "Ą",
  Aopf: "𝔸",
  ApplyFunction: "⁡",
  Aring: "Å",
  Ascr: "𝒜",
  Assign: "≔",
  Atilde: "Ã",
  Auml: "Ä",
  Backslash: "∖",
  Barv: "⫧",
  Barwed: "⌆",
  Bcy: "Б",
  Because: "∵",
  Bernoullis: "ℬ",
  Beta: "Β",
  Bfr: "𝔅",
  Bopf: "𝔹",
  Breve: "˘",
  Bscr: "ℬ",
  Bumpeq: "≎",
  CHcy: "Ч",
  COPY: "©",
  Cacute: "Ć",
  Cap: "⋒",
  CapitalDifferentialD: "ⅅ",
  Cayleys: "ℭ",
  Ccaron: "Č",
  Ccedil: "Ç",
  Ccirc: "Ĉ",
  Cconint: "∰",
  Cdot: "Ċ",
  Cedilla: "¸",
  CenterDot: "·",
  Cfr: "ℭ",
  Chi: "Χ",
  CircleDot: "⊙",
  CircleMinus: "⊖",
  CirclePlus: "⊕",
  CircleTimes: "⊗",
  ClockwiseContourIntegral: "∲",
  CloseCurlyDoubleQuote: "”",
  CloseCurlyQuote: "’",
  Colon: "∷",
  Colone: "⩴",
  Congruent: "≡",
  Conint: "∯",
  ContourIntegral: "∮",
  Copf: "ℂ",
  Coproduct: "∐",
  CounterClockwiseContourIntegral: "∳",
  Cross: "⨯",
  Cscr: "𝒞",
  Cup: "⋓",
  CupCap: "≍",
  DD: "ⅅ",
  DDotrahd: "⤑",
  DJcy: "Ђ",
  DScy: "Ѕ",
  DZcy: "Џ",
  Dagger: "‡",
  Darr: "↡",
  Dashv: "⫤",
  Dcaron: "Ď",
  Dcy: "Д",
  Del: "∇",
  Delta: "Δ",
  Dfr: "𝔇",
  DiacriticalAcute: "´",
  DiacriticalDot: "˙",
  DiacriticalDoubleAcute: "˝",
  DiacriticalGrave: "`",
  DiacriticalTilde: "˜",
  Diamond: "⋄",
  DifferentialD: "ⅆ",
  Dopf: "𝔻",
  Dot: "¨",
  DotDot: "⃜",
  DotEqual: "≐",
  DoubleContourIntegral: "∯",
  DoubleDot: "¨",
  DoubleDownArrow: "⇓",
  DoubleLeftArrow: "⇐",
  DoubleLeftRightArrow: "⇔",
  DoubleLeftTee: "⫤",
  DoubleLongLeftArrow: "⟸",
  DoubleLongLeftRightArrow: "⟺",
  DoubleLongRightArrow: "⟹",
  DoubleRightArrow: "⇒",
  DoubleRightTee: "⊨",
  DoubleUpArrow: "⇑",
  DoubleUpDownArrow: "⇕",
  DoubleVerticalBar: "∥",
  DownArrow: "↓",
  DownArrowBar: "⤓",
  DownArrowUpArrow: "⇵",
  DownBreve: "̑",
  DownLeftRightVector: "⥐",
  DownLeftTeeVector: "⥞",
  DownLeftVector: "↽",
  DownLeftVectorBar: "⥖",
  DownRightTeeVector: "⥟",
  DownRightVector: "⇁",
  DownRightVectorBar: "⥗",
  DownTee: "⊤",
  DownTeeArrow: "↧",
  Downarrow: "⇓",
  Dscr: "𝒟",
  Dstrok: "Đ",
  ENG: "Ŋ",
  ETH: "Ð",
  Eacute: "É",
  Ecaron: "Ě",
  Ecirc: "Ê",
  Ecy: "Э",
  Edot: "Ė",
  Efr: "𝔈",
  Egrave: "È",
  Element: "∈",
  Emacr: "Ē",
  EmptySmallSquare: "◻",
  EmptyVerySmallSquare: "▫",
  Eogon: "Ę",
  Eopf: "𝔼",
  Epsilon: "Ε",
  Equal: "⩵",
  EqualTilde: "≂",
  Equilibrium: "⇌",
  Escr: "ℰ",
  Esim: "⩳",
  Eta: "Η",
  Euml: "Ë",
  Exists: "∃",
  ExponentialE: "ⅇ",
  Fcy: "Ф",
  Ffr: "𝔉",
  FilledSmallSquare: "◼",
  FilledVerySmallSquare: "▪",
  Fopf: "𝔽",
  ForAll: "∀",
  Fouriertrf: "ℱ",
  Fscr: "ℱ",
  GJcy: "Ѓ",
  GT: ">",
  Gamma: "Γ",
  Gammad: "Ϝ",
  Gbreve: "Ğ",
  Gcedil: "Ģ",
  Gcirc: "Ĝ",
  Gcy: "Г",
  Gdot: "Ġ",
  Gfr: "𝔊",
  Gg: "⋙",
  Gopf: "𝔾",
  GreaterEqual: "≥",
  GreaterEqualLess: "⋛",
  GreaterFullEqual: "≧",
  GreaterGreater: "⪢",
  GreaterLess: "≷",
  GreaterSlantEqual: "⩾",
  GreaterTilde: "≳",
  Gscr: "𝒢",
  Gt: "≫",
  HARDcy: "Ъ",
  Hacek: "ˇ",
  Hat: "^",
  Hcirc: "Ĥ",
  Hfr: "ℌ",
  HilbertSpace: "ℋ",
  Hopf: "ℍ",
  HorizontalLine: "─",
  Hscr: "ℋ",
  Hstrok: "Ħ",
  HumpDownHump: "≎",
  HumpEqual: "≏",
  IEcy: "Е",
  IJlig: "Ĳ",
  IOcy: "Ё",
  Iacute: "Í",
  Icirc: "Î",
  Icy: "И",
  Idot: "İ",
  Ifr: "ℑ",
  Igrave: "Ì",
  Im: "ℑ",
  Imacr: "Ī",
  ImaginaryI: "ⅈ",
  Implies: "⇒",
  Int: "∬",
  Integral: "∫",
  Intersection: "⋂",
  InvisibleComma: "⁣",
  InvisibleTimes: "⁢",
  Iogon: "Į",
  Iopf: "𝕀",
  Iota: "Ι",
  Iscr: "ℐ",
  Itilde: "Ĩ",
  Iukcy: "І",
  Iuml: "Ï",
  Jcirc: "Ĵ",
  Jcy: "Й",
  Jfr: "𝔍",
  Jopf: "𝕁",
  Jscr: "𝒥",
  Jsercy: "Ј",
  Jukcy: "Є",
  KHcy: "Х",
  KJcy: "Ќ",
  Kappa: "Κ",
  Kcedil: "Ķ",
  Kcy: "К",
  Kfr: "𝔎",
  Kopf: "𝕂",
  Kscr: "𝒦",
  LJcy: "Љ",
  LT: "<",
  Lacute: "Ĺ",
  Lambda: "Λ",
  Lang: "⟪",
  Laplacetrf: "ℒ",
  Larr: "↞",
  Lcaron: "Ľ",
  Lcedil: "Ļ",
  Lcy: "Л",
  LeftAngleBracket: "⟨",
  LeftArrow: "←",
  LeftArrowBar: "⇤",
  LeftArrowRightArrow: "⇆",
  LeftCeiling: "⌈",
  LeftDoubleBracket: "⟦",
  LeftDownTeeVector: "⥡",
  LeftDownVector: "⇃",
  LeftDownVectorBar: "⥙",
  LeftFloor: "⌊",
  LeftRightArrow: "↔",
  LeftRightVector: "⥎",
  LeftTee: "⊣",
  LeftTeeArrow: "↤",
  LeftTeeVector: "⥚",
  LeftTriangle: "⊲",
  LeftTriangleBar: "⧏",
  LeftTriangleEqual: "⊴",
  LeftUpDownVector: "⥑",
  LeftUpTeeVector: "⥠",
  LeftUpVector: "↿",
  LeftUpVectorBar: "⥘",
  LeftVector: "↼",
  LeftVectorBar: "⥒",
  Leftarrow: "⇐",
  Leftrightarrow: "⇔",
  LessEqualGreater: "⋚",
  LessFullEqual: "≦",
  LessGreater: "≶",
  LessLess: "⪡",
  LessSlantEqual: "⩽",
  LessTilde: "≲",
  Lfr: "𝔏",
  Ll: "⋘",
  Lleftarrow: "⇚",
  Lmidot: "Ŀ",
  LongLeftArrow: "⟵",
  LongLeftRightArrow: "⟷",
  LongRightArrow: "⟶",
  Longleftarrow: "⟸",
  Longleftrightarrow: "⟺",
  Longrightarrow: "⟹",
  Lopf: "𝕃",
  LowerLeftArrow: "↙",
  LowerRightArrow: "↘",
  Lscr: "ℒ",
  Lsh: "↰",
  Lstrok: "Ł",
  Lt: "≪",
  Map: "⤅",
  Mcy: "М",
  MediumSpace: " ",
  Mellintrf: "ℳ",
  Mfr: "𝔐",
  MinusPlus: "∓",
  Mopf: "𝕄",
  Mscr: "ℳ",
  Mu: "Μ",
  NJcy: "Њ",
  Nacute: "Ń",
  Ncaron: "Ň",
  Ncedil: "Ņ",
  Ncy: "Н",
  NegativeMediumSpace: "​",
  NegativeThickSpace: "​",
  NegativeThinSpace: "​",
  NegativeVeryThinSpace: "​",
  NestedGreaterGreater: "≫",
  NestedLessLess: "≪",
  NewLine: "\n",
  Nfr: "𝔑",
  NoBreak: "⁠",
  NonBreakingSpace: " ",
  Nopf: "ℕ",
  Not: "⫬",
  NotCongruent: "≢",
  NotCupCap: "≭",
  NotDoubleVerticalBar: "∦",
  NotElement: "∉",
  NotEqual: "≠",
  NotEqualTilde: "≂̸",
  NotExists: "∄",
  NotGreater: "≯",
  NotGreaterEqual: "≱",
  NotGreaterFullEqual: "≧̸",
  NotGreaterGreater: "≫̸",
  NotGreaterLess: "≹",
  NotGreaterSlantEqual: "⩾̸",
  NotGreaterTilde: "≵",
  NotHumpDownHump: "≎̸",
  NotHumpEqual: "≏̸",
  NotLeftTriangle: "⋪",
  NotLeftTriangleBar: "⧏̸",
  NotLeftTriangleEqual: "⋬",
  NotLess: "≮",
  NotLessEqual: "≰",
  NotLessGreater: "≸",
  NotLessLess: "≪̸",
  NotLessSlantEqual: "⩽̸",
  NotLessTilde: "≴",
  NotNestedGreaterGreater: "⪢̸",
  NotNestedLessLess: "⪡̸",
  NotPrecedes: "⊀",
  NotPrecedesEqual: "⪯̸",
  NotPrecedesSlantEqual: "⋠",
  NotReverseElement: "∌",
  NotRightTriangle: "⋫",
  NotRightTriangleBar: "⧐̸",
  NotRightTriangleEqual: "⋭",
  NotSquareSubset: "⊏̸",
  NotSquareSubsetEqual: "⋢",
  NotSquareSuperset: "⊐̸",
  NotSquareSupersetEqual: "⋣",
  NotSubset: "⊂⃒",
  NotSubsetEqual: "⊈",
  NotSucceeds: "⊁",
  NotSucceedsEqual: "⪰̸",
  NotSucceedsSlantEqual: "⋡",
  NotSucceedsTilde: "≿̸",
  NotSuperset: "⊃⃒",
  NotSupersetEqual: "⊉",
  NotTilde: "≁",
  NotTildeEqual: "≄",
  NotTildeFullEqual: "≇",
  NotTildeTilde: "≉",
  NotVerticalBar: "∤",
  Nscr: "𝒩",
  Ntilde: "Ñ",
  Nu: "Ν",
  OElig: "Œ",
  Oacute: "Ó",
  Ocirc: "Ô",
  Ocy: "О",
  Odblac: "Ő",
  Ofr: "𝔒",
  Ograve: "Ò",
  Omacr: "Ō",
  Omega: "Ω",
  Omicron: "Ο",
  Oopf: "𝕆",
  OpenCurlyDoubleQuote: "“",
  OpenCurlyQuote: "‘",
  Or: "⩔",
  Oscr: "𝒪",
  Oslash: "Ø",
  Otilde: "Õ",
  Otimes: "⨷",
  Ouml: "Ö",
  OverBar: "‾",
  OverBrace: "⏞",
  OverBracket: "⎴",
  OverParenthesis: "⏜",
  PartialD: "∂",
  Pcy: "П",
  Pfr: "𝔓",
  Phi: "Φ",
  Pi: "Π",
  PlusMinus: "±",
  Poincareplane: "ℌ",
  Popf: "ℙ",
  Pr: "⪻",
  Precedes: "≺",
  PrecedesEqual: "⪯",
  PrecedesSlantEqual: "≼",
  PrecedesTilde: "≾",
  Prime: "″",
  Product: "∏",
  Proportion: "∷",
  Proportional: "∝",
  Pscr: "𝒫",
  Psi: "Ψ",
  QUOT: '"',
  Qfr: "𝔔",
  Qopf: "ℚ",
  Qscr: "𝒬",
  RBarr: "⤐",
  REG: "®",
  Racute: "Ŕ",
  Rang: "⟫",
  Rarr: "↠",
  Rarrtl: "⤖",
  Rcaron: "Ř",
  Rcedil: "Ŗ",
  Rcy: "Р",
  Re: "ℜ",
  ReverseElement: "∋",
  ReverseEquilibrium: "⇋",
  ReverseUpEquilibrium: "⥯",
  Rfr: "ℜ",
  Rho: "Ρ",
  RightAngleBracket: "⟩",
  RightArrow: "→",
  RightArrowBar: "⇥",
  RightArrowLeftArrow: "⇄",
  RightCeiling: "⌉",
  RightDoubleBracket: "⟧",
  RightDownTeeVector: "⥝",
  RightDownVector: "⇂",
  RightDownVectorBar: "⥕",
  RightFloor: "⌋",
  RightTee: "⊢",
  RightTeeArrow: "↦",
  RightTeeVector: "⥛",
  RightTriangle: "⊳",
  RightTriangleBar: "⧐",
  RightTriangleEqual: "⊵",
  RightUpDownVector: "⥏",
  RightUpTeeVector: "⥜",
  RightUpVector: "↾",
  RightUpVectorBar: "⥔",
  RightVector: "⇀",
  RightVectorBar: "⥓",
  Rightarrow: "⇒",
  Ropf: "ℝ",
  RoundImplies: "⥰",
  Rrightarrow: "⇛",
  Rscr: "ℛ",
  Rsh: "↱",
  RuleDelayed: "⧴",
  SHCHcy: "Щ",
  SHcy: "Ш",
  SOFTcy: "Ь",
  Sacute: "Ś",
  Sc: "⪼",
  Scaron: "Š",
  Scedil: "Ş",
  Scirc: "Ŝ",
  Scy: "С",
  Sfr: "𝔖",
  ShortDownArrow: "↓",
  ShortLeftArrow: "←",
  ShortRightArrow: "→",
  ShortUpArrow: "↑",
  Sigma: "Σ",
  SmallCircle: "∘",
  Sopf: "𝕊",
  Sqrt: "√",
  Square: "□",
  SquareIntersection: "⊓",
  SquareSubset: "⊏",
  SquareSubsetEqual: "⊑",
  SquareSuperset: "⊐",
  SquareSupersetEqual: "⊒",
  SquareUnion: "⊔",
  Sscr: "𝒮",
  Star: "⋆",
  Sub: "⋐",
  Subset: "⋐",
  SubsetEqual: "⊆",
  Succeeds: "≻",
  SucceedsEqual: "⪰",
  SucceedsSlantEqual: "≽",
  SucceedsTilde: "≿",
  SuchThat: "∋",
  Sum: "∑",
  Sup: "⋑",
  Superset: "⊃",
  SupersetEqual: "⊇",
  Supset: "⋑",
  THORN: "Þ",
  TRADE: "™",
  TSHcy: "Ћ",
  TScy: "Ц",
  Tab: "	",
  Tau: "Τ",
  Tcaron: "Ť",
  Tcedil: "Ţ",
  Tcy: "Т",
  Tfr: "𝔗",
  Therefore: "∴",
  Theta: "Θ",
  ThickSpace: "  ",
  ThinSpace: " ",
  Tilde: "∼",
  TildeEqual: "≃",
  TildeFullEqual: "≅",
  TildeTilde: "≈",
  Topf: "𝕋",
  TripleDot: "⃛",
  Tscr: "𝒯",
  Tstrok: "Ŧ",
  Uacute: "Ú",
  Uarr: "↟",
  Uarrocir: "⥉",
  Ubrcy: "Ў",
  Ubreve: "Ŭ",
  Ucirc: "Û",
  Ucy: "У",
  Udblac: "Ű",
  Ufr: "𝔘",
  Ugrave: "Ù",
  Umacr: "Ū",
  UnderBar: "_",
  UnderBrace: "⏟",
  UnderBracket: "⎵",
  UnderParenthesis: "⏝",
  Union: "⋃",
  UnionPlus: "⊎",
  Uogon: "Ų",
  Uopf: "𝕌",
  UpArrow: "↑",
  UpArrowBar: "⤒",
  UpArrowDownArrow: "⇅",
  UpDownArrow: "↕",
  UpEquilibrium: "⥮",
  UpTee: "⊥",
  UpTeeArrow: "↥",
  Uparrow: "⇑",
  Updownarrow: "⇕",
  UpperLeftArrow: "↖",
  UpperRightArrow: "↗",
  Upsi: "ϒ",
  Upsilon: "Υ",
  Uring: "Ů",
  Uscr: "𝒰",
  Utilde: "Ũ",
  Uuml: "Ü",
  VDash: "⊫",
  Vbar: "⫫",
  Vcy: "В",
  Vdash: "⊩",
  Vdashl: "⫦",
  Vee: "⋁",
  Verbar: "‖",
  Vert: "‖",
  VerticalBar: "∣",
  VerticalLine: "|",
  VerticalSeparator: "❘",
  VerticalTilde: "≀",
  VeryThinSpace: " ",
  Vfr: "𝔙",
  Vopf: "𝕍",
  Vscr: "𝒱",
  Vvdash: "⊪",
  Wcirc: "Ŵ",
  Wedge: "⋀",
  Wfr: "𝔚",
  Wopf: "𝕎",
  Wscr: "𝒲",
  Xfr: "𝔛",
  Xi: "Ξ",
  Xopf: "𝕏",
  Xscr: "𝒳",
  YAcy: "Я",
  YIcy: "Ї",
  YUcy: "Ю",
  Yacute: "Ý",
  Ycirc: "Ŷ",
  Ycy: "Ы",
  Yfr: "𝔜",
  Yopf: "𝕐",
  Yscr: "𝒴",
  Yuml: "Ÿ",
  ZHcy: "Ж",
  Zacute: "Ź",
  Zcaron: "Ž",
  Zcy: "З",
  Zdot: "Ż",
  ZeroWidthSpace: "​",
  Zeta: "Ζ",
  Zfr: "ℨ",
  Zopf: "ℤ",
  Zscr: "𝒵",
  aacute: "á",
  abreve: "ă",
  ac: "∾",
  acE: "∾̳",
  acd: "∿",
  acirc: "â",
  acute: "´",
  acy: "а",
  aelig: "æ",
  af: "⁡",
  afr: "𝔞",
  agrave: "à",
  alefsym: "ℵ",
  aleph: "ℵ",
  alpha: "α",
  amacr: "ā",
  amalg: "⨿",
  amp: "&",
  and: "∧",
  andand: "⩕",
  andd: "⩜",
  andslope: "⩘",
  andv: "⩚",
  ang: "∠",
  ange: "⦤",
  angle: "∠",
  angmsd: "∡",
  angmsdaa: "⦨",
  angmsdab: "⦩",
  angmsdac: "⦪",
  angmsdad: "⦫",
  angmsdae: "⦬",
  angmsdaf: "⦭",
  angmsdag: "⦮",
  angmsdah: "⦯",
  angrt: "∟",
  angrtvb: "⊾",
  angrtvbd: "⦝",
  angsph: "∢",
  angst: "Å",
  angzarr: "⍼",
  aogon: "ą",
  aopf: "𝕒",
  ap: "≈",
  apE: "⩰",
  apacir: "⩯",
  ape: "≊",
  apid: "≋",
  apos: "'",
  approx: "≈",
  approxeq: "≊",
  aring: "å",
  ascr: "𝒶",
  ast: "*",
  asymp: "≈",
  asympeq: "≍",
  atilde: "ã",
  auml: "ä",
  awconint: "∳",
  awint: "⨑",
  bNot: "⫭",
  backcong: "≌",
  backepsilon: "϶",
  backprime: "‵",
  backsim: "∽",
  backsimeq: "⋍",
  barvee: "⊽",
  barwed: "⌅",
  barwedge: "⌅",
  bbrk: "⎵",
  bbrktbrk: "⎶",
  bcong: "≌",
  bcy: "б",
  bdquo: "„",
  becaus: "∵",
  because: "∵",
  bemptyv: "⦰",
  bepsi: "϶",
  bernou: "ℬ",
  beta: "β",
  beth: "ℶ",
  between: "≬",
  bfr: "𝔟",
  bigcap: "⋂",
  bigcirc: "◯",
  bigcup: "⋃",
  bigodot: "⨀",
  bigoplus: "⨁",
  bigotimes: "⨂",
  bigsqcup: "⨆",
  bigstar: "★",
  bigtriangledown: "▽",
  bigtriangleup: "△",
  biguplus: "⨄",
  bigvee: "⋁",
  bigwedge: "⋀",
  bkarow: "⤍",
  blacklozenge: "⧫",
  blacksquare: "▪",
  blacktriangle: "▴",
  blacktriangledown: "▾",
  blacktriangleleft: "◂",
  blacktriangleright: "▸",
  blank: "␣",
  blk12: "▒",
  blk14: "░",
  blk34: "▓",
  block: "█",
  bne: "=⃥",
  bnequiv: "≡⃥",
  bnot: "⌐",
  bopf: "𝕓",
  bot: "⊥",
  bottom: "⊥",
  bowtie: "⋈",
  boxDL: "╗",
  boxDR: "╔",
  boxDl: "╖",
  boxDr: "╓",
  boxH: "═",
  boxHD: "╦",
  boxHU: "╩",
  boxHd: "╤",
  boxHu: "╧",
  boxUL: "╝",
  boxUR: "╚",
  boxUl: "╜",
  boxUr: "╙",
  boxV: "║",
  boxVH: "╬",
  boxVL: "╣",
  boxVR: "╠",
  boxVh: "╫",
  boxVl: "╢",
  boxVr: "╟",
  boxbox: "⧉",
  boxdL: "╕",
  boxdR: "╒",
  boxdl: "┐",
  boxdr: "┌",
  boxh: "─",
  boxhD: "╥",
  boxhU: "╨",
  boxhd: "┬",
  boxhu: "┴",
  boxminus: "⊟",
  boxplus: "⊞",
  boxtimes: "⊠",
  boxuL: "╛",
  boxuR: "╘",
  boxul: "┘",
  boxur: "└",
  boxv: "│",
  boxvH: "╪",
  boxvL: "╡",
  boxvR: "╞",
  boxvh: "┼",
  boxvl: "┤",
  boxvr: "├",
  bprime: "‵",
  breve: "˘",
  brvbar: "¦",
  bscr: "𝒷",
  bsemi: "⁏",
  bsim: "∽",
  bsime: "⋍",
  bsol: "\\",
  bsolb: "⧅",
  bsolhsub: "⟈",
  bull: "•",
  bullet: "•",
  bump: "≎",
  bumpE: "⪮",
  bumpe: "≏",
  bumpeq: "≏",
  cacute: "ć",
  cap: "∩",
  capand: "⩄",
  capbrcup: "⩉",
  capcap: "⩋",
  capcup: "⩇",
  capdot: "⩀",
  caps: "∩︀",
  caret: "⁁",
  caron: "ˇ",
  ccaps: "⩍",
  ccaron: "č",
  ccedil: "ç",
  ccirc: "ĉ",
  ccups: "⩌",
  ccupssm: "⩐",
  cdot: "ċ",
  cedil: "¸",
  cemptyv: "⦲",
  cent: "¢",
  centerdot: "·",
  cfr: "𝔠",
  chcy: "ч",
  check: "✓",
  checkmark: "✓",
  chi: "χ",
  cir: "○",
  cirE: "⧃",
  circ: "ˆ",
  circeq: "≗",
  circlearrowleft: "↺",
  circlearrowright: "↻",
  circledR: "®",
  circledS: "Ⓢ",
  circledast: "⊛",
  circledcirc: "⊚",
  circleddash: "⊝",
  cire: "≗",
  cirfnint: "⨐",
  cirmid: "⫯",
  cirscir: "⧂",
  clubs: "♣",
  clubsuit: "♣",
  colon: ":",
  colone: "≔",
  coloneq: "≔",
  comma: ",",
  commat: "@",
  comp: "∁",
  compfn: "∘",
  complement: "∁",
  complexes: "ℂ",
  cong: "≅",
  congdot: "⩭",
  conint: "∮",
  copf: "𝕔",
  coprod: "∐",
  copy: "©",
  copysr: "℗",
  crarr: "↵",
  cross: "✗",
  cscr: "𝒸",
  csub: "⫏",
  csube: "⫑",
  csup: "⫐",
  csupe: "⫒",
  ctdot: "⋯",
  cudarrl: "⤸",
  cudarrr: "⤵",
  cuepr: "⋞",
  cuesc: "⋟",
  cularr: "↶",
  cularrp: "⤽",
  cup: "∪",
  cupbrcap: "⩈",
  cupcap: "⩆",
  cupcup: "⩊",
  cupdot: "⊍",
  cupor: "⩅",
  cups: "∪︀",
  curarr: "↷",
  curarrm: "⤼",
  curlyeqprec: "⋞",
  curlyeqsucc: "⋟",
  curlyvee: "⋎",
  curlywedge: "⋏",
  curren: "¤",
  curvearrowleft: "↶",
  curvearrowright: "↷",
  cuvee: "⋎",
  cuwed: "⋏",
  cwconint: "∲",
  cwint: "∱",
  cylcty: "⌭",
  dArr: "⇓",
  dHar: "⥥",
  dagger: "†",
  daleth: "ℸ",
  darr: "↓",
  dash: "‐",
  dashv: "⊣",
  dbkarow: "⤏",
  dblac: "˝",
  dcaron: "ď",
  dcy: "д",
  dd: "ⅆ",
  ddagger: "‡",
  ddarr: "⇊",
  ddotseq: "⩷",
  deg: "°",
  delta: "δ",
  demptyv: "⦱",
  dfisht: "⥿",
  dfr: "𝔡",
  dharl: "⇃",
  dharr: "⇂",
  diam: "⋄",
  diamond: "⋄",
  diamondsuit: "♦",
  diams: "♦",
  die: "¨",
  digamma: "ϝ",
  disin: "⋲",
  div: "÷",
  divide: "÷",
  divideontimes: "⋇",
  divonx: "⋇",
  djcy: "ђ",
  dlcorn: "⌞",
  dlcrop: "⌍",
  dollar: "$",
  dopf: "𝕕",
  dot: "˙",
  doteq: "≐",
  doteqdot: "≑",
  dotminus: "∸",
  dotplus: "∔",
  dotsquare: "⊡",
  doublebarwedge: "⌆",
  downarrow: "↓",
  downdownarrows: "⇊",
  downharpoonleft: "⇃",
  downharpoonright: "⇂",
  drbkarow: "⤐",
  drcorn: "⌟",
  drcrop: "⌌",
  dscr: "𝒹",
  dscy: "ѕ",
  dsol: "⧶",
  dstrok: "đ",
  dtdot: "⋱",
  dtri: "▿",
  dtrif: "▾",
  duarr: "⇵",
  duhar: "⥯",
  dwangle: "⦦",
  dzcy: "џ",
  dzigrarr: "⟿",
  eDDot: "⩷",
  eDot: "≑",
  eacute: "é",
  easter: "⩮",
  ecaron: "ě",
  ecir: "≖",
  ecirc: "ê",
  ecolon: "≕",
  ecy: "э",
  edot: "ė",
  ee: "ⅇ",
  efDot: "≒",
  efr: "𝔢",
  eg: "⪚",
  egrave: "è",
  egs: "⪖",
  egsdot: "⪘",
  el: "⪙",
  elinters: "⏧",
  ell: "ℓ",
  els: "⪕",
  elsdot: "⪗",
  emacr: "ē",
  empty: "∅",
  emptyset: "∅",
  emptyv: "∅",
  emsp13: " ",
  emsp14: " ",
  emsp: " ",
  eng: "ŋ",
  ensp: " ",
  eogon: "ę",
  eopf: "𝕖",
  epar: "⋕",
  eparsl: "⧣",
  eplus: "⩱",
  epsi: "ε",
  epsilon: "ε",
  epsiv: "ϵ",
  eqcirc: "≖",
  eqcolon: "≕",
  eqsim: "≂",
  eqslantgtr: "⪖",
  eqslantless: "⪕",
  equals: "=",
  equest: "≟",
  equiv: "≡",
  equivDD: "⩸",
  eqvparsl: "⧥",
  erDot: "≓",
  erarr: "⥱",
  escr: "ℯ",
  esdot: "≐",
  esim: "≂",
  eta: "η",
  eth: "ð",
  euml: "ë",
  euro: "€",
  excl: "!",
  exist: "∃",
  expectation: "ℰ",
  exponentiale: "ⅇ",
  fallingdotseq: "≒",
  fcy: "ф",
  female: "♀",
  ffilig: "ﬃ",
  fflig: "ﬀ",
  ffllig: "ﬄ",
  ffr: "𝔣",
  filig: "ﬁ",
  fjlig: "fj",
  flat: "♭",
  fllig: "ﬂ",
  fltns: "▱",
  fnof: "ƒ",
  fopf: "𝕗",
  forall: "∀",
  fork: "⋔",
  forkv: "⫙",
  fpartint: "⨍",
  frac12: "½",
  frac13: "⅓",
  frac14: "¼",
  frac15: "⅕",
  frac16: "⅙",
  frac18: "⅛",
  frac23: "⅔",
  frac25: "⅖",
  frac34: "¾",
  frac35: "⅗",
  frac38: "⅜",
  frac45: "⅘",
  frac56: "⅚",
  frac58: "⅝",
  frac78: "⅞",
  frasl: "⁄",
  frown: "⌢",
  fscr: "𝒻",
  gE: "≧",
  gEl: "⪌",
  gacute: "ǵ",
  gamma: "γ",
  gammad: "ϝ",
  gap: "⪆",
  gbreve: "ğ",
  gcirc: "ĝ",
  gcy: "г",
  gdot: "ġ",
  ge: "≥",
  gel: "⋛",
  geq: "≥",
  geqq: "≧",
  geqslant: "⩾",
  ges: "⩾",
  gescc: "⪩",
  gesdot: "⪀",
  gesdoto: "⪂",
  gesdotol: "⪄",
  gesl: "⋛︀",
  gesles: "⪔",
  gfr: "𝔤",
  gg: "≫",
  ggg: "⋙",
  gimel: "ℷ",
  gjcy: "ѓ",
  gl: "≷",
  glE: "⪒",
  gla: "⪥",
  glj: "⪤",
  gnE: "≩",
  gnap: "⪊",
  gnapprox: "⪊",
  gne: "⪈",
  gneq: "⪈",
  gneqq: "≩",
  gnsim: "⋧",
  gopf: "𝕘",
  grave: "`",
  gscr: "ℊ",
  gsim: "≳",
  gsime: "⪎",
  gsiml: "⪐",
  gt: ">",
  gtcc: "⪧",
  gtcir: "⩺",
  gtdot: "⋗",
  gtlPar: "⦕",
  gtquest: "⩼",
  gtrapprox: "⪆",
  gtrarr: "⥸",
  gtrdot: "⋗",
  gtreqless: "⋛",
  gtreqqless: "⪌",
  gtrless: "≷",
  gtrsim: "≳",
  gvertneqq: "≩︀",
  gvnE: "≩︀",
  hArr: "⇔",
  hairsp: " ",
  half: "½",
  hamilt: "ℋ",
  hardcy: "ъ",
  harr: "↔",
  harrcir: "⥈",
  harrw: "↭",
  hbar: "ℏ",
  hcirc: "ĥ",
  hearts: "♥",
  heartsuit: "♥",
  hellip: "…",
  hercon: "⊹",
  hfr: "𝔥",
  hksearow: "⤥",
  hkswarow: "⤦",
  hoarr: "⇿",
  homtht: "∻",
  hookleftarrow: "↩",
  hookrightarrow: "↪",
  hopf: "𝕙",
  horbar: "―",
  hscr: "𝒽",
  hslash: "ℏ",
  hstrok: "ħ",
  hybull: "⁃",
  hyphen: "‐",
  iacute: "í",
  ic: "⁣",
  icirc: "î",
  icy: "и",
  iecy: "е",
  iexcl: "¡",
  iff: "⇔",
  ifr: "𝔦",
  igrave: "ì",
  ii: "ⅈ",
  iiiint: "⨌",
  iiint: "∭",
  iinfin: "⧜",
  iiota: "℩",
  ijlig: "ĳ",
  imacr: "ī",
  image: "ℑ",
  imagline: "ℐ",
  imagpart: "ℑ",
  imath: "ı",
  imof: "⊷",
  imped: "Ƶ",
  in: "∈",
  incare: "℅",
  infin: "∞",
  infintie: "⧝",
  inodot: "ı",
  int: "∫",
  intcal: "⊺",
  integers: "ℤ",
  intercal: "⊺",
  intlarhk: "⨗",
  intprod: "⨼",
  iocy: "ё",
  iogon: "į",
  iopf: "𝕚",
  iota: "ι",
  iprod: "⨼",
  iquest: "¿",
  iscr: "𝒾",
  isin: "∈",
  isinE: "⋹",
  isindot: "⋵",
  isins: "⋴",
  isinsv: "⋳",
  isinv: "∈",
  it: "⁢",
  itilde: "ĩ",
  iukcy: "і",
  iuml: "ï",
  jcirc: "ĵ",
  jcy: "й",
  jfr: "𝔧",
  jmath: "ȷ",
  jopf: "𝕛",
  jscr: "𝒿",
  jsercy: "ј",
  jukcy: "є",
  kappa: "κ",
  kappav: "ϰ",
  kcedil: "ķ",
  kcy: "к",
  kfr: "𝔨",
  kgreen: "ĸ",
  khcy: "х",
  kjcy: "ќ",
  kopf: "𝕜",
  kscr: "𝓀",
  lAarr: "⇚",
  lArr: "⇐",
  lAtail: "⤛",
  lBarr: "⤎",
  lE: "≦",
  lEg: "⪋",
  lHar: "⥢",
  lacute: "ĺ",
  laemptyv: "⦴",
  lagran: "ℒ",
  lambda: "λ",
  lang: "⟨",
  langd: "⦑",
  langle: "⟨",
  lap: "⪅",
  laquo: "«",
  larr: "←",
  larrb: "⇤",
  larrbfs: "⤟",
  larrfs: "⤝",
  larrhk: "↩",
  larrlp: "↫",
  larrpl: "⤹",
  larrsim: "⥳",
  larrtl: "↢",
  lat: "⪫",
  latail: "⤙",
  late: "⪭",
  lates: "⪭︀",
  lbarr: "⤌",
  lbbrk: "❲",
  lbrace: "{",
  lbrack: "[",
  lbrke: "⦋",
  lbrksld: "⦏",
  lbrkslu: "⦍",
  lcaron: "ľ",
  lcedil: "ļ",
  lceil: "⌈",
  lcub: "{",
  lcy: "л",
  ldca: "⤶",
  ldquo: "“",
  ldquor: "„",
  ldrdhar: "⥧",
  ldrushar: "⥋",
  ldsh: "↲",
  le: "≤",
  leftarrow: "←",
  leftarrowtail: "↢",
  leftharpoondown: "↽",
  leftharpoonup: "↼",
  leftleftarrows: "⇇",
  leftrightarrow: "↔",
  leftrightarrows: "⇆",
  leftrightharpoons: "⇋",
  leftrightsquigarrow: "↭",
  leftthreetimes: "⋋",
  leg: "⋚",
  leq: "≤",
  leqq: "≦",
  leqslant: "⩽",
  les: "⩽",
  lescc: "⪨",
  lesdot: "⩿",
  lesdoto: "⪁",
  lesdotor: "⪃",
  lesg: "⋚︀",
  lesges: "⪓",
  lessapprox: "⪅",
  lessdot: "⋖",
  lesseqgtr: "⋚",
  lesseqqgtr: "⪋",
  lessgtr: "≶",
  lesssim: "≲",
  lfisht: "⥼",
  lfloor: "⌊",
  lfr: "𝔩",
  lg: "≶",
  lgE: "⪑",
  lhard: "↽",
  lharu: "↼",
  lharul: "⥪",
  lhblk: "▄",
  ljcy: "љ",
  ll: "≪",
  llarr: "⇇",
  llcorner: "⌞",
  llhard: "⥫",
  lltri: "◺",
  lmidot: "ŀ",
  lmoust: "⎰",
  lmoustache: "⎰",
  lnE: "≨",
  lnap: "⪉",
  lnapprox: "⪉",
  lne: "⪇",
  lneq: "⪇",
  lneqq: "≨",
  lnsim: "⋦",
  loang: "⟬",
  loarr: "⇽",
  lobrk: "⟦",
  longleftarrow: "⟵",
  longleftrightarrow: "⟷",
  longmapsto: "⟼",
  longrightarrow: "⟶",
  looparrowleft: "↫",
  looparrowright: "↬",
  lopar: "⦅",
  lopf: "𝕝",
  loplus: "⨭",
  lotimes: "⨴",
  lowast: "∗",
  lowbar: "_",
  loz: "◊",
  lozenge: "◊",
  lozf: "⧫",
  lpar: "(",
  lparlt: "⦓",
  lrarr: "⇆",
  lrcorner: "⌟",
  lrhar: "⇋",
  lrhard: "⥭",
  lrm: "‎",
  lrtri: "⊿",
  lsaquo: "‹",
  lscr: "𝓁",
  lsh: "↰",
  lsim: "≲",
  lsime: "⪍",
  lsimg: "⪏",
  lsqb: "[",
  lsquo: "‘",
  lsquor: "‚",
  lstrok: "ł",
  lt: "<",
  ltcc: "⪦",
  ltcir: "⩹",
  ltdot: "⋖",
  lthree: "⋋",
  ltimes: "⋉",
  ltlarr: "⥶",
  ltquest: "⩻",
  ltrPar: "⦖",
  ltri: "◃",
  ltrie: "⊴",
  ltrif: "◂",
  lurdshar: "⥊",
  luruhar: "⥦",
  lvertneqq: "≨︀",
  lvnE: "≨︀",
  mDDot: "∺",
  macr: "¯",
  male: "♂",
  malt: "✠",
  maltese: "✠",
  map: "↦",
  mapsto: "↦",
  mapstodown: "↧",
  mapstoleft: "↤",
  mapstoup: "↥",
  marker: "▮",
  mcomma: "⨩",
  mcy: "м",
  mdash: "—",
  measuredangle: "∡",
  mfr: "𝔪",
  mho: "℧",
  micro: "µ",
  mid: "∣",
  midast: "*",
  midcir: "⫰",
  middot: "·",
  minus: "−",
  minusb: "⊟",
  minusd: "∸",
  minusdu: "⨪",
  mlcp: "⫛",
  mldr: "…",
  mnplus: "∓",
  models: "⊧",
  mopf: "𝕞",
  mp: "∓",
  mscr: "𝓂",
  mstpos: "∾",
  mu: "μ",
  multimap: "⊸",
  mumap: "⊸",
  nGg: "⋙̸",
  nGt: "≫⃒",
  nGtv: "≫̸",
  nLeftarrow: "⇍",
  nLeftrightarrow: "⇎",
  nLl: "⋘̸",
  nLt: "≪⃒",
  nLtv: "≪̸",
  nRightarrow: "⇏",
  nVDash: "⊯",
  nVdash: "⊮",
  nabla: "∇",
  nacute: "ń",
  nang: "∠⃒",
  nap: "≉",
  napE: "⩰̸",
  napid: "≋̸",
  napos: "ŉ",
  napprox: "≉",
  natur: "♮",
  natural: "♮",
  naturals: "ℕ",
  nbsp: " ",
  nbump: "≎̸",
  nbumpe: "≏̸",
  ncap: "⩃",
  ncaron: "ň",
  ncedil: "ņ",
  ncong: "≇",
  ncongdot: "⩭̸",
  ncup: "⩂",
  ncy: "н",
  ndash: "–",
  ne: "≠",
  neArr: "⇗",
  nearhk: "⤤",
  nearr: "↗",
  nearrow: "↗",
  nedot: "≐̸",
  nequiv: "≢",
  nesear: "⤨",
  nesim: "≂̸",
  nexist: "∄",
  nexists: "∄",
  nfr: "𝔫",
  ngE: "≧̸",
  nge: "≱",
  ngeq: "≱",
  ngeqq: "≧̸",
  ngeqslant: "⩾̸",
  nges: "⩾̸",
  ngsim: "≵",
  ngt: "≯",
  ngtr: "≯",
  nhArr: "⇎",
  nharr: "↮",
  nhpar: "⫲",
  ni: "∋",
  nis: "⋼",
  nisd: "⋺",
  niv: "∋",
  njcy: "њ",
  nlArr: "⇍",
  nlE: "≦̸",
  nlarr: "↚",
  nldr: "‥",
  nle: "≰",
  nleftarrow: "↚",
  nleftrightarrow: "↮",
  nleq: "≰",
  nleqq: "≦̸",
  nleqslant: "⩽̸",
  nles: "⩽̸",
  nless: "≮",
  nlsim: "≴",
  nlt: "≮",
  nltri: "⋪",
  nltrie: "⋬",
  nmid: "∤",
  nopf: "𝕟",
  not: "¬",
  notin: "∉",
  notinE: "⋹̸",
  notindot: "⋵̸",
  notinva: "∉",
  notinvb: "⋷",
  notinvc: "⋶",
  notni: "∌",
  notniva: "∌",
  notnivb: "⋾",
  notnivc: "⋽",
  npar: "∦",
  nparallel: "∦",
  nparsl: "⫽⃥",
  npart: "∂̸",
  npolint: "⨔",
  npr: "⊀",
  nprcue: "⋠",
  npre: "⪯̸",
  nprec: "⊀",
  npreceq: "⪯̸",
  nrArr: "⇏",
  nrarr: "↛",
  nrarrc: "⤳̸",
  nrarrw: "↝̸",
  nrightarrow: "↛",
  nrtri: "⋫",
  nrtrie: "⋭",
  nsc: "⊁",
  nsccue: "⋡",
  nsce: "⪰̸",
  nscr: "𝓃",
  nshortmid: "∤",
  nshortparallel: "∦",
  nsim: "≁",
  nsime: "≄",
  nsimeq: "≄",
  nsmid: "∤",
  nspar: "∦",
  nsqsube: "⋢",
  nsqsupe: "⋣",
  nsub: "⊄",
  nsubE: "⫅̸",
  nsube: "⊈",
  nsubset: "⊂⃒",
  nsubseteq: "⊈",
  nsubseteqq: "⫅̸",
  nsucc: "⊁",
  nsucceq: "⪰̸",
  nsup: "⊅",
  nsupE: "⫆̸",
  nsupe: "⊉",
  nsupset: "⊃⃒",
  nsupseteq: "⊉",
  nsupseteqq: "⫆̸",
  ntgl: "≹",
  ntilde: "ñ",
  ntlg: "≸",
  ntriangleleft: "⋪",
  ntrianglelefteq: "⋬",
  ntriangleright: "⋫",
  ntrianglerighteq: "⋭",
  nu: "ν",
  num: "#",
  numero: "№",
  numsp: " ",
  nvDash: "⊭",
  nvHarr: "⤄",
  nvap: "≍⃒",
  nvdash: "⊬",
  nvge: "≥⃒",
  nvgt: ">⃒",
  nvinfin: "⧞",
  nvlArr: "⤂",
  nvle: "≤⃒",
  nvlt: "<⃒",
  nvltrie: "⊴⃒",
  nvrArr: "⤃",
  nvrtrie: "⊵⃒",
  nvsim: "∼⃒",
  nwArr: "⇖",
  nwarhk: "⤣",
  nwarr: "↖",
  nwarrow: "↖",
  nwnear: "⤧",
  oS: "Ⓢ",
  oacute: "ó",
  oast: "⊛",
  ocir: "⊚",
  ocirc: "ô",
  ocy: "о",
  odash: "⊝",
  odblac: "ő",
  odiv: "⨸",
  odot: "⊙",
  odsold: "⦼",
  oelig: "œ",
  ofcir: "⦿",
  ofr: "𝔬",
  ogon: "˛",
  ograve: "ò",
  ogt: "⧁",
  ohbar: "⦵",
  ohm: "Ω",
  oint: "∮",
  olarr: "↺",
  olcir: "⦾",
  olcross: "⦻",
  oline: "‾",
  olt: "⧀",
  omacr: "ō",
  omega: "ω",
  omicron: "ο",
  omid: "⦶",
  ominus: "⊖",
  oopf: "𝕠",
  opar: "⦷",
  operp: "⦹",
  oplus: "⊕",
  or: "∨",
  orarr: "↻",
  ord: "⩝",
  order: "ℴ",
  orderof: "ℴ",
  ordf: "ª",
  ordm: "º",
  origof: "⊶",
  oror: "⩖",
  orslope: "⩗",
  orv: "⩛",
  oscr: "ℴ",
  oslash: "ø",
  osol: "⊘",
  otilde: "õ",
  otimes: "⊗",
  otimesas: "⨶",
  ouml: "ö",
  ovbar: "⌽",
  par: "∥",
  para: "¶",
  parallel: "∥",
  parsim: "⫳",
  parsl: "⫽",
  part: "∂",
  pcy: "п",
  percnt: "%",
  period: ".",
  permil: "‰",
  perp: "⊥",
  pertenk: "‱",
  pfr: "𝔭",
  phi: "φ",
  phiv: "ϕ",
  phmmat: "ℳ",
  phone: "☎",
  pi: "π",
  pitchfork: "⋔",
  piv: "ϖ",
  planck: "ℏ",
  planckh: "ℎ",
  plankv: "ℏ",
  plus: "+",
  plusacir: "⨣",
  plusb: "⊞",
  pluscir: "⨢",
  plusdo: "∔",
  plusdu: "⨥",
  pluse: "⩲",
  plusmn: "±",
  plussim: "⨦",
  plustwo: "⨧",
  pm: "±",
  pointint: "⨕",
  popf: "𝕡",
  pound: "£",
  pr: "≺",
  prE: "⪳",
  prap: "⪷",
  prcue: "≼",
  pre: "⪯",
  prec: "≺",
  precapprox: "⪷",
  preccurlyeq: "≼",
  preceq: "⪯",
  precnapprox: "⪹",
  precneqq: "⪵",
  precnsim: "⋨",
  precsim: "≾",
  prime: "′",
  primes: "ℙ",
  prnE: "⪵",
  prnap: "⪹",
  prnsim: "⋨",
  prod: "∏",
  profalar: "⌮",
  profline: "⌒",
  profsurf: "⌓",
  prop: "∝",
  propto: "∝",
  prsim: "≾",
  prurel: "⊰",
  pscr: "𝓅",
  psi: "ψ",
  puncsp: " ",
  qfr: "𝔮",
  qint: "⨌",
  qopf: "𝕢",
  qprime: "⁗",
  qscr: "𝓆",
  quaternions: "ℍ",
  quatint: "⨖",
  quest: "?",
  questeq: "≟",
  quot: '"',
  rAarr: "⇛",
  rArr: "⇒",
  rAtail: "⤜",
  rBarr: "⤏",
  rHar: "⥤",
  race: "∽̱",
  racute: "ŕ",
  radic: "√",
  raemptyv: "⦳",
  rang: "⟩",
  rangd: "⦒",
  range: "⦥",
  rangle: "⟩",
  raquo: "»",
  rarr: "→",
  rarrap: "⥵",
  rarrb: "⇥",
  rarrbfs: "⤠",
  rarrc: "⤳",
  rarrfs: "⤞",
  rarrhk: "↪",
  rarrlp: "↬",
  rarrpl: "⥅",
  rarrsim: "⥴",
  rarrtl: "↣",
  rarrw: "↝",
  ratail: "⤚",
  ratio: "∶",
  rationals: "ℚ",
  rbarr: "⤍",
  rbbrk: "❳",
  rbrace: "}",
  rbrack: "]",
  rbrke: "⦌",
  rbrksld: "⦎",
  rbrkslu: "⦐",
  rcaron: "ř",
  rcedil: "ŗ",
  rceil: "⌉",
  rcub: "}",
  rcy: "р",
  rdca: "⤷",
  rdldhar: "⥩",
  rdquo: "”",
  rdquor: "”",
  rdsh: "↳",
  real: "ℜ",
  realine: "ℛ",
  realpart: "ℜ",
  reals: "ℝ",
  rect: "▭",
  reg: "®",
  rfisht: "⥽",
  rfloor: "⌋",
  rfr: "𝔯",
  rhard: "⇁",
  rharu: "⇀",
  rharul: "⥬",
  rho: "ρ",
  rhov: "ϱ",
  rightarrow: "→",
  rightarrowtail: "↣",
  rightharpoondown: "⇁",
  rightharpoonup: "⇀",
  rightleftarrows: "⇄",
  rightleftharpoons: "⇌",
  rightrightarrows: "⇉",
  rightsquigarrow: "↝",
  rightthreetimes: "⋌",
  ring: "˚",
  risingdotseq: "≓",
  rlarr: "⇄",
  rlhar: "⇌",
  rlm: "‏",
  rmoust: "⎱",
  rmoustache: "⎱",
  rnmid: "⫮",
  roang: "⟭",
  roarr: "⇾",
  robrk: "⟧",
  ropar: "⦆",
  ropf: "𝕣",
  roplus: "⨮",
  rotimes: "⨵",
  rpar: ")",
  rpargt: "⦔",
  rppolint: "⨒",
  rrarr: "⇉",
  rsaquo: "›",
  rscr: "𝓇",
  rsh: "↱",
  rsqb: "]",
  rsquo: "’",
  rsquor: "’",
  rthree: "⋌",
  rtimes: "⋊",
  rtri: "▹",
  rtrie: "⊵",
  rtrif: "▸",
  rtriltri: "⧎",
  ruluhar: "⥨",
  rx: "℞",
  sacute: "ś",
  sbquo: "‚",
  sc: "≻",
  scE: "⪴",
  scap: "⪸",
  scaron: "š",
  sccue: "≽",
  sce: "⪰",
  scedil: "ş",
  scirc: "ŝ",
  scnE: "⪶",
  scnap: "⪺",
  scnsim: "⋩",
  scpolint: "⨓",
  scsim: "≿",
  scy: "с",
  sdot: "⋅",
  sdotb: "⊡",
  sdote: "⩦",
  seArr: "⇘",
  searhk: "⤥",
  searr: "↘",
  searrow: "↘",
  sect: "§",
  semi: ";",
  seswar: "⤩",
  setminus: "∖",
  setmn: "∖",
  sext: "✶",
  sfr: "𝔰",
  sfrown: "⌢",
  sharp: "♯",
  shchcy: "щ",
  shcy: "ш",
  shortmid: "∣",
  shortparallel: "∥",
  shy: "­",
  sigma: "σ",
  sigmaf: "ς",
  sigmav: "ς",
  sim: "∼",
  simdot: "⩪",
  sime: "≃",
  simeq: "≃",
  simg: "⪞",
  simgE: "⪠",
  siml: "⪝",
  simlE: "⪟",
  simne: "≆",
  simplus: "⨤",
  simrarr: "⥲",
  slarr: "←",
  smallsetminus: "∖",
  smashp: "⨳",
  smeparsl: "⧤",
  smid: "∣",
  smile: "⌣",
  smt: "⪪",
  smte: "⪬",
  smtes: "⪬︀",
  softcy: "ь",
  sol: "/",
  solb: "⧄",
  solbar: "⌿",
  sopf: "𝕤",
  spades: "♠",
  spadesuit: "♠",
  spar: "∥",
  sqcap: "⊓",
  sqcaps: "⊓︀",
  sqcup: "⊔",
  sqcups: "⊔︀",
  sqsub: "⊏",
  sqsube: "⊑",
  sqsubset: "⊏",
  sqsubseteq: "⊑",
  sqsup: "⊐",
  sqsupe: "⊒",
  sqsupset: "⊐",
  sqsupseteq: "⊒",
  squ: "□",
  square: "□",
  squarf: "▪",
  squf: "▪",
  srarr: "→",
  sscr: "𝓈",
  ssetmn: "∖",
  ssmile: "⌣",
  sstarf: "⋆",
  star: "☆",
  starf: "★",
  straightepsilon: "ϵ",
  straightphi: "ϕ",
  strns: "¯",
  sub: "⊂",
  subE: "⫅",
  subdot: "⪽",
  sube: "⊆",
  subedot: "⫃",
  submult: "⫁",
  subnE: "⫋",
  subne: "⊊",
  subplus: "⪿",
  subrarr: "⥹",
  subset: "⊂",
  subseteq: "⊆",
  subseteqq: "⫅",
  subsetneq: "⊊",
  subsetneqq: "⫋",
  subsim: "⫇",
  subsub: "⫕",
  subsup: "⫓",
  succ: "≻",
  succapprox: "⪸",
  succcurlyeq: "≽",
  succeq: "⪰",
  succnapprox: "⪺",
  succneqq: "⪶",
  succnsim: "⋩",
  succsim: "≿",
  sum: "∑",
  sung: "♪",
  sup1: "¹",
  sup2: "²",
  sup3: "³",
  sup: "⊃",
  supE: "⫆",
  supdot: "⪾",
  supdsub: "⫘",
  supe: "⊇",
  supedot: "⫄",
  suphsol: "⟉",
  suphsub: "⫗",
  suplarr: "⥻",
  supmult: "⫂",
  supnE: "⫌",
  supne: "⊋",
  supplus: "⫀",
  supset: "⊃",
  supseteq: "⊇",
  supseteqq: "⫆",
  supsetneq: "⊋",
  supsetneqq: "⫌",
  supsim: "⫈",
  supsub: "⫔",
  supsup: "⫖",
  swArr: "⇙",
  swarhk: "⤦",
  swarr: "↙",
  swarrow: "↙",
  swnwar: "⤪",
  szlig: "ß",
  target: "⌖",
  tau: "τ",
  tbrk: "⎴",
  tcaron: "ť",
  tcedil: "ţ",
  tcy: "т",
  tdot: "⃛",
  telrec: "⌕",
  tfr: "𝔱",
  there4: "∴",
  therefore: "∴",
  theta: "θ",
  thetasym: "ϑ",
  thetav: "ϑ",
  thickapprox: "≈",
  thicksim: "∼",
  thinsp: " ",
  thkap: "≈",
  thksim: "∼",
  thorn: "þ",
  tilde: "˜",
  times: "×",
  timesb: "⊠",
  timesbar: "⨱",
  timesd: "⨰",
  tint: "∭",
  toea: "⤨",
  top: "⊤",
  topbot: "⌶",
  topcir: "⫱",
  topf: "𝕥",
  topfork: "⫚",
  tosa: "⤩",
  tprime: "‴",
  trade: "™",
  triangle: "▵",
  triangledown: "▿",
  triangleleft: "◃",
  trianglelefteq: "⊴",
  triangleq: "≜",
  triangleright: "▹",
  trianglerighteq: "⊵",
  tridot: "◬",
  trie: "≜",
  triminus: "⨺",
  triplus: "⨹",
  trisb: "⧍",
  tritime: "⨻",
  trpezium: "⏢",
  tscr: "𝓉",
  tscy: "ц",
  tshcy: "ћ",
  tstrok: "ŧ",
  twixt: "≬",
  twoheadleftarrow: "↞",
  twoheadrightarrow: "↠",
  uArr: "⇑",
  uHar: "⥣",
  uacute: "ú",
  uarr: "↑",
  ubrcy: "ў",
  ubreve: "ŭ",
  ucirc: "û",
  ucy: "у",
  udarr: "⇅",
  udblac: "ű",
  udhar: "⥮",
  ufisht: "⥾",
  ufr: "𝔲",
  ugrave: "ù",
  uharl: "↿",
  uharr: "↾",
  uhblk: "▀",
  ulcorn: "⌜",
  ulcorner: "⌜",
  ulcrop: "⌏",
  ultri: "◸",
  umacr: "ū",
  uml: "¨",
  uogon: "ų",
  uopf: "𝕦",
  uparrow: "↑",
  updownarrow: "↕",
  upharpoonleft: "↿",
  upharpoonright: "↾",
  uplus: "⊎",
  upsi: "υ",
  upsih: "ϒ",
  upsilon: "υ",
  upuparrows: "⇈",
  urcorn: "⌝",
  urcorner: "⌝",
  urcrop: "⌎",
  uring: "ů",
  urtri: "◹",
  uscr: "𝓊",
  utdot: "⋰",
  utilde: "ũ",
  utri: "▵",
  utrif: "▴",
  uuarr: "⇈",
  uuml: "ü",
  uwangle: "⦧",
  vArr: "⇕",
  vBar: "⫨",
  vBarv: "⫩",
  vDash: "⊨",
  vangrt: "⦜",
  varepsilon: "ϵ",
  varkappa: "ϰ",
  varnothing: "∅",
  varphi: "ϕ",
  varpi: "ϖ",
  varpropto: "∝",
  varr: "↕",
  varrho: "ϱ",
  varsigma: "ς",
  varsubsetneq: "⊊︀",
  varsubsetneqq: "⫋︀",
  varsupsetneq: "⊋︀",
  varsupsetneqq: "⫌︀",
  vartheta: "ϑ",
  vartriangleleft: "⊲",
  vartriangleright: "⊳",
  vcy: "в",
  vdash: "⊢",
  vee: "∨",
  veebar: "⊻",
  veeeq: "≚",
  vellip: "⋮",
  verbar: "|",
  vert: "|",
  vfr: "𝔳",
  vltri: "⊲",
  vnsub: "⊂⃒",
  vnsup: "⊃⃒",
  vopf: "𝕧",
  vprop: "∝",
  vrtri: "⊳",
  vscr: "𝓋",
  vsubnE: "⫋︀",
  vsubne: "⊊︀",
  vsupnE: "⫌︀",
  vsupne: "⊋︀",
  vzigzag: "⦚",
  wcirc: "ŵ",
  wedbar: "⩟",
  wedge: "∧",
  wedgeq: "≙",
  weierp: "℘",
  wfr: "𝔴",
  wopf: "𝕨",
  wp: "℘",
  wr: "≀",
  wreath: "≀",
  wscr: "𝓌",
  xcap: "⋂",
  xcirc: "◯",
  xcup: "⋃",
  xdtri: "▽",
  xfr: "𝔵",
  xhArr: "⟺",
  xharr: "⟷",
  xi: "ξ",
  xlArr: "⟸",
  xlarr: "⟵",
  xmap: "⟼",
  xnis: "⋻",
  xodot: "⨀",
  xopf: "𝕩",
  xoplus: "⨁",
  xotime: "⨂",
  xrArr: "⟹",
  xrarr: "⟶",
  xscr: "𝓍",
  xsqcup: "⨆",
  xuplus: "⨄",
  xutri: "△",
  xvee: "⋁",
  xwedge: "⋀",
  yacute: "ý",
  yacy: "я",
  ycirc: "ŷ",
  ycy: "ы",
  yen: "¥",
  yfr: "𝔶",
  yicy: "ї",
  yopf: "𝕪",
  yscr: "𝓎",
  yucy: "ю",
  yuml: "ÿ",
  zacute: "ź",
  zcaron: "ž",
  zcy: "з",
  zdot: "ż",
  zeetrf: "ℨ",
  zeta: "ζ",
  zfr: "𝔷",
  zhcy: "ж",
  zigrarr: "⇝",
  zopf: "𝕫",
  zscr: "𝓏",
  zwj: "‍",
  zwnj: "‌"
};

// node_modules/decode-named-character-reference/index.js
var own = {}.hasOwnProperty;
function decodeNamedCharacterReference(value) {
  return own.call(characterEntities, value) ? characterEntities[value] : false;
}

// node_modules/micromark-util-chunked/index.js
function splice(list3, start, remove, items) {
  const end = list3.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list3.splice(...parameters);
  } else {
    if (remove) list3.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list3.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list3, items) {
  if (list3.length > 0) {
    splice(list3, list3.length, 0, items);
    return list3;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code;
    if (right) {
      for (code in right) {
        if (!hasOwnProperty.call(left, code)) left[code] = [];
        const value = right[code];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code],
          Array.isArray(value) ? value : value ? [value] : []
        );
      }
    }
  }
}
function constructs(existing, list3) {
  let index2 = -1;
  const before = [];
  while (++index2 < list3.length) {
    ;
    (list3[index2].add === "after" ? existing : before).push(list3[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value, base) {
  const code = Number.parseInt(value, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code < 9 || code === 11 || code > 13 && code < 32 || // Control character (DEL) of C0, and C1 controls.
    code > 126 && code < 160 || // Lone high surrogates and low surrogates.
    code > 55295 && code < 57344 || // Noncharacters.
    code > 64975 && code < 65008 || /* eslint-disable no-bitwise */
    (code & 65535) === 65535 || (code & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code > 1114111
  ) {
    return "�";
  }
  return String.fromCodePoint(code);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value) {
  return value.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code) {
  return code !== null && code < -2;
}
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check;
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok2, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code) {
    if (markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return ok2(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size++ < limit) {
      effects.consume(code);
      return prefix;
    }
    effects.exit(type);
    return ok2(code);
  }
}
function factorySpaceMinMax(effects, ok2, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code) {
    if (max > 0 && markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return after(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size < max) {
      effects.consume(code);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code);
  }
  function after(code) {
    return size >= min ? ok2(code) : nok(code);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous2;
  return contentStart;
  function afterContentStartConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code) {
    effects.enter("paragraph");
    return lineStart(code);
  }
  function lineStart(code) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous2
    });
    if (previous2) {
      previous2.next = token;
    }
    previous2 = token;
    return data(code);
  }
  function data(code) {
    if (code === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code);
    return data;
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add) {
    addImplementation(this, index2, remove, add, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code);
    }
    return checkNewContainers(code);
  }
  function documentContinue(code) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code);
    }
    return start(code);
  }
  function checkNewContainers(code) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code);
  }
  function thereIsANewContainer(code) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code);
  }
  function thereIsNoNewContainer(code) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code);
  }
  function documentContinued(code) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code);
  }
  function containerContinue(code) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code);
  }
  function flowStart(code) {
    if (code === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code);
  }
  function flowContinue(code) {
    if (code === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok2, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok2, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code) {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
    return 1;
  }
  if (unicodePunctuation(code)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve6 = constructs2[index2].resolveAll;
    if (resolve6 && !called.includes(resolve6)) {
      events = resolve6(events, context);
      called.push(resolve6);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text3 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text3, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text3, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok2) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous2 = this.previous;
  const before = classifyCharacter(previous2);
  let marker;
  return start;
  function start(code) {
    marker = code;
    effects.enter("attentionSequence");
    return inside(code);
  }
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code) && code !== 42 && code !== 95;
    const close = !before || before === 2 && after || attentionMarkers2.includes(previous2) && previous2 !== 42 && previous2 !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close));
    token._close = Boolean(marker === 42 ? close : close && (after || !open));
    return ok2(code);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return schemeOrEmailAtext;
    }
    if (code === 64) {
      return nok(code);
    }
    return emailAtext(code);
  }
  function schemeOrEmailAtext(code) {
    if (code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) {
      size = 1;
      return schemeInsideOrEmailAtext(code);
    }
    return emailAtext(code);
  }
  function schemeInsideOrEmailAtext(code) {
    if (code === 58) {
      effects.consume(code);
      size = 0;
      return urlInside;
    }
    if ((code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) && size++ < 32) {
      effects.consume(code);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code);
  }
  function urlInside(code) {
    if (code === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    if (code === null || code === 32 || code === 60 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return urlInside;
  }
  function emailAtext(code) {
    if (code === 64) {
      effects.consume(code);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code)) {
      effects.consume(code);
      return emailAtext;
    }
    return nok(code);
  }
  function emailAtSignOrDot(code) {
    return asciiAlphanumeric(code) ? emailLabel(code) : nok(code);
  }
  function emailLabel(code) {
    if (code === 46) {
      effects.consume(code);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    return emailValue(code);
  }
  function emailValue(code) {
    if ((code === 45 || asciiAlphanumeric(code)) && size++ < 63) {
      const next = code === 45 ? emailValue : emailLabel;
      effects.consume(code);
      return next;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok2, nok) {
  return start;
  function start(code) {
    return markdownSpace(code) ? factorySpace(effects, after, "linePrefix")(code) : after(code);
  }
  function after(code) {
    return code === null || markdownLineEnding(code) ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code);
  }
  function after(code) {
    if (markdownSpace(code)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok2;
    }
    effects.exit("blockQuotePrefix");
    return ok2(code);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok2, nok) {
  const self = this;
  return contStart;
  function contStart(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
    }
    return contBefore(code);
  }
  function contBefore(code) {
    return effects.attempt(blockQuote, ok2, nok)(code);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code) {
    if (asciiPunctuation(code)) {
      effects.enter("characterEscapeValue");
      effects.consume(code);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code) {
    if (code === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value(code);
  }
  function numeric(code) {
    if (code === 88 || code === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value(code);
  }
  function value(code) {
    if (code === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok2;
    }
    if (test(code) && size++ < max) {
      effects.consume(code);
      return value;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === null) {
      return nok(code);
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return after;
  }
  function after(code) {
    return self.parser.lazy[self.now().line] ? nok(code) : ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok2, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code) {
    return beforeSequenceOpen(code);
  }
  function beforeSequenceOpen(code) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === marker) {
      sizeOpen++;
      effects.consume(code);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code) ? factorySpace(effects, infoBefore, "whitespace")(code) : infoBefore(code);
  }
  function infoBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok2(code) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code);
  }
  function info(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code);
    }
    if (markdownSpace(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return info;
  }
  function metaBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return infoBefore(code);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code);
  }
  function meta(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return meta;
  }
  function atNonLazyBreak(code) {
    return effects.attempt(closeStart, after, contentBefore)(code);
  }
  function contentBefore(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code) {
    return initialPrefix > 0 && markdownSpace(code) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code) : beforeContentChunk(code);
  }
  function beforeContentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code);
  }
  function contentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code);
    }
    effects.consume(code);
    return contentChunk;
  }
  function after(code) {
    effects.exit("codeFenced");
    return ok2(code);
  }
  function tokenizeCloseStart(effects2, ok3, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code) {
      effects2.enter("lineEnding");
      effects2.consume(code);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : beforeSequenceClose(code);
    }
    function beforeSequenceClose(code) {
      if (code === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code);
      }
      return nok2(code);
    }
    function sequenceClose(code) {
      if (code === marker) {
        size++;
        effects2.consume(code);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code) : sequenceCloseAfter(code);
      }
      return nok2(code);
    }
    function sequenceCloseAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects2.exit("codeFencedFence");
        return ok3(code);
      }
      return nok2(code);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code);
  }
  function atBreak(code) {
    if (code === null) {
      return after(code);
    }
    if (markdownLineEnding(code)) {
      return effects.attempt(furtherStart, atBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return inside(code);
  }
  function inside(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return atBreak(code);
    }
    effects.consume(code);
    return inside;
  }
  function after(code) {
    effects.exit("codeIndented");
    return ok2(code);
  }
}
function tokenizeFurtherStart(effects, ok2, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok2, onNotEnoughPrefix, "linePrefix", 4, 4)(code);
  }
  function onNotEnoughPrefix(code) {
    return markdownLineEnding(code) ? furtherStart2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code) {
  return code !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok2, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 96) {
      effects.consume(code);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code);
  }
  function between(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 32) {
      effects.enter("space");
      effects.consume(code);
      effects.exit("space");
      return between;
    }
    if (code === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code);
  }
  function data(code) {
    if (code === null || code === 32 || code === 96 || markdownLineEnding(code)) {
      effects.exit("codeTextData");
      return between(code);
    }
    effects.consume(code);
    return data;
  }
  function sequenceClose(code) {
    if (code === 96) {
      effects.consume(code);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok2(code);
    }
    token.type = "codeTextData";
    return data(code);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count2 = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count2, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list3, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list3.push(...right);
  } else {
    while (chunkStart < right.length) {
      list3.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous2;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous2) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous2 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok2) {
  let previous2;
  return chunkStart;
  function chunkStart(code) {
    effects.enter("content");
    previous2 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code);
  }
  function chunkInside(code) {
    if (code === null) {
      return contentEnd(code);
    }
    if (markdownLineEnding(code)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code);
    }
    effects.consume(code);
    return chunkInside;
  }
  function contentEnd(code) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok2(code);
  }
  function contentContinue(code) {
    effects.consume(code);
    effects.exit("chunkContent");
    previous2.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous2
    });
    previous2 = previous2.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok2, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code) {
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok2(code);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok2)(code);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok2, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code) {
    if (code === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code === null || code === 32 || code === 41 || asciiControl(code)) {
      return nok(code);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code);
  }
  function enclosedBefore(code) {
    if (code === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code);
  }
  function enclosed(code) {
    if (code === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code);
    }
    if (code === null || code === 60 || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code) {
    if (code === 60 || code === 62 || code === 92) {
      effects.consume(code);
      return enclosed;
    }
    return enclosed(code);
  }
  function raw(code) {
    if (!balance && (code === null || code === 41 || markdownLineEndingOrSpace(code))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok2(code);
    }
    if (balance < limit && code === 40) {
      effects.consume(code);
      balance++;
      return raw;
    }
    if (code === 41) {
      effects.consume(code);
      balance--;
      return raw;
    }
    if (code === null || code === 32 || code === 40 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? rawEscape : raw;
  }
  function rawEscape(code) {
    if (code === 40 || code === 41 || code === 92) {
      effects.consume(code);
      return raw;
    }
    return raw(code);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok2, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code) {
    if (size > 999 || code === null || code === 91 || code === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    if (code === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code);
  }
  function labelInside(code) {
    if (code === null || code === 91 || code === 93 || markdownLineEnding(code) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    if (!seen) seen = !markdownSpace(code);
    return code === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code) {
    if (code === 91 || code === 92 || code === 93) {
      effects.consume(code);
      size++;
      return labelInside;
    }
    return labelInside(code);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok2, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code) {
    if (code === 34 || code === 39 || code === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      marker = code === 40 ? 41 : code;
      return begin;
    }
    return nok(code);
  }
  function begin(code) {
    if (code === marker) {
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code);
  }
  function inside(code) {
    if (code === marker || code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    return code === 92 ? escape2 : inside;
  }
  function escape2(code) {
    if (code === marker || code === 92) {
      effects.consume(code);
      return inside;
    }
    return inside(code);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok2) {
  let seen;
  return start;
  function start(code) {
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code);
    }
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok2, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code) {
    effects.enter("definition");
    return before(code);
  }
  function before(code) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code);
  }
  function labelAfter(code) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code === 58) {
      effects.enter("definitionMarker");
      effects.consume(code);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code);
  }
  function markerAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, destinationBefore)(code) : destinationBefore(code);
  }
  function destinationBefore(code) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code);
  }
  function destinationAfter(code) {
    return effects.attempt(titleBefore, after, after)(code);
  }
  function after(code) {
    return markdownSpace(code) ? factorySpace(effects, afterWhitespace, "whitespace")(code) : afterWhitespace(code);
  }
  function afterWhitespace(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok2(code);
    }
    return nok(code);
  }
}
function tokenizeTitleBefore(effects, ok2, nok) {
  return titleBefore2;
  function titleBefore2(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, beforeMarker)(code) : nok(code);
  }
  function beforeMarker(code) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code);
  }
  function titleAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code) : titleAfterOptionalWhitespace(code);
  }
  function titleAfterOptionalWhitespace(code) {
    return code === null || markdownLineEnding(code) ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("hardBreakEscape");
    effects.consume(code);
    return after;
  }
  function after(code) {
    if (markdownLineEnding(code)) {
      effects.exit("hardBreakEscape");
      return ok2(code);
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text3 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text3, context], ["exit", text3, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("atxHeading");
    return before(code);
  }
  function before(code) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 35 && size++ < 6) {
      effects.consume(code);
      return sequenceOpen;
    }
    if (code === null || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code);
    }
    return nok(code);
  }
  function atBreak(code) {
    if (code === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("atxHeading");
      return ok2(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, atBreak, "whitespace")(code);
    }
    effects.enter("atxHeadingText");
    return data(code);
  }
  function sequenceFurther(code) {
    if (code === 35) {
      effects.consume(code);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code);
  }
  function data(code) {
    if (code === null || code === 35 || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingText");
      return atBreak(code);
    }
    effects.consume(code);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok2, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code) {
    return before(code);
  }
  function before(code) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code);
    return open;
  }
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      closingTag = true;
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      marker = 3;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      marker = 2;
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      marker = 4;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function cdataOpenInside(code) {
    const value = "CDATA[";
    if (code === value.charCodeAt(index2++)) {
      effects.consume(code);
      if (index2 === value.length) {
        return self.interrupt ? ok2 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function tagName(code) {
    if (code === null || code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      const slash = code === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok2(code) : continuation(code);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code);
          return basicSelfClosing;
        }
        return self.interrupt ? ok2(code) : continuation(code);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code) : closingTag ? completeClosingTagAfter(code) : completeAttributeNameBefore(code);
    }
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function basicSelfClosing(code) {
    if (code === 62) {
      effects.consume(code);
      return self.interrupt ? ok2 : continuation;
    }
    return nok(code);
  }
  function completeClosingTagAfter(code) {
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeClosingTagAfter;
    }
    return completeEnd(code);
  }
  function completeAttributeNameBefore(code) {
    if (code === 47) {
      effects.consume(code);
      return completeEnd;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameBefore;
    }
    return completeEnd(code);
  }
  function completeAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code);
  }
  function completeAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code);
  }
  function completeAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      markerB = code;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code);
  }
  function completeAttributeValueQuoted(code) {
    if (code === markerB) {
      effects.consume(code);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 47 || code === 60 || code === 61 || code === 62 || code === 96 || markdownLineEndingOrSpace(code)) {
      return completeAttributeNameAfter(code);
    }
    effects.consume(code);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownSpace(code)) {
      return completeAttributeNameBefore(code);
    }
    return nok(code);
  }
  function completeEnd(code) {
    if (code === 62) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function completeAfter(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuation(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function continuation(code) {
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationCommentInside;
    }
    if (code === 60 && marker === 1) {
      effects.consume(code);
      return continuationRawTagOpen;
    }
    if (code === 62 && marker === 4) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 63 && marker === 3) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    if (code === 93 && marker === 5) {
      effects.consume(code);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationStart(code);
    }
    effects.consume(code);
    return continuation;
  }
  function continuationStart(code) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code);
  }
  function continuationStartNonLazy(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuationStart(code);
    }
    effects.enter("htmlFlowData");
    return continuation(code);
  }
  function continuationCommentInside(code) {
    if (code === 45) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationRawTagOpen(code) {
    if (code === 47) {
      effects.consume(code);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationRawEndTag(code) {
    if (code === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code);
        return continuationClose;
      }
      return continuation(code);
    }
    if (asciiAlpha(code) && buffer.length < 8) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationCdataInside(code) {
    if (code === 93) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationDeclarationInside(code) {
    if (code === 62) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationClose(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code);
    }
    effects.consume(code);
    return continuationClose;
  }
  function continuationAfter(code) {
    effects.exit("htmlFlow");
    return ok2(code);
  }
}
function tokenizeBlankLineBefore(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok2, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok2, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code);
    return open;
  }
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      return instruction;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagOpen;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return declaration;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return nok(code);
  }
  function comment(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 45) {
      effects.consume(code);
      return commentClose;
    }
    if (markdownLineEnding(code)) {
      returnState = comment;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return comment;
  }
  function commentClose(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return comment(code);
  }
  function commentEnd(code) {
    return code === 62 ? end(code) : code === 45 ? commentClose(code) : comment(code);
  }
  function cdataOpenInside(code) {
    const value = "CDATA[";
    if (code === value.charCodeAt(index2++)) {
      effects.consume(code);
      return index2 === value.length ? cdata : cdataOpenInside;
    }
    return nok(code);
  }
  function cdata(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataClose;
    }
    if (markdownLineEnding(code)) {
      returnState = cdata;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return cdata;
  }
  function cdataClose(code) {
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function cdataEnd(code) {
    if (code === 62) {
      return end(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function declaration(code) {
    if (code === null || code === 62) {
      return end(code);
    }
    if (markdownLineEnding(code)) {
      returnState = declaration;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return declaration;
  }
  function instruction(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 63) {
      effects.consume(code);
      return instructionClose;
    }
    if (markdownLineEnding(code)) {
      returnState = instruction;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return instruction;
  }
  function instructionClose(code) {
    return code === 62 ? end(code) : instruction(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagClose;
    }
    return nok(code);
  }
  function tagClose(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagClose;
    }
    return tagCloseBetween(code);
  }
  function tagCloseBetween(code) {
    if (markdownLineEnding(code)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagCloseBetween;
    }
    return end(code);
  }
  function tagOpen(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpen;
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function tagOpenBetween(code) {
    if (code === 47) {
      effects.consume(code);
      return end;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenBetween;
    }
    return end(code);
  }
  function tagOpenAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code);
  }
  function tagOpenAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code);
  }
  function tagOpenAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      marker = code;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code) {
    if (code === marker) {
      effects.consume(code);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 60 || code === 61 || code === 96) {
      return nok(code);
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function end(code) {
    if (code === 62) {
      effects.consume(code);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok2;
    }
    return nok(code);
  }
  function lineEndingBefore(code) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : lineEndingAfterPrefix(code);
  }
  function lineEndingAfterPrefix(code) {
    effects.enter("htmlTextData");
    return returnState(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close][1].end
    }
  };
  const text3 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text3, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close - 3), context));
  media = push(media, [["exit", text3, context], events[close - 2], events[close - 1], ["exit", label, context]]);
  media = push(media, events.slice(close + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok2, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code) {
    if (!labelStart) {
      return nok(code);
    }
    if (labelStart._inactive) {
      return labelEndNok(code);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code) {
    if (code === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code);
    }
    if (code === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code);
    }
    return defined ? labelEndOk(code) : labelEndNok(code);
  }
  function referenceNotFull(code) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code);
  }
  function labelEndOk(code) {
    labelStarts.pop();
    return ok2(code);
  }
  function labelEndNok(code) {
    labelStart._balanced = true;
    return nok(code);
  }
}
function tokenizeResource(effects, ok2, nok) {
  return resourceStart;
  function resourceStart(code) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceOpen)(code) : resourceOpen(code);
  }
  function resourceOpen(code) {
    if (code === 41) {
      return resourceEnd(code);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code);
  }
  function resourceDestinationAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceBetween)(code) : resourceEnd(code);
  }
  function resourceDestinationMissing(code) {
    return nok(code);
  }
  function resourceBetween(code) {
    if (code === 34 || code === 39 || code === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code);
    }
    return resourceEnd(code);
  }
  function resourceTitleAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceEnd)(code) : resourceEnd(code);
  }
  function resourceEnd(code) {
    if (code === 41) {
      effects.enter("resourceMarker");
      effects.consume(code);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok2;
    }
    return nok(code);
  }
}
function tokenizeReferenceFull(effects, ok2, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code);
  }
  function referenceFullAfter(code) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok2(code) : nok(code);
  }
  function referenceFullMissing(code) {
    return nok(code);
  }
}
function tokenizeReferenceCollapsed(effects, ok2, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code) {
    if (code === 93) {
      effects.enter("referenceMarker");
      effects.consume(code);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok2, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code) {
    if (code === 91) {
      effects.enter("labelMarker");
      effects.consume(code);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code);
  }
  function after(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok2, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok2) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, ok2, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok2, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code) {
    effects.enter("thematicBreak");
    return before(code);
  }
  function before(code) {
    marker = code;
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code);
    }
    if (size >= 3 && (code === null || markdownLineEnding(code))) {
      effects.exit("thematicBreak");
      return ok2(code);
    }
    return nok(code);
  }
  function sequence(code) {
    if (code === marker) {
      effects.consume(code);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code) ? factorySpace(effects, atBreak, "whitespace")(code) : atBreak(code);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok2, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code) {
    const kind = self.containerState.type || (code === 42 || code === 43 || code === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code === self.containerState.marker : asciiDigit(code)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code === 42 || code === 45 ? effects.check(thematicBreak, nok, atMarker)(code) : atMarker(code);
      }
      if (!self.interrupt || code === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code);
      }
    }
    return nok(code);
  }
  function inside(code) {
    if (asciiDigit(code) && ++size < 10) {
      effects.consume(code);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code === self.containerState.marker : code === 41 || code === 46)) {
      effects.exit("listItemValue");
      return atMarker(code);
    }
    return nok(code);
  }
  function atMarker(code) {
    effects.enter("listItemMarker");
    effects.consume(code);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code);
  }
  function otherPrefix(code) {
    if (markdownSpace(code)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code);
  }
  function endOfPrefix(code) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok2(code);
  }
}
function tokenizeListContinuation(effects, ok2, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok2, "listItemIndent", self.containerState.size + 1)(code);
  }
  function notBlank(code) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok2, notInCurrentItem)(code);
  }
  function notInCurrentItem(code) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list, ok2, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
  }
}
function tokenizeIndent(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok2(code) : nok(code);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text3;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text3 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text3][1].type = "setextHeadingText";
  if (definition2) {
    editMap.add(text3, 0, [["enter", heading, context]]);
    editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  editMap.add(events.length, 0, [["exit", heading, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok2, nok) {
  const self = this;
  let marker;
  return start;
  function start(code) {
    let index2 = self.events.length;
    let paragraph;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code;
      return before(code);
    }
    return nok(code);
  }
  function before(code) {
    effects.enter("setextHeadingLineSequence");
    return inside(code);
  }
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code) ? factorySpace(effects, after, "lineSuffix")(code) : after(code);
  }
  function after(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("setextHeadingLine");
      return ok2(code);
    }
    return nok(code);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text3 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code) {
      return atBreak(code) ? text3(code) : notText(code);
    }
    function notText(code) {
      if (code === null) {
        effects.consume(code);
        return;
      }
      effects.enter("data");
      effects.consume(code);
      return data;
    }
    function data(code) {
      if (atBreak(code)) {
        effects.exit("data");
        return text3(code);
      }
      effects.consume(code);
      return data;
    }
    function atBreak(code) {
      if (code === null) {
        return true;
      }
      const list3 = constructs2[code];
      let index2 = -1;
      if (list3) {
        while (++index2 < list3.length) {
          const item = list3[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document2 = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main2();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line: line2,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line: line2,
      column,
      offset
    };
  }
  function defineSkip(value) {
    columnStart[value.line] = value.column;
    accountForPotentialSkip();
  }
  function main2() {
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        const chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code) {
    consumed = void 0;
    expectedCode = code;
    state = state(code);
  }
  function consume(code) {
    if (markdownLineEnding(code)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map) {
        return start;
        function start(code) {
          const left = code !== null && map[code];
          const all2 = code !== null && map.null;
          const list3 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list3)(code);
        }
      }
      function handleListOfConstructs(list3) {
        listOfConstructs = list3;
        constructIndex = 0;
        if (list3.length === 0) {
          return bogusState;
        }
        return handleConstruct(list3[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok2,
            nok
          )(code);
        }
      }
      function ok2(code) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value;
    if (typeof chunk === "string") {
      value = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value = "\r";
          break;
        }
        case -4: {
          value = "\n";
          break;
        }
        case -3: {
          value = "\r\n";
          break;
        }
        case -2: {
          value = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value = " ";
          break;
        }
        default: {
          value = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create(content),
    defined: [],
    document: create(document),
    flow: create(flow),
    lazy: {},
    string: create(string),
    text: create(text)
  };
  return parser;
  function create(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value, encoding, end) {
    value = buffer + (typeof value === "string" ? value.toString() : new TextDecoder(encoding || void 0).decode(value));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value);
      const endPosition = match && match.index !== void 0 ? match.index : value.length;
      const code = value.charCodeAt(endPosition);
      if (!match) {
        buffer = value.slice(startPosition);
        break;
      }
      if (code === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value) {
  return value.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own2 = {}.hasOwnProperty;
function fromMarkdown(value, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener(heading),
      blockQuote: opener(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener(codeFlow, buffer),
      codeText: opener(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener(emphasis),
      hardBreakEscape: opener(hardBreak),
      hardBreakTrailing: opener(hardBreak),
      htmlFlow: opener(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener(html, buffer),
      htmlTextData: onenterdata,
      image: opener(image),
      label: buffer,
      link: opener(link),
      listItem: opener(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener(list3, onenterlistordered),
      listUnordered: opener(list3),
      paragraph: opener(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener(heading),
      strong: opener(strong),
      thematicBreak: opener(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile2;
  function compile2(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own2.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener(create, and) {
    return open;
    function open(token) {
      enter.call(this, create(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close;
    function close(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it’s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text3();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value;
    if (type) {
      value = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list3(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text3() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value = extensions[index2];
    if (Array.isArray(value)) {
      configure(combined, value);
    } else {
      extension(combined, value);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own2.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit2,
      tableHeader: exit2,
      tableRow: exit2
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit2(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value = this.resume();
  if (this.data.inTable) {
    value = value.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation2(this, index2, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    return next(code);
  }
  function headRowBefore(code) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code);
  }
  function headRowStart(code) {
    if (code === 124) {
      return headRowBreak(code);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code);
  }
  function headRowBreak(code) {
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code);
  }
  function headRowData(code) {
    if (code === null || code === 124 || markdownLineEndingOrSpace(code)) {
      effects.exit("data");
      return headRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return headRowData;
    }
    return headRowData(code);
  }
  function headDelimiterStart(code) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
    }
    return headDelimiterBefore(code);
  }
  function headDelimiterBefore(code) {
    if (code === 45 || code === 58) {
      return headDelimiterValueBefore(code);
    }
    if (code === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code);
  }
  function headDelimiterCellBefore(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code);
    }
    return headDelimiterValueBefore(code);
  }
  function headDelimiterValueBefore(code) {
    if (code === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code);
    }
    if (code === null || markdownLineEnding(code)) {
      return headDelimiterCellAfter(code);
    }
    return headDelimiterNok(code);
  }
  function headDelimiterLeftAlignmentAfter(code) {
    if (code === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code);
    }
    return headDelimiterNok(code);
  }
  function headDelimiterFiller(code) {
    if (code === 45) {
      effects.consume(code);
      return headDelimiterFiller;
    }
    if (code === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code);
  }
  function headDelimiterRightAlignmentAfter(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code);
    }
    return headDelimiterCellAfter(code);
  }
  function headDelimiterCellAfter(code) {
    if (code === 124) {
      return headDelimiterBefore(code);
    }
    if (code === null || markdownLineEnding(code)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok2(code);
    }
    return headDelimiterNok(code);
  }
  function headDelimiterNok(code) {
    return nok(code);
  }
  function bodyRowStart(code) {
    effects.enter("tableRow");
    return bodyRowBreak(code);
  }
  function bodyRowBreak(code) {
    if (code === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("tableRow");
      return ok2(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code);
    }
    effects.enter("data");
    return bodyRowData(code);
  }
  function bodyRowData(code) {
    if (code === null || code === 124 || markdownLineEndingOrSpace(code)) {
      effects.exit("data");
      return bodyRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return bodyRowData;
    }
    return bodyRowData(code);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
  }
  map.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// src/evidence/register.ts
var import_fast_csv = __toESM(require_src3(), 1);
var REGISTER_COLUMNS = [
  "finding_id",
  "title",
  "severity",
  "scan_type",
  "location",
  "owner",
  "status",
  "remediation_plan",
  "due_date",
  "exception_id",
  "ticket"
];
var REGISTER_STATUSES = ["open", "in-remediation", "risk-accepted", "false-positive", "resolved"];
var OPEN_REGISTER_STATUSES = ["open", "in-remediation"];
var REQUIRED_COLUMNS = ["finding_id", "status"];
var TRIMMED_COLUMNS = /* @__PURE__ */ new Set([
  "finding_id",
  "severity",
  "scan_type",
  "owner",
  "status",
  "due_date",
  "exception_id",
  "ticket"
]);
var FIELD_OF_COLUMN = {
  finding_id: "findingId",
  title: "title",
  severity: "severity",
  scan_type: "scanType",
  location: "location",
  owner: "owner",
  status: "status",
  remediation_plan: "remediationPlan",
  due_date: "dueDate",
  exception_id: "exceptionId",
  ticket: "ticket"
};
var FORMULA_TRIGGERS = /* @__PURE__ */ new Set(["=", "+", "-", "@", "	", "\r"]);
function needsFormulaEscape(value) {
  let i = 0;
  while (value[i] === "'") i += 1;
  const first = value[i];
  return first !== void 0 && FORMULA_TRIGGERS.has(first);
}
function escapeCsvCell(value) {
  return needsFormulaEscape(value) ? `'${value}` : value;
}
function unescapeCsvCell(value) {
  return value.startsWith("'") && needsFormulaEscape(value.slice(1)) ? value.slice(1) : value;
}
function isRegisterColumn(name) {
  return REGISTER_COLUMNS.includes(name);
}
function isRegisterStatus(value) {
  return REGISTER_STATUSES.includes(value);
}
function isIsoDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function dayNumber(date) {
  if (!isIsoDate(date)) throw new Error(`'${date}' is not a date (expected YYYY-MM-DD).`);
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / 864e5;
}
function quoteForMessage(value) {
  let visible = "";
  for (const c of value) {
    const code = c.charCodeAt(0);
    if (c === "	") visible += "\\t";
    else if (c === "\n") visible += "\\n";
    else if (c === "\r") visible += "\\r";
    else if (code < 32 || code === 127) visible += `\\u${code.toString(16).padStart(4, "0")}`;
    else visible += c;
  }
  return `'${visible.length > 80 ? `${visible.slice(0, 77)}...` : visible}'`;
}
function joinOr(words) {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
function locateCsvSyntaxError(text3) {
  let row = 1;
  let line2 = 1;
  let i = 0;
  const atNewline = (at) => text3[at] === "\r" ? text3[at + 1] === "\n" ? 2 : 1 : text3[at] === "\n" ? 1 : 0;
  while (i < text3.length) {
    let j = i;
    while (text3[j] === " " || text3[j] === "	") j += 1;
    if (text3[j] === '"') {
      const startLine = line2;
      j += 1;
      for (; ; ) {
        if (j >= text3.length) return { row, line: startLine };
        if (text3[j] === '"') {
          if (text3[j + 1] !== '"') break;
          j += 2;
          continue;
        }
        const nl2 = atNewline(j);
        if (nl2 > 0) line2 += 1;
        j += Math.max(nl2, 1);
      }
      j += 1;
      while (text3[j] === " " || text3[j] === "	") j += 1;
      if (j < text3.length && text3[j] !== "," && atNewline(j) === 0) return { row, line: line2 };
    } else {
      while (j < text3.length && text3[j] !== "," && atNewline(j) === 0) j += 1;
    }
    if (text3[j] === ",") {
      i = j + 1;
      continue;
    }
    const nl = atNewline(j);
    if (nl > 0) {
      row += 1;
      line2 += 1;
    }
    i = j + Math.max(nl, 1);
  }
  return void 0;
}
async function readCsvRecords(text3, source) {
  const body = text3.startsWith("\uFEFF") ? text3.slice(1) : text3;
  try {
    return await new Promise((resolve6, reject) => {
      const records = [];
      (0, import_fast_csv.parseString)(body, { headers: false, ignoreEmpty: false }).on("error", reject).on("data", (record) => records.push(record)).on("end", () => resolve6(records));
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = locateCsvSyntaxError(body);
    if (!where) throw new InputError(`${source}: the file is not valid CSV: ${detail} (expected RFC 4180 CSV).`);
    const what = /missing closing/i.test(detail) ? `a quoted cell is never closed (expected a closing '"', with any '"' inside the cell doubled)` : `text follows the closing quote of a quoted cell (expected ',' or the end of the row after a closing '"')`;
    throw new InputError(`${source}: row ${where.row} (line ${where.line}): the file is not valid CSV: ${what}.`);
  }
}
function isBlankRecord(record) {
  return record.every((cell) => cell.trim() === "");
}
async function parseRegister(text3, source) {
  const records = await readCsvRecords(text3, source);
  const headerIndex = records.findIndex((record) => !isBlankRecord(record));
  if (headerIndex < 0) return { source, columns: [], rows: [] };
  const problems = [];
  const headerRow = headerIndex + 1;
  const header = records[headerIndex].map((name) => unescapeCsvCell(name.trim()));
  const columnIndex = /* @__PURE__ */ new Map();
  const extraIndex = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  header.forEach((name, index2) => {
    const position2 = index2 + 1;
    const key = name.toLowerCase();
    if (name === "") {
      problems.push(
        `${source}: row ${headerRow}, column ${position2}: the header cell is empty (expected a column name).`
      );
      return;
    }
    const earlier = seen.get(key);
    if (earlier !== void 0) {
      problems.push(
        `${source}: row ${headerRow}, column ${position2}: ${quoteForMessage(name)} repeats column ${earlier} (expected each column once; names are case-insensitive).`
      );
      return;
    }
    seen.set(key, position2);
    if (isRegisterColumn(key)) columnIndex.set(key, index2);
    else extraIndex.set(name, index2);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columnIndex.has(column));
  for (const column of missing) {
    problems.push(
      `${source}: row ${headerRow}: the header has no ${column} column (expected at least the columns ${REQUIRED_COLUMNS.join(" and ")}).`
    );
  }
  if (missing.length > 0) throw registerError(source, problems);
  const rows = [];
  const firstRowOfId = /* @__PURE__ */ new Map();
  for (let index2 = headerIndex + 1; index2 < records.length; index2 += 1) {
    const record = records[index2];
    const row = index2 + 1;
    if (isBlankRecord(record)) continue;
    if (record.length !== header.length) {
      const column = record.length < header.length ? header[record.length] || String(record.length + 1) : String(header.length + 1);
      problems.push(
        `${source}: row ${row}, column ${column}: the row has ${record.length} cells but the header has ${header.length} columns (expected one cell per column).`
      );
      continue;
    }
    const cell = (column) => {
      const at = columnIndex.get(column);
      if (at === void 0) return "";
      const raw = record[at] ?? "";
      return unescapeCsvCell(TRIMMED_COLUMNS.has(column) ? raw.trim() : raw);
    };
    const findingId2 = cell("finding_id");
    if (findingId2 === "") {
      problems.push(
        `${source}: row ${row}, column finding_id: the finding id is empty (expected the id of a finding, e.g. SG-0123456789abcdef).`
      );
    } else {
      const first = firstRowOfId.get(findingId2);
      if (first !== void 0) {
        problems.push(
          `${source}: row ${row}, column finding_id: ${quoteForMessage(findingId2)} is already the finding id of row ${first} (expected each finding once).`
        );
      } else {
        firstRowOfId.set(findingId2, row);
      }
    }
    const statusText = cell("status");
    const status = statusText.toLowerCase();
    if (!isRegisterStatus(status)) {
      problems.push(
        `${source}: row ${row}, column status: ${quoteForMessage(statusText)} is not a register status (expected ${joinOr(REGISTER_STATUSES)}).`
      );
    }
    const dueText = cell("due_date");
    if (dueText !== "" && !isIsoDate(dueText)) {
      problems.push(
        `${source}: row ${row}, column due_date: ${quoteForMessage(dueText)} is not a date (expected YYYY-MM-DD).`
      );
    }
    const extra = {};
    for (const [name, at] of extraIndex) extra[name] = unescapeCsvCell(record[at] ?? "");
    const registerRow = {
      row,
      findingId: findingId2,
      title: cell("title"),
      severity: cell("severity"),
      scanType: cell("scan_type"),
      location: cell("location"),
      owner: cell("owner"),
      status,
      remediationPlan: cell("remediation_plan"),
      exceptionId: cell("exception_id"),
      ticket: cell("ticket"),
      extra
    };
    if (dueText !== "") registerRow.dueDate = dueText;
    rows.push(registerRow);
  }
  if (problems.length > 0) throw registerError(source, problems);
  return { source, columns: header, rows };
}
var MAX_LISTED_PROBLEMS = 100;
function registerError(source, problems) {
  const message = problems.length === 1 ? problems[0] : `${source}: the findings register has ${problems.length} problems (expected none).`;
  const listed = problems.length > MAX_LISTED_PROBLEMS ? [...problems.slice(0, MAX_LISTED_PROBLEMS), `${problems.length - MAX_LISTED_PROBLEMS} more problems omitted.`] : problems;
  return new InputError(message, listed);
}
function writtenColumns(register) {
  const present2 = new Set(register.columns.map((name) => name.trim().toLowerCase()));
  return [...register.columns, ...REGISTER_COLUMNS.filter((column) => !present2.has(column))];
}
function updateRegister(register, findings, today) {
  dayNumber(today);
  const current = new Map(findings.map((finding) => [finding.id, finding]));
  const added = [];
  const resolved = [];
  const reopened = [];
  const rows = register.rows.map((row) => {
    const present2 = current.has(row.findingId);
    if (!present2 && row.status !== "resolved") {
      resolved.push(row.findingId);
      return { ...row, extra: { ...row.extra }, status: "resolved" };
    }
    if (present2 && row.status === "resolved") {
      reopened.push(row.findingId);
      return { ...row, extra: { ...row.extra }, status: "open" };
    }
    return { ...row, extra: { ...row.extra } };
  });
  const known = new Set(register.rows.map((row) => row.findingId));
  const extraColumns = register.columns.filter((name) => !isRegisterColumn(name.trim().toLowerCase()));
  let nextRow = register.rows.reduce((last, row) => Math.max(last, row.row), 1) + 1;
  for (const finding of current.values()) {
    if (known.has(finding.id)) continue;
    added.push(finding.id);
    rows.push({
      row: nextRow,
      findingId: finding.id,
      title: finding.title,
      severity: finding.severity,
      scanType: finding.scanType,
      location: finding.location,
      owner: "",
      status: "open",
      remediationPlan: "",
      exceptionId: "",
      ticket: "",
      extra: Object.fromEntries(extraColumns.map((name) => [name, ""]))
    });
    nextRow += 1;
  }
  return { register: { source: register.source, columns: writtenColumns(register), rows }, added, resolved, reopened };
}
async function renderCsv(rows) {
  return (0, import_fast_csv.writeToString)(
    rows.map((row) => row.map(escapeCsvCell)),
    { headers: false, quoteColumns: true, quoteHeaders: true, rowDelimiter: "\r\n", includeEndRowDelimiter: true }
  );
}
async function renderRegisterCsv(register) {
  const columns = writtenColumns(register);
  const cellOf = (row, name) => {
    const key = name.trim().toLowerCase();
    if (!isRegisterColumn(key)) return row.extra[name] ?? "";
    return row[FIELD_OF_COLUMN[key]] ?? "";
  };
  return renderCsv([columns, ...register.rows.map((row) => columns.map((name) => cellOf(row, name)))]);
}
var BACKLOG_COLUMNS = [
  "finding_id",
  "title",
  "severity",
  "owner",
  "remediation_plan",
  "due_date",
  "days_left"
];
function severityRank(severity) {
  const key = severity.toLowerCase();
  return key in SEVERITY_RANK ? SEVERITY_RANK[key] : -1;
}
async function renderBacklogCsv(rows, today) {
  const todayNumber = dayNumber(today);
  const open = rows.filter((row) => OPEN_REGISTER_STATUSES.includes(row.status)).sort(
    (a, b) => (a.dueDate === void 0 ? 1 : 0) - (b.dueDate === void 0 ? 1 : 0) || (a.dueDate ?? "").localeCompare(b.dueDate ?? "") || severityRank(b.severity) - severityRank(a.severity) || (a.findingId < b.findingId ? -1 : a.findingId > b.findingId ? 1 : 0)
  );
  return renderCsv([
    [...BACKLOG_COLUMNS],
    ...open.map((row) => [
      row.findingId,
      row.title,
      row.severity,
      row.owner,
      row.remediationPlan,
      row.dueDate ?? "",
      row.dueDate === void 0 ? "" : String(dayNumber(row.dueDate) - todayNumber)
    ])
  ]);
}

// src/evidence/assessment.ts
var CONTROL_STATUSES = [
  "Verified",
  "Not verified",
  "Partially verified",
  "Not applicable",
  "Pending"
];
var DEFAULT_CONTROLS = [
  { id: "authentication", name: "Authentication" },
  { id: "authorization", name: "Authorization" },
  { id: "data-protection", name: "Data protection" },
  { id: "secrets-management", name: "Secrets management" }
];
var COLUMN_NAMES = ["control", "status", "name", "criticality", "evidence", "verified by", "date"];
function normalizeWords(text3) {
  return text3.trim().replace(/\s+/g, " ").toLowerCase();
}
function controlKey(controlId) {
  return controlId.trim().toLowerCase().replace(/[\s_]+/g, "-");
}
function parseControlStatus(text3) {
  const wanted = normalizeWords(text3);
  return CONTROL_STATUSES.find((status) => status.toLowerCase() === wanted);
}
function plainText(node2) {
  switch (node2.type) {
    case "text":
    case "inlineCode":
      return node2.value;
    case "image":
    case "imageReference":
      return node2.alt ?? "";
    case "break":
      return " ";
    case "html":
      return "";
    default:
      return "children" in node2 ? node2.children.map((child) => plainText(child)).join("") : "";
  }
}
function linkTargets(node2) {
  if (node2.type === "link") return [node2.url];
  return "children" in node2 ? node2.children.flatMap((child) => linkTargets(child)) : [];
}
function findTables(node2) {
  const tables = [];
  for (const child of node2.children) {
    if (child.type === "table") tables.push(child);
    else if ("children" in child) tables.push(...findTables(child));
  }
  return tables;
}
function lineOf(node2) {
  return node2.position?.start.line ?? 0;
}
function joinOr2(words) {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
function readHeader(header) {
  const columns = /* @__PURE__ */ new Map();
  header.children.forEach((cell, index2) => {
    const name = normalizeWords(plainText(cell));
    if (COLUMN_NAMES.includes(name) && !columns.has(name)) columns.set(name, index2);
  });
  return columns.has("control") && columns.has("status") ? columns : void 0;
}
function parseAssessment(text3, source) {
  const tree = fromMarkdown(text3, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  let table;
  let columns;
  for (const candidate of findTables(tree)) {
    const header = candidate.children[0];
    columns = header && readHeader(header);
    if (columns) {
      table = candidate;
      break;
    }
  }
  if (!table || !columns) {
    throw new InputError(
      `${source}: there is no markdown table with a 'Control' and a 'Status' column (expected a GFM table outside code blocks, HTML blocks and comments, with a header row such as '| Control | Criticality | Status | Evidence | Verified by | Date |').`
    );
  }
  const problems = [];
  const seenColumns = /* @__PURE__ */ new Map();
  table.children[0].children.forEach((cell, index2) => {
    const name = normalizeWords(plainText(cell));
    const earlier = seenColumns.get(name);
    if (earlier !== void 0 && COLUMN_NAMES.includes(name)) {
      problems.push(
        `${source}: line ${lineOf(table)}: the table has a second '${name}' column, column ${index2 + 1} (expected each column once; it repeats column ${earlier}).`
      );
    }
    if (earlier === void 0) seenColumns.set(name, index2 + 1);
  });
  const controls = [];
  const firstLineOfKey = /* @__PURE__ */ new Map();
  for (const row of table.children.slice(1)) {
    const line2 = lineOf(row);
    const cellNode = (column) => {
      const index2 = columns.get(column);
      return index2 === void 0 ? void 0 : row.children[index2];
    };
    const cell = (column) => {
      const node2 = cellNode(column);
      return node2 ? plainText(node2).trim() : "";
    };
    if (row.children.every((node2) => plainText(node2).trim() === "")) continue;
    const controlId = cell("control");
    const key = controlKey(controlId);
    if (controlId === "") {
      problems.push(`${source}: line ${line2}: the control id is empty (expected a control id such as authentication).`);
    } else {
      const first = firstLineOfKey.get(key);
      if (first !== void 0) {
        problems.push(
          `${source}: line ${line2}: control ${quoteForMessage(controlId)} is already assessed on line ${first} (expected each control once; ids are compared case-insensitively).`
        );
      } else {
        firstLineOfKey.set(key, line2);
      }
    }
    const statusText = cell("status");
    const status = parseControlStatus(statusText);
    if (!status) {
      problems.push(
        `${source}: line ${line2}: ${quoteForMessage(statusText)} is not a control status (expected ${joinOr2(CONTROL_STATUSES)}).`
      );
    }
    const date = cell("date");
    if (date !== "" && !isIsoDate(date)) {
      problems.push(`${source}: line ${line2}: ${quoteForMessage(date)} is not a date (expected YYYY-MM-DD).`);
    }
    const control = { controlId, key, status: status ?? "Pending", line: line2 };
    const name = cell("name");
    if (name !== "") control.name = name;
    const criticality = normalizeWords(cell("criticality"));
    if (criticality !== "") control.criticality = criticality;
    const evidence = cell("evidence");
    if (evidence !== "") control.evidence = evidence;
    const evidenceNode = cellNode("evidence");
    const links = evidenceNode ? linkTargets(evidenceNode) : [];
    if (links.length > 0) control.evidenceLinks = links;
    const verifiedBy = cell("verified by");
    if (verifiedBy !== "") control.verifiedBy = verifiedBy;
    if (date !== "") control.date = date;
    controls.push(control);
  }
  if (problems.length > 0) {
    const message = problems.length === 1 ? problems[0] : `${source}: the control assessment has ${problems.length} problems (expected none).`;
    throw new InputError(message, problems);
  }
  return { source, controls };
}
function tableCell(text3) {
  return text3.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
}
function renderAssessmentTemplate(controls = DEFAULT_CONTROLS) {
  const rows = controls.map(
    (control) => `| ${tableCell(control.id)} | ${tableCell(control.name)} | critical | Pending |  |  |  |`
  );
  return [
    "# Manual security control assessment",
    "",
    "shipgate reads the first table below that has a `Control` and a `Status` column. Each control of",
    "criticality `critical` must be `Verified` before a release is approved.",
    "",
    `Status is one of: ${CONTROL_STATUSES.join(", ")} (case-insensitive). Evidence is a link to a test,`,
    "a review or a document; Date is `YYYY-MM-DD`.",
    "",
    "| Control | Name | Criticality | Status | Evidence | Verified by | Date |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}

// src/gates/control-verification.ts
var controlVerification = {
  id: "control-verification",
  title: "Manual control verification",
  evaluate(context) {
    const settings = context.policy.gates["control-verification"];
    if (!context.assessment)
      return {
        status: "fail",
        reasons: [
          context.assessmentProblem ?? `the manual assessment ${settings.assessment} was not found; create it (shipgate init writes a template) and verify the controls.`
        ],
        conditions: [],
        summary: "no manual assessment"
      };
    const { source, controls } = context.assessment;
    const reasons = [];
    const byKey = new Map(controls.map((c) => [c.key, c]));
    const required = new Set(settings.requiredControls.map(controlKey));
    for (const id of settings.requiredControls)
      if (!byKey.has(controlKey(id)))
        reasons.push(`required control '${id}' is missing from ${source}; add a row for it.`);
    for (const control of controls) {
      const critical = control.criticality === "critical" || control.criticality === void 0 && required.has(control.key);
      if (critical && control.status.toLowerCase() !== "verified")
        reasons.push(
          `critical control '${control.controlId}' is '${control.status}', not 'Verified' (${source}: line ${control.line}).`
        );
    }
    const verified = controls.filter((c) => c.status.toLowerCase() === "verified").length;
    return {
      status: reasons.length === 0 ? "pass" : "fail",
      reasons,
      conditions: [],
      summary: `${controls.length} control(s) in ${source}, ${verified} verified; required: ${settings.requiredControls.join(", ") || "none"}`
    };
  }
};

// src/gates/types.ts
function describeFinding(f) {
  const where = f.location.path ? ` at ${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}` : f.location.url ? ` at ${f.location.url}` : f.package ? ` in ${f.package.name}${f.package.version ? `@${f.package.version}` : ""}` : "";
  return `${f.id} (${f.severity}) '${f.title}'${where}`;
}

// src/gates/disposition-integrity.ts
var dispositionIntegrity = {
  id: "disposition-integrity",
  title: "Risk disposition integrity",
  evaluate(context) {
    const settings = context.policy.gates["disposition-integrity"];
    const minimum = settings.minSeverity === "unknown" ? 0 : SEVERITY_RANK[settings.minSeverity];
    const valid = context.validExceptionIds ?? /* @__PURE__ */ new Set();
    const problems = [];
    let considered = 0;
    for (const finding of context.findings) {
      if (SEVERITY_RANK[finding.countedSeverity] < minimum) continue;
      considered += 1;
      if (finding.excepted && finding.exceptionId && valid.has(finding.exceptionId)) continue;
      const row = context.register?.rows.get(finding.id);
      const registerName = context.register?.source ?? settings.register;
      if (!row) {
        problems.push(
          `${describeFinding(finding)} has no resolution path: add it to ${registerName} with an owner and a remediation plan, or add an exception.`
        );
        continue;
      }
      const where = `register row ${row.row}`;
      if (!row.owner) {
        problems.push(`${describeFinding(finding)}: ${where} has no owner.`);
        continue;
      }
      if (row.status === "resolved") {
        problems.push(`${describeFinding(finding)}: ${where} says 'resolved', but the scanners still report it.`);
        continue;
      }
      if (row.status === "risk-accepted" || row.status === "false-positive") {
        if (!row.exceptionId)
          problems.push(`${describeFinding(finding)}: ${where} is '${row.status}' without an exception_id.`);
        else if (!valid.has(row.exceptionId))
          problems.push(
            `${describeFinding(finding)}: ${where} names exception '${row.exceptionId}', which is not a valid exception today.`
          );
        continue;
      }
      if (!row.remediationPlan) problems.push(`${describeFinding(finding)}: ${where} has no remediation_plan.`);
      else if (!row.dueDate) problems.push(`${describeFinding(finding)}: ${where} has no due_date.`);
      else if (row.dueDate < context.today)
        problems.push(
          `${describeFinding(finding)}: ${where} was due ${row.dueDate}, which has passed (today is ${context.today}).`
        );
    }
    return {
      status: problems.length === 0 ? "pass" : "fail",
      reasons: problems,
      conditions: [],
      summary: `${considered} finding(s) at or above ${settings.minSeverity}, ${considered - problems.length} with a resolution path`
    };
  }
};

// src/gates/evidence-completeness.ts
var evidenceCompleteness = {
  id: "evidence-completeness",
  title: "Evidence completeness",
  evaluate(context) {
    const reasons = [];
    const covered = /* @__PURE__ */ new Set();
    for (const input of context.inputs) {
      if (input.runs.length === 0) reasons.push(`${input.path}: the report holds no tool run.`);
      for (const run2 of input.runs) {
        for (const problem of run2.problems) reasons.push(`${input.path}: ${problem}`);
        if (run2.completed) covered.add(run2.scanType);
        if (context.policy.evidence.requireCommit) {
          if (!context.commit)
            reasons.push(
              `${input.path}: the policy requires every input to name the commit under test, but no commit was given (--commit, or GITHUB_SHA).`
            );
          else if (!run2.commit)
            reasons.push(
              `${input.path}: ${run2.tool} does not name the commit it scanned (expected ${context.commit}).`
            );
          else if (!sameCommit(run2.commit, context.commit))
            reasons.push(
              `${input.path}: ${run2.tool} scanned commit ${run2.commit}, not the commit under test ${context.commit}.`
            );
        }
      }
    }
    for (const required of context.policy.evidence.required)
      if (!covered.has(required))
        reasons.push(
          `no completed ${required} scan among the inputs (the policy requires ${context.policy.evidence.required.join(", ")}).`
        );
    const runs = context.inputs.reduce((n, i) => n + i.runs.length, 0);
    return {
      status: reasons.length === 0 ? "pass" : "fail",
      reasons: [...new Set(reasons)],
      conditions: [],
      summary: `${context.inputs.length} input(s), ${runs} tool run(s); covered: ${[...covered].sort().join(", ") || "nothing"}`
    };
  }
};
function sameCommit(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || Math.min(x.length, y.length) >= 7 && (x.startsWith(y) || y.startsWith(x));
}

// src/gates/scan-cleanliness.ts
var ORDER = ["critical", "high", "medium", "low", "info"];
var LISTED = 10;
var scanCleanliness = {
  id: "scan-cleanliness",
  title: "Scan cleanliness",
  evaluate(context) {
    const settings = context.policy.gates["scan-cleanliness"];
    const open = context.findings.filter((f) => !f.excepted);
    const reasons = [];
    const conditions = [];
    for (const severity of ORDER) {
      const max = settings.max[severity];
      if (max === void 0) continue;
      const found6 = open.filter((f) => f.countedSeverity === severity);
      if (found6.length > max) {
        const listed = found6.slice(0, LISTED).map(describeFinding).join("; ");
        const more = found6.length > LISTED ? `; and ${found6.length - LISTED} more` : "";
        reasons.push(`${found6.length} open ${severity} finding(s), at most ${max} allowed: ${listed}${more}.`);
      }
    }
    const planned = new Set(settings.requirePlan);
    for (const finding of open) {
      if (!planned.has(finding.countedSeverity) && !planned.has(finding.severity)) continue;
      const row = context.register?.rows.get(finding.id);
      const fix = `add a row for ${finding.id} to ${context.register?.source ?? context.policy.gates["disposition-integrity"].register} with owner, remediation_plan and due_date`;
      if (!row) {
        reasons.push(`${describeFinding(finding)} is open with no mitigation plan: ${fix}.`);
        continue;
      }
      const missing = [
        !row.owner && "owner",
        !row.remediationPlan && "remediation_plan",
        !row.dueDate && "due_date"
      ].filter(Boolean);
      if (missing.length > 0)
        reasons.push(`${describeFinding(finding)}: register row ${row.row} has no ${missing.join(", ")}.`);
      else if (row.dueDate < context.today)
        reasons.push(
          `${describeFinding(finding)}: register row ${row.row} plan was due ${row.dueDate}, which has passed (today is ${context.today}).`
        );
      else
        conditions.push(
          `${describeFinding(finding)} is open with a plan: owner ${row.owner}, due ${row.dueDate} (register row ${row.row}).`
        );
    }
    const counts = ORDER.map(
      (s) => `${s} ${open.filter((f) => f.countedSeverity === s).length}${settings.max[s] !== void 0 ? `/${settings.max[s]}` : ""}`
    );
    return {
      status: reasons.length === 0 ? "pass" : "fail",
      reasons,
      conditions,
      summary: `open findings (count/max): ${counts.join(", ")}${settings.requirePlan.length ? `; plan required for ${settings.requirePlan.join(", ")}` : ""}`
    };
  }
};

// src/gates/index.ts
var GATES = [
  evidenceCompleteness,
  scanCleanliness,
  controlVerification,
  dispositionIntegrity
];

// src/evaluation.ts
function overrideMatches(override, finding) {
  const m = override.match;
  if (m.scanType !== void 0 && m.scanType !== finding.scanType) return false;
  if (m.tool !== void 0 && !finding.sources.some((s) => s.tool.toLowerCase() === m.tool?.toLowerCase()))
    return false;
  if (m.rule !== void 0 && m.rule !== finding.ruleId) return false;
  if (m.vulnerability !== void 0) {
    const wanted = m.vulnerability.toUpperCase();
    if (finding.ruleId.toUpperCase() !== wanted && !finding.aliases.some((a) => a.toUpperCase() === wanted))
      return false;
  }
  return true;
}
function applySeverityOverrides(findings, overrides) {
  return findings.map((finding) => {
    let result = finding;
    overrides.forEach((override, index2) => {
      if (overrideMatches(override, finding))
        result = {
          ...result,
          severity: override.severity,
          severitySource: `policy override #${index2 + 1} (${Object.entries(override.match).map(([k, v]) => `${k}=${String(v)}`).join(", ")}; was ${finding.severitySource})`
        };
    });
    return result;
  });
}
function runGates(context) {
  return GATES.map((gate) => {
    const enforcement = context.policy.gates[gate.id].enforcement;
    if (enforcement === "off")
      return {
        id: gate.id,
        enforcement,
        status: "off",
        reasons: [],
        conditions: [],
        summary: "turned off by the policy"
      };
    try {
      return { id: gate.id, enforcement, ...gate.evaluate(context) };
    } catch (error) {
      return {
        id: gate.id,
        enforcement,
        status: "error",
        reasons: [`the gate failed to evaluate: ${error.message}`],
        conditions: [],
        summary: "could not be evaluated"
      };
    }
  });
}
function decide(gates, extraConditions) {
  const conditions = [];
  for (const gate of gates) {
    conditions.push(...gate.conditions);
    if (gate.enforcement === "advisory" && gate.status !== "pass")
      conditions.push(
        `advisory gate ${gate.id} ${gate.status === "error" ? "errored" : "failed"}: ${gate.reasons.join("; ")}`
      );
  }
  conditions.push(...extraConditions);
  const rejected = gates.some((g) => g.enforcement === "blocking" && (g.status === "fail" || g.status === "error"));
  return {
    decision: rejected ? "rejected" : conditions.length > 0 ? "approved-with-conditions" : "approved",
    conditions
  };
}
function countOpen(findings) {
  return countBySeverity(findings.filter((f) => !f.excepted));
}

// src/ingest/json.ts
function lineColumnAt(text3, index2) {
  let line2 = 1;
  let lineStart = 0;
  for (let i = text3.indexOf("\n"); i !== -1 && i < index2; i = text3.indexOf("\n", i + 1)) {
    line2 += 1;
    lineStart = i + 1;
  }
  return { line: line2, column: index2 - lineStart + 1 };
}
function parseJsonText(text3, input, what = "JSON") {
  if (text3.trim() === "") throw new InputError(`${input.path}: the file holds only whitespace; expected ${what}.`);
  let value;
  try {
    value = JSON.parse(text3);
  } catch (error) {
    const message = error.message;
    const match = /at position (\d+)/.exec(message);
    const index2 = match ? Number(match[1]) : text3.length;
    const { line: line2, column } = lineColumnAt(text3, index2);
    const byte = Buffer.byteLength(text3.slice(0, index2));
    const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected end of JSON input$/, "the JSON ends early (truncated?)");
    throw new InputError(
      `${input.path}: line ${line2}, column ${column} (byte ${byte}): invalid JSON: ${reason}; expected ${what}.`
    );
  }
  const pointer = findForbiddenKey(text3, value);
  if (pointer !== void 0)
    throw new InputError(`${input.path}: ${pointer}: the key '__proto__' is refused in input files.`);
  return value;
}
function findForbiddenKey(text3, value) {
  if (!text3.includes('"__proto__"')) return void 0;
  const stack = [{ value, pointer: "" }];
  while (stack.length > 0) {
    const { value: current, pointer } = stack.pop();
    if (current === null || typeof current !== "object") continue;
    for (const key of Object.keys(current)) {
      const child = `${pointer}/${escapePointer(key)}`;
      if (key === "__proto__") return child;
      stack.push({ value: current[key], pointer: child });
    }
  }
  return void 0;
}
function escapePointer(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

// src/ingest/paths.ts
import { posix } from "node:path";
function safeDecode(text3) {
  try {
    return decodeURIComponent(text3);
  } catch {
    return text3;
  }
}
function normalizePath(root, raw) {
  let text3 = raw.trim();
  if (/^file:/i.test(text3)) {
    text3 = safeDecode(text3.replace(/^file:(\/\/[^/]*)?/i, ""));
    if (/^\/[A-Za-z]:\//.test(text3)) text3 = text3.slice(1);
  } else if (!/^[a-z][a-z0-9+.-]+:\/\//i.test(text3)) {
    text3 = safeDecode(text3);
  } else {
    return text3;
  }
  text3 = text3.replace(/\\/g, "/");
  const rootPosix = root.replace(/\\/g, "/").replace(/\/+$/, "");
  if (text3.startsWith("/") || /^[A-Za-z]:\//.test(text3)) {
    if (rootPosix !== "" && (text3 === rootPosix || text3.startsWith(`${rootPosix}/`)))
      return posix.normalize(text3.slice(rootPosix.length + 1) || ".");
    return posix.normalize(text3);
  }
  const normalized = posix.normalize(text3);
  return normalized === "." ? "" : normalized.replace(/^\.\//, "");
}

// src/ingest/read.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { isUtf8 } from "node:buffer";

// src/glob.ts
var MAX_PATTERN_LENGTH = 512;
function checkGlobPattern(pattern) {
  if (pattern.length === 0) return "the pattern is empty";
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `the pattern is ${pattern.length} characters long (at most ${MAX_PATTERN_LENGTH})`;
  if (/[{}[\]]/.test(pattern)) return "braces and character classes are not supported (use *, ** and ?)";
  if (pattern.includes("\0")) return "the pattern contains a NUL character";
  return void 0;
}
function isGlob(pattern) {
  return /[*?]/.test(pattern);
}
function matchGlob(pattern, path) {
  const patternSegments = pattern.split("/").filter((s, i, all2) => s !== "" || i === all2.length - 1);
  const pathSegments = path.split("/");
  const memo = /* @__PURE__ */ new Map();
  const walk = (pi, si) => {
    const key = `${pi},${si}`;
    const cached = memo.get(key);
    if (cached !== void 0) return cached;
    let result;
    if (pi === patternSegments.length) result = si === pathSegments.length;
    else if (patternSegments[pi] === "**") result = walk(pi + 1, si) || si < pathSegments.length && walk(pi, si + 1);
    else
      result = si < pathSegments.length && matchSegment(patternSegments[pi] ?? "", pathSegments[si] ?? "") && walk(pi + 1, si + 1);
    memo.set(key, result);
    return result;
  };
  return walk(0, 0);
}
function matchSegment(pattern, text3) {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text3.length) {
    const c = pattern[p];
    if (c === "?" || c !== void 0 && c !== "*" && c === text3[t]) {
      p += 1;
      t += 1;
    } else if (c === "*") {
      star = p;
      mark = t;
      p += 1;
    } else if (star !== -1) {
      p = star + 1;
      mark += 1;
      t = mark;
    } else return false;
  }
  while (pattern[p] === "*") p += 1;
  return p === pattern.length;
}

// src/ingest/read.ts
var DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function relativeToRoot(root, target) {
  const rel = relative(root, resolve(root, target));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return rel === "" ? "" : void 0;
  return rel.split(sep).join("/");
}
function resolveInputPaths(root, pattern) {
  const normalized = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
  if (!isGlob(normalized)) {
    const rel = relativeToRoot(root, normalized);
    if (rel === void 0 || rel === "")
      throw new InputError(`${pattern}: the path is outside the root ${root}; inputs must be inside the workspace.`);
    return [rel];
  }
  const refused = checkGlobPattern(normalized);
  if (refused !== void 0) throw new InputError(`${pattern}: the glob is refused: ${refused}.`);
  if (isAbsolute(normalized) || normalized.split("/").includes(".."))
    throw new InputError(`${pattern}: a glob must be relative to the root and may not contain '..'.`);
  const segments = normalized.split("/");
  const firstGlob = segments.findIndex((s) => isGlob(s));
  const base = segments.slice(0, firstGlob).join("/");
  const found6 = [];
  const walk = (relDir) => {
    let entries;
    try {
      entries = readdirSync(join(root, relDir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const relPath = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name) && !normalized.includes(`${entry.name}/`)) continue;
        walk(relPath);
      } else if (matchGlob(normalized, relPath)) {
        found6.push(relPath);
      }
    }
  };
  walk(base);
  if (found6.length === 0) throw new InputError(`${pattern}: the glob matched no files under ${root}.`);
  return found6.sort();
}
function readInputFile(root, relPath, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const absPath = resolve(root, relPath);
  let stat;
  try {
    stat = lstatSync(absPath);
  } catch {
    throw new InputError(`${relPath}: the file does not exist (looked in ${absPath}).`);
  }
  if (stat.isSymbolicLink())
    throw new InputError(
      `${relPath}: the input is a symbolic link; inputs must be regular files inside the workspace.`
    );
  if (stat.isDirectory()) throw new InputError(`${relPath}: the input is a directory; give a file or a glob.`);
  if (!stat.isFile()) throw new InputError(`${relPath}: the input is not a regular file.`);
  let fd;
  try {
    fd = openSync(absPath, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    throw new InputError(`${relPath}: the file cannot be opened: ${error.message}.`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0)
      throw new InputError(`${relPath}: the file is empty (0 bytes); an empty report is not a clean scan.`);
    if (size > maxBytes)
      throw new InputError(
        `${relPath}: the file is ${size} bytes, over the input cap of ${maxBytes} bytes (raise it with --max-input-bytes).`
      );
    const bytes = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, bytes, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    if (offset !== size)
      throw new InputError(`${relPath}: the file changed while it was read (${offset} of ${size} bytes).`);
    const sha2562 = createHash2("sha256").update(bytes).digest("hex");
    return { path: relPath, absPath, size, sha256: sha2562, bytes };
  } finally {
    closeSync(fd);
  }
}
function decodeUtf8(input) {
  const { bytes } = input;
  if (!isUtf8(bytes)) {
    const offset = findInvalidUtf8(bytes);
    throw new InputError(`${input.path}: byte ${offset}: the file is not valid UTF-8 (expected a UTF-8 text report).`);
  }
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return bytes.toString("utf8", start);
}
function findInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (len === 0 || i + len > bytes.length || !isUtf8(bytes.subarray(i, i + len))) return i;
    i += len;
  }
  return bytes.length;
}

// src/ingest/bandit.ts
var FORMAT = "bandit";
var TOOL = "Bandit";
var MAX_TITLE = 300;
var EXPECTED = "a Bandit JSON report: an object with a 'results' array (and 'errors', 'metrics')";
var SEVERITIES2 = { HIGH: "high", MEDIUM: "medium", LOW: "low", UNDEFINED: "unknown" };
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function found(value) {
  return value === void 0 ? "the key is missing" : `found ${kindOf(value)}`;
}
function str(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function positive(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : void 0;
}
function cap(text3) {
  const first = text3.split(/\r?\n/, 1)[0]?.trim() ?? "";
  return first.length > MAX_TITLE ? `${first.slice(0, MAX_TITLE - 1)}…` : first;
}
function detect(sample) {
  const doc = sample.document;
  if (doc !== void 0) {
    if (!isObject(doc) || !Array.isArray(doc.results)) return "no";
    const first = doc.results[0];
    if (isObject(first)) return typeof first.test_id === "string" && "issue_severity" in first ? "certain" : "no";
    return isObject(doc.metrics) && "generated_at" in doc ? "certain" : "no";
  }
  const head = sample.head.slice(0, 8192);
  return /^\s*\{/.test(head) && /"test_id"\s*:/.test(head) && /"issue_severity"\s*:/.test(head) ? "certain" : "no";
}
function readResult(result, pointer, input, context) {
  const file = input.path;
  if (!isObject(result))
    throw new InputError(`${file}: ${pointer}: the result is ${kindOf(result)} (expected a Bandit issue object).`);
  const ruleId = str(result.test_id);
  if (ruleId === void 0)
    throw new InputError(`${file}: ${pointer}/test_id: ${found(result.test_id)} (expected a test id such as B101).`);
  const word = str(result.issue_severity);
  const severity = word !== void 0 ? SEVERITIES2[word.toUpperCase()] : void 0;
  if (word === void 0 || severity === void 0)
    throw new InputError(
      `${file}: ${pointer}/issue_severity: ${word === void 0 ? found(result.issue_severity) : `'${word}' is not a Bandit severity`} (expected LOW, MEDIUM, HIGH or UNDEFINED).`
    );
  const rawPath = str(result.filename);
  if (rawPath === void 0)
    throw new InputError(
      `${file}: ${pointer}/filename: ${found(result.filename)} (expected the path of the scanned file).`
    );
  const location = { path: normalizePath(context.root, rawPath) };
  const startLine = positive(result.line_number);
  if (startLine !== void 0) location.startLine = startLine;
  const range = Array.isArray(result.line_range) ? result.line_range.filter((n) => positive(n) !== void 0) : [];
  const endLine = range.length > 0 ? Math.max(...range) : void 0;
  if (startLine !== void 0 && endLine !== void 0 && endLine > startLine) location.endLine = endLine;
  if (typeof result.col_offset === "number" && Number.isInteger(result.col_offset) && result.col_offset >= 0)
    location.startColumn = result.col_offset + 1;
  const cwe = isObject(result.issue_cwe) ? normalizeCwes([result.issue_cwe.id]) : [];
  const name = str(result.test_name);
  return {
    identityKey: codeIdentity(TOOL, ruleId, location),
    run: 0,
    scanType: context.scanType ?? "sast",
    ruleId,
    title: cap(str(result.issue_text) ?? name ?? ruleId) || ruleId,
    severity,
    severitySource: `bandit ${word}`,
    aliases: [],
    cwe,
    location,
    sources: [{ input: file, format: FORMAT, tool: TOOL, pointer }]
  };
}
async function parse2(input, context) {
  const file = input.path;
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  if (!isObject(document3))
    throw new InputError(`${file}: the document is ${kindOf(document3)}, not a Bandit report (expected ${EXPECTED}).`);
  if (!Array.isArray(document3.results))
    throw new InputError(`${file}: /results: ${found(document3.results)} (expected an array of Bandit issues).`);
  if (document3.errors !== void 0 && !Array.isArray(document3.errors))
    throw new InputError(`${file}: /errors: ${found(document3.errors)} (expected an array of Bandit errors).`);
  const errors = Array.isArray(document3.errors) ? document3.errors : [];
  const warnings = errors.map((error, i) => {
    const where = isObject(error) && str(error.filename) ? ` in ${str(error.filename)}` : "";
    const reason = isObject(error) && str(error.reason) ? `: ${cap(str(error.reason))}` : "";
    return `${file}: /errors/${i}: Bandit could not scan a file${where}${reason}.`;
  });
  const findings = document3.results.map((result, i) => readResult(result, `/results/${i}`, input, context));
  const scanType = context.scanType ?? "sast";
  return {
    findings,
    runs: [{ tool: TOOL, scanType, completed: true, problems: [], resultCount: document3.results.length }],
    warnings
  };
}
var bandit = {
  id: FORMAT,
  title: "Bandit JSON",
  detection: "an object with a 'results' array of objects with 'test_id' and 'issue_severity' (or empty results with 'metrics' and 'generated_at')",
  scanTypes: ["sast"],
  detect,
  parse: parse2
};

// src/ingest/severity.ts
function severityFromScore(score) {
  if (!Number.isFinite(score) || score < 0 || score > 10) return void 0;
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "info";
}
var VENDOR_WORDS = {
  critical: "critical",
  high: "high",
  error: "high",
  medium: "medium",
  moderate: "medium",
  warning: "medium",
  low: "low",
  negligible: "low",
  note: "low",
  info: "info",
  informational: "info",
  none: "info",
  unknown: "unknown"
};
function severityFromWord(word) {
  if (typeof word !== "string") return void 0;
  return VENDOR_WORDS[word.trim().toLowerCase()];
}
function severityFromLevel(level) {
  switch (level) {
    case "error":
      return "high";
    case "warning":
      return "medium";
    case "note":
      return "low";
    case "none":
      return "info";
    default:
      return void 0;
  }
}
function readSecuritySeverity(value) {
  if (value === void 0 || value === null) return {};
  if (typeof value === "number") {
    const severity = severityFromScore(value);
    return severity ? { severity, source: `security-severity ${value}` } : { invalid: String(value) };
  }
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
      const severity = severityFromScore(Number(trimmed));
      return severity ? { severity, source: `security-severity ${trimmed}` } : { invalid: value };
    }
    const word = trimmed.toLowerCase();
    if (["critical", "high", "medium", "low"].includes(word))
      return { severity: word, source: `security-severity ${trimmed}` };
    return { invalid: value };
  }
  return { invalid: JSON.stringify(value) };
}

// src/ingest/checkov.ts
var FORMAT2 = "checkov";
var TOOL2 = "Checkov";
var MAX_TITLE2 = 300;
var EXPECTED2 = "a Checkov JSON report: an object with 'check_type' and 'results', an array of them, or a summary with 'checkov_version'";
var SEVERITY_WORDS = ["critical", "high", "medium", "low", "info", "none", "unknown"];
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf2(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function found2(value) {
  return value === void 0 ? "the key is missing" : `found ${kindOf2(value)}`;
}
function str2(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function positive2(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : void 0;
}
function count(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : void 0;
}
function cap2(text3) {
  const first = text3.split(/\r?\n/, 1)[0]?.trim() ?? "";
  return first.length > MAX_TITLE2 ? `${first.slice(0, MAX_TITLE2 - 1)}…` : first;
}
function isFramework(value) {
  return isObject2(value) && typeof value.check_type === "string" && isObject2(value.results);
}
function isSummaryOnly(value) {
  return isObject2(value) && typeof value.checkov_version === "string" && "failed" in value && !("results" in value);
}
function detect2(sample) {
  const doc = sample.document;
  if (doc !== void 0) {
    if (isFramework(doc) || isSummaryOnly(doc)) return "certain";
    if (Array.isArray(doc) && doc.length > 0 && isFramework(doc[0])) return "certain";
    return "no";
  }
  const head = sample.head.slice(0, 8192);
  return /^\s*[[{]/.test(head) && /"check_type"\s*:/.test(head) && /"results"\s*:/.test(head) ? "certain" : "no";
}
function scanTypeOf(checkType) {
  if (checkType === "secrets") return "secret";
  if (checkType === "sca_image") return "container";
  if (checkType.startsWith("sca_")) return "dependency";
  return "iac";
}
function readPath(check, context) {
  const absolute = str2(check.file_abs_path);
  if (absolute !== void 0) {
    const relative2 = normalizePath(context.root, absolute);
    if (!relative2.startsWith("/") && !/^[A-Za-z]:\//.test(relative2)) return relative2;
  }
  const raw = str2(check.file_path);
  if (raw === void 0) return void 0;
  const path = normalizePath(context.root, raw.replace(/^[/\\]+/, ""));
  return path === "" ? void 0 : path;
}
function readCheck(check, pointer, fw) {
  const file = fw.input.path;
  if (!isObject2(check))
    throw new InputError(
      `${file}: ${pointer}: the failed check is ${kindOf2(check)} (expected a Checkov check result).`
    );
  const checkId = str2(check.check_id);
  if (checkId === void 0)
    throw new InputError(
      `${file}: ${pointer}/check_id: ${found2(check.check_id)} (expected a check id such as CKV_AWS_20).`
    );
  let severity = "unknown";
  let severitySource = "no severity in checkov";
  const details = isObject2(check.vulnerability_details) ? check.vulnerability_details : void 0;
  const rawSeverity = check.severity ?? details?.severity;
  if (rawSeverity !== void 0 && rawSeverity !== null) {
    const word = typeof rawSeverity === "string" ? rawSeverity.trim() : void 0;
    const mapped = word !== void 0 && SEVERITY_WORDS.includes(word.toLowerCase()) ? severityFromWord(word) : void 0;
    if (word === void 0 || mapped === void 0)
      throw new InputError(
        `${file}: ${pointer}/severity: ${word === void 0 ? found2(rawSeverity) : `'${word}' is not a Checkov severity`} (expected CRITICAL, HIGH, MEDIUM, LOW, INFO or null).`
      );
    severity = mapped;
    severitySource = `checkov ${word}`;
  }
  const location = {};
  const path = readPath(check, fw.context);
  if (path !== void 0) location.path = path;
  const range = Array.isArray(check.file_line_range) ? check.file_line_range : [];
  const startLine = positive2(range[0]);
  const endLine = positive2(range[1]);
  if (startLine !== void 0) location.startLine = startLine;
  if (startLine !== void 0 && endLine !== void 0 && endLine >= startLine) location.endLine = endLine;
  const resource = str2(check.resource);
  let ruleId = checkId;
  let aliases = [];
  let pkg;
  let identityKey;
  const vulnerabilityId = str2(details?.id);
  const packageName = str2(details?.package_name);
  if ((fw.scanType === "dependency" || fw.scanType === "container") && vulnerabilityId && packageName) {
    ruleId = vulnerabilityId;
    aliases = normalizeAliases([vulnerabilityId]);
    const version = str2(details?.package_version);
    pkg = { name: packageName, ...version ? { version } : {} };
    identityKey = dependencyIdentity(vulnerabilityId, aliases, pkg);
  } else if (fw.scanType === "secret") identityKey = secretIdentity(location);
  else identityKey = codeIdentity(TOOL2, checkId, location, resource);
  const finding = {
    identityKey,
    run: fw.run,
    scanType: fw.context.scanType ?? fw.scanType,
    ruleId,
    title: cap2(str2(check.check_name) ?? checkId) || checkId,
    severity,
    severitySource,
    aliases,
    cwe: [],
    location,
    sources: [
      {
        input: file,
        format: FORMAT2,
        tool: TOOL2,
        ...fw.toolVersion ? { toolVersion: fw.toolVersion } : {},
        pointer
      }
    ]
  };
  if (pkg) finding.package = pkg;
  return finding;
}
function readFramework(report, pointer, run2, input, context, warnings) {
  const file = input.path;
  if (!isFramework(report))
    throw new InputError(
      `${file}: ${pointer ? `${pointer}: found` : "the document is"} ${kindOf2(report)} without 'check_type' and a 'results' object (expected ${pointer ? "a Checkov framework report" : EXPECTED2}).`
    );
  const checkType = report.check_type;
  const results = report.results;
  const summary = isObject2(report.summary) ? report.summary : {};
  const toolVersion = str2(summary.checkov_version);
  const scanType = scanTypeOf(checkType);
  const failed = results.failed_checks ?? [];
  if (!Array.isArray(failed))
    throw new InputError(
      `${file}: ${pointer}/results/failed_checks: ${found2(failed)} (expected an array of failed checks).`
    );
  const summaryFailed = count(summary.failed);
  if (failed.length === 0 && summaryFailed !== void 0 && summaryFailed > 0)
    throw new InputError(
      `${file}: ${pointer}/results/failed_checks: the summary counts ${summaryFailed} failed check(s) but none is listed (expected the failed checks; was the report cut?).`
    );
  const fw = { input, context, run: run2, scanType, toolVersion };
  const findings = failed.map((check, i) => readCheck(check, `${pointer}/results/failed_checks/${i}`, fw));
  const parsingErrors = Array.isArray(results.parsing_errors) ? results.parsing_errors : [];
  parsingErrors.forEach((entry, i) => {
    const what = typeof entry === "string" ? ` ${cap2(entry)}` : "";
    warnings.push(
      `${file}: ${pointer}/results/parsing_errors/${i}: Checkov (${checkType}) could not parse${what || " a file"}; its checks did not run.`
    );
  });
  return {
    findings,
    run: {
      tool: TOOL2,
      ...toolVersion ? { toolVersion } : {},
      scanType: context.scanType ?? scanType,
      completed: true,
      problems: [],
      resultCount: failed.length
    }
  };
}
async function parse3(input, context) {
  const file = input.path;
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED2);
  const warnings = [];
  if (isSummaryOnly(document3)) {
    const failed = count(document3.failed);
    if (failed === void 0 || failed > 0)
      throw new InputError(
        `${file}: /failed: the report is a bare summary that counts ${String(document3.failed)} failed check(s) without listing them (expected the framework reports with their failed checks).`
      );
    const toolVersion = str2(document3.checkov_version);
    warnings.push(
      `${file}: the report is Checkov's bare summary: nothing was scanned (no files of a supported framework were found), so it shows 0 findings.`
    );
    return {
      findings: [],
      runs: [
        {
          tool: TOOL2,
          ...toolVersion ? { toolVersion } : {},
          scanType: context.scanType ?? "iac",
          completed: true,
          problems: [],
          resultCount: 0
        }
      ],
      warnings
    };
  }
  let reports;
  if (Array.isArray(document3)) {
    if (document3.length === 0)
      throw new InputError(
        `${file}: the document is an empty array, which holds no framework report (expected ${EXPECTED2}).`
      );
    reports = document3.map((report, i) => ({ report, pointer: `/${i}` }));
  } else if (isObject2(document3)) reports = [{ report: document3, pointer: "" }];
  else
    throw new InputError(`${file}: the document is ${kindOf2(document3)}, not a Checkov report (expected ${EXPECTED2}).`);
  const findings = [];
  const runs = [];
  reports.forEach(({ report, pointer }, index2) => {
    const result = readFramework(report, pointer, index2, input, context, warnings);
    findings.push(...result.findings);
    runs.push(result.run);
  });
  return { findings, runs, warnings };
}
var checkov = {
  id: FORMAT2,
  title: "Checkov JSON",
  detection: "an object with 'check_type' and a 'results' object, an array of them, or a summary object with 'checkov_version'",
  scanTypes: ["iac", "secret", "dependency", "container"],
  detect: detect2,
  parse: parse3
};

// src/ingest/dependency-check.ts
var FORMAT3 = "dependency-check";
var TOOL3 = "dependency-check";
var MAX_TITLE3 = 300;
var MAX_PROBLEMS = 20;
var EXPECTED3 = "an OWASP Dependency-Check JSON report (an object with 'dependencies' and 'scanInfo')";
var ADVISORY_ID = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9][A-Za-z0-9._:-]*$/;
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string '${value.length > 40 ? `${value.slice(0, 40)}...` : value}'`;
  return `the ${typeof value} ${String(value)}`;
}
function capTitle(text3) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TITLE3 ? `${flat.slice(0, MAX_TITLE3 - 1)}…` : flat;
}
function isSarif(doc) {
  return Array.isArray(doc.runs) || typeof doc.$schema === "string" && /sarif/i.test(doc.$schema);
}
function safeDecode2(text3) {
  try {
    return decodeURIComponent(text3);
  } catch {
    return text3;
  }
}
function parsePurl(purl) {
  const match = /^pkg:\/*([A-Za-z.+-][A-Za-z0-9.+-]*)\/(.+)$/.exec(purl.trim());
  if (match === null) return void 0;
  const ecosystem = (match[1] ?? "").toLowerCase();
  let rest = (match[2] ?? "").replace(/#.*$/s, "").replace(/\?.*$/s, "");
  let version;
  const at = rest.lastIndexOf("@");
  if (at > rest.lastIndexOf("/") && at > 0) {
    version = safeDecode2(rest.slice(at + 1));
    rest = rest.slice(0, at);
  }
  const segments = rest.split("/").filter((s) => s !== "").map(safeDecode2);
  const name = segments.pop();
  if (name === void 0 || name === "") return void 0;
  const full = segments.length === 0 ? name : `${segments.join("/")}${ecosystem === "maven" ? ":" : "/"}${name}`;
  return { ecosystem, name: full, ...version !== void 0 && version !== "" ? { version } : {} };
}
function detect3(sample) {
  const doc = sample.document;
  if (doc === void 0) {
    const head = sample.head.slice(0, 4096);
    return /^\s*\{\s*"reportSchema"\s*:/.test(head) && /"scanInfo"\s*:/.test(head) ? "possible" : "no";
  }
  if (!isObject3(doc) || isSarif(doc) || !Array.isArray(doc.dependencies)) return "no";
  const scanInfo = isObject3(doc.scanInfo) ? doc.scanInfo : void 0;
  if (typeof doc.reportSchema === "string" && scanInfo !== void 0) return "certain";
  if (typeof scanInfo?.engineVersion === "string") return "certain";
  return isObject3(doc.projectInfo) ? "possible" : "no";
}
var DependencyCheckReader = class {
  constructor(input, context, toolVersion, scanType) {
    this.input = input;
    this.context = context;
    this.toolVersion = toolVersion;
    this.scanType = scanType;
  }
  input;
  context;
  toolVersion;
  scanType;
  findings = [];
  warnings = [];
  vulnerabilities = 0;
  suppressed = 0;
  problems = [];
  droppedProblems = 0;
  problem(pointer, wrong, expected) {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.droppedProblems += 1;
      return;
    }
    this.problems.push(`${this.input.path}: ${pointer === "" ? "(root)" : pointer}: ${wrong} (expected ${expected}).`);
  }
  throwIfProblems() {
    const [first] = this.problems;
    if (first === void 0) return;
    if (this.problems.length === 1) throw new InputError(first);
    const total = this.problems.length + this.droppedProblems;
    const list3 = this.droppedProblems > 0 ? [...this.problems, `... and ${this.droppedProblems} more`] : this.problems;
    throw new InputError(
      `${this.input.path}: ${total} problems make this an invalid Dependency-Check JSON report.`,
      list3
    );
  }
  object(value, pointer, expected) {
    if (isObject3(value)) return value;
    this.problem(pointer, value === void 0 ? "the key is missing" : `got ${describe(value)}`, expected);
    return void 0;
  }
  array(obj, key, pointer) {
    const value = obj[key];
    if (value === void 0 || value === null) return [];
    if (Array.isArray(value)) return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describe(value)}`, "an array");
    return [];
  }
  string(obj, key, pointer, required = false) {
    const value = obj[key];
    if (value === void 0 || value === null) {
      if (required) this.problem(`${pointer}/${escapePointer(key)}`, "the key is missing", "a string");
      return void 0;
    }
    if (typeof value === "string") return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describe(value)}`, "a string");
    return void 0;
  }
  dependency(value, pointer) {
    const dependency = this.object(value, pointer, "a dependency object with fileName");
    if (dependency === void 0) return;
    const fileName = this.string(dependency, "fileName", pointer, true);
    const filePath = this.string(dependency, "filePath", pointer);
    let purl;
    const [firstPackage] = this.array(dependency, "packages", pointer);
    if (firstPackage !== void 0) {
      const entry = this.object(firstPackage, `${pointer}/packages/0`, "a package object with id");
      if (entry !== void 0) purl = this.string(entry, "id", `${pointer}/packages/0`, true);
    }
    const vulnerabilities = this.array(dependency, "vulnerabilities", pointer);
    this.suppressed += this.array(dependency, "suppressedVulnerabilities", pointer).length;
    this.vulnerabilities += vulnerabilities.length;
    if (vulnerabilities.length === 0) return;
    const parsed = purl !== void 0 ? parsePurl(purl) : void 0;
    let pkg;
    if (parsed !== void 0 && purl !== void 0) {
      pkg = { name: parsed.name, ecosystem: parsed.ecosystem, purl: purl.trim() };
      if (parsed.version !== void 0) pkg.version = parsed.version;
    } else {
      pkg = { name: fileName ?? "" };
    }
    const location = {};
    const rawPath = filePath !== void 0 && filePath.trim() !== "" ? filePath : fileName ?? "";
    if (rawPath.trim() !== "") location.path = normalizePath(this.context.root, rawPath);
    vulnerabilities.forEach(
      (entry, index2) => this.vulnerability(entry, `${pointer}/vulnerabilities/${index2}`, pkg, location)
    );
  }
  severity(vuln, pointer) {
    const word = this.string(vuln, "severity", pointer);
    const cvss3 = isObject3(vuln.cvssv3) ? vuln.cvssv3 : void 0;
    const cvss2 = isObject3(vuln.cvssv2) ? vuln.cvssv2 : void 0;
    const candidates = [
      [word, "dependency-check", "/severity"],
      [cvss3?.baseSeverity, "dependency-check cvssv3", "/cvssv3/baseSeverity"],
      [cvss2?.severity, "dependency-check cvssv2", "/cvssv2/severity"]
    ];
    for (const [value, label, suffix] of candidates) {
      if (typeof value !== "string" || value.trim() === "") continue;
      const severity = severityFromWord(value);
      if (severity !== void 0 && severity !== "unknown")
        return { severity, severitySource: `${label} ${value.trim()}` };
      if (severity === void 0)
        this.warnings.push(
          `${this.input.path}: ${pointer}${suffix}: '${value}' is not a severity word; the next severity field was used.`
        );
    }
    const score = cvss3?.baseScore;
    if (typeof score === "number") {
      const severity = severityFromScore(score);
      if (severity !== void 0) return { severity, severitySource: `dependency-check cvssv3 ${score}` };
    }
    return { severity: "unknown", severitySource: "no severity in dependency-check" };
  }
  vulnerability(value, pointer, pkg, location) {
    const vuln = this.object(value, pointer, "a vulnerability object with name");
    if (vuln === void 0) return;
    const name = this.string(vuln, "name", pointer, true)?.trim();
    const description = this.string(vuln, "description", pointer);
    const cwes = [];
    this.array(vuln, "cwes", pointer).forEach((cwe, index2) => {
      if (typeof cwe === "string") cwes.push(cwe);
      else this.problem(`${pointer}/cwes/${index2}`, `got ${describe(cwe)}`, "a string");
    });
    if (vuln.cvssv3 !== void 0 && vuln.cvssv3 !== null && !isObject3(vuln.cvssv3))
      this.problem(`${pointer}/cvssv3`, `got ${describe(vuln.cvssv3)}`, "an object");
    if (vuln.cvssv2 !== void 0 && vuln.cvssv2 !== null && !isObject3(vuln.cvssv2))
      this.problem(`${pointer}/cvssv2`, `got ${describe(vuln.cvssv2)}`, "an object");
    const severity = this.severity(vuln, pointer);
    if (name === void 0 || name === "") {
      if (name === "") this.problem(`${pointer}/name`, "the name is empty", "a vulnerability id");
      return;
    }
    const aliases = normalizeAliases(isCve(name) || isGhsa(name) || ADVISORY_ID.test(name) ? [name] : []);
    this.findings.push({
      identityKey: dependencyIdentity(name, aliases, pkg),
      run: 0,
      scanType: this.scanType,
      ruleId: name,
      // NVD descriptions open with a one-line summary paragraph; the rest is detail.
      title: capTitle((description ?? "").trim().split(/\n\s*\n/)[0] ?? "") || capTitle(name),
      ...severity,
      aliases,
      cwe: normalizeCwes(cwes),
      location: { ...location },
      package: { ...pkg },
      sources: [
        {
          input: this.input.path,
          format: FORMAT3,
          tool: TOOL3,
          ...this.toolVersion !== void 0 ? { toolVersion: this.toolVersion } : {},
          pointer
        }
      ]
    });
  }
};
async function parse4(input, context) {
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED3);
  if (!isObject3(document3) || isSarif(document3) || !("dependencies" in document3)) {
    const what = isObject3(document3) ? isSarif(document3) ? "a SARIF log" : "an object without 'dependencies'" : describe(document3);
    throw new InputError(`${input.path}: (root): got ${what} (expected ${EXPECTED3}).`);
  }
  const scanInfo = isObject3(document3.scanInfo) ? document3.scanInfo : void 0;
  const toolVersion = typeof scanInfo?.engineVersion === "string" && scanInfo.engineVersion.trim() !== "" ? scanInfo.engineVersion.trim() : void 0;
  const scanType = context.scanType ?? "dependency";
  const reader = new DependencyCheckReader(input, context, toolVersion, scanType);
  if (scanInfo === void 0)
    reader.problem(
      "/scanInfo",
      document3.scanInfo === void 0 ? "the key is missing" : `got ${describe(document3.scanInfo)}`,
      "an object with engineVersion"
    );
  if (document3.reportSchema !== void 0 && document3.reportSchema !== "1.1")
    reader.warnings.push(
      `${input.path}: /reportSchema: Dependency-Check report schema ${JSON.stringify(document3.reportSchema)} is not the version this reader knows (1.1); read as 1.1.`
    );
  if (!Array.isArray(document3.dependencies))
    reader.problem("/dependencies", `got ${describe(document3.dependencies)}`, "an array");
  else document3.dependencies.forEach((dependency, index2) => reader.dependency(dependency, `/dependencies/${index2}`));
  const problems = [];
  if (scanInfo !== void 0)
    reader.array(scanInfo, "analysisExceptions", "/scanInfo").forEach((entry, index2) => {
      const exception = isObject3(entry) && isObject3(entry.exception) ? entry.exception : isObject3(entry) ? entry : {};
      const message = typeof exception.message === "string" ? exception.message.trim() : "";
      problems.push(
        `Dependency-Check reported an analysis exception (/scanInfo/analysisExceptions/${index2})${message !== "" ? `: ${capTitle(message)}` : ""}`
      );
    });
  reader.throwIfProblems();
  if (reader.suppressed > 0)
    reader.warnings.push(
      `${input.path}: ${reader.suppressed} vulnerabilit${reader.suppressed === 1 ? "y was" : "ies were"} suppressed by a Dependency-Check suppression file (suppressedVulnerabilities) and not counted.`
    );
  const run2 = {
    tool: TOOL3,
    ...toolVersion !== void 0 ? { toolVersion } : {},
    scanType,
    completed: problems.length === 0,
    problems,
    resultCount: reader.vulnerabilities
  };
  return { findings: reader.findings, runs: [run2], warnings: reader.warnings };
}
var dependencyCheck = {
  id: FORMAT3,
  title: "OWASP Dependency-Check JSON",
  detection: "a JSON object with a 'dependencies' array and a 'scanInfo' object ('reportSchema' or 'engineVersion')",
  scanTypes: ["dependency"],
  detect: detect3,
  parse: parse4
};

// src/ingest/gitlab.ts
var FORMAT4 = "gitlab";
var MAX_TITLE4 = 300;
var UNNAMED_TOOL = "GitLab security report";
var EXPECTED4 = "a GitLab security report: an object with 'version' and a 'vulnerabilities' array";
var REPORT_TYPES = {
  sast: "sast",
  secret_detection: "secret",
  dependency_scanning: "dependency",
  container_scanning: "container"
};
var SEVERITY_WORDS2 = ["critical", "high", "medium", "low", "info", "unknown", "undefined"];
function isObject4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf3(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function found3(value) {
  return value === void 0 ? "the key is missing" : `found ${kindOf3(value)}`;
}
function str3(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function positive3(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : void 0;
}
function cap3(text3) {
  const first = text3.split(/\r?\n/, 1)[0]?.trim() ?? "";
  return first.length > MAX_TITLE4 ? `${first.slice(0, MAX_TITLE4 - 1)}…` : first;
}
function detect4(sample) {
  const doc = sample.document;
  if (doc !== void 0) {
    if (!isObject4(doc) || typeof doc.version !== "string" || !Array.isArray(doc.vulnerabilities)) return "no";
    if (isObject4(doc.scan) && typeof doc.scan.type === "string") return "certain";
    const first = doc.vulnerabilities[0];
    if (isObject4(first)) return Array.isArray(first.identifiers) && isObject4(first.location) ? "certain" : "no";
    return Array.isArray(doc.remediations) ? "certain" : "possible";
  }
  const head = sample.head.slice(0, 8192);
  return /^\s*\{/.test(head) && /"vulnerabilities"\s*:\s*\[/.test(head) && /"identifiers"\s*:\s*\[/.test(head) ? "certain" : "no";
}
function reportTypeOf(vulnerability, scanType) {
  if (scanType !== void 0) return scanType;
  const category = str3(vulnerability.category);
  if (category !== void 0) return category;
  const location = isObject4(vulnerability.location) ? vulnerability.location : {};
  const dependency = isObject4(location.dependency) ? location.dependency : {};
  const pkg = isObject4(dependency.package) ? dependency.package : {};
  if (str3(pkg.name) === void 0) return "sast";
  return str3(location.image) !== void 0 ? "container_scanning" : "dependency_scanning";
}
function readIdentifiers(value, pointer, file) {
  if (!Array.isArray(value) || value.length === 0)
    throw new InputError(
      `${file}: ${pointer}/identifiers: ${Array.isArray(value) ? "found an empty array" : found3(value)} (expected at least one identifier; the first is the primary id).`
    );
  return value.map((entry, i) => {
    const value2 = isObject4(entry) ? str3(entry.value) : void 0;
    if (!isObject4(entry) || value2 === void 0)
      throw new InputError(
        `${file}: ${pointer}/identifiers/${i}: ${found3(entry)}${isObject4(entry) ? " without a value" : ""} (expected an identifier with type, name and value).`
      );
    const name = str3(entry.name);
    return { type: (str3(entry.type) ?? "").toLowerCase(), ...name ? { name } : {}, value: value2 };
  });
}
function readVulnerability(vulnerability, pointer, rc, scanTool) {
  const file = rc.input.path;
  if (!isObject4(vulnerability))
    throw new InputError(`${file}: ${pointer}: the vulnerability is ${kindOf3(vulnerability)} (expected an object).`);
  const reportType = reportTypeOf(vulnerability, rc.scanReportType);
  const typeScan = REPORT_TYPES[reportType];
  if (typeScan === void 0)
    throw new InputError(
      `${file}: ${pointer}: the report type '${reportType}' is not supported (expected sast, secret_detection, dependency_scanning or container_scanning).`
    );
  const identifiers = readIdentifiers(vulnerability.identifiers, pointer, file);
  const primary = identifiers[0];
  const aliases = normalizeAliases(
    identifiers.filter((i) => i.type === "cve" || i.type === "ghsa" || isCve(i.value) || isGhsa(i.value)).map((i) => i.value)
  );
  const cwe = normalizeCwes(identifiers.filter((i) => i.type === "cwe").flatMap((i) => [i.name, i.value]));
  let severity = "unknown";
  let severitySource = "no severity in gitlab report";
  if (vulnerability.severity !== void 0 && vulnerability.severity !== null) {
    const word = typeof vulnerability.severity === "string" ? vulnerability.severity.trim() : void 0;
    const lower = word?.toLowerCase();
    const mapped = lower === "undefined" ? "unknown" : lower && SEVERITY_WORDS2.includes(lower) ? severityFromWord(lower) : void 0;
    if (word === void 0 || mapped === void 0)
      throw new InputError(
        `${file}: ${pointer}/severity: ${word === void 0 ? found3(vulnerability.severity) : `'${word}' is not a GitLab severity`} (expected Critical, High, Medium, Low, Info or Unknown).`
      );
    severity = mapped;
    severitySource = `gitlab ${word}`;
  }
  if (!isObject4(vulnerability.location))
    throw new InputError(
      `${file}: ${pointer}/location: ${found3(vulnerability.location)} (expected the location object).`
    );
  const loc = vulnerability.location;
  const location = {};
  const scanType = rc.context.scanType ?? typeScan;
  let ruleId = primary.value;
  let pkg;
  let identityKey;
  const scanner = isObject4(vulnerability.scanner) ? vulnerability.scanner : {};
  const tool = str3(scanner.name) ?? str3(scanner.id) ?? scanTool.name ?? UNNAMED_TOOL;
  const toolVersion = str3(scanner.version) ?? (tool === scanTool.name ? scanTool.version : void 0);
  if (typeScan === "dependency" || typeScan === "container") {
    const dependency = isObject4(loc.dependency) ? loc.dependency : {};
    const name = isObject4(dependency.package) ? str3(dependency.package.name) : void 0;
    if (name === void 0)
      throw new InputError(
        `${file}: ${pointer}/location/dependency/package/name: the ${reportType} finding names no package (expected the vulnerable package).`
      );
    const rawPath = typeScan === "container" ? str3(loc.image) : str3(loc.file);
    if (rawPath !== void 0)
      location.path = typeScan === "container" ? rawPath : normalizePath(rc.context.root, rawPath);
    const version = str3(dependency.version);
    const ecosystem = typeScan === "dependency" && rawPath !== void 0 ? rc.ecosystems.get(rawPath) : void 0;
    pkg = { name, ...version ? { version } : {}, ...ecosystem ? { ecosystem } : {} };
    ruleId = primaryVulnerabilityId(primary.value, aliases);
    identityKey = dependencyIdentity(primary.value, aliases, pkg);
  } else {
    const rawPath = str3(loc.file);
    if (rawPath !== void 0) location.path = normalizePath(rc.context.root, rawPath);
    const startLine = positive3(loc.start_line);
    const endLine = positive3(loc.end_line);
    if (startLine !== void 0) location.startLine = startLine;
    if (startLine !== void 0 && endLine !== void 0 && endLine >= startLine) location.endLine = endLine;
    identityKey = typeScan === "secret" ? secretIdentity(location) : codeIdentity(tool, primary.value, location);
  }
  const title = str3(vulnerability.name) ?? str3(vulnerability.message) ?? primary.name ?? ruleId;
  const finding = {
    identityKey,
    run: 0,
    scanType,
    ruleId,
    title: cap3(title) || ruleId,
    severity,
    severitySource,
    aliases,
    cwe,
    location,
    sources: [{ input: file, format: FORMAT4, tool, ...toolVersion ? { toolVersion } : {}, pointer }]
  };
  if (pkg) finding.package = pkg;
  return { finding, tool, toolVersion };
}
function readEcosystems(value) {
  const map = /* @__PURE__ */ new Map();
  if (!Array.isArray(value)) return map;
  for (const entry of value)
    if (isObject4(entry) && str3(entry.path) && str3(entry.package_manager))
      map.set(str3(entry.path), str3(entry.package_manager));
  return map;
}
async function parse5(input, context) {
  const file = input.path;
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED4);
  if (!isObject4(document3))
    throw new InputError(
      `${file}: the document is ${kindOf3(document3)}, not a GitLab security report (expected ${EXPECTED4}).`
    );
  if (typeof document3.version !== "string")
    throw new InputError(
      `${file}: /version: ${found3(document3.version)} (expected the report schema version, e.g. "15.0.0").`
    );
  if (!Array.isArray(document3.vulnerabilities))
    throw new InputError(
      `${file}: /vulnerabilities: ${found3(document3.vulnerabilities)} (expected an array of vulnerabilities).`
    );
  const warnings = [];
  const scan = isObject4(document3.scan) ? document3.scan : void 0;
  const scanner = scan && isObject4(scan.scanner) ? scan.scanner : {};
  const scanTool = { name: str3(scanner.name), version: str3(scanner.version) };
  const scanReportType = scan ? str3(scan.type) : void 0;
  if (scanReportType !== void 0 && REPORT_TYPES[scanReportType] === void 0)
    throw new InputError(
      `${file}: /scan/type: the report type '${scanReportType}' is not supported (expected sast, secret_detection, dependency_scanning or container_scanning).`
    );
  if (scan && str3(scan.status) === "failure")
    throw new InputError(
      `${file}: /scan/status: the report says the ${scanTool.name ?? "GitLab"} scan failed (expected status 'success'; a failed scan is not a clean one).`
    );
  if (scan && Array.isArray(scan.messages))
    scan.messages.forEach((message, i) => {
      if (isObject4(message) && (message.level === "warn" || message.level === "fatal") && str3(message.value))
        warnings.push(
          `${file}: /scan/messages/${i}: the analyzer reported (${String(message.level)}): ${cap3(str3(message.value))}.`
        );
    });
  const rc = { input, context, scanReportType, ecosystems: readEcosystems(document3.dependency_files) };
  const findings = [];
  const runs = [];
  const runIndex = /* @__PURE__ */ new Map();
  const addRun = (tool, toolVersion, scanType) => {
    const known = runIndex.get(tool);
    if (known !== void 0) return known;
    runIndex.set(tool, runs.length);
    runs.push({
      tool,
      ...toolVersion ? { toolVersion } : {},
      scanType,
      completed: true,
      problems: [],
      resultCount: 0
    });
    return runs.length - 1;
  };
  const reportScanType = scanReportType !== void 0 ? REPORT_TYPES[scanReportType] : void 0;
  if (scan) addRun(scanTool.name ?? UNNAMED_TOOL, scanTool.version, context.scanType ?? reportScanType ?? "sast");
  document3.vulnerabilities.forEach((vulnerability, i) => {
    const read = readVulnerability(vulnerability, `/vulnerabilities/${i}`, rc, scanTool);
    const run2 = scan ? 0 : addRun(read.tool, read.toolVersion, read.finding.scanType);
    read.finding.run = run2;
    runs[run2].resultCount += 1;
    findings.push(read.finding);
  });
  if (runs.length === 0) addRun(UNNAMED_TOOL, void 0, context.scanType ?? "sast");
  return { findings, runs, warnings };
}
var gitlab = {
  id: FORMAT4,
  title: "GitLab security report (SAST, secret detection, dependency and container scanning)",
  detection: "an object with a 'version' string and a 'vulnerabilities' array whose entries have 'identifiers' and 'location' (or a 'scan' object with a type)",
  scanTypes: ["sast", "secret", "dependency", "container"],
  detect: detect4,
  parse: parse5
};

// src/ingest/gitleaks.ts
var FORMAT5 = "gitleaks";
var TOOL4 = "Gitleaks";
var MAX_TITLE5 = 300;
var EXPECTED5 = "an array of gitleaks findings, or null for an empty report";
function isObject5(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf4(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function cap4(text3) {
  const line2 = text3.split(/\r?\n/, 1)[0]?.trim() ?? "";
  return line2.length > MAX_TITLE5 ? `${line2.slice(0, MAX_TITLE5 - 1)}…` : line2;
}
function isV8(entry) {
  return typeof entry.RuleID === "string";
}
function isV7(entry) {
  return typeof entry.rule === "string" && typeof entry.file === "string";
}
function detect5(sample) {
  const doc = sample.document;
  if (doc !== void 0) {
    if (!Array.isArray(doc)) return "no";
    if (doc.length === 0) return "possible";
    const first = doc[0];
    if (!isObject5(first)) return "no";
    if (isV8(first) && ("File" in first || "StartLine" in first)) return "certain";
    if (isV7(first) && ("offender" in first || "commit" in first || "lineNumber" in first)) return "certain";
    return "no";
  }
  const head = sample.head.slice(0, 4096);
  if (!/^\s*\[/.test(head)) return "no";
  if (/"RuleID"\s*:/.test(head) && /"StartLine"\s*:/.test(head)) return "certain";
  if (/"rule"\s*:/.test(head) && /"offender"\s*:/.test(head)) return "certain";
  return "no";
}
function readLine(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : void 0;
}
function readFinding(entry, pointer, input, context) {
  const file = input.path;
  if (!isObject5(entry))
    throw new InputError(`${file}: ${pointer}: the entry is ${kindOf4(entry)} (expected a gitleaks finding object).`);
  let ruleId;
  let title;
  let rawPath;
  let startLine;
  let endLine;
  let startColumn;
  if (isV8(entry)) {
    ruleId = entry.RuleID.trim();
    if (typeof entry.File !== "string")
      throw new InputError(
        `${file}: ${pointer}/File: the finding has ${entry.File === void 0 ? "no File" : `a File that is ${kindOf4(entry.File)}`} (expected the path of the file the secret is in).`
      );
    rawPath = entry.File;
    const description = typeof entry.Description === "string" ? entry.Description.trim() : "";
    title = description !== "" ? description : ruleId;
    startLine = readLine(entry.StartLine);
    endLine = readLine(entry.EndLine);
    startColumn = readLine(entry.StartColumn);
  } else if (isV7(entry)) {
    ruleId = entry.rule.trim();
    title = ruleId;
    rawPath = entry.file;
    startLine = readLine(entry.lineNumber);
  } else {
    throw new InputError(
      `${file}: ${pointer}: the entry has neither 'RuleID' (gitleaks v8) nor 'rule' and 'file' (gitleaks v7 and earlier) (expected a gitleaks finding).`
    );
  }
  if (ruleId === "")
    throw new InputError(
      `${file}: ${pointer}: the finding has an empty rule id (expected the gitleaks rule that matched).`
    );
  const location = {};
  const path = typeof rawPath === "string" && rawPath.trim() !== "" ? normalizePath(context.root, rawPath) : "";
  if (path !== "") location.path = path;
  if (startLine !== void 0) location.startLine = startLine;
  if (endLine !== void 0 && startLine !== void 0 && endLine >= startLine) location.endLine = endLine;
  if (startColumn !== void 0) location.startColumn = startColumn;
  const scanType = context.scanType ?? "secret";
  return {
    identityKey: secretIdentity(location, ruleId),
    run: 0,
    scanType,
    ruleId,
    title: cap4(title) || ruleId,
    severity: "unknown",
    severitySource: "no severity in gitleaks",
    aliases: [],
    cwe: [],
    location,
    sources: [{ input: file, format: FORMAT5, tool: TOOL4, pointer }]
  };
}
async function parse6(input, context) {
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED5);
  const scanType = context.scanType ?? "secret";
  const warnings = [];
  if (document3 === null) {
    warnings.push(
      `${input.path}: the report is the literal null, which gitleaks writes when it finds no leaks; counted as a completed scan with 0 findings.`
    );
    return { findings: [], runs: [{ tool: TOOL4, scanType, completed: true, problems: [], resultCount: 0 }], warnings };
  }
  if (!Array.isArray(document3))
    throw new InputError(
      `${input.path}: the document is ${kindOf4(document3)}, not a gitleaks report (expected ${EXPECTED5}).`
    );
  const findings = document3.map((entry, index2) => readFinding(entry, `/${index2}`, input, context));
  return {
    findings,
    runs: [{ tool: TOOL4, scanType, completed: true, problems: [], resultCount: document3.length }],
    warnings
  };
}
var gitleaks = {
  id: FORMAT5,
  title: "Gitleaks JSON (v8, v7 and earlier)",
  detection: "a JSON array of objects with 'RuleID' and 'File'/'StartLine' (v8), or 'rule' and 'file' with 'offender'/'commit' (v7 and earlier)",
  scanTypes: ["secret"],
  detect: detect5,
  parse: parse6
};

// src/ingest/govulncheck.ts
var FORMAT6 = "govulncheck";
var TOOL5 = "govulncheck";
var ECOSYSTEM = "golang";
var MAX_TITLE6 = 300;
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe2(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `the ${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;
}
function capText(text3, max) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function positionOf(text3, index2) {
  const { line: line2, column } = lineColumnAt(text3, index2);
  return `line ${line2}, column ${column} (byte ${Buffer.byteLength(text3.slice(0, index2))})`;
}
function splitJsonStream(text3, input) {
  const values = [];
  const length = text3.length;
  let line2 = 1;
  let i = 0;
  while (i < length) {
    const c = text3.charCodeAt(i);
    if (c === 10) {
      line2 += 1;
      i += 1;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i += 1;
      continue;
    }
    if (c !== 123 && c !== 91)
      throw new InputError(
        `${input.path}: ${positionOf(text3, i)}: found ${JSON.stringify(text3[i])} between JSON values (expected '{' to start the next govulncheck message).`
      );
    const start = i;
    const startLine = line2;
    let depth = 0;
    let inString = false;
    let closed = false;
    for (; i < length; i += 1) {
      const ch = text3.charCodeAt(i);
      if (ch === 10) line2 += 1;
      if (inString) {
        if (ch === 92) {
          i += 1;
          if (text3.charCodeAt(i) === 10) line2 += 1;
        } else if (ch === 34) inString = false;
      } else if (ch === 34) inString = true;
      else if (ch === 123 || ch === 91) depth += 1;
      else if (ch === 125 || ch === 93) {
        depth -= 1;
        if (depth === 0) {
          i += 1;
          closed = true;
          break;
        }
      }
    }
    if (!closed)
      throw new InputError(
        `${input.path}: ${positionOf(text3, length)}: the stream ends inside ${inString ? "a string of " : ""}the JSON value that starts at line ${startLine} (truncated?); expected complete govulncheck JSON messages.`
      );
    const slice = text3.slice(start, i);
    let value;
    try {
      value = JSON.parse(slice);
    } catch (error) {
      const message = error.message;
      const match = /at position (\d+)/.exec(message);
      const index2 = start + (match ? Number(match[1]) : 0);
      const reason = message.replace(/ in JSON at position \d+.*$/s, "");
      throw new InputError(
        `${input.path}: ${positionOf(text3, index2)}: invalid JSON in the message that starts at line ${startLine}: ${reason} (expected a govulncheck JSON message).`
      );
    }
    if (slice.includes('"__proto__"')) parseJsonText(slice, { path: `${input.path}: line ${startLine}` });
    values.push({ value, pointer: `line ${startLine}` });
  }
  return values;
}
var RANK = { called: 3, imported: 2, required: 1 };
var TITLE_SUFFIX = {
  called: "called: a vulnerable symbol is reachable",
  imported: "imported, no vulnerable symbol called",
  required: "required, no vulnerable package imported"
};
function readFinding2(input, entry, finding) {
  const where = `${input.path}: ${entry.pointer}`;
  if (!isRecord(finding)) throw new InputError(`${where}: finding is ${describe2(finding)} (expected {osv, trace}).`);
  if (typeof finding.osv !== "string" || finding.osv === "")
    throw new InputError(`${where}: finding.osv is ${describe2(finding.osv)} (expected the OSV id, e.g. GO-2023-1840).`);
  const trace = finding.trace;
  if (!Array.isArray(trace) || trace.length === 0)
    throw new InputError(`${where}: finding.trace is ${describe2(trace)} (expected a non-empty array of frames).`);
  const frames = trace.map((frame, index2) => {
    if (!isRecord(frame) || typeof frame.module !== "string" || frame.module === "")
      throw new InputError(
        `${where}: finding.trace[${index2}].module is ${describe2(isRecord(frame) ? frame.module : frame)} (expected the module path).`
      );
    return frame;
  });
  const first = frames[0];
  const level = typeof first.function === "string" && first.function !== "" ? "called" : typeof first.package === "string" && first.package !== "" ? "imported" : "required";
  const group = { osv: finding.osv, module: first.module, level, trace: frames };
  if (typeof first.version === "string" && first.version !== "") group.version = first.version;
  if (typeof finding.fixed_version === "string" && finding.fixed_version !== "")
    group.fixedVersion = finding.fixed_version;
  return group;
}
function locationOf(root, group) {
  if (group.level !== "called") return {};
  const position2 = group.trace[group.trace.length - 1]?.position;
  if (!isRecord(position2) || typeof position2.filename !== "string" || position2.filename === "") return {};
  const location = { path: normalizePath(root, position2.filename) };
  if (typeof position2.line === "number" && Number.isInteger(position2.line) && position2.line > 0)
    location.startLine = position2.line;
  return location;
}
function detect6(sample) {
  try {
    const doc = sample.document;
    const isConfig = (value) => isRecord(value) && isRecord(value.config) && (value.config.scanner_name === "govulncheck" || typeof value.config.protocol_version === "string");
    if (doc !== void 0) {
      if (Array.isArray(doc)) return doc.length > 0 && isConfig(doc[0]) ? "certain" : "no";
      return isConfig(doc) ? "certain" : "no";
    }
    const head = sample.head;
    if (/^\s*\[?\s*\{\s*"config"\s*:\s*\{/.test(head))
      return /"protocol_version"\s*:/.test(head) || /"scanner_name"\s*:\s*"govulncheck"/.test(head) ? "certain" : "possible";
    if (/^\s*\[?\s*\{\s*"(osv|finding|progress|SBOM)"\s*:\s*\{/.test(head)) return "possible";
    return "no";
  } catch {
    return "no";
  }
}
async function parse7(input, context) {
  let messages;
  if (Array.isArray(context.document)) {
    messages = context.document.map((value, index2) => ({ value, pointer: `/${index2}` }));
  } else {
    const text3 = decodeUtf8(input);
    if (/^\s*\[/.test(text3)) {
      const doc = parseJsonText(text3, input, "govulncheck JSON messages");
      messages = doc.map((value, index2) => ({ value, pointer: `/${index2}` }));
    } else {
      if (text3.trim() === "")
        throw new InputError(`${input.path}: the file holds only whitespace; expected govulncheck -json output.`);
      messages = splitJsonStream(text3, input);
    }
  }
  const scanType = context.scanType ?? "dependency";
  const warnings = [];
  const osvById = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  let config;
  let findingCount = 0;
  for (const entry of messages) {
    const { value } = entry;
    if (!isRecord(value))
      throw new InputError(
        `${input.path}: ${entry.pointer}: found ${describe2(value)} (expected a govulncheck message object such as {"finding": ...}).`
      );
    if (value.config !== void 0) {
      if (!isRecord(value.config))
        throw new InputError(
          `${input.path}: ${entry.pointer}: config is ${describe2(value.config)} (expected an object).`
        );
      if (typeof value.config.scanner_name === "string" && value.config.scanner_name !== "govulncheck")
        throw new InputError(
          `${input.path}: ${entry.pointer}: config.scanner_name is ${describe2(value.config.scanner_name)} (expected "govulncheck").`
        );
      config ??= value.config;
    }
    if (value.osv !== void 0) {
      if (!isRecord(value.osv) || typeof value.osv.id !== "string" || value.osv.id === "")
        throw new InputError(
          `${input.path}: ${entry.pointer}: osv.id is ${describe2(isRecord(value.osv) ? value.osv.id : value.osv)} (expected an OSV entry with an id).`
        );
      osvById.set(value.osv.id, value.osv);
    }
    if (value.finding !== void 0) {
      findingCount += 1;
      const read = readFinding2(input, entry, value.finding);
      const key = `${read.osv}\0${read.module}`;
      const existing = groups.get(key);
      if (!existing || RANK[read.level] > RANK[existing.level]) groups.set(key, { ...read, pointer: entry.pointer });
    }
  }
  if (config === void 0) {
    if (osvById.size === 0 && findingCount === 0)
      throw new InputError(
        `${input.path}: the stream has no config, osv or finding message (expected govulncheck -json output).`
      );
    warnings.push(`${input.path}: the stream has no config message; the govulncheck version is unknown.`);
  }
  const toolVersion = typeof config?.scanner_version === "string" ? config.scanner_version : void 0;
  const findings = [];
  for (const group of groups.values()) {
    const osv = osvById.get(group.osv);
    if (!osv)
      warnings.push(
        `${input.path}: ${group.pointer}: the finding names ${group.osv}, but the stream has no osv entry for it.`
      );
    const osvAliases = Array.isArray(osv?.aliases) ? osv.aliases.filter((a) => typeof a === "string") : [];
    const aliases = normalizeAliases([group.osv, ...osvAliases]);
    const summary = typeof osv?.summary === "string" && osv.summary.trim() !== "" ? osv.summary : typeof osv?.details === "string" && osv.details.trim() !== "" ? osv.details : group.osv;
    const suffix = ` (${TITLE_SUFFIX[group.level]})`;
    const pkg = { name: group.module, ecosystem: ECOSYSTEM };
    if (group.version !== void 0) pkg.version = group.version;
    if (group.fixedVersion !== void 0) pkg.fixedVersions = [group.fixedVersion];
    const source = {
      input: input.path,
      format: FORMAT6,
      tool: TOOL5,
      pointer: group.pointer
    };
    if (toolVersion !== void 0) source.toolVersion = toolVersion;
    findings.push({
      scanType,
      ruleId: group.osv,
      title: capText(summary, MAX_TITLE6 - suffix.length) + suffix,
      severity: "unknown",
      severitySource: "no severity in govulncheck",
      aliases,
      cwe: [],
      location: locationOf(context.root, group),
      package: pkg,
      sources: [source],
      identityKey: dependencyIdentity(group.osv, aliases, pkg),
      run: 0
    });
  }
  const run2 = {
    tool: TOOL5,
    scanType,
    completed: true,
    problems: [],
    resultCount: findingCount
  };
  if (toolVersion !== void 0) run2.toolVersion = toolVersion;
  return { findings, runs: [run2], warnings };
}
var govulncheck = {
  id: FORMAT6,
  title: "govulncheck JSON (-json message stream)",
  detection: 'a stream (or array) of JSON messages starting with {"config": {"protocol_version", "scanner_name": "govulncheck"}}',
  scanTypes: ["dependency"],
  detect: detect6,
  parse: parse7
};

// src/ingest/grype.ts
var FORMAT7 = "grype";
var TOOL6 = "grype";
var MAX_TITLE7 = 300;
var MAX_PROBLEMS2 = 20;
var EXPECTED6 = "a Grype JSON report (an object with 'matches')";
var SEVERITY_WORDS3 = ["critical", "high", "medium", "low", "negligible", "unknown"];
function isObject6(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe3(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string '${value.length > 40 ? `${value.slice(0, 40)}...` : value}'`;
  return `the ${typeof value} ${String(value)}`;
}
function capTitle2(text3) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TITLE7 ? `${flat.slice(0, MAX_TITLE7 - 1)}…` : flat;
}
function isSarif2(doc) {
  return Array.isArray(doc.runs) || typeof doc.$schema === "string" && /sarif/i.test(doc.$schema);
}
function detect7(sample) {
  const doc = sample.document;
  if (doc === void 0) {
    const head = sample.head.slice(0, 4096);
    return /^\s*\{\s*"matches"\s*:/.test(head) ? "possible" : "no";
  }
  if (!isObject6(doc) || isSarif2(doc) || !Array.isArray(doc.matches)) return "no";
  const descriptor = isObject6(doc.descriptor) ? doc.descriptor : void 0;
  if (typeof descriptor?.name === "string" && /grype/i.test(descriptor.name)) return "certain";
  if (isObject6(doc.source) && typeof doc.source.type === "string") return "certain";
  return "possible";
}
var GrypeReader = class {
  constructor(input, context, tool, toolVersion, scanType) {
    this.input = input;
    this.context = context;
    this.tool = tool;
    this.toolVersion = toolVersion;
    this.scanType = scanType;
  }
  input;
  context;
  tool;
  toolVersion;
  scanType;
  findings = [];
  problems = [];
  droppedProblems = 0;
  problem(pointer, wrong, expected) {
    if (this.problems.length >= MAX_PROBLEMS2) {
      this.droppedProblems += 1;
      return;
    }
    this.problems.push(`${this.input.path}: ${pointer === "" ? "(root)" : pointer}: ${wrong} (expected ${expected}).`);
  }
  throwIfProblems() {
    const [first] = this.problems;
    if (first === void 0) return;
    if (this.problems.length === 1) throw new InputError(first);
    const total = this.problems.length + this.droppedProblems;
    const list3 = this.droppedProblems > 0 ? [...this.problems, `... and ${this.droppedProblems} more`] : this.problems;
    throw new InputError(`${this.input.path}: ${total} problems make this an invalid Grype JSON report.`, list3);
  }
  object(value, pointer, expected) {
    if (isObject6(value)) return value;
    this.problem(pointer, value === void 0 ? "the key is missing" : `got ${describe3(value)}`, expected);
    return void 0;
  }
  array(obj, key, pointer) {
    const value = obj[key];
    if (value === void 0 || value === null) return [];
    if (Array.isArray(value)) return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describe3(value)}`, "an array");
    return [];
  }
  string(obj, key, pointer, required = false) {
    const value = obj[key];
    if (value === void 0 || value === null) {
      if (required) this.problem(`${pointer}/${escapePointer(key)}`, "the key is missing", "a string");
      return void 0;
    }
    if (typeof value === "string") return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describe3(value)}`, "a string");
    return void 0;
  }
  /** A Grype severity word; `undefined` with a problem recorded when it is not one. */
  severityWord(word, pointer) {
    const lower = word.trim().toLowerCase();
    if (SEVERITY_WORDS3.includes(lower)) return severityFromWord(lower);
    this.problem(pointer, `'${word}' is not a Grype severity`, "Critical, High, Medium, Low, Negligible or Unknown");
    return void 0;
  }
  match(value, pointer) {
    const match = this.object(value, pointer, "a Grype match object");
    if (match === void 0) return;
    const vuln = this.object(match.vulnerability, `${pointer}/vulnerability`, "a vulnerability object");
    const artifact = this.object(match.artifact, `${pointer}/artifact`, "an artifact object");
    if (vuln === void 0 || artifact === void 0) return;
    const vulnPointer = `${pointer}/vulnerability`;
    const artifactPointer = `${pointer}/artifact`;
    const id = this.string(vuln, "id", vulnPointer, true)?.trim();
    const description = this.string(vuln, "description", vulnPointer);
    const related = [];
    this.array(match, "relatedVulnerabilities", pointer).forEach((entry, index2) => {
      const at = `${pointer}/relatedVulnerabilities/${index2}`;
      const rel = this.object(entry, at, "a related vulnerability object");
      if (rel === void 0) return;
      const relId = this.string(rel, "id", at);
      const relSeverity = this.string(rel, "severity", at);
      const relDescription = this.string(rel, "description", at);
      related.push({
        ...relId !== void 0 ? { id: relId.trim() } : {},
        ...relSeverity !== void 0 ? { severity: relSeverity } : {},
        ...relDescription !== void 0 ? { description: relDescription } : {},
        pointer: at
      });
    });
    let severity;
    let severitySource;
    const word = this.string(vuln, "severity", vulnPointer);
    if (word !== void 0 && word.trim() !== "") {
      severity = this.severityWord(word, `${vulnPointer}/severity`);
      severitySource = `grype ${word.trim()}`;
    } else {
      const rated = related.filter((rel) => rel.severity !== void 0 && rel.severity.trim() !== "").map((rel) => ({ rel, severity: this.severityWord(rel.severity ?? "", `${rel.pointer}/severity`) })).filter((entry) => entry.severity !== void 0).sort((a, b) => rank(b.severity) - rank(a.severity));
      const best = rated[0];
      if (best !== void 0) {
        severity = best.severity;
        severitySource = `grype ${(best.rel.severity ?? "").trim()} (from related ${best.rel.id ?? "vulnerability"})`;
      } else {
        severity = "unknown";
        severitySource = "no severity in grype";
      }
    }
    const name = this.string(artifact, "name", artifactPointer, true);
    const version = this.string(artifact, "version", artifactPointer);
    const type = this.string(artifact, "type", artifactPointer);
    const purl = this.string(artifact, "purl", artifactPointer);
    let path;
    const [firstLocation] = this.array(artifact, "locations", artifactPointer);
    if (firstLocation !== void 0) {
      const location2 = this.object(firstLocation, `${artifactPointer}/locations/0`, "a location object with path");
      if (location2 !== void 0) path = this.string(location2, "path", `${artifactPointer}/locations/0`);
    }
    const fixedVersions2 = [];
    if (vuln.fix !== void 0 && vuln.fix !== null) {
      const fix = this.object(vuln.fix, `${vulnPointer}/fix`, "a fix object");
      if (fix !== void 0)
        this.array(fix, "versions", `${vulnPointer}/fix`).forEach((v, index2) => {
          if (typeof v === "string") fixedVersions2.push(v);
          else this.problem(`${vulnPointer}/fix/versions/${index2}`, `got ${describe3(v)}`, "a version string");
        });
    }
    const fixedIn = this.string(vuln, "fixedInVersion", vulnPointer);
    if (fixedIn !== void 0 && fixedIn.trim() !== "" && !fixedVersions2.includes(fixedIn.trim()))
      fixedVersions2.push(fixedIn.trim());
    if (id === void 0 || id === "" || name === void 0 || severity === void 0) {
      if (id === "") this.problem(`${vulnPointer}/id`, "the id is empty", "a vulnerability id");
      return;
    }
    const aliases = normalizeAliases([id, ...related.map((rel) => rel.id)]);
    const pkg = { name };
    if (version !== void 0 && version !== "") pkg.version = version;
    if (type !== void 0 && type !== "") pkg.ecosystem = type;
    if (purl !== void 0 && purl !== "") pkg.purl = purl;
    if (fixedVersions2.length > 0) pkg.fixedVersions = fixedVersions2;
    const location = {};
    if (path !== void 0 && path.trim() !== "") location.path = normalizePath(this.context.root, path);
    const text3 = description ?? related.find((rel) => rel.description !== void 0)?.description ?? "";
    this.findings.push({
      identityKey: dependencyIdentity(id, aliases, pkg),
      run: 0,
      scanType: this.scanType,
      ruleId: id,
      title: capTitle2(text3) || `${id} in ${name}${pkg.version !== void 0 ? ` ${pkg.version}` : ""}`,
      severity,
      severitySource,
      aliases,
      cwe: [],
      location,
      package: pkg,
      sources: [
        {
          input: this.input.path,
          format: FORMAT7,
          tool: this.tool,
          ...this.toolVersion !== void 0 ? { toolVersion: this.toolVersion } : {},
          pointer
        }
      ]
    });
  }
};
function rank(severity) {
  return ["unknown", "info", "low", "medium", "high", "critical"].indexOf(severity);
}
async function parse8(input, context) {
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED6);
  if (!isObject6(document3) || isSarif2(document3) || !("matches" in document3)) {
    const what = isObject6(document3) ? isSarif2(document3) ? "a SARIF log" : "an object without 'matches'" : describe3(document3);
    throw new InputError(`${input.path}: (root): got ${what} (expected ${EXPECTED6}).`);
  }
  const descriptor = isObject6(document3.descriptor) ? document3.descriptor : {};
  const tool = typeof descriptor.name === "string" && descriptor.name.trim() !== "" ? descriptor.name.trim() : TOOL6;
  const toolVersion = typeof descriptor.version === "string" && descriptor.version.trim() !== "" ? descriptor.version.trim() : void 0;
  const sourceType = isObject6(document3.source) && typeof document3.source.type === "string" ? document3.source.type : "";
  const scanType = context.scanType ?? (sourceType === "image" ? "container" : "dependency");
  const reader = new GrypeReader(input, context, tool, toolVersion, scanType);
  if (document3.descriptor !== void 0 && document3.descriptor !== null && !isObject6(document3.descriptor))
    reader.problem("/descriptor", `got ${describe3(document3.descriptor)}`, "an object with name and version");
  if (document3.source !== void 0 && document3.source !== null && !isObject6(document3.source))
    reader.problem("/source", `got ${describe3(document3.source)}`, "an object with type and target");
  const matches = reader.array(document3, "matches", "");
  matches.forEach((match, index2) => reader.match(match, `/matches/${index2}`));
  const ignored = reader.array(document3, "ignoredMatches", "").length;
  reader.throwIfProblems();
  const warnings = [];
  if (ignored > 0)
    warnings.push(
      `${input.path}: ${ignored} match${ignored === 1 ? " was" : "es were"} ignored by Grype ignore rules (ignoredMatches) and not counted.`
    );
  const run2 = {
    tool,
    ...toolVersion !== void 0 ? { toolVersion } : {},
    scanType,
    completed: true,
    problems: [],
    resultCount: matches.length
  };
  return { findings: reader.findings, runs: [run2], warnings };
}
var grype = {
  id: FORMAT7,
  title: "Grype JSON",
  detection: "a JSON object with a 'matches' array and a 'descriptor' naming grype, or a 'source' with a type",
  scanTypes: ["container", "dependency"],
  detect: detect7,
  parse: parse8
};

// src/ingest/npm-audit.ts
var FORMAT8 = "npm-audit";
var TOOL7 = "npm audit";
var ECOSYSTEM2 = "npm";
var MAX_TITLE8 = 300;
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe4(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `the ${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;
}
function quote(text3, max = 200) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
function capTitle3(text3) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TITLE8 ? `${flat.slice(0, MAX_TITLE8 - 1)}…` : flat;
}
function ghsaFromUrl(url) {
  if (typeof url !== "string") return void 0;
  const match = /GHSA(-[0-9a-z]{4}){3}/i.exec(url);
  return match && isGhsa(match[0]) ? normalizeVulnerabilityId(match[0]) : void 0;
}
function readCwes(value) {
  if (Array.isArray(value)) return normalizeCwes(value);
  if (typeof value === "string") return normalizeCwes(value.match(/cwe-?\d+/gi) ?? []);
  return [];
}
function readSeverity(input, pointer, ...words) {
  const word = words.find((w) => w !== void 0 && w !== null);
  if (word === void 0) return { severity: "unknown", severitySource: "no severity in npm audit" };
  const severity = severityFromWord(word);
  if (severity === void 0)
    throw new InputError(
      `${input.path}: ${pointer}: ${typeof word === "string" ? quote(word) : describe4(word)} is not an npm audit severity (expected info, low, moderate, high or critical).`
    );
  return { severity, severitySource: `npm audit ${String(word)}` };
}
function advisoryRuleId(ghsa, advisoryId) {
  if (ghsa) return ghsa;
  if (typeof advisoryId === "number" || typeof advisoryId === "string" && advisoryId.trim() !== "")
    return `NPM-${String(advisoryId).trim()}`;
  return void 0;
}
function throwIfFailedAudit(input, doc) {
  const hasReport = "advisories" in doc || "vulnerabilities" in doc;
  if (doc.error !== void 0 && doc.error !== null) {
    const error = doc.error;
    const code = isRecord2(error) && typeof error.code === "string" ? error.code : void 0;
    const summary = isRecord2(error) && typeof error.summary === "string" ? error.summary : void 0;
    const text3 = typeof error === "string" ? error : [code, summary].filter(Boolean).join(": ");
    throw new InputError(
      `${input.path}: /error: npm audit failed${text3 ? ` with ${quote(text3)}` : ""} (expected an audit report; an audit that did not run is not a clean scan).`
    );
  }
  if (!hasReport && doc.message !== void 0) {
    const text3 = typeof doc.message === "string" ? doc.message : JSON.stringify(doc.message);
    throw new InputError(
      `${input.path}: /message: npm audit failed with ${quote(text3)} (expected an audit report; an audit that did not run is not a clean scan).`
    );
  }
}
function pushFinding(state, fields) {
  const pkg = { name: fields.name, ecosystem: ECOSYSTEM2 };
  if (fields.version !== void 0) pkg.version = fields.version;
  if (fields.fixedVersions && fields.fixedVersions.length > 0) pkg.fixedVersions = fields.fixedVersions;
  state.findings.push({
    scanType: state.scanType,
    ruleId: fields.ruleId,
    title: capTitle3(fields.title),
    severity: fields.reading.severity,
    severitySource: fields.reading.severitySource,
    aliases: fields.aliases,
    cwe: fields.cwe,
    location: {},
    package: pkg,
    sources: [{ input: state.input.path, format: FORMAT8, tool: TOOL7, pointer: fields.pointer }],
    identityKey: dependencyIdentity(fields.ruleId, fields.aliases, pkg),
    run: 0
  });
}
function parseV1(state, advisories) {
  const { input } = state;
  for (const [key, advisory] of Object.entries(advisories)) {
    const base = `/advisories/${escapePointer(key)}`;
    if (!isRecord2(advisory))
      throw new InputError(`${input.path}: ${base}: found ${describe4(advisory)} (expected an advisory object).`);
    const name = advisory.module_name;
    if (typeof name !== "string" || name === "")
      throw new InputError(
        `${input.path}: ${base}/module_name: found ${describe4(name)} (expected the name of the vulnerable package).`
      );
    const ghsa = ghsaFromUrl(advisory.url) ?? ghsaFromUrl(advisory.github_advisory_id);
    const ruleId = advisoryRuleId(ghsa, advisory.id ?? key);
    if (ruleId === void 0)
      throw new InputError(`${input.path}: ${base}/id: found ${describe4(advisory.id)} (expected the advisory id).`);
    const cves = Array.isArray(advisory.cves) ? advisory.cves.filter((c) => typeof c === "string") : [];
    const aliases = normalizeAliases([...cves, ghsa]);
    const reading = readSeverity(input, `${base}/severity`, advisory.severity);
    const title = typeof advisory.title === "string" && advisory.title.trim() !== "" ? advisory.title : ruleId;
    const patched = advisory.patched_versions;
    const fixedVersions2 = typeof patched === "string" && patched.trim() !== "" && patched.trim() !== "<0.0.0" ? [patched.trim()] : [];
    const common = { ruleId, title, reading, aliases, cwe: readCwes(advisory.cwe), name, fixedVersions: fixedVersions2 };
    if (advisory.findings === void 0 || Array.isArray(advisory.findings) && advisory.findings.length === 0) {
      pushFinding(state, { ...common, pointer: base });
      continue;
    }
    if (!Array.isArray(advisory.findings))
      throw new InputError(
        `${input.path}: ${base}/findings: found ${describe4(advisory.findings)} (expected an array of {version, paths}).`
      );
    const seen = /* @__PURE__ */ new Set();
    advisory.findings.forEach((entry, index2) => {
      const pointer = `${base}/findings/${index2}`;
      if (!isRecord2(entry) || typeof entry.version !== "string" || entry.version === "")
        throw new InputError(
          `${input.path}: ${pointer}: found ${describe4(isRecord2(entry) ? entry.version : entry)} (expected {version, paths} with the installed version).`
        );
      if (seen.has(entry.version)) return;
      seen.add(entry.version);
      pushFinding(state, { ...common, version: entry.version, pointer });
    });
  }
  return Object.keys(advisories).length;
}
function parseV2(state, vulnerabilities) {
  const { input } = state;
  for (const [key, vulnerability] of Object.entries(vulnerabilities)) {
    const base = `/vulnerabilities/${escapePointer(key)}`;
    if (!isRecord2(vulnerability))
      throw new InputError(`${input.path}: ${base}: found ${describe4(vulnerability)} (expected a vulnerable package).`);
    const name = typeof vulnerability.name === "string" && vulnerability.name !== "" ? vulnerability.name : key;
    const via = vulnerability.via;
    if (!Array.isArray(via))
      throw new InputError(
        `${input.path}: ${base}/via: found ${describe4(via)} (expected an array of advisories and package names).`
      );
    const fix = vulnerability.fixAvailable;
    const fixedVersions2 = isRecord2(fix) && fix.name === name && typeof fix.version === "string" ? [fix.version] : [];
    const seen = /* @__PURE__ */ new Set();
    via.forEach((entry, index2) => {
      const pointer = `${base}/via/${index2}`;
      if (typeof entry === "string") return;
      if (!isRecord2(entry))
        throw new InputError(
          `${input.path}: ${pointer}: found ${describe4(entry)} (expected an advisory object or a package name).`
        );
      const source = entry.source;
      const url = typeof entry.url === "string" && entry.url !== "" ? entry.url : void 0;
      const dedupeKey = typeof source === "number" || typeof source === "string" ? `source:${source}` : url;
      if (dedupeKey === void 0)
        throw new InputError(
          `${input.path}: ${pointer}: the advisory has neither 'source' nor 'url' (expected the advisory id or its URL).`
        );
      if (seen.has(dedupeKey)) return;
      seen.add(dedupeKey);
      const ghsa = ghsaFromUrl(url);
      const ruleId = advisoryRuleId(ghsa, source) ?? url;
      const reading = readSeverity(input, `${pointer}/severity`, entry.severity, vulnerability.severity);
      const title = typeof entry.title === "string" && entry.title.trim() !== "" ? entry.title : ruleId;
      pushFinding(state, {
        ruleId,
        title,
        reading,
        aliases: normalizeAliases([ghsa]),
        cwe: readCwes(entry.cwe),
        name,
        fixedVersions: fixedVersions2,
        pointer
      });
    });
  }
  return Object.keys(vulnerabilities).length;
}
function detect8(sample) {
  try {
    const doc = sample.document;
    if (doc !== void 0) {
      if (!isRecord2(doc) || "runs" in doc) return "no";
      if (doc.auditReportVersion === 2 && isRecord2(doc.vulnerabilities)) return "certain";
      if (isRecord2(doc.advisories) && (Array.isArray(doc.actions) || isRecord2(doc.metadata))) return "certain";
      if (isRecord2(doc.error) && doc.error.code === "ENOAUDIT") return "certain";
      if ("auditReportVersion" in doc || isRecord2(doc.advisories)) return "possible";
      if (isRecord2(doc.error) && typeof doc.error.code === "string" && typeof doc.error.summary === "string")
        return "possible";
      return "no";
    }
    const head = sample.head;
    if (!/^\s*\{/.test(head) || /"runs"\s*:\s*\[/.test(head)) return "no";
    if (/"auditReportVersion"\s*:\s*2\b/.test(head) && /"vulnerabilities"\s*:\s*\{/.test(head)) return "possible";
    if (/"advisories"\s*:\s*\{/.test(head) && /"(actions|muted)"\s*:\s*\[/.test(head)) return "possible";
    return "no";
  } catch {
    return "no";
  }
}
async function parse9(input, context) {
  const doc = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, "an npm audit JSON report");
  if (!isRecord2(doc))
    throw new InputError(
      `${input.path}: the document is ${describe4(doc)} (expected an npm audit JSON object with 'advisories' or 'vulnerabilities').`
    );
  throwIfFailedAudit(input, doc);
  const scanType = context.scanType ?? "dependency";
  const state = { input, scanType, findings: [] };
  let resultCount;
  if (doc.auditReportVersion !== void 0 || doc.vulnerabilities !== void 0) {
    if (doc.auditReportVersion !== 2)
      throw new InputError(
        `${input.path}: /auditReportVersion: found ${describe4(doc.auditReportVersion)} (expected 2; npm audit v1 reports have 'advisories' instead).`
      );
    if (!isRecord2(doc.vulnerabilities))
      throw new InputError(
        `${input.path}: /vulnerabilities: found ${describe4(doc.vulnerabilities)} (expected an object keyed by package name).`
      );
    resultCount = parseV2(state, doc.vulnerabilities);
  } else if (doc.advisories !== void 0) {
    if (!isRecord2(doc.advisories))
      throw new InputError(
        `${input.path}: /advisories: found ${describe4(doc.advisories)} (expected an object keyed by advisory id).`
      );
    resultCount = parseV1(state, doc.advisories);
  } else {
    throw new InputError(
      `${input.path}: the document has neither 'advisories' (npm audit v1) nor 'vulnerabilities' (auditReportVersion 2) (expected an npm audit JSON report).`
    );
  }
  return {
    findings: state.findings,
    runs: [{ tool: TOOL7, scanType, completed: true, problems: [], resultCount }],
    warnings: []
  };
}
var npmAudit = {
  id: FORMAT8,
  title: "npm audit JSON (v1 advisories and auditReportVersion 2)",
  detection: "a JSON object with 'auditReportVersion': 2 and a 'vulnerabilities' object, or an 'advisories' object beside 'actions' or 'metadata'",
  scanTypes: ["dependency"],
  detect: detect8,
  parse: parse9
};

// src/ingest/nuclei.ts
var FORMAT9 = "nuclei";
var TOOL8 = "Nuclei";
var MAX_TITLE9 = 300;
var EXPECTED7 = "Nuclei results: one result object per line (-jsonl), or an array of them (-json-export)";
var SEVERITY_WORDS4 = ["info", "low", "medium", "high", "critical", "unknown"];
function isObject7(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf5(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function str4(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function cap5(text3) {
  const line2 = text3.split(/\r?\n/, 1)[0]?.trim() ?? "";
  return line2.length > MAX_TITLE9 ? `${line2.slice(0, MAX_TITLE9 - 1)}…` : line2;
}
function list2(value) {
  if (typeof value === "string") return value.split(",").map((v) => v.trim());
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function templateIdOf(value) {
  return value["template-id"] ?? value.templateID;
}
function isResult(value) {
  return isObject7(value) && typeof templateIdOf(value) === "string" && isObject7(value.info);
}
function detect9(sample) {
  const doc = sample.document;
  if (doc !== void 0) {
    if (isResult(doc)) return "certain";
    if (!Array.isArray(doc)) return "no";
    if (doc.length === 0) return "possible";
    return isResult(doc[0]) ? "certain" : "no";
  }
  const head = sample.head.slice(0, 8192);
  if (!/^\s*[[{]/.test(head)) return "no";
  return /"(template-id|templateID)"\s*:/.test(head) && /"info"\s*:\s*\{/.test(head) ? "certain" : "no";
}
function readResult2(result, pointer, input, context) {
  const file = input.path;
  if (!isObject7(result))
    throw new InputError(`${file}: ${pointer}: the result is ${kindOf5(result)} (expected a Nuclei result object).`);
  const templateId = str4(templateIdOf(result));
  if (templateId === void 0)
    throw new InputError(
      `${file}: ${pointer}: the result has no template-id (or templateID) (expected the id of the template that matched).`
    );
  if (!isObject7(result.info))
    throw new InputError(
      `${file}: ${pointer}: info is ${kindOf5(result.info)} (expected the template's info object with name and severity).`
    );
  const info = result.info;
  let severity = "unknown";
  let severitySource = "no severity in nuclei";
  if (info.severity !== void 0 && info.severity !== null && info.severity !== "") {
    const word = typeof info.severity === "string" ? info.severity.trim() : void 0;
    const mapped = word !== void 0 && SEVERITY_WORDS4.includes(word.toLowerCase()) ? severityFromWord(word) : void 0;
    if (word === void 0 || mapped === void 0)
      throw new InputError(
        `${file}: ${pointer}: info.severity ${word === void 0 ? `is ${kindOf5(info.severity)}` : `'${word}' is not a Nuclei severity`} (expected info, low, medium, high, critical or unknown).`
      );
    severity = mapped;
    severitySource = `nuclei ${word}`;
  }
  const matcher = str4(result["matcher-name"]) ?? str4(result.matcher_name);
  const name = str4(info.name) ?? templateId;
  const classification = isObject7(info.classification) ? info.classification : {};
  const location = {};
  const url = str4(result["matched-at"]) ?? str4(result.matched) ?? str4(result.host) ?? str4(result.url);
  if (url !== void 0) location.url = url;
  return {
    identityKey: dastIdentity(matcher ? `${templateId}:${matcher}` : templateId, location),
    run: 0,
    scanType: context.scanType ?? "dast",
    ruleId: templateId,
    title: cap5(matcher ? `${name} [${matcher}]` : name) || templateId,
    severity,
    severitySource,
    aliases: normalizeAliases(list2(classification["cve-id"])),
    cwe: normalizeCwes(list2(classification["cwe-id"])),
    location,
    sources: [{ input: file, format: FORMAT9, tool: TOOL8, pointer }]
  };
}
function parseLine(text3, line2, last, input) {
  let value;
  try {
    value = JSON.parse(text3);
  } catch (error) {
    const reason = error.message.replace(/ in JSON at position \d+.*$/s, "");
    const truncated = last ? "; the file may be truncated" : "";
    throw new InputError(
      `${input.path}: line ${line2}: invalid JSON: ${reason}${truncated} (expected one Nuclei result object per line).`
    );
  }
  if (text3.includes('"__proto__"')) parseJsonText(text3, { path: `${input.path}: line ${line2}` });
  return value;
}
function readEntries(input, document3) {
  if (document3 !== void 0) {
    if (Array.isArray(document3)) return document3.map((value, i) => ({ value, pointer: `/${i}` }));
    if (isObject7(document3)) return [{ value: document3, pointer: "line 1" }];
    throw new InputError(
      `${input.path}: the document is ${kindOf5(document3)}, not Nuclei output (expected ${EXPECTED7}).`
    );
  }
  const text3 = decodeUtf8(input);
  if (text3.trim() === "") throw new InputError(`${input.path}: the file holds only whitespace (expected ${EXPECTED7}).`);
  if (text3.trimStart().startsWith("[")) return readEntries(input, parseJsonText(text3, input, EXPECTED7));
  const entries = [];
  const lines = text3.split("\n");
  const lastLine = lines.findLastIndex((l) => l.trim() !== "");
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed !== "")
      entries.push({ value: parseLine(trimmed, i + 1, i === lastLine, input), pointer: `line ${i + 1}` });
  });
  return entries;
}
async function parse10(input, context) {
  const entries = readEntries(input, context.document);
  const findings = entries.map(({ value, pointer }) => readResult2(value, pointer, input, context));
  const scanType = context.scanType ?? "dast";
  return {
    findings,
    runs: [{ tool: TOOL8, scanType, completed: true, problems: [], resultCount: entries.length }],
    warnings: []
  };
}
var nuclei = {
  id: FORMAT9,
  title: "Nuclei JSON lines and JSON export",
  detection: "JSON lines, or an array, of objects with 'template-id' (v3) or 'templateID' (v2) and an 'info' object",
  scanTypes: ["dast"],
  detect: detect9,
  parse: parse10
};

// src/ingest/pip-audit.ts
var FORMAT10 = "pip-audit";
var TOOL9 = "pip-audit";
var ECOSYSTEM3 = "pypi";
var MAX_TITLE10 = 300;
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe5(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `the ${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;
}
function quote2(text3, max = 200) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
function capTitle4(text3) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TITLE10 ? `${flat.slice(0, MAX_TITLE10 - 1)}…` : flat;
}
function readStrings(input, pointer, value, what) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
    throw new InputError(`${input.path}: ${pointer}: found ${describe5(value)} (expected an array of ${what}).`);
  return value.filter((v) => v.trim() !== "");
}
function isDependency(value) {
  return isRecord3(value) && typeof value.name === "string" && (Array.isArray(value.vulns) || typeof value.skip_reason === "string");
}
function detect10(sample) {
  try {
    const doc = sample.document;
    if (doc !== void 0) {
      if (Array.isArray(doc)) return doc.length > 0 && doc.every(isDependency) ? "certain" : "no";
      if (!isRecord3(doc) || !Array.isArray(doc.dependencies)) return "no";
      const deps = doc.dependencies;
      if (deps.length > 0) return deps.every(isDependency) ? "certain" : "no";
      return Array.isArray(doc.fixes) ? "certain" : "possible";
    }
    const head = sample.head;
    if (/^\s*[[{]/.test(head) && /"vulns"\s*:\s*\[/.test(head) && /"(fix_versions|skip_reason)"\s*:/.test(head))
      return "possible";
    return "no";
  } catch {
    return "no";
  }
}
async function parse11(input, context) {
  const doc = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, "pip-audit JSON");
  let dependencies;
  let base;
  if (Array.isArray(doc)) {
    dependencies = doc;
    base = "";
  } else if (isRecord3(doc) && Array.isArray(doc.dependencies)) {
    dependencies = doc.dependencies;
    base = "/dependencies";
  } else if (isRecord3(doc)) {
    throw new InputError(
      `${input.path}: /dependencies: found ${describe5(doc.dependencies)} (expected the array of audited dependencies).`
    );
  } else {
    throw new InputError(
      `${input.path}: the document is ${describe5(doc)} (expected a pip-audit JSON object with 'dependencies', or the older top-level array).`
    );
  }
  const scanType = context.scanType ?? "dependency";
  const findings = [];
  const warnings = [];
  let audited = 0;
  let resultCount = 0;
  dependencies.forEach((dependency, index2) => {
    const pointer = `${base}/${index2}`;
    if (!isRecord3(dependency))
      throw new InputError(`${input.path}: ${pointer}: found ${describe5(dependency)} (expected a dependency object).`);
    const name = dependency.name;
    if (typeof name !== "string" || name === "")
      throw new InputError(`${input.path}: ${pointer}/name: found ${describe5(name)} (expected the package name).`);
    if (typeof dependency.skip_reason === "string") {
      warnings.push(`${input.path}: ${pointer}: pip-audit did not audit '${name}': ${quote2(dependency.skip_reason)}.`);
      return;
    }
    const version = dependency.version;
    if (typeof version !== "string" || version === "")
      throw new InputError(
        `${input.path}: ${pointer}/version: found ${describe5(version)} (expected the installed version, or a skip_reason).`
      );
    if (!Array.isArray(dependency.vulns))
      throw new InputError(
        `${input.path}: ${pointer}/vulns: found ${describe5(dependency.vulns)} (expected an array of vulnerabilities).`
      );
    audited += 1;
    resultCount += dependency.vulns.length;
    const seen = /* @__PURE__ */ new Set();
    dependency.vulns.forEach((vuln, vulnIndex) => {
      const vulnPointer = `${pointer}/vulns/${vulnIndex}`;
      if (!isRecord3(vuln))
        throw new InputError(
          `${input.path}: ${vulnPointer}: found ${describe5(vuln)} (expected a vulnerability object).`
        );
      const id = vuln.id;
      if (typeof id !== "string" || id.trim() === "")
        throw new InputError(
          `${input.path}: ${vulnPointer}/id: found ${describe5(id)} (expected the vulnerability id, e.g. PYSEC-2021-76).`
        );
      if (seen.has(id)) return;
      seen.add(id);
      const aliases = normalizeAliases([id, ...readStrings(input, `${vulnPointer}/aliases`, vuln.aliases, "ids")]);
      const fixedVersions2 = readStrings(input, `${vulnPointer}/fix_versions`, vuln.fix_versions, "versions");
      const pkg = { name, version, ecosystem: ECOSYSTEM3 };
      if (fixedVersions2.length > 0) pkg.fixedVersions = fixedVersions2;
      const description = typeof vuln.description === "string" ? vuln.description.trim() : "";
      findings.push({
        scanType,
        ruleId: id,
        title: capTitle4(description !== "" ? description : `${id} in ${name} ${version}`),
        severity: "unknown",
        severitySource: "no severity in pip-audit",
        aliases,
        cwe: [],
        location: {},
        package: pkg,
        sources: [{ input: input.path, format: FORMAT10, tool: TOOL9, pointer: vulnPointer }],
        identityKey: dependencyIdentity(id, aliases, pkg),
        run: 0
      });
    });
  });
  const problems = audited === 0 ? [
    dependencies.length === 0 ? "pip-audit listed no dependencies" : "pip-audit skipped every dependency; nothing was audited"
  ] : [];
  return {
    findings,
    runs: [{ tool: TOOL9, scanType, completed: problems.length === 0, problems, resultCount }],
    warnings
  };
}
var pipAudit = {
  id: FORMAT10,
  title: "pip-audit JSON",
  detection: "a JSON object whose 'dependencies' are {name, version, vulns[]} or {name, skip_reason}, or the older top-level array of them",
  scanTypes: ["dependency"],
  detect: detect10,
  parse: parse11
};

// src/ingest/snyk.ts
var FORMAT11 = "snyk";
var MAX_TITLE11 = 300;
function isRecord4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe6(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `the ${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;
}
function quote3(text3, max = 200) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
function capTitle5(text3) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TITLE11 ? `${flat.slice(0, MAX_TITLE11 - 1)}…` : flat;
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string" && v !== "") : [];
}
var ECOSYSTEMS2 = {
  npm: "npm",
  yarn: "npm",
  pnpm: "npm",
  pip: "pypi",
  pipenv: "pypi",
  poetry: "pypi",
  maven: "maven",
  gradle: "maven",
  sbt: "maven",
  nuget: "nuget",
  paket: "nuget",
  gomodules: "golang",
  golangdep: "golang",
  govendor: "golang",
  rubygems: "gem",
  composer: "composer",
  cocoapods: "cocoapods",
  cargo: "cargo",
  hex: "hex",
  swift: "swift",
  deb: "deb",
  apk: "apk",
  rpm: "rpm"
};
var OS_PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["deb", "apk", "rpm", "linux"]);
function isContainerProject(project) {
  return isRecord4(project.docker) || typeof project.projectName === "string" && project.projectName.startsWith("docker-image|") || typeof project.packageManager === "string" && OS_PACKAGE_MANAGERS.has(project.packageManager.toLowerCase());
}
function isSnykProject(value) {
  return isRecord4(value) && typeof value.ok === "boolean" && Array.isArray(value.vulnerabilities) && (typeof value.packageManager === "string" || typeof value.projectName === "string" || "dependencyCount" in value);
}
function readSeverity2(input, pointer, vulnerability) {
  const field = vulnerability.severityWithCritical !== void 0 ? "severityWithCritical" : "severity";
  const word = vulnerability[field];
  if (word === void 0 || word === null) return { severity: "unknown", severitySource: "no severity in snyk" };
  const severity = severityFromWord(word);
  if (severity === void 0)
    throw new InputError(
      `${input.path}: ${pointer}/${field}: ${typeof word === "string" ? quote3(word) : describe6(word)} is not a Snyk severity (expected low, medium, high or critical).`
    );
  return { severity, severitySource: `snyk ${String(word)}` };
}
function listProjects(input, doc) {
  const top = Array.isArray(doc) ? doc.map((value, index2) => ({ value, pointer: `/${index2}` })) : [{ value: doc, pointer: "" }];
  if (top.length === 0)
    throw new InputError(
      `${input.path}: the document is an empty array (expected Snyk test results for one or more projects).`
    );
  const entries = [];
  for (const { value, pointer } of top) {
    if (!isRecord4(value))
      throw new InputError(
        pointer === "" ? `${input.path}: the document is ${describe6(value)} (expected a Snyk test result object or an array of them).` : `${input.path}: ${pointer}: found ${describe6(value)} (expected a Snyk test result object).`
      );
    const container = isContainerProject(value);
    entries.push({ project: value, pointer, insideContainer: false });
    if (value.applications === void 0) continue;
    if (!Array.isArray(value.applications))
      throw new InputError(
        `${input.path}: ${pointer}/applications: found ${describe6(value.applications)} (expected an array of Snyk test results).`
      );
    value.applications.forEach((application, index2) => {
      const appPointer = `${pointer}/applications/${index2}`;
      if (!isRecord4(application))
        throw new InputError(
          `${input.path}: ${appPointer}: found ${describe6(application)} (expected a Snyk test result object).`
        );
      entries.push({ project: application, pointer: appPointer, insideContainer: container });
    });
  }
  return entries;
}
function readProject(input, context, entry, runIndex) {
  const { project, pointer } = entry;
  if (project.error !== void 0 && project.error !== null && !Array.isArray(project.vulnerabilities)) {
    const text3 = typeof project.error === "string" ? project.error : JSON.stringify(project.error);
    throw new InputError(
      `${input.path}: ${pointer}/error: snyk test failed with ${quote3(text3 ?? "")} (expected test results; a project that was not tested is not a clean scan).`
    );
  }
  let vulnerabilities;
  if (Array.isArray(project.vulnerabilities)) vulnerabilities = project.vulnerabilities;
  else if (project.vulnerabilities === void 0 && project.ok === true) vulnerabilities = [];
  else
    throw new InputError(
      `${input.path}: ${pointer}/vulnerabilities: found ${describe6(project.vulnerabilities)} (expected an array of vulnerabilities).`
    );
  const container = entry.insideContainer || isContainerProject(project);
  const scanType = context.scanType ?? (container ? "container" : "dependency");
  const tool = container ? "Snyk Container" : "Snyk Open Source";
  const target = project.displayTargetFile ?? project.targetFile;
  const location = typeof target === "string" && target !== "" ? { path: normalizePath(context.root, target) } : {};
  const projectManager = typeof project.packageManager === "string" ? project.packageManager : void 0;
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const listedIds = /* @__PURE__ */ new Set();
  const read = (value, itemPointer, suppression) => {
    if (!isRecord4(value))
      throw new InputError(
        `${input.path}: ${itemPointer}: found ${describe6(value)} (expected a vulnerability object).`
      );
    const id = value.id;
    if (typeof id !== "string" || id === "")
      throw new InputError(
        `${input.path}: ${itemPointer}/id: found ${describe6(id)} (expected the Snyk vulnerability id).`
      );
    const name = typeof value.packageName === "string" && value.packageName !== "" ? value.packageName : value.name;
    if (typeof name !== "string" || name === "")
      throw new InputError(
        `${input.path}: ${itemPointer}/packageName: found ${describe6(value.packageName)} (expected the vulnerable package name).`
      );
    const version = typeof value.version === "string" && value.version !== "" ? value.version : void 0;
    if (suppression === void 0) listedIds.add(id);
    const key = `${id}\0${name}\0${version ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    const identifiers = isRecord4(value.identifiers) ? value.identifiers : {};
    const aliases = normalizeAliases([...strings(identifiers.CVE), ...strings(identifiers.GHSA)]);
    const manager = typeof value.packageManager === "string" ? value.packageManager : projectManager;
    const pkg = { name };
    if (version !== void 0) pkg.version = version;
    if (manager !== void 0) pkg.ecosystem = ECOSYSTEMS2[manager.toLowerCase()] ?? manager.toLowerCase();
    const fixedIn = strings(value.fixedIn);
    if (fixedIn.length > 0) pkg.fixedVersions = fixedIn;
    const { severity, severitySource } = readSeverity2(input, itemPointer, value);
    const finding = {
      scanType,
      ruleId: id,
      title: capTitle5(typeof value.title === "string" && value.title.trim() !== "" ? value.title : id),
      severity,
      severitySource,
      aliases,
      cwe: normalizeCwes(strings(identifiers.CWE)),
      location: { ...location },
      package: pkg,
      sources: [{ input: input.path, format: FORMAT11, tool, pointer: itemPointer }],
      identityKey: dependencyIdentity(id, aliases, pkg),
      run: runIndex
    };
    if (suppression) finding.suppressions = [suppression];
    findings.push(finding);
  };
  vulnerabilities.forEach((value, index2) => read(value, `${pointer}/vulnerabilities/${index2}`, void 0));
  const ignored = isRecord4(project.filtered) ? project.filtered.ignore : void 0;
  if (Array.isArray(ignored))
    ignored.forEach((value, index2) => {
      const reasons = isRecord4(value) && isRecord4(value.filtered) ? value.filtered.ignored : void 0;
      const first = Array.isArray(reasons) && isRecord4(reasons[0]) ? reasons[0] : void 0;
      const suppression = { kind: "external", status: "accepted" };
      if (first && typeof first.reason === "string" && first.reason.trim() !== "")
        suppression.justification = capTitle5(first.reason);
      read(value, `${pointer}/filtered/ignore/${index2}`, suppression);
    });
  const warnings = [];
  if (typeof project.uniqueCount === "number" && project.uniqueCount !== listedIds.size)
    warnings.push(
      `${input.path}: ${pointer}/uniqueCount: Snyk counts ${project.uniqueCount} distinct vulnerabilities but the project lists ${listedIds.size}.`
    );
  return {
    findings,
    run: { tool, scanType, completed: true, problems: [], resultCount: vulnerabilities.length },
    warnings
  };
}
function detect11(sample) {
  try {
    const doc = sample.document;
    if (doc !== void 0) {
      if (Array.isArray(doc)) return doc.length > 0 && doc.every(isSnykProject) ? "certain" : "no";
      if (!isRecord4(doc) || "runs" in doc) return "no";
      if (isSnykProject(doc)) return "certain";
      if (typeof doc.ok === "boolean" && typeof doc.error === "string") return "possible";
      return "no";
    }
    const head = sample.head;
    if (/"runs"\s*:\s*\[/.test(head) || !/^\s*[[{]/.test(head)) return "no";
    if (/"vulnerabilities"\s*:\s*\[/.test(head) && /"packageManager"\s*:\s*"/.test(head) && /"(ok|isPrivate)"\s*:/.test(head))
      return "possible";
    return "no";
  } catch {
    return "no";
  }
}
async function parse12(input, context) {
  const doc = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, "Snyk test JSON");
  const findings = [];
  const runs = [];
  const warnings = [];
  for (const entry of listProjects(input, doc)) {
    const result = readProject(input, context, entry, runs.length);
    findings.push(...result.findings);
    runs.push(result.run);
    warnings.push(...result.warnings);
  }
  return { findings, runs, warnings };
}
var snyk = {
  id: FORMAT11,
  title: "Snyk Open Source / Container JSON (snyk test --json)",
  detection: "a JSON object (or array of them) with boolean 'ok', a 'vulnerabilities' array and 'packageManager', 'projectName' or 'dependencyCount'",
  scanTypes: ["dependency", "container"],
  detect: detect11,
  parse: parse12
};

// src/ingest/yarn-audit.ts
var FORMAT12 = "yarn-audit";
var TOOL10 = "yarn audit";
var ECOSYSTEM4 = "npm";
var MAX_TITLE12 = 300;
function isRecord5(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe7(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `the ${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;
}
function quote4(text3, max = 200) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
function capTitle6(text3) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TITLE12 ? `${flat.slice(0, MAX_TITLE12 - 1)}…` : flat;
}
function ghsaIn(text3) {
  if (typeof text3 !== "string") return void 0;
  const match = /GHSA(-[0-9a-z]{4}){3}/i.exec(text3);
  return match && isGhsa(match[0]) ? normalizeVulnerabilityId(match[0]) : void 0;
}
function readCwes2(value) {
  if (Array.isArray(value)) return normalizeCwes(value);
  if (typeof value === "string") return normalizeCwes(value.match(/cwe-?\d+/gi) ?? []);
  return [];
}
function strings2(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string" && v !== "") : [];
}
var YARN1_NOISE = /* @__PURE__ */ new Set([
  "info",
  "warning",
  "auditAction",
  "activityStart",
  "activityTick",
  "activityEnd",
  "progressStart",
  "progressTick",
  "progressFinish",
  "step",
  "tree",
  "table",
  "list",
  "inspect",
  "success"
]);
function readLines(input, text3) {
  const lines = [];
  const raw = text3.split("\n");
  raw.forEach((content3, index2) => {
    const lineText = content3.endsWith("\r") ? content3.slice(0, -1) : content3;
    if (lineText.trim() === "") return;
    const line2 = index2 + 1;
    let value;
    try {
      value = JSON.parse(lineText);
    } catch (error) {
      const message = error.message;
      const match = /at position (\d+)/.exec(message);
      const column = (match ? Number(match[1]) : lineText.length) + 1;
      const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected end of JSON input$/, "the line ends early (truncated?)");
      throw new InputError(
        `${input.path}: line ${line2}, column ${column}: invalid JSON: ${reason} (expected one yarn audit JSON object per line).`
      );
    }
    if (lineText.includes('"__proto__"')) parseJsonText(lineText, { path: `${input.path}: line ${line2}` });
    lines.push({ value, line: line2 });
  });
  return lines;
}
function addFinding(acc, fields) {
  const key = `${fields.ruleId}|${fields.name}|${fields.version ?? ""}`;
  if (acc.byKey.has(key)) return;
  const pkg = { name: fields.name, ecosystem: ECOSYSTEM4 };
  if (fields.version !== void 0) pkg.version = fields.version;
  if (fields.fixedVersions && fields.fixedVersions.length > 0) pkg.fixedVersions = fields.fixedVersions;
  acc.byKey.set(key, acc.findings.length);
  acc.findings.push({
    scanType: acc.scanType,
    ruleId: fields.ruleId,
    title: capTitle6(fields.title),
    severity: fields.severity,
    severitySource: fields.severitySource,
    aliases: fields.aliases,
    cwe: fields.cwe,
    location: {},
    package: pkg,
    sources: [{ input: acc.input.path, format: FORMAT12, tool: TOOL10, pointer: `line ${fields.line}` }],
    identityKey: dependencyIdentity(fields.ruleId, fields.aliases, pkg),
    run: 0
  });
}
function readSeverity3(input, where, word) {
  if (word === void 0 || word === null) return { severity: "unknown", severitySource: "no severity in yarn audit" };
  const severity = severityFromWord(word);
  if (severity === void 0)
    throw new InputError(
      `${input.path}: ${where}: ${typeof word === "string" ? quote4(word) : describe7(word)} is not a yarn audit severity (expected info, low, moderate, high or critical).`
    );
  return { severity, severitySource: `yarn audit ${String(word)}` };
}
function ruleIdOf(ghsa, id) {
  if (ghsa) return ghsa;
  if (typeof id === "number") return `NPM-${id}`;
  if (typeof id === "string" && id.trim() !== "") return /^\d+$/.test(id.trim()) ? `NPM-${id.trim()}` : id.trim();
  return void 0;
}
function readYarn1Advisory(acc, data, line2) {
  const { input } = acc;
  const where = `line ${line2}`;
  const advisory = isRecord5(data) ? data.advisory : void 0;
  if (!isRecord5(advisory))
    throw new InputError(
      `${input.path}: ${where}: data.advisory is ${describe7(advisory)} (expected the advisory object).`
    );
  const name = advisory.module_name;
  if (typeof name !== "string" || name === "")
    throw new InputError(
      `${input.path}: ${where}: data.advisory.module_name is ${describe7(name)} (expected the vulnerable package name).`
    );
  const ghsa = ghsaIn(advisory.github_advisory_id) ?? ghsaIn(advisory.url);
  const ruleId = ruleIdOf(ghsa, advisory.id);
  if (ruleId === void 0)
    throw new InputError(
      `${input.path}: ${where}: data.advisory.id is ${describe7(advisory.id)} (expected the advisory id).`
    );
  const aliases = normalizeAliases([...strings2(advisory.cves), ghsa]);
  const { severity, severitySource } = readSeverity3(input, `${where}: data.advisory.severity`, advisory.severity);
  const title = typeof advisory.title === "string" && advisory.title.trim() !== "" ? advisory.title : ruleId;
  const patched = typeof advisory.patched_versions === "string" ? advisory.patched_versions.trim() : "";
  const fixedVersions2 = patched !== "" && patched !== "<0.0.0" ? [patched] : [];
  const common = {
    ruleId,
    title,
    severity,
    severitySource,
    aliases,
    cwe: readCwes2(advisory.cwe),
    name,
    fixedVersions: fixedVersions2,
    line: line2
  };
  const entries = advisory.findings;
  if (entries !== void 0 && !Array.isArray(entries))
    throw new InputError(
      `${input.path}: ${where}: data.advisory.findings is ${describe7(entries)} (expected an array of {version, paths}).`
    );
  const versions = (entries ?? []).map((entry, index2) => {
    if (!isRecord5(entry) || typeof entry.version !== "string" || entry.version === "")
      throw new InputError(
        `${input.path}: ${where}: data.advisory.findings[${index2}].version is ${describe7(isRecord5(entry) ? entry.version : entry)} (expected the installed version).`
      );
    return entry.version;
  });
  if (versions.length === 0) addFinding(acc, common);
  for (const version of versions) addFinding(acc, { ...common, version });
}
function readBerryLine(acc, value, line2) {
  const { input } = acc;
  const where = `line ${line2}`;
  const name = value.value;
  const children = value.children;
  if (typeof name !== "string" || name === "")
    throw new InputError(`${input.path}: ${where}: value is ${describe7(name)} (expected the vulnerable package name).`);
  const ghsa = ghsaIn(children.URL);
  const ruleId = ruleIdOf(ghsa, children.ID);
  if (ruleId === void 0)
    throw new InputError(
      `${input.path}: ${where}: children.ID is ${describe7(children.ID)} (expected the advisory id).`
    );
  const { severity, severitySource } = readSeverity3(input, `${where}: children.Severity`, children.Severity);
  const title = typeof children.Issue === "string" && children.Issue.trim() !== "" ? children.Issue : ruleId;
  const treeVersions = children["Tree Versions"];
  if (treeVersions !== void 0 && !Array.isArray(treeVersions))
    throw new InputError(
      `${input.path}: ${where}: children["Tree Versions"] is ${describe7(treeVersions)} (expected an array of installed versions).`
    );
  const common = { ruleId, title, severity, severitySource, aliases: normalizeAliases([ghsa]), cwe: [], name, line: line2 };
  const versions = strings2(treeVersions);
  if (versions.length === 0) addFinding(acc, common);
  for (const version of versions) addFinding(acc, { ...common, version });
}
function isBerryLine(value) {
  const children = value.children;
  return typeof value.value === "string" && isRecord5(children) && ("Vulnerable Versions" in children || "ID" in children && "Severity" in children);
}
function isYarn1Line(value) {
  return typeof value.type === "string" && "data" in value;
}
function detect12(sample) {
  try {
    const doc = sample.document;
    if (doc !== void 0 && !isRecord5(doc)) return "no";
    let generic = false;
    const lines = sample.head.split("\n").slice(0, 50);
    for (const text3 of lines) {
      const trimmed = text3.trim();
      if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) continue;
      let value;
      try {
        value = JSON.parse(trimmed);
      } catch {
        continue;
      }
      if (!isRecord5(value)) continue;
      if (isBerryLine(value)) return "certain";
      if (isYarn1Line(value)) {
        if (value.type === "auditAdvisory" || value.type === "auditSummary") return "certain";
        if (Object.keys(value).every((k) => k === "type" || k === "data")) generic = true;
      }
    }
    return generic ? "possible" : "no";
  } catch {
    return "no";
  }
}
async function parse13(input, context) {
  const lines = readLines(input, decodeUtf8(input));
  if (lines.length === 0)
    throw new InputError(`${input.path}: the file holds no JSON lines (expected yarn audit --json output).`);
  const scanType = context.scanType ?? "dependency";
  const acc = { input, scanType, findings: [], byKey: /* @__PURE__ */ new Map() };
  const errors = [];
  const warnings = [];
  let summary;
  let advisoryLines = 0;
  let berryLines = 0;
  let yarn1Lines = 0;
  for (const { value, line: line2 } of lines) {
    if (!isRecord5(value))
      throw new InputError(
        `${input.path}: line ${line2}: found ${describe7(value)} (expected a yarn audit JSON object).`
      );
    if (isBerryLine(value)) {
      berryLines += 1;
      readBerryLine(acc, value, line2);
      continue;
    }
    if (!isYarn1Line(value))
      throw new InputError(
        `${input.path}: line ${line2}: the object is neither a yarn 1 line ({type, data}) nor a yarn berry line ({value, children}) (expected yarn audit --json output).`
      );
    yarn1Lines += 1;
    const type = value.type;
    if (type === "auditAdvisory") {
      advisoryLines += 1;
      readYarn1Advisory(acc, value.data, line2);
    } else if (type === "auditSummary") {
      const counts = isRecord5(value.data) ? value.data.vulnerabilities : void 0;
      if (!isRecord5(counts) || !Object.values(counts).every((n) => typeof n === "number"))
        throw new InputError(
          `${input.path}: line ${line2}: data.vulnerabilities is ${describe7(counts)} (expected counts per severity).`
        );
      summary = { value: counts, line: line2 };
    } else if (type === "error") {
      errors.push({ value: value.data, line: line2 });
    } else if (!YARN1_NOISE.has(type)) {
      warnings.push(`${input.path}: line ${line2}: the yarn line type ${quote4(type)} is not known; it was ignored.`);
    }
  }
  const describeError = (entry) => typeof entry.value === "string" ? quote4(entry.value) : quote4(JSON.stringify(entry.value) ?? "");
  const problems = [];
  if (yarn1Lines > 0 && summary === void 0) {
    const firstError = errors[0];
    if (firstError)
      throw new InputError(
        `${input.path}: line ${firstError.line}: yarn audit failed with ${describeError(firstError)} (expected an auditSummary line; an audit that did not finish is not a clean scan).`
      );
    if (advisoryLines === 0 && berryLines === 0)
      throw new InputError(
        `${input.path}: the stream has no auditAdvisory and no auditSummary line (expected yarn audit --json output; an audit that did not run is not a clean scan).`
      );
    problems.push("the yarn audit stream has no auditSummary line; the output may be truncated");
    warnings.push(`${input.path}: the stream ends without an auditSummary line; the audit may not have finished.`);
  }
  for (const entry of errors)
    warnings.push(`${input.path}: line ${entry.line}: yarn reported an error: ${describeError(entry)}.`);
  if (summary !== void 0) {
    const total = Object.values(summary.value).reduce((a, b) => a + b, 0);
    if (total !== advisoryLines)
      warnings.push(
        `${input.path}: line ${summary.line}: the auditSummary counts ${total} vulnerabilities but the stream has ${advisoryLines} auditAdvisory lines.`
      );
  }
  return {
    findings: acc.findings,
    runs: [
      {
        tool: TOOL10,
        scanType,
        completed: problems.length === 0,
        problems,
        resultCount: advisoryLines + berryLines
      }
    ],
    warnings
  };
}
var yarnAudit = {
  id: FORMAT12,
  title: "yarn audit JSON lines (yarn 1 and yarn berry)",
  detection: "JSON lines with type 'auditAdvisory' or 'auditSummary' (yarn 1), or {value, children: {ID, Severity, 'Vulnerable Versions'}} (yarn berry)",
  scanTypes: ["dependency"],
  detect: detect12,
  parse: parse13
};

// src/ingest/zap.ts
var FORMAT13 = "zap";
var TOOL11 = "ZAP";
var MAX_TITLE13 = 300;
var EXPECTED8 = "a ZAP traditional-json report: an object with a 'site' array of sites with 'alerts'";
var RISKS = { "0": "info", "1": "low", "2": "medium", "3": "high" };
var RISK_NAMES = { "0": "Informational", "1": "Low", "2": "Medium", "3": "High" };
function isObject8(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf6(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function found4(value) {
  return value === void 0 ? "the key is missing" : `found ${kindOf6(value)}`;
}
function str5(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function cap6(text3) {
  const line2 = text3.split(/\r?\n/, 1)[0]?.trim() ?? "";
  return line2.length > MAX_TITLE13 ? `${line2.slice(0, MAX_TITLE13 - 1)}…` : line2;
}
function detect13(sample) {
  const doc = sample.document;
  if (doc !== void 0) {
    if (!isObject8(doc) || !Array.isArray(doc.site)) return "no";
    if (typeof doc["@version"] === "string" || typeof doc["@generated"] === "string") return "certain";
    const first = doc.site[0];
    return isObject8(first) && Array.isArray(first.alerts) ? "certain" : "possible";
  }
  const head = sample.head.slice(0, 4096);
  return /^\s*\{/.test(head) && /"@version"\s*:/.test(head) && /"site"\s*:\s*\[/.test(head) ? "certain" : "no";
}
function requireArray(value, pointer, file, what) {
  if (!Array.isArray(value)) throw new InputError(`${file}: ${pointer}: ${found4(value)} (expected ${what}).`);
  return value;
}
function readAlert(alert, pointer, file) {
  const ruleId = str5(alert.alertRef) ?? str5(alert.pluginid);
  if (ruleId === void 0)
    throw new InputError(
      `${file}: ${pointer}: the alert has neither alertRef nor pluginid (expected the ZAP rule id).`
    );
  const risk = str5(alert.riskcode);
  const severity = risk !== void 0 ? RISKS[risk] : void 0;
  if (risk === void 0 || severity === void 0)
    throw new InputError(
      `${file}: ${pointer}/riskcode: ${risk === void 0 ? found4(alert.riskcode) : `'${risk}' is not a ZAP risk code`} (expected "0", "1", "2" or "3").`
    );
  const title = cap6(str5(alert.name) ?? str5(alert.alert) ?? "") || ruleId;
  const cwe = normalizeCwes([str5(alert.cweid)]);
  return { ruleId, title, severity, severitySource: `zap riskcode ${risk} (${RISK_NAMES[risk]})`, cwe };
}
async function parse14(input, context) {
  const file = input.path;
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED8);
  if (!isObject8(document3))
    throw new InputError(`${file}: the document is ${kindOf6(document3)}, not a ZAP report (expected ${EXPECTED8}).`);
  const toolVersion = str5(document3["@version"]);
  const scanType = context.scanType ?? "dast";
  const sites = requireArray(document3.site, "/site", file, "an array of sites");
  const findings = [];
  const dropped = [];
  let droppedInstances = 0;
  let resultCount = 0;
  const push2 = (info, location, pointer) => {
    findings.push({
      identityKey: dastIdentity(info.cwe[0] ?? info.ruleId, location, info.ruleId),
      run: 0,
      scanType,
      ruleId: info.ruleId,
      title: info.title,
      severity: info.severity,
      severitySource: info.severitySource,
      aliases: [],
      cwe: info.cwe,
      location,
      sources: [{ input: file, format: FORMAT13, tool: TOOL11, ...toolVersion ? { toolVersion } : {}, pointer }]
    });
  };
  sites.forEach((site, s) => {
    const sitePointer = `/site/${s}`;
    if (!isObject8(site))
      throw new InputError(`${file}: ${sitePointer}: the site is ${kindOf6(site)} (expected an object with 'alerts').`);
    const siteUrl = str5(site["@name"]);
    const alerts = requireArray(site.alerts, `${sitePointer}/alerts`, file, "an array of alerts");
    alerts.forEach((alert, a) => {
      const alertPointer = `${sitePointer}/alerts/${a}`;
      if (!isObject8(alert))
        throw new InputError(`${file}: ${alertPointer}: the alert is ${kindOf6(alert)} (expected a ZAP alert object).`);
      const info = readAlert(alert, alertPointer, file);
      const instances = requireArray(alert.instances, `${alertPointer}/instances`, file, "an array of instances");
      resultCount += Math.max(instances.length, 1);
      if (str5(alert.confidence) === "0") {
        dropped.push(`${info.ruleId} at ${alertPointer}`);
        droppedInstances += Math.max(instances.length, 1);
        return;
      }
      if (instances.length === 0) {
        push2(info, siteUrl ? { url: siteUrl } : {}, alertPointer);
        return;
      }
      instances.forEach((instance, i) => {
        const pointer = `${alertPointer}/instances/${i}`;
        if (!isObject8(instance))
          throw new InputError(
            `${file}: ${pointer}: the instance is ${kindOf6(instance)} (expected an object with 'uri').`
          );
        const uri = str5(instance.uri);
        if (uri === void 0)
          throw new InputError(
            `${file}: ${pointer}/uri: ${found4(instance.uri)} (expected the URL the alert was raised on).`
          );
        const location = { url: uri };
        const method = str5(instance.method);
        if (method !== void 0) location.method = method.toUpperCase();
        const param = str5(instance.param);
        if (param !== void 0) location.param = param;
        push2(info, location, pointer);
      });
    });
  });
  const warnings = [];
  if (dropped.length > 0) {
    const shown = dropped.slice(0, 10).join(", ");
    const more = dropped.length > 10 ? ` and ${dropped.length - 10} more` : "";
    warnings.push(
      `${file}: ${droppedInstances} instance(s) of ${dropped.length} alert(s) that ZAP marks as false positives (confidence 0) were not counted: ${shown}${more}.`
    );
  }
  return {
    findings,
    runs: [
      { tool: TOOL11, ...toolVersion ? { toolVersion } : {}, scanType, completed: true, problems: [], resultCount }
    ],
    warnings
  };
}
var zap = {
  id: FORMAT13,
  title: "OWASP ZAP traditional JSON report",
  detection: "an object with a 'site' array (of sites with 'alerts') and '@version' or '@generated'",
  scanTypes: ["dast"],
  detect: detect13,
  parse: parse14
};

// src/ingest/osv-scanner.ts
var FORMAT14 = "osv-scanner";
var TOOL12 = "osv-scanner";
var MAX_TITLE14 = 300;
var MAX_PROBLEMS3 = 20;
var EXPECTED9 = "an OSV-Scanner JSON report (an object with 'results')";
var OSV_TOP_LEVEL_KEYS = /* @__PURE__ */ new Set(["results", "experimental_config", "license_summary"]);
var CVSS3_BASE = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  PR: { N: 0.85, L: 0.62, H: 0.27 },
  UI: { N: 0.85, R: 0.62 },
  S: { U: 0, C: 1 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
};
var CVSS3_PR_SCOPE_CHANGED = { N: 0.85, L: 0.68, H: 0.5 };
var CVSS3_OTHER_METRICS = /* @__PURE__ */ new Set([
  "E",
  "RL",
  "RC",
  "CR",
  "IR",
  "AR",
  "MAV",
  "MAC",
  "MPR",
  "MUI",
  "MS",
  "MC",
  "MI",
  "MA"
]);
function roundUpCvss31(value) {
  const scaled = Math.round(value * 1e5);
  if (scaled % 1e4 === 0) return scaled / 1e5;
  return (Math.floor(scaled / 1e4) + 1) / 10;
}
function cvss3BaseScore(vector) {
  const match = /^CVSS:3\.[01]\/(.+)$/.exec(vector.trim());
  if (match === null) return void 0;
  const metrics = /* @__PURE__ */ new Map();
  for (const part of (match[1] ?? "").split("/")) {
    const [key, value, extra] = part.split(":");
    if (key === void 0 || value === void 0 || extra !== void 0 || key === "" || value === "") return void 0;
    if (metrics.has(key) || !(key in CVSS3_BASE || CVSS3_OTHER_METRICS.has(key))) return void 0;
    metrics.set(key, value);
  }
  const weight = (key) => {
    const value = metrics.get(key);
    return value === void 0 ? void 0 : CVSS3_BASE[key]?.[value];
  };
  const [av, ac, pr, ui, scope, c, i, a] = ["AV", "AC", "PR", "UI", "S", "C", "I", "A"].map(weight);
  if ([av, ac, pr, ui, scope, c, i, a].some((w) => w === void 0)) return void 0;
  const changed = scope === 1;
  const privileges = changed ? CVSS3_PR_SCOPE_CHANGED[metrics.get("PR") ?? ""] ?? 0 : pr;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * av * ac * privileges * ui;
  if (impact <= 0) return 0;
  return roundUpCvss31(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10));
}
function isObject9(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe8(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string '${value.length > 40 ? `${value.slice(0, 40)}...` : value}'`;
  return `the ${typeof value} ${String(value)}`;
}
function capTitle7(text3) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TITLE14 ? `${flat.slice(0, MAX_TITLE14 - 1)}…` : flat;
}
function isSarif3(doc) {
  return Array.isArray(doc.runs) || typeof doc.$schema === "string" && /sarif/i.test(doc.$schema);
}
function rank2(severity) {
  return ["unknown", "info", "low", "medium", "high", "critical"].indexOf(severity);
}
function detect14(sample) {
  const doc = sample.document;
  if (doc === void 0) {
    const head = sample.head.slice(0, 4096);
    return /^\s*\{\s*"results"\s*:\s*\[\s*\{\s*"source"\s*:/.test(head) ? "possible" : "no";
  }
  if (!isObject9(doc) || isSarif3(doc) || !Array.isArray(doc.results)) return "no";
  const [first] = doc.results;
  if (isObject9(first) && isObject9(first.source) && typeof first.source.path === "string" && "packages" in first)
    return "certain";
  if (first === void 0 && "experimental_config" in doc) return "certain";
  if (first === void 0 && Object.keys(doc).every((key) => OSV_TOP_LEVEL_KEYS.has(key))) return "possible";
  return "no";
}
var OsvReader = class {
  constructor(input, context, scanType) {
    this.input = input;
    this.context = context;
    this.scanType = scanType;
  }
  input;
  context;
  scanType;
  findings = [];
  warnings = [];
  records = 0;
  problems = [];
  droppedProblems = 0;
  problem(pointer, wrong, expected) {
    if (this.problems.length >= MAX_PROBLEMS3) {
      this.droppedProblems += 1;
      return;
    }
    this.problems.push(`${this.input.path}: ${pointer === "" ? "(root)" : pointer}: ${wrong} (expected ${expected}).`);
  }
  throwIfProblems() {
    const [first] = this.problems;
    if (first === void 0) return;
    if (this.problems.length === 1) throw new InputError(first);
    const total = this.problems.length + this.droppedProblems;
    const list3 = this.droppedProblems > 0 ? [...this.problems, `... and ${this.droppedProblems} more`] : this.problems;
    throw new InputError(`${this.input.path}: ${total} problems make this an invalid OSV-Scanner JSON report.`, list3);
  }
  object(value, pointer, expected) {
    if (isObject9(value)) return value;
    this.problem(pointer, value === void 0 ? "the key is missing" : `got ${describe8(value)}`, expected);
    return void 0;
  }
  array(obj, key, pointer) {
    const value = obj[key];
    if (value === void 0 || value === null) return [];
    if (Array.isArray(value)) return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describe8(value)}`, "an array");
    return [];
  }
  string(obj, key, pointer, required = false) {
    const value = obj[key];
    if (value === void 0 || value === null) {
      if (required) this.problem(`${pointer}/${escapePointer(key)}`, "the key is missing", "a string");
      return void 0;
    }
    if (typeof value === "string") return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describe8(value)}`, "a string");
    return void 0;
  }
  strings(obj, key, pointer) {
    const out = [];
    this.array(obj, key, pointer).forEach((value, index2) => {
      if (typeof value === "string") out.push(value);
      else this.problem(`${pointer}/${escapePointer(key)}/${index2}`, `got ${describe8(value)}`, "a string");
    });
    return out;
  }
  result(value, pointer) {
    const result = this.object(value, pointer, "a result object with source and packages");
    if (result === void 0) return;
    const source = this.object(result.source, `${pointer}/source`, "an object with the scanned path");
    const sourcePath = source !== void 0 ? this.string(source, "path", `${pointer}/source`, true) : void 0;
    this.array(result, "packages", pointer).forEach(
      (entry, index2) => this.package(entry, `${pointer}/packages/${index2}`, sourcePath ?? "")
    );
  }
  package(value, pointer, sourcePath) {
    const entry = this.object(value, pointer, "a package object with package, vulnerabilities and groups");
    if (entry === void 0) return;
    const info = this.object(entry.package, `${pointer}/package`, "an object with name, version and ecosystem");
    if (info === void 0) return;
    const name = this.string(info, "name", `${pointer}/package`) ?? "";
    const version = this.string(info, "version", `${pointer}/package`) ?? "";
    const ecosystem = this.string(info, "ecosystem", `${pointer}/package`) ?? "";
    const commit = this.string(info, "commit", `${pointer}/package`) ?? "";
    const records = /* @__PURE__ */ new Map();
    const order = [];
    this.array(entry, "vulnerabilities", pointer).forEach((raw, index2) => {
      const at = `${pointer}/vulnerabilities/${index2}`;
      const record = this.record(raw, at, name, ecosystem);
      if (record === void 0) return;
      this.records += 1;
      if (!records.has(record.id)) order.push(record.id);
      records.set(record.id, { record, pointer: at });
    });
    let pkg;
    if (name !== "") {
      pkg = { name };
      if (version !== "") pkg.version = version;
      if (ecosystem !== "") pkg.ecosystem = ecosystem;
    } else if (commit !== "") {
      pkg = {
        name: sourcePath !== "" ? normalizePath(this.context.root, sourcePath) : "git repository",
        version: commit
      };
      pkg.ecosystem = "GIT";
    } else {
      this.problem(
        `${pointer}/package`,
        "the package has neither a name nor a commit",
        "package.name or package.commit"
      );
      return;
    }
    const location = {};
    if (sourcePath.trim() !== "") location.path = normalizePath(this.context.root, sourcePath);
    const grouped = /* @__PURE__ */ new Set();
    if (entry.groups !== void 0 && entry.groups !== null) {
      this.array(entry, "groups", pointer).forEach((raw, index2) => {
        const at = `${pointer}/groups/${index2}`;
        const group = this.object(raw, at, "a group object with ids");
        if (group === void 0) return;
        const ids = this.strings(group, "ids", at).map((id) => id.trim()).filter((id) => id !== "");
        const groupAliases = this.strings(group, "aliases", at);
        const maxSeverity = this.string(group, "max_severity", at);
        if (ids.length === 0) {
          this.problem(`${at}/ids`, "the group names no vulnerability ids", "a non-empty array of ids");
          return;
        }
        ids.forEach((id) => grouped.add(id));
        const members = ids.map((id) => records.get(id)).filter((m) => m !== void 0);
        this.emit(ids, groupAliases, maxSeverity, members, at, pkg, location);
      });
    }
    for (const id of order) {
      if (grouped.has(id)) continue;
      const member = records.get(id);
      if (member === void 0) continue;
      if (entry.groups !== void 0 && entry.groups !== null)
        this.warnings.push(
          `${this.input.path}: ${member.pointer}: the vulnerability ${id} is in no group; counted as a finding of its own.`
        );
      this.emit([id], [], void 0, [member], member.pointer, pkg, location);
    }
  }
  record(value, pointer, pkgName, pkgEcosystem) {
    const raw = this.object(value, pointer, "an OSV vulnerability record with id");
    if (raw === void 0) return void 0;
    const id = this.string(raw, "id", pointer, true)?.trim();
    const aliases = this.strings(raw, "aliases", pointer);
    const summary = this.string(raw, "summary", pointer);
    const details = this.string(raw, "details", pointer);
    const cvss3Vectors = [];
    this.array(raw, "severity", pointer).forEach((entry, index2) => {
      const at = `${pointer}/severity/${index2}`;
      const severity = this.object(entry, at, "an object with type and score");
      if (severity === void 0) return;
      const type = this.string(severity, "type", at);
      const score = this.string(severity, "score", at);
      if (type === "CVSS_V3" && score !== void 0) cvss3Vectors.push(score);
    });
    let databaseSeverity;
    let cwes = [];
    if (isObject9(raw.database_specific)) {
      const specific = raw.database_specific;
      if (typeof specific.severity === "string" && specific.severity.trim() !== "")
        databaseSeverity = specific.severity;
      if (Array.isArray(specific.cwe_ids)) cwes = specific.cwe_ids.filter((v) => typeof v === "string");
    }
    if (id === void 0 || id === "") {
      if (id === "") this.problem(`${pointer}/id`, "the id is empty", "a vulnerability id");
      return void 0;
    }
    return {
      id,
      aliases,
      ...summary !== void 0 ? { summary } : {},
      ...details !== void 0 ? { details } : {},
      ...databaseSeverity !== void 0 ? { databaseSeverity } : {},
      cvss3Vectors,
      cwes,
      fixed: fixedVersions(raw, pkgName, pkgEcosystem)
    };
  }
  severity(maxSeverity, members, pointer) {
    if (maxSeverity !== void 0 && maxSeverity.trim() !== "") {
      const text3 = maxSeverity.trim();
      const severity = /^\d+(\.\d+)?$/.test(text3) ? severityFromScore(Number(text3)) : void 0;
      if (severity === void 0) {
        this.problem(`${pointer}/max_severity`, `'${maxSeverity}' is not a CVSS score`, "a number from 0 to 10");
        return void 0;
      }
      return { severity, severitySource: `osv-scanner max_severity ${text3}` };
    }
    let best;
    for (const { record, pointer: at } of members) {
      if (record.databaseSeverity === void 0) continue;
      const severity = severityFromWord(record.databaseSeverity);
      if (severity === void 0 || severity === "unknown") {
        this.warnings.push(
          `${this.input.path}: ${at}/database_specific/severity: '${record.databaseSeverity}' is not a severity word; ignored.`
        );
        continue;
      }
      if (best === void 0 || rank2(severity) > rank2(best.severity))
        best = {
          severity,
          source: `osv-scanner ${record.databaseSeverity.trim()} (database_specific of ${record.id})`
        };
    }
    if (best !== void 0) return { severity: best.severity, severitySource: best.source };
    let bestScore;
    for (const { record, pointer: at } of members) {
      for (const vector of record.cvss3Vectors) {
        const score = cvss3BaseScore(vector);
        if (score === void 0) {
          this.warnings.push(`${this.input.path}: ${at}/severity: '${vector}' is not a valid CVSS v3 vector; ignored.`);
          continue;
        }
        if (bestScore === void 0 || score > bestScore.score) bestScore = { score, id: record.id };
      }
    }
    if (bestScore !== void 0) {
      const severity = severityFromScore(bestScore.score) ?? "unknown";
      return {
        severity,
        severitySource: `osv-scanner CVSS_V3 ${bestScore.score.toFixed(1)} (computed from the vector of ${bestScore.id})`
      };
    }
    return { severity: "unknown", severitySource: "no severity in osv-scanner" };
  }
  emit(ids, groupAliases, maxSeverity, members, pointer, pkg, location) {
    const severity = this.severity(maxSeverity, members, pointer);
    const ruleId = ids[0];
    if (severity === void 0 || ruleId === void 0) return;
    const aliases = normalizeAliases([...ids, ...groupAliases, ...members.flatMap((m) => m.record.aliases)]);
    const fixed = [...new Set(members.flatMap((m) => m.record.fixed))];
    const findingPkg = fixed.length > 0 ? { ...pkg, fixedVersions: fixed } : { ...pkg };
    const text3 = members.map((m) => m.record.summary).find((s) => s !== void 0 && s.trim() !== "") ?? members.map((m) => m.record.details).find((s) => s !== void 0 && s.trim() !== "") ?? "";
    this.findings.push({
      identityKey: dependencyIdentity(ruleId, aliases, findingPkg),
      run: 0,
      scanType: this.scanType,
      ruleId,
      title: capTitle7(text3) || `${ruleId} in ${pkg.name}`,
      ...severity,
      aliases,
      cwe: normalizeCwes(members.flatMap((m) => m.record.cwes)),
      location: { ...location },
      package: findingPkg,
      sources: [{ input: this.input.path, format: FORMAT14, tool: TOOL12, pointer }]
    });
  }
};
function fixedVersions(record, pkgName, pkgEcosystem) {
  const out = [];
  if (!Array.isArray(record.affected)) return out;
  for (const affected of record.affected) {
    if (!isObject9(affected) || !isObject9(affected.package) || !Array.isArray(affected.ranges)) continue;
    if (affected.package.name !== pkgName) continue;
    const ecosystem = typeof affected.package.ecosystem === "string" ? affected.package.ecosystem : "";
    if (ecosystem.split(":")[0]?.toLowerCase() !== pkgEcosystem.split(":")[0]?.toLowerCase()) continue;
    for (const range of affected.ranges) {
      if (!isObject9(range) || range.type === "GIT" || !Array.isArray(range.events)) continue;
      for (const event of range.events)
        if (isObject9(event) && typeof event.fixed === "string" && !out.includes(event.fixed)) out.push(event.fixed);
    }
  }
  return out;
}
async function parse15(input, context) {
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED9);
  if (!isObject9(document3) || isSarif3(document3) || !("results" in document3)) {
    const what = isObject9(document3) ? isSarif3(document3) ? "a SARIF log" : "an object without 'results'" : describe8(document3);
    throw new InputError(`${input.path}: (root): got ${what} (expected ${EXPECTED9}).`);
  }
  const scanType = context.scanType ?? "dependency";
  const reader = new OsvReader(input, context, scanType);
  if (!Array.isArray(document3.results)) reader.problem("/results", `got ${describe8(document3.results)}`, "an array");
  else document3.results.forEach((result, index2) => reader.result(result, `/results/${index2}`));
  reader.throwIfProblems();
  const run2 = { tool: TOOL12, scanType, completed: true, problems: [], resultCount: reader.records };
  return { findings: reader.findings, runs: [run2], warnings: reader.warnings };
}
var osvScanner = {
  id: FORMAT14,
  title: "OSV-Scanner JSON",
  detection: "a JSON object whose 'results' entries have a 'source' with a path and 'packages'",
  scanTypes: ["dependency"],
  detect: detect14,
  parse: parse15
};

// src/ingest/tool-types.ts
var TOOL_SCAN_TYPES = [
  { pattern: /codeql|lgtm|semmle/i, tool: "CodeQL", scanType: "sast" },
  { pattern: /semgrep/i, tool: "Semgrep", scanType: "sast" },
  { pattern: /eslint/i, tool: "ESLint", scanType: "sast" },
  { pattern: /bandit/i, tool: "Bandit", scanType: "sast" },
  { pattern: /flawfinder/i, tool: "Flawfinder", scanType: "sast" },
  { pattern: /spotbugs|findsecbugs/i, tool: "SpotBugs", scanType: "sast" },
  { pattern: /snyk\s*code|snykcode/i, tool: "Snyk Code", scanType: "sast" },
  { pattern: /shellcheck/i, tool: "ShellCheck", scanType: "sast" },
  { pattern: /mayhem|shiftleft|security analysis|script analysis/i, tool: "Mayhem, ShiftLeft scan", scanType: "sast" },
  { pattern: /gitleaks/i, tool: "Gitleaks", scanType: "secret" },
  { pattern: /trufflehog/i, tool: "TruffleHog", scanType: "secret" },
  { pattern: /secretlint/i, tool: "secretlint", scanType: "secret" },
  { pattern: /detect-secrets/i, tool: "detect-secrets", scanType: "secret" },
  { pattern: /checkov/i, tool: "Checkov", scanType: "iac" },
  { pattern: /kics/i, tool: "KICS", scanType: "iac" },
  { pattern: /tfsec/i, tool: "tfsec", scanType: "iac" },
  { pattern: /\bzap\b|owasp zap|zaproxy/i, tool: "ZAP", scanType: "dast" },
  { pattern: /nuclei/i, tool: "Nuclei", scanType: "dast" },
  { pattern: /wapiti/i, tool: "Wapiti", scanType: "dast" },
  { pattern: /anchore|container vulnerability/i, tool: "Anchore", scanType: "container" },
  { pattern: /trivy/i, tool: "Trivy", scanType: "dependency" },
  { pattern: /grype/i, tool: "Grype", scanType: "dependency" },
  { pattern: /osv-scanner|osv scanner/i, tool: "OSV-Scanner", scanType: "dependency" },
  { pattern: /dependency-check/i, tool: "Dependency-Check", scanType: "dependency" },
  { pattern: /snyk/i, tool: "Snyk Open Source", scanType: "dependency" },
  { pattern: /govulncheck/i, tool: "govulncheck", scanType: "dependency" },
  { pattern: /wizcli/i, tool: "WizCLI", scanType: "container" }
];
function scanTypeForTool(tool) {
  return TOOL_SCAN_TYPES.find((entry) => entry.pattern.test(tool))?.scanType ?? "other";
}
function scanTypeFromTags(tags) {
  const lower = tags.map((t) => t.toLowerCase());
  if (lower.some((t) => t === "misconfiguration" || t === "iac-misconfiguration")) return "iac";
  if (lower.includes("secret")) return "secret";
  return void 0;
}

// src/ingest/sarif.ts
var LEVELS = ["none", "note", "warning", "error"];
var NOT_FINDINGS = /* @__PURE__ */ new Set(["pass", "notApplicable", "informational"]);
var MAX_TITLE15 = 300;
function isObject10(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str6(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function int(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : void 0;
}
function cap7(text3) {
  const line2 = text3.split(/\r?\n/, 1)[0]?.trim() ?? "";
  return line2.length > MAX_TITLE15 ? `${line2.slice(0, MAX_TITLE15 - 1)}…` : line2;
}
var REQUIRED_IN_RESULT = [
  ["stacks", "frames"],
  ["codeFlows", "threadFlows"],
  ["fixes", "artifactChanges"],
  ["graphs", "nodes"]
];
function checkResultShape(result, pointer, file) {
  if (!isObject10(result.message))
    throw new InputError(`${file}: ${pointer}/message: the result has no message object (SARIF requires one).`);
  for (const key of ["locations", "relatedLocations", "stacks", "codeFlows", "fixes", "suppressions"])
    if (result[key] !== void 0 && !Array.isArray(result[key]))
      throw new InputError(`${file}: ${pointer}/${key}: expected an array (SARIF 2.1.0).`);
  for (const [key, member] of REQUIRED_IN_RESULT) {
    const list3 = result[key];
    if (!Array.isArray(list3)) continue;
    list3.forEach((item, i) => {
      if (!isObject10(item) || !Array.isArray(item[member]))
        throw new InputError(
          `${file}: ${pointer}/${key}/${i}: '${member}' is missing or not an array (SARIF 2.1.0 requires it).`
        );
    });
  }
}
function readPendingResult(result, pointer, file) {
  if (!isObject10(result))
    throw new InputError(`${file}: ${pointer}: a result must be an object (expected a SARIF result).`);
  checkResultShape(result, pointer, file);
  const rule = isObject10(result.rule) ? result.rule : void 0;
  const message = isObject10(result.message) ? result.message : void 0;
  const locations = Array.isArray(result.locations) ? result.locations : [];
  const first = isObject10(locations[0]) ? locations[0] : void 0;
  const physical = first && isObject10(first.physicalLocation) ? first.physicalLocation : void 0;
  const artifact = physical && isObject10(physical.artifactLocation) ? physical.artifactLocation : void 0;
  const region = physical && isObject10(physical.region) ? physical.region : void 0;
  const logical = first && Array.isArray(first.logicalLocations) && isObject10(first.logicalLocations[0]) ? first.logicalLocations[0] : void 0;
  const properties = isObject10(result.properties) ? result.properties : void 0;
  const pending = {
    pointer,
    ruleId: str6(result.ruleId) ?? str6(rule?.id),
    ruleIndex: int(result.ruleIndex) ?? int(rule?.index),
    toolComponentIndex: isObject10(rule?.toolComponent) ? int(rule.toolComponent.index) : void 0,
    level: str6(result.level),
    kind: str6(result.kind),
    securitySeverity: properties?.["security-severity"],
    message: str6(message?.text) ?? str6(message?.markdown),
    messageId: str6(message?.id),
    messageArguments: Array.isArray(message?.arguments) ? message.arguments.map((a) => String(a)) : void 0,
    uri: str6(artifact?.uri),
    uriBaseId: str6(artifact?.uriBaseId),
    artifactIndex: int(artifact?.index),
    logicalName: str6(logical?.fullyQualifiedName) ?? str6(logical?.name),
    startLine: int(region?.startLine),
    endLine: int(region?.endLine),
    startColumn: int(region?.startColumn),
    fingerprint: pickFingerprint(result.partialFingerprints) ?? pickFingerprint(result.fingerprints),
    baselineState: str6(result.baselineState),
    tags: Array.isArray(properties?.tags) ? properties.tags.filter((t) => typeof t === "string") : []
  };
  if (pending.level !== void 0 && !LEVELS.includes(pending.level))
    throw new InputError(
      `${file}: ${pointer}/level: '${pending.level}' is not a SARIF level (expected none, note, warning or error).`
    );
  if (Array.isArray(result.suppressions) && result.suppressions.length > 0) {
    pending.suppressions = result.suppressions.filter(isObject10).map((s) => ({
      kind: str6(s.kind) ?? "unknown",
      ...str6(s.status) ? { status: str6(s.status) } : {},
      ...str6(s.justification) ? { justification: str6(s.justification) } : {}
    }));
  }
  return pending;
}
function pickFingerprint(value) {
  if (!isObject10(value)) return void 0;
  const primary = str6(value.primaryLocationLineHash);
  if (primary) return primary;
  const parts = Object.keys(value).sort().filter((key) => str6(value[key]) !== void 0).map((key) => `${key}=${String(value[key])}`);
  return parts.length > 0 ? parts.join(";") : void 0;
}
function readRule(rule) {
  if (!isObject10(rule)) return void 0;
  const config = isObject10(rule.defaultConfiguration) ? rule.defaultConfiguration : void 0;
  const properties = isObject10(rule.properties) ? rule.properties : void 0;
  const short = isObject10(rule.shortDescription) ? str6(rule.shortDescription.text) : void 0;
  const messageStrings = {};
  if (isObject10(rule.messageStrings)) {
    for (const [key, value] of Object.entries(rule.messageStrings))
      if (isObject10(value) && typeof value.text === "string") messageStrings[key] = value.text;
  }
  return {
    id: str6(rule.id),
    level: str6(config?.level),
    securitySeverity: properties?.["security-severity"],
    shortDescription: short,
    name: str6(rule.name),
    tags: Array.isArray(properties?.tags) ? properties.tags.filter((t) => typeof t === "string") : [],
    messageStrings
  };
}
function readComponent(component) {
  const rules = isObject10(component) && Array.isArray(component.rules) ? component.rules.map(readRule) : [];
  const byId = /* @__PURE__ */ new Map();
  for (const rule of rules) if (rule?.id && !byId.has(rule.id)) byId.set(rule.id, rule);
  return { rules, byId };
}
var SarifRunReader = class {
  constructor(input, context) {
    this.input = input;
    this.context = context;
  }
  input;
  context;
  pending = [];
  skipped = 0;
  addResult(result, pointer) {
    const pending = readPendingResult(result, pointer, this.input.path);
    if (pending.kind !== void 0 && NOT_FINDINGS.has(pending.kind)) {
      this.skipped += 1;
      return;
    }
    this.pending.push(pending);
  }
  finish(skeleton, warnings) {
    const file = this.input.path;
    const { run: run2, pointer, index: index2 } = skeleton;
    if (!isObject10(run2)) throw new InputError(`${file}: ${pointer}: a run must be an object (expected a SARIF run).`);
    if (!isObject10(run2.tool))
      throw new InputError(`${file}: ${pointer}/tool: the run has no tool object (expected tool.driver with a name).`);
    if (!isObject10(run2.tool.driver))
      throw new InputError(`${file}: ${pointer}/tool/driver: the run's tool has no driver (expected a toolComponent).`);
    const driver = run2.tool.driver;
    let tool = str6(driver.name)?.trim();
    if (!tool) {
      tool = "(unnamed tool)";
      warnings.push(
        `${file}: ${pointer}/tool/driver/name: the tool has no name; findings are attributed to '${tool}'.`
      );
    }
    const toolVersion = str6(driver.semanticVersion) ?? str6(driver.version);
    const scanType = this.context.scanType ?? scanTypeForTool(tool);
    const driverRules = readComponent(driver);
    const extensions = Array.isArray(run2.tool.extensions) ? run2.tool.extensions.map(readComponent) : [];
    const baseIds = isObject10(run2.originalUriBaseIds) ? run2.originalUriBaseIds : {};
    const artifacts = Array.isArray(run2.artifacts) ? run2.artifacts : [];
    const resultsPresent = Array.isArray(run2.results);
    const problems = runProblems(run2, pointer, tool, resultsPresent);
    const badSeverity = /* @__PURE__ */ new Set();
    const findings = [];
    for (const p of this.pending) {
      const component = p.toolComponentIndex !== void 0 ? extensions[p.toolComponentIndex] ?? driverRules : driverRules;
      let rule;
      const indexed = p.ruleIndex !== void 0 ? component.rules[p.ruleIndex] : void 0;
      if (indexed && (p.ruleId === void 0 || indexed.id === p.ruleId)) rule = indexed;
      else if (p.ruleId !== void 0)
        rule = component.byId.get(p.ruleId) ?? driverRules.byId.get(p.ruleId) ?? extensions.find((e) => e.byId.has(p.ruleId))?.byId.get(p.ruleId);
      const ruleId = p.ruleId ?? rule?.id ?? "(no rule id)";
      let severity;
      let severitySource;
      const fromResult = readSecuritySeverity(p.securitySeverity);
      const fromRule = fromResult.severity ? {} : readSecuritySeverity(rule?.securitySeverity);
      const reading = fromResult.severity ? fromResult : fromRule;
      for (const invalid of [fromResult.invalid, fromRule.invalid])
        if (invalid !== void 0 && !badSeverity.has(`${ruleId}\0${invalid}`)) {
          badSeverity.add(`${ruleId}\0${invalid}`);
          warnings.push(
            `${file}: ${p.pointer}: rule '${ruleId}' has security-severity '${invalid}', which is not a score from 0 to 10 or a severity word; the SARIF level is used instead.`
          );
        }
      const level = p.level ?? rule?.level ?? "warning";
      if (p.kind === "review" || p.kind === "open") {
        severity = "info";
        severitySource = `kind ${p.kind}`;
      } else if (reading.severity) {
        severity = reading.severity;
        severitySource = reading.source ?? "security-severity";
      } else {
        severity = severityFromLevel(level) ?? "medium";
        severitySource = `level ${level}${p.level ? "" : rule?.level ? " (rule default)" : " (SARIF default)"}`;
      }
      const location = this.resolveLocation(p, baseIds, artifacts);
      const message = this.resolveMessage(p, rule);
      const title = cap7(message ?? rule?.shortDescription ?? rule?.name ?? ruleId) || ruleId;
      const tags = [...p.tags, ...rule?.tags ?? []];
      const aliases = normalizeAliases([...extractVulnerabilityIds(ruleId), ...tags.flatMap(extractVulnerabilityIds)]);
      const cwe = normalizeCwes(tags.filter((t) => /cwe/i.test(t)));
      const resultType = this.context.scanType ?? scanTypeFromTags(tags) ?? scanType;
      let identityKey;
      let pkg;
      if (resultType === "dependency" || resultType === "container") {
        pkg = packageFromMessage(message) ?? packageFromCoordinate(p.logicalName) ?? { name: location.path ?? location.url ?? ruleId };
        identityKey = dependencyIdentity(ruleId, aliases, pkg);
      } else if (resultType === "secret") identityKey = secretIdentity(location, ruleId);
      else if (resultType === "dast") identityKey = dastIdentity(cwe[0] ?? ruleId, location, ruleId);
      else identityKey = codeIdentity(tool, ruleId, location, p.fingerprint);
      const finding = {
        identityKey,
        run: index2,
        scanType: resultType,
        ruleId,
        title,
        severity,
        severitySource,
        aliases,
        cwe,
        location,
        sources: [{ input: file, format: "sarif", tool, ...toolVersion ? { toolVersion } : {}, pointer: p.pointer }]
      };
      if (pkg) finding.package = pkg;
      if (p.suppressions) finding.suppressions = p.suppressions;
      if (p.baselineState) finding.baselineState = p.baselineState;
      findings.push(finding);
    }
    const commit = readCommit(run2);
    return {
      findings,
      run: {
        tool,
        ...toolVersion ? { toolVersion } : {},
        scanType,
        completed: problems.length === 0,
        problems,
        ...commit ? { commit } : {},
        resultCount: this.pending.length + this.skipped
      }
    };
  }
  resolveLocation(p, baseIds, artifacts) {
    let uri = p.uri;
    let baseId = p.uriBaseId;
    if (uri === void 0 && p.artifactIndex !== void 0) {
      const artifact = artifacts[p.artifactIndex];
      const loc = isObject10(artifact) && isObject10(artifact.location) ? artifact.location : void 0;
      uri = str6(loc?.uri);
      baseId = baseId ?? str6(loc?.uriBaseId);
    }
    const location = {};
    if (uri !== void 0) {
      const resolved = resolveUriBase(uri, baseId, baseIds);
      if (/^https?:\/\//i.test(resolved)) location.url = resolved;
      else location.path = normalizePath(this.context.root, resolved);
    } else if (p.logicalName !== void 0 && !/@/.test(p.logicalName)) location.path = p.logicalName;
    if (p.startLine !== void 0) location.startLine = p.startLine;
    if (p.endLine !== void 0) location.endLine = p.endLine;
    if (p.startColumn !== void 0) location.startColumn = p.startColumn;
    return location;
  }
  resolveMessage(p, rule) {
    let text3 = p.message;
    if (text3 === void 0 && p.messageId !== void 0) text3 = rule?.messageStrings[p.messageId];
    if (text3 !== void 0 && p.messageArguments)
      text3 = text3.replace(/\{(\d+)\}/g, (whole, n) => p.messageArguments?.[Number(n)] ?? whole);
    return text3;
  }
};
function resolveUriBase(uri, baseId, baseIds) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || baseId === void 0) return uri;
  let result = uri;
  let current = baseId;
  for (let hops = 0; current !== void 0 && hops < 16; hops += 1) {
    const base = baseIds[current];
    if (!isObject10(base)) break;
    const baseUri = str6(base.uri);
    if (baseUri !== void 0) result = baseUri.endsWith("/") ? `${baseUri}${result}` : `${baseUri}/${result}`;
    if (baseUri !== void 0 && /^[a-z][a-z0-9+.-]*:/i.test(baseUri)) break;
    current = str6(base.uriBaseId);
  }
  return result;
}
function runProblems(run2, pointer, tool, resultsPresent) {
  const problems = [];
  if (!resultsPresent)
    problems.push(
      `${pointer}: ${tool} reported no 'results' array, so its results were not computed; a missing result list is not a clean scan.`
    );
  const invocations = Array.isArray(run2.invocations) ? run2.invocations : [];
  invocations.forEach((invocation, i) => {
    if (!isObject10(invocation)) return;
    if (invocation.executionSuccessful === false)
      problems.push(
        `${pointer}/invocations/${i}/executionSuccessful: ${tool} reports that its execution did not succeed.`
      );
    const notifications = Array.isArray(invocation.toolExecutionNotifications) ? invocation.toolExecutionNotifications : [];
    notifications.forEach((n, j) => {
      if (isObject10(n) && n.level === "error") {
        const text3 = isObject10(n.message) ? str6(n.message.text) : void 0;
        problems.push(
          `${pointer}/invocations/${i}/toolExecutionNotifications/${j}: ${tool} reported an error during the scan${text3 ? `: ${cap7(text3)}` : ""}.`
        );
      }
    });
  });
  return problems;
}
function readCommit(run2) {
  const provenance = Array.isArray(run2.versionControlProvenance) ? run2.versionControlProvenance : [];
  for (const entry of provenance) if (isObject10(entry) && str6(entry.revisionId)) return str6(entry.revisionId);
  return void 0;
}
var VULN_ID = /(?<![A-Za-z0-9])(CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})(?![0-9])/gi;
function extractVulnerabilityIds(text3) {
  return text3.match(VULN_ID) ?? [];
}
function packageFromCoordinate(text3) {
  const match = text3 ? /^(@?[^@\s]+)@([^@\s]+)$/.exec(text3) : null;
  return match?.[1] && match[2] ? { name: match[1], version: match[2] } : void 0;
}
function packageFromMessage(message) {
  if (!message) return void 0;
  const trivy2 = /Package:\s*(\S+)\s*[\r\n]+\s*Installed Version:\s*(\S+)/i.exec(message);
  if (trivy2?.[1]) return { name: trivy2[1], ...trivy2[2] ? { version: trivy2[2] } : {} };
  const anchore = /with a vulnerability: \((\S+) type=([\w-]+)\)/.exec(message);
  if (anchore?.[1]) return { name: anchore[1], ecosystem: anchore[2] };
  const osv = /Package '([^']+)' is vulnerable/.exec(message);
  if (osv?.[1]) {
    const coordinate = packageFromCoordinate(osv[1]);
    if (coordinate) return coordinate;
  }
  const grypeNew = /vulnerability in (\S+) package: ([^,\s]+), version (\S+) was found/i.exec(message);
  if (grypeNew?.[2])
    return { name: grypeNew[2], ecosystem: grypeNew[1], ...grypeNew[3] ? { version: grypeNew[3] } : {} };
  const grype2 = /reports\s+(\S+)\s+at\s+version\s+"?([^\s"]+?)"?\s/i.exec(message);
  if (grype2?.[1]) return { name: grype2[1], ...grype2[2] ? { version: grype2[2] } : {} };
  return void 0;
}
function readSarifLog(document3, file) {
  if (!isObject10(document3))
    throw new InputError(
      `${file}: the document is ${document3 === null ? "null" : Array.isArray(document3) ? "an array" : `a ${typeof document3}`}, not a SARIF log (expected an object with 'version' and 'runs').`
    );
  if (document3.version !== void 0 && document3.version !== "2.1.0")
    throw new InputError(`${file}: /version: '${String(document3.version)}' is not supported (expected SARIF '2.1.0').`);
  if (!Array.isArray(document3.runs))
    throw new InputError(
      `${file}: /runs: ${document3.runs === void 0 ? "the log has no runs array" : "runs is not an array"} (expected a SARIF log with at least one run).`
    );
  if (document3.runs.length === 0)
    throw new InputError(`${file}: /runs: the log has no runs, so no tool ran (expected at least one run).`);
  return document3.runs;
}
function detect15(sample) {
  const doc = sample.document;
  if (doc !== void 0) {
    if (!isObject10(doc)) return "no";
    if (doc.version === "2.1.0" && Array.isArray(doc.runs)) return "certain";
    if (typeof doc.$schema === "string" && /sarif/i.test(doc.$schema)) return "certain";
    if ("runs" in doc && /\.sarif$/i.test(sample.path)) return "possible";
    return "no";
  }
  const head = sample.head.slice(0, 4096);
  if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || /"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:/.test(head))
    return "certain";
  return /\.sarif$/i.test(sample.path) && head.trimStart().startsWith("{") ? "possible" : "no";
}
async function parse16(input, context) {
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, "a SARIF 2.1.0 log");
  const runs = readSarifLog(document3, input.path);
  const warnings = [];
  const findings = [];
  const toolRuns = [];
  runs.forEach((run2, index2) => {
    const pointer = `/runs/${index2}`;
    const reader = new SarifRunReader(input, context);
    if (isObject10(run2) && run2.results !== void 0) {
      if (!Array.isArray(run2.results))
        throw new InputError(
          `${input.path}: ${pointer}/results: results is a ${run2.results === null ? "null" : typeof run2.results}, not an array (expected an array of SARIF results).`
        );
      run2.results.forEach((result, j) => reader.addResult(result, `${pointer}/results/${j}`));
    }
    const finished = reader.finish({ run: run2, pointer, index: index2 }, warnings);
    findings.push(...finished.findings);
    toolRuns.push(finished.run);
  });
  return { findings, runs: toolRuns, warnings };
}
var sarif = {
  id: "sarif",
  title: "SARIF 2.1.0 (any tool)",
  detection: "an object with version '2.1.0' and a runs array, or a $schema naming SARIF",
  scanTypes: ["sast", "dependency", "container", "secret", "iac", "dast", "other"],
  detect: detect15,
  parse: parse16
};

// src/ingest/semgrep.ts
var FORMAT15 = "semgrep";
var TOOL13 = "Semgrep";
var MAX_TITLE16 = 300;
var EXPECTED10 = "Semgrep JSON output: an object with a 'results' array (and 'errors')";
var SEVERITIES3 = {
  ERROR: "high",
  WARNING: "medium",
  INFO: "info",
  CRITICAL: "critical",
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
  // Semgrep's own scale has two more levels for rules that are not meant to block anything.
  INVENTORY: "info",
  EXPERIMENT: "info"
};
var PLACEHOLDER_FINGERPRINT = "requires login";
function isObject11(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf7(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function found5(value) {
  return value === void 0 ? "the key is missing" : `found ${kindOf7(value)}`;
}
function str7(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function line(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : void 0;
}
function cap8(text3) {
  const first = text3.split(/\r?\n/, 1)[0]?.trim() ?? "";
  return first.length > MAX_TITLE16 ? `${first.slice(0, MAX_TITLE16 - 1)}…` : first;
}
function detect16(sample) {
  const doc = sample.document;
  if (doc !== void 0) {
    if (!isObject11(doc) || !Array.isArray(doc.results)) return "no";
    if ("metrics" in doc || "generated_at" in doc || "runs" in doc) return "no";
    const first = doc.results[0];
    if (isObject11(first)) return typeof first.check_id === "string" && isObject11(first.extra) ? "certain" : "no";
    return Array.isArray(doc.errors) ? "certain" : "possible";
  }
  const head = sample.head.slice(0, 8192);
  return /^\s*\{/.test(head) && /"check_id"\s*:/.test(head) && /"extra"\s*:/.test(head) ? "certain" : "no";
}
function readResult3(result, pointer, input, context, toolVersion) {
  const file = input.path;
  if (!isObject11(result))
    throw new InputError(`${file}: ${pointer}: the result is ${kindOf7(result)} (expected a Semgrep result object).`);
  const ruleId = str7(result.check_id);
  if (ruleId === void 0)
    throw new InputError(`${file}: ${pointer}/check_id: ${found5(result.check_id)} (expected the rule id).`);
  if (!isObject11(result.extra))
    throw new InputError(
      `${file}: ${pointer}/extra: ${found5(result.extra)} (expected an object with message and severity).`
    );
  const extra = result.extra;
  if (extra.is_ignored === true) return "ignored";
  const word = str7(extra.severity);
  const severity = word !== void 0 ? SEVERITIES3[word.toUpperCase()] : void 0;
  if (word === void 0 || severity === void 0)
    throw new InputError(
      `${file}: ${pointer}/extra/severity: ${word === void 0 ? found5(extra.severity) : `'${word}' is not a Semgrep severity`} (expected ERROR, WARNING, INFO, LOW, MEDIUM, HIGH or CRITICAL).`
    );
  const rawPath = str7(result.path);
  if (rawPath === void 0)
    throw new InputError(`${file}: ${pointer}/path: ${found5(result.path)} (expected the path of the file).`);
  const start = isObject11(result.start) ? result.start : void 0;
  const end = isObject11(result.end) ? result.end : void 0;
  const location = { path: normalizePath(context.root, rawPath) };
  const startLine = line(start?.line);
  if (startLine === void 0)
    throw new InputError(
      `${file}: ${pointer}/start/line: ${found5(start?.line)} (expected the 1-based line the match starts on).`
    );
  location.startLine = startLine;
  const endLine = line(end?.line);
  if (endLine !== void 0 && endLine >= startLine) location.endLine = endLine;
  const startColumn = line(start?.col);
  if (startColumn !== void 0) location.startColumn = startColumn;
  const metadata = isObject11(extra.metadata) ? extra.metadata : {};
  const cweValues = Array.isArray(metadata.cwe) ? metadata.cwe : [metadata.cwe];
  const fingerprint = str7(extra.fingerprint);
  const usableFingerprint = fingerprint !== void 0 && fingerprint !== PLACEHOLDER_FINGERPRINT ? fingerprint : void 0;
  return {
    identityKey: codeIdentity(TOOL13, ruleId, location, usableFingerprint),
    run: 0,
    scanType: context.scanType ?? "sast",
    ruleId,
    title: cap8(str7(extra.message) ?? ruleId) || ruleId,
    severity,
    severitySource: `semgrep ${word}`,
    aliases: [],
    cwe: normalizeCwes(cweValues),
    location,
    sources: [{ input: file, format: FORMAT15, tool: TOOL13, ...toolVersion ? { toolVersion } : {}, pointer }]
  };
}
function readErrors(errors, file, warnings, problems) {
  errors.forEach((error, i) => {
    const pointer = `/errors/${i}`;
    if (!isObject11(error)) {
      warnings.push(`${file}: ${pointer}: Semgrep reported an error that is ${kindOf7(error)}.`);
      return;
    }
    const level = str7(error.level) ?? "error";
    const type = Array.isArray(error.type) ? str7(error.type[0]) : str7(error.type);
    const where = str7(error.path) ? ` in ${str7(error.path)}` : "";
    const message = str7(error.message) ? `: ${cap8(str7(error.message))}` : "";
    const text3 = `Semgrep reported ${level === "warn" ? "a warning" : `an ${level}`}${type ? ` (${type})` : ""}${where}${message}`;
    warnings.push(`${file}: ${pointer}: ${text3}.`);
    if (level === "error") problems.push(`${pointer}: ${text3}.`);
  });
}
async function parse17(input, context) {
  const file = input.path;
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED10);
  if (!isObject11(document3))
    throw new InputError(`${file}: the document is ${kindOf7(document3)}, not Semgrep output (expected ${EXPECTED10}).`);
  if (!Array.isArray(document3.results))
    throw new InputError(`${file}: /results: ${found5(document3.results)} (expected an array of Semgrep results).`);
  if (document3.errors !== void 0 && !Array.isArray(document3.errors))
    throw new InputError(`${file}: /errors: ${found5(document3.errors)} (expected an array of Semgrep errors).`);
  const toolVersion = str7(document3.version);
  const scanType = context.scanType ?? "sast";
  const warnings = [];
  const problems = [];
  readErrors(document3.errors ?? [], file, warnings, problems);
  const findings = [];
  let ignored = 0;
  document3.results.forEach((result, i) => {
    const finding = readResult3(result, `/results/${i}`, input, context, toolVersion);
    if (finding === "ignored") ignored += 1;
    else findings.push(finding);
  });
  if (ignored > 0)
    warnings.push(
      `${file}: ${ignored} result(s) are marked ignored (extra.is_ignored, a nosemgrep comment) and are not counted.`
    );
  return {
    findings,
    runs: [
      {
        tool: TOOL13,
        ...toolVersion ? { toolVersion } : {},
        scanType,
        completed: problems.length === 0,
        problems,
        resultCount: document3.results.length
      }
    ],
    warnings
  };
}
var semgrep = {
  id: FORMAT15,
  title: "Semgrep JSON",
  detection: "an object with a 'results' array of objects with 'check_id' and 'extra' (or empty results with an 'errors' array)",
  scanTypes: ["sast"],
  detect: detect16,
  parse: parse17
};

// src/ingest/trivy.ts
var FORMAT16 = "trivy";
var TOOL14 = "Trivy";
var MAX_TITLE17 = 300;
var MAX_PROBLEMS4 = 20;
var EXPECTED11 = "a Trivy JSON report (SchemaVersion 2, a legacy list of results, or a Kubernetes cluster report)";
var SEVERITY_WORDS5 = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN"];
var MISCONFIG_STATUSES = ["FAIL", "PASS", "EXCEPTION"];
var K8S_SECTIONS = ["Vulnerabilities", "Misconfigurations", "Resources", "Findings"];
var OS_FAMILIES = /* @__PURE__ */ new Set([
  "alma",
  "alpine",
  "amazon",
  "azurelinux",
  "bottlerocket",
  "cbl-mariner",
  "centos",
  "chainguard",
  "coreos",
  "debian",
  "echo",
  "fedora",
  "minimos",
  "opensuse",
  "opensuse.leap",
  "opensuse.tumbleweed",
  "oracle",
  "photon",
  "redhat",
  "rocky",
  "sles",
  "suse linux enterprise micro",
  "suse linux enterprise server",
  "ubuntu",
  "wolfi"
]);
function isObject12(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe9(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string '${value.length > 40 ? `${value.slice(0, 40)}...` : value}'`;
  return `the ${typeof value} ${String(value)}`;
}
function capTitle8(text3) {
  const flat = text3.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TITLE17 ? `${flat.slice(0, MAX_TITLE17 - 1)}…` : flat;
}
function isSarif4(doc) {
  return Array.isArray(doc.runs) || typeof doc.$schema === "string" && /sarif/i.test(doc.$schema);
}
function detect17(sample) {
  const doc = sample.document;
  if (doc === void 0) {
    const head = sample.head.slice(0, 4096);
    if (/^\s*\{\s*"SchemaVersion"\s*:\s*\d+/.test(head) && /"Artifact(Name|Type)"\s*:/.test(head)) return "possible";
    if (/^\s*\{\s*"ClusterName"\s*:/.test(head)) return "possible";
    return "no";
  }
  if (Array.isArray(doc)) {
    if (doc.length === 0) return "possible";
    const first = doc[0];
    if (!isObject12(first) || typeof first.Target !== "string") return "no";
    return "Vulnerabilities" in first || "Misconfigurations" in first || "Secrets" in first ? "certain" : "possible";
  }
  if (!isObject12(doc) || isSarif4(doc)) return "no";
  if (typeof doc.SchemaVersion === "number" && ("ArtifactName" in doc || "ArtifactType" in doc || "Results" in doc))
    return "certain";
  if (typeof doc.ClusterName === "string" && K8S_SECTIONS.some((key) => Array.isArray(doc[key]))) return "certain";
  if (typeof doc.ClusterName === "string") return "possible";
  if (Array.isArray(doc.Results) && "ArtifactName" in doc) return "possible";
  return "no";
}
var TrivyReader = class {
  constructor(input, context, toolVersion) {
    this.input = input;
    this.context = context;
    this.toolVersion = toolVersion;
  }
  input;
  context;
  toolVersion;
  findings = [];
  resourceErrors = [];
  classes = /* @__PURE__ */ new Set();
  resultCount = 0;
  modified = /* @__PURE__ */ new Map();
  excepted = 0;
  licenses = 0;
  problems = [];
  droppedProblems = 0;
  problem(pointer, wrong, expected) {
    if (this.problems.length >= MAX_PROBLEMS4) {
      this.droppedProblems += 1;
      return;
    }
    this.problems.push(`${this.input.path}: ${pointer === "" ? "(root)" : pointer}: ${wrong} (expected ${expected}).`);
  }
  throwIfProblems() {
    const [first] = this.problems;
    if (first === void 0) return;
    if (this.problems.length === 1) throw new InputError(first);
    const total = this.problems.length + this.droppedProblems;
    const list3 = this.droppedProblems > 0 ? [...this.problems, `... and ${this.droppedProblems} more`] : this.problems;
    throw new InputError(`${this.input.path}: ${total} problems make this an invalid Trivy JSON report.`, list3);
  }
  object(value, pointer, expected) {
    if (isObject12(value)) return value;
    this.problem(pointer, value === void 0 ? "the value is missing" : `got ${describe9(value)}`, expected);
    return void 0;
  }
  /** An array field; absent or null reads as empty (Trivy omits empty lists, and writes null for some). */
  array(obj, key, pointer) {
    const value = obj[key];
    if (value === void 0 || value === null) return [];
    if (Array.isArray(value)) return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describe9(value)}`, "an array");
    return [];
  }
  string(obj, key, pointer, required = false) {
    const value = obj[key];
    if (value === void 0 || value === null) {
      if (required) this.problem(`${pointer}/${escapePointer(key)}`, "the key is missing", "a string");
      return void 0;
    }
    if (typeof value === "string") return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describe9(value)}`, "a string");
    return void 0;
  }
  line(obj, key, pointer) {
    const value = obj[key];
    if (value === void 0 || value === null) return void 0;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value >= 1 ? value : void 0;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describe9(value)}`, "a line number");
    return void 0;
  }
  strings(obj, key, pointer) {
    const out = [];
    this.array(obj, key, pointer).forEach((value, index2) => {
      if (typeof value === "string") out.push(value);
      else this.problem(`${pointer}/${escapePointer(key)}/${index2}`, `got ${describe9(value)}`, "a string");
    });
    return out;
  }
  severity(obj, pointer) {
    const word = this.string(obj, "Severity", pointer);
    if (word === void 0) return { severity: "unknown", severitySource: "no severity in trivy" };
    const upper = word.trim().toUpperCase();
    const severity = SEVERITY_WORDS5.includes(upper) ? severityFromWord(upper) : void 0;
    if (severity === void 0) {
      this.problem(
        `${pointer}/Severity`,
        `'${word}' is not a Trivy severity`,
        "CRITICAL, HIGH, MEDIUM, LOW or UNKNOWN"
      );
      return void 0;
    }
    return { severity, severitySource: `trivy ${word.trim()}` };
  }
  source(pointer) {
    return {
      input: this.input.path,
      format: FORMAT16,
      tool: TOOL14,
      ...this.toolVersion !== void 0 ? { toolVersion: this.toolVersion } : {},
      pointer
    };
  }
  results(values, pointer, scope) {
    values.forEach((value, index2) => this.result(value, `${pointer}/${index2}`, scope));
  }
  result(value, pointer, scope) {
    const result = this.object(value, pointer, "a Trivy result object with Target");
    if (result === void 0) return;
    const target = this.string(result, "Target", pointer, true) ?? "";
    const type = this.string(result, "Type", pointer);
    const cls = this.string(result, "Class", pointer) ?? (type !== void 0 && OS_FAMILIES.has(type.toLowerCase()) ? "os-pkgs" : void 0);
    if (cls !== void 0) this.classes.add(cls);
    const vulnerabilities = this.array(result, "Vulnerabilities", pointer);
    const misconfigurations = this.array(result, "Misconfigurations", pointer);
    const secrets = this.array(result, "Secrets", pointer);
    this.resultCount += vulnerabilities.length + misconfigurations.length + secrets.length;
    const vulnScanType = scope.artifactType === "container_image" || cls === "os-pkgs" ? "container" : "dependency";
    vulnerabilities.forEach(
      (entry, index2) => this.vulnerability(entry, `${pointer}/Vulnerabilities/${index2}`, target, type, vulnScanType)
    );
    misconfigurations.forEach(
      (entry, index2) => this.misconfiguration(entry, `${pointer}/Misconfigurations/${index2}`, target, scope)
    );
    secrets.forEach((entry, index2) => this.secret(entry, `${pointer}/Secrets/${index2}`, target));
    this.licenses += this.array(result, "Licenses", pointer).length;
    this.array(result, "ExperimentalModifiedFindings", pointer).forEach((entry, index2) => {
      const modified = this.object(entry, `${pointer}/ExperimentalModifiedFindings/${index2}`, "a modified finding");
      if (modified === void 0) return;
      const status = this.string(modified, "Status", `${pointer}/ExperimentalModifiedFindings/${index2}`) ?? "unknown";
      this.modified.set(status, (this.modified.get(status) ?? 0) + 1);
    });
  }
  vulnerability(value, pointer, target, type, scanType) {
    const vuln = this.object(value, pointer, "a Trivy vulnerability object");
    if (vuln === void 0) return;
    const id = this.string(vuln, "VulnerabilityID", pointer, true);
    const pkgName = this.string(vuln, "PkgName", pointer, true);
    const version = this.string(vuln, "InstalledVersion", pointer);
    const fixed = this.string(vuln, "FixedVersion", pointer);
    const pkgPath = this.string(vuln, "PkgPath", pointer);
    const title = this.string(vuln, "Title", pointer);
    const description = this.string(vuln, "Description", pointer);
    const vendorIds = this.strings(vuln, "VendorIDs", pointer);
    const cwes = this.strings(vuln, "CweIDs", pointer);
    let purl;
    if (vuln.PkgIdentifier !== void 0 && vuln.PkgIdentifier !== null) {
      const identifier = this.object(vuln.PkgIdentifier, `${pointer}/PkgIdentifier`, "an object with PURL");
      if (identifier !== void 0) purl = this.string(identifier, "PURL", `${pointer}/PkgIdentifier`);
    }
    const severity = this.severity(vuln, pointer);
    if (id === void 0 || pkgName === void 0 || severity === void 0 || id.trim() === "") return;
    const aliases = normalizeAliases([id, ...vendorIds.filter((v) => isCve(v.trim()) || isGhsa(v.trim()))]);
    const pkg = { name: pkgName };
    if (version !== void 0 && version !== "") pkg.version = version;
    if (type !== void 0 && type !== "") pkg.ecosystem = type;
    if (purl !== void 0 && purl !== "") pkg.purl = purl;
    const fixedVersions2 = (fixed ?? "").split(",").map((v) => v.trim()).filter((v) => v !== "");
    if (fixedVersions2.length > 0) pkg.fixedVersions = fixedVersions2;
    const rawPath = pkgPath !== void 0 && pkgPath !== "" ? pkgPath : target;
    const location = {};
    if (rawPath.trim() !== "") location.path = normalizePath(this.context.root, rawPath);
    this.findings.push({
      identityKey: dependencyIdentity(id.trim(), aliases, pkg),
      run: 0,
      scanType: this.context.scanType ?? scanType,
      ruleId: id.trim(),
      title: capTitle8(title ?? description ?? "") || `${id.trim()} in ${pkgName}`,
      ...severity,
      aliases,
      cwe: normalizeCwes(cwes),
      location,
      package: pkg,
      sources: [this.source(pointer)]
    });
  }
  misconfiguration(value, pointer, target, scope) {
    const misconfig = this.object(value, pointer, "a Trivy misconfiguration object");
    if (misconfig === void 0) return;
    const id = this.string(misconfig, "ID", pointer);
    const avdId = this.string(misconfig, "AVDID", pointer);
    const title = this.string(misconfig, "Title", pointer);
    const message = this.string(misconfig, "Message", pointer);
    const status = this.string(misconfig, "Status", pointer);
    let startLine;
    let endLine;
    if (misconfig.CauseMetadata !== void 0 && misconfig.CauseMetadata !== null) {
      const cause = this.object(misconfig.CauseMetadata, `${pointer}/CauseMetadata`, "an object");
      if (cause !== void 0) {
        startLine = this.line(cause, "StartLine", `${pointer}/CauseMetadata`);
        endLine = this.line(cause, "EndLine", `${pointer}/CauseMetadata`);
      }
    }
    const severity = this.severity(misconfig, pointer);
    const ruleId = (id !== void 0 && id.trim() !== "" ? id : avdId ?? "").trim();
    if (ruleId === "") this.problem(pointer, "the misconfiguration has neither ID nor AVDID", "a check id");
    if (status !== void 0 && !MISCONFIG_STATUSES.includes(status)) {
      this.problem(
        `${pointer}/Status`,
        `'${status}' is not a Trivy misconfiguration status`,
        "FAIL, PASS or EXCEPTION"
      );
      return;
    }
    if (ruleId === "" || severity === void 0) return;
    if (status === "PASS") return;
    if (status === "EXCEPTION") {
      this.excepted += 1;
      return;
    }
    const location = {};
    const rawPath = scope.namespace !== void 0 && scope.namespace !== "" ? `${scope.namespace}/${target}` : target;
    if (rawPath.trim() !== "") location.path = normalizePath(this.context.root, rawPath);
    if (startLine !== void 0) location.startLine = startLine;
    if (startLine !== void 0 && endLine !== void 0 && endLine >= startLine) location.endLine = endLine;
    this.findings.push({
      identityKey: codeIdentity(TOOL14, ruleId, location),
      run: 0,
      scanType: this.context.scanType ?? "iac",
      ruleId,
      title: capTitle8(title ?? message ?? "") || ruleId,
      ...severity,
      aliases: [],
      cwe: [],
      location,
      sources: [this.source(pointer)]
    });
  }
  secret(value, pointer, target) {
    const secret = this.object(value, pointer, "a Trivy secret object");
    if (secret === void 0) return;
    const ruleId = this.string(secret, "RuleID", pointer, true);
    const title = this.string(secret, "Title", pointer);
    const category = this.string(secret, "Category", pointer);
    const startLine = this.line(secret, "StartLine", pointer);
    const endLine = this.line(secret, "EndLine", pointer);
    const severity = this.severity(secret, pointer);
    if (ruleId === void 0 || severity === void 0 || ruleId.trim() === "") return;
    const location = {};
    if (target.trim() !== "") location.path = normalizePath(this.context.root, target);
    if (startLine !== void 0) location.startLine = startLine;
    if (startLine !== void 0 && endLine !== void 0 && endLine >= startLine) location.endLine = endLine;
    this.findings.push({
      identityKey: secretIdentity(location),
      run: 0,
      scanType: this.context.scanType ?? "secret",
      ruleId: ruleId.trim(),
      title: capTitle8(title ?? category ?? "") || ruleId.trim(),
      ...severity,
      aliases: [],
      cwe: [],
      location,
      sources: [this.source(pointer)]
    });
  }
  /** Resources of a Kubernetes report: `{Namespace, Kind, Name, Results[], Error}`. */
  resources(values, pointer) {
    values.forEach((value, index2) => {
      const at = `${pointer}/${index2}`;
      const resource = this.object(value, at, "a Kubernetes resource object with Kind, Name and Results");
      if (resource === void 0) return;
      const namespace = this.string(resource, "Namespace", at);
      const kind = this.string(resource, "Kind", at) ?? "";
      const name = this.string(resource, "Name", at) ?? "";
      const error = this.string(resource, "Error", at);
      if (error !== void 0 && error.trim() !== "")
        this.resourceErrors.push(`${[namespace, kind, name].filter((s) => s).join("/")} (${at}): ${error.trim()}`);
      this.results(this.array(resource, "Results", at), `${at}/Results`, {
        artifactType: "container_image",
        ...namespace !== void 0 ? { namespace } : {}
      });
    });
  }
};
function runScanType(classes, artifactType, context) {
  if (context.scanType !== void 0) return context.scanType;
  if (artifactType === "container_image" || classes.has("os-pkgs")) return "container";
  if (classes.has("lang-pkgs")) return "dependency";
  if (classes.has("config")) return "iac";
  if (classes.has("secret")) return "secret";
  return "dependency";
}
async function parse18(input, context) {
  const document3 = context.document !== void 0 ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED11);
  const warnings = [];
  if (document3 === null) {
    warnings.push(
      `${input.path}: the report is the literal null, which Trivy before 0.20 writes when it finds nothing; counted as a completed scan with 0 findings.`
    );
    const run3 = {
      tool: TOOL14,
      scanType: context.scanType ?? "container",
      completed: true,
      problems: [],
      resultCount: 0
    };
    return { findings: [], runs: [run3], warnings };
  }
  let reader;
  let artifactType;
  if (Array.isArray(document3)) {
    reader = new TrivyReader(input, context, void 0);
    reader.results(document3, "", {});
  } else if (isObject12(document3) && !isSarif4(document3) && typeof document3.ClusterName === "string") {
    reader = new TrivyReader(input, context, void 0);
    for (const key of K8S_SECTIONS) reader.resources(reader.array(document3, key, ""), `/${key}`);
    artifactType = reader.classes.has("os-pkgs") || reader.classes.has("lang-pkgs") ? "container_image" : void 0;
  } else if (isObject12(document3) && !isSarif4(document3) && ("SchemaVersion" in document3 || "Results" in document3 || "ArtifactName" in document3)) {
    const trivy2 = isObject12(document3.Trivy) ? document3.Trivy : void 0;
    const version = typeof trivy2?.Version === "string" && trivy2.Version !== "" ? trivy2.Version : void 0;
    reader = new TrivyReader(input, context, version);
    if (document3.SchemaVersion !== void 0 && document3.SchemaVersion !== 2) {
      if (typeof document3.SchemaVersion !== "number")
        reader.problem("/SchemaVersion", `got ${describe9(document3.SchemaVersion)}`, "the number 2");
      else
        warnings.push(
          `${input.path}: /SchemaVersion: Trivy report schema ${document3.SchemaVersion} is not the version this reader knows (2); read as version 2.`
        );
    }
    artifactType = reader.string(document3, "ArtifactType", "");
    reader.results(reader.array(document3, "Results", ""), "/Results", {
      ...artifactType !== void 0 ? { artifactType } : {}
    });
  } else {
    const what = isObject12(document3) ? isSarif4(document3) ? "a SARIF log" : "an object with none of SchemaVersion, Results or ClusterName" : describe9(document3);
    throw new InputError(`${input.path}: (root): got ${what} (expected ${EXPECTED11}).`);
  }
  reader.throwIfProblems();
  const suppressed = [...reader.modified.values()].reduce((sum, n) => sum + n, 0);
  if (suppressed > 0) {
    const statuses = [...reader.modified.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status}: ${n}`).join(", ");
    warnings.push(
      `${input.path}: ${suppressed} finding${suppressed === 1 ? " was" : "s were"} suppressed by the user (Results[].ExperimentalModifiedFindings, ${statuses}) and not counted.`
    );
  }
  if (reader.excepted > 0)
    warnings.push(
      `${input.path}: ${reader.excepted} misconfiguration${reader.excepted === 1 ? " has" : "s have"} Status EXCEPTION (excepted by a Trivy exception policy) and ${reader.excepted === 1 ? "was" : "were"} not counted.`
    );
  if (reader.licenses > 0)
    warnings.push(
      `${input.path}: ${reader.licenses} license finding${reader.licenses === 1 ? "" : "s"} (Results[].Licenses) ${reader.licenses === 1 ? "is" : "are"} not a security finding and ${reader.licenses === 1 ? "was" : "were"} not counted.`
    );
  const run2 = {
    tool: TOOL14,
    ...reader.toolVersion !== void 0 ? { toolVersion: reader.toolVersion } : {},
    scanType: runScanType(reader.classes, artifactType, context),
    completed: reader.resourceErrors.length === 0,
    problems: reader.resourceErrors.map((error) => `Trivy could not scan the Kubernetes resource ${error}`),
    resultCount: reader.resultCount
  };
  return { findings: reader.findings, runs: [run2], warnings };
}
var trivy = {
  id: FORMAT16,
  title: "Trivy JSON (SchemaVersion 2, legacy list, Kubernetes cluster report)",
  detection: "a JSON object with a numeric 'SchemaVersion' and 'ArtifactName'/'ArtifactType'/'Results', an object with 'ClusterName' and resource lists, or a legacy array of objects with 'Target' and 'Vulnerabilities'",
  scanTypes: ["container", "dependency", "iac", "secret"],
  detect: detect17,
  parse: parse18
};

// src/ingest/trufflehog.ts
var FORMAT17 = "trufflehog";
var TOOL15 = "TruffleHog";
var MAX_TITLE18 = 300;
var EXPECTED_LINE = "one TruffleHog v3 result object per line";
function isObject13(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf8(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function cap9(text3) {
  const line2 = text3.split(/\r?\n/, 1)[0]?.trim() ?? "";
  return line2.length > MAX_TITLE18 ? `${line2.slice(0, MAX_TITLE18 - 1)}…` : line2;
}
function isResult2(value) {
  return isObject13(value) && isObject13(value.SourceMetadata) && "DetectorName" in value;
}
function isLogLine(value) {
  return isObject13(value) && typeof value.level === "string" && typeof value.msg === "string" && !("DetectorName" in value);
}
function detect18(sample) {
  if (sample.document !== void 0) return isResult2(sample.document) ? "certain" : "no";
  const head = sample.head.slice(0, 8192);
  if (!/^\s*\{/.test(head)) return "no";
  return /"SourceMetadata"\s*:/.test(head) && /"DetectorName"\s*:/.test(head) ? "certain" : "no";
}
function readLine2(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : void 0;
}
function readResult4(result, pointer, input, context) {
  const file = input.path;
  if (typeof result.DetectorName !== "string" || result.DetectorName.trim() === "")
    throw new InputError(
      `${file}: ${pointer}: DetectorName is ${kindOf8(result.DetectorName)}${typeof result.DetectorName === "string" ? " and empty" : ""} (expected the name of the TruffleHog detector).`
    );
  const detector = result.DetectorName.trim();
  const metadata = result.SourceMetadata;
  if (!isObject13(metadata.Data))
    throw new InputError(
      `${file}: ${pointer}: SourceMetadata.Data is ${kindOf8(metadata.Data)} (expected an object keyed by the source type, e.g. Git or Filesystem).`
    );
  const source = Object.values(metadata.Data).find(isObject13) ?? {};
  const location = {};
  const rawPath = typeof source.file === "string" && source.file.trim() !== "" ? source.file : source.link;
  if (typeof rawPath === "string" && rawPath.trim() !== "") location.path = normalizePath(context.root, rawPath);
  const line2 = readLine2(source.line);
  if (line2 !== void 0) location.startLine = line2;
  const verified = result.Verified === true;
  return {
    identityKey: secretIdentity(location),
    run: 0,
    scanType: context.scanType ?? "secret",
    ruleId: detector,
    title: cap9(`${detector} secret (${verified ? "verified" : "unverified"})`),
    severity: "unknown",
    severitySource: "no severity in trufflehog",
    aliases: [],
    cwe: [],
    location,
    sources: [{ input: file, format: FORMAT17, tool: TOOL15, pointer }]
  };
}
function parseLine2(text3, line2, last, input) {
  let value;
  try {
    value = JSON.parse(text3);
  } catch (error) {
    const reason = error.message.replace(/ in JSON at position \d+.*$/s, "");
    const truncated = last ? "; the file may be truncated" : "";
    throw new InputError(
      `${input.path}: line ${line2}: invalid JSON: ${reason}${truncated} (expected ${EXPECTED_LINE}).`
    );
  }
  if (text3.includes('"__proto__"')) parseJsonText(text3, { path: `${input.path}: line ${line2}` });
  return value;
}
function readLines2(input) {
  const text3 = decodeUtf8(input);
  if (text3.trim() === "")
    throw new InputError(`${input.path}: the file holds only whitespace (expected ${EXPECTED_LINE}).`);
  const entries = [];
  const lines = text3.split("\n");
  const lastLine = lines.findLastIndex((l) => l.trim() !== "");
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed !== "") entries.push({ value: parseLine2(trimmed, i + 1, i === lastLine, input), line: i + 1 });
  });
  return entries;
}
async function parse19(input, context) {
  const entries = context.document !== void 0 ? [{ value: context.document, line: 1 }] : readLines2(input);
  const scanType = context.scanType ?? "secret";
  const findings = [];
  const warnings = [];
  let logLines = 0;
  let finished;
  for (const { value, line: line2 } of entries) {
    const pointer = `line ${line2}`;
    if (isResult2(value)) findings.push(readResult4(value, pointer, input, context));
    else if (isLogLine(value)) {
      logLines += 1;
      if (value.msg === "finished scanning") finished = value;
    } else
      throw new InputError(
        `${input.path}: ${pointer}: the line is ${kindOf8(value)} without SourceMetadata and DetectorName (expected ${EXPECTED_LINE}).`
      );
  }
  const problems = [];
  if (logLines > 0) {
    warnings.push(`${input.path}: ${logLines} TruffleHog log line(s) were skipped; they are not results.`);
    if (findings.length === 0 && finished === void 0)
      throw new InputError(
        `${input.path}: the file holds only TruffleHog log lines, none of them 'finished scanning' (expected ${EXPECTED_LINE}, or the log of a finished scan).`
      );
    if (finished === void 0)
      problems.push(
        `TruffleHog's log lines are in the report but none says 'finished scanning', so the scan may have been cut short.`
      );
  }
  const toolVersion = typeof finished?.trufflehog_version === "string" && finished.trufflehog_version !== "" ? finished.trufflehog_version : void 0;
  if (toolVersion !== void 0)
    for (const finding of findings) for (const source of finding.sources) source.toolVersion = toolVersion;
  return {
    findings,
    runs: [
      {
        tool: TOOL15,
        ...toolVersion !== void 0 ? { toolVersion } : {},
        scanType,
        completed: problems.length === 0,
        problems,
        resultCount: findings.length
      }
    ],
    warnings
  };
}
var trufflehog = {
  id: FORMAT17,
  title: "TruffleHog v3 JSON lines",
  detection: "JSON lines whose objects have 'SourceMetadata' and 'DetectorName'",
  scanTypes: ["secret"],
  detect: detect18,
  parse: parse19
};

// src/ingest/registry.ts
var INGESTORS = createRegistry([
  sarif,
  trivy,
  grype,
  osvScanner,
  dependencyCheck,
  npmAudit,
  yarnAudit,
  snyk,
  pipAudit,
  govulncheck,
  gitleaks,
  trufflehog,
  zap,
  nuclei,
  semgrep,
  bandit,
  checkov,
  gitlab
]);
function createRegistry(ingestors) {
  const seen = /* @__PURE__ */ new Set();
  for (const ingestor of ingestors) {
    if (seen.has(ingestor.id)) throw new Error(`Two ingestors share the id '${ingestor.id}'.`);
    seen.add(ingestor.id);
  }
  return ingestors;
}
function findIngestor(id, registry = INGESTORS) {
  return registry.find((ingestor) => ingestor.id === id);
}

// src/ingest/detect.ts
var HEAD_BYTES = 64 * 1024;
function sampleInput(input) {
  const head = input.bytes.toString("utf8", 0, Math.min(input.bytes.length, HEAD_BYTES));
  let document3;
  let parseError;
  try {
    let text3 = input.bytes.toString("utf8");
    if (text3.charCodeAt(0) === 65279) text3 = text3.slice(1);
    document3 = JSON.parse(text3);
  } catch (error) {
    parseError = error.message;
  }
  const sample = { path: input.path, head };
  if (parseError === void 0) sample.document = document3;
  return { sample, ...parseError !== void 0 ? { parseError } : {} };
}
function safeDetect(ingestor, sample) {
  try {
    return ingestor.detect(sample);
  } catch {
    return "no";
  }
}
function detectFormat(input, declared, registry = INGESTORS) {
  const { sample, parseError } = sampleInput(input);
  if (declared !== void 0) {
    const ingestor = findIngestor(declared, registry);
    if (!ingestor)
      throw new ConfigError(
        `${input.path}: format '${declared}' is not supported (expected one of ${registry.map((i) => i.id).join(", ")}; see 'shipgate formats').`
      );
    return {
      ingestor,
      ...sample.document !== void 0 || parseError === void 0 ? { document: sample.document } : {}
    };
  }
  const answers = registry.map((ingestor) => ({ ingestor, detection: safeDetect(ingestor, sample) }));
  const certain = answers.filter((a) => a.detection === "certain");
  const possible = answers.filter((a) => a.detection === "possible");
  const chosen = certain.length === 1 ? certain[0] : certain.length === 0 && possible.length === 1 ? possible[0] : void 0;
  if (chosen) return { ingestor: chosen.ingestor, ...parseError === void 0 ? { document: sample.document } : {} };
  const candidates = certain.length > 1 ? certain : possible;
  if (candidates.length > 1)
    throw new InputError(
      `${input.path}: the format is ambiguous: it could be ${candidates.map((c) => c.ingestor.id).join(" or ")}; declare it with 'format:' for this input in the policy.`
    );
  throw new InputError(
    `${input.path}: the format was not recognized${parseError ? ` (it is not valid JSON: ${parseError})` : ""}; expected one of the formats 'shipgate formats' lists, or declare 'format:' for this input in the policy.`
  );
}

// src/evidence/source.ts
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, lstatSync as lstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
var MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;
function createWorkspaceReader(root) {
  return {
    origin: "workspace",
    read(path) {
      const rel = relativeToRoot(root, path);
      if (rel === void 0 || rel === "")
        throw new InputError(
          `${path}: the evidence file is outside the root ${root}; evidence must be inside the workspace.`
        );
      const abs = resolve2(root, rel);
      let stat;
      try {
        stat = lstatSync2(abs);
      } catch {
        return void 0;
      }
      if (stat.isSymbolicLink())
        throw new InputError(`${rel}: the evidence file is a symbolic link; symlinks are refused.`);
      if (!stat.isFile()) throw new InputError(`${rel}: the evidence path is not a regular file.`);
      const fd = openSync2(abs, constants2.O_RDONLY | constants2.O_NOFOLLOW);
      try {
        const size = fstatSync2(fd).size;
        if (size > MAX_EVIDENCE_BYTES)
          throw new InputError(`${rel}: the evidence file is ${size} bytes (at most ${MAX_EVIDENCE_BYTES}).`);
        const bytes = Buffer.alloc(size);
        let offset = 0;
        while (offset < size) {
          const n = readSync2(fd, bytes, offset, size - offset, offset);
          if (n === 0) break;
          offset += n;
        }
        return {
          path: rel,
          bytes: bytes.subarray(0, offset),
          sha256: sha256(bytes.subarray(0, offset)),
          origin: "workspace"
        };
      } finally {
        closeSync2(fd);
      }
    },
    list(pattern) {
      if (!isGlob(pattern)) return this.read(pattern) ? [relativeToRoot(root, pattern)] : [];
      try {
        return resolveInputPaths(root, pattern).filter((p) => matchGlob(pattern.replace(/^\.\//, ""), p));
      } catch (error) {
        if (error instanceof InputError && /matched no files/.test(error.message)) return [];
        throw error;
      }
    }
  };
}
function sha256(bytes) {
  return createHash3("sha256").update(bytes).digest("hex");
}

// src/schema.ts
var ajv2020 = __toESM(require__(), 1);
var Ajv2020 = ajv2020.default.default ?? ajv2020.default;
var compiled = /* @__PURE__ */ new Map();
function compile(schema) {
  const cached = compiled.get(schema);
  if (cached) return cached;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(schema);
  compiled.set(schema, validate);
  return validate;
}
function valueAt(root, pointer) {
  let current = root;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function show(value) {
  const text3 = JSON.stringify(value);
  if (text3 === void 0) return String(value);
  return text3.length > 80 ? `${text3.slice(0, 77)}...` : text3;
}
function describe10(error, document3) {
  const pointer = error.instancePath;
  const value = valueAt(document3, pointer);
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      return { pointer: `${pointer}/${key}`, key: true, text: `unknown key '${key}'` };
    }
    case "required":
      return { pointer, key: false, text: `the key '${String(params.missingProperty)}' is missing` };
    case "enum":
      return {
        pointer,
        key: false,
        text: `${show(value)} is not allowed (expected one of ${params.allowedValues.map(show).join(", ")})`
      };
    case "const":
      return { pointer, key: false, text: `${show(value)} is not allowed (expected ${show(params.allowedValue)})` };
    case "type":
      return { pointer, key: false, text: `${show(value)} is not allowed (expected ${String(params.type)})` };
    default:
      return { pointer, key: false, text: `${show(value)} is not allowed: ${error.message ?? "invalid"}` };
  }
}
function validateWithSchema(schema, doc, file) {
  const validate = compile(schema);
  if (validate(doc.value)) return [];
  const errors = validate.errors ?? [];
  const specific = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf");
  const seen = /* @__PURE__ */ new Set();
  const messages = [];
  for (const error of specific.length > 0 ? specific : errors) {
    const { pointer, key, text: text3 } = describe10(error, doc.value);
    const message = `${file}: ${doc.positionOf(pointer, key)}: ${pointer || "/"}: ${text3}.`;
    if (!seen.has(message)) {
      seen.add(message);
      messages.push(message);
    }
  }
  return messages;
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index2 = 0; index2 < binary.length; index2++) result[index2] = binary.charCodeAt(index2);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index2 = 0; index2 < object.length; index2++) binary += String.fromCharCode(object[index2]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index2 = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous2 = result[previousIndex];
      if (previous2.nodeKind === tag.nodeKind && previous2.tagName === tag.tagName && previous2.matchByTagPrefix === tag.matchByTagPrefix) {
        index2 = previousIndex;
        break;
      }
    }
    result[index2] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index2 = 0; index2 < array.length; index2++) {
      if (Array.isArray(array[index2])) return null;
      if (typeof array[index2] === "object" && Object.prototype.toString.call(array[index2]) === "[object Object]") array[index2] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position2, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position2 - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position2 - maxHalfLength + head.length;
  }
  if (lineEnd - position2 > maxHalfLength) {
    tail = " ...";
    lineEnd = position2 + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
    pos: position2 - lineStart + head.length
  };
}
function padStart(string3, max) {
  return " ".repeat(Math.max(max - string3.length, 0)) + string3;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line3 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line3.str}
${result}`;
  }
  const line2 = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line2.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line2.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line3 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line3.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position2, message, filename = "") {
    let line2 = 0;
    let lineStart = 0;
    for (let index2 = 0; index2 < position2; index2++) {
      const ch = source.charCodeAt(index2);
      if (ch === 10) {
        line2++;
        lineStart = index2 + 1;
      } else if (ch === 13) {
        line2++;
        if (source.charCodeAt(index2 + 1) === 10) index2++;
        lineStart = index2 + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position: position2,
      line: line2,
      column: position2 - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "";
    case 95:
      return " ";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position2, end) {
  let breaks = 0;
  while (position2 < end) {
    const ch = input.charCodeAt(position2);
    if (ch === 10) {
      breaks++;
      position2++;
    } else if (ch === 13) {
      breaks++;
      position2++;
      if (input.charCodeAt(position2) === 10) position2++;
    } else if (ch === 32 || ch === 9) position2++;
    else break;
  }
  return {
    position: position2,
    breaks
  };
}
function foldedBreaks(count2) {
  if (count2 === 1) return " ";
  return "\n".repeat(count2 - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position2 = start;
  let captureStart = start;
  let captureEnd = start;
  while (position2 < end) {
    const ch = input.charCodeAt(position2);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position2, end);
      result += foldedBreaks(fold.breaks);
      position2 = captureStart = captureEnd = fold.position;
    } else {
      position2++;
      if (ch !== 32 && ch !== 9) captureEnd = position2;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position2 = start;
  let captureStart = start;
  let captureEnd = start;
  while (position2 < end) {
    const ch = input.charCodeAt(position2);
    if (ch === 39) {
      result += input.slice(captureStart, position2) + "'";
      position2 += 2;
      captureStart = captureEnd = position2;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position2, end);
      result += foldedBreaks(fold.breaks);
      position2 = captureStart = captureEnd = fold.position;
    } else {
      position2++;
      if (ch !== 32 && ch !== 9) captureEnd = position2;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position2 = start;
  let captureStart = start;
  let captureEnd = start;
  while (position2 < end) {
    const ch = input.charCodeAt(position2);
    if (ch === 92) {
      result += input.slice(captureStart, position2);
      position2++;
      const escaped = input.charCodeAt(position2);
      if (escaped === 10 || escaped === 13) position2 = skipFoldedBreaks(input, position2, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position2++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position2++;
          const digit = fromHexCode$1(input.charCodeAt(position2));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position2++;
      }
      captureStart = captureEnd = position2;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position2, end);
      result += foldedBreaks(fold.breaks);
      position2 = captureStart = captureEnd = fold.position;
    } else {
      position2++;
      if (ch !== 32 && ch !== 9) captureEnd = position2;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line2 of lines) {
    let column = 0;
    while (column < textIndent && line2.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line2.length) {
      emptyLines++;
      continue;
    }
    const content3 = line2.slice(textIndent);
    const first = content3.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content3;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
  return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
  const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
  let result = "";
  for (let index2 = 0; index2 < source.length; index2++) {
    let ch = source.charCodeAt(index2);
    if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index2])) {
      result += source[index2];
      continue;
    }
    if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index2) & 1023);
    if (ch < 128) result += percentByte(ch);
    else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
    else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
    else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
  }
  return result;
}
function tagPercentDecode(source) {
  let result = "";
  let index2 = 0;
  while (index2 < source.length) {
    if (source.charCodeAt(index2) !== 37) {
      result += source[index2++];
      continue;
    }
    let ch = parseInt(source.slice(index2 + 1, index2 + 3), 16);
    index2 += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index2 + 1, index2 + 3), 16) & 63;
        index2 += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
  let tag = fullTag;
  if (tag.charCodeAt(0) === 33) {
    tag = tag.slice(1);
    return `!${tagPercentEncode(tag, true)}`;
  }
  if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
  return `!<${tagPercentEncode(tag, false)}>`;
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position2, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position2, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position2 = state.position) {
  const ch = state.input.charCodeAt(position2);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position2 + 1) && ch === state.input.charCodeAt(position2 + 2)) {
    const following = state.input.charCodeAt(position2 + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
var INVALID = /* @__PURE__ */ Symbol("INVALID");
function buildRepresentTypes(schema) {
  const defaultTags = new Set([
    schema.defaultScalarTag,
    schema.defaultSequenceTag,
    schema.defaultMappingTag
  ].filter((t) => t !== void 0));
  const implicitScalars = schema.implicitScalarTags;
  const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
  const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
  return [
    ...implicitScalars.map((tag) => ({
      tag,
      implicitTag: true
    })),
    ...explicitTags.map((tag) => ({
      tag,
      implicitTag: false
    })),
    ...defaultTagsLast.map((tag) => ({
      tag,
      implicitTag: true
    }))
  ];
}
function matchTag(state, object) {
  for (let index2 = 0, length = state.representTypes.length; index2 < length; index2 += 1) {
    const { tag, implicitTag } = state.representTypes[index2];
    if (tag.identify(object)) {
      let tagName;
      if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
      else tagName = tag.tagName;
      return {
        tag,
        tagName,
        implicitTag
      };
    }
  }
  return null;
}
function build(state, object) {
  if (!state.noRefs && object !== null && typeof object === "object") {
    const existing = state.refs.get(object);
    if (existing) {
      if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
      return {
        kind: "alias",
        anchor: existing.anchor
      };
    }
  }
  const matched = matchTag(state, object);
  if (!matched) {
    if (object === void 0) return INVALID;
    if (state.skipInvalid) return INVALID;
    throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
  }
  const { tag, tagName, implicitTag } = matched;
  const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
  if (tag.nodeKind === "scalar") return {
    kind: "scalar",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: SCALAR_STYLE.PLAIN,
    value: tag.represent(object)
  };
  if (tag.nodeKind === "sequence") {
    const container = tag.represent(object);
    const node3 = {
      kind: "sequence",
      tag: nodeTagName,
      tagged: !implicitTag,
      style: COLLECTION_STYLE.BLOCK,
      items: []
    };
    if (!state.noRefs) state.refs.set(object, node3);
    for (let index2 = 0, length = container.length; index2 < length; index2 += 1) {
      let item = build(state, container[index2]);
      if (item === INVALID && container[index2] === void 0) item = build(state, null);
      if (item === INVALID) continue;
      node3.items.push(item);
    }
    return node3;
  }
  const map = tag.represent(object);
  const node2 = {
    kind: "mapping",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: COLLECTION_STYLE.BLOCK,
    items: []
  };
  if (!state.noRefs) state.refs.set(object, node2);
  for (const [objectKey, objectValue] of map) {
    const key = build(state, objectKey);
    if (key === INVALID) continue;
    const value = build(state, objectValue);
    if (value === INVALID) continue;
    node2.items.push({
      key,
      value
    });
  }
  return node2;
}
function jsToAst(input, schema, options = {}) {
  const root = build({
    representTypes: buildRepresentTypes(schema),
    noRefs: options.noRefs ?? false,
    skipInvalid: options.skipInvalid ?? false,
    refs: /* @__PURE__ */ new Map(),
    refCounter: 0
  }, input);
  return [{
    contents: root === INVALID ? null : root,
    directives: []
  }];
}
var VISIT_BREAK = /* @__PURE__ */ Symbol("visit:break");
var VISIT_SKIP = /* @__PURE__ */ Symbol("visit:skip");
function visitNode(node2, visitor, ctx) {
  const control = visitor(node2, ctx);
  if (control === VISIT_BREAK) return true;
  if (control === VISIT_SKIP) return false;
  const depth = ctx.depth + 1;
  switch (node2.kind) {
    case "sequence":
      for (const item of node2.items) if (visitNode(item, visitor, {
        depth,
        parent: node2,
        isKey: false
      })) return true;
      break;
    case "mapping":
      for (const { key, value } of node2.items) {
        if (visitNode(key, visitor, {
          depth,
          parent: node2,
          isKey: true
        })) return true;
        if (visitNode(value, visitor, {
          depth,
          parent: node2,
          isKey: false
        })) return true;
      }
  }
  return false;
}
function visit(documents, visitor) {
  for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
    depth: 0,
    parent: null,
    isKey: false
  })) return;
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position2 = 0;
  let shouldFold = false;
  while (position2 <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position2);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line2 = value.slice(position2, lineEnd);
    if (line2.length > availableWidth && line2[0] !== " " && / [^ \t]/.test(line2)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position2 = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function setBit(mask, bit) {
  return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
  const str8 = layout.node.value;
  if (str8 !== "") {
    if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str8)) return false;
    if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str8)) return false;
    if (layout.shiftOfContent === 0) {
      const firstLineBreak = str8.indexOf("\n");
      if (firstLineBreak !== -1) {
        const content3 = str8.slice(firstLineBreak + 1);
        if (C_FORBIDDEN_CONTENT.test(content3)) return false;
      }
    }
  }
  const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str8).tag.tagName;
  if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
  if (!layout.node.tagged && str8 === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
  return true;
}
function canUseSingleQuoted(layout) {
  const str8 = layout.node.value;
  if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str8)) return false;
  if (/[ \t]\n|\n[ \t]/.test(str8)) return false;
  if (!layout.isKey && layout.shiftOfContent === 0) {
    const firstLineBreak = str8.indexOf("\n");
    if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str8.slice(firstLineBreak + 1))) return false;
  }
  return true;
}
function canUseBlock(layout) {
  if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
  const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
  if (contentIndent < 1) return false;
  if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
  if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
  return true;
}
function detectAllowedStyles(layout) {
  let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
  if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
  if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
  if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
  layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
  switch (layout.style) {
    case SCALAR_STYLE.PLAIN:
      return renderPlain(layout);
    case SCALAR_STYLE.SINGLE_QUOTED:
      return renderSingleQuoted(layout);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return renderLiteralBlock(layout);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return renderFoldedBlock(layout);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return renderDoubleQuoted(layout);
  }
}
function renderPlain(layout) {
  return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
  return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
  const value = layout.node.value;
  return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
  const value = layout.node.value;
  const w = layout.presenterOptions.lineWidth;
  let availableWidth = Infinity;
  if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
  return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string3, shiftOfContent) {
  let nextLF = string3.indexOf("\n");
  if (nextLF === -1) return string3;
  const pad = " ".repeat(shiftOfContent);
  let result = string3.slice(0, nextLF);
  const lineRe = /(\n+)([^\n]*)/g;
  lineRe.lastIndex = nextLF;
  let match;
  while (match = lineRe.exec(string3)) {
    const breaks = match[1].length;
    const line2 = match[2];
    result += "\n".repeat(breaks + 1) + pad + line2;
  }
  return result;
}
function indentString(string3, spaces) {
  const indent = " ".repeat(spaces);
  let position2 = 0;
  let result = "";
  const length = string3.length;
  while (position2 < length) {
    let line2;
    const next = string3.indexOf("\n", position2);
    if (next === -1) {
      line2 = string3.slice(position2);
      position2 = length;
    } else {
      line2 = string3.slice(position2, next + 1);
      position2 = next + 1;
    }
    if (line2.length && line2 !== "\n") result += indent;
    result += line2;
  }
  return result;
}
function needIndentIndicator(string3) {
  return /^\n* /.test(string3);
}
function blockHeader(string3, shiftOfParent, shiftOfContent) {
  const indentIndicator = needIndentIndicator(string3) ? String(shiftOfContent - shiftOfParent) : "";
  const clip = string3[string3.length - 1] === "\n";
  return `${indentIndicator}${clip && (string3[string3.length - 2] === "\n" || string3 === "\n") ? "+" : clip ? "" : "-"}
`;
}
function dropEndingNewline(string3) {
  return string3[string3.length - 1] === "\n" ? string3.slice(0, -1) : string3;
}
function isMoreIndented(char) {
  return char === " " || char === "	";
}
function foldLine(line2, width) {
  if (line2 === "" || isMoreIndented(line2[0])) return line2;
  const breakRe = / [^ \t]/g;
  let match;
  let start = 0;
  let end;
  let curr = 0;
  let next = 0;
  let result = "";
  while (match = breakRe.exec(line2)) {
    next = match.index;
    if (next - start > width) {
      end = curr > start ? curr : next;
      result += `
${line2.slice(start, end)}`;
      start = end + 1;
    }
    curr = next;
  }
  result += "\n";
  if (line2.length - start > width && curr > start) result += `${line2.slice(start, curr)}
${line2.slice(curr + 1)}`;
  else result += line2.slice(start);
  return result.slice(1);
}
function foldBlockScalar(string3, width) {
  const lineRe = /(\n+)([^\n]*)/g;
  let nextLF = string3.indexOf("\n");
  if (nextLF === -1) nextLF = string3.length;
  lineRe.lastIndex = nextLF;
  let result = foldLine(string3.slice(0, nextLF), width);
  let prevMoreIndented = string3[0] === "\n" || isMoreIndented(string3[0]);
  let moreIndented;
  let match;
  while (match = lineRe.exec(string3)) {
    const prefix = match[1];
    const line2 = match[2];
    moreIndented = line2 !== "" && isMoreIndented(line2[0]);
    result += prefix + (!prevMoreIndented && !moreIndented && line2 !== "" ? "\n" : "") + foldLine(line2, width);
    prevMoreIndented = moreIndented;
  }
  return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
  switch (character) {
    case "\0":
      return "\\0";
    case "\x07":
      return "\\a";
    case "\b":
      return "\\b";
    case "	":
      return "\\t";
    case "\n":
      return "\\n";
    case "\v":
      return "\\v";
    case "\f":
      return "\\f";
    case "\r":
      return "\\r";
    case "\x1B":
      return "\\e";
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "":
      return "\\N";
    case " ":
      return "\\_";
    case "\u2028":
      return "\\L";
    case "\u2029":
      return "\\P";
  }
  const code = character.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
  return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string3) {
  return string3.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
function nodeTagShort(node2) {
  return node2.tagged ? node2.tag : tagNameShort(node2.tag);
}
function createPresenterState(options) {
  const opts = {
    ...DEFAULT_PRESENTER_OPTIONS,
    ...options
  };
  if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
  return {
    ...opts,
    defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
    openEnded: false
  };
}
function generateNextLine(state, level) {
  return `
${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node2, parent, level, isKey, flowOnly) {
  return {
    node: node2,
    parent,
    level,
    isKey,
    flowOnly,
    shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
    shiftOfContent: state.indent * Math.max(1, level),
    shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
    presenterOptions: state,
    allowedStylesMask: 0,
    style: node2.style
  };
}
function writeFlowSequence(state, level, node2) {
  let result = "";
  for (let index2 = 0, length = node2.items.length; index2 < length; index2 += 1) {
    const item = writeNode(state, level, node2.items[index2], node2, {}).text;
    if (index2 > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    result += item;
  }
  const pad = state.flowBracketPadding && node2.items.length > 0 ? " " : "";
  return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node2, compact) {
  let result = "";
  for (let index2 = 0, length = node2.items.length; index2 < length; index2 += 1) {
    const item = writeNode(state, level + 1, node2.items[index2], node2, {
      block: true,
      compact: state.seqInlineFirst,
      isblockseq: true
    }).text;
    if (!compact || result !== "") result += generateNextLine(state, level);
    if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
    else result += "- ";
    result += item;
  }
  return result;
}
function writeFlowMapping(state, level, node2) {
  let result = "";
  for (const { key, value } of node2.items) {
    let pairBuffer = "";
    if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    const keyRender = writeNode(state, level, key, node2, { iskey: true });
    const keyText = keyRender.text;
    const valueText = writeNode(state, level, value, node2, {}).text;
    const sep2 = state.flowSkipColonSpace || valueText === "" ? "" : " ";
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
    pairBuffer += `${keyText}${keyColonSep}:${sep2}${valueText}`;
    result += pairBuffer;
  }
  const pad = state.flowBracketPadding && result !== "" ? " " : "";
  return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node2, compact) {
  let result = "";
  for (let index2 = 0, length = node2.items.length; index2 < length; index2 += 1) {
    let pairBuffer = "";
    if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
    const { key, value } = node2.items[index2];
    const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
    const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node2, {
      block: true,
      compact: true,
      isblockseq: !cannotBeCompact(state, key, level + 1)
    }) : writeNode(state, level + 1, key, node2, {
      block: true,
      compact: true,
      iskey: true
    });
    const keyText = keyRender.text;
    const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
    const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
    const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
    if (explicitPair) {
      if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
      else pairBuffer += "? ";
    }
    pairBuffer += keyText;
    if (explicitPair) pairBuffer += generateNextLine(state, level);
    const valueText = writeNode(state, level + 1, value, node2, {
      block: true,
      compact: explicitPair,
      isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
    }).text;
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
    if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
    else pairBuffer += `${keyColonSep}: `;
    pairBuffer += valueText;
    result += pairBuffer;
  }
  return result;
}
function cannotBeCompact(state, node2, level) {
  if (node2.kind === "alias") return true;
  return node2.tagged || node2.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node2, parent, ctx) {
  if (node2.kind === "alias") {
    state.openEnded = false;
    return {
      text: `*${node2.anchor}`,
      noBody: false
    };
  }
  const { block = false, iskey = false, isblockseq = false } = ctx;
  let compact = ctx.compact ?? false;
  const hasAnchor = node2.anchor !== void 0;
  if (cannotBeCompact(state, node2, level)) compact = false;
  let body;
  let shouldPrintTag = node2.tagged;
  const useBlockCollection = block && (node2.kind === "mapping" || node2.kind === "sequence") && node2.style === COLLECTION_STYLE.BLOCK && node2.items.length !== 0;
  if (node2.kind === "mapping") {
    if (useBlockCollection) body = writeBlockMapping(state, level, node2, compact);
    else body = writeFlowMapping(state, level, node2);
  } else if (node2.kind === "sequence") {
    if (useBlockCollection) {
      if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node2, compact);
      else body = writeBlockSequence(state, level, node2, compact);
    } else body = writeFlowSequence(state, level, node2);
  } else {
    const layout = scalarLayout(state, node2, parent, level, iskey, !block);
    detectAllowedStyles(layout);
    for (const rule of state.scalarStyleRules) rule(layout);
    body = renderScalar(layout);
    state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node2.value === "\n" || node2.value.endsWith("\n\n"));
    shouldPrintTag = node2.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node2.tag !== state.defaultScalarTagName;
  }
  if ((node2.kind === "mapping" || node2.kind === "sequence") && !useBlockCollection) state.openEnded = false;
  if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
  const noBody = body === "";
  let text3 = body;
  if (shouldPrintTag || hasAnchor) {
    const props = [];
    const tag = shouldPrintTag ? nodeTagShort(node2) : null;
    const anchor = hasAnchor ? `&${node2.anchor}` : null;
    if (state.tagBeforeAnchor) {
      if (tag !== null) props.push(tag);
      if (anchor !== null) props.push(anchor);
    } else {
      if (anchor !== null) props.push(anchor);
      if (tag !== null) props.push(tag);
    }
    const sep2 = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
    text3 = `${props.join(" ")}${sep2}${body}`;
  }
  return {
    text: text3,
    noBody
  };
}
function rootStartsOwnLine(node2) {
  return (node2.kind === "sequence" || node2.kind === "mapping") && node2.style === COLLECTION_STYLE.BLOCK && node2.items.length !== 0 && !node2.tagged && node2.anchor === void 0;
}
function writeDocumentDirectives(doc) {
  let result = "";
  for (const directive of doc.directives) {
    if (directive.kind === "yaml") {
      result += `%YAML ${directive.version}
`;
      continue;
    }
    const { handle, prefix } = directive;
    result += `%TAG ${handle} ${prefix}
`;
  }
  return result;
}
function present(documents, options) {
  const state = createPresenterState(options);
  let result = "";
  let previousEnded = false;
  for (let index2 = 0; index2 < documents.length; index2 += 1) {
    const doc = documents[index2];
    state.openEnded = false;
    const directives = writeDocumentDirectives(doc);
    const hasDirectives = directives !== "";
    const marker = doc.explicitStart || hasDirectives || index2 > 0 && !previousEnded;
    result += directives;
    if (doc.contents === null) {
      if (marker) result += "---\n";
    } else if (marker) {
      const body = writeNode(state, 0, doc.contents, null, {
        block: true,
        compact: true
      }).text;
      const sep2 = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
      result += `---${sep2}${body}
`;
    } else result += writeNode(state, 0, doc.contents, null, {
      block: true,
      compact: true
    }).text + "\n";
    previousEnded = doc.explicitEnd || state.openEnded;
    if (previousEnded) result += "...\n";
  }
  return result;
}
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
function defaultCompareFn(a, b) {
  const x = String(a);
  const y = String(b);
  if (x < y) return -1;
  if (x > y) return 1;
  return 0;
}
function dump(input, options = {}) {
  const opts = {
    ...DEFAULT_DUMP_OPTIONS,
    ...options
  };
  const documents = jsToAst(input, opts.schema, {
    noRefs: opts.noRefs,
    skipInvalid: opts.skipInvalid
  });
  if (opts.flowLevel >= 0) visit(documents, (node2, ctx) => {
    if (ctx.depth < opts.flowLevel) return;
    if (node2.kind === "sequence" || node2.kind === "mapping") node2.style = COLLECTION_STYLE.FLOW;
    return VISIT_SKIP;
  });
  if (opts.sortKeys) {
    const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
    visit(documents, (node2) => {
      if (node2.kind !== "mapping") return;
      node2.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
    });
  }
  opts.transform(documents);
  return present(documents, {
    ...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
    schema: opts.schema
  });
}
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/yaml.ts
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAX_DEPTH = 64;
var YamlError = class extends Error {
  constructor(reason, where) {
    super(`${where}: ${reason}`);
    this.reason = reason;
    this.where = where;
  }
  reason;
  where;
};
function guard(fn) {
  try {
    return fn();
  } catch (error) {
    if (error instanceof YAMLException) {
      const reason = error.reason.replace(/^aliases exceeded maxAliases \(0\)$/, "YAML aliases are not allowed");
      const where = error.mark ? `line ${error.mark.line + 1}, column ${error.mark.column + 1}` : "line 1, column 1";
      throw new YamlError(reason, where);
    }
    throw new YamlError(String(error.message), "line 1, column 1");
  }
}
function loadYaml(text3) {
  const values = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  const events = guard(() => parseEvents(text3, { maxDepth: MAX_DEPTH }));
  const stack = [];
  const at = (offset) => {
    const { line: line2, column } = lineColumnAt(text3, offset);
    return `line ${line2}, column ${column}`;
  };
  const nextPointer = () => {
    const top = stack[stack.length - 1];
    if (!top) return "";
    if (top.kind === "seq") return `${top.pointer}/${top.index++}`;
    if (top.expectingKey) return void 0;
    top.expectingKey = true;
    return `${top.pointer}/${escapePointer(top.key ?? "")}`;
  };
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === EVENT_ID.ALIAS)
      throw new YamlError("YAML aliases are not allowed", at(Math.max(0, event.anchorStart - 1)));
    const start = event.type === EVENT_ID.SCALAR ? event.valueStart : event.start;
    const pointer = nextPointer();
    if (pointer === void 0) {
      const top = stack[stack.length - 1];
      if (event.type !== EVENT_ID.SCALAR) throw new YamlError("complex mapping keys are not allowed", at(start));
      const key = getScalarValue(text3, event);
      if (FORBIDDEN_KEYS.has(key)) throw new YamlError(`the key '${key}' is not allowed`, at(start));
      top.key = key;
      top.expectingKey = false;
      keys.set(`${top.pointer}/${escapePointer(key)}`, start);
      continue;
    }
    values.set(pointer, Math.max(0, start));
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: "map", pointer, index: 0, expectingKey: true });
    else if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: "seq", pointer, index: 0, expectingKey: false });
  }
  const value = guard(() => load(text3, { maxAliases: 0, maxDepth: MAX_DEPTH }));
  return {
    value,
    positionOf(pointer, key = false) {
      let current = pointer;
      for (; ; ) {
        const offset = (key ? keys.get(current) : void 0) ?? values.get(current) ?? keys.get(current);
        if (offset !== void 0) return at(offset);
        if (current === "") return "line 1, column 1";
        current = current.slice(0, current.lastIndexOf("/"));
      }
    }
  };
}

// schemas/exception.schema.json
var exception_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://shipgate.dev/schemas/exception.schema.json",
  title: "shipgate exception file (.shipgate/exceptions/*.yml)",
  type: "object",
  additionalProperties: false,
  required: ["exceptions"],
  properties: {
    exceptions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "type", "match", "reason", "owner", "approvedBy", "approvedOn", "expires"],
        properties: {
          id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" },
          type: { enum: ["risk-acceptance", "false-positive", "compensating-control"] },
          match: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            properties: {
              finding: { type: "string", pattern: "^SG-[0-9a-f]{16}$" },
              vulnerability: { type: "string", minLength: 1, maxLength: 128 },
              rule: { type: "string", minLength: 1, maxLength: 512 },
              package: { type: "string", minLength: 1, maxLength: 512 },
              path: { type: "string", minLength: 1, maxLength: 512 },
              tool: { type: "string", minLength: 1, maxLength: 128 }
            }
          },
          reason: { type: "string", minLength: 1, maxLength: 4e3 },
          control: { type: "string", minLength: 1, maxLength: 4e3 },
          owner: { type: "string", minLength: 1, maxLength: 128 },
          approvedBy: { type: "string", minLength: 1, maxLength: 128 },
          approvedOn: { $ref: "#/$defs/date" },
          expires: { $ref: "#/$defs/date" },
          ticket: { type: "string", maxLength: 256 }
        }
      }
    }
  },
  $defs: {
    date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
  }
};

// src/evidence/exceptions.ts
var EXCEPTION_TYPES = ["risk-acceptance", "false-positive", "compensating-control"];
function emptyExceptionReport() {
  return { applied: [], rejected: [], unused: [], expiringSoon: [], pending: [], inFile: [] };
}
function isIsoDate2(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 864e5);
}
function lineOf2(doc, pointer) {
  return Number(/line (\d+)/.exec(doc.positionOf(pointer))?.[1] ?? 1);
}
function parseExceptionFile(text3, file) {
  let doc;
  try {
    doc = loadYaml(text3);
  } catch (error) {
    if (error instanceof YamlError)
      throw new ConfigError(`${file}: ${error.where}: ${error.reason} (expected an exception file in YAML).`);
    throw error;
  }
  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value))
    throw new ConfigError(`${file}: line 1, column 1: an exception file must be a mapping with an 'exceptions' list.`);
  const problems = validateWithSchema(exception_schema_default, doc, file);
  if (problems.length > 0) throw new ConfigError(`${file}: the exception file is invalid.`, problems);
  const entries = doc.value.exceptions;
  const result = [];
  entries.forEach((entry, i) => {
    const pointer = `/exceptions/${i}`;
    const at = (sub) => `${file}: ${doc.positionOf(`${pointer}${sub}`)}`;
    const m = entry.match;
    if (m.finding === void 0 && m.vulnerability === void 0 && m.rule === void 0)
      problems.push(
        `${at("/match")}: exception '${entry.id}' selects only by ${Object.keys(m).join(" and ")}, which is too broad (expected a finding, vulnerability or rule selector).`
      );
    for (const key of ["approvedOn", "expires"])
      if (!isIsoDate2(entry[key]))
        problems.push(`${at(`/${key}`)}: '${entry[key]}' is not a calendar date (expected YYYY-MM-DD).`);
    if (entry.type === "compensating-control" && !entry.control)
      problems.push(
        `${at("")}: exception '${entry.id}' is a compensating-control without 'control' (expected the control that mitigates the finding).`
      );
    if (m.path !== void 0) {
      const refused = checkGlobPattern(m.path);
      if (refused) problems.push(`${at("/match/path")}: the path glob '${m.path}' is refused: ${refused}.`);
    }
    const earlier = result.find((e) => e.id === entry.id);
    if (earlier)
      problems.push(
        `${at("/id")}: exception id '${entry.id}' is used twice in this file (first at line ${earlier.line}).`
      );
    result.push({ ...entry, file, line: lineOf2(doc, pointer) });
  });
  if (problems.length > 0) throw new ConfigError(`${file}: the exception file is invalid.`, problems);
  return result;
}
function exceptionMatches(exception, finding) {
  const m = exception.match;
  if (m.finding !== void 0 && m.finding !== finding.id) return false;
  if (m.vulnerability !== void 0) {
    const wanted = m.vulnerability.toUpperCase();
    if (finding.ruleId.toUpperCase() !== wanted && !finding.aliases.some((a) => a.toUpperCase() === wanted))
      return false;
  }
  if (m.rule !== void 0 && m.rule !== finding.ruleId) return false;
  if (m.package !== void 0) {
    const pkg = finding.package;
    if (!pkg) return false;
    const wanted = m.package;
    const purlMatches = pkg.purl !== void 0 && (pkg.purl === wanted || pkg.purl.startsWith(`${wanted}@`));
    if (pkg.name !== wanted && !purlMatches) return false;
  }
  if (m.path !== void 0 && (finding.location.path === void 0 || !matchGlob(m.path, finding.location.path)))
    return false;
  if (m.tool !== void 0 && !finding.sources.some((s) => s.tool.toLowerCase() === m.tool?.toLowerCase()))
    return false;
  return true;
}
function exceptionProblem(exception, policy, today) {
  const settings = policy.exceptions;
  if (exception.approvedOn > today)
    return { status: "not-yet-valid", reason: `approved on ${exception.approvedOn}, which is after today (${today})` };
  if (exception.expires <= today) return { status: "expired", reason: `expired on ${exception.expires}` };
  const horizon = daysBetween(exception.approvedOn, exception.expires);
  if (horizon > settings.maxDays)
    return {
      status: "invalid",
      reason: `runs ${horizon} days from approval to expiry, more than the policy's maxDays ${settings.maxDays}`
    };
  if (exception.approvedBy.trim().toLowerCase() === exception.owner.trim().toLowerCase())
    return {
      status: "invalid",
      reason: `approved by its own owner '${exception.owner}'; an exception needs a second person`
    };
  if (settings.approvers.length > 0 && !settings.approvers.includes(exception.approvedBy))
    return {
      status: "invalid",
      reason: `approver '${exception.approvedBy}' is not on the policy's approver list (${settings.approvers.join(", ")})`
    };
  return void 0;
}
function applyExceptions(findings, exceptions, policy, today) {
  const report = emptyExceptionReport();
  const coveredBy = /* @__PURE__ */ new Map();
  const validIds = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Map();
  for (const exception of exceptions) {
    const matched = findings.filter((f) => exceptionMatches(exception, f)).map((f) => f.id);
    const duplicate = seen.get(exception.id);
    const problem = duplicate ? { status: "invalid", reason: `its id is also used in ${duplicate.file}: line ${duplicate.line}` } : exceptionProblem(exception, policy, today);
    seen.set(exception.id, exception);
    if (problem) {
      report.rejected.push({
        id: exception.id,
        file: exception.file,
        line: exception.line,
        expires: exception.expires,
        ...problem,
        wouldCover: matched
      });
      continue;
    }
    validIds.add(exception.id);
    const newlyCovered = matched.filter((id) => !coveredBy.has(id));
    for (const id of newlyCovered) coveredBy.set(id, exception.id);
    if (matched.length === 0)
      report.unused.push({ id: exception.id, file: exception.file, line: exception.line, expires: exception.expires });
    else
      report.applied.push({
        id: exception.id,
        type: exception.type,
        file: exception.file,
        line: exception.line,
        expires: exception.expires,
        owner: exception.owner,
        approvedBy: exception.approvedBy,
        ...exception.ticket ? { ticket: exception.ticket } : {},
        reason: exception.reason,
        findings: matched
      });
    const daysLeft = daysBetween(today, exception.expires);
    if (daysLeft <= policy.exceptions.warnDays)
      report.expiringSoon.push({ id: exception.id, expires: exception.expires, daysLeft });
  }
  return { coveredBy, report, validIds };
}

// src/policy/load.ts
import { posix as posix2 } from "node:path";

// schemas/policy.schema.json
var policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://shipgate.dev/schemas/policy.schema.json",
  title: "shipgate policy (.shipgate/policy.yml)",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: { const: 1, description: "Policy format version." },
    extends: {
      type: "string",
      minLength: 1,
      description: "A preset (release, strict, advisory) or a relative path to another policy file."
    },
    mode: { enum: ["enforce", "advisory"] },
    inputs: {
      type: "array",
      items: {
        anyOf: [
          { type: "string", minLength: 1 },
          {
            type: "object",
            additionalProperties: false,
            required: ["path"],
            properties: {
              path: { type: "string", minLength: 1, maxLength: 512 },
              format: { type: "string", pattern: "^[a-z0-9-]+$" },
              scanType: { $ref: "#/$defs/scanType" }
            }
          }
        ]
      }
    },
    evidence: {
      type: "object",
      additionalProperties: false,
      properties: {
        required: { type: "array", items: { $ref: "#/$defs/scanType" }, uniqueItems: true },
        requireCommit: { type: "boolean" }
      }
    },
    severity: {
      type: "object",
      additionalProperties: false,
      properties: {
        unknown: { enum: ["critical", "high", "medium", "low", "info"] },
        overrides: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["match", "severity"],
            properties: {
              match: {
                type: "object",
                additionalProperties: false,
                minProperties: 1,
                properties: {
                  scanType: { $ref: "#/$defs/scanType" },
                  tool: { type: "string", minLength: 1 },
                  rule: { type: "string", minLength: 1 },
                  vulnerability: { type: "string", minLength: 1 }
                }
              },
              severity: { $ref: "#/$defs/severity" }
            }
          }
        }
      }
    },
    gates: {
      type: "object",
      additionalProperties: false,
      properties: {
        "evidence-completeness": { $ref: "#/$defs/gateBase" },
        "scan-cleanliness": {
          type: "object",
          additionalProperties: false,
          properties: {
            enforcement: { $ref: "#/$defs/enforcement" },
            max: {
              type: "object",
              additionalProperties: false,
              properties: {
                critical: { $ref: "#/$defs/count" },
                high: { $ref: "#/$defs/count" },
                medium: { $ref: "#/$defs/count" },
                low: { $ref: "#/$defs/count" },
                info: { $ref: "#/$defs/count" }
              }
            },
            requirePlan: { type: "array", items: { $ref: "#/$defs/severity" }, uniqueItems: true }
          }
        },
        "control-verification": {
          type: "object",
          additionalProperties: false,
          properties: {
            enforcement: { $ref: "#/$defs/enforcement" },
            assessment: { type: "string", minLength: 1 },
            requiredControls: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true }
          }
        },
        "disposition-integrity": {
          type: "object",
          additionalProperties: false,
          properties: {
            enforcement: { $ref: "#/$defs/enforcement" },
            register: { type: "string", minLength: 1 },
            minSeverity: { $ref: "#/$defs/severity" }
          }
        }
      }
    },
    exceptions: {
      type: "object",
      additionalProperties: false,
      properties: {
        paths: { type: "array", items: { type: "string", minLength: 1, maxLength: 512 } },
        approvers: { type: "array", items: { type: "string", minLength: 1 } },
        maxDays: { type: "integer", minimum: 1, maximum: 3650 },
        warnDays: { type: "integer", minimum: 0, maximum: 3650 },
        failOnUnused: { type: "boolean" },
        inFileSuppressions: { enum: ["ignore", "honor"] },
        trustedRef: { type: "string", minLength: 1 }
      }
    },
    outputs: {
      type: "object",
      additionalProperties: false,
      properties: { dir: { type: "string", minLength: 1 } }
    }
  },
  $defs: {
    scanType: { enum: ["sast", "dast", "dependency", "container", "secret", "iac", "other"] },
    severity: { enum: ["critical", "high", "medium", "low", "info", "unknown"] },
    enforcement: { enum: ["blocking", "advisory", "off"] },
    count: { type: "integer", minimum: 0 },
    gateBase: {
      type: "object",
      additionalProperties: false,
      properties: { enforcement: { $ref: "#/$defs/enforcement" } }
    }
  }
};

// gates/advisory.yml
var advisory_default = "# shipgate preset: advisory. Every gate advisory, for early-stage projects; exceptions are still recorded.\nversion: 1\nextends: release\nmode: advisory\ngates:\n  evidence-completeness: { enforcement: advisory }\n  scan-cleanliness: { enforcement: advisory }\n  control-verification: { enforcement: advisory }\n  disposition-integrity: { enforcement: advisory }\n";

// gates/release.yml
var release_default = "# shipgate preset: release (the defaults of DESIGN 4.1).\nversion: 1\nmode: enforce\nevidence:\n  required: [sast, dependency, secret]\n  requireCommit: false\nseverity:\n  unknown: high\n  overrides:\n    - { match: { scanType: secret }, severity: critical }\ngates:\n  evidence-completeness: { enforcement: blocking }\n  scan-cleanliness: { enforcement: blocking, max: { critical: 0, high: 3 }, requirePlan: [high] }\n  control-verification:\n    enforcement: blocking\n    assessment: security/manual-assessment.md\n    requiredControls: [authentication, authorization, data-protection, secrets-management]\n  disposition-integrity: { enforcement: blocking, register: security/findings-register.csv, minSeverity: low }\nexceptions:\n  paths: ['.shipgate/exceptions/*.yml']\n  approvers: [security-lead]\n  maxDays: 90\n  warnDays: 14\n  failOnUnused: false\n  inFileSuppressions: ignore\n  trustedRef: auto\noutputs:\n  dir: .artifacts/review-security\n";

// gates/strict.yml
var strict_default = "# shipgate preset: strict. No open highs, every input names the commit, 30-day exceptions.\nversion: 1\nextends: release\nevidence:\n  requireCommit: true\ngates:\n  scan-cleanliness: { max: { critical: 0, high: 0 } }\nexceptions:\n  maxDays: 30\n";

// src/policy/load.ts
var PRESETS = {
  release: release_default,
  strict: strict_default,
  advisory: advisory_default
};
var DEFAULT_POLICY_PATH = ".shipgate/policy.yml";
var MAX_EXTENDS = 8;
function parsePolicyText(text3, source) {
  let doc;
  try {
    doc = loadYaml(text3);
  } catch (error) {
    if (error instanceof YamlError)
      throw new ConfigError(`${source}: ${error.where}: ${error.reason} (expected a shipgate policy in YAML).`);
    throw error;
  }
  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value))
    throw new ConfigError(`${source}: line 1, column 1: the policy must be a YAML mapping with 'version: 1'.`);
  const problems = validateWithSchema(policy_schema_default, doc, source);
  if (problems.length > 0) throw new ConfigError(`${source}: the policy is invalid.`, problems);
  return doc;
}
function readLayer(reader, ref, from) {
  if (Object.hasOwn(PRESETS, ref)) {
    const text4 = PRESETS[ref];
    const source = `preset:${ref}`;
    return {
      source,
      origin: "built-in",
      sha256: sha256(text4),
      value: parsePolicyText(text4, source).value
    };
  }
  const path = from ? posix2.normalize(posix2.join(posix2.dirname(from), ref)) : ref;
  if (from?.startsWith("preset:"))
    throw new ConfigError(`${from}: extends '${ref}': a preset can only extend another preset.`);
  const file = reader.read(path);
  if (!file)
    throw new ConfigError(
      from ? `${from}: extends '${ref}': no such preset or file (expected ${Object.keys(PRESETS).join(", ")} or a relative path to a policy file).` : `${path}: the policy file does not exist.`
    );
  const text3 = file.bytes.toString("utf8");
  return {
    source: file.path,
    origin: file.origin,
    sha256: file.sha256,
    value: parsePolicyText(text3, file.path).value
  };
}
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function mergeLayers(base, over) {
  const result = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] = isPlainObject2(current) && isPlainObject2(value) ? mergeLayers(current, value) : value;
  }
  return result;
}
function loadPolicy(reader, path) {
  let ref = path;
  if (ref === void 0) ref = reader.read(DEFAULT_POLICY_PATH) ? DEFAULT_POLICY_PATH : "release";
  else if (!reader.read(ref) && !Object.hasOwn(PRESETS, ref))
    throw new ConfigError(
      `${ref}: the policy file does not exist (give a path inside the root, or a preset: ${Object.keys(PRESETS).join(", ")}).`
    );
  const layers = [];
  let from;
  for (; ; ) {
    const layer = readLayer(reader, ref, from);
    if (layers.some((l) => l.source === layer.source))
      throw new ConfigError(
        `${layer.source}: the extends chain loops back to this file (${layers.map((l) => l.source).join(" -> ")}).`
      );
    layers.push(layer);
    if (layers.length > MAX_EXTENDS)
      throw new ConfigError(`${layer.source}: the extends chain is longer than ${MAX_EXTENDS}.`);
    const next = layer.value.extends;
    if (typeof next === "string") {
      from = layer.source;
      ref = next;
    } else if (layer.source !== "preset:release") {
      from = layer.source;
      ref = "release";
    } else break;
  }
  let merged = {};
  for (const layer of [...layers].reverse()) merged = mergeLayers(merged, layer.value);
  delete merged.extends;
  const policy = merged;
  policy.inputs = (policy.inputs ?? []).map((input) => typeof input === "string" ? { path: input } : input);
  const chain = layers.map((l) => ({ source: l.source, sha256: l.sha256, origin: l.origin }));
  return {
    policy,
    source: layers[0]?.source ?? "preset:release",
    digest: sha256(chain.map((c) => `${c.source}\0${c.sha256}`).join("\n")),
    chain
  };
}

// src/report/write.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { join as join2 } from "node:path";

// src/report/certificate.ts
import { createHash as createHash4 } from "node:crypto";

// src/report/markdown.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "|": "&#124;",
  "`": "&#96;",
  "@": "&#64;",
  "#": "&#35;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "~": "&#126;"
};
function escapeMarkdown(text3, maxLength = 500) {
  const flat = text3.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
  const capped = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
  return capped.replace(/[&<>|`@#*_[\]\\~]/g, (c) => ENTITIES[c] ?? c);
}
function markdownTable(header, rows) {
  const line2 = (cells) => `| ${cells.map((c) => escapeMarkdown(c)).join(" | ")} |`;
  return [line2(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line2)].join("\n");
}

// src/report/text.ts
function formatLocation(f) {
  const l = f.location;
  if (l.url) return `${l.method ? `${l.method} ` : ""}${l.url}${l.param ? ` [${l.param}]` : ""}`;
  if (l.path) return `${l.path}${l.startLine ? `:${l.startLine}` : ""}`;
  if (f.package) return `${f.package.name}${f.package.version ? `@${f.package.version}` : ""}`;
  return "";
}
function plain(text3) {
  return text3.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}
function sortForDisplay(findings) {
  return [...findings].sort(
    (a, b) => Number(a.excepted) - Number(b.excepted) || SEVERITY_RANK[b.countedSeverity] - SEVERITY_RANK[a.countedSeverity] || a.id.localeCompare(b.id)
  );
}
function renderText(evaluation, options) {
  const paint = (code, text3) => options.color ? `\x1B[${code}m${text3}\x1B[0m` : text3;
  const decisionColor = evaluation.decision === "approved" ? "32" : evaluation.decision === "rejected" ? "31" : "33";
  const lines = [];
  lines.push(
    paint(`1;${decisionColor}`, `Decision: ${evaluation.decision.toUpperCase()}`) + (evaluation.mode === "advisory" ? " (advisory mode: the job does not fail on gates)" : "")
  );
  const counts = (c) => SEVERITIES.map((s) => `${s} ${c[s]}`).join(", ");
  lines.push(`Open findings: ${counts(evaluation.open)}`);
  lines.push(`All findings (before exceptions): ${counts(evaluation.totals)}`);
  lines.push(`Policy: ${evaluation.policy.source} (sha256 ${evaluation.policy.digest.slice(0, 12)})`);
  lines.push(
    `Inputs: ${evaluation.inputs.map((i) => `${plain(i.path)} [${i.format}: ${i.runs.map((r) => plain(r.tool)).join(", ")}]`).join("; ")}`
  );
  lines.push("");
  lines.push("Gates:");
  for (const gate of evaluation.gates) {
    const mark = gate.status === "pass" ? paint("32", "PASS") : gate.status === "off" ? "OFF " : paint("31", gate.status.toUpperCase());
    lines.push(`  ${mark} ${gate.id} (${gate.enforcement}): ${plain(gate.summary)}`);
    const shown = gate.reasons.slice(0, 15);
    for (const reason of shown) lines.push(`       - ${plain(reason)}`);
    if (gate.reasons.length > shown.length)
      lines.push(`       - ... and ${gate.reasons.length - shown.length} more (see disposition-record.md)`);
  }
  if (evaluation.conditions.length > 0) {
    lines.push("");
    lines.push("Conditions:");
    for (const condition of evaluation.conditions.slice(0, 20)) lines.push(`  - ${plain(condition)}`);
    if (evaluation.conditions.length > 20) lines.push(`  - ... and ${evaluation.conditions.length - 20} more`);
  }
  const rejected = evaluation.exceptions.rejected;
  if (rejected.length > 0) {
    lines.push("");
    lines.push("Exceptions not applied:");
    for (const e of rejected)
      lines.push(
        `  - ${plain(e.id)} (${plain(e.file)}: line ${e.line}): ${plain(e.reason)}; ${e.wouldCover.length} finding(s) stay open`
      );
  }
  const top = sortForDisplay(evaluation.findings).slice(0, options.top ?? 10);
  if (top.length > 0) {
    lines.push("");
    lines.push(`Top findings (${Math.min(top.length, evaluation.findings.length)} of ${evaluation.findings.length}):`);
    for (const f of top)
      lines.push(
        `  ${f.countedSeverity.toUpperCase().padEnd(8)} ${f.id} ${plain(f.ruleId)} ${plain(formatLocation(f))} — ${plain(f.title)}${f.excepted ? ` [excepted: ${f.exceptionId}]` : ""}`
      );
  }
  if (evaluation.warnings.length > 0) {
    lines.push("");
    lines.push(`Warnings (${evaluation.warnings.length}):`);
    for (const w of evaluation.warnings.slice(0, 10)) lines.push(`  - ${plain(w)}`);
    if (evaluation.warnings.length > 10)
      lines.push(`  - ... and ${evaluation.warnings.length - 10} more (see scan-results.json)`);
  }
  return `${lines.join("\n")}
`;
}

// src/report/disposition-record.ts
function renderExceptionSections(evaluation) {
  const e = evaluation.exceptions;
  const out = [];
  out.push("## Exceptions applied", "");
  out.push(
    e.applied.length === 0 ? "None." : markdownTable(
      ["Exception", "Type", "Expires", "Owner", "Approved by", "Findings", "Reason", "File"],
      e.applied.map((a) => [
        a.id,
        a.type,
        a.expires,
        a.owner,
        a.approvedBy,
        a.findings.join(", "),
        a.reason,
        `${a.file}:${a.line}`
      ])
    )
  );
  out.push("", "## Exceptions not applied", "");
  const notApplied = [
    ...e.rejected.map((r) => [r.id, r.status, r.reason, r.wouldCover.join(", ") || "none", `${r.file}:${r.line}`]),
    ...e.unused.map((u) => [u.id, "unused", "matches no finding", "none", `${u.file}:${u.line}`]),
    ...e.pending.map((p) => ["(file)", "pending review", p.reason, "not evaluated", p.file])
  ];
  out.push(
    notApplied.length === 0 ? "None." : markdownTable(
      ["Exception", "Status", "Why", "Findings it would cover (they count as open)", "File"],
      notApplied
    )
  );
  if (e.expiringSoon.length > 0) {
    out.push("", "## Exceptions expiring soon", "");
    out.push(
      markdownTable(
        ["Exception", "Expires", "Days left"],
        e.expiringSoon.map((x) => [x.id, x.expires, String(x.daysLeft)])
      )
    );
  }
  return out;
}
function renderDispositionRecord(evaluation) {
  const out = [];
  out.push("# Security disposition record", "");
  out.push(`**Decision: ${evaluation.decision}**${evaluation.mode === "advisory" ? " (advisory mode)" : ""}`, "");
  out.push(`- Evaluated: ${evaluation.evaluatedAt} by shipgate ${evaluation.shipgateVersion}`);
  if (evaluation.repository) out.push(`- Repository: ${escapeMarkdown(evaluation.repository)}`);
  if (evaluation.commit) out.push(`- Commit: ${escapeMarkdown(evaluation.commit)}`);
  out.push(`- Policy: ${escapeMarkdown(evaluation.policy.source)} (sha256 ${evaluation.policy.digest})`, "");
  out.push("## Counts", "");
  out.push(
    markdownTable(
      ["", ...SEVERITIES],
      [
        ["all findings", ...SEVERITIES.map((s) => String(evaluation.totals[s]))],
        ["open (after exceptions)", ...SEVERITIES.map((s) => String(evaluation.open[s]))]
      ]
    )
  );
  out.push("", "## Gates", "");
  out.push(
    markdownTable(
      ["Gate", "Enforcement", "Status", "Summary"],
      evaluation.gates.map((g) => [g.id, g.enforcement, g.status, g.summary])
    )
  );
  for (const gate of evaluation.gates) {
    if (gate.reasons.length === 0) continue;
    out.push("", `### ${gate.id}: ${gate.status}`, "");
    for (const reason of gate.reasons) out.push(`- ${escapeMarkdown(reason, 2e3)}`);
  }
  out.push("", "## Conditions", "");
  out.push(
    evaluation.conditions.length === 0 ? "None." : evaluation.conditions.map((c) => `- ${escapeMarkdown(c, 2e3)}`).join("\n")
  );
  out.push("", ...renderExceptionSections(evaluation));
  out.push("", "## Inputs", "");
  out.push(
    markdownTable(
      ["Input", "Format", "Tools", "Completed", "sha256"],
      evaluation.inputs.map((i) => [
        i.path,
        i.format,
        i.runs.map((r) => `${r.tool} ${r.toolVersion ?? ""}`.trim()).join(", "),
        i.runs.every((r) => r.completed) ? "yes" : "no",
        i.sha256
      ])
    )
  );
  out.push("", "## Findings", "");
  out.push(
    evaluation.findings.length === 0 ? "None." : markdownTable(
      ["Id", "Severity", "Counted as", "Scan", "Rule", "Location", "Title", "Disposition"],
      sortForDisplay(evaluation.findings).map((f) => [
        f.id,
        f.severity,
        f.countedSeverity,
        f.scanType,
        f.ruleId,
        formatLocation(f),
        f.title,
        f.excepted ? `excepted (${f.exceptionId})` : "open"
      ])
    )
  );
  if (evaluation.warnings.length > 0) {
    out.push("", "## Warnings", "");
    for (const w of evaluation.warnings) out.push(`- ${escapeMarkdown(w, 2e3)}`);
  }
  return `${out.join("\n")}
`;
}

// src/report/certificate.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var VSA_PREDICATE_TYPE = "https://slsa.dev/verification_summary/v1";
var VERIFIER_ID = "https://github.com/shipgate/shipgate";
function subject(evaluation) {
  const name = evaluation.repository ?? "release";
  if (evaluation.commit && /^[0-9a-f]{40}$/i.test(evaluation.commit))
    return { name, digest: { gitCommit: evaluation.commit.toLowerCase() } };
  const digest = createHash4("sha256").update(evaluation.inputs.map((i) => `${i.sha256}  ${i.path}`).join("\n")).digest("hex");
  return { name, digest: { sha256: digest } };
}
function buildCertificate(evaluation) {
  const resourceUri = evaluation.repository ? `git+https://github.com/${evaluation.repository}${evaluation.commit ? `@${evaluation.commit}` : ""}` : `shipgate:inputs/${subject(evaluation).digest.sha256 ?? evaluation.commit ?? ""}`;
  return {
    _type: STATEMENT_TYPE,
    subject: [subject(evaluation)],
    predicateType: VSA_PREDICATE_TYPE,
    predicate: {
      verifier: { id: VERIFIER_ID, version: { shipgate: evaluation.shipgateVersion } },
      timeVerified: evaluation.evaluatedAt,
      resourceUri,
      policy: { uri: evaluation.policy.source, digest: { sha256: evaluation.policy.digest } },
      inputAttestations: [
        ...evaluation.inputs.map((i) => ({ uri: i.path, digest: { sha256: i.sha256 } })),
        ...evaluation.evidence.filter((e) => e.kind !== "policy").map((e) => ({ uri: e.path, digest: { sha256: e.sha256 } }))
      ],
      verificationResult: "PASSED",
      verifiedLevels: [`SHIPGATE_${evaluation.decision === "approved" ? "APPROVED" : "APPROVED_WITH_CONDITIONS"}`],
      shipgate: {
        decision: evaluation.decision,
        mode: evaluation.mode,
        ...evaluation.commit ? { commit: evaluation.commit } : {},
        totals: evaluation.totals,
        open: evaluation.open,
        gates: evaluation.gates.map((g) => ({
          id: g.id,
          enforcement: g.enforcement,
          status: g.status,
          summary: g.summary
        })),
        conditions: evaluation.conditions,
        exceptionsApplied: evaluation.exceptions.applied.map((a) => ({
          id: a.id,
          type: a.type,
          expires: a.expires,
          approvedBy: a.approvedBy,
          findings: a.findings
        })),
        exceptionsNotApplied: evaluation.exceptions.rejected.map((r) => ({
          id: r.id,
          status: r.status,
          reason: r.reason
        })),
        evidence: evaluation.evidence
      }
    }
  };
}
function renderCertificateJson(evaluation) {
  return `${JSON.stringify(buildCertificate(evaluation), null, 2)}
`;
}
function renderCertificateMarkdown(evaluation) {
  const out = [];
  out.push("# Security approval certificate", "");
  out.push(
    `**${evaluation.decision === "approved" ? "Approved" : "Approved with conditions"}** for release by shipgate ${evaluation.shipgateVersion} on ${evaluation.evaluatedAt}.`,
    ""
  );
  if (evaluation.repository) out.push(`- Repository: ${escapeMarkdown(evaluation.repository)}`);
  if (evaluation.commit) out.push(`- Commit: ${escapeMarkdown(evaluation.commit)}`);
  out.push(`- Policy: ${escapeMarkdown(evaluation.policy.source)} (sha256 ${evaluation.policy.digest})`);
  out.push(`- Mode: ${evaluation.mode}`, "");
  out.push("## Gates", "");
  out.push(
    markdownTable(
      ["Gate", "Enforcement", "Status", "Summary"],
      evaluation.gates.map((g) => [g.id, g.enforcement, g.status, g.summary])
    )
  );
  out.push("", "## Open findings", "");
  out.push(
    markdownTable(
      ["", ...SEVERITIES],
      [
        ["open", ...SEVERITIES.map((s) => String(evaluation.open[s]))],
        ["all", ...SEVERITIES.map((s) => String(evaluation.totals[s]))]
      ]
    )
  );
  out.push("", "## Conditions", "");
  out.push(
    evaluation.conditions.length === 0 ? "None." : evaluation.conditions.map((c) => `- ${escapeMarkdown(c, 2e3)}`).join("\n")
  );
  out.push("", ...renderExceptionSections(evaluation));
  out.push("", "## Evidence", "");
  out.push(
    markdownTable(
      ["File", "Kind", "sha256"],
      [
        ...evaluation.inputs.map((i) => [i.path, `scan (${i.format})`, i.sha256]),
        ...evaluation.evidence.map((e) => [e.path, `${e.kind} (${e.origin})`, e.sha256])
      ]
    )
  );
  out.push(
    "",
    "The machine-readable certificate is `security-approval-certificate.json` (an in-toto Statement with a SLSA VSA predicate)."
  );
  return `${out.join("\n")}
`;
}

// src/report/scan-results.ts
var SCAN_RESULTS_SCHEMA = "https://shipgate.dev/schemas/scan-results.schema.json";
function buildScanResults(evaluation) {
  return {
    $schema: SCAN_RESULTS_SCHEMA,
    shipgateVersion: evaluation.shipgateVersion,
    evaluatedAt: evaluation.evaluatedAt,
    decision: evaluation.decision,
    mode: evaluation.mode,
    ...evaluation.commit ? { commit: evaluation.commit } : {},
    totals: evaluation.totals,
    open: evaluation.open,
    inputs: evaluation.inputs.map((input) => ({
      path: input.path,
      sha256: input.sha256,
      size: input.size,
      format: input.format,
      ...input.scanType ? { scanType: input.scanType } : {},
      tools: input.runs.map((r) => ({
        tool: r.tool,
        ...r.toolVersion ? { version: r.toolVersion } : {},
        scanType: r.scanType,
        completed: r.completed,
        problems: r.problems,
        results: r.resultCount,
        ...r.commit ? { commit: r.commit } : {}
      })),
      counts: input.counts,
      warnings: input.warnings
    })),
    gates: evaluation.gates,
    conditions: evaluation.conditions,
    exceptions: evaluation.exceptions,
    warnings: evaluation.warnings,
    findings: evaluation.findings.map(({ countedSeverity, ...finding }) => ({
      ...finding,
      countedSeverity,
      excepted: finding.excepted,
      ...finding.exceptionId ? { exceptionId: finding.exceptionId } : {}
    }))
  };
}
function renderScanResults(evaluation) {
  return `${JSON.stringify(buildScanResults(evaluation), null, 2)}
`;
}

// src/report/scope-register.ts
function renderScopeRegister(evaluation) {
  const scope = {
    shipgateVersion: evaluation.shipgateVersion,
    evaluatedAt: evaluation.evaluatedAt,
    ...evaluation.repository ? { repository: evaluation.repository } : {},
    ...evaluation.commit ? { commit: evaluation.commit } : {},
    policy: evaluation.policy,
    inputs: evaluation.inputs.map((input) => ({
      path: input.path,
      sha256: input.sha256,
      size: input.size,
      format: input.format,
      tools: input.runs.map((r) => `${r.tool}${r.toolVersion ? ` ${r.toolVersion}` : ""}`),
      commits: [...new Set(input.runs.map((r) => r.commit).filter((c) => c !== void 0))]
    })),
    evidence: evaluation.evidence
  };
  return `${JSON.stringify(scope, null, 2)}
`;
}

// src/report/sarif.ts
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "none",
  unknown: "warning"
};
var SCORE = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "2.0",
  info: void 0,
  unknown: void 0
};
function renderSarif(evaluation) {
  const rules = /* @__PURE__ */ new Map();
  const results = [];
  for (const finding of evaluation.findings) {
    if (!rules.has(finding.ruleId))
      rules.set(finding.ruleId, {
        id: finding.ruleId,
        shortDescription: { text: finding.title },
        properties: { tags: ["security", finding.scanType, ...finding.cwe] }
      });
    const result = {
      ruleId: finding.ruleId,
      level: LEVEL[finding.countedSeverity],
      message: { text: `${finding.title} [${finding.severity}; ${finding.severitySource}]` },
      partialFingerprints: { shipgateFindingId: finding.id },
      properties: {
        shipgateId: finding.id,
        severity: finding.severity,
        ...SCORE[finding.countedSeverity] ? { "security-severity": SCORE[finding.countedSeverity] } : {},
        scanType: finding.scanType,
        aliases: finding.aliases,
        sources: finding.sources.map((s) => `${s.tool} ${s.input}#${s.pointer}`)
      }
    };
    if (finding.location.path)
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: finding.location.path },
            ...finding.location.startLine ? {
              region: {
                startLine: finding.location.startLine,
                ...finding.location.endLine ? { endLine: finding.location.endLine } : {}
              }
            } : {}
          }
        }
      ];
    else if (finding.location.url || finding.package)
      result.locations = [
        {
          logicalLocations: [
            {
              fullyQualifiedName: finding.location.url ?? `${finding.package?.name}@${finding.package?.version ?? ""}`
            }
          ]
        }
      ];
    if (finding.excepted)
      result.suppressions = [
        {
          kind: "external",
          status: "accepted",
          justification: `shipgate exception ${finding.exceptionId ?? ""}`.trim()
        }
      ];
    results.push(result);
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "shipgate",
            version: evaluation.shipgateVersion,
            informationUri: "https://github.com/shipgate/shipgate",
            rules: [...rules.values()].sort((a, b) => a.id.localeCompare(b.id))
          }
        },
        results,
        ...evaluation.commit && evaluation.repository ? {
          versionControlProvenance: [
            { repositoryUri: `https://github.com/${evaluation.repository}`, revisionId: evaluation.commit }
          ]
        } : {}
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/index.ts
async function renderOutputs(evaluation, register) {
  const files = /* @__PURE__ */ new Map();
  files.set("scan-results.json", renderScanResults(evaluation));
  files.set("scope-register.json", renderScopeRegister(evaluation));
  files.set("disposition-record.md", renderDispositionRecord(evaluation));
  files.set("shipgate.sarif", renderSarif(evaluation));
  const base = register ?? { source: "findings-register.csv", columns: [], rows: [] };
  const updated = updateRegister(
    base,
    evaluation.findings.map((f) => ({
      id: f.id,
      title: f.title,
      severity: f.severity,
      scanType: f.scanType,
      location: formatLocation(f)
    })),
    evaluation.today
  );
  files.set("findings-register.csv", await renderRegisterCsv(updated.register));
  files.set("security-remediation-backlog.csv", await renderBacklogCsv(updated.register.rows, evaluation.today));
  if (evaluation.decision !== "rejected") {
    files.set("security-approval-certificate.md", renderCertificateMarkdown(evaluation));
    files.set("security-approval-certificate.json", renderCertificateJson(evaluation));
  }
  return files;
}

// src/report/write.ts
var CERTIFICATE_FILES = ["security-approval-certificate.md", "security-approval-certificate.json"];
async function removeStaleCertificates(outDir) {
  try {
    for (const name of CERTIFICATE_FILES) await rm(join2(outDir, name), { force: true });
  } catch (error) {
    throw new OutputError(`${outDir}: an old certificate could not be removed: ${error.message}.`);
  }
}
async function writeOutputs(outDir, evaluation, register) {
  const files = await renderOutputs(evaluation, register);
  const written = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const [name, content3] of files) {
      const target = join2(outDir, name);
      const temporary = `${target}.${randomUUID()}.tmp`;
      await writeFile(temporary, content3);
      await rename(temporary, target);
      written.push(target);
    }
  } catch (error) {
    throw new OutputError(`${outDir}: the outputs could not be written: ${error.message}.`);
  }
  return written;
}

// src/version.ts
var SHIPGATE_VERSION = "0.1.0";

// src/run.ts
function planInputs(policyInputs, scans) {
  return [...policyInputs, ...scans.map((path) => ({ path }))];
}
async function ingestInputs(options, inputs) {
  if (inputs.length === 0)
    throw new InputError(
      "no scan inputs were given: pass --scan PATH (or list inputs in the policy); a gate that saw no reports cannot approve."
    );
  const seen = /* @__PURE__ */ new Set();
  const planned = [];
  for (const spec of inputs)
    for (const path of resolveInputPaths(options.root, spec.path))
      if (!seen.has(path)) {
        seen.add(path);
        planned.push({ path, spec });
      }
  const results = [];
  for (const { path, spec } of planned) {
    const input = readInputFile(options.root, path, { maxBytes: options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES });
    const { ingestor, document: document3 } = detectFormat(input, spec.format);
    const parsed = await ingestor.parse(input, {
      root: options.root,
      logger: options.logger,
      ...spec.scanType ? { scanType: spec.scanType } : {},
      ...document3 !== void 0 ? { document: document3 } : {}
    });
    const findings = assignIds(parsed.findings);
    for (const warning of parsed.warnings) options.logger.warning(warning);
    results.push({
      record: {
        path: input.path,
        sha256: input.sha256,
        size: input.size,
        format: ingestor.id,
        ...spec.scanType ? { scanType: spec.scanType } : {},
        runs: parsed.runs,
        counts: countBySeverity(findings),
        warnings: parsed.warnings
      },
      findings
    });
  }
  return results;
}
function loadExceptions(reader, patterns) {
  const exceptions = [];
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pattern of patterns)
    for (const path of reader.list(pattern)) {
      if (seen.has(path)) continue;
      seen.add(path);
      const file = reader.read(path);
      if (!file) continue;
      files.push({ path: file.path, sha256: file.sha256, origin: file.origin });
      exceptions.push(...parseExceptionFile(file.bytes.toString("utf8"), file.path));
    }
  return { exceptions, files };
}
function planRows(register) {
  const rows = /* @__PURE__ */ new Map();
  for (const row of register.rows)
    rows.set(row.findingId, {
      row: row.row,
      findingId: row.findingId,
      owner: row.owner.trim(),
      status: row.status,
      remediationPlan: row.remediationPlan.trim(),
      ...row.dueDate ? { dueDate: row.dueDate } : {},
      exceptionId: row.exceptionId.trim()
    });
  return rows;
}
function acceptedInFile(finding) {
  return (finding.suppressions ?? []).length > 0 && (finding.suppressions ?? []).every((s) => s.status === void 0 || s.status === "accepted");
}
async function run(options) {
  const now = options.clock();
  const today = now.toISOString().slice(0, 10);
  const reader = options.evidence ?? createWorkspaceReader(options.root);
  const loaded = loadPolicy(reader, options.policy);
  const { policy } = loaded;
  if (options.mode) policy.mode = options.mode;
  const outDir = options.outDir ? isAbsolute2(options.outDir) ? options.outDir : resolve3(options.outDir) : resolve3(options.root, policy.outputs.dir);
  if (!options.dryRun) await removeStaleCertificates(outDir);
  const ingested = await ingestInputs(options, planInputs(policy.inputs, options.scans));
  const merged = mergeFindings(ingested.flatMap((i) => i.findings));
  const findings = applySeverityOverrides(merged, policy.severity.overrides);
  const evidence = loaded.chain.filter((c) => c.origin !== "built-in").map((c) => ({ path: c.source, sha256: c.sha256, origin: c.origin, kind: "policy" }));
  const { exceptions, files: exceptionFiles } = loadExceptions(reader, policy.exceptions.paths);
  evidence.push(...exceptionFiles.map((f) => ({ ...f, kind: "exceptions" })));
  const applied = applyExceptions(findings, exceptions, policy, today);
  const exceptionReport = {
    ...emptyExceptionReport(),
    ...applied.report,
    pending: options.pendingEvidence ?? []
  };
  const evaluated = findings.map((f) => {
    const countedSeverity = f.severity === "unknown" ? policy.severity.unknown : f.severity;
    const exceptionId = applied.coveredBy.get(f.id);
    if (exceptionId) return { ...f, countedSeverity, excepted: true, exceptionId };
    if (policy.exceptions.inFileSuppressions === "honor" && acceptedInFile(f)) {
      exceptionReport.inFile.push(f.id);
      return { ...f, countedSeverity, excepted: true, exceptionId: "in-file-suppression" };
    }
    return { ...f, countedSeverity, excepted: false };
  });
  const validIds = new Set(applied.validIds);
  if (exceptionReport.inFile.length > 0) validIds.add("in-file-suppression");
  const context = {
    policy,
    findings: evaluated,
    inputs: ingested.map((i) => i.record),
    today,
    validExceptionIds: validIds
  };
  if (options.commit) context.commit = options.commit;
  const warnings = ingested.flatMap((i) => i.record.warnings);
  let register;
  if (policy.gates["disposition-integrity"].enforcement !== "off" || policy.gates["scan-cleanliness"].requirePlan.length > 0) {
    const file = reader.read(policy.gates["disposition-integrity"].register);
    if (file) {
      register = await parseRegister(file.bytes.toString("utf8"), file.path);
      evidence.push({ path: file.path, sha256: file.sha256, origin: file.origin, kind: "register" });
      context.register = { source: file.path, rows: planRows(register) };
    } else {
      warnings.push(
        `${policy.gates["disposition-integrity"].register}: no findings register yet; shipgate writes one to the output directory for the team to fill in and commit.`
      );
    }
  }
  let assessment;
  if (policy.gates["control-verification"].enforcement !== "off") {
    const file = reader.read(policy.gates["control-verification"].assessment);
    if (file) {
      assessment = parseAssessment(file.bytes.toString("utf8"), file.path);
      evidence.push({ path: file.path, sha256: file.sha256, origin: file.origin, kind: "assessment" });
      context.assessment = { source: file.path, controls: assessment.controls };
    }
  }
  const gates = runGates(context);
  const exceptionConditions = [
    ...exceptionReport.expiringSoon.map(
      (e) => `exception ${e.id} expires on ${e.expires} (${e.daysLeft} day(s) left).`
    ),
    ...exceptionReport.unused.map(
      (e) => `exception ${e.id} (${e.file}: line ${e.line}) matches no finding; remove it or fix its selectors.`
    ),
    ...exceptionReport.pending.map((p) => `${p.file} is pending review: ${p.reason}`)
  ];
  if (policy.exceptions.failOnUnused && exceptionReport.unused.length > 0) {
    const gate = gates.find((g) => g.id === "disposition-integrity");
    if (gate && gate.status !== "off") {
      gate.status = "fail";
      gate.reasons.push(
        ...exceptionReport.unused.map(
          (e) => `exception ${e.id} (${e.file}: line ${e.line}) matches no finding, and the policy sets failOnUnused.`
        )
      );
    }
  }
  const { decision, conditions } = decide(gates, exceptionConditions);
  const evaluation = {
    shipgateVersion: SHIPGATE_VERSION,
    evaluatedAt: now.toISOString(),
    today,
    root: options.root,
    ...options.commit ? { commit: options.commit } : {},
    ...options.repository ? { repository: options.repository } : {},
    mode: policy.mode,
    policy: { source: loaded.source, digest: loaded.digest, chain: loaded.chain },
    inputs: context.inputs,
    findings: evaluated,
    totals: countBySeverity(evaluated),
    open: countOpen(evaluated),
    gates,
    conditions,
    decision,
    warnings,
    exceptions: exceptionReport,
    evidence
  };
  const written = options.dryRun ? [] : await writeOutputs(outDir, evaluation, register);
  const exitCode = decision === "rejected" && policy.mode === "enforce" ? ExitCode.Rejected : ExitCode.Approved;
  return { evaluation, exitCode, written, outDir };
}

// src/commands/formats.ts
function renderFormats(format) {
  const rows = INGESTORS.map((i) => ({
    id: i.id,
    title: i.title,
    scanTypes: [...i.scanTypes],
    detection: i.detection
  }));
  if (format === "json") return `${JSON.stringify(rows, null, 2)}
`;
  const width = Math.max(...rows.map((r) => r.id.length));
  return `${rows.map(
    (r) => `${r.id.padEnd(width)}  ${r.title}
${" ".repeat(width)}  scan types: ${r.scanTypes.join(", ")}
${" ".repeat(width)}  detected by: ${r.detection}`
  ).join(
    "\n"
  )}

Declare a format per input in the policy (inputs: [{ path, format }]) when detection is ambiguous.
`;
}

// src/commands/validate.ts
async function validateEvidence(options) {
  const reader = options.evidence ?? createWorkspaceReader(options.root);
  const lines = [];
  const loaded = loadPolicy(reader, options.policy);
  const { policy } = loaded;
  lines.push(`policy: ${loaded.chain.map((c) => c.source).join(" -> ")}: valid`);
  let count2 = 0;
  for (const pattern of policy.exceptions.paths)
    for (const path of reader.list(pattern)) {
      const file = reader.read(path);
      if (!file) continue;
      const entries = parseExceptionFile(file.bytes.toString("utf8"), file.path);
      count2 += entries.length;
      lines.push(`exceptions: ${file.path}: ${entries.length} exception(s), valid`);
    }
  if (count2 === 0) lines.push("exceptions: none");
  const registerPath = policy.gates["disposition-integrity"].register;
  const register = reader.read(registerPath);
  if (register) {
    const parsed = await parseRegister(register.bytes.toString("utf8"), register.path);
    lines.push(`register: ${register.path}: ${parsed.rows.length} row(s), valid`);
  } else lines.push(`register: ${registerPath}: not found (evaluate writes a new one)`);
  const assessmentPath = policy.gates["control-verification"].assessment;
  const assessment = reader.read(assessmentPath);
  if (assessment) {
    const parsed = parseAssessment(assessment.bytes.toString("utf8"), assessment.path);
    lines.push(`assessment: ${assessment.path}: ${parsed.controls.length} control(s), valid`);
  } else
    lines.push(
      `assessment: ${assessmentPath}: not found${policy.gates["control-verification"].enforcement === "off" ? "" : " (control-verification will fail until it exists)"}`
    );
  return `${lines.join("\n")}
`;
}

// src/commands/init.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join as join3 } from "node:path";
var POLICY = `# shipgate policy: see https://github.com/shipgate/shipgate#policy
version: 1
extends: release
# inputs:
#   - path: reports/*.sarif
#   - { path: reports/gitleaks.json, format: gitleaks }
# gates:
#   scan-cleanliness: { max: { critical: 0, high: 3 } }
exceptions:
  approvers: [security-lead]
`;
function exceptionExample(today) {
  return `# Exceptions: each entry excepts matching findings until it expires.
# An entry must select by finding, vulnerability or rule; it applies while approvedOn <= today < expires,
# when expires - approvedOn <= maxDays (90 in the release preset), and when approvedBy is on the
# policy's approver list and is not the owner. Add entries with: shipgate waive SG-... --reason ...
exceptions: []
# Example:
#  - id: EXC-0001
#    type: risk-acceptance            # risk-acceptance | false-positive | compensating-control
#    match:
#      vulnerability: CVE-2020-8203   # or finding: SG-0123456789abcdef, or rule: js/sql-injection
#      package: lodash
#    reason: Not reachable; the input is server-generated.
#    owner: alice
#    approvedBy: security-lead
#    approvedOn: ${today}
#    expires: ${today}
#    ticket: SEC-1
`;
}
function initProject(target, now) {
  const today = now.toISOString().slice(0, 10);
  const files = [
    [".shipgate/policy.yml", POLICY],
    [".shipgate/exceptions/example.yml", exceptionExample(today)],
    ["security/findings-register.csv", `${REGISTER_COLUMNS.join(",")}
`],
    ["security/manual-assessment.md", renderAssessmentTemplate(DEFAULT_CONTROLS)]
  ];
  const created = [];
  for (const [relative2, content3] of files) {
    const path = join3(target, relative2);
    if (existsSync(path)) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content3, { flag: "wx" });
    created.push(relative2);
  }
  return created;
}

// src/commands/waive.ts
import { existsSync as existsSync2, readFileSync, writeFileSync as writeFileSync2, mkdirSync as mkdirSync2 } from "node:fs";
import { dirname as dirname2, resolve as resolve4 } from "node:path";
var DEFAULT_FILE = ".shipgate/exceptions/waivers.yml";
function nextId(existing) {
  const numbers = existing.map((e) => /^EXC-(\d+)$/.exec(e.id)?.[1]).filter((n) => n !== void 0).map(Number);
  return `EXC-${String(Math.max(0, ...numbers) + 1).padStart(4, "0")}`;
}
function waiveFinding(options) {
  if (!/^SG-[0-9a-f]{16}$/.test(options.findingId))
    throw new ConfigError(
      `'${options.findingId}' is not a shipgate finding id (expected SG- and 16 hex digits, as scan-results.json lists).`
    );
  const missing = ["reason", "owner", "approvedBy", "expires"].filter((k) => !options[k]);
  if (missing.length > 0)
    throw new ConfigError(
      `waive needs ${missing.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(", ")}.`
    );
  const type = options.type ?? "risk-acceptance";
  if (!EXCEPTION_TYPES.includes(type))
    throw new ConfigError(`--type '${type}' is not an exception type (expected ${EXCEPTION_TYPES.join(", ")}).`);
  if (type === "compensating-control")
    throw new ConfigError(
      "a compensating-control exception needs a control description; write it in the exception file by hand."
    );
  const today = options.clock().toISOString().slice(0, 10);
  const approvedOn = options.approvedOn ?? today;
  for (const [flag, value] of [
    ["--approved-on", approvedOn],
    ["--expires", options.expires]
  ])
    if (!isIsoDate2(value)) throw new ConfigError(`${flag} '${value}' is not a calendar date (expected YYYY-MM-DD).`);
  const reader = createWorkspaceReader(options.root);
  const { policy } = loadPolicy(reader, options.policy);
  const file = options.file ?? DEFAULT_FILE;
  const rel = relativeToRoot(options.root, file);
  if (rel === void 0 || rel === "") throw new ConfigError(`--file '${file}' is outside the root ${options.root}.`);
  const existing = [];
  for (const pattern of policy.exceptions.paths)
    for (const path of reader.list(pattern)) {
      const f = reader.read(path);
      if (f) existing.push(...parseExceptionFile(f.bytes.toString("utf8"), f.path));
    }
  const entry = {
    id: nextId(existing),
    type,
    match: { finding: options.findingId },
    reason: options.reason,
    owner: options.owner,
    approvedBy: options.approvedBy,
    approvedOn,
    expires: options.expires,
    ...options.ticket ? { ticket: options.ticket } : {}
  };
  const horizon = daysBetween(approvedOn, entry.expires);
  if (horizon > policy.exceptions.maxDays)
    throw new ConfigError(
      `--expires ${entry.expires} is ${horizon} days after ${approvedOn}; the policy allows at most ${policy.exceptions.maxDays} (maxDays).`
    );
  const problem = exceptionProblem({ ...entry, file: rel, line: 0 }, policy, today);
  if (problem) throw new ConfigError(`the exception would not apply: it is ${problem.reason}.`);
  const abs = resolve4(options.root, rel);
  let text3 = existsSync2(abs) ? readFileSync(abs, "utf8") : "# Exceptions written by shipgate waive.\nexceptions:\n";
  text3 = text3.replace(/^exceptions:\s*\[\s*\]\s*$/m, "exceptions:");
  if (!/^exceptions:\s*$/m.test(text3))
    throw new ConfigError(`${rel}: cannot append: the file has no block 'exceptions:' list.`);
  const indent = /^exceptions:\s*\n(?:\s*#.*\n|\s*\n)*( *)- /m.exec(text3)?.[1] ?? "  ";
  const block = dump([entry], { lineWidth: -1 }).trimEnd().split("\n").map((line2) => `${indent}${line2}`).join("\n");
  const updated = `${text3.endsWith("\n") ? text3 : `${text3}
`}${block}
`;
  parseExceptionFile(updated, rel);
  mkdirSync2(dirname2(abs), { recursive: true });
  writeFileSync2(abs, updated);
  return { id: entry.id, file: rel };
}

// src/cli.ts
var USAGE = `Usage: shipgate <command> [options]

Commands:
  evaluate   evaluate scan reports and evidence against the policy; write the certificate or fail
  validate   check the policy, exception files, register and assessment (no scans); exit 0, 2 or 3
  init [DIR] scaffold .shipgate/ with a policy, an example exception, a register and an assessment
  waive ID   append an exception for a finding (--reason --owner --approved-by --expires)
  formats    list the supported report formats, how each is detected, and its scan types

evaluate options:
  --scan PATH|GLOB       a scan report (repeatable); added to the policy's inputs
  --policy FILE          policy file or preset (default .shipgate/policy.yml, else the release preset)
  --root DIR             workspace root (default $GITHUB_WORKSPACE, else the current directory)
  --out DIR              output directory (default the policy's outputs.dir)
  --commit SHA           the commit under test (default $GITHUB_SHA)
  --repository O/N       the repository (default $GITHUB_REPOSITORY)
  --dry-run              evaluate and print; write nothing
  --format F             text (default), json or markdown
  --max-input-bytes N    largest input file accepted (default 268435456)
  --no-color             no colour even on a terminal

Exit codes: 0 approved, 1 rejected, 2 usage/config error, 3 input error, 4 trust error, 5 output error, 70 internal error.
`;
var OPTIONS = {
  scan: { type: "string", multiple: true },
  policy: { type: "string" },
  root: { type: "string" },
  out: { type: "string" },
  commit: { type: "string" },
  repository: { type: "string" },
  "dry-run": { type: "boolean" },
  format: { type: "string" },
  "max-input-bytes": { type: "string" },
  "no-color": { type: "boolean" },
  reason: { type: "string" },
  owner: { type: "string" },
  "approved-by": { type: "string" },
  "approved-on": { type: "string" },
  expires: { type: "string" },
  type: { type: "string" },
  ticket: { type: "string" },
  file: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
};
function stderrLogger() {
  return {
    info: (message) => process.stderr.write(`${message}
`),
    warning: (message) => process.stderr.write(`warning: ${message}
`),
    debug: (message) => {
      if (process.env.SHIPGATE_DEBUG) process.stderr.write(`debug: ${message}
`);
    }
  };
}
async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigError(`${error.message}

${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${SHIPGATE_VERSION}
`);
    return ExitCode.Approved;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === void 0 || command === "help") {
    process.stdout.write(USAGE);
    return command === void 0 && !values.help ? ExitCode.Config : ExitCode.Approved;
  }
  const root = resolve5(values.root ?? process.env.GITHUB_WORKSPACE ?? process.cwd());
  const clock = () => process.env.SHIPGATE_NOW ? new Date(process.env.SHIPGATE_NOW) : /* @__PURE__ */ new Date();
  const format = values.format ?? "text";
  if (!["text", "json", "markdown"].includes(format))
    throw new ConfigError(`--format '${format}' is not supported (expected text, json or markdown).`);
  switch (command) {
    case "evaluate": {
      if (rest.length > 0)
        throw new ConfigError(
          `evaluate takes no positional arguments (got '${rest.join(" ")}'); give reports with --scan.`
        );
      let maxInputBytes;
      if (values["max-input-bytes"] !== void 0) {
        maxInputBytes = Number(values["max-input-bytes"]);
        if (!Number.isInteger(maxInputBytes) || maxInputBytes <= 0)
          throw new ConfigError(
            `--max-input-bytes '${values["max-input-bytes"]}' is not a positive whole number of bytes.`
          );
      }
      const commit = values.commit ?? process.env.GITHUB_SHA;
      const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
      const result = await run({
        root,
        scans: values.scan ?? [],
        dryRun: values["dry-run"] ?? false,
        clock,
        logger: stderrLogger(),
        ...values.policy ? { policy: values.policy } : {},
        ...values.out ? { outDir: resolve5(values.out) } : {},
        ...commit ? { commit } : {},
        ...repository ? { repository } : {},
        ...maxInputBytes ? { maxInputBytes } : {}
      });
      if (format === "json") process.stdout.write(`${JSON.stringify(buildScanResults(result.evaluation), null, 2)}
`);
      else if (format === "markdown") process.stdout.write(renderDispositionRecord(result.evaluation));
      else {
        const color = !values["no-color"] && process.stdout.isTTY === true && !process.env.NO_COLOR;
        process.stdout.write(renderText(result.evaluation, { color }));
        process.stdout.write(
          result.written.length > 0 ? `
Wrote ${result.written.length} file(s) to ${result.outDir}
` : "\nDry run: nothing written.\n"
        );
      }
      return result.exitCode;
    }
    case "formats":
      process.stdout.write(renderFormats(format === "json" ? "json" : "text"));
      return ExitCode.Approved;
    case "validate": {
      const report = await validateEvidence({ root, ...values.policy ? { policy: values.policy } : {} });
      process.stdout.write(report);
      return ExitCode.Approved;
    }
    case "init": {
      const target = resolve5(rest[0] ?? root);
      const created = initProject(target, clock());
      process.stdout.write(`Created in ${target}:
${created.map((f) => `  ${f}`).join("\n")}
`);
      return ExitCode.Approved;
    }
    case "waive": {
      const findingId2 = rest[0];
      if (!findingId2)
        throw new ConfigError(
          "waive needs a finding id: shipgate waive SG-0123456789abcdef --reason ... --owner ... --approved-by ... --expires YYYY-MM-DD"
        );
      const written = waiveFinding({
        root,
        findingId: findingId2,
        clock,
        ...values.policy ? { policy: values.policy } : {},
        ...values.reason !== void 0 ? { reason: values.reason } : {},
        ...values.owner !== void 0 ? { owner: values.owner } : {},
        ...values["approved-by"] !== void 0 ? { approvedBy: values["approved-by"] } : {},
        ...values["approved-on"] !== void 0 ? { approvedOn: values["approved-on"] } : {},
        ...values.expires !== void 0 ? { expires: values.expires } : {},
        ...values.type !== void 0 ? { type: values.type } : {},
        ...values.ticket !== void 0 ? { ticket: values.ticket } : {},
        ...values.file !== void 0 ? { file: values.file } : {}
      });
      process.stdout.write(`Appended exception ${written.id} for ${findingId2} to ${written.file}.
`);
      return ExitCode.Approved;
    }
    default:
      throw new ConfigError(`'${command}' is not a shipgate command.

${USAGE}`);
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (isShipgateError(error)) {
      process.stderr.write(`shipgate: ${error.name.replace(/Error$/, "").toLowerCase()} error: ${error.message}
`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(
        `shipgate: internal error (a bug; please report it):
${error?.stack ?? String(error)}
`
      );
      process.exitCode = ExitCode.Internal;
    }
  }
);
