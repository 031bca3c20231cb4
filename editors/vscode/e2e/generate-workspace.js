// Generates a large workspace for measuring the language server: the shipped norms/ plus N copies of the shipped
// norms under new ids (norms/gegenereerd/), all in one extra kader, so that the workspace checks clean.
// Usage: node e2e/generate-workspace.js <target-folder> [aantal=1000]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..', '..');

function generate(target, count = 1000) {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(repo, 'norms'), path.join(target, 'norms'), { recursive: true });
  fs.cpSync(path.join(repo, 'schemas'), path.join(target, 'schemas'), { recursive: true });
  const sources = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.norm.yaml')) sources.push(full);
    }
  };
  walk(path.join(repo, 'norms'));
  const out = path.join(target, 'norms', 'gegenereerd');
  fs.mkdirSync(out, { recursive: true });
  const ids = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const id = path.basename(source, '.norm.yaml');
    const copy = `${id}-g${String(i).padStart(4, '0')}`;
    const text = fs.readFileSync(source, 'utf8').replace(new RegExp(`^id: ${id.replace(/\./g, '\\.')}$`, 'm'), `id: ${copy}`);
    fs.writeFileSync(path.join(out, `${copy}.norm.yaml`), text);
    ids.push(copy);
  }
  const kader = [
    '# yaml-language-server: $schema=../../schemas/kader.schema.json',
    'id: gegenereerd',
    'titel: Gegenereerde normen (meting)',
    'themas:',
    '  - id: alles',
    '    titel: Alles',
    '    normen:',
    ...ids.map((id) => `      - ${id}`),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(target, 'norms', 'kaders', 'gegenereerd.kader.yaml'), kader);
  return { norms: sources.length + count, generated: ids };
}

if (require.main === module) {
  const [target, count] = process.argv.slice(2);
  if (!target) {
    console.error('Gebruik: node e2e/generate-workspace.js <map> [aantal=1000]');
    process.exit(2);
  }
  const result = generate(path.resolve(target), count ? Number(count) : 1000);
  console.log(`${result.norms} normen geschreven naar ${target}`);
}

module.exports = { generate };
