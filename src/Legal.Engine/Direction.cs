using Legal.Engine.References;
using Legal.Engine.Search;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine;

public enum Direction { Out, In, Both }
