using System.Text;
using IgjNormen.Text;

namespace IgjNormen.Model;

/// <summary>
/// Where a norm comes from: a law article (regeling, BWB id, artikel, lid, onderdeel) or a field-norm document.
/// Article labels are text ("2b", "8:24", "11.0a"), never numbers.
/// </summary>
public sealed class Source
{
    public string? Regeling { get; init; }

    public string? Bwb { get; init; }

    public string? Artikel { get; init; }

    public string? Lid { get; init; }

    public string? Onderdeel { get; init; }

    public string? Document { get; init; }

    public string? Eigenaar { get; init; }

    public string? Principe { get; init; }

    public string? Url { get; init; }

    public SourceLocation Location { get; init; }

    public bool IsLaw => Bwb is not null;

    /// <summary>A citation people read: "Wkkgz art. 17 lid 1" or "Governancecode Zorg 2022, principe 3".</summary>
    public string Citation
    {
        get
        {
            if (!IsLaw)
            {
                var doc = new StringBuilder(Document ?? "veldnorm");
                if (Principe is not null)
                {
                    doc.Append(", principe ").Append(Principe);
                }

                return doc.ToString();
            }

            var text = new StringBuilder();
            text.Append(Regeling ?? Bwb).Append(" art. ").Append(Artikel);
            if (Lid is not null)
            {
                text.Append(" lid ").Append(Lid);
            }

            if (Onderdeel is not null)
            {
                text.Append(" onder ").Append(Onderdeel);
            }

            return text.ToString();
        }
    }

    /// <summary>A Juriconnect 1.3 reference (jci1.3:c:BWBR…&amp;artikel=…&amp;lid=…&amp;g=…) for a law source.</summary>
    public string? Juriconnect(DateOnly? geldigheidsdatum = null)
    {
        if (!IsLaw)
        {
            return null;
        }

        var jci = new StringBuilder("jci1.3:c:").Append(Bwb);
        if (Artikel is not null)
        {
            jci.Append("&artikel=").Append(Artikel);
        }

        if (Lid is not null)
        {
            jci.Append("&lid=").Append(Lid);
        }

        if (Onderdeel is not null)
        {
            jci.Append("&onderdeel=").Append(Onderdeel);
        }

        if (geldigheidsdatum is { } g)
        {
            jci.Append("&g=").Append(g.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return jci.ToString();
    }

    /// <summary>
    /// The wetten.overheid.nl address that resolves the Juriconnect reference: the article (and lid) in the text valid
    /// on <paramref name="date"/>, as it was seen on that date (g and z). For a field norm: its url.
    /// </summary>
    public string? JuriconnectLink(DateOnly date)
    {
        if (!IsLaw)
        {
            return Url;
        }

        return "https://wetten.overheid.nl/" + Juriconnect(date) + "&z=" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The wetten.overheid.nl address of the article in the text valid on a date.</summary>
    public string? Link(DateOnly? date = null)
    {
        if (!IsLaw)
        {
            return Url;
        }

        var at = date is { } d ? "/" + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var anchor = Artikel is null ? string.Empty : "#Artikel" + Artikel.Replace(':', '_').Replace('.', '_');
        return $"https://wetten.overheid.nl/{Bwb}{at}{anchor}";
    }
}
