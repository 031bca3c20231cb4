// End to end: `igjnormen lsp` as a child process, driven over stdio with vscode-languageserver-protocol, on the
// repository's own norms/ as the workspace folder.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { repo, startIgjnormen, positionOf, uriOf } = require('./server');

const normFile = path.join(repo, 'norms', 'wkkgz', 'wkkgz.klachtbehandeling-termijn.norm.yaml');
const normUri = uriOf(normFile);
const original = fs.readFileSync(normFile, 'utf8');
const begrippenFile = path.join(repo, 'norms', 'begrippen', 'klachten.begrippen.yaml');
const kaderFile = path.join(repo, 'norms', 'kaders', 'klachten-en-incidenten.kader.yaml');

/** The norm with its first 'klachten.klachten' misspelled and its first 'k.besluit_op' given an unknown field. */
function broken() {
  return original
    .replace('alle k in klachten.klachten', 'alle k in klachten.klachtn')
    .replace('k.besluit_op <=', 'k.besluit_opp <=');
}

test('igjnormen lsp: diagnostics, hover, completion, definition, references, symbols, code actions', async (t) => {
  const server = await startIgjnormen();
  t.after(() => server.stop());
  const { connection } = server;

  await t.test('initialize announces the features', () => {
    const caps = server.init.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.codeActionProvider, true);
    assert.ok(caps.completionProvider.triggerCharacters.includes('.'));
    assert.equal(server.init.serverInfo.name, 'igjnormen');
  });

  await t.test('didOpen of a broken norm: diagnostics at the right ranges inside the toets', async () => {
    const text = broken();
    const next = server.nextDiagnostics(normUri);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: normUri, languageId: 'yaml', version: 1, text } });
    const { diagnostics } = await next;
    const unknownFact = diagnostics.find((d) => d.code === 'IGJ1301');
    assert.ok(unknownFact, JSON.stringify(diagnostics));
    assert.equal(unknownFact.severity, 1);
    assert.match(unknownFact.message, /Onbekend feit 'klachten\.klachtn'\. Bedoelde u 'klachten\.klachten'\?/);
    const start = positionOf(text, 'klachten.klachtn');
    assert.deepEqual(unknownFact.range, { start, end: { line: start.line, character: start.character + 'klachten.klachtn'.length } });

    // The second toets is its own: its unknown field is reported at its own place, in a folded (>-) block.
    const unknownField = diagnostics.find((d) => d.code === 'IGJ1307');
    assert.equal(unknownField, undefined, 'k is unbound in the first toets, so its fields are not checked there');
    assert.equal(diagnostics.filter((d) => d.severity === 1).length, 1, JSON.stringify(diagnostics));
  });

  await t.test('code action: the "bedoelde u" fix', async () => {
    const text = broken();
    const start = positionOf(text, 'klachten.klachtn');
    const range = { start, end: { line: start.line, character: start.character + 'klachten.klachtn'.length } };
    const diagnostic = { range, severity: 1, code: 'IGJ1301', source: 'igjnormen', message: "Onbekend feit 'klachten.klachtn'. Bedoelde u 'klachten.klachten'?" };
    const actions = await connection.sendRequest('textDocument/codeAction', { textDocument: { uri: normUri }, range, context: { diagnostics: [diagnostic] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, "Vervang door 'klachten.klachten'");
    assert.deepEqual(actions[0].edit.changes[normUri], [{ range, newText: 'klachten.klachten' }]);
  });

  await t.test('didChange fixing it: diagnostics cleared', async () => {
    const next = server.nextDiagnostics(normUri);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: normUri, version: 2 }, contentChanges: [{ text: original }] });
    const { diagnostics, version } = await next;
    assert.deepEqual(diagnostics, []);
    assert.equal(version, 2);
  });

  await t.test('an incremental change (with a range) that breaks a field inside a quantifier', async () => {
    const at = positionOf(original, 'k.besluit_op <=', 0, 'k.besluit_op'.length);
    const next = server.nextDiagnostics(normUri);
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: normUri, version: 3 },
      contentChanges: [{ range: { start: at, end: at }, text: 'p' }],
    });
    const { diagnostics } = await next;
    const field = diagnostics.find((d) => d.code === 'IGJ1307');
    assert.ok(field, JSON.stringify(diagnostics));
    const start = positionOf(original, 'k.besluit_op <=');
    assert.deepEqual(field.range, { start, end: { line: start.line, character: start.character + 'k.besluit_opp'.length } });
    const undo = server.nextDiagnostics(normUri);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: normUri, version: 4 }, contentChanges: [{ text: original }] });
    assert.deepEqual((await undo).diagnostics, []);
  });

  await t.test('hover on a begrip: omschrijving and type', async () => {
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri: normUri }, position: positionOf(original, 'klachten.klachten', 0, 3) });
    assert.match(hover.contents.value, /\*\*klachten\.klachten\*\*: lijst/);
    assert.match(hover.contents.value, /klachtenregister/);
    assert.match(hover.contents.value, /`ingediend_op` \(datum\)/);
  });

  await t.test('hover on a keyword and on a quantifier field', async () => {
    const keyword = await connection.sendRequest('textDocument/hover', { textDocument: { uri: normUri }, position: positionOf(original, 'alle k in', 0, 1) });
    assert.match(keyword.contents.value, /\*\*alle\*\* \(sleutelwoord\)/);
    const field = await connection.sendRequest('textDocument/hover', { textDocument: { uri: normUri }, position: positionOf(original, 'k.ingediend_op', 0, 4) });
    assert.match(field.contents.value, /\*\*ingediend_op\*\*: datum/);
  });

  await t.test('hover on a norm id in a kader: titel, bron with link, kaders', async () => {
    const kader = fs.readFileSync(kaderFile, 'utf8');
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(kaderFile) }, position: positionOf(kader, 'wkkgz.klachtbehandeling-termijn', 0, 2) });
    assert.match(hover.contents.value, /Schriftelijk en gemotiveerd oordeel/);
    assert.match(hover.contents.value, /\[Wkkgz art\. 17 lid 1\]\(https:\/\/wetten\.overheid\.nl\/BWBR0037173#Artikel17\)/);
    assert.match(hover.contents.value, /Kaders: Klachten en incidenten/);
  });

  await t.test('completion inside a quantifier offers the fields of the variable', async () => {
    const at = positionOf(original, 'k.ingediend_op', 0, 2);
    const list = await connection.sendRequest('textDocument/completion', { textDocument: { uri: normUri }, position: at });
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('k.ingediend_op'), labels.join(', '));
    assert.ok(labels.includes('k.besluit_op'), labels.join(', '));
    assert.ok(!labels.includes('klachten.klachten'));
  });

  await t.test('completion of fact names by prefix and of keuze values after =', async () => {
    const text = original.replace('alle k in klachten.klachten:', 'aanbieder.soort = en alle k in klachten.klachten:');
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: normUri, version: 5 }, contentChanges: [{ text }] });
    const values = await connection.sendRequest('textDocument/completion', { textDocument: { uri: normUri }, position: positionOf(text, 'aanbieder.soort = ', 0, 'aanbieder.soort = '.length) });
    assert.deepEqual(values.items.map((i) => i.label).sort(), ['"instelling"', '"solistisch"']);
    const facts = await connection.sendRequest('textDocument/completion', { textDocument: { uri: normUri }, position: positionOf(text, 'aanbieder.soort', 0, 'aanbie'.length) });
    assert.ok(facts.items.every((i) => i.label.startsWith('aanbie') || i.kind === 14 || i.kind === 6), facts.items.map((i) => i.label).join(', '));
    assert.ok(facts.items.some((i) => i.label === 'aanbieder.soort'));
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: normUri, version: 6 }, contentChanges: [{ text: original }] });
  });

  await t.test('go to definition of a begrip: its key in the begrippen file', async () => {
    const locations = await connection.sendRequest('textDocument/definition', { textDocument: { uri: normUri }, position: positionOf(original, 'klachten.klachten', 0, 1) });
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, uriOf(begrippenFile));
    const begrippen = fs.readFileSync(begrippenFile, 'utf8');
    assert.deepEqual(locations[0].range.start, positionOf(begrippen, '  klachten.klachten:', 0, 2));
  });

  await t.test('find references of a norm id: the kader and the norm itself', async () => {
    const refs = await connection.sendRequest('textDocument/references', {
      textDocument: { uri: normUri }, position: positionOf(original, 'id: wkkgz.klachtbehandeling-termijn', 0, 6), context: { includeDeclaration: true },
    });
    const uris = refs.map((r) => r.uri);
    assert.ok(uris.includes(uriOf(kaderFile)), JSON.stringify(refs));
    assert.ok(uris.includes(normUri));
  });

  await t.test('find references of a begrip: every toets that reads it', async () => {
    const begrippen = fs.readFileSync(begrippenFile, 'utf8');
    const refs = await connection.sendRequest('textDocument/references', {
      textDocument: { uri: uriOf(begrippenFile) }, position: positionOf(begrippen, '  klachten.klachten:', 0, 4), context: { includeDeclaration: false },
    });
    assert.ok(refs.filter((r) => r.uri === normUri).length >= 3, JSON.stringify(refs));
  });

  await t.test('document symbols: norm → versions → criteria', async () => {
    const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: normUri } });
    assert.equal(symbols[0].name, 'wkkgz.klachtbehandeling-termijn');
    const version = symbols[0].children[0];
    assert.equal(version.name, 'versie vanaf 2016-01-01');
    assert.deepEqual(version.children.map((c) => c.name), ['tijdig', 'lopend-binnen-termijn', 'gemotiveerd']);
  });

  await t.test('a renamed begrip breaks norms in other files', async () => {
    const begrippen = fs.readFileSync(begrippenFile, 'utf8');
    const renamed = begrippen.replace('  klachten.klachten:', '  klachten.klachtenlijst:');
    const otherNorm = uriOf(path.join(repo, 'norms', 'wkkgz', 'wkkgz.klachtonderzoek.norm.yaml'));
    const next = server.nextDiagnostics(otherNorm);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(begrippenFile), languageId: 'yaml', version: 1, text: renamed } });
    const { diagnostics } = await next;
    assert.ok(diagnostics.some((d) => d.code === 'IGJ1301' && d.message.includes("'klachten.klachten'")), JSON.stringify(diagnostics));
    const cleared = server.nextDiagnostics(otherNorm);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(begrippenFile), version: 2 }, contentChanges: [{ text: begrippen }] });
    assert.deepEqual((await cleared).diagnostics, []);
  });

  await t.test('formatting through fmt restores the canonical layout of a toets', async () => {
    assert.equal(server.init.capabilities.documentFormattingProvider, true);
    const messy = original.replace('alle k in klachten.klachten:', 'alle   k  in   klachten.klachten :');
    assert.notEqual(messy, original);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: normUri, version: 20 }, contentChanges: [{ text: messy }] });
    const edits = await connection.sendRequest('textDocument/formatting', { textDocument: { uri: normUri }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits.length > 0);
    const offset = (text, { line, character }) => text.split('\n').slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
    let formatted = messy;
    for (const edit of [...edits].sort((a, b) => offset(messy, b.range.start) - offset(messy, a.range.start))) {
      formatted = formatted.slice(0, offset(messy, edit.range.start)) + edit.newText + formatted.slice(offset(messy, edit.range.end));
    }
    assert.equal(formatted, original);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: normUri, version: 21 }, contentChanges: [{ text: original }] });
  });

  await t.test('garbage does not stop the server', async () => {
    const uri = uriOf(path.join(repo, 'norms', 'wkkgz', 'e2e-kapot.norm.yaml'));
    const next = server.nextDiagnostics(uri);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: '\t[{ "x": &a *a\n  - : : :\0' } });
    const { diagnostics } = await next;
    assert.ok(diagnostics.length > 0);
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 99 } });
    assert.equal(hover, null);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });
});
