using Legal.Server.Cli;

return await LegalCommandLine.Parse(args).InvokeAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
