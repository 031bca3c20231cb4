// Starts `igjnormen lsp` as the repository's build made it: `dotnet <repo>/src/IgjNormen.Cli/bin/<Release|Debug>/net10.0/IgjNormen.Cli.dll lsp`
// (the newest of the two, or IGJNORMEN_CLI_DLL).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { startServer, uriOf } = require('../test/lsp-client');

const repo = path.resolve(__dirname, '..', '..', '..');

function cliDll() {
  if (process.env.IGJNORMEN_CLI_DLL) return process.env.IGJNORMEN_CLI_DLL;
  const candidates = ['Release', 'Debug']
    .map((c) => path.join(repo, 'src', 'IgjNormen.Cli', 'bin', c, 'net10.0', 'IgjNormen.Cli.dll'))
    .filter((p) => fs.existsSync(p))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (candidates.length === 0) throw new Error('IgjNormen.Cli.dll niet gevonden: bouw eerst met dotnet build.');
  return candidates[0];
}

/** Starts the server on a workspace folder and initializes it. */
async function startIgjnormen(root = repo) {
  const server = startServer('dotnet', [cliDll(), 'lsp'], { cwd: root });
  const init = await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(root),
    workspaceFolders: [{ uri: uriOf(root), name: path.basename(root) }],
    capabilities: {},
  });
  await server.connection.sendNotification('initialized', {});
  return { ...server, init };
}

/** The 0-based position of the n-th occurrence (0-based) of `needle` in `text`, plus `delta` characters. */
function positionOf(text, needle, n = 0, delta = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' niet gevonden`);
  }
  at += delta;
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

module.exports = { repo, cliDll, startIgjnormen, positionOf, uriOf };
