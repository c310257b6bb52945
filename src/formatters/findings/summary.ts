import type { Finding } from '../../model/finding.js';
import { DEFAULT_LANG, type Params } from '../../model/i18n.js';
import { tr as translate } from '../../model/messages/index.js';

export interface Summary {
  files: number;
  filesWithFindings: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings a baseline suppressed (validate --baseline). */
  suppressed: number;
}

export function summarize(findings: readonly Finding[], files: readonly string[], suppressed = 0): Summary {
  return {
    files: files.length,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
    suppressed,
  };
}

/** 「10 個檔案中有 3 個有問題：錯誤 2、警告 1、提示 0」 / 「2 errors, 1 warning, 0 infos in 3 of 10 files」 */
export function summaryLine(s: Summary, tr: (id: string, params?: Params) => string = (id, p) => translate(DEFAULT_LANG, id, p)): string {
  return tr('cli.validate.summary', { ...s });
}

/** What every findings formatter gets. */
export interface FindingsReport {
  findings: readonly Finding[];
  /** Every file checked, in order (those without findings too). */
  files: readonly string[];
  /** The text of each file, for code frames. */
  sources: ReadonlyMap<string, string>;
  /** Code frames under findings (text): false with --no-frames. */
  frames?: boolean;
  /** Which catalogue was checked, as a sentence, when validate checked one (under the summary). */
  catalog?: string;
  /** Facts of the run, gathered by the CLI, for the CI formats. */
  run?: RunFacts;
  /** How many findings a baseline suppressed (validate --baseline); 0 or absent without one. */
  suppressed?: number;
}

/** What JUnit and SARIF say of a run besides its findings. */
export interface RunFacts {
  cwd: string;
  /** Warnings fail this run (--fail-on warning, --max-warnings): JUnit lists them as failures. */
  warningsFail?: boolean;
  startedAt?: Date;
  elapsedMs?: number;
  hostname?: string;
  /** SARIF: the repository's root (else the working folder); URIs are relative to it. */
  root?: string;
  /** SARIF: each rule's documentation (docs/rules/<id>.md), shipped as its help. */
  ruleHelp?: ReadonlyMap<string, string>;
}
