// How the extension starts the language server: kept apart from extension.js so that it can be tested without VS Code.
'use strict';

/**
 * The command and arguments that start `igjnormen lsp`. The default is the dotnet tool `igjnormen`; a path to
 * IgjNormen.Cli.dll is started with `dotnet`.
 * @param {string | undefined} path the setting igjnormen.server.path
 * @param {string[] | undefined} extraArgs the setting igjnormen.server.args
 * @returns {{ command: string, args: string[] }}
 */
function serverCommand(path, extraArgs) {
  const configured = (path ?? '').trim() || 'igjnormen';
  const extra = Array.isArray(extraArgs) ? extraArgs.filter((a) => typeof a === 'string') : [];
  if (configured.toLowerCase().endsWith('.dll')) {
    return { command: 'dotnet', args: [configured, ...extra, 'lsp'] };
  }
  return { command: configured, args: [...extra, 'lsp'] };
}

module.exports = { serverCommand };
