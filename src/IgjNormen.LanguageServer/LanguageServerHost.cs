using IgjNormen.LanguageServer.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace IgjNormen.LanguageServer;

/// <summary>Runs the language server over two streams (stdin and stdout for <c>igjnormen lsp</c>) with LSP's framing.</summary>
public static class LanguageServerHost
{
    /// <summary>A JSON-RPC connection with LSP's Content-Length framing and the protocol's JSON settings.</summary>
    public static JsonRpc CreateRpc(Stream sending, Stream receiving)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = ProtocolJson.Create() };
        return new JsonRpc(new HeaderDelimitedMessageHandler(sending, receiving, formatter));
    }

    /// <summary>Serves until the client sends 'exit' or closes the stream; returns the exit code LSP prescribes.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log, CancellationToken cancellationToken = default)
    {
        var target = new LanguageServerTarget(log);
        using var rpc = CreateRpc(output, input);

        // LSP messages are handled one at a time, in the order they arrive: a didChange is applied before the
        // completion request that follows it.
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        target.Attach(rpc);
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        target.Exited += (_, _) => exited.TrySetResult();
        rpc.StartListening();
        using (cancellationToken.Register(() => exited.TrySetResult()))
        {
            await Task.WhenAny(rpc.Completion, exited.Task).ConfigureAwait(false);
        }

        return target.ShutdownRequested || !exited.Task.IsCompleted ? 0 : 1;
    }
}
