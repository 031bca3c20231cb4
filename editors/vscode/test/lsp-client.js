// A minimal language-server client for tests: starts a server as a child process and talks LSP over stdio with
// vscode-languageserver-protocol. Used for yaml-language-server (schemas) and for `igjnormen lsp` (e2e).
'use strict';
const { spawn } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-languageserver-protocol/node');

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string }} [options]
 */
function startServer(command, args, options = {}) {
  const child = spawn(command, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk.toString(); });
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin));
  /** @type {Map<string, object[]>} */
  const diagnostics = new Map();
  /** @type {Array<(p: any) => void>} */
  const listeners = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const listener of [...listeners]) listener(params);
  });
  // yaml-language-server asks the client for settings and registrations: answer politely.
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification(() => {});
  connection.listen();

  /**
   * Resolves with the next publishDiagnostics for a URI (sent after this call).
   * @param {string} uri
   * @param {number} [timeoutMs]
   */
  function nextDiagnostics(uri, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        remove();
        reject(new Error(`geen diagnostics voor ${uri} binnen ${timeoutMs} ms\n${stderr}`));
      }, timeoutMs);
      const listener = (params) => {
        if (params.uri === uri) {
          clearTimeout(timer);
          remove();
          resolve(params);
        }
      };
      const remove = () => listeners.splice(listeners.indexOf(listener), 1);
      listeners.push(listener);
    });
  }

  async function stop() {
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => { child.kill(); resolve(); }, 3000);
      child.on('exit', () => { clearTimeout(timer); resolve(); });
    });
    connection.dispose();
  }

  return { child, connection, diagnostics, nextDiagnostics, stop, stderr: () => stderr };
}

/** @param {string} file */
const uriOf = (file) => pathToFileURL(file).href;

module.exports = { startServer, uriOf, rpc };
