#!/usr/bin/env node
'use strict';
// Entry of the `cuentas-claras` command: runs the built CLI, building it first if needed (fresh clone).
const path = require('node:path');
const fs = require('node:fs');
const root = path.join(__dirname, '..');
const main = path.join(root, 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  const { execFileSync } = require('node:child_process');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
require(main).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
