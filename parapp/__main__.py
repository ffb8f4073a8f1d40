from parapp.cli.main import main

raise SystemExit(main())
