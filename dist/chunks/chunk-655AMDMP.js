import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/load/paths.ts
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
function bundledCatalogRoot() {
  return join(packageRoot(), "standards");
}
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "standards"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("compstd: the bundled standards/ folder is missing from the installation");
}
var CONFIG_FILE = ".compstd.yaml";
function displayPath(path, cwd) {
  let abs = isAbsolute(path) ? path : resolve(cwd, path), rel = relative(cwd, abs);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs;
}
function builtWorkerScript(name = "validate-worker") {
  let path = join(packageRoot(), "dist", `${name}.js`);
  return existsSync(path) ? path : void 0;
}

export {
  bundledCatalogRoot,
  packageRoot,
  CONFIG_FILE,
  displayPath,
  builtWorkerScript
};
