import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  VERSION
} from "./chunk-THVLAIJP.js";
import {
  SECTIONS
} from "./chunk-AMDHDRYJ.js";
import {
  colorLevel
} from "./chunk-EDGKDB5V.js";
import {
  FORMAT_ALIASES,
  canonicalFormat
} from "./chunk-RAD7MORV.js";
import {
  TEXT_KINDS
} from "./chunk-FNG56N3M.js";
import {
  CompstdError,
  InputError,
  NotFoundError,
  UsageError,
  formatLocation
} from "./chunk-NTGAD4TH.js";
import {
  t,
  tr
} from "./chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG,
  msg,
  parseLang
} from "./chunk-TE5S4JRX.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-XYDU2MH7.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message), Error.captureStackTrace(this, this.constructor), this.name = this.constructor.name, this.code = code, this.exitCode = exitCode, this.nestedError = void 0;
      }
    }, InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message), Error.captureStackTrace(this, this.constructor), this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error(), Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        switch (this.description = description || "", this.variadic = !1, this.parseArg = void 0, this.defaultValue = void 0, this.defaultValueDescription = void 0, this.argChoices = void 0, name[0]) {
          case "<":
            this.required = !0, this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = !1, this._name = name.slice(1, -1);
            break;
          default:
            this.required = !0, this._name = name;
            break;
        }
        this._name.endsWith("...") && (this.variadic = !0, this._name = this._name.slice(0, -3));
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        return previous === this.defaultValue || !Array.isArray(previous) ? [value] : (previous.push(value), previous);
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        return this.defaultValue = value, this.defaultValueDescription = description, this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        return this.parseArg = fn, this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        return this.argChoices = values.slice(), this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg))
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          return this.variadic ? this._collectValue(arg, previous) : arg;
        }, this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        return this.required = !0, this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        return this.required = !1, this;
      }
    };
    function humanReadableArgName(arg) {
      let nameOutput = arg.name() + (arg.variadic === !0 ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument(), Help2 = class {
      constructor() {
        this.helpWidth = void 0, this.minWidthToWrap = 40, this.sortSubcommands = !1, this.sortOptions = !1, this.showGlobalOptions = !1;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        let visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden), helpCommand = cmd._getHelpCommand();
        return helpCommand && !helpCommand._hidden && visibleCommands.push(helpCommand), this.sortSubcommands && visibleCommands.sort((a, b) => a.name().localeCompare(b.name())), visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        let getSortKey = (option) => option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        let visibleOptions = cmd.options.filter((option) => !option.hidden), helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          let removeShort = helpOption.short && cmd._findOption(helpOption.short), removeLong = helpOption.long && cmd._findOption(helpOption.long);
          !removeShort && !removeLong ? visibleOptions.push(helpOption) : helpOption.long && !removeLong ? visibleOptions.push(
            cmd.createOption(helpOption.long, helpOption.description)
          ) : helpOption.short && !removeShort && visibleOptions.push(
            cmd.createOption(helpOption.short, helpOption.description)
          );
        }
        return this.sortOptions && visibleOptions.sort(this.compareOptions), visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        let globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          let visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        return this.sortOptions && globalOptions.sort(this.compareOptions), globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        return cmd._argsDescription && cmd.registeredArguments.forEach((argument) => {
          argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
        }), cmd.registeredArguments.find((argument) => argument.description) ? cmd.registeredArguments : [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        let args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => Math.max(
          max,
          this.displayWidth(
            helper.styleSubcommandTerm(helper.subcommandTerm(command))
          )
        ), 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => Math.max(
          max,
          this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
        ), 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => Math.max(
          max,
          this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
        ), 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => Math.max(
          max,
          this.displayWidth(
            helper.styleArgumentTerm(helper.argumentTerm(argument))
          )
        ), 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        cmd._aliases[0] && (cmdName = cmdName + "|" + cmd._aliases[0]);
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent)
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        let extraInfo = [];
        if (option.argChoices && extraInfo.push(
          // use stringify to match the display of the default value
          `choices: ${option.argChoices.map((choice2) => JSON.stringify(choice2)).join(", ")}`
        ), option.defaultValue !== void 0 && (option.required || option.optional || option.isBoolean() && typeof option.defaultValue == "boolean") && extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
        ), option.presetArg !== void 0 && option.optional && extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`), option.envVar !== void 0 && extraInfo.push(`env: ${option.envVar}`), extraInfo.length > 0) {
          let extraDescription = `(${extraInfo.join(", ")})`;
          return option.description ? `${option.description} ${extraDescription}` : extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        let extraInfo = [];
        if (argument.argChoices && extraInfo.push(
          // use stringify to match the display of the default value
          `choices: ${argument.argChoices.map((choice2) => JSON.stringify(choice2)).join(", ")}`
        ), argument.defaultValue !== void 0 && extraInfo.push(
          `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
        ), extraInfo.length > 0) {
          let extraDescription = `(${extraInfo.join(", ")})`;
          return argument.description ? `${argument.description} ${extraDescription}` : extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        return items.length === 0 ? [] : [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        let result = /* @__PURE__ */ new Map();
        return unsortedItems.forEach((item) => {
          let group = getGroup(item);
          result.has(group) || result.set(group, []);
        }), visibleItems.forEach((item) => {
          let group = getGroup(item);
          result.has(group) || result.set(group, []), result.get(group).push(item);
        }), result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        let termWidth = helper.padWidth(cmd, helper), helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ], commandDescription = helper.commandDescription(cmd);
        commandDescription.length > 0 && (output = output.concat([
          helper.boxWrap(
            helper.styleCommandDescription(commandDescription),
            helpWidth
          ),
          ""
        ]));
        let argumentList = helper.visibleArguments(cmd).map((argument) => callFormatItem(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
          helper.styleArgumentDescription(helper.argumentDescription(argument))
        ));
        if (output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        ), this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        ).forEach((options, group) => {
          let optionList = options.map((option) => callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option))
          ));
          output = output.concat(this.formatItemList(group, optionList, helper));
        }), helper.showGlobalOptions) {
          let globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option))
          ));
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        return this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        ).forEach((commands, group) => {
          let commandList = commands.map((sub) => callFormatItem(
            helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
            helper.styleSubcommandDescription(helper.subcommandDescription(sub))
          ));
          output = output.concat(this.formatItemList(group, commandList, helper));
        }), output.join(`
`);
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => word === "[options]" ? this.styleOptionText(word) : word === "[command]" ? this.styleSubcommandText(word) : word[0] === "[" || word[0] === "<" ? this.styleArgumentText(word) : this.styleCommandText(word)).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => word === "[options]" ? this.styleOptionText(word) : word[0] === "[" || word[0] === "<" ? this.styleArgumentText(word) : this.styleSubcommandText(word)).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        let itemIndentStr = " ".repeat(2);
        if (!description) return itemIndentStr + term;
        let paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        ), spacerWidth = 2, remainingWidth = (this.helpWidth ?? 80) - termWidth - spacerWidth - 2, formattedDescription;
        return remainingWidth < this.minWidthToWrap || helper.preformatted(description) ? formattedDescription = description : formattedDescription = helper.boxWrap(description, remainingWidth).replace(
          /\n/g,
          `
` + " ".repeat(termWidth + spacerWidth)
        ), itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        let rawLines = str.split(/\r\n|\n/), chunkPattern = /[\s]*[^\s]+/g, wrappedLines = [];
        return rawLines.forEach((line) => {
          let chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()], sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            let visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk), sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            let nextChunk = chunk.trimStart();
            sumChunks = [nextChunk], sumWidth = this.displayWidth(nextChunk);
          }), wrappedLines.push(sumChunks.join(""));
        }), wrappedLines.join(`
`);
      }
    };
    function stripColor(str) {
      let sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error(), Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags, this.description = description || "", this.required = flags.includes("<"), this.optional = flags.includes("["), this.variadic = /\w\.\.\.[>\]]$/.test(flags), this.mandatory = !1;
        let optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag, this.long = optionFlags.longFlag, this.negate = !1, this.long && (this.negate = this.long.startsWith("--no-")), this.defaultValue = void 0, this.defaultValueDescription = void 0, this.presetArg = void 0, this.envVar = void 0, this.parseArg = void 0, this.hidden = !1, this.argChoices = void 0, this.conflictsWith = [], this.implied = void 0, this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        return this.defaultValue = value, this.defaultValueDescription = description, this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        return this.presetArg = arg, this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        return this.conflictsWith = this.conflictsWith.concat(names), this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        return typeof impliedOptionValues == "string" && (newImplied = { [impliedOptionValues]: !0 }), this.implied = Object.assign(this.implied || {}, newImplied), this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        return this.envVar = name, this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        return this.parseArg = fn, this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = !0) {
        return this.mandatory = !!mandatory, this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = !0) {
        return this.hidden = !!hide, this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        return previous === this.defaultValue || !Array.isArray(previous) ? [value] : (previous.push(value), previous);
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        return this.argChoices = values.slice(), this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg))
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          return this.variadic ? this._collectValue(arg, previous) : arg;
        }, this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        return this.long ? this.long.replace(/^--/, "") : this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        return this.negate ? camelcase(this.name().replace(/^no-/, "")) : camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        return this.helpGroupHeading = heading, this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    }, DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map(), this.negativeOptions = /* @__PURE__ */ new Map(), this.dualOptions = /* @__PURE__ */ new Set(), options.forEach((option) => {
          option.negate ? this.negativeOptions.set(option.attributeName(), option) : this.positiveOptions.set(option.attributeName(), option);
        }), this.negativeOptions.forEach((value, key) => {
          this.positiveOptions.has(key) && this.dualOptions.add(key);
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        let optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return !0;
        let preset = this.negativeOptions.get(optionKey).presetArg, negativeValue = preset !== void 0 ? preset : !1;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => str2 + word[0].toUpperCase() + word.slice(1));
    }
    function splitOptionFlags(flags) {
      let shortFlag, longFlag, shortFlagExp = /^-[^-]$/, longFlagExp = /^--[^-]/, flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0]) && (shortFlag = flagParts.shift()), longFlagExp.test(flagParts[0]) && (longFlag = flagParts.shift()), !shortFlag && shortFlagExp.test(flagParts[0]) && (shortFlag = flagParts.shift()), !shortFlag && longFlagExp.test(flagParts[0]) && (shortFlag = longFlag, longFlag = flagParts.shift()), flagParts[0].startsWith("-")) {
        let unsupportedFlag = flagParts[0], baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        throw /^-[^-][^-]/.test(unsupportedFlag) ? new Error(
          `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
        ) : shortFlagExp.test(unsupportedFlag) ? new Error(`${baseError}
- too many short flags`) : longFlagExp.test(unsupportedFlag) ? new Error(`${baseError}
- too many long flags`) : new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > 3)
        return Math.max(a.length, b.length);
      let d = [];
      for (let i = 0; i <= a.length; i++)
        d[i] = [i];
      for (let j = 0; j <= b.length; j++)
        d[0][j] = j;
      for (let j = 1; j <= b.length; j++)
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          a[i - 1] === b[j - 1] ? cost = 0 : cost = 1, d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          ), i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1));
        }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      let searchingOptions = word.startsWith("--");
      searchingOptions && (word = word.slice(2), candidates = candidates.map((candidate) => candidate.slice(2)));
      let similar = [], bestDistance = 3, minSimilarity = 0.4;
      return candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        let distance = editDistance(word, candidate), length = Math.max(word.length, candidate.length);
        (length - distance) / length > minSimilarity && (distance < bestDistance ? (bestDistance = distance, similar = [candidate]) : distance === bestDistance && similar.push(candidate));
      }), similar.sort((a, b) => a.localeCompare(b)), searchingOptions && (similar = similar.map((candidate) => `--${candidate}`)), similar.length > 1 ? `
(Did you mean one of ${similar.join(", ")}?)` : similar.length === 1 ? `
(Did you mean ${similar[0]}?)` : "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter, childProcess = __require("node:child_process"), path = __require("node:path"), fs = __require("node:fs"), process = __require("node:process"), { Argument: Argument2, humanReadableArgName } = require_argument(), { CommanderError: CommanderError2 } = require_error(), { Help: Help2, stripColor } = require_help(), { Option: Option2, DualOptions } = require_option(), { suggestSimilar } = require_suggestSimilar(), Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super(), this.commands = [], this.options = [], this.parent = null, this._allowUnknownOption = !1, this._allowExcessArguments = !1, this.registeredArguments = [], this._args = this.registeredArguments, this.args = [], this.rawArgs = [], this.processedArgs = [], this._scriptPath = null, this._name = name || "", this._optionValues = {}, this._optionValueSources = {}, this._storeOptionsAsProperties = !1, this._actionHandler = null, this._executableHandler = !1, this._executableFile = null, this._executableDir = null, this._defaultCommandName = null, this._exitCallback = null, this._aliases = [], this._combineFlagAndOptionalValue = !0, this._description = "", this._summary = "", this._argsDescription = void 0, this._enablePositionalOptions = !1, this._passThroughOptions = !1, this._lifeCycleHooks = {}, this._showHelpAfterError = !1, this._showSuggestionAfterError = !0, this._savedState = null, this._outputConfiguration = {
          writeOut: (str) => process.stdout.write(str),
          writeErr: (str) => process.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process.stdout.isTTY ? process.stdout.columns : void 0,
          getErrHelpWidth: () => process.stderr.isTTY ? process.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        }, this._hidden = !1, this._helpOption = void 0, this._addImplicitHelpCommand = void 0, this._helpCommand = void 0, this._helpConfiguration = {}, this._helpGroupHeading = void 0, this._defaultCommandGroup = void 0, this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        return this._outputConfiguration = sourceCommand._outputConfiguration, this._helpOption = sourceCommand._helpOption, this._helpCommand = sourceCommand._helpCommand, this._helpConfiguration = sourceCommand._helpConfiguration, this._exitCallback = sourceCommand._exitCallback, this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties, this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue, this._allowExcessArguments = sourceCommand._allowExcessArguments, this._enablePositionalOptions = sourceCommand._enablePositionalOptions, this._showHelpAfterError = sourceCommand._showHelpAfterError, this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError, this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        let result = [];
        for (let command = this; command; command = command.parent)
          result.push(command);
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc, opts = execOpts;
        typeof desc == "object" && desc !== null && (opts = desc, desc = null), opts = opts || {};
        let [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/), cmd = this.createCommand(name);
        return desc && (cmd.description(desc), cmd._executableHandler = !0), opts.isDefault && (this._defaultCommandName = cmd._name), cmd._hidden = !!(opts.noHelp || opts.hidden), cmd._executableFile = opts.executableFile || null, args && cmd.arguments(args), this._registerCommand(cmd), cmd.parent = this, cmd.copyInheritedSettings(this), desc ? this : cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        return configuration === void 0 ? this._helpConfiguration : (this._helpConfiguration = configuration, this);
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        return configuration === void 0 ? this._outputConfiguration : (this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        }, this);
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = !0) {
        return typeof displayHelp != "string" && (displayHelp = !!displayHelp), this._showHelpAfterError = displayHelp, this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = !0) {
        return this._showSuggestionAfterError = !!displaySuggestion, this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name)
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        return opts = opts || {}, opts.isDefault && (this._defaultCommandName = cmd._name), (opts.noHelp || opts.hidden) && (cmd._hidden = !0), this._registerCommand(cmd), cmd.parent = this, cmd._checkForBrokenPassThrough(), this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        let argument = this.createArgument(name, description);
        return typeof parseArg == "function" ? argument.default(defaultValue).argParser(parseArg) : argument.default(parseArg), this.addArgument(argument), this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        return names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        }), this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        let previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic)
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0)
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        return this.registeredArguments.push(argument), this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs == "boolean")
          return this._addImplicitHelpCommand = enableOrNameAndArgs, enableOrNameAndArgs && this._defaultCommandGroup && this._initCommandGroup(this._getHelpCommand()), this;
        let nameAndArgs = enableOrNameAndArgs ?? "help [command]", [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/), helpDescription = description ?? "display help for command", helpCommand = this.createCommand(helpName);
        return helpCommand.helpOption(!1), helpArgs && helpCommand.arguments(helpArgs), helpDescription && helpCommand.description(helpDescription), this._addImplicitHelpCommand = !0, this._helpCommand = helpCommand, (enableOrNameAndArgs || description) && this._initCommandGroup(helpCommand), this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        return typeof helpCommand != "object" ? (this.helpCommand(helpCommand, deprecatedDescription), this) : (this._addImplicitHelpCommand = !0, this._helpCommand = helpCommand, this._initCommandGroup(helpCommand), this);
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        return this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help")) ? (this._helpCommand === void 0 && this.helpCommand(void 0, void 0), this._helpCommand) : null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        let allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event))
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        return this._lifeCycleHooks[event] ? this._lifeCycleHooks[event].push(listener) : this._lifeCycleHooks[event] = [listener], this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        return fn ? this._exitCallback = fn : this._exitCallback = (err) => {
          if (err.code !== "commander.executeSubCommandAsync")
            throw err;
        }, this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        this._exitCallback && this._exitCallback(new CommanderError2(exitCode, code, message)), process.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        let listener = (args) => {
          let expectedArgsCount = this.registeredArguments.length, actionArgs = args.slice(0, expectedArgsCount);
          return this._storeOptionsAsProperties ? actionArgs[expectedArgsCount] = this : actionArgs[expectedArgsCount] = this.opts(), actionArgs.push(this), fn.apply(this, actionArgs);
        };
        return this._actionHandler = listener, this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            let message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        let matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          let matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option), this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        let knownBy = (cmd) => [cmd.name()].concat(cmd.aliases()), alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          let existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|"), newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command), this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        let oname = option.name(), name = option.attributeName();
        if (option.negate) {
          let positiveLongFlag = option.long.replace(/^--no-/, "--");
          this._findOption(positiveLongFlag) || this.setOptionValueWithSource(
            name,
            option.defaultValue === void 0 ? !0 : option.defaultValue,
            "default"
          );
        } else option.defaultValue !== void 0 && this.setOptionValueWithSource(name, option.defaultValue, "default");
        let handleOptionValue = (val, invalidValueMessage, valueSource) => {
          val == null && option.presetArg !== void 0 && (val = option.presetArg);
          let oldValue = this.getOptionValue(name);
          val !== null && option.parseArg ? val = this._callParseArg(option, val, oldValue, invalidValueMessage) : val !== null && option.variadic && (val = option._collectValue(val, oldValue)), val == null && (option.negate ? val = !1 : option.isBoolean() || option.optional ? val = !0 : val = ""), this.setOptionValueWithSource(name, val, valueSource);
        };
        return this.on("option:" + oname, (val) => {
          let invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        }), option.envVar && this.on("optionEnv:" + oname, (val) => {
          let invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "env");
        }), this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags == "object" && flags instanceof Option2)
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        let option = this.createOption(flags, description);
        if (option.makeOptionMandatory(!!config.mandatory), typeof fn == "function")
          option.default(defaultValue).argParser(fn);
        else if (fn instanceof RegExp) {
          let regex = fn;
          fn = (val, def) => {
            let m = regex.exec(val);
            return m ? m[0] : def;
          }, option.default(defaultValue).argParser(fn);
        } else
          option.default(fn);
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: !0 },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = !0) {
        return this._combineFlagAndOptionalValue = !!combine, this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = !0) {
        return this._allowUnknownOption = !!allowUnknown, this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = !0) {
        return this._allowExcessArguments = !!allowExcess, this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = !0) {
        return this._enablePositionalOptions = !!positional, this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = !0) {
        return this._passThroughOptions = !!passThrough, this._checkForBrokenPassThrough(), this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions)
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = !0) {
        if (this.options.length)
          throw new Error("call .storeOptionsAsProperties() before adding options");
        if (Object.keys(this._optionValues).length)
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        return this._storeOptionsAsProperties = !!storeAsProperties, this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        return this._storeOptionsAsProperties ? this[key] : this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        return this._storeOptionsAsProperties ? this[key] = value : this._optionValues[key] = value, this._optionValueSources[key] = source, this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        return this._getCommandAndAncestors().forEach((cmd) => {
          cmd.getOptionValueSource(key) !== void 0 && (source = cmd.getOptionValueSource(key));
        }), source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv))
          throw new Error("first parameter to parse must be array or undefined");
        if (parseOptions = parseOptions || {}, argv === void 0 && parseOptions.from === void 0) {
          process.versions?.electron && (parseOptions.from = "electron");
          let execArgv = process.execArgv ?? [];
          (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) && (parseOptions.from = "eval");
        }
        argv === void 0 && (argv = process.argv), this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1], userArgs = argv.slice(2);
            break;
          case "electron":
            process.defaultApp ? (this._scriptPath = argv[1], userArgs = argv.slice(2)) : userArgs = argv.slice(1);
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        return !this._name && this._scriptPath && this.nameFromFilename(this._scriptPath), this._name = this._name || "program", userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        let userArgs = this._prepareUserArgs(argv, parseOptions);
        return this._parseCommand([], userArgs), this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        let userArgs = this._prepareUserArgs(argv, parseOptions);
        return await this._parseCommand([], userArgs), this;
      }
      _prepareForParse() {
        this._savedState === null ? this.saveStateBeforeParse() : this.restoreStateBeforeParse();
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name, this._scriptPath = null, this.rawArgs = [], this._optionValues = { ...this._savedState._optionValues }, this._optionValueSources = { ...this._savedState._optionValueSources }, this.args = [], this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        let executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory", executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = !1, sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          let localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return;
          let foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
        }
        this._checkForMissingMandatoryOptions(), this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`, executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            let legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            legacyName !== this._name && (localFile = findFile(
              executableDir,
              `${legacyName}-${subcommand._name}`
            ));
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        process.platform !== "win32" ? launchWithNode ? (args.unshift(executableFile), args = incrementNodeInspectorPort(process.execArgv).concat(args), proc = childProcess.spawn(process.argv[0], args, { stdio: "inherit" })) : proc = childProcess.spawn(executableFile, args, { stdio: "inherit" }) : (this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name
        ), args.unshift(executableFile), args = incrementNodeInspectorPort(process.execArgv).concat(args), proc = childProcess.spawn(process.execPath, args, { stdio: "inherit" })), proc.killed || ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"].forEach((signal) => {
          process.on(signal, () => {
            proc.killed === !1 && proc.exitCode === null && proc.kill(signal);
          });
        });
        let exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1, exitCallback ? exitCallback(
            new CommanderError2(
              code,
              "commander.executeSubCommandAsync",
              "(close)"
            )
          ) : process.exit(code);
        }), proc.on("error", (err) => {
          if (err.code === "ENOENT")
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          else if (err.code === "EACCES")
            throw new Error(`'${executableFile}' not executable`);
          if (!exitCallback)
            process.exit(1);
          else {
            let wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err, exitCallback(wrappedError);
          }
        }), this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        let subCommand = this._findCommand(commandName);
        subCommand || this.help({ error: !0 }), subCommand._prepareForParse();
        let promiseChain;
        return promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        ), promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler)
            this._executeSubCommand(subCommand, operands.concat(unknown));
          else
            return subCommand._parseCommand(operands, unknown);
        }), promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        subcommandName || this.help();
        let subCommand = this._findCommand(subcommandName);
        return subCommand && !subCommand._executableHandler && subCommand.help(), this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          arg.required && this.args[i] == null && this.missingArgument(arg.name());
        }), !(this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) && this.args.length > this.registeredArguments.length && this._excessArguments(this.args);
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        let myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            let invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        let processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          declaredArg.variadic ? index < this.args.length ? (value = this.args.slice(index), declaredArg.parseArg && (value = value.reduce((processed, v) => myParseArg(declaredArg, v, processed), declaredArg.defaultValue))) : value === void 0 && (value = []) : index < this.args.length && (value = this.args[index], declaredArg.parseArg && (value = myParseArg(declaredArg, value, declaredArg.defaultValue))), processedArgs[index] = value;
        }), this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        return promise?.then && typeof promise.then == "function" ? promise.then(() => fn()) : fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise, hooks = [];
        return this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        }), event === "postAction" && hooks.reverse(), hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => hookDetail.callback(hookDetail.hookedCommand, this));
        }), result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        return this._lifeCycleHooks[event] !== void 0 && this._lifeCycleHooks[event].forEach((hook) => {
          result = this._chainOrCall(result, () => hook(this, subCommand));
        }), result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        let parsed = this.parseOptions(unknown);
        if (this._parseOptionsEnv(), this._parseOptionsImplied(), operands = operands.concat(parsed.operands), unknown = parsed.unknown, this.args = operands.concat(unknown), operands && this._findCommand(operands[0]))
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name())
          return this._dispatchHelpCommand(operands[1]);
        if (this._defaultCommandName)
          return this._outputHelpIfRequested(unknown), this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName && this.help({ error: !0 }), this._outputHelpIfRequested(parsed.unknown), this._checkForMissingMandatoryOptions(), this._checkForConflictingOptions();
        let checkForUnknownOptions = () => {
          parsed.unknown.length > 0 && this.unknownOption(parsed.unknown[0]);
        }, commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions(), this._processArguments();
          let promiseChain;
          return promiseChain = this._chainOrCallHooks(promiseChain, "preAction"), promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          ), this.parent && (promiseChain = this._chainOrCall(promiseChain, () => {
            this.parent.emit(commandEvent, operands, unknown);
          })), promiseChain = this._chainOrCallHooks(promiseChain, "postAction"), promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent))
          checkForUnknownOptions(), this._processArguments(), this.parent.emit(commandEvent, operands, unknown);
        else if (operands.length) {
          if (this._findCommand("*"))
            return this._dispatchSubcommand("*", operands, unknown);
          this.listenerCount("command:*") ? this.emit("command:*", operands, unknown) : this.commands.length ? this.unknownCommand() : (checkForUnknownOptions(), this._processArguments());
        } else this.commands.length ? (checkForUnknownOptions(), this.help({ error: !0 })) : (checkForUnknownOptions(), this._processArguments());
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (name)
          return this.commands.find(
            (cmd) => cmd._name === name || cmd._aliases.includes(name)
          );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0 && cmd.missingMandatoryOptionValue(anOption);
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        let definedNonDefaultOptions = this.options.filter((option) => {
          let optionKey = option.attributeName();
          return this.getOptionValue(optionKey) === void 0 ? !1 : this.getOptionValueSource(optionKey) !== "default";
        });
        definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        ).forEach((option) => {
          let conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          conflictingAndDefined && this._conflictingOption(option, conflictingAndDefined);
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        let operands = [], unknown = [], dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        let negativeNumberArg = (arg) => /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg) ? !this._getCommandAndAncestors().some(
          (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
        ) : !1, activeVariadicOption = null, activeGroup = null, i = 0;
        for (; i < args.length || activeGroup; ) {
          let arg = activeGroup ?? args[i++];
          if (activeGroup = null, arg === "--") {
            dest === unknown && dest.push(arg), dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          if (activeVariadicOption = null, maybeOption(arg)) {
            let option = this._findOption(arg);
            if (option) {
              if (option.required) {
                let value = args[i++];
                value === void 0 && this.optionMissingArgument(option), this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i])) && (value = args[i++]), this.emit(`option:${option.name()}`, value);
              } else
                this.emit(`option:${option.name()}`);
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            let option = this._findOption(`-${arg[1]}`);
            if (option) {
              option.required || option.optional && this._combineFlagAndOptionalValue ? this.emit(`option:${option.name()}`, arg.slice(2)) : (this.emit(`option:${option.name()}`), activeGroup = `-${arg.slice(2)}`);
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            let index = arg.indexOf("="), option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg)) && (dest = unknown), (this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg), unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          let result = {}, len = this.options.length;
          for (let i = 0; i < len; i++) {
            let key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        ), typeof this._showHelpAfterError == "string" ? this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`) : this._showHelpAfterError && (this._outputConfiguration.writeErr(`
`), this.outputHelp({ error: !0 }));
        let config = errorOptions || {}, exitCode = config.exitCode || 1, code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process.env) {
            let optionKey = option.attributeName();
            (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) && (option.required || option.optional ? this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]) : this.emit(`optionEnv:${option.name()}`));
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        let dualHelper = new DualOptions(this.options), hasCustomOptionValue = (optionKey) => this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        let message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        let message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        let message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        let findBestOptionFromValue = (option2) => {
          let optionKey = option2.attributeName(), optionValue = this.getOptionValue(optionKey), negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          ), positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          return negativeOption && (negativeOption.presetArg === void 0 && optionValue === !1 || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg) ? negativeOption : positiveOption || option2;
        }, getErrorMessage = (option2) => {
          let bestOption = findBestOptionFromValue(option2), optionKey = bestOption.attributeName();
          return this.getOptionValueSource(optionKey) === "env" ? `environment variable '${bestOption.envVar}'` : `option '${bestOption.flags}'`;
        }, message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [], command = this;
          do {
            let moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags), command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        let message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        let expected = this.registeredArguments.length, s = expected === 1 ? "" : "s", message = `error: too many arguments${this.parent ? ` for '${this.name()}'` : ""}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        let unknownName = this.args[0], suggestion = "";
        if (this._showSuggestionAfterError) {
          let candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name()), command.alias() && candidateNames.push(command.alias());
          }), suggestion = suggestSimilar(unknownName, candidateNames);
        }
        let message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str, flags = flags || "-V, --version", description = description || "output the version number";
        let versionOption = this.createOption(flags, description);
        return this._versionOptionName = versionOption.attributeName(), this._registerOption(versionOption), this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`), this._exit(0, "commander.version", str);
        }), this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        return str === void 0 && argsDescription === void 0 ? this._description : (this._description = str, argsDescription && (this._argsDescription = argsDescription), this);
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        return str === void 0 ? this._summary : (this._summary = str, this);
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler && (command = this.commands[this.commands.length - 1]), alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        let matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          let existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        return command._aliases.push(alias), this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        return aliases === void 0 ? this._aliases : (aliases.forEach((alias) => this.alias(alias)), this);
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          let args = this.registeredArguments.map((arg) => humanReadableArgName(arg));
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        return this._usage = str, this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        return str === void 0 ? this._name : (this._name = str, this);
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        return heading === void 0 ? this._helpGroupHeading ?? "" : (this._helpGroupHeading = heading, this);
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        return heading === void 0 ? this._defaultCommandGroup ?? "" : (this._defaultCommandGroup = heading, this);
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        return heading === void 0 ? this._defaultOptionGroup ?? "" : (this._defaultOptionGroup = heading, this);
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        this._defaultOptionGroup && !option.helpGroupHeading && option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        this._defaultCommandGroup && !cmd.helpGroup() && cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        return this._name = path.basename(filename, path.extname(filename)), this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        return path2 === void 0 ? this._executableDir : (this._executableDir = path2, this);
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        let helper = this.createHelp(), context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        let text = helper.formatHelp(this, helper);
        return context.hasColors ? text : this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        let error = !!contextOptions.error, baseWrite, hasColors, helpWidth;
        return error ? (baseWrite = (str) => this._outputConfiguration.writeErr(str), hasColors = this._outputConfiguration.getErrHasColors(), helpWidth = this._outputConfiguration.getErrHelpWidth()) : (baseWrite = (str) => this._outputConfiguration.writeOut(str), hasColors = this._outputConfiguration.getOutHasColors(), helpWidth = this._outputConfiguration.getOutHelpWidth()), { error, write: (str) => (hasColors || (str = this._outputConfiguration.stripColor(str)), baseWrite(str)), hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        typeof contextOptions == "function" && (deprecatedCallback = contextOptions, contextOptions = void 0);
        let outputContext = this._getOutputContext(contextOptions), eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext)), this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback && (helpInformation = deprecatedCallback(helpInformation), typeof helpInformation != "string" && !Buffer.isBuffer(helpInformation)))
          throw new Error("outputHelp callback must return a string or a Buffer");
        outputContext.write(helpInformation), this._getHelpOption()?.long && this.emit(this._getHelpOption().long), this.emit("afterHelp", eventContext), this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        return typeof flags == "boolean" ? (flags ? (this._helpOption === null && (this._helpOption = void 0), this._defaultOptionGroup && this._initOptionGroup(this._getHelpOption())) : this._helpOption = null, this) : (this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        ), (flags || description) && this._initOptionGroup(this._helpOption), this);
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        return this._helpOption === void 0 && this.helpOption(void 0, void 0), this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        return this._helpOption = option, this._initOptionGroup(option), this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process.exitCode ?? 0);
        exitCode === 0 && contextOptions && typeof contextOptions != "function" && contextOptions.error && (exitCode = 1), this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        let allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position))
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        let helpEvent = `${position}Help`;
        return this.on(helpEvent, (context) => {
          let helpStr;
          typeof text == "function" ? helpStr = text({ error: context.error, command: context.command }) : helpStr = text, helpStr && context.write(`${helpStr}
