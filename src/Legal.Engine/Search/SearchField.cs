using Legal.Model;

namespace Legal.Engine.Search;

/// <summary>
/// The parts of a node that search reads, each weighed by <see cref="SearchPolicy.Boost"/>. Titles, texts and the headings
/// above a provision are per language; the names of the topics a node is about, and the synonyms its words call up from
/// the vocabulary, serve a query in either language.
/// </summary>
public enum SearchField { TitleEn, TitleAr, TextEn, TextAr, ContextEn, ContextAr, About, Synonyms }
