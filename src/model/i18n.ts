/**
 * Messages by id, in the reader's language. Traditional Chinese is the default; English with
 * `--lang en` or COMPSTD_LANG=en. Code below the CLI never builds a sentence for a person: it
 * returns a `Message` (an id and its parameters), and the output path renders it in the run's
 * language. JSON, SARIF and the other machine formats keep the id next to the rendered text.
 *
 * The catalogues live in `messages/<lang>/<domain>.ts`, one file per domain and language, so
 * that the sentences of one part of compstd sit together; `messages/index.ts` merges them.
 */

export const LANGS = ['zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-Hant';

export type Param = string | number | boolean | undefined | readonly string[];
export type Params = Readonly<Record<string, Param>>;

/** A sentence for a person, before it is put into words: an id of the catalogues and its values. */
export interface Message {
  readonly id: string;
  readonly params?: Params;
}

/** `{name}` is replaced by the parameter; a function gets them all (plurals, lists, choices). */
export type Template = string | ((p: Params) => string);
export type Catalogue = Readonly<Record<string, Template>>;

export function msg(id: string, params?: Params): Message {
  return params === undefined ? { id } : { id, params };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).id === 'string' && !Array.isArray(value);
}

/**
 * The language a user asked for: zh, zh-TW, zh-Hant, zh_TW.UTF-8 → zh-Hant; en, en-US → en.
 * undefined for anything else (the caller says it is not a language compstd speaks).
 */
export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase().replace(/_/g, '-');
  if (v === '') return undefined;
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en.')) return 'en';
  if (v === 'zh' || v.startsWith('zh-') || v.startsWith('zh.')) return 'zh-Hant';
  return undefined;
}

function fill(template: Template, params: Params): string {
  if (typeof template === 'function') return template(params);
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return Array.isArray(v) ? v.join(', ') : String(v);
  });
}

/**
 * Puts a message into words with the given catalogues (the language's, then the default's). An
 * unknown id is shown as itself with its parameters, so that nothing is silently lost; a test
 * checks that every id used has a sentence in every language.
 */
export function render(catalogues: Readonly<Record<Lang, Catalogue>>, lang: Lang, m: Message): string {
  const template = catalogues[lang][m.id] ?? catalogues[DEFAULT_LANG][m.id];
  const params = m.params ?? {};
  if (template === undefined) {
    const values = Object.entries(params).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
    return values.length > 0 ? `${m.id} (${values.join(', ')})` : m.id;
  }
  return fill(template, params);
}
