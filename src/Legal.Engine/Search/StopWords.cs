namespace Legal.Engine.Search;

/// <summary>
/// Words a reader's question carries that say nothing about the law it asks for ("which body …", "ما هي الجهة …"):
/// question words, articles, pronouns, common prepositions and auxiliaries, in English and Arabic. A query drops them
/// before ranking, unless it has nothing else. Compared folded (<see cref="ArabicNormalizer.Normalize"/>) and lower-cased.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new[]
    {
        // English
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "under", "into", "and", "or",
        "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "has", "have", "had", "can", "could", "may",
        "must", "shall", "should", "will", "would", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "that", "this", "these", "those", "it", "its", "there", "their", "they", "i", "we", "you", "my", "our", "your",
        "any", "some", "me", "tell", "please", "show", "find", "say", "says", "said",
        // Arabic, folded: question words, pronouns, relatives, prepositions, auxiliaries
        "ما", "ماذا", "من", "هي", "هو", "هم", "هل", "كيف", "متي", "اين", "لماذا", "كم", "اي", "الذي", "التي", "الذين",
        "في", "علي", "عن", "الي", "الا", "مع", "او", "ام", "ثم", "ان", "انه", "كان", "كانت", "يكون", "تكون", "هذا", "هذه",
        "ذلك", "تلك", "هناك", "لدي", "عند", "بين", "قد", "لا", "لم", "لن", "ما هي", "و", "يجب", "ينبغي",
    }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a word, as typed, is one to drop from a query.</summary>
    public static bool Contains(string word) => Words.Contains(ArabicNormalizer.Normalize(word));
}
