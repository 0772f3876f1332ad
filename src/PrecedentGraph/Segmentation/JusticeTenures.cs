namespace PrecedentGraph.Segmentation;

/// <summary>Data table: when each justice of the U.S. Supreme Court sat (years with a fraction for the month; a
/// surname borne by two justices has both spans), and who was Chief Justice when. General knowledge of the Court,
/// used to tell who "THE CHIEF JUSTICE" is where the text never names him (110 corpus decisions; 87 of them name
/// him as a joiner).</summary>
internal static class JusticeTenures
{
    private const double Sitting = 9999;

    // surname (letters only), start, end
    private static readonly (string Name, double From, double To)[] Seats =
    [
        ("jay", 1789.8, 1795.5), ("rutledge", 1790.1, 1795.95), ("cushing", 1790.1, 1810.7), ("wilson", 1789.8, 1798.6),
        ("blair", 1790.1, 1795.8), ("iredell", 1790.4, 1799.8), ("johnson", 1791.6, 1793.1), ("paterson", 1793.2, 1806.7),
        ("chase", 1796.1, 1811.5), ("ellsworth", 1796.2, 1800.95), ("washington", 1798.8, 1829.9), ("moore", 1800.0, 1804.1),
        ("marshall", 1801.1, 1835.5), ("johnson", 1804.3, 1834.6), ("livingston", 1807.0, 1823.2), ("todd", 1807.2, 1826.1),
        ("duvall", 1811.9, 1835.0), ("story", 1812.1, 1845.7), ("thompson", 1823.7, 1843.9), ("trimble", 1826.5, 1828.6),
        ("mclean", 1830.0, 1861.3), ("baldwin", 1830.0, 1844.3), ("wayne", 1835.0, 1867.5), ("taney", 1836.2, 1864.8),
        ("barbour", 1836.3, 1841.1), ("catron", 1837.4, 1865.4), ("mckinley", 1838.0, 1852.5), ("daniel", 1842.0, 1860.4),
        ("nelson", 1845.2, 1872.9), ("woodbury", 1845.7, 1851.7), ("grier", 1846.6, 1870.1), ("curtis", 1851.8, 1857.7),
        ("campbell", 1853.3, 1861.3), ("clifford", 1858.0, 1881.5), ("swayne", 1862.1, 1881.1), ("miller", 1862.5, 1890.8),
        ("davis", 1862.8, 1877.2), ("field", 1863.4, 1897.9), ("chase", 1864.95, 1873.35), ("strong", 1870.2, 1880.95),
        ("bradley", 1870.2, 1892.05), ("hunt", 1873.0, 1882.05), ("waite", 1874.2, 1888.2), ("harlan", 1877.9, 1911.8),
        ("woods", 1881.0, 1887.4), ("matthews", 1881.4, 1889.2), ("gray", 1882.0, 1902.6), ("blatchford", 1882.3, 1893.5),
        ("lamar", 1888.05, 1893.05), ("fuller", 1888.8, 1910.5), ("brewer", 1890.0, 1910.2), ("brown", 1891.0, 1906.4),
        ("shiras", 1892.8, 1903.1), ("jackson", 1893.2, 1895.6), ("white", 1894.2, 1921.4), ("peckham", 1896.0, 1909.8),
        ("mckenna", 1898.1, 1925.0), ("holmes", 1902.95, 1932.0), ("day", 1903.2, 1922.9), ("moody", 1906.95, 1910.9),
        ("lurton", 1910.0, 1914.5), ("hughes", 1910.8, 1916.45), ("vandevanter", 1911.0, 1937.4), ("lamar", 1911.0, 1916.0),
        ("pitney", 1912.2, 1922.95), ("mcreynolds", 1914.7, 1941.1), ("brandeis", 1916.4, 1939.1), ("clarke", 1916.6, 1922.7),
        ("taft", 1921.5, 1930.1), ("sutherland", 1922.7, 1938.05), ("butler", 1923.0, 1939.9), ("sanford", 1923.1, 1930.2),
        ("stone", 1925.2, 1946.3), ("hughes", 1930.15, 1941.5), ("roberts", 1930.4, 1945.6), ("cardozo", 1932.2, 1938.5),
        ("black", 1937.6, 1971.7), ("reed", 1938.1, 1957.1), ("frankfurter", 1939.05, 1962.7), ("douglas", 1939.3, 1975.9),
        ("murphy", 1940.1, 1949.55), ("byrnes", 1941.5, 1942.75), ("jackson", 1941.5, 1954.8), ("rutledge", 1943.1, 1949.7),
        ("burton", 1945.75, 1958.8), ("vinson", 1946.5, 1953.7), ("clark", 1949.6, 1967.45), ("minton", 1949.8, 1956.8),
        ("warren", 1953.75, 1969.5), ("harlan", 1955.2, 1971.7), ("brennan", 1956.8, 1990.55), ("whittaker", 1957.2, 1962.25),
        ("stewart", 1958.8, 1981.5), ("white", 1962.3, 1993.5), ("goldberg", 1962.75, 1965.55), ("fortas", 1965.8, 1969.4),
        ("marshall", 1967.75, 1991.8), ("burger", 1969.5, 1986.7), ("blackmun", 1970.4, 1994.6), ("powell", 1972.0, 1987.5),
        ("rehnquist", 1972.0, 2005.7), ("stevens", 1975.95, 2010.5), ("oconnor", 1981.7, 2006.1), ("scalia", 1986.7, 2016.1),
        ("kennedy", 1988.1, 2018.6), ("souter", 1990.8, 2009.5), ("thomas", 1991.8, Sitting), ("ginsburg", 1993.6, 2020.7),
        ("breyer", 1994.6, 2022.5), ("roberts", 2005.75, Sitting), ("alito", 2006.1, Sitting), ("sotomayor", 2009.6, Sitting),
        ("kagan", 2010.6, Sitting), ("gorsuch", 2017.3, Sitting), ("kavanaugh", 2018.75, Sitting), ("barrett", 2020.8, Sitting),
        ("jackson", 2022.5, Sitting),
    ];

