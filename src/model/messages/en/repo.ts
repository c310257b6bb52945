/** The repo messages in English. Ids: `repo.<what>`; the same ids as in ../zh-Hant/repo.ts. */
import type { Catalogue, Params } from '../../i18n.js';

const how = (p: Params): string => {
  switch (p.how) {
    case 'flag':
      return 'given by --catalog';
    case 'env':
      return 'given by COMPSTD_CATALOG';
    case 'config':
      return `named by ${String(p.config)}`;
    case 'standards-folder':
      return 'the standards/ folder found from the current folder';
    default:
      return 'no .compstd.yaml or standards/ folder found from the current folder';
  }
};

export const REPO_EN = {
  'repo.catalogue': (p) =>
    p.how === 'bundled'
      ? `catalogue: the bundled standards (${how(p)})`
      : `catalogue: ${String(p.root)} (${how(p)})${p.reference !== undefined ? '; the bundled standards behind it, read-only' : ''}`,
  'repo.catalogMissing': (p) => `The catalogue folder ${String(p.path)} does not exist (${p.how === 'env' ? 'COMPSTD_CATALOG' : '--catalog'})`,
  'repo.config.notMapping': '{file}: expected a mapping with the keys {keys}',
  'repo.config.unknownKey': '{file}: unknown key "{key}" (expected one of {keys})',
  'repo.config.catalogType': '{file}: catalog must be a folder relative to this file, e.g. catalog: standards',
  'repo.config.catalogOutside': '{file}: catalog {path} must be a folder inside the folder of this file',
  'repo.config.catalogMissing': '{file}: the catalogue folder {path} does not exist (compstd init creates it)',
  'repo.config.reference': '{file}: reference must be bundled or none, not {value}',
  'repo.init.wrote': 'wrote {path}',
  'repo.init.made': 'made {path}/',
  'repo.init.kept': 'kept {path} (it exists)',
  'repo.init.differs': 'kept {path}: it differs from compstd {version}\'s; delete it and run compstd init again to update it',
  'repo.init.done': (p) =>
    `compstd init: ${String(p.wrote)} written, ${String(p.kept)} kept in ${String(p.dir)}. Next: compstd import DOCUMENT.txt --into ${String(p.catalog)}, then compstd validate`,
  'repo.init.notFolder': '{path} is not a folder',
  'repo.init.badSource': '--from {spec}: expected what npm install takes (compstd@0.1.0, a git URL, a tarball)',
  'repo.init.unsafe': '{path} would be written outside the folder, through a symbolic link: not written',
  'repo.modeline.noSchema':
    'no schemas/standard.schema.json found above {path}: its modeline points into the compstd installation (compstd init copies the schema into the repository)',
} satisfies Catalogue;
