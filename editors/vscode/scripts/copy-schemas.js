// Copies the committed JSON Schemas (../../schemas, written by `igjnormen schema --out schemas/`) into the extension,
// which contributes them through yamlValidation. Runs before `vsce package` (vscode:prepublish).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const from = path.resolve(__dirname, '..', '..', '..', 'schemas');
const to = path.resolve(__dirname, '..', 'schemas');
fs.mkdirSync(to, { recursive: true });
for (const name of fs.readdirSync(from).filter((n) => n.endsWith('.schema.json')).sort()) {
  fs.copyFileSync(path.join(from, name), path.join(to, name));
}
console.log(`schema's gekopieerd naar ${to}`);
