using Lsp = IgjNormen.LanguageServer.Protocol;
using System.Collections.Concurrent;
using IgjNormen.LanguageServer;
using IgjNormen.LanguageServer.Protocol;
using IgjNormen.Tests.Diagnostics;
using IgjNormen.Tests.Support;
using Nerdbank.Streams;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace IgjNormen.Tests.LanguageServer;

/// <summary>The requests of the server, typed (the way Bicep tests its JSON-RPC server).</summary>
public interface ILanguageServer
{
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    Task<InitializeResult> InitializeAsync(InitializeParams request);

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    Task<Hover?> HoverAsync(TextDocumentPositionParams request);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    Task<CompletionList> CompletionAsync(CompletionParams request);

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    Task<Lsp.Location[]> DefinitionAsync(TextDocumentPositionParams request);

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    Task<Lsp.Location[]> ReferencesAsync(ReferenceParams request);

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    Task<DocumentSymbol[]> DocumentSymbolAsync(DocumentSymbolParams request);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    Task<CodeAction[]> CodeActionAsync(CodeActionParams request);

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    Task<Lsp.TextEdit[]> FormattingAsync(DocumentFormattingParams request);

    [JsonRpcMethod("shutdown")]
    Task<object?> ShutdownAsync();
}

/// <summary>
/// A language server on an in-memory duplex stream, over a temporary workspace folder holding the test begrippen,
/// norm 'a' and kader 'k' (each with its schema line) and a schemas/ folder.
/// </summary>
public sealed class LspHarness : System.IAsyncDisposable
{
    public const string Header = "# yaml-language-server: $schema=../schemas/";

    private readonly ConcurrentQueue<PublishDiagnosticsParams> _published = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Task<int> _server;

    private LspHarness(IReadOnlyDictionary<string, string> files)
    {
        Folder = new TempDirectory();
        Directory.CreateDirectory(Folder.Combine("schemas"));
        foreach (var (path, text) in files)
        {
            Folder.Write(path, text);
        }

        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        _server = LanguageServerHost.RunAsync(serverStream, serverStream, TextWriter.Null);
        Rpc = LanguageServerHost.CreateRpc(clientStream, clientStream);
        Rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        Rpc.AddLocalRpcTarget(new ClientTarget(this));
        Server = new Client(Rpc);
        Rpc.StartListening();
    }

    public TempDirectory Folder { get; }

    public JsonRpc Rpc { get; }

    public ILanguageServer Server { get; }

    public InitializeResult? Capabilities { get; private set; }

    public static IReadOnlyDictionary<string, string> DefaultFiles => new Dictionary<string, string>
    {
        ["norms/begrippen/test.begrippen.yaml"] = "# yaml-language-server: $schema=../../schemas/begrippen.schema.json\n" + TestModel.Begrippen,
        ["norms/a.norm.yaml"] = Header + "norm.schema.json\n" + Inputs.NormText,
        ["norms/k.kader.yaml"] = Header + "kader.schema.json\n" + Inputs.KaderText,
    };

    /// <summary>Starts a server on the given files (default: begrippen, norm 'a', kader 'k') and initializes it.</summary>
    public static async Task<LspHarness> StartAsync(IReadOnlyDictionary<string, string>? files = null)
    {
        var harness = new LspHarness(files ?? DefaultFiles);
        var root = new Uri(harness.Folder.Path).AbsoluteUri;
        harness.Capabilities = await harness.Server.InitializeAsync(new InitializeParams(null, root, null, [new WorkspaceFolder(root, "test")]));
        await harness.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return harness;
    }

    public string Uri(string relative) => new Uri(Folder.Combine(relative)).AbsoluteUri;

    public string Text(string relative) => File.ReadAllText(Folder.Combine(relative));

    public Task OpenAsync(string relative, string text, int version = 1) =>
        Rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri(relative), "yaml", version, text)));

    public Task ChangeAsync(string relative, string text, int version) =>
        Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri(relative), version), [new TextDocumentContentChangeEvent(null, text)]));

    public Task ChangeRangeAsync(string relative, Lsp.Range range, string text, int version) =>
        Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri(relative), version), [new TextDocumentContentChangeEvent(range, text)]));

    /// <summary>Waits for the next publishDiagnostics for a file (earlier ones for it are skipped).</summary>
    public async Task<PublishDiagnosticsParams> NextDiagnosticsAsync(string relative, int? version = null)
    {
        var uri = Uri(relative);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            while (_published.TryDequeue(out var published))
            {
                if (published.Uri == uri && (version is null || published.Version == version))
                {
                    return published;
                }
            }

            await _signal.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Forgets the notifications received so far.</summary>
    public void Drain()
    {
        while (_published.TryDequeue(out _))
        {
        }
    }

    /// <summary>The position of the n-th occurrence of a text in a document, plus some characters.</summary>
    public static Position PositionOf(string text, string needle, int delta = 0, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            Xunit.Assert.True(at >= 0, $"'{needle}' staat niet in de tekst.");
        }

        at += delta;
        var line = text[..at].Count(c => c == '\n');
        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1);
        if (at == 0 || text.LastIndexOf('\n', at - 1) < 0)
        {
            column = at;
        }

        return new Position(line, column);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Server.ShutdownAsync();
            await Rpc.NotifyAsync("exit");
            await _server.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            Rpc.Dispose();
            Folder.Dispose();
        }
    }

    /// <summary>
    /// Sends each request's argument as the LSP 'params' object (a StreamJsonRpc proxy would send an array of
    /// arguments, which is not what LSP clients send).
    /// </summary>
    private sealed class Client(JsonRpc rpc) : ILanguageServer
    {
        public Task<InitializeResult> InitializeAsync(InitializeParams request) => Invoke<InitializeResult>("initialize", request);

        public Task<Hover?> HoverAsync(TextDocumentPositionParams request) => Invoke<Hover?>("textDocument/hover", request);

        public Task<CompletionList> CompletionAsync(CompletionParams request) => Invoke<CompletionList>("textDocument/completion", request);

        public Task<Lsp.Location[]> DefinitionAsync(TextDocumentPositionParams request) => Invoke<Lsp.Location[]>("textDocument/definition", request);

        public Task<Lsp.Location[]> ReferencesAsync(ReferenceParams request) => Invoke<Lsp.Location[]>("textDocument/references", request);

        public Task<DocumentSymbol[]> DocumentSymbolAsync(DocumentSymbolParams request) => Invoke<DocumentSymbol[]>("textDocument/documentSymbol", request);

        public Task<CodeAction[]> CodeActionAsync(CodeActionParams request) => Invoke<CodeAction[]>("textDocument/codeAction", request);

        public Task<Lsp.TextEdit[]> FormattingAsync(DocumentFormattingParams request) => Invoke<Lsp.TextEdit[]>("textDocument/formatting", request);

        public Task<object?> ShutdownAsync() => rpc.InvokeAsync<object?>("shutdown");

        private Task<T> Invoke<T>(string method, object request) => rpc.InvokeWithParameterObjectAsync<T>(method, request);
    }

    private sealed class ClientTarget(LspHarness harness)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(PublishDiagnosticsParams request)
        {
            harness._published.Enqueue(request);
            harness._signal.Release();
        }
    }
}
