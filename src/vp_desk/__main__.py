import sys

from vp_desk.app import main

sys.exit(main())
