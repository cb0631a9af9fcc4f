return Bantin.Cli.BantinCli.Run(args);
