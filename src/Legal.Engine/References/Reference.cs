using Legal.Model.Ids;

namespace Legal.Engine.References;

/// <summary>
/// A reference found in a text: <c>text[Start..End]</c> is <see cref="Text"/> (UTF-16 offsets, End exclusive),
/// and <see cref="Target"/> is the node it names.
/// </summary>
public sealed record Reference(int Start, int End, string Text, NodeId Target);
