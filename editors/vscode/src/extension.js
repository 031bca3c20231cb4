// The IgjNormen extension: starts `igjnormen lsp` through vscode-languageclient for norm files, begrippen, kaders,
// regelingen and bevindingen. Structure checking comes from the JSON Schemas (contributed via yamlValidation, used by
// the YAML extension); everything else (diagnostics as you type, hover, completion, navigation) from the server.
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { serverCommand } = require('./server-command');

/** @type {LanguageClient | undefined} */
let client;

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  const config = vscode.workspace.getConfiguration('igjnormen');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const { command, args } = serverCommand(config.get('server.path'), config.get('server.args'));
  const serverOptions = { command, args, options: folder ? { cwd: folder } : undefined };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml', pattern: '**/*.{norm,begrippen,kader,regelingen}.yaml' },
      { scheme: 'file', language: 'yaml', pattern: '**/bevindingen/*.{yaml,yml}' },
      { scheme: 'file', language: 'json', pattern: '**/bevindingen/*.json' },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{norm,begrippen,kader,regelingen}.yaml'),
    },
    outputChannelName: 'IgjNormen',
  };
  client = new LanguageClient('igjnormen', 'IgjNormen', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    vscode.window.showErrorMessage(
      `De taalserver van IgjNormen start niet (${command} ${args.join(' ')}): ${message}. ` +
      "Installeer de tool ('dotnet tool install --global IgjNormen.Cli') of zet 'igjnormen.server.path' in de instellingen.");
  }
  context.subscriptions.push({ dispose: () => client?.stop() });
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
