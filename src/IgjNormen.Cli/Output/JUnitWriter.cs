using System.Text;
using System.Xml;
using IgjNormen.Diagnostics;
using IgjNormen.Formatting;
using IgjNormen.Model;
using IgjNormen.Testing;

namespace IgjNormen.Cli.Output;

/// <summary>
/// <c>test --junit &lt;bestand&gt;</c>: JUnit XML as CI systems read it. One testsuite per norm, one testcase per voorbeeld;
/// a failing voorbeeld has a failure with the message. No clock: every time is 0, so the file is the same on every run.
/// </summary>
internal static class JUnitWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(false),
    };

    /// <summary>
    /// The report of a run. With errors in the norms, a first suite "normen laden" has one failing testcase that lists
    /// them, and every voorbeeld of a norm that could not run is a testcase with an error and the reason.
    /// </summary>
    public static void Write(string path, ExampleRun run, IReadOnlyList<Diagnostic> errors)
    {
        var outcomes = run.Outcomes;
        AtomicFile.Write(path, stream =>
        {
            using var xml = XmlWriter.Create(stream, Settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "igjnormen test");
            var loadCase = errors.Count > 0 ? 1 : 0;
            Counts(xml, outcomes.Count + run.NotRun + loadCase, run.Failed + loadCase, run.NotRun);
            if (errors.Count > 0)
            {
                WriteLoadFailure(xml, errors);
            }

            foreach (var norm in outcomes.GroupBy(o => o.Norm.Id, StringComparer.Ordinal))
            {
                var first = norm.First().Norm;
                StartSuite(xml, first, norm.Count(), norm.Count(o => !o.Passed), 0);
                foreach (var outcome in norm)
                {
                    WriteCase(xml, outcome);
                }

                xml.WriteEndElement();
            }

            foreach (var untestable in run.Untestable.Where(u => u.Norm.Voorbeelden.Count > 0))
            {
                StartSuite(xml, untestable.Norm, untestable.Norm.Voorbeelden.Count, 0, untestable.Norm.Voorbeelden.Count);
                foreach (var example in untestable.Norm.Voorbeelden)
                {
                    StartCase(xml, untestable.Norm, example);
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("message", $"Niet uitgevoerd: {untestable.Reden}.");
                    xml.WriteAttributeString("type", "IGJ");
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
    }

    private static void StartSuite(XmlWriter xml, Norm norm, int tests, int failures, int errors)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", norm.Id);
        Counts(xml, tests, failures, errors);
        if (norm.File is { } file)
        {
            xml.WriteAttributeString("file", file.Path);
        }
    }

    /// <summary>The norms have errors: one failing testcase that lists them, so CI shows why some voorbeelden did not run.</summary>
    private static void WriteLoadFailure(XmlWriter xml, IReadOnlyList<Diagnostic> errors)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "normen laden");
        Counts(xml, 1, 1, 0);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", "igjnormen");
        xml.WriteAttributeString("name", "normen laden");
        xml.WriteAttributeString("time", "0");
        xml.WriteStartElement("failure");
        xml.WriteAttributeString("message", $"De normen bevatten {errors.Count} {(errors.Count == 1 ? "fout" : "fouten")}; los die op ('igjnormen check').");
        xml.WriteAttributeString("type", "IGJ");
        xml.WriteString(string.Join("\n", errors.Select(e => e.ToString())));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void StartCase(XmlWriter xml, Norm norm, Example example)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", norm.Id);
        xml.WriteAttributeString("name", example.Naam);
        if (example.Location.File is { } file)
        {
            xml.WriteAttributeString("file", file.Path);
            xml.WriteAttributeString("line", example.Location.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        xml.WriteAttributeString("time", "0");
    }

    private static void WriteCase(XmlWriter xml, ExampleOutcome outcome)
    {
        StartCase(xml, outcome.Norm, outcome.Example);
        if (outcome.Failure is { } failure)
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", failure.Message);
            xml.WriteAttributeString("type", failure.Code);
            xml.WriteString(failure.ToString());
            xml.WriteEndElement();
        }
        else if (outcome.Result is { } result)
        {
            xml.WriteElementString("system-out", $"oordeel: {result.Oordeel.Label()}");
        }

        xml.WriteEndElement();
    }

    private static void Counts(XmlWriter xml, int tests, int failures, int errors)
    {
        xml.WriteAttributeString("tests", tests.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0");
    }
}