`);
        }), this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        let helpOption = this._getHelpOption();
        helpOption && args.find((arg) => helpOption.is(arg)) && (this.outputHelp(), this._exit(0, "commander.helpDisplayed", "(outputHelp)"));
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect"))
          return arg;
        let debugOption, debugHost = "127.0.0.1", debugPort = "9229", match;
        return (match = arg.match(/^(--inspect(-brk)?)$/)) !== null ? debugOption = match[1] : (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null ? (debugOption = match[1], /^\d+$/.test(match[3]) ? debugPort = match[3] : debugHost = match[3]) : (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null && (debugOption = match[1], debugHost = match[3], debugPort = match[4]), debugOption && debugPort !== "0" ? `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}` : arg;
      });
    }
    function useColor() {
      if (process.env.NO_COLOR || process.env.FORCE_COLOR === "0" || process.env.FORCE_COLOR === "false")
        return !1;
      if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== void 0)
        return !0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument(), { Command: Command2 } = require_command(), { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error(), { Help: Help2 } = require_help(), { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1), {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/options.ts
var usageLang = DEFAULT_LANG;
function setUsageLang(lang) {
  usageLang = lang;
}
function usage(id, params) {
  return tr(usageLang, id, params);
}
function langOption(value) {
  let lang = parseLang(value);
  if (!lang) throw new InvalidArgumentError(usage("cli.usage.allowed", { values: ["zh-Hant", "en"] }));
  return lang;
}
function positiveInt(name, min = 1) {
  return (value) => {
    let n = Number(value);
    if (!/^[0-9]+$/.test(value.trim()) || !Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(usage("cli.usage.wholeNumber", { name, min }));
    return n;
  };
}
function choice(values) {
  return (value) => {
    let v = value.trim().toLowerCase(), hit = values.find((c) => c === v);
    if (!hit) throw new InvalidArgumentError(usage("cli.usage.allowed", { values }));
    return hit;
  };
}
function choiceList(values) {
  let one = choice(values);
  return (value, previous) => [...previous ?? [], ...value.split(",").filter((s) => s.trim() !== "").map(one)];
}
function formatChoice(names) {
  return (value) => {
    let hit = canonicalFormat(names, value);
    if (hit === void 0) {
      let aliases = Object.entries(FORMAT_ALIASES).filter(([, to]) => names.includes(to)).map(([a, to]) => `${a} = ${to}`);
      throw new InvalidArgumentError(usage("cli.usage.allowed", { values: aliases.length > 0 ? [...names, `(${aliases.join(", ")})`] : names }));
    }
    return hit;
  };
}
function csvDelimiter(value) {
  let v = value === "\\t" || value === "tab" ? "	" : value;
  if ([...v].length !== 1) throw new InvalidArgumentError(usage("cli.usage.oneCharacter"));
  if (v === '"' || v === "'" || v === "\r" || v === `
