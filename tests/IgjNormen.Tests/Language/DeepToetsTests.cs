using IgjNormen.Model;
using IgjNormen.Parsing;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>
/// The deepest toetsen the limits allow parse, bind and evaluate on a thread with a 1 MB stack (the default on
/// Windows, and less than a thread-pool thread elsewhere): a toets can never overflow the stack of a language server
/// or the command line. Without the limits, 4000 characters of '-' or 'a en a en …' did.
/// </summary>
public class DeepToetsTests
{
    private static void OnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new Xunit.Sdk.XunitException("Op een kleine stack: " + failure);
        }
    }

    public static TheoryData<string, string> Deepest => new()
    {
        { "31 keer '-'", "aanbieder.aantal_zorgverleners = " + new string('-', 31) + "3" },
        { "32 keer 'niet'", string.Concat(Enumerable.Repeat("niet ", 32)) + "klachten.regeling_aanwezig" },
        { "32 haakjes", new string('(', 32) + "klachten.regeling_aanwezig" + new string(')', 32) },
        { "16 kwantoren", string.Concat(Enumerable.Range(1, 16).Select(i => $"alle k{i} in klachten.klachten: ")) + "k16.verlengd" },
        { "99 keer 'en'", "klachten.regeling_aanwezig" + string.Concat(Enumerable.Repeat(" en klachten.regeling_aanwezig", 99)) },
        { "97 keer '+'", "0 < aanbieder.aantal_zorgverleners" + string.Concat(Enumerable.Repeat(" + 1", 97)) },
        { "31 haakjes om een ketting", new string('(', 31) + "0 < aanbieder.aantal_zorgverleners" + string.Concat(Enumerable.Repeat(" + 1", 97)) + new string(')', 31) },
    };

    [Theory]
    [MemberData(nameof(Deepest))]
    public void The_deepest_allowed_toetsen_bind_and_evaluate(string name, string toets)
    {
        Assert.True(ToetsParser.Parse(toets).Success, name);
        OnSmallStack(() =>
        {
            var result = Judge(
                Load(toets),
                b => b.Feit("klachten.regeling_aanwezig", true)
                    .Feit("aanbieder.aantal_zorgverleners", 3)
                    .Lijst("klachten.klachten", [Klacht(verlengd: true)]));
            Assert.NotEqual(CriterionOutcome.Onbekend, Assert.Single(result.Criteria).Uitkomst);
        });
    }

    public static TheoryData<string, string> TooDeep => new()
    {
        { "4000 keer '-'", "1 = " + new string('-', 3990) + "1" },
        { "790 keer 'niet'", string.Concat(Enumerable.Repeat("niet ", 790)) + "ja" },
        { "660 keer 'en'", "ja" + string.Concat(Enumerable.Repeat(" en ja", 660)) },
        { "990 keer '+'", "0 < 1" + string.Concat(Enumerable.Repeat(" + 1", 990)) },
        { "300 kwantoren", string.Concat(Enumerable.Repeat("alle k in l: ", 300)) + "ja" },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Toetsen_beyond_the_limits_are_refused_without_deep_recursion(string name, string toets)
    {
        Assert.True(toets.Length <= ToetsParser.MaxLength, name);
        OnSmallStack(() =>
        {
            var error = SingleError(toets);
            Assert.Equal("IGJ1206", error.Code);
        });
    }
}
