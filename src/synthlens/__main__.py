from synthlens.cli import main

main()
