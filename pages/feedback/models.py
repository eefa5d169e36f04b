from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from ..personal_data import mask_personal_data

MAX_COMMENT_LENGTH = 1000


class PageFeedback(models.Model):
    """An anonymous "Did this page help you?" answer. Nothing about the reader
    is kept: no account, no IP address, no time of day, and e-mail
    addresses, phone and national numbers typed in the comment are masked
    before the comment is saved."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("Page"))
    helpful = models.BooleanField(_("Helpful"))
    comment = models.TextField(_("Comment"), blank=True, max_length=MAX_COMMENT_LENGTH)
    submitted_on = models.DateField(_("Date"), auto_now_add=True)
    # A random key the reader's comment form carries (signed), so that the
    # form reveals no row id; cleared once the comment is saved, so it works once.
    comment_key = models.CharField(max_length=32, null=True, blank=True, unique=True,
                                   editable=False)

    class Meta:
        verbose_name = _("Page feedback")
        verbose_name_plural = _("Page feedback")
        ordering = ["-submitted_on", "-pk"]
        # Comments are citizens' own words: reading them is a right of its own,
        # given to a group in Settings → Groups (see pages/feedback/reports.py).
        permissions = [("read_pagefeedback", _("Can read page feedback"))]

    def __str__(self):
        return f"{self.page_id} {'+' if self.helpful else '-'} {self.submitted_on}"

    def save(self, *args, **kwargs):
        self.comment = mask_personal_data(self.comment or "").strip()
        super().save(*args, **kwargs)
