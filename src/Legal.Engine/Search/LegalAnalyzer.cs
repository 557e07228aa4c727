using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Legal.Engine.Search;

/// <summary>
/// Splits on Unicode word boundaries, folds and stems Arabic with <see cref="ArabicNormalizer"/>, and stems English.
/// Lucene's ArabicAnalyzer would leave Arabic-Indic digits apart from ASCII ones, so the chain is our own.
/// Folding happens after tokenizing, so offsets still point into the original text (for snippets).
/// </summary>
public sealed class LegalAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(new ArabicFoldingFilter(tokenizer)));
    }

    private sealed class ArabicFoldingFilter(TokenStream input) : TokenFilter(input)
    {
        private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            var stem = ArabicNormalizer.Stem(WithoutThousandsSeparators(_term.ToString()));
            _term.SetEmpty().Append(stem);
            return true;
        }

        /// <summary>"3,000" and "٣٬٠٠٠" are the amount 3000, as a reader types it; a decimal point is kept.</summary>
        private static string WithoutThousandsSeparators(string token) =>
            token.Length > 4 && token.Any(c => c is ',' or '٬' or '\'') && token.All(c => char.IsDigit(c) || c is ',' or '٬' or '\'')
                ? string.Concat(token.Where(char.IsDigit))
                : token;
    }
}