`) throw new InvalidArgumentError(usage("cli.usage.delimiterReserved"));
  return v;
}
function addOutputOptions(command, spec) {
  let aliases = Object.entries(FORMAT_ALIASES).filter(([, to]) => spec.formats.includes(to)).map(([a]) => a);
  return command.addOption(
    new Option("-f, --format <format>", `output format: ${spec.formats.join(", ")}${aliases.includes("md") ? " (md = markdown)" : ""}`).argParser(formatChoice(spec.formats)).default(spec.default ?? "text")
  ), command.option("-o, --output <file>", "write to this file, whole or not at all (default: standard output)"), spec.width !== !1 && command.addOption(new Option("-w, --width <columns>", "fit text to this many columns (default: the terminal, else COLUMNS, else 80)").argParser(positiveInt("--width", 20))), spec.ascii && command.option("--ascii", "draw borders with + - | (for terminals that draw box characters wide)"), spec.formats.includes("csv") && (command.addOption(new Option("--delimiter <char>", "CSV delimiter").argParser(csvDelimiter).default(",")), command.option("--no-bom", "CSV without the UTF-8 byte order mark (Excel needs it to read Chinese)"), command.option("--no-formula-guard", "CSV cells starting with = + - @ are not prefixed with '")), command;
}

// src/cli/commands/list.ts
var LIST_FORMAT_NAMES = ["text", "markdown", "csv", "json"];
function registerList(program2, runner) {
  let command = program2.command("list").description("list the standards of the catalogue: code, version, name, classification, level, status, date").option("--category <code>", "\u8077\u985E\u5225\u4EE3\u78BC, e.g. IIS").option("--occupation <code>", "\u8077\u696D\u5225\u4EE3\u78BC or its start, e.g. 3512 or 35").option("--industry <code>", "\u884C\u696D\u5225\u4EE3\u78BC or its start, e.g. J6312 or J63").addOption(new Option("--level <n>", "\u57FA\u6E96\u7D1A\u5225 1\u20136").argParser(positiveInt("--level"))).option("--name <text>", "part of the name, e.g. \u96F2\u7AEF").option("-a, --all-versions", "every version, with those known only from version tables");
  addOutputOptions(command, { formats: LIST_FORMAT_NAMES, ascii: !0 }).addHelpText(
    "after",
    `
