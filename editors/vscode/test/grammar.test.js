// The TextMate injection grammar, tokenised by vscode-textmate + vscode-oniguruma (the engine VS Code uses) on top of
// the YAML grammar VS Code ships (from tm-grammars): toets expressions inside `toets:` and `toepassing:` values get
// their own scopes, and the rest of the YAML is left alone.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(__dirname, '..');
const injection = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'toets.injection.tmLanguage.json'), 'utf8'));
const yamlGrammar = JSON.parse(fs.readFileSync(require.resolve('tm-grammars/grammars/yaml.json'), 'utf8'));

let registryPromise;
function registry() {
  registryPromise ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        if (scopeName === 'source.yaml') return vsctm.parseRawGrammar(JSON.stringify(yamlGrammar), 'yaml.json');
        if (scopeName === injection.scopeName) return vsctm.parseRawGrammar(JSON.stringify(injection), 'toets.json');
        return null;
      },
      getInjections: (scopeName) => (scopeName === 'source.yaml' ? [injection.scopeName] : undefined),
    });
  })();
  return registryPromise;
}

/** Tokenises YAML text; returns [{ line, text, scopes }] for every token. */
async function tokenize(text) {
  const grammar = await (await registry()).loadGrammar('source.yaml');
  let stack = vsctm.INITIAL;
  const tokens = [];
  text.split('\n').forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      tokens.push({ line: index + 1, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** The scope ending in `.igjnormen.toets` (or null) of the first token on `line` whose text is `word`. */
function scopeOf(tokens, line, word) {
  const token = tokens.find((t) => t.line === line && t.text.trim() === word);
  assert.ok(token, `geen token '${word}' op regel ${line}: ${JSON.stringify(tokens.filter((t) => t.line === line).map((t) => t.text))}`);
  return token.scopes.find((s) => s.endsWith('.igjnormen.toets')) ?? null;
}

/** Whether any token on `line` has a toets scope. */
const hasToets = (tokens, line) => tokens.filter((t) => t.line === line).some((t) => t.scopes.some((s) => s.endsWith('.igjnormen.toets')));

test('a one-line toets is highlighted', async () => {
  const tokens = await tokenize([
    'criteria:',
    '  - id: c1',
    '    toets: klachten.regeling_schriftelijk en aantal(klachten.klachten) >= 2',
    '    kritiek: ja',
  ].join('\n'));
  assert.equal(scopeOf(tokens, 3, 'klachten.regeling_schriftelijk'), 'variable.other.fact.igjnormen.toets');
  assert.equal(scopeOf(tokens, 3, 'en'), 'keyword.operator.logical.igjnormen.toets');
  assert.equal(scopeOf(tokens, 3, 'aantal'), 'support.function.igjnormen.toets');
  assert.equal(scopeOf(tokens, 3, '>='), 'keyword.operator.comparison.igjnormen.toets');
  assert.equal(scopeOf(tokens, 3, '2'), 'constant.numeric.igjnormen.toets');
  // `ja` after `kritiek:` is YAML, not toets.
  assert.equal(hasToets(tokens, 4), false);
});

test('a block toets (>-) is highlighted on every line until the next key', async () => {
  const tokens = await tokenize([
    '      - id: tijdig',
    '        toets: >-',
    '          alle k in klachten.klachten:',
    '          niet k.afgehandeld',
    '          of k.besluit_op <= k.ingediend_op + 6 weken',
    '        kritiek: ja',
    '        toelichting: alle klachten en niet meer',
  ].join('\n'));
  assert.equal(scopeOf(tokens, 3, 'alle'), 'keyword.control.quantifier.igjnormen.toets');
  assert.equal(scopeOf(tokens, 3, 'k'), 'variable.parameter.igjnormen.toets');
  assert.equal(scopeOf(tokens, 3, 'klachten.klachten'), 'variable.other.fact.igjnormen.toets');
  assert.equal(scopeOf(tokens, 4, 'niet'), 'keyword.operator.logical.igjnormen.toets');
  assert.equal(scopeOf(tokens, 5, '6'), 'constant.numeric.igjnormen.toets');
  assert.equal(scopeOf(tokens, 5, 'weken'), 'keyword.other.unit.igjnormen.toets');
  assert.equal(scopeOf(tokens, 5, '<='), 'keyword.operator.comparison.igjnormen.toets');
  // After the block, plain YAML again: 'alle' and 'en' in a toelichting are words, not keywords.
  assert.equal(hasToets(tokens, 6), false);
  assert.equal(hasToets(tokens, 7), false);
});

test('toepassing, strings, dates, verdicts and oordeel() are highlighted', async () => {
  const tokens = await tokenize([
    'toepassing: aanbieder.soort = "instelling"',
    'versies:',
    '  - geldig_vanaf: 2016-01-01',
    "    toepassing: 'oordeel(wkkgz.klachtenregeling) in [voldoet, voldoet grotendeels] en peildatum >= 2024-01-01'",
  ].join('\n'));
  assert.equal(scopeOf(tokens, 1, 'aanbieder.soort'), 'variable.other.fact.igjnormen.toets');
  assert.equal(scopeOf(tokens, 1, 'instelling'), 'string.quoted.double.igjnormen.toets');
  assert.equal(hasToets(tokens, 3), false);
  assert.equal(scopeOf(tokens, 4, 'oordeel'), 'support.function.igjnormen.toets');
  assert.equal(scopeOf(tokens, 4, 'voldoet grotendeels'), 'constant.language.oordeel.igjnormen.toets');
  assert.equal(scopeOf(tokens, 4, 'peildatum'), 'variable.language.peildatum.igjnormen.toets');
  assert.equal(scopeOf(tokens, 4, '2024-01-01'), 'constant.other.date.igjnormen.toets');
});

test('a toets inside a flow mapping is highlighted', async () => {
  const tokens = await tokenize('      - { id: c1, tekst: Regeling., toets: klachten.regeling_aanwezig of nee }');
  assert.equal(scopeOf(tokens, 1, 'klachten.regeling_aanwezig'), 'variable.other.fact.igjnormen.toets');
  assert.equal(scopeOf(tokens, 1, 'of'), 'keyword.operator.logical.igjnormen.toets');
  assert.equal(scopeOf(tokens, 1, 'nee'), 'constant.language.boolean.igjnormen.toets');
});

test('every toets in the shipped norms tokenises without leaving toets scopes open', async () => {
  const repo = path.resolve(root, '..', '..');
  const norm = fs.readFileSync(path.join(repo, 'norms', 'wkkgz', 'wkkgz.klachtbehandeling-termijn.norm.yaml'), 'utf8');
  const tokens = await tokenize(norm);
  const lines = norm.split('\n');
  const keyLine = lines.findIndex((l) => l.trim().startsWith('kritiek:')) + 1;
  assert.ok(keyLine > 0);
  assert.equal(tokens.filter((t) => t.line === keyLine).some((t) => t.scopes.some((s) => s.includes('toets'))), false);
  assert.ok(tokens.some((t) => t.scopes.includes('keyword.control.quantifier.igjnormen.toets')));
});
