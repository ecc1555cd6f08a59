using ReportBuilder.Cli;

return ReportBuilderCli.Run(args, Console.Out, Console.Error);