Examples:
  $ compstd list
  $ compstd list --all-versions
  $ compstd list --category IIS --level 2
  $ compstd list --name \u96F2\u7AEF --format json
  $ compstd list --all-versions --format csv -o catalogue.csv
  $ compstd list | grep \u96F2\u7AEF                one line per standard when piped`
  ).action(async (opts, command2) => {
    await runner(async (ctx) => {
      let [catalog, cache, { selectRows }, { indexedRows }, { render }, { LIST_FORMATS }] = await Promise.all([
        ctx.catalog(),
        ctx.cacheSpec("index"),
        import("./list-2KMO54DJ.js"),
        import("./catalog-index-H5DH5KRG.js"),
        import("./render-5JXSXYGH.js"),
        import("./list-CUYVSSQE.js")
      ]), { value: rows, skipped } = await indexedRows({ root: catalog.root, cwd: catalog.cwd, cache }, opts.allVersions === !0);
      return ctx.reportSkipped(skipped), await render(ctx, LIST_FORMATS, opts, { rows: selectRows(rows, opts) }), 0;
    }, command2);
  });
}

// src/cli/commands/show.ts
var SHOW_FORMAT_NAMES = ["text", "markdown", "json", "yaml"];
function registerShow(program2, runner) {
  let command = program2.command("show").description("print one standard: header, version history, task table, attitudes and notes").argument("<ref>", "IIS3512-001v3, IIS3512-001 (latest), a path to a YAML file, or - for stdin").addOption(
    new Option("-s, --section <parts>", `only these parts, comma-separated: ${SECTIONS.join(", ")}`).argParser(
      choiceList(SECTIONS)
    )
  );
  addOutputOptions(command, { formats: SHOW_FORMAT_NAMES, ascii: !0 }).addHelpText(
    "after",
    `
Examples:
  $ compstd show IIS3512-001v3
  $ compstd show IIS3512-001 --section header,tasks --width 140
  $ compstd show IDC3512-002v2 --format md -o IDC3512-002v2.md
  $ compstd show IIS3512-001v3 --format json | jq '.knowledge[].name'
  $ compstd show IIS3512-001v2            a version known only from the version table
  $ compstd show ./my-standards/ABC1234-001/v1.yaml`
  ).action(async (ref, opts, command2) => {
    await runner(async (ctx) => {
      let formatters = Promise.all([import("./standard-HYLT4AGL.js"), import("./render-5JXSXYGH.js")]), entry = await ctx.resolve(ref), [{ SHOW_FORMATS }, { render }] = await formatters, sections = opts.section && opts.section.length > 0 ? [...new Set(opts.section)] : SECTIONS;
      return await render(ctx, SHOW_FORMATS, opts, { entry, sections }), 0;
    }, command2);
  });
}

// src/cli/commands/validate.ts
var VALIDATE_FORMATS = ["text", "json", "github", "junit", "sarif"];
function registerValidate(program2, runner) {
  let command = program2.command("validate").description("check standard files against the schema and the rules (compstd rules lists them)").argument("[inputs...]", "files, folders, globs, or - for stdin (default: the catalogue)").addOption(new Option("--fail-on <severity>", "exit 1 on findings of this severity or worse").argParser(choice(["error", "warning"])).default("error")).addOption(new Option("--max-warnings <n>", "exit 1 when there are more warnings than this").argParser(positiveInt("--max-warnings", 0))).option("--rule <id=severity>", "set a rule to error, warning, info or off (repeatable)", (v, prev) => [...prev ?? [], v]).option("--config <file>", "the config file (default: the .compstd.yaml that names the catalogue, or one in the catalogue folder)").option("--no-frames", "no code frames under findings (text)").addOption(new Option("-j, --jobs <n>", "threads to check files on (default: the cores, at most 4)").argParser(positiveInt("--jobs"))).option("--baseline <file>", "suppress the findings this baseline lists (counted in the summary); report its stale entries").addOption(new Option("--write-baseline <file>", "write the current errors and warnings to this baseline file (they are then suppressed)").conflicts("baseline"));
  addOutputOptions(command, { formats: VALIDATE_FORMATS }).addHelpText(
    "after",
    `
Examples:
  $ compstd validate                                   the whole catalogue
  $ compstd validate standards/IIS3512-001/v3.yaml
  $ compstd validate 'standards/**/*.yaml' --format github
  $ compstd validate my-standards/ --rule code-gap=off --rule level-far-from-standard=off
  $ compstd validate --format sarif -o compstd.sarif
  $ compstd validate --fail-on warning --max-warnings 0
  $ cat v1.yaml | compstd validate -

