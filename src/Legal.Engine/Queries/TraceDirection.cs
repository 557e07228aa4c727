using Legal.Model;

namespace Legal.Engine.Queries;

/// <summary>UP walks from a duty to its legal bases; DOWN from an international source to what carries it out.</summary>
public enum TraceDirection { Up, Down }
