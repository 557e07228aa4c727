namespace Legal.Engine.Queries;

/// <summary>What a review question asks about its subject; the rendering layer words it in either language.</summary>
public enum QuestionKind
{
    /// <summary>What a provision provides: answered by its summary.</summary>
    Provides,
    /// <summary>Which international standards a provision carries out: answered by those standards.</summary>
    Source,
    /// <summary>Which body a provision establishes, designates, empowers or supervises: answered by that body.</summary>
    Body,
    /// <summary>What a provision requires of the audience: answered by the duty it imposes.</summary>
    Duty,
    /// <summary>Who supervises a duty: answered by the supervisors.</summary>
    Supervisor,
    /// <summary>What a framework is: answered by its summary.</summary>
    WhatIs,
}