Exit codes: 0 clean (or below the threshold), 1 findings at or above --fail-on or more
warnings than --max-warnings, 2 usage error.`
  ).action(async (inputs, opts, command2) => {
    await runner(async (ctx) => {
      let startedAt = /* @__PURE__ */ new Date(), { validate } = await import("./validate-UYXTLYPR.js"), source = await ctx.catalogSource(), catalog = inputs.length === 0 ? source.root : void 0, { splitCourseInputs, validateCourses } = await import("./course-shared-HMZVO4ZP.js"), split = await splitCourseInputs(ctx, inputs), courses = await validateCourses(ctx, split.courses), empty = { findings: [], files: [], sources: /* @__PURE__ */ new Map(), suppressed: 0, suppressedFindings: [] }, result = split.rest.length === 0 && split.courses.length > 0 ? empty : await validate({
        inputs: inputs.length === 0 ? [catalog] : split.rest,
        cwd: ctx.io.cwd,
        readStdin: ctx.io.readStdin,
        configPath: opts.config ?? source.config,
        configDir: catalog ?? ctx.io.cwd,
        ruleFlags: opts.rule ?? [],
        jobs: opts.jobs,
        cache: await ctx.cacheSpec("validate"),
        // issue 12 (baseline)
        baseline: opts.baseline,
        writeBaseline: opts.writeBaseline
      });
      result.baselineWritten && ctx.warn(ctx.t({ id: "findings.baseline.written", params: result.baselineWritten })), result.findings.push(...courses.findings), result.files.push(...courses.files);
      for (let [k, v] of courses.sources) result.sources.set(k, v);
      let errors = result.findings.filter((f) => f.severity === "error").length, warnings = result.findings.filter((f) => f.severity === "warning").length, warningsFail = opts.failOn === "warning" && warnings > 0 || opts.maxWarnings !== void 0 && warnings > opts.maxWarnings, failed = errors > 0 || warningsFail, run2 = { cwd: ctx.io.cwd, warningsFail, startedAt, elapsedMs: Date.now() - startedAt.getTime(), hostname: (await import("node:os")).hostname() };
      if (opts.format === "sarif") {
        let [{ repositoryRoot }, { readRuleDocs }, { RULES, LOAD_CHECKS }] = await Promise.all([
          import("./git-D4LFD2ZO.js"),
          import("./rule-docs-OAESBCV7.js"),
          import("./registry-66TCUNHX.js")
        ]);
        run2.root = await repositoryRoot(ctx.io.cwd) ?? ctx.io.cwd, run2.ruleHelp = readRuleDocs([...LOAD_CHECKS, ...RULES.map((r) => r.meta)].map((r) => r.id));
      }
      let [{ render }, { FINDINGS_FORMATS }] = await Promise.all([import("./render-5JXSXYGH.js"), import("./findings-4ZDW5SKI.js")]), note = catalog !== void 0 ? ctx.t(await ctx.catalogNote()) : void 0;
      return await render(ctx, FINDINGS_FORMATS, opts, { ...result, frames: opts.frames, run: run2, ...note !== void 0 && opts.format === "text" ? { catalog: note } : {} }), note !== void 0 && opts.format !== "text" && ctx.io.stderr.write(`${note}
`), failed ? 1 : 0;
    }, command2);
  });
}

// src/cli/commands/rules.ts
var RULES_FORMAT_NAMES = ["text", "markdown", "csv", "json"];
function registerRules(program2, runner) {
  let command = program2.command("rules").description("list the rules of compstd validate: id, default severity, what it checks, docs");
  addOutputOptions(command, { formats: RULES_FORMAT_NAMES, ascii: !0 }).addHelpText(
    "after",
    `
Examples:
  $ compstd rules
  $ compstd rules --format json | jq -r '.[].id'
  $ compstd rules --format md -o RULES.md

Change a severity with --rule id=severity, or in .compstd.yaml:
  rules:
    code-gap: off
    level-far-from-standard: warning`
  ).action(async (opts, command2) => {
    await runner(async (ctx) => {
      let [{ RULES, LOAD_CHECKS, PUBLISHED_CHECKS, BASELINE_CHECK }, { render }, { RULES_FORMATS }] = await Promise.all([
        import("./registry-66TCUNHX.js"),
        import("./render-5JXSXYGH.js"),
        import("./rules-TY4OSNRF.js")
      ]), row = (m, scope, configurable) => ({
        id: m.id,
        severity: m.severity,
        description: ctx.t(m.descriptionMessage),
        descriptionId: m.descriptionMessage.id,
        docs: m.docs,
        scope,
        configurable
      }), rules = [
        ...RULES.map((r) => row(r.meta, r.scope, !0)),
        ...PUBLISHED_CHECKS.map((m) => row(m, "published", !0)),
        row(BASELINE_CHECK, "baseline", !0),
        ...LOAD_CHECKS.map((m) => row(m, "load", !1))
      ];
      return await render(ctx, RULES_FORMATS, opts, { rules }), 0;
    }, command2);
  });
}

// src/cli/commands/export.ts
import { extname, resolve } from "node:path";
var EXPORT_FORMATS = ["csv", "markdown", "json", "yaml", "xlsx", "docx", "odt", "course-template"], BY_EXTENSION = {
  ".csv": "csv",
  ".md": "markdown",
  ".markdown": "markdown",
  ".json": "json",
  ".yaml": "yaml",
  ".yml": "yaml",
  ".xlsx": "xlsx",
  ".docx": "docx",
  ".odt": "odt"
};
function registerExport(program2, runner) {
  let command = program2.command("export").description("export competency matrices (task \xD7 K/S) and whole standards as CSV, Markdown, JSON, YAML or XLSX").argument("[refs...]", "standards: IIS3512-001v3, IIS3512-001 (latest), or paths").option("-a, --all", "every standard of the catalogue (its latest version)").addOption(
    new Option("-m, --matrix <kind>", "knowledge, skills, all (both), or attitudes (the standard-wide table)").argParser(choice(["knowledge", "skills", "all", "attitudes"])).default("all")
  ).addOption(new Option("--layout <layout>", "wide: the matrix; long: one row per task \xD7 competency").argParser(choice(["wide", "long"])));
  addOutputOptions(command, { formats: EXPORT_FORMATS, default: "auto", width: !1 }).addHelpText(
    "after",
    `
The format: --format, else from -o's extension, else csv.

Examples:
  $ compstd export IIS3512-001v3 -o IIS3512-001v3.csv
  $ compstd export IIS3512-001v3 -o matrix.xlsx           a sheet per matrix, the task table, attitudes
  $ compstd export IIS3512-001v3 --matrix knowledge --format md
  $ compstd export --all --layout long -o all.csv         tidy data for pivot tables and pandas
  $ compstd export IIS3512-001 IDC3512-002 --lang en --no-bom --format csv
  $ compstd export IDC3512-002v2 --format json            the whole standard
  $ compstd export IIS3512-001v3 --matrix attitudes`
  ).action(async (refs, opts, command2) => {
    await runner(async (ctx) => {
      let [{ UsageError: UsageError2, InputError: InputError2 }, { msg: msg2 }] = await Promise.all([import("./errors-XVVCYPR3.js"), import("./i18n-LQN7SGU2.js")]), format = opts.format === "auto" ? void 0 : opts.format;
      if (format === void 0 && opts.output !== void 0 && (format = BY_EXTENSION[extname(opts.output).toLowerCase()], format === void 0))
        throw new UsageError2(msg2("cli.export.unknown-extension", { file: opts.output, formats: [...EXPORT_FORMATS] }));
      if (format ??= "csv", opts.matrix === "attitudes" && opts.layout !== void 0) throw new UsageError2(msg2("cli.export.attitudes-layout"));
      if (refs.length === 0 && !opts.all) throw new UsageError2(msg2("cli.export.nothing"));
      let catalog = await ctx.catalog(), entries = [];
      if (opts.all) {
        let { indexedRows } = await import("./catalog-index-H5DH5KRG.js"), { value: rows, skipped } = await indexedRows({ root: catalog.root, cwd: catalog.cwd, cache: await ctx.cacheSpec("index") });
        ctx.reportSkipped(skipped);
        let latest = /* @__PURE__ */ new Map();
        for (let r of rows) r.content && (latest.get(r.base)?.version ?? -1) < r.version && latest.set(r.base, r);
        for (let r of latest.values()) entries.push(await catalog.resolve(resolve(catalog.cwd, r.file)));
      }
      for (let ref of refs) entries.push(await ctx.resolve(ref));
      if (format === "docx" || format === "odt") {
        if (entries.length !== 1) throw new UsageError2(msg2("document.oneStandard", { count: entries.length }));
        let [{ render: render2 }, { DOCUMENT_FORMATS }] = await Promise.all([import("./render-5JXSXYGH.js"), import("./document-65PZUSXA.js")]);
        return await render2(ctx, DOCUMENT_FORMATS, { ...opts, format }, { entry: entries[0] }), 0;
      }
      if (format === "course-template") {
        let entry = entries[0];
        if (entries.length !== 1 || entry === void 0) throw new UsageError2(msg2("document.oneStandard", { count: entries.length }));
        if (entry.kind === "history") throw new InputError2(msg2("cli.export.history-only", { ref: `${entry.base}v${entry.version}` }));
        let [{ render: render2 }, { TEMPLATE_FORMATS }] = await Promise.all([import("./render-5JXSXYGH.js"), import("./course-YAGBBAR4.js")]), sub = opts.output !== void 0 && extname(opts.output).toLowerCase() === ".xlsx" ? "xlsx" : "csv";
        return await render2(ctx, TEMPLATE_FORMATS, { ...opts, format: sub }, { standard: entry.standard }), 0;
      }
      let published = [];
      for (let e of entries) {
        if (e.kind === "history") throw new InputError2(msg2("cli.export.history-only", { ref: `${e.base}v${e.version}` }));
        published.push(e);
      }
      if (published.length === 0) throw new InputError2(msg2("cli.export.empty"));
      if ((format === "csv" || format === "markdown" || format === "xlsx") && opts.matrix !== "attitudes" && (opts.layout ?? "wide") === "wide") {
        let { wideCells, WIDE_CELL_LIMIT } = await import("./matrix-4ASVG5F2.js"), size = wideCells(published, opts.matrix);
        if (size.cells > WIDE_CELL_LIMIT) {
          let n = (x) => x.toLocaleString("en-US");
          throw new UsageError2(
            msg2("limits.exportWide", { standards: n(published.length), rows: n(size.rows), columns: n(size.columns), cells: n(size.cells), limit: n(WIDE_CELL_LIMIT) })
          );
        }
      }
      let [{ render }, { EXPORT_FORMATS: FORMATS }] = await Promise.all([import("./render-5JXSXYGH.js"), import("./export-G6EYSP4P.js")]);
      return await render(ctx, FORMATS, { ...opts, format }, { entries: published, matrix: opts.matrix, layout: opts.layout ?? "wide" }), 0;
    }, command2);
  });
}

// src/cli/commands/search.ts
var SEARCH_FORMAT_NAMES = ["text", "markdown", "csv", "json"], COMPARE_FORMAT_NAMES = ["text", "markdown", "csv", "json"];
function threshold(value) {
  let n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError(usage("cli.usage.threshold"));
  return n;
}
function registerSearch(program2, runner) {
  let search = program2.command("search").description("find text in every standard: names, duties, tasks, outputs, indicators, K, S, A, notes").argument("<text>", "what to find; full-width and half-width alike, white space and case ignored").addOption(new Option("-k, --kind <kinds>", `only these kinds, comma-separated: ${TEXT_KINDS.join(", ")}`).argParser(choiceList(TEXT_KINDS))).option("--category <code>", "\u8077\u985E\u5225\u4EE3\u78BC of the standards, e.g. IIS").option("-a, --all-versions", "every version in the catalogue, not only the newest").option("--regex", "the text is a regular expression (case-insensitive)");
  addOutputOptions(search, { formats: SEARCH_FORMAT_NAMES }).addHelpText(
    "after",
    `
