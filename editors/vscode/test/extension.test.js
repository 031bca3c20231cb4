// The extension's manifest and its parts, without starting VS Code: schemas, grammar, snippets and how the server
// is started.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { serverCommand } = require('../src/server-command');

const root = path.resolve(__dirname, '..');
const repo = path.resolve(root, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('the server is the igjnormen tool by default, a dll is started with dotnet', () => {
  assert.deepEqual(serverCommand(undefined, undefined), { command: 'igjnormen', args: ['lsp'] });
  assert.deepEqual(serverCommand('  ', []), { command: 'igjnormen', args: ['lsp'] });
  assert.deepEqual(serverCommand('/opt/igj/IgjNormen.Cli.dll', []), { command: 'dotnet', args: ['/opt/igj/IgjNormen.Cli.dll', 'lsp'] });
  assert.deepEqual(serverCommand('dotnet', ['run', '--project', 'src/IgjNormen.Cli', '--']), { command: 'dotnet', args: ['run', '--project', 'src/IgjNormen.Cli', '--', 'lsp'] });
  assert.equal(manifest.contributes.configuration.properties['igjnormen.server.path'].default, 'igjnormen');
});

test('yamlValidation names a committed schema for every file kind', () => {
  const kinds = manifest.contributes.yamlValidation.map((v) => path.basename(v.url)).sort();
  assert.deepEqual(kinds, ['begrippen.schema.json', 'bevindingen.schema.json', 'kader.schema.json', 'norm.schema.json', 'regelingen.schema.json']);
  for (const kind of kinds) {
    const schema = JSON.parse(fs.readFileSync(path.join(repo, 'schemas', kind), 'utf8'));
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.ok(schema.description.length > 20, kind);
  }
  assert.equal(manifest.scripts['vscode:prepublish'], 'node scripts/copy-schemas.js');
});

test('the injection grammar is contributed for YAML and names its scope', () => {
  const [grammar] = manifest.contributes.grammars;
  assert.deepEqual(grammar.injectTo, ['source.yaml']);
  const tm = JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8'));
  assert.equal(tm.scopeName, grammar.scopeName);
  assert.match(tm.injectionSelector, /^L:source\.yaml/);
});

test('snippets for a new norm, a criterium and a voorbeeld', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(root, manifest.contributes.snippets[0].path), 'utf8'));
  assert.deepEqual(Object.keys(snippets), ['Nieuwe norm', 'Criterium', 'Voorbeeld']);
  const norm = snippets['Nieuwe norm'].body.join('\n');
  assert.match(norm, /^# yaml-language-server: \\\$schema=\.\.\/\.\.\/schemas\/norm\.schema\.json/);
  for (const key of ['id:', 'titel:', 'soort:', 'bron:', 'versies:', 'criteria:', 'toets:', 'voorbeelden:', 'verwacht:']) {
    assert.ok(norm.includes(key), key);
  }
  assert.match(snippets.Criterium.body.join('\n'), /toets:/);
  assert.match(snippets.Voorbeeld.body.join('\n'), /peildatum:/);
});

test('the language client is a dependency; the test tools are not packaged', () => {
  assert.ok(manifest.dependencies['vscode-languageclient']);
  const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
  for (const entry of ['test/**', 'e2e/**', 'node_modules/yaml-language-server/**']) {
    assert.ok(ignore.includes(entry), entry);
  }
});
