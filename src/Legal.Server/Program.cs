using Legal.Server.Cli;

return await LegalCommandLine.RunAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