Examples:
  $ compstd search \u96F2\u7AEF
  $ compstd search \u8A0A\u865F\u76E3\u63A7 --format json
  $ compstd search \u8077\u696D\u5B89\u5168\u885B\u751F --kind knowledge
  $ compstd search 'K0[1-3]|\u9664\u932F' --regex --category IDC`
  ).action(async (text, opts, command) => {
    await runner(async (ctx) => {
      let { UsageError: UsageError2 } = await import("./errors-XVVCYPR3.js"), pattern;
      if (opts.regex) {
        let [{ compilePattern, PatternError }, { msg: msg2 }] = await Promise.all([import("./pattern-LYMJCQVY.js"), import("./i18n-LQN7SGU2.js")]);
        try {
          pattern = compilePattern(text);
        } catch (e) {
          throw e instanceof PatternError ? new UsageError2(msg2("limits.regexUnsupported", { detail: e.detail })) : e;
        }
      }
      let [catalog, cache, { searchIn }, { indexedDocs }] = await Promise.all([
        ctx.catalog(),
        ctx.cacheSpec("index"),
        import("./search-KKZP3M2S.js"),
        import("./catalog-index-H5DH5KRG.js")
      ]), { value: docs, skipped } = await indexedDocs({ root: catalog.root, cwd: catalog.cwd, cache }, opts.allVersions === !0);
      ctx.reportSkipped(skipped);
      let hits = searchIn(docs, text, { kinds: opts.kind, category: opts.category, pattern }), [{ render }, { SEARCH_FORMATS }] = await Promise.all([import("./render-5JXSXYGH.js"), import("./query-MMTDKLR6.js")]);
      return await render(ctx, SEARCH_FORMATS, opts, { hits }), 0;
    }, command);
  });
  let compare = program2.command("compare").description("which knowledge, skills and attitudes two or more standards share, matched by text").argument("<refs...>", "two or more standards").addOption(new Option("-t, --threshold <score>", "similarity (0\u20131) from which two texts count as a close match").argParser(threshold).default(0.6));
  addOutputOptions(compare, { formats: COMPARE_FORMAT_NAMES, ascii: !0 }).addHelpText(
    "after",
    `
Examples:
  $ compstd compare IIS3512-001v3 IDC3512-002v2
  $ compstd compare IIS3512-001 IDC3512-002 --threshold 0.5 --format markdown
  $ compstd compare IIS3512-001 IDC3512-002 --format json | jq '.summary'`
  ).action(async (refs, opts, command) => {
    await runner(async (ctx) => {
      let [{ UsageError: UsageError2, InputError: InputError2 }, { msg: msg2 }] = await Promise.all([import("./errors-XVVCYPR3.js"), import("./i18n-LQN7SGU2.js")]);
      if (refs.length < 2) throw new UsageError2(msg2("cli.compare.needs-two"));
      let entries = [];
      for (let ref of refs) {
        let e = await ctx.resolve(ref);
        if (e.kind === "history") throw new InputError2(msg2("cli.compare.history-only", { ref: `${e.base}v${e.version}` }));
        entries.push(e);
      }
      let [{ compare: compare2 }, { render }, { COMPARE_FORMATS }] = await Promise.all([
        import("./compare-OX4L33JC.js"),
        import("./render-5JXSXYGH.js"),
        import("./query-MMTDKLR6.js")
      ]);
      return await render(ctx, COMPARE_FORMATS, opts, compare2(entries, opts.threshold)), 0;
    }, command);
  });
}

// src/cli/commands/diff.ts
var DIFF_FORMATS = ["text", "markdown", "csv", "json", "changelog-zh"], SEVERITY_NAMES = ["major", "minor", "patch"];
function registerDiff(program2, runner) {
  let command = program2.command("diff").description("what changed between versions of a standard: matched by content, classified major/minor/patch").argument("[refs...]", "two references; a standard and two versions; two versions (every standard); or one standard (its whole chain)").addOption(new Option("--fail-on <severity>", "exit 1 when a change of this severity or above is present: major, minor, patch").argParser(choice(SEVERITY_NAMES))).option("--code <codes>", "with `diff vN vM` or --git: only standards whose code starts with one of these (comma-separated)").option("--git <base>", "every standard file changed since the branch left a git revision, committed or not: modified, renamed, deleted (major), new (a pull request's review)");
  addOutputOptions(command, { formats: DIFF_FORMATS }).addHelpText(
    "after",
    `
Examples:
  $ compstd diff IIS3512-001v2 IIS3512-001v3
  $ compstd diff IIS3512-001 v2 v3
  $ compstd diff v2 v3                         every standard with both versions
  $ compstd diff IIS3512-001                   the chain v1 \u2192 v2 \u2192 v3
  $ compstd diff old/v3.yaml standards/IIS3512-001/v3.yaml --format json
  $ compstd diff HEAD~1:standards/IIS3512-001/v3.yaml standards/IIS3512-001/v3.yaml
  $ compstd diff --git origin/main --format markdown --fail-on major
  $ compstd diff IDC3512-002v1 IDC3512-002v2 --format changelog-zh

Severity: major = something removed or a level changed; minor = something added;
patch = rewording, renumbering, moving. Classification: equivalent (patch only),
not-equivalent, or unknown (a side known only from a version table).`
  ).action(async (refs, opts, command2) => {
    await runner(async (ctx) => {
      let [{ planDiff }, { diffEntries }, { hasSeverity }] = await Promise.all([
        import("./plan-NP3WFYGQ.js"),
        import("./versions-4MVAAIDF.js"),
        import("./types-BGSFCWNN.js")
      ]), code = opts.code?.split(",").filter((c) => c.trim() !== ""), plan = await planDiff(refs, { code, git: opts.git }, { catalog: await ctx.catalog(), resolve: (r) => ctx.resolve(r), cwd: ctx.io.cwd });
      for (let note of plan.notes) ctx.warn(typeof note == "string" ? note : ctx.t(note));
      plan.pairs.length === 0 && ctx.warn(ctx.t(await ctx.catalogNote()));
      for (let p of plan.pairs) p.from.base !== p.to.base && ctx.warn(ctx.t({ id: "cli.diff.different-standards", params: { from: p.from.base, to: p.to.base } }));
      let diffs = plan.pairs.map((p) => diffEntries(p.from, p.to, p)), [{ render }, { DIFF_FORMATS: FORMATS }] = await Promise.all([import("./render-5JXSXYGH.js"), import("./diff-ARPG7TIY.js")]);
      await render(ctx, FORMATS, opts, { diffs, many: plan.many });
      let failOn = opts.failOn;
      return failOn !== void 0 && diffs.some((d) => hasSeverity(d, failOn)) ? 1 : 0;
    }, command2);
  });
}

// src/cli/commands/import.ts
import { resolve as resolve2 } from "node:path";
function registerImport(program2, runner) {
  program2.command("import").description("turn an iCAP standard document (its text, pipe or tab-separated tables) into a standard file, listing every repair").argument("<file>", "the document as text, or - for standard input").option("-o, --output <file>", "write the standard file here, whole or not at all (default: standard output)").option("--into <dir>", "write it into a catalogue folder, at <dir>/<CODE>/v<N>.yaml").option("--force", "overwrite an existing file").addOption(new Option("-f, --format <format>", "yaml (a standard file) or json").argParser(choice(["yaml", "json"])).default("yaml")).addOption(new Option("--report <format>", "repairs, notes and validation findings on stderr: text or json").argParser(choice(["text", "json"])).default("text")).addHelpText(
    "after",
    `
Examples:
  $ compstd import IIS3512-001v3.txt                  the standard file on standard output
  $ compstd import IIS3512-001v3.txt -o v3.yaml
  $ compstd import IDC3512-002v2.txt --into standards  standards/IDC3512-002/v2.yaml
  $ pbpaste | compstd import - --report json          repairs and findings as JSON on stderr
  $ compstd import SET3115-001v5.txt --format json`
  ).action(async (file, opts, command) => {
    await runner(async (ctx) => {
      let [{ UsageError: UsageError2, InputError: InputError2 }, { importDocument, withModeline }, { writeFileAtomic, targetExists, makeFolderFor }, { displayPath }, { catalogFilePath }, { msg: msg2 }] = await Promise.all([
        import("./errors-XVVCYPR3.js"),
        import("./import-GF5CGW6P.js"),
        import("./write-DQ4ULEBX.js"),
        import("./paths-QXRIWRIQ.js"),
        import("./safe-path-EHOAHJ4R.js"),
        import("./i18n-LQN7SGU2.js")
      ]);
      if (opts.output !== void 0 && opts.into !== void 0) throw new UsageError2("Give either -o or --into, not both");
      if (file !== "-" && (await import("./course-HZZCFNUI.js")).isCourseSheetName(file)) return (await import("./course-shared-HMZVO4ZP.js")).importCourseSheet(ctx, file, opts);
      let text;
      if (file === "-") {
        if (!ctx.io.readStdin) throw new UsageError2("Standard input is not available");
        let { MAX_DOCUMENT_BYTES } = await import("./bounded-TANCPM46.js");
        text = await ctx.io.readStdin(MAX_DOCUMENT_BYTES);
      } else if ((await import("./office-YJ6O6FPQ.js")).isOfficeFile(resolve2(ctx.io.cwd, file), file)) {
        let [{ readOfficeXml }, { officeText }] = await Promise.all([import("./office-YJ6O6FPQ.js"), import("./readers-3LMYUPNJ.js")]);
        text = officeText(readOfficeXml(resolve2(ctx.io.cwd, file), file), file);
      } else {
        let { readTextFile } = await import("./text-file-BQHCHLJE.js");
        text = readTextFile(resolve2(ctx.io.cwd, file), file);
      }
      let source = file === "-" ? "<stdin>" : file, first = importDocument(text, source, void 0, ctx.lang), path;
      opts.output !== void 0 && (path = resolve2(ctx.io.cwd, opts.output));
      let show = (p) => displayPath(p, ctx.io.cwd);
      opts.into !== void 0 && (path = catalogFilePath(resolve2(ctx.io.cwd, opts.into), first.standard.code, first.standard.version, show));
      let display = path === void 0 ? void 0 : show(path), { standard, yaml, report } = display === void 0 ? first : importDocument(text, source, display, ctx.lang);
      if (path !== void 0 && targetExists(path) && opts.force !== !0) throw new InputError2(msg2("io.write.exists", { file: display }));
      let { schemaRefFor } = await import("./modeline-6N7UD6V4.js"), schema = path === void 0 ? void 0 : schemaRefFor(path), out = opts.format === "json" ? `${JSON.stringify(standard, null, 2)}
` : schema ? withModeline(yaml, schema.ref) : yaml;
      if (opts.report === "json") ctx.io.stderr.write(`${JSON.stringify(report, null, 2)}
