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

    public static void Write(string path, IReadOnlyList<ExampleOutcome> outcomes)
    {
        AtomicFile.Write(path, stream =>
        {
            using var xml = XmlWriter.Create(stream, Settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "igjnormen test");
            Counts(xml, outcomes.Count, outcomes.Count(o => !o.Passed));
            foreach (var norm in outcomes.GroupBy(o => o.Norm.Id, StringComparer.Ordinal))
            {
                var first = norm.First().Norm;
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", norm.Key);
                Counts(xml, norm.Count(), norm.Count(o => !o.Passed));
                if (first.File is { } file)
                {
                    xml.WriteAttributeString("file", file.Path);
                }

                foreach (var outcome in norm)
                {
                    WriteCase(xml, outcome);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
    }

    /// <summary>The norms did not load: one failing testcase that lists the errors, so CI shows why nothing ran.</summary>
    public static void WriteLoadFailure(string path, IReadOnlyList<Diagnostic> errors)
    {
        AtomicFile.Write(path, stream =>
        {
            using var xml = XmlWriter.Create(stream, Settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "igjnormen test");
            Counts(xml, 1, 1);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", "normen laden");
            Counts(xml, 1, 1);
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", "igjnormen");
            xml.WriteAttributeString("name", "normen laden");
            xml.WriteAttributeString("time", "0");
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", $"De normen bevatten {errors.Count} {(errors.Count == 1 ? "fout" : "fouten")}; los die eerst op ('igjnormen check').");
            xml.WriteAttributeString("type", "IGJ");
            xml.WriteString(string.Join("\n", errors.Select(e => e.ToString())));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
    }

    private static void WriteCase(XmlWriter xml, ExampleOutcome outcome)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", outcome.Norm.Id);
        xml.WriteAttributeString("name", outcome.Example.Naam);
        if (outcome.Example.Location.File is { } file)
        {
            xml.WriteAttributeString("file", file.Path);
            xml.WriteAttributeString("line", outcome.Example.Location.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        xml.WriteAttributeString("time", "0");
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

    private static void Counts(XmlWriter xml, int tests, int failures)
    {
        xml.WriteAttributeString("tests", tests.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0");
    }
}
