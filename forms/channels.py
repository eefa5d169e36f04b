"""How a request reached the centre: one register for every channel."""

from django.utils.translation import gettext_lazy as _

BY_FORM = "form"
BY_PHONE_CALL = "phone"
AT_THE_DESK = "desk"
BY_EMAIL = "email"
BY_LETTER = "letter"
CHANNEL_CHOICES = [
    (BY_FORM, _("Contact form")),
    (BY_PHONE_CALL, _("Phone call")),
    (AT_THE_DESK, _("At the desk")),
    (BY_EMAIL, _("E-mail")),
    (BY_LETTER, _("Letter")),
]