`);
      else {
        let [{ terminalSafe }, { labelIn }] = await Promise.all([import("./terminal-PJWYZXKR.js"), import("./labels-DCJTKQAF.js")]), l = labelIn(ctx.lang), kindLabel = { "removed-space": l("repairRemovedSpace"), "merged-continuation-row": l("repairMergedRow"), "split-code": l("repairSplitCode"), "rejoined-text": l("repairRejoinedText") };
        for (let r of report.repairs) {
          let change = r.before !== void 0 && r.after !== void 0 ? `${r.before} \u2192 ${r.after}` : r.before ?? r.after ?? "";
          ctx.warn(terminalSafe(ctx.t(msg2("cli.import.repaired", { at: r.at, kind: kindLabel[r.kind] ?? l("repairOther"), change, note: r.note ?? "" }))));
        }
        for (let w of report.warnings) ctx.warn(terminalSafe(`${source}:${w.line}: ${w.message}`));
        for (let f of report.findings) {
          let text2 = f.messageId !== void 0 ? ctx.t({ id: f.messageId, params: f.params }) : f.message;
          ctx.warn(terminalSafe(`${f.file}:${f.line}:${f.column}: ${ctx.t(msg2(`cli.severity.${f.severity}`))}: ${text2} (${f.ruleId})`));
        }
      }
      return path === void 0 ? (ctx.out(out), 0) : (opts.into !== void 0 && makeFolderFor(path, display), schema && !schema.inRepository && opts.format === "yaml" && ctx.warn(ctx.t(msg2("repo.modeline.noSchema", { path: display }))), writeFileAtomic(path, out, display, { symlinks: opts.into !== void 0 ? "refuse" : "follow" }), opts.report !== "json" && ctx.warn(ctx.t(msg2("cli.import.wrote", { file: display, repairs: report.repairs.length }))), 0);
    }, command);
  });
}

// src/cli/commands/init.ts
import { resolve as resolve3 } from "node:path";
function registerInit(program2, runner) {
  program2.command("init").description("scaffold a standards repository: .compstd.yaml, standards/, the schema, pre-commit and a GitHub workflow").argument("[dir]", "the repository folder (default: the current folder)", ".").option("--from <spec>", "what npm installs compstd from in pre-commit and CI: compstd@VERSION (default), a git URL or a tarball").addHelpText(
    "after",
    `
Writes, unless it exists (nothing is ever overwritten; run it again to add what is missing):
  .compstd.yaml                     the catalogue folder, the reference behind it, rule severities
  standards/                        your standard files, <CODE>/v<N>.yaml
  schemas/standard.schema.json      the schema, where each file's modeline points editors
  .pre-commit-config.yaml           compstd validate before every commit
  .github/workflows/compstd.yml     validate (annotations, SARIF) and review pull requests

Examples:
  $ compstd init
  $ compstd init my-standards --from git+https://example.org/compstd.git#v0.1.0`
  ).action(async (dir, opts, command) => {
    await runner(async (ctx) => {
      let [{ scaffoldFiles, writeScaffold, CATALOG_DIR }, { displayPath }, { VERSION: VERSION2 }, { msg: msg2 }] = await Promise.all([
        import("./scaffold-CXANYMEM.js"),
        import("./paths-QXRIWRIQ.js"),
        import("./version-CENATIOU.js"),
        import("./i18n-LQN7SGU2.js")
      ]), source = opts.from ?? `compstd@${VERSION2}`;
      if (source.trim() === "" || source.startsWith("-") || /[\u0000-\u001f\u007f]/.test(source)) {
        let { UsageError: UsageError2 } = await import("./errors-XVVCYPR3.js");
        throw new UsageError2(msg2("repo.init.badSource", { spec: JSON.stringify(source) }));
      }
      let target = resolve3(ctx.io.cwd, dir), show = (p) => displayPath(p, ctx.io.cwd), files = scaffoldFiles({ source, version: VERSION2 }), done = writeScaffold(target, files, show);
      for (let d of done) {
        let path = show(resolve3(target, d.path)), id = d.status === "wrote" ? "repo.init.wrote" : d.status === "made" ? "repo.init.made" : d.status === "kept" ? "repo.init.kept" : "repo.init.differs";
        ctx.out(ctx.t(msg2(id, { path, version: VERSION2 })));
      }
      let wrote = done.filter((d) => d.status === "wrote" || d.status === "made").length;
      return ctx.out(ctx.t(msg2("repo.init.done", { dir: show(target), wrote, kept: done.length - wrote, catalog: show(resolve3(target, CATALOG_DIR)) }))), 0;
    }, command);
  });
}

// src/cli/commands/coverage.ts
var COVERAGE_FORMAT_NAMES = ["text", "markdown", "csv", "json", "xlsx"];
function percent(value) {
  let n = Number(value.replace(/%$/, ""));
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(usage("cli.usage.percentage"));
  return n;
}
function registerCoverage(program2, runner) {
  let command = program2.command("coverage").description("how a course mapping file covers its standard: the units of every task, K, S and A; the share per kind; gaps first").argument("<mapping>", "a course mapping file (YAML, schemas/course.schema.json)").addOption(new Option("--fail-under <percent>", "exit 1 when the total coverage is below this percentage (for CI)").argParser(percent));
  addOutputOptions(command, { formats: COVERAGE_FORMAT_NAMES, ascii: !0 }).addHelpText(
    "after",
    `
Examples:
  $ compstd coverage docs/examples/IIS3512-001v3.course.yaml
  $ compstd coverage course.yaml --format markdown -o coverage.md
  $ compstd coverage course.yaml -f xlsx -o coverage.xlsx   units \xD7 codes with \u25CF, a summary sheet
  $ compstd coverage course.yaml --fail-under 90`
  ).action(async (file, opts, command2) => {
    await runner(async (ctx) => {
      let [{ readMapping, requireStandard }, { coverage }, { render }, { COVERAGE_FORMATS }] = await Promise.all([
        import("./course-shared-HMZVO4ZP.js"),
        import("./coverage-2SFYRBVQ.js"),
        import("./render-5JXSXYGH.js"),
        import("./course-YAGBBAR4.js")
      ]), loaded = await readMapping(ctx, file), entry = await requireStandard(ctx, loaded), data = coverage(loaded.mapping, entry.standard);
      return await render(ctx, COVERAGE_FORMATS, opts, data), opts.failUnder !== void 0 && data.total.percent < opts.failUnder ? (ctx.warn(ctx.t({ id: "course.coverage.fail-under", params: { percent: data.total.percent, min: opts.failUnder } })), 1) : 0;
    }, command2);
  });
}

// src/cli/commands/impact.ts
import { resolve as resolve4 } from "node:path";
var IMPACT_FORMAT_NAMES = ["text", "markdown", "json"], SEVERITY_NAMES2 = ["major", "minor", "patch"];
async function prepare(ctx, file, to) {
  let [{ readMapping, requireStandard }, { diffEntries }] = await Promise.all([import("./course-shared-HMZVO4ZP.js"), import("./versions-4MVAAIDF.js")]), loaded = await readMapping(ctx, file), from = await requireStandard(ctx, loaded), target = await ctx.resolve(to);
  return { loaded, from, target, diff: diffEntries(from, target) };
}
function registerImpact(program2, runner) {
  let command = program2.command("impact").description("what a new version of the standard means for a course: each change, the units it touches, what to do").argument("<mapping>", "a course mapping file").requiredOption("--to <ref>", "the version to compare with, e.g. IIS3512-001v4 or a path").addOption(new Option("--fail-on <severity>", "exit 1 when a change of this severity or above is present: major, minor, patch").argParser(choice(SEVERITY_NAMES2)));
  addOutputOptions(command, { formats: IMPACT_FORMAT_NAMES }).addHelpText(
    "after",
    `
Examples:
  $ compstd impact course.yaml --to IIS3512-001v4
  $ compstd impact course.yaml --to new/v4.yaml --format markdown -o impact.md
  $ compstd impact course.yaml --to IIS3512-001 --fail-on major

Actions, most urgent first: review (removed), level (changed), gap (new), link, wording, migrate (renumbered).`
  ).action(async (file, opts, command2) => {
    await runner(async (ctx) => {
      let [{ impact }, { hasSeverity }, { render }, { IMPACT_FORMATS }] = await Promise.all([
        import("./impact-PIOV5IZG.js"),
        import("./types-BGSFCWNN.js"),
        import("./render-5JXSXYGH.js"),
        import("./course-YAGBBAR4.js")
      ]), { loaded, diff } = await prepare(ctx, file, opts.to);
      return await render(ctx, IMPACT_FORMATS, opts, impact(loaded.mapping, diff)), opts.failOn !== void 0 && hasSeverity(diff, opts.failOn) ? 1 : 0;
    }, command2);
  }), program2.command("migrate").description("rewrite a course mapping to a new version's codes where the diff proves identity; the rest is marked for review").argument("<mapping>", "a course mapping file").requiredOption("--to <ref>", "the version to migrate to").option("-o, --output <file>", "write the migrated mapping here, whole or not at all (default: standard output)").addHelpText(
    "after",
    `
Examples:
  $ compstd migrate course.yaml --to IIS3512-001v4 -o course-v4.yaml
  $ compstd migrate course.yaml --to IIS3512-001v4 -o course.yaml     in place, atomically`
  ).action(async (file, opts, command2) => {
    await runner(async (ctx) => {
      let [{ migrate }, { courseYaml, modelineSchema }, { standardItems }, { InputError: InputError2 }, { COVER_KINDS }, { terminalSafe }] = await Promise.all([
        import("./impact-PIOV5IZG.js"),
        import("./serialize-XK7VNU7Q.js"),
        import("./codes-S7BRQSLT.js"),
        import("./errors-XVVCYPR3.js"),
        import("./course-OA36GWG6.js"),
        import("./terminal-PJWYZXKR.js")
      ]), { loaded, from, target, diff } = await prepare(ctx, file, opts.to);
      if (target.kind === "history") throw new InputError2({ id: "course.migrate.history", params: { ref: `${target.base}v${target.version}` } });
      let codes = (s) => {
        let items = standardItems(s);
        return Object.fromEntries(COVER_KINDS.map((k) => [k, new Set(items[k].map((i) => i.code))]));
      }, m = migrate(loaded.mapping, diff, codes(target.standard), codes(from.standard)), comments = /* @__PURE__ */ new Map();
      for (let r of m.review) {
        let reason = ctx.t({ id: `course.migrate.reason.${r.reason}`, params: { from: diff.from, to: diff.to } }), line = ctx.t({ id: "course.migrate.review", params: { unit: r.unit, code: r.code, reason } });
        comments.set(r.index, [...comments.get(r.index) ?? [], line]), ctx.warn(terminalSafe(line));
      }
      let text = courseYaml(m.mapping, { schema: modelineSchema(loaded.text), comments });
      if (ctx.warn(ctx.t({ id: "course.migrate.done", params: { renamed: m.renamed.length, review: m.review.length } })), opts.output === void 0 || opts.output === "-") ctx.out(text);
      else {
        let { writeFileAtomic } = await import("./write-DQ4ULEBX.js");
        writeFileAtomic(resolve4(ctx.io.cwd, opts.output), text, opts.output), ctx.warn(ctx.t({ id: "cli.wrote", params: { file: opts.output } }));
      }
      return m.review.length > 0 ? 1 : 0;
    }, command2);
  });
}

