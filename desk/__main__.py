import multiprocessing
import sys

from desk.cli import main

if __name__ == "__main__":
    # The frozen desk is also the triage process's executable (desk.sync.triage_process):
    # started as that, it serves triage here and never reaches main().
    multiprocessing.freeze_support()
    sys.exit(main())
