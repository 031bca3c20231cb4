using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace IgjNormen.Changes;

/// <summary>The outcome of one git command: its exit code, standard output as bytes and standard error as text.</summary>
internal sealed record GitResult(int ExitCode, byte[] Output, string Error)
{
    public bool Success => ExitCode == 0;

    public string OutputText => Encoding.UTF8.GetString(Output).TrimEnd('\n', '\r');
}

/// <summary>Runs <c>git</c> from the PATH, without a shell, a pager, a terminal prompt or the user's locale.</summary>
internal static class Git
{
    /// <summary>Runs <paramref name="git"/> in <paramref name="workingDirectory"/>; null when it cannot be started at all.</summary>
    public static GitResult? Run(string git, string workingDirectory, IReadOnlyList<string> arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo(git)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=false");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("git start niet");
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }

        using (process)
        {
            var errorTask = process.StandardError.ReadToEndAsync();
            var writeTask = Task.Run(() =>
            {
                try
                {
                    if (input is not null)
                    {
                        process.StandardInput.BaseStream.Write(input);
                    }
                }
                catch (IOException)
                {
                    // git stopped reading; its exit code and error tell why.
                }
                finally
                {
                    process.StandardInput.Close();
                }
            });
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            writeTask.Wait();
            process.WaitForExit();
            return new GitResult(process.ExitCode, output.ToArray(), errorTask.Result.Trim());
        }
    }
}
