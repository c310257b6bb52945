/**
 * The catalogues of every message, merged per language from one file per domain
 * (`zh-Hant/cli.ts`, `en/cli.ts`, …). `t(lang, message)` puts a message into words.
 */
import { render, type Catalogue, type Lang, type Message } from '../i18n.js';
import { CLI_ZH } from './zh-Hant/cli.js';
import { FINDINGS_ZH } from './zh-Hant/findings.js';
import { IO_ZH } from './zh-Hant/io.js';
import { IMPORT_ZH } from './zh-Hant/import.js';
import { REPO_ZH } from './zh-Hant/repo.js';
import { COURSE_ZH } from './zh-Hant/course.js';
import { DOCUMENT_ZH } from './zh-Hant/document.js';
import { CI_ZH } from './zh-Hant/ci.js';
import { LIMITS_ZH } from './zh-Hant/limits.js';
import { CLI_EN } from './en/cli.js';
import { FINDINGS_EN } from './en/findings.js';
import { IO_EN } from './en/io.js';
import { IMPORT_EN } from './en/import.js';
import { REPO_EN } from './en/repo.js';
import { COURSE_EN } from './en/course.js';
import { DOCUMENT_EN } from './en/document.js';
import { CI_EN } from './en/ci.js';
import { LIMITS_EN } from './en/limits.js';

/** Every catalogue of a language, by domain: a test checks that both languages have the same ids. */
export const DOMAINS: Readonly<Record<Lang, Readonly<Record<string, Catalogue>>>> = {
  'zh-Hant': { cli: CLI_ZH, findings: FINDINGS_ZH, io: IO_ZH, import: IMPORT_ZH, repo: REPO_ZH, course: COURSE_ZH, document: DOCUMENT_ZH, ci: CI_ZH, limits: LIMITS_ZH },
  en: { cli: CLI_EN, findings: FINDINGS_EN, io: IO_EN, import: IMPORT_EN, repo: REPO_EN, course: COURSE_EN, document: DOCUMENT_EN, ci: CI_EN, limits: LIMITS_EN },
};

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = {
  'zh-Hant': Object.assign({}, ...Object.values(DOMAINS['zh-Hant'])) as Catalogue,
  en: Object.assign({}, ...Object.values(DOMAINS.en)) as Catalogue,
};

/** A message in words, in `lang`. */
export function t(lang: Lang, m: Message): string {
  return render(CATALOGUES, lang, m);
}

/** The message of a plain id with parameters, in `lang`. */
export function tr(lang: Lang, id: string, params?: Message['params']): string {
  return render(CATALOGUES, lang, params === undefined ? { id } : { id, params });
}
