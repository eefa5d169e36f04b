"""An e-mail backend that writes each message to a file (so that the test
counts what every worker process sent) and, while the file ``hold`` exists
next to the mail folder, stops in the middle of sending: the test can then
stop or kill the worker at that very moment."""

import time
from pathlib import Path

from django.conf import settings
from django.core.mail.backends import filebased


class HeldFileBackend(filebased.EmailBackend):
    def send_messages(self, email_messages):
        control = Path(settings.EMAIL_FILE_PATH).parent
        if (control / "hold").exists():
            (control / "holding").touch()
            while (control / "hold").exists():
                time.sleep(0.05)
        return super().send_messages(email_messages)
