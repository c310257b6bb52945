#!/usr/bin/env node
// The compstd command. The CLI is bundled into dist/ by `npm run build` (run by `npm ci`).
import '../dist/cli.js';
