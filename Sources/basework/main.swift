import BaseworkCLI

BaseworkCommand.main()
