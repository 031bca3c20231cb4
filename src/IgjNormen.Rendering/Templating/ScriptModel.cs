using System.Collections;
using System.Reflection;
using System.Text;
using IgjNormen.Rendering.Documents;
using Scriban.Runtime;

namespace IgjNormen.Rendering.Templating;

/// <summary>
/// Turns the document records into Scriban values: a record becomes a read-only <see cref="ScriptObject"/> whose keys
/// are the property names in snake_case (GeldigVanafIso → geldig_vanaf_iso), every key present even when its value is
/// null; lists become arrays; text, numbers, booleans and <see cref="RichText"/> stay as they are. Templates see data
/// only: no .NET object with methods or reflection.
/// </summary>
internal static class ScriptModel
{
    public static object? ToScript(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or RichText => value,
        IEnumerable list => ToArray(list),
        _ when IsDocument(value.GetType()) => ToObject(value),
        _ => throw new InvalidOperationException($"{value.GetType().Name} hoort niet in het documentmodel."),
    };

    public static ScriptObject ToObject(object record)
    {
        var result = new ScriptObject();
        foreach (var property in Properties(record.GetType()))
        {
            result.SetValue(SnakeCase(property.Name), ToScript(property.GetValue(record)), readOnly: true);
        }

        return result;
    }

    /// <summary>The properties a template sees for a document type, in declaration order.</summary>
    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken);

    public static bool IsDocument(Type type) => type.Namespace == typeof(KaderDocument).Namespace && type != typeof(RichText);

    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static ScriptArray ToArray(IEnumerable list)
    {
        var array = new ScriptArray();
        foreach (var item in list)
        {
            array.Add(ToScript(item));
        }

        return array;
    }
}
