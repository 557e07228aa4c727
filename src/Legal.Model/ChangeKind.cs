using Legal.Model.Time;

namespace Legal.Model;

/// <summary>What happened to a provision or an instrument on a date.</summary>
public enum ChangeKind { Inserted, Amended, Ended, Commenced, Repealed }
