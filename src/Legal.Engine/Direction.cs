using Legal.Corpus;
using Legal.Model.Ids;
using Legal.Model;
using Legal.Engine.References;
using Legal.Engine.Search;

namespace Legal.Engine;

public enum Direction { Out, In, Both }
