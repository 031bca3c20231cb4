using System.Text.Json;
using System.Text.Json.Serialization;

namespace IgjNormen.LanguageServer.Protocol;

// The few Language Server Protocol 3.17 types this server uses, as records. Property names are camelCase on the wire
// (see LanguageServerHost.SerializerOptions); null properties are left out.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

// ------------------------------------------------------------------ lifecycle

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeParams(int? ProcessId, string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed record ServerCapabilities
{
    /// <summary>1 = full text on every change; incremental changes (2) are accepted too.</summary>
    public int TextDocumentSync { get; init; } = 1;

    public bool HoverProvider { get; init; } = true;

    public CompletionOptions? CompletionProvider { get; init; } = new([".", "(", "[", " ", "\"", ","]);

    public bool DefinitionProvider { get; init; } = true;

    public bool ReferencesProvider { get; init; } = true;

    public bool DocumentSymbolProvider { get; init; } = true;

    public bool CodeActionProvider { get; init; } = true;

    public bool? DocumentFormattingProvider { get; init; }
}

public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);

// ------------------------------------------------------------------ documents

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

// ------------------------------------------------------------------ diagnostics

public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<LspDiagnostic> Diagnostics, int? Version = null);

/// <summary>Severity: 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record LspDiagnostic(Range Range, int Severity, [property: JsonConverter(typeof(StringOrNumberConverter))] string Code, string Source, string Message)
{
    public CodeDescription? CodeDescription { get; init; }
}

public sealed record CodeDescription(string Href);

// ------------------------------------------------------------------ features

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record CompletionContext(int TriggerKind, string? TriggerCharacter);

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context);

/// <summary>Kinds: 6 variable, 5 field, 14 keyword, 12 value, 18 reference, 20 enum member.</summary>
public sealed record CompletionItem(string Label)
{
    public int? Kind { get; init; }

    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public string? SortText { get; init; }

    public string? FilterText { get; init; }

    public TextEdit? TextEdit { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>Kinds: 2 module, 5 class, 6 method, 8 field, 12 function, 13 variable, 20 key, 22 enum member, 23 struct.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic> Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

public sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic>? Diagnostics, WorkspaceEdit Edit)
{
    public bool? IsPreferred { get; init; }
}

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

/// <summary>The serializer settings of the wire format.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonSerializerOptions Create() => new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>A diagnostic code from the client may be a number (other servers' codes); it is read as text.</summary>
public sealed class StringOrNumberConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => SkipAndReturnNull(ref reader),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static string? SkipAndReturnNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}
