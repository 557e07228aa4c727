using Legal.Model;

namespace Legal.Engine.Queries;

/// <summary>
/// A question for review, as data: what it asks (<see cref="Kind"/>) about <see cref="Subject"/>, the nodes that answer
/// it, and the node to cite. <see cref="Relation"/> says how a <see cref="QuestionKind.Body"/> answer relates to the subject.
/// </summary>
public sealed record ReviewQuestion(QuestionKind Kind, Node Subject, IReadOnlyList<Node> Answer, Node Citation, RelationKind? Relation = null);
