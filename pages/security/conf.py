"""Settings of the security package (``BALISE_SECURITY = {...}`` in the site's settings)."""

from ..conf import AppSettings

app_settings = AppSettings("BALISE_SECURITY", {
    # Browser features no Balise page uses: all turned off for every page and frame.
    "PERMISSIONS_POLICY": {
        "accelerometer": [], "ambient-light-sensor": [], "autoplay": [], "bluetooth": [],
        "browsing-topics": [], "camera": [], "display-capture": [], "geolocation": [],
        "gyroscope": [], "hid": [], "interest-cohort": [], "magnetometer": [],
        "microphone": [], "midi": [], "payment": [], "publickey-credentials-get": [],
        "serial": [], "usb": [], "xr-spatial-tracking": [],
    },
    # How long a public form (contact form, rights explorer) may stay open before
    # sending it asks to send it again, with every answer kept (seconds). Longer than
    # the page cache keeps a page (pages.caching: a day at most), so that a page served
    # from the cache never carries a token about to expire.
    "FORM_TOKEN_MAX_AGE": 3 * 24 * 3600,
    # Wagtail's admin, which still needs inline scripts and styles (date pickers, inline
    # panels, scripts in chooser answers: wagtail/wagtail#1288) and blob: images (uploads).
    # Public pages never get them.
    "ADMIN_PATHS": ["/admin/"],
})
