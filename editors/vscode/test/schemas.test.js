// The committed JSON Schemas, checked the way VS Code checks norms: by yaml-language-server, through the
// `# yaml-language-server: $schema=…` line at the top of each file. Every shipped file is valid; a broken file gets
// errors on the lines where it is broken.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startServer, uriOf } = require('./lsp-client');

const repo = path.resolve(__dirname, '..', '..', '..');
const server = require.resolve('yaml-language-server/bin/yaml-language-server');

/** @param {string} dir */
function yamlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(full) : entry.name.endsWith('.yaml') ? [full] : [];
  });
}

async function withServer(run) {
  const yaml = startServer(process.execPath, [server, '--stdio']);
  try {
    await yaml.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(repo),
      capabilities: { textDocument: { publishDiagnostics: {} }, workspace: { configuration: true } },
    });
    await yaml.connection.sendNotification('initialized', {});
    await yaml.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { yaml: { validate: true, schemaStore: { enable: false }, yamlVersion: '1.2', hover: true, completion: true } },
    });
    await run(yaml);
  } finally {
    await yaml.stop();
  }
}

async function validate(yaml, file, text) {
  const uri = uriOf(file);
  const next = yaml.nextDiagnostics(uri);
  await yaml.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'yaml', version: 1, text: text ?? fs.readFileSync(file, 'utf8') },
  });
  const published = await next;
  await yaml.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return published.diagnostics;
}

test('every shipped norms file starts with a schema line and is valid against its schema', async () => {
  const files = yamlFiles(path.join(repo, 'norms'));
  assert.ok(files.length > 50, `te weinig bestanden gevonden: ${files.length}`);
  await withServer(async (yaml) => {
    const problems = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text.split('\n')[0], /^# yaml-language-server: \$schema=(\.\.\/)+schemas\/(norm|begrippen|kader|regelingen)\.schema\.json$/, file);
      for (const d of await validate(yaml, file)) {
        problems.push(`${path.relative(repo, file)}:${d.range.start.line + 1}: ${d.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

test('the sample bevindingen are valid against the bevindingen schema', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'igj-schema-'));
  await withServer(async (yaml) => {
    const problems = [];
    for (const sample of yamlFiles(path.join(repo, 'samples', 'bevindingen'))) {
      const schema = path.join(repo, 'schemas', 'bevindingen.schema.json');
      const text = `# yaml-language-server: $schema=${uriOf(schema)}\n` + fs.readFileSync(sample, 'utf8');
      for (const d of await validate(yaml, path.join(dir, path.basename(sample)), text)) {
        problems.push(`${path.basename(sample)}:${d.range.start.line}: ${d.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

test('a broken norm gets schema errors on the broken lines', async () => {
  const dir = path.join(repo, 'norms', 'wkkgz');
  const file = path.join(dir, 'schema-test-kapot.norm.yaml'); // never written to disk: sent as an open document
  const text = [
    '# yaml-language-server: $schema=../../schemas/norm.schema.json', // 1
    'id: schema-test-kapot',                                          // 2
    'titel: Kapotte norm',                                            // 3
    'soort: wet',                                                     // 4: not an allowed soort
    'bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: 13 }',       // 5: artikel is a number, not text
    'versies:',                                                       // 6
    '  - geldig_vanaf: 2016-01-01',                                   // 7
    '    status: vastgesteld',                                        // 8
    '    criteria:',                                                  // 9
    '      - id: c1',                                                 // 10
    '        tekst: Er is een regeling.',                             // 11
    '        toets: klachten.regeling_schriftelijk',                  // 12
    '        kritek: ja',                                             // 13: unknown key
    '',
  ].join('\n');
  await withServer(async (yaml) => {
    const diagnostics = await validate(yaml, file, text);
    const lines = [...new Set(diagnostics.map((d) => d.range.start.line + 1))].sort((a, b) => a - b);
    assert.deepEqual(lines, [4, 5, 13], JSON.stringify(diagnostics, null, 1));
  });
});
