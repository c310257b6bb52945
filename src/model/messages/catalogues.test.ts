import { describe, expect, it } from 'vitest';
import { CATALOGUES, DOMAINS, t } from './index.js';
import { LANGS, msg, parseLang } from '../i18n.js';

describe('message catalogues', () => {
  it('have the same ids in every language, domain by domain', () => {
    for (const domain of Object.keys(DOMAINS['zh-Hant'])) {
      const zh = Object.keys(DOMAINS['zh-Hant'][domain]!).sort();
      const en = Object.keys(DOMAINS.en[domain] ?? {}).sort();
      expect(en, domain).toEqual(zh);
      for (const id of zh) expect(id.startsWith(`${domain}.`), `${id} belongs to ${domain}`).toBe(true);
    }
  });

  it('use the same placeholders in every language', () => {
    for (const id of Object.keys(CATALOGUES['zh-Hant'])) {
      const names = (s: unknown) => (typeof s === 'string' ? [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort() : []);
      const zh = CATALOGUES['zh-Hant'][id];
      const en = CATALOGUES.en[id];
      if (typeof zh === 'string' && typeof en === 'string') expect(names(en), id).toEqual(names(zh));
    }
  });

  it('show an unknown id as itself rather than nothing', () => {
    for (const lang of LANGS) expect(t(lang, msg('no.such.id', { a: 1 }))).toBe('no.such.id (a=1)');
  });

  it('parse language names', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('en_US.UTF-8')).toBe('en');
    expect(parseLang('zh-TW')).toBe('zh-Hant');
    expect(parseLang('zh')).toBe('zh-Hant');
    expect(parseLang('fr')).toBeUndefined();
  });
});