// src/cli/context.ts
import { isAbsolute, join, relative, sep } from "node:path";
var Context = class {
  constructor(io, globals) {
    this.io = io;
    this.globals = globals;
    this.debug = globals.debug === !0, this.lang = parseLang(globals.lang) ?? parseLang(io.env.COMPSTD_LANG) ?? DEFAULT_LANG;
  }
  io;
  globals;
  debug;
  /** The reader's language: --lang, else COMPSTD_LANG, else Traditional Chinese. */
  lang;
  catalogPromise;
  sourcePromise;
  salt;
  /** A message in the reader's language. */
  t(m) {
    return t(this.lang, m);
  }
  /** Colour level of standard output. */
  get color() {
    return colorLevel(this.io.stdout, this.io.env, this.globals.color);
  }
  /**
   * A cache folder and what its entries depend on (compstd's version and build, the schema);
   * undefined with --no-cache or COMPSTD_NO_CACHE.
   */
  async cacheSpec(kind) {
    if (this.globals.cache === !1 || (this.io.env.COMPSTD_NO_CACHE ?? "") !== "") return;
    let [{ packageRoot }, { cacheSalt, defaultCacheDir }, { VERSION: VERSION2, BUILD_ID }] = await Promise.all([
      import("./paths-QXRIWRIQ.js"),
      import("./cache-PWYDKZO4.js"),
      import("./version-CENATIOU.js")
    ]), dir = defaultCacheDir(this.io.env);
    if (dir)
      return this.salt ??= cacheSalt(`${VERSION2}+${BUILD_ID}`, join(packageRoot(), "schemas", "standard.schema.json")), { dir: join(dir, kind), salt: this.salt };
  }
  /** The catalogue folder (see catalogSource). */
  async catalogRoot() {
    return (await this.catalogSource()).root;
  }
  /**
   * Which catalogue this run uses and how it was found: --catalog, else COMPSTD_CATALOG, else the
   * nearest .compstd.yaml or standards/ folder from the working directory up, else the bundled
   * standards (src/load/find-catalog.ts).
   */
  async catalogSource() {
    return this.sourcePromise ??= import("./find-catalog-DQOJSIKT.js").then(
      ({ findCatalog }) => findCatalog({ cwd: this.io.cwd, flag: this.globals.catalog, env: this.io.env.COMPSTD_CATALOG })
    ), this.sourcePromise;
  }
  /** The sentence naming the catalogue used, for summaries and "nothing found" messages. */
  async catalogNote() {
    let [source, { displayPath }] = await Promise.all([this.catalogSource(), import("./paths-QXRIWRIQ.js")]), near = (path) => {
      let up = relative(this.io.cwd, path);
      return up === "" ? "." : !isAbsolute(up) && up.split(sep).filter((p) => p === "..").length <= 4 ? up : displayPath(path, this.io.cwd);
    };
    return msg("repo.catalogue", {
      root: near(source.root),
      how: source.how,
      config: source.config === void 0 ? void 0 : near(source.config),
      reference: source.reference === void 0 ? void 0 : displayPath(source.reference, this.io.cwd)
    });
  }
  /** The catalogue of catalogSource(), with the bundled standards behind it when it has them. */
  catalog() {
    return this.catalogPromise ??= (async () => {
      let [{ Catalog }, { FileCache }, spec, source] = await Promise.all([
        import("./catalog-HD5TDKAM.js"),
        import("./cache-PWYDKZO4.js"),
        this.cacheSpec("files"),
        this.catalogSource()
      ]), cache = spec ? new FileCache(spec.dir, spec.salt) : void 0, reference = source.reference === void 0 ? void 0 : new Catalog({ root: source.reference, cwd: this.io.cwd, cache });
      return new Catalog({ root: source.root, cwd: this.io.cwd, cache, reference });
    })(), this.catalogPromise;
  }
  /** A reference, a path, or `-` for a standard file on standard input. */
  async resolve(ref) {
    if (ref === "-") {
      if (!this.io.readStdin) throw new UsageError("Standard input is not available");
      let [{ loadStandardText }, { baseOf }] = await Promise.all([import("./read-GPSA5KEO.js"), import("./code-4UGMTJPK.js")]), file = loadStandardText("<stdin>", await this.io.readStdin());
      if (!file.standard) throw InputError.fromFindings(file.file, file.findings);
      let { standard } = file;
      return { kind: "published", base: baseOf(standard.code), version: standard.version, file: file.file, standard };
    }
    try {
      return await (await this.catalog()).resolve(ref);
    } catch (e) {
      throw e instanceof NotFoundError && (e.message = `${e.message}
${this.t(await this.catalogNote())}`), e;
    }
  }
  out(text) {
    this.io.stdout.write(text.endsWith(`
`) || text === "" ? text : `${text}
`);
  }
  warn(text) {
    this.io.stderr.write(`compstd: ${text}
`);
  }
  /** Says which files were skipped and why, on stderr: the rest of the output stays usable. */
  reportSkipped(skipped) {
    for (let s of skipped) {
      let first = s.findings.find((f) => f.severity === "error") ?? s.findings[0];
      this.warn(
        this.t(
          first ? msg("cli.skipped", { where: formatLocation(first), message: first.messageId !== void 0 ? this.t(msg(first.messageId, first.params)) : first.message, more: s.findings.length - 1 }) : msg("cli.skipped.file", { file: s.file })
        )
      );
    }
  }
};

// src/cli/errors.ts
var EXIT = { ok: 0, findings: 1, usage: 2 };
function reportError(err, io, debug, lang = DEFAULT_LANG) {
  if (err instanceof CompstdError)
    return io.stderr.write(`compstd: ${err.msg ? t(lang, err.msg) : err.message}
`), debug && err.stack && io.stderr.write(`${err.stack}
`), err.exitCode;
  let e = err instanceof Error ? err : new Error(String(err));
  return io.stderr.write(`compstd: internal error: ${e.message}
`), io.stderr.write(debug && e.stack ? `${e.stack}
` : `Run again with --debug for details, and report it as a bug.
`), EXIT.usage;
}

// src/cli/program.ts
function buildProgram(io, done) {
  let program2 = new Command("compstd"), runner = async (action, command) => {
    let globals = command.optsWithGlobals();
    program2.getOptionValueSource("color") !== "cli" && delete globals.color, program2.getOptionValueSource("cache") !== "cli" && delete globals.cache;
    let ctx = new Context(io, globals);
    try {
      done(await action(ctx));
    } catch (err) {
      done(reportError(err, io, ctx.debug, ctx.lang));
    }
  };
  return program2.description(
    "Occupational competency standards (iCAP \u8077\u80FD\u57FA\u6E96) as data: show, list, validate, export, search, compare and diff versioned YAML standards."
  ).version(VERSION, "-V, --version", "print the version").option("--catalog <dir>", "folder of standards to use instead of the bundled one (also COMPSTD_CATALOG)").option("--no-color", "no colours (also NO_COLOR=1, or output that is not a terminal)").option("--color", "colours even when the output is not a terminal (also FORCE_COLOR=1)").option("--no-cache", "read every file afresh instead of using the cache of parsed files (also COMPSTD_NO_CACHE=1)").option("--debug", "show stack traces of errors").addOption(new Option("--lang <lang>", "language of messages: zh-Hant (default) or en (also COMPSTD_LANG)").argParser(langOption)).showHelpAfterError(usage("cli.usage.help")).configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (s, write) => write(usageError(s))
  }).exitOverride(), program2.addHelpText(
    "after",
    `
Examples:
  $ compstd show IIS3512-001v3            the whole standard, as in the document
  $ compstd show IIS3512-001 --section tasks
  $ compstd list --all-versions           every known version, history-only ones included
  $ compstd list --occupation 3512 --format json
  $ compstd validate                      check the catalogue: schema and rules
  $ compstd rules                         the rules validate applies
  $ compstd export IIS3512-001v3 -o m.xlsx  the competency matrix for Excel
  $ compstd search \u8A0A\u865F\u76E3\u63A7                  where a text appears, in every standard
  $ compstd compare IIS3512-001v3 IDC3512-002v2
  $ compstd diff IIS3512-001 v2 v3             what changed between two versions
  $ compstd import IIS3512-001v3.txt -o v3.yaml  a document's text \u2192 a standard file

References: IIS3512-001v3 (a version), IIS3512-001 (its latest version), or a path to a YAML file.
Exit codes: 0 ok, 1 findings, 2 usage or input error.`
  ), registerShow(program2, runner), registerList(program2, runner), registerValidate(program2, runner), registerRules(program2, runner), registerExport(program2, runner), registerSearch(program2, runner), registerDiff(program2, runner), registerImport(program2, runner), registerInit(program2, runner), registerCoverage(program2, runner), registerImpact(program2, runner), program2;
}
var COMMANDER_ERRORS = [
  [/^error: unknown option '([^']+)'(?:\n\(Did you mean (.+)\?\))?$/, (m) => usage("cli.usage.unknownOption", { option: m[1] }) + (m[2] ? `
${usage("cli.usage.didYouMean", { suggestion: m[2] })}` : "")],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. ?([\s\S]*)$/, (m) => usage("cli.usage.invalidValue", { option: m[1], value: m[2], reason: m[3] })],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. ?([\s\S]*)$/, (m) => usage("cli.usage.invalidArgument", { value: m[1], name: m[2], reason: m[3] })],
  [/^error: missing required argument '([^']+)'$/, (m) => usage("cli.usage.missingArgument", { name: m[1] })],
  [/^error: option '([^']+)' argument missing$/, (m) => usage("cli.usage.missingValue", { option: m[1] })],
  [/^error: too many arguments(?: for '([^']+)')?[\s\S]*$/, (m) => usage("cli.usage.tooMany", { command: m[1] ?? "compstd" })],
  [/^error: unknown command '([^']+)'(?:\n\(Did you mean (.+)\?\))?$/, (m) => usage("cli.usage.unknownCommand", { command: m[1] }) + (m[2] ? `
${usage("cli.usage.didYouMean", { suggestion: m[2] })}` : "")],
  [/^error: option '([^']+)' cannot be used with option '([^']+)'$/, (m) => usage("cli.usage.conflict", { a: m[1], b: m[2] })]
];
function usageError(text) {
  let body = text.replace(/\n$/, "");
  for (let [pattern, say] of COMMANDER_ERRORS) {
    let m = pattern.exec(body);
    if (m) return `${say(m)}
`;
  }
  return text;
}
function langOfArgv(argv, env) {
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    if (argv[i] === "--lang") return parseLang(argv[i + 1]);
    if (argv[i].startsWith("--lang=")) return parseLang(argv[i].slice(7));
  }
  return parseLang(env.COMPSTD_LANG);
}
async function run(argv, io) {
  setUsageLang(langOfArgv(argv, io.env) ?? DEFAULT_LANG);
  let code = EXIT.ok, program2 = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program2.parseAsync([...argv], { from: "user" });
  } catch (err) {
    return err instanceof CommanderError ? err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help" ? EXIT.ok : err.code === "commander.executeSubCommandAsync" ? EXIT.ok : EXIT.usage : reportError(err, io, argv.includes("--debug"));
  }
  return code;
}

export {
  run
};
