using System.Reflection;
using IgjNormen.LanguageServer.Features;
using IgjNormen.LanguageServer.Protocol;
using StreamJsonRpc;

namespace IgjNormen.LanguageServer;

/// <summary>
/// The LSP methods. Each request runs under one lock (the workspace is not thread-safe), and each handler catches
/// its own failures: a broken file gives diagnostics or an empty answer, never a dead server.
/// </summary>
public sealed class LanguageServerTarget
{
    private readonly object _gate = new();
    private readonly ServerWorkspace _workspace = new();
    private readonly LanguageFeatures _features;
    private readonly TextWriter _log;
    private JsonRpc? _rpc;

    public LanguageServerTarget(TextWriter log)
    {
        _log = log;
        _features = new LanguageFeatures(_workspace);
    }

    /// <summary>Whether the client sent 'shutdown' before 'exit'.</summary>
    public bool ShutdownRequested { get; private set; }

    /// <summary>Raised on the 'exit' notification.</summary>
    public event EventHandler? Exited;

    /// <summary>Called with the notifications the server sends (for tests that do not read the stream).</summary>
    internal Action<PublishDiagnosticsParams>? OnPublish { get; set; }

    internal void Attach(JsonRpc rpc) => _rpc = rpc;

    /// <summary>Whether a formatter is available (the library's fmt); formatting is offered only then.</summary>
    internal static bool FormattingAvailable => LanguageServer.Formatting.IsAvailable;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        lock (_gate)
        {
            var root = request.WorkspaceFolders?.FirstOrDefault()?.Uri ?? request.RootUri;
            string? folder = null;
            if (root is not null && Uri.TryCreate(root, UriKind.Absolute, out var uri) && uri.IsFile)
            {
                folder = uri.LocalPath;
            }
            else if (request.RootPath is not null)
            {
                folder = request.RootPath;
            }

            Guard("initialize", () => _workspace.Initialize(folder));
            var version = typeof(LanguageServerTarget).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return new InitializeResult(
                new ServerCapabilities { DocumentFormattingProvider = FormattingAvailable ? true : null },
                new ServerInfo("igjnormen", version));
        }
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(object? request) => Publish(null);

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => Exited?.Invoke(this, EventArgs.Empty);

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        string? path = null;
        Guard("didOpen", () => { path = _workspace.Open(request.TextDocument.Uri, request.TextDocument.Text ?? string.Empty, request.TextDocument.Version); });
        Publish(path);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        string? path = null;
        Guard("didChange", () => { path = _workspace.Change(request.TextDocument.Uri, request.ContentChanges ?? [], request.TextDocument.Version); });
        Publish(path);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        Guard("didClose", () => { _workspace.Close(request.TextDocument.Uri); });
        Publish(null);
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request)
    {
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        Guard("didChangeWatchedFiles", () =>
        {
            foreach (var change in request.Changes ?? [])
            {
                _workspace.DiskChanged(change.Uri, deleted: change.Type == 3);
            }
        });
        Publish(null);
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams request) =>
        At(request.TextDocument, request.Position, "hover", (path, offset) => _features.Hover(path, offset));

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(CompletionParams request) =>
        At(request.TextDocument, request.Position, "completion", (path, offset) => _features.Completion(path, offset)) ?? new CompletionList(false, []);

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<Protocol.Location> Definition(TextDocumentPositionParams request) =>
        At(request.TextDocument, request.Position, "definition", (path, offset) => _features.Definition(path, offset)) ?? [];

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<Protocol.Location> References(ReferenceParams request) =>
        At(request.TextDocument, request.Position, "references", (path, offset) => _features.References(path, offset, request.Context?.IncludeDeclaration ?? true)) ?? [];

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<DocumentSymbol> DocumentSymbol(DocumentSymbolParams request)
    {
        lock (_gate)
        {
            return Guard("documentSymbol", () => _features.DocumentSymbols(_workspace.PathOf(request.TextDocument.Uri))) ?? [];
        }
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams request)
    {
        lock (_gate)
        {
            var uri = request.TextDocument.Uri;
            return Guard("codeAction", () => _features.CodeActions(uri, _workspace.PathOf(uri), request.Context?.Diagnostics ?? [])) ?? [];
        }
    }

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<Protocol.TextEdit> Formatting(DocumentFormattingParams request)
    {
        lock (_gate)
        {
            var path = _workspace.PathOf(request.TextDocument.Uri);
            return Guard("formatting", () => _workspace.GetFile(path) is { } file ? LanguageServer.Formatting.Format(file) : []) ?? [];
        }
    }

    private T? At<T>(TextDocumentIdentifier document, Position position, string what, Func<string, int, T?> answer)
        where T : class
    {
        lock (_gate)
        {
            var path = _workspace.PathOf(document.Uri);
            var text = _workspace.GetText(path);
            if (text is null)
            {
                return null;
            }

            var offset = Positions.ToOffset(text, position);
            return Guard<T>(what, () => answer(path, offset));
        }
    }

    private void Publish(string? edited)
    {
        IReadOnlyList<PublishDiagnosticsParams> notifications = [];
        lock (_gate)
        {
            notifications = Guard("check", () => _workspace.Publish(edited)) ?? [];
        }

        foreach (var notification in notifications)
        {
            OnPublish?.Invoke(notification);
            _ = _rpc?.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", notification);
        }
    }

    private T? Guard<T>(string what, Func<T?> action)
        where T : class
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log($"{what} mislukt: {ex}");
            return null;
        }
    }

    private void Guard(string what, Action action) => Guard<object>(what, () =>
    {
        action();
        return new object();
    });

    private void Log(string message)
    {
        lock (_log)
        {
            _log.WriteLine($"[igjnormen lsp] {message}");
            _log.Flush();
        }
    }
}
