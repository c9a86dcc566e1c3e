from wbdiag.cli import main

main()
