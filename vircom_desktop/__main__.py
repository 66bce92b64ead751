from vircom_desktop.app import main

main()
