namespace Legal.Model;

/// <summary>LegalRuleML's deontic types for what a provision lays on its addressees.</summary>
public enum Deontic { Obligation, Prohibition, Permission }