    private static readonly (string Name, double From, double To)[] Chiefs =
    [
        ("Jay", 1789.8, 1795.5), ("Rutledge", 1795.6, 1795.95), ("Ellsworth", 1796.2, 1800.95), ("Marshall", 1801.1, 1835.5),
        ("Taney", 1836.2, 1864.8), ("Chase", 1864.95, 1873.35), ("Waite", 1874.2, 1888.2), ("Fuller", 1888.8, 1910.5),
        ("White", 1910.95, 1921.4), ("Taft", 1921.5, 1930.1), ("Hughes", 1930.15, 1941.5), ("Stone", 1941.5, 1946.3),
        ("Vinson", 1946.5, 1953.7), ("Warren", 1953.75, 1969.5), ("Burger", 1969.5, 1986.7), ("Rehnquist", 1986.7, 2005.7),
        ("Roberts", 2005.75, Sitting),
    ];

    /// <summary>The Chief Justice under whom every justice of <paramref name="bench"/> (surnames named in the headers
    /// and line-up; names not in the table are skipped) sat at one time, at <paramref name="when"/> when known (a year
    /// with a fraction for the month); null when no name is known or two chiefs fit. A chief named among
    /// <paramref name="associates"/> (headers calling him "JUSTICE X", not "THE CHIEF JUSTICE") is not the chief of that
    /// decision: "JUSTICE REHNQUIST, with whom THE CHIEF JUSTICE ... join" was written under Burger.</summary>
    public static string? ChiefOf(IEnumerable<string> bench, double? when, IEnumerable<string>? associates = null)
    {
        var notChief = (associates ?? []).Select(JusticeNames.Letters).ToHashSet(StringComparer.Ordinal);
        var letters = bench.Select(JusticeNames.Letters).Where(n => Seats.Any(s => s.Name == n)).Distinct().ToList();
        if (letters.Count == 0)
        {
            return null;
        }
        // where the times all of them sat overlap, one of those times begins with a seat's start
        var points = Seats.Where(s => letters.Contains(s.Name)).Select(s => s.From).Concat(Chiefs.Select(c => c.From)).ToList();
        if (when is { } at)
        {
            points = [at];
        }
        string? found = null;
        foreach (var chief in Chiefs)
        {
            if (notChief.Contains(JusticeNames.Letters(chief.Name)))
            {
                continue;
            }
            if (points.Any(p => p >= chief.From && p < chief.To && letters.All(n => Seats.Any(s => s.Name == n && s.From <= p && p < s.To))))
            {
                if (found is not null)
                {
                    return null;
                }
                found = chief.Name;
            }
        }
        return found;
    }
}
